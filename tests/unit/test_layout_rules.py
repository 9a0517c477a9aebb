"""The reading rules behind the layouts, one table each: labels without colons, titles,
turned family tables, printed PDF labels, values typed in the wrong place."""

from __future__ import annotations

import datetime as dt
import io
from typing import Any

import pytest
from pypdf import PdfReader
from reportlab.pdfgen import canvas

from parsers.form import FormType, Role
from parsers.layout import Content, Pair, Table
from parsers.meaning.interpret import build_form
from parsers.meaning.labels import document_title, form_type_of
from parsers.meaning.people.family_table import turned_round
from parsers.meaning.values import find_postcodes, parse_level
from parsers.pdf.cells import joined
from parsers.pdf.printed_labels import MAX_FIELDS, Box, label_near, printed_labels
from parsers.pdf.reader import read_pdf


@pytest.mark.parametrize(("text", "expected"), [
    ("DY5 1AA / dy8 1aa", ["DY5 1AA", "DY8 1AA"]),
    ("dy51aa, DY5 1AA", ["DY5 1AA"]),
    ("14 Cedar Road, Brierley Hill", []),
    (None, []),
])
def test_find_postcodes(text: str | None, expected: list[str]) -> None:
    assert find_postcodes(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Level3", 3), ("Tier2", 2), ("3 - Complex", 3), ("Level 2 (Additional needs)", 2),
    ("Levels 5", None), ("Level 3/4", 4), ("Tier 2 or 3", 3), ("☐ Level 3/4 ☒ Level 2", 2),
])
def test_parse_level_as_radio_buttons_and_people_give_it(text: str, expected: int | None) -> None:
    assert parse_level(text) == expected


@pytest.mark.parametrize(("heading", "lines", "header", "expected"), [
    ("Early Help Assessment", ["Child in Need plan attached? No"], "", "Early Help Assessment"),
    ("", ["Dudley Council - Children's Services", "Child Protection Plan", "Name"], "",
     "Child Protection Plan"),
    ("", ["Step-Down Form", "Please attach the CIN plan"], "", "Step-Down Form"),
    ("", ["Castle High School", "Re: Early Help Assessment for A", "Dear team,"], "",
     "Castle High School"),
    ("", ["Early Help Assessment"], "MASH / Early Help Desk", "Early Help Assessment\n"
                                                             "MASH / Early Help Desk"),
    ("", [], "", ""),
])
def test_document_title(heading: str, lines: list[str], header: str, expected: str) -> None:
    assert document_title(heading, lines, header) == expected


@pytest.mark.parametrize(("title", "expected"), [
    ("Early Help Assessment\nMASH / Early Help Desk", FormType.EARLY_HELP_ASSESSMENT),
    ("Referral\nMASH / Early Help Desk", FormType.INTERNAL_REQUEST),
    ("Step-down plan", FormType.UNKNOWN),
])
def test_the_body_title_decides_before_the_page_header(title: str, expected: FormType) -> None:
    assert form_type_of(title, "") is expected


def _form(*blocks: Any) -> Any:
    return build_form(Content(tuple(blocks), title="Early Help Assessment"))


def test_flattened_labels_with_no_colon() -> None:
    form = _form("Address 14 Cedar Road, Brierley Hill", "Post code dy5 1aa",
                 "Name of lead practitioner Gráinne Ní Bhriain", "Agency Dudley Youth Service",
                 "Threshold Level 3", "Verbal consent obtained by the desk Yes",
                 "Reason for referral", "Concerns about sleep.")
    assert form.address.lines == ("14 Cedar Road", "Brierley Hill")
    assert form.address.postcode == "DY5 1AA"
    assert form.lead_professional.name == "Gráinne Ní Bhriain"
    assert form.lead_professional.agency == "Dudley Youth Service"
    assert (form.level_of_need, form.verbal_consent_recorded) == (3, True)
    assert form.free_text == "Concerns about sleep."


def test_a_value_below_its_label_that_reads_like_a_heading() -> None:
    form = _form("Level of need", "Level 2 (Additional needs)", "Email", "a@b.example",
                 "Level of need Level 2 (Additional needs)")
    assert (form.level_of_need, form.lead_professional.email) == (2, "a@b.example")


