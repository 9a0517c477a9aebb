"""Scanned PDFs read by OCR with Debian's tesseract (installed if missing).

The scan is made from our own generator: a flat PDF form rendered to images by pdfium
and put back into a PDF as pictures, so it has no text layer. If tesseract cannot be
installed the fixture raises: these tests error, never skip.
"""

from __future__ import annotations

import io
import json
import random
import subprocess
import sys
import time
from pathlib import Path

import pypdfium2
import pytest
from PIL import Image
from reportlab.lib.utils import ImageReader
from reportlab.pdfgen import canvas

from frontdoor_demo.samples.forms import FormSpec, make_pdf, sample_specs
from inbox_worker.reading.programs import local_converters
from parsers.files import extract_document
from parsers.form import Form
from parsers.limits import ParseLimits
from parsers.pdf.scanned import read_scanned
from parsers.results import UnreadableFile

from .debian import apt_install, binary

SPEC = sample_specs()[0]
OCR = ParseLimits(ocr=True)
SCANNED = "scanned (no text layer)"
WARNING = "read by OCR from a scanned PDF: check the values"


@pytest.fixture(scope="module")
def tesseract() -> str:
    if binary("tesseract") is None:
        apt_install("tesseract-ocr", "tesseract-ocr-eng")
    found = binary("tesseract")
    assert found is not None, "tesseract installed but not found"
    return found


def scanned(pdf: bytes, dpi: int = 300) -> bytes:
    """The PDF's pages as pictures in a new PDF: what a scanner makes of a printed form."""
    pages = pypdfium2.PdfDocument(pdf)
    return picture_pdf([(page.get_size(), page.render(scale=dpi / 72, grayscale=True).to_pil())
                        for page in pages])


def picture_pdf(pages: list[tuple[tuple[float, float], Image.Image]]) -> bytes:
    out = io.BytesIO()
    pdf = canvas.Canvas(out)
    for (width, height), image in pages:
        pdf.setPageSize((width, height))
        pdf.drawImage(ImageReader(image), 0, 0, width, height)
        pdf.showPage()
    pdf.save()
    return out.getvalue()


def noise_pdf() -> bytes:
    rng = random.Random(4)
    image = Image.frombytes("L", (1240, 1754), rng.randbytes(1240 * 1754))
    return picture_pdf([((595.0, 842.0), image)])


def assert_key_fields(form: Form | UnreadableFile | object, spec: FormSpec) -> None:
    """What routing needs: postcode, names, dates of birth and the lead's email."""
    assert isinstance(form, Form), form
    assert form.address.postcode == spec.postcode
    # tesseract's English model reads ë as é and drops á: the admin checks names
    assert [_plain(p.name) for p in form.people] == [_plain(p.name) for p in spec.people]
    assert [p.date_of_birth for p in form.people] == [p.dob for p in spec.people]
    assert form.lead_professional.email == spec.lead.email
    assert WARNING in form.warnings


def _plain(name: str) -> str:
    return name.translate(str.maketrans("ëéá", "eea"))


@pytest.mark.usefixtures("tesseract")
def test_a_scanned_form_is_read_by_ocr() -> None:
    scan = scanned(make_pdf(SPEC))
    assert extract_document("scan.pdf", scan) == UnreadableFile("scan.pdf", SCANNED)
    started = time.monotonic()
    form = extract_document("scan.pdf", scan, OCR, local_converters())
    assert time.monotonic() - started < 15
    assert_key_fields(form, SPEC)
    assert isinstance(form, Form)
    assert [(p.relationship, p.consent.signed) for p in form.people] == [
        (p.relationship, p.signed) for p in SPEC.people]


@pytest.mark.usefixtures("tesseract")
def test_a_scan_at_200_dpi_is_read_too() -> None:
    scan = scanned(make_pdf(SPEC), dpi=200)
    assert_key_fields(extract_document("scan.pdf", scan, OCR, local_converters()), SPEC)


@pytest.mark.usefixtures("tesseract")
def test_noise_is_still_a_scan_without_text() -> None:
    read = extract_document("scan.pdf", noise_pdf(), OCR, local_converters())
    assert read == UnreadableFile("scan.pdf", SCANNED)


def test_without_tesseract_the_reason_says_so(tmp_path: Path) -> None:
    missing = str(tmp_path / "tesseract")
    ocr = local_converters(tesseract=missing).page_to_tsv
    assert read_scanned("scan.pdf", noise_pdf(), OCR, ocr) == UnreadableFile(
        "scan.pdf", "scanned (no text layer); OCR is configured but tesseract is not installed")


def test_a_tesseract_that_hangs_is_stopped(tmp_path: Path) -> None:
    hanging = tmp_path / "tesseract"
    hanging.write_text("#!/bin/sh\nexec sleep 60\n")
    hanging.chmod(0o755)
    started = time.monotonic()
    quick = ParseLimits(ocr=True, wall_seconds=4.0)
    assert read_scanned("scan.pdf", noise_pdf(), quick,
                        local_converters(tesseract=str(hanging)).page_to_tsv) == UnreadableFile(
        "scan.pdf", SCANNED)
    assert time.monotonic() - started < 4


@pytest.mark.usefixtures("tesseract")
def test_extract_command_reads_a_scan_in_the_reader_process(tmp_path: Path) -> None:
    """In the reader process, within its default memory and time limits."""
    config = Path(__file__).resolve().parents[2] / "config" / "dudley.example.yaml"
    local = tmp_path / "frontdoor.yaml"
    local.write_text(f"extends: {config}\nparsing:\n  ocr: true\n", encoding="utf-8")
    scan = tmp_path / "scan.pdf"
    scan.write_bytes(scanned(make_pdf(SPEC)))
    result = subprocess.run([sys.executable, "-m", "inbox_worker", "extract", str(scan),
                             "--json", "--config", str(local)],
                            capture_output=True, text=True, check=False, timeout=60)
    assert result.returncode == 0, result.stderr
    form = json.loads(result.stdout)
    assert form["address"]["postcode"] == SPEC.postcode
    assert form["lead_professional"]["email"] == SPEC.lead.email
    assert WARNING in form["warnings"]
