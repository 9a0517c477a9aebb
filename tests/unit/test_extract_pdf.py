"""PDF forms (flattened text and AcroForm), and files that cannot be read."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

import pytest
from pypdf import PdfReader, PdfWriter
from reportlab.pdfgen import canvas

from frontdoor_demo.samples.forms import FormSpec, make_docx, make_pdf, sample_specs
from inbox_worker.reading.pool import read_path
from parsers.files import extract_document
from parsers.filetype import OLE_MAGIC, FileType, detect
from parsers.pdf.reader import extract_pdf
from parsers.results import Document, DocumentKind, UnreadableFile
from tests.unit.test_extract_docx import assert_matches

SPECS = sample_specs()


@pytest.mark.parametrize("acroform", [False, True], ids=["flat", "acroform"])
@pytest.mark.parametrize("spec", SPECS, ids=[s.title[:20] for s in SPECS])
def test_round_trip(spec: FormSpec, acroform: bool) -> None:
    assert_matches(extract_pdf("form.pdf", make_pdf(spec, acroform=acroform)), spec)


def test_dispatch_finds_the_same_form() -> None:
    assert_matches(extract_document("referral.pdf", make_pdf(SPECS[1])), SPECS[1])


def _encrypted(data: bytes, user_password: str = "secret", algorithm: str = "AES-128") -> bytes:
    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(data)))
    writer.encrypt(user_password=user_password, owner_password="owner", algorithm=algorithm)
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


@pytest.mark.parametrize("algorithm", ["RC4-128", "AES-128", "AES-256"])
@pytest.mark.parametrize("acroform", [False, True], ids=["flat", "acroform"])
def test_a_form_locked_only_against_editing_is_read(algorithm: str, acroform: bool) -> None:
    locked = _encrypted(make_pdf(SPECS[0], acroform=acroform), user_password="",
                        algorithm=algorithm)
    assert PdfReader(io.BytesIO(locked)).is_encrypted
    assert_matches(extract_document("form.pdf", locked), SPECS[0])


def _blank_pdf() -> bytes:
    out = io.BytesIO()
    page = canvas.Canvas(out)
    page.rect(100, 100, 200, 200, fill=1)  # a drawing, like a scan: no text layer
    page.save()
    return out.getvalue()


def _ole(stream_name: str) -> bytes:
    return OLE_MAGIC + b"\0" * 504 + stream_name.encode("utf-16-le") + b"\0" * 600


def _zip(members: dict[str, bytes]) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, body in members.items():
            archive.writestr(name, body)
    return out.getvalue()


@pytest.mark.parametrize(("name", "data", "reason"), [
    ("form.pdf", _encrypted(make_pdf(SPECS[0])), "password protected"),
    ("form.pdf", make_pdf(SPECS[0])[:1500], "corrupt or truncated PDF"),
    ("scan.pdf", _blank_pdf(), "scanned (no text layer)"),
    ("empty.pdf", b"", "empty file"),
    ("old.doc", _ole("WordDocument"), "legacy Word .doc: please send .docx or PDF"),
    ("locked.docx", _ole("EncryptionInfo"), "password protected"),
    ("tool.exe", b"MZ\x90\x00\x03\x00\x00\x00\xff\xff", "a program, not a document"),
    ("tool.bin", b"\0\1\2\3", "unsupported file type (.bin)"),
])
def test_unreadable_files(name: str, data: bytes, reason: str) -> None:
    assert extract_document(name, data) == UnreadableFile(name, reason)


@pytest.mark.parametrize(("data", "kind"), [
    (make_pdf(SPECS[0]), FileType.PDF),
    (make_docx(SPECS[0]), FileType.DOCX),
    (_zip({"a.txt": b"x"}), FileType.ZIP),
    (_ole("WordDocument"), FileType.LEGACY_DOC),
    (_ole("EncryptionInfo"), FileType.ENCRYPTED_OFFICE),
    (_ole("__substg1.0_0037001F"), FileType.OUTLOOK_MSG),
    (b"From: a@b.example\r\nSubject: x\r\n\r\nbody", FileType.EML),
    (b"\x89PNG\r\n\x1a\n\0\0", FileType.PNG),
    (b"\xff\xd8\xff\xe0", FileType.JPEG),
    (b"GIF89a", FileType.GIF),
    (b"plain notes", FileType.TEXT),
    (b"\0\1\2\3", FileType.UNKNOWN),
    (b"", FileType.EMPTY),
])
def test_detect_by_content(data: bytes, kind: FileType) -> None:
    assert detect(data) is kind


def test_an_image_is_a_supporting_document() -> None:
    assert extract_document("image001.png", b"\x89PNG\r\n\x1a\n\0\0") == Document(
        "image001.png", DocumentKind.SUPPORTING)


def test_zip_of_forms_gives_the_main_form() -> None:
    pack = _zip({"forms/plan.pdf": b"%PDF-1.4 broken", "forms/eha.pdf": make_pdf(SPECS[0])})
    assert_matches(extract_document("pack.zip", pack), SPECS[0])


def test_extract_path_reads_a_file(tmp_path: Path) -> None:
    path = tmp_path / "eha.pdf"
    path.write_bytes(make_pdf(SPECS[3]))
    data = read_path(path)
    assert isinstance(data, bytes)
    assert_matches(extract_document(path.name, data), SPECS[3])