def test_section_titles_decide_whose_address_it_is() -> None:
    form = _form("Reason for referral", "Mum asked for help.",
                 "Section 47 enquiry held last year", "Mum gave us her bank details",
                 "Referrer details", "Address", "School Lane, Dudley", "Postcode", "DY1 4RN",
                 "Child and family details", "Postcode", "DY5 1AA")
    assert form.free_text == ("Mum asked for help. Section 47 enquiry held last year "
                              "Mum gave us her bank details")
    assert (form.address.lines, form.address.postcode, form.postcode_doubt) == ((), "DY5 1AA",
                                                                                 "")


def test_two_levels_given_take_the_higher_and_say_so() -> None:
    form = _form(Pair("Level of need", "Level 3/4"))
    assert form.level_of_need == 4
    assert "level of need unclear: two levels given, the higher taken" in form.warnings


def test_first_name_and_surname_columns_make_one_name() -> None:
    header = ("First name", "Surname", "D.O.B.", "Relationship")
    form = _form(Table((header, ("Seán", "Ó Súilleabháin", "1.9.19", "Son"))))
    assert [(p.name, p.date_of_birth) for p in form.people] == [
        ("Seán Ó Súilleabháin", dt.date(2019, 9, 1))]


def test_email_typed_in_the_phone_box_and_postcode_in_the_address() -> None:
    form = _form(Pair("Telephone", "01384 812345 / p.shah@school.example"), Pair("Email", ""),
                 Pair("Address", "9 Pedmore Lane, Stourbridge DY9 0QQ"), Pair("Postcode", ""))
    assert form.lead_professional.email == "p.shah@school.example"
    assert form.lead_professional.phone == "01384 812345"
    assert (form.address.lines, form.address.postcode) == (("9 Pedmore Lane", "Stourbridge"),
                                                           "DY9 0QQ")


_PEOPLE_COLUMNS = (("Name", "Ann Lee", "Tom Lee"), ("D.O.B.", "02/02/1990", "3.4.12"),
                   ("Relationship", "Mum", "Son"), ("Signature", "Ann Lee", ""))


def test_a_family_table_with_one_column_per_person_is_turned_round() -> None:
    assert turned_round(_PEOPLE_COLUMNS) == (
        ("Name", "D.O.B.", "Relationship", "Signature"), ("Ann Lee", "02/02/1990", "Mum",
                                                          "Ann Lee"),
        ("Tom Lee", "3.4.12", "Son", ""))
    form = _form(Table(_PEOPLE_COLUMNS))
    assert [(p.name, p.date_of_birth, p.role) for p in form.people] == [
        ("Ann Lee", dt.date(1990, 2, 2), Role.ADULT), ("Tom Lee", dt.date(2012, 4, 3),
                                                       Role.CHILD)]


def test_a_child_details_table_is_not_turned_round() -> None:
    details = (("Child's name", "Tom Lee"), ("Date of birth", "3.4.12"),
               ("Address", "1 High Street"), ("Postcode", "DY5 1AA"), ("School", "Hillcrest"))
    assert turned_round(details) is None


def test_a_headerless_table_carries_on_the_family_table() -> None:
    header = ("Name", "Date of birth", "Relationship", "Signature", "Date")
    form = _form(Table((header, ("Ann Lee", "02/02/1990", "Mother", "consent gained", ""))),
                 "Page 2 of 3",
                 Table((("Tom Lee", "03/04/2012", "Son", "", ""),)),
                 Table((("Email", "a@b.example", "", "", ""),)))
    assert [p.name for p in form.people] == ["Ann Lee", "Tom Lee"]
    assert form.lead_professional.email == "a@b.example"


@pytest.mark.parametrize(("cell", "name", "born"), [
    ("Ruby Halford (DOB 1/12/18)", "Ruby Halford", dt.date(2018, 12, 1)),
    ("Ruby Halford, born 1st December 2018", "Ruby Halford", dt.date(2018, 12, 1)),
    ("Ruby Halford (Mum's side)", "Ruby Halford (Mum's side)", None),
])
def test_a_date_of_birth_typed_after_the_name(cell: str, name: str,
                                              born: dt.date | None) -> None:
    form = _form(Table((("Name", "Date of birth", "Relationship"), (cell, "", "Daughter"))))
    assert (form.people[0].name, form.people[0].date_of_birth) == (name, born)


def _word(text: str, x0: float, top: float) -> dict[str, Any]:
    return {"text": text, "x0": x0, "x1": x0 + 6 * len(text), "top": top, "bottom": top + 9}


