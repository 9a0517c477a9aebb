"""Word forms: round trips of every sample spec, and hostile .docx files."""

from __future__ import annotations

import dataclasses
import io
import zipfile

import docx
import pytest

from frontdoor_demo.samples.forms import FormSpec, make_docx, sample_specs
from parsers.files import extract_document
from parsers.filetype import FileType, detect
from parsers.form import Form, FormType, Role
from parsers.results import Document, DocumentKind, UnreadableFile
from parsers.word.docx import MACRO_ENABLED, extract_docx, without_macros

SPECS = sample_specs()


def assert_matches(form: Form | UnreadableFile | Document, spec: FormSpec) -> None:
    """Every field of the extracted form equals what the spec says a reader should find."""
    assert isinstance(form, Form), form
    assert form.form_type is spec.form_type
    people = [(p.name, p.date_of_birth, p.role, p.relationship, p.consent.signed, p.consent.date)
              for p in form.people]
    assert people == [(p.name, p.dob, p.role, p.relationship, p.signed, p.consent_date)
                      for p in spec.people]
    assert form.address.lines == spec.address_lines
    assert form.address.postcode == spec.postcode
    assert form.lead_professional == spec.lead
    assert form.level_of_need == spec.level
    assert form.assessment_date == spec.assessment_date
    assert form.risk_of_significant_harm is spec.risk_of_significant_harm
    assert form.verbal_consent_recorded is bool(spec.verbal_consent)
    assert " ".join(form.free_text.split()) == " ".join(spec.free_text.split())
    assert form.warnings == ()


@pytest.mark.parametrize("layout", ["table", "paragraphs"])
@pytest.mark.parametrize("spec", SPECS, ids=[s.title[:20] for s in SPECS])
def test_round_trip(spec: FormSpec, layout: str) -> None:
    assert_matches(extract_docx("form.docx", make_docx(spec, layout=layout)), spec)


def test_dispatch_finds_the_same_form() -> None:
    assert_matches(extract_document("referral.docx", make_docx(SPECS[0])), SPECS[0])


def _docx(*paragraphs: str, table: list[tuple[str, ...]] | None = None) -> bytes:
    document = docx.Document()
    for text in paragraphs:
        document.add_paragraph(text)
    if table:
        grid = document.add_table(rows=len(table), cols=len(table[0]))
        for row, values in zip(grid.rows, table, strict=True):
            for cell, value in zip(row.cells, values, strict=True):
                cell.text = value
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def test_label_row_above_value_row_and_reordered_family_columns() -> None:
    data = _docx("Early Help Assessment", table=[
        ("Post code", "Level of need", "Date completed"),
        ("B63 3AB", "Tier 2", "1st March 2026"),
    ])
    family = [("Relationship to child", "Full name", "D.O.B.", "Signed by"),
              ("Mum", "Ann Lee", "02/02/1990", "Click here to enter text."),
              ("Son", "Tom Lee", "3.4.12", "☐")]
    document = docx.Document(io.BytesIO(data))
    grid = document.add_table(rows=3, cols=4)
    for row, values in zip(grid.rows, family, strict=True):
        for cell, value in zip(row.cells, values, strict=True):
            cell.text = value
    out = io.BytesIO()
    document.save(out)
    form = extract_docx("f.docx", out.getvalue())
    assert isinstance(form, Form)
    assert (form.address.postcode, form.level_of_need) == ("B63 3AB", 2)
    assert [(p.name, p.role, p.consent.signed) for p in form.people] == [
        ("Ann Lee", Role.ADULT, False), ("Tom Lee", Role.CHILD, False)]


def test_uncertain_values_go_to_warnings() -> None:
    data = _docx("Early Help Assessment", "Date of assessment: 12/11/2026",
                 table=[("Name", "Date of birth", "Relationship"),
                        ("A Child", "sometime in 2015", "Daughter"),
                        ("A Parent", "", "Mother")])
    form = extract_docx("f.docx", data)
    assert isinstance(form, Form)
    assert form.form_type is FormType.EARLY_HELP_ASSESSMENT
    assert form.warnings == ("date of birth unreadable for person 1",
                             "date of birth missing for person 2", "no postcode found")


