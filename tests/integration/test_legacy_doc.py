"""Legacy Word .doc forms, read by converting with Debian's antiword (installed if missing).

The .doc is tests/samples/legacy_doc/eha.doc, made by LibreOffice from our own .docx
generator (the script and the expected JSON are beside it). If antiword cannot be
installed the fixture raises: these tests error, never skip.
"""

from __future__ import annotations

import json
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import pytest

from inbox_worker.reading.programs import local_converters
from parsers.files import extract_document
from parsers.filetype import FileType, detect
from parsers.form import Form
from parsers.results import UnreadableFile
from parsers.word.legacy_doc import read_legacy_doc
from tests.corpus.cfb import write_cfb
from tests.corpus.msg_writer import MsgFile, MsgSpec, write_msg

from .debian import apt_install, binary

SAMPLES = Path(__file__).resolve().parents[1] / "samples" / "legacy_doc"
DOC = (SAMPLES / "eha.doc").read_bytes()
EXPECTED = json.loads((SAMPLES / "eha.expected.json").read_text(encoding="utf-8"))


def contract(value: Any) -> Any:
    """The form's JSON less the `source` beside each value (where it was read), the
    layout's fingerprint and what is written where (`seen`), which the expected files do
    not hold."""
    if isinstance(value, dict):
        return {k: contract(v) for k, v in value.items()
                if k not in ("source", "layout_fingerprint", "seen")}
    if isinstance(value, list):
        return [contract(v) for v in value]
    return value
REFUSED = UnreadableFile("form.doc", "legacy Word .doc: please send .docx or PDF")


def read(name: str, data: bytes) -> object:
    """`extract_document` with the converters a reader process has (antiword here)."""
    return extract_document(name, data, converters=local_converters())


def converted(data: bytes, **programs: Any) -> object:
    """`read_legacy_doc` with the antiword given (a path, a stand-in, a missing file)."""
    return read_legacy_doc("form.doc", data, local_converters(**programs).doc_to_text)


@pytest.fixture(scope="module")
def antiword() -> str:
    if binary("antiword") is None:
        apt_install("antiword")
    found = binary("antiword")
    assert found is not None, "antiword installed but not found"
    return found


@pytest.mark.usefixtures("antiword")
def test_a_doc_form_is_read_by_conversion() -> None:
    assert detect(DOC) is FileType.LEGACY_DOC
    form = read("EHA.doc", DOC)
    assert isinstance(form, Form), form
    assert contract(form.to_json()) == EXPECTED
    assert form.warnings == ("read from a legacy .doc by conversion",)


@pytest.mark.usefixtures("antiword")
def test_extract_command_prints_the_form_of_a_doc() -> None:
    result = subprocess.run([sys.executable, "-m", "inbox_worker", "extract",
                             str(SAMPLES / "eha.doc"), "--json"],
                            capture_output=True, text=True, check=False, timeout=120)
    assert result.returncode == 0, result.stderr
    printed = json.loads(result.stdout)
    assert contract(printed) == EXPECTED
    assert printed["people"][0]["source"]["name"]  # where the name was read


@pytest.mark.usefixtures("antiword")
def test_a_doc_attached_to_an_outlook_message_is_read() -> None:
    """The .doc's own stream names (WordDocument) lie inside the .msg and must not decide."""
    msg = write_msg(MsgSpec(files=(MsgFile("EHA.doc", DOC),)))
    assert detect(msg) is FileType.OUTLOOK_MSG
    form = read("referral.msg", msg)
    assert isinstance(form, Form), form
    assert contract(form.to_json()) == EXPECTED


def test_without_antiword_a_doc_keeps_the_plain_reason(tmp_path: Path) -> None:
    missing = str(tmp_path / "antiword")
    assert converted(DOC, antiword=missing) == REFUSED


@pytest.mark.usefixtures("antiword")
def test_a_broken_doc_keeps_the_plain_reason() -> None:
    broken = write_cfb({"WordDocument": b"\xec\xa5" + bytes(range(256)) * 8, "1Table": b"\0"})
    assert detect(broken) is FileType.LEGACY_DOC
    assert read("form.doc", broken) == REFUSED


def test_a_converter_that_prints_without_end_is_stopped() -> None:
    """`yes` prints its arguments forever: the size cap stops it."""
    yes = binary("yes")
    assert yes is not None
    started = time.monotonic()
    assert converted(DOC, antiword=yes) == REFUSED
    assert time.monotonic() - started < 10


def test_a_converter_that_hangs_is_stopped(tmp_path: Path) -> None:
    hanging = tmp_path / "antiword"
    hanging.write_text("#!/bin/sh\nexec sleep 60\n")
    hanging.chmod(0o755)
    started = time.monotonic()
    assert converted(DOC, antiword=str(hanging), antiword_seconds=0.5) == REFUSED
    assert time.monotonic() - started < 5