@pytest.mark.parametrize(("words", "expected"), [
    ([_word("Post", 50, 100), _word("code", 80, 100)], "Post code"),
    ([_word("Section", 50, 100), _word("Email", 180, 100)], "Email"),  # a column stop
    ([_word("Relationship", 230, 80)], "Relationship"),  # above, within reach
    ([_word("Relationship", 230, 40)], ""),  # too far above
    ([_word("Postcode", 400, 100)], ""),  # right of the field: another field's label
])
def test_label_near_a_field(words: list[dict[str, Any]], expected: str) -> None:
    assert label_near(Box(230, 96, 530, 112), words) == expected


def _line(text: str, x1: float) -> dict[str, Any]:
    return {"text": text, "x1": x1}


@pytest.mark.parametrize(("lines", "expected"), [
    ([_line("Oliver Kac", 245), _line("zmarek", 231)], "Oliver Kaczmarek"),
    ([_line("30-Jun-201", 244), _line("6", 200)], "30-Jun-2016"),
    ([_line("31 January", 248), _line("83", 210)], "31 January 83"),
    ([_line("Name of family", 226), _line("member", 226)], "Name of family member"),
    ([_line("Okonkwo-", 200), _line("Adébáyọ̀", 220)], "Okonkwo-Adébáyọ̀"),
    ([_line("Mary-Jane", 250), _line("McAllister", 240)], "Mary-Jane McAllister"),
    ([_line("Name of person completing", 250), _line("referral", 240)],
     "Name of person completing referral"),  # a label wrapped at its space
])
def test_words_broken_at_a_narrow_cell_edge_are_rejoined(lines: list[dict[str, Any]],
                                                         expected: str) -> None:
    assert joined(lines, right=254) == expected


def test_printed_labels_are_not_sought_for_more_fields_than_any_form_has() -> None:
    out = io.BytesIO()
    page = canvas.Canvas(out)
    page.drawString(50, 700, "Postcode")
    page.acroForm.textfield(name="Text1", value="DY5 1AA", x=150, y=695, width=100, height=16)
    page.save()
    data = out.getvalue()
    reader = PdfReader(io.BytesIO(data))
    assert printed_labels(reader, data, {"Text1"}, 5)["Text1"].label == "Postcode"
    too_many = {"Text1", *(f"Text{n}" for n in range(2, MAX_FIELDS + 2))}
    assert printed_labels(reader, data, too_many, 5) == {}


def test_a_postcode_typed_in_two_boxes_is_one_postcode() -> None:
    form = _form(Pair("Postcode", "dy5"), Pair("Postcode", "1aa"))
    assert (form.address.postcode, form.postcode_doubt, form.warnings[-1:]) == (
        "DY5 1AA", "", ("no family members found",))


def test_an_email_typed_past_its_box_over_the_next_boxs_label() -> None:
    # A flattened form: the address runs on over the next box, where "Address" is printed.
    out = io.BytesIO()
    page = canvas.Canvas(out)
    page.drawString(40, 760, "Multi Agency Referral Form")
    for x in (40, 170, 300, 430):
        page.rect(x, 680, 130, 30)
        page.rect(x, 650, 130, 30)
    page.drawString(45, 690, "Email")
    page.drawString(175, 690, "owen.gallagher@dudleyhv.example.nhs.uk")
    page.setFont("Helvetica-Bold", 10)
    page.drawString(305, 690, "Address")
    page.setFont("Helvetica", 10)
    page.drawString(435, 690, "Brierley Hill")
    page.drawString(45, 660, "Telephone")
    page.drawString(175, 660, "01632 960 802")
    page.save()
    content = read_pdf("referral.pdf", out.getvalue())
    assert isinstance(content, Content), content
    tables = [b for b in content.blocks if isinstance(b, Table)]
    assert tables
    assert tables[0].rows[0] == ("Email", "owen.gallagher@dudleyhv.example.nhs.uk",
                                            "Address", "Brierley Hill")


def test_imminent_and_significant_risk_of_harm_answered_yes() -> None:
    # Suffolk MARF: "Do you believe this child may be at imminent and significant risk of
    # harm? ☒ Yes ☐ No".
    form = _form(Table(rows=(("Do you believe this child may be at imminent and significant risk "
                              "of harm?", "☒ Yes ☐ No"),)), Pair("Postcode", "DY8 1AA"))
    assert form.risk_of_significant_harm is True
