"""The reader processes: limits enforced, a dead reader replaced, good files of the same
message kept, safe from several threads, and answers that cannot run code."""

from __future__ import annotations

import enum
import os
import pickle
import signal
import subprocess
import sys
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from multiprocessing import active_children
from pathlib import Path
from typing import SupportsIndex

import pytest
import yaml

from frontdoor_demo.demo import write_local_config
from inbox_worker.reading.pool import WHOLE_MESSAGE, ReaderPool, parse_limits
from inbox_worker.reading.server import answer_bytes, load_answer
from inbox_worker.settings import SettingsError, load_settings
from parsers.form import FormType
from parsers.limits import ParseLimits, Stop
from parsers.results import UnreadableFile
from tests.hostile import builders as b

SLOW = b.dense_pdf(10)  # about 1 s a page in pdfplumber: slow, not hostile
DOCX = b.docx_type()


def _pack(*files: tuple[str, bytes, str]) -> bytes:
    return b.message(*files)


def _read(limits: ParseLimits, raw: bytes) -> tuple[list[str], list[UnreadableFile]]:
    pool = ReaderPool(limits, processes=1)
    try:
        _, extraction = pool.read(raw)
    finally:
        pool.close()
    return [f.source_name for f in extraction.forms], list(extraction.unreadable)


def test_a_slow_file_is_stopped_at_the_wall_clock_and_the_good_form_still_counts() -> None:
    raw = _pack(("slow.pdf", SLOW, "application/pdf"), ("eha.docx", b.good_docx(), DOCX))
    started = time.monotonic()
    forms, unreadable = _read(ParseLimits(wall_seconds=1.0, cpu_seconds=60), raw)
    assert time.monotonic() - started < 15
    assert forms == ["eha.docx"]
    assert unreadable == [UnreadableFile("slow.pdf", "took longer than 1 s to read")]


def test_processor_time_is_limited_inside_the_reader() -> None:
    raw = _pack(("slow.pdf", SLOW, "application/pdf"), ("eha.docx", b.good_docx(), DOCX))
    forms, unreadable = _read(ParseLimits(wall_seconds=60, cpu_seconds=1), raw)
    assert forms == ["eha.docx"]
    assert unreadable == [UnreadableFile(
        "slow.pdf", "needed more than 1 s of processor time to read")]


def test_memory_is_limited_inside_the_reader() -> None:
    raw = _pack(("scan.pdf", b.scanned_pdf(25 * b.MIB), "application/pdf"))
    forms, unreadable = _read(ParseLimits(memory_mb=192), raw)
    assert forms == []
    assert unreadable == [UnreadableFile(WHOLE_MESSAGE,
                                         "needed more than 192 MB of memory to read")]


def test_a_reader_killed_mid_file_loses_only_that_file_and_is_replaced() -> None:
    pool = ReaderPool(ParseLimits(wall_seconds=60, cpu_seconds=60), processes=1)
    killer = threading.Thread(target=_kill_reader_when_busy)
    killer.start()
    _, extraction = pool.read(_pack(("slow.pdf", SLOW, "application/pdf"),
                                    ("eha.docx", b.good_docx(), DOCX)))
    killer.join()
    _, after = pool.read(_pack(("eha.docx", b.good_docx(), DOCX)))
    pool.close()
    assert extraction.unreadable == (UnreadableFile(
        "slow.pdf", "the reader stopped unexpectedly on this file"),)
    assert [f.source_name for f in extraction.forms] == ["eha.docx"]
    assert [f.form_type for f in after.forms] == [FormType.EARLY_HELP_ASSESSMENT]


def _kill_reader_when_busy() -> None:
    """SIGKILL to the reader 2 s into the slow file (as the kernel's OOM killer would)."""
    time.sleep(2.0)
    readers = [p for p in active_children() if p.name == "frontdoor-reader"]
    assert len(readers) == 1
    assert readers[0].pid is not None
    os.kill(readers[0].pid, signal.SIGKILL)


def test_readers_are_shared_safely_by_mailbox_threads() -> None:
    pool = ReaderPool(ParseLimits(), processes=2)
    messages = [_pack((f"eha{n}.docx", b.good_docx(), DOCX)) for n in range(8)]
    with ThreadPoolExecutor(max_workers=4) as threads:
        results = list(threads.map(pool.read, messages))
    pool.close()
    assert [[f.source_name for f in e.forms] for _, e in results] == [
        [f"eha{n}.docx"] for n in range(8)]


class _Exploit:
    def __reduce__(self) -> tuple[object, tuple[str]]:
        return (os.system, ("echo pwned",))


@pytest.mark.parametrize("payload", [
    pickle.dumps(_Exploit()),
    pickle.dumps(["not a result"]),
    b"not a pickle at all",
])
def test_an_answer_that_is_not_ours_is_a_crash_not_code(payload: bytes) -> None:
    assert load_answer(payload) is Stop.CRASHED


class _PickledByName(enum.Enum):
    """An enum pickled as Python 3.11.2 (Debian 12's python3) pickles members."""

    ONE = "one"

    def __reduce_ex__(self, protocol: SupportsIndex) -> tuple[object, tuple[object, str]]:
        return getattr, (type(self), self.name)


def test_a_reader_sends_enum_members_by_value_never_as_a_getattr_call() -> None:
    assert b"getattr" in pickle.dumps(_PickledByName.ONE)
    sent = answer_bytes(_PickledByName.ONE)
    assert b"getattr" not in sent
    assert pickle.loads(sent) is _PickledByName.ONE
    assert load_answer(answer_bytes(Stop.MEMORY)) is Stop.MEMORY


def _settings_file(tmp_path: Path, parsing: dict[str, object]) -> Path:
    config = write_local_config(tmp_path)
    raw = yaml.safe_load(config.read_text(encoding="utf-8"))
    raw["parsing"] = parsing
    config.write_text(yaml.safe_dump(raw), encoding="utf-8")
    return config


def test_parsing_limits_come_from_the_configuration(tmp_path: Path) -> None:
    settings = load_settings(_settings_file(tmp_path, {"wall_seconds": 5, "max_pages": 20}))
    assert parse_limits(settings.parsing) == ParseLimits(wall_seconds=5, max_pages=20)


def test_a_memory_limit_too_small_for_the_reader_is_refused(tmp_path: Path) -> None:
    with pytest.raises(SettingsError, match=r"parsing\.memory_mb"):
        load_settings(_settings_file(tmp_path, {"memory_mb": 64}))


def test_frontdoor_extract_reads_in_a_reader_with_the_configured_limits(tmp_path: Path) -> None:
    bomb = tmp_path / "bomb.pdf"
    bomb.write_bytes(b.flate_bomb_pdf(60 * b.MIB))
    config = _settings_file(tmp_path, {"max_decompressed_mb": 50})
    done = subprocess.run([sys.executable, "-m", "inbox_worker", "extract", str(bomb),
                           "--config", str(config)], capture_output=True, text=True,
                          timeout=120, check=False)
    assert done.returncode == 1
    assert done.stderr.strip() == (
        "unreadable: bomb.pdf: expands to more than 50 MB (possible zip bomb)")