def test_a_letter_is_a_supporting_document() -> None:
    data = _docx("Dear colleague,", "Thank you for your time on the phone today.")
    assert extract_document("letter.docx", data) == Document("letter.docx",
                                                             DocumentKind.SUPPORTING)


def _rezip(data: bytes, extra: dict[str, bytes], *, content_types: bytes | None = None) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as source, \
            zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for info in source.infolist():
            body = source.read(info)
            if content_types and info.filename == "[Content_Types].xml":
                body = content_types
            target.writestr(info.filename, body)
        for name, body in extra.items():
            target.writestr(name, body)
    return out.getvalue()


def test_zip_bomb_is_refused_before_opening() -> None:
    data = _rezip(make_docx(SPECS[0]), {"word/media/bomb.bin": b"\0" * (60 * 1024 * 1024)})
    assert extract_document("bomb.docx", data) == UnreadableFile(
        "bomb.docx", "expands more than 100 times (possible zip bomb)")


def test_high_ratio_is_refused() -> None:
    data = _rezip(make_docx(SPECS[0]), {"word/media/pad.bin": b"\0" * (20 * 1024 * 1024)})
    assert extract_docx("pad.docx", data) == UnreadableFile(
        "pad.docx", "expands more than 100 times (possible zip bomb)")


def _as_docm(docx_bytes: bytes) -> bytes:
    """What Word saves as .docm: the macro-enabled main type, a VBA project and its
    relationship."""
    with zipfile.ZipFile(io.BytesIO(docx_bytes)) as source:
        types = source.read("[Content_Types].xml")
        relations = source.read("word/_rels/document.xml.rels")
    types = types.replace(
        b"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml",
        b"application/vnd.ms-word.document.macroEnabled.main+xml").replace(
        b"</Types>", b'<Override PartName="/word/vbaProject.bin" '
                     b'ContentType="application/vnd.ms-office.vbaProject"/></Types>')
    relations = relations.replace(b"</Relationships>", (
        b'<Relationship Id="rIdVba" Target="vbaProject.bin" Type="http://schemas.'
        b'microsoft.com/office/2006/relationships/vbaProject"/></Relationships>'))
    data = _rezip(docx_bytes, {"word/vbaProject.bin": b"Attribute VB_Name = \"Evil\""},
                  content_types=types)
    return _replace_member(data, "word/_rels/document.xml.rels", relations)


def _replace_member(data: bytes, name: str, body: bytes) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as source, \
            zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for info in source.infolist():
            target.writestr(info.filename, body if info.filename == name else source.read(info))
    return out.getvalue()


def test_a_macro_enabled_document_is_read_without_its_macros() -> None:
    data = _as_docm(make_docx(SPECS[0]))
    assert detect(data) is FileType.DOCM
    form = extract_document("form.docm", data)
    assert isinstance(form, Form)
    assert form.warnings == (MACRO_ENABLED,)
    assert_matches(dataclasses.replace(form, warnings=()), SPECS[0])


def test_a_docm_without_macros_left_is_an_ordinary_docx() -> None:
    stripped = without_macros(_as_docm(make_docx(SPECS[0])))
    assert detect(stripped) is FileType.DOCX
    with zipfile.ZipFile(io.BytesIO(stripped)) as archive:
        assert "word/vbaProject.bin" not in archive.namelist()
        assert b"macroEnabled" not in archive.read("[Content_Types].xml")
        assert b"vba" not in archive.read("[Content_Types].xml")
        assert b"vba" not in archive.read("word/_rels/document.xml.rels")


def test_corrupt_docx_is_unreadable() -> None:
    data = _rezip(make_docx(SPECS[0]), {}, content_types=b"<not xml")
    result = extract_document("broken.docx", data)
    assert result == UnreadableFile("broken.docx", "corrupt Word document")
