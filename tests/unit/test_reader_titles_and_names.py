"""Forms' titles and names written surname first (issue 10), each test built here from the
shape of the published form it names; the independent measure is tests/councils*/."""

from __future__ import annotations

import datetime as dt
import io

import pytest
from reportlab.pdfgen import canvas

from parsers.files import extract_document
from parsers.form import Form, FormType
from parsers.layout import Content, Heading, Pair, Table
from parsers.meaning.interpret import build_form
from parsers.meaning.labels import form_type_of


@pytest.mark.parametrize("title", [
    "Record of Concern / Request for Assistance",  # Lanarkshire GIRFEC
    "Request for Assistance",  # Fife Child Wellbeing Pathway
    "Reporting a Concern – Child or Young Person",  # South Ayrshire
    "Contact to the Children's Advice and Duty Service (CADS)",  # Blackburn with Darwen
])
def test_a_concern_or_request_for_assistance_is_a_referral(title: str) -> None:
    assert form_type_of(title, title) is FormType.EARLY_HELP_ASSESSMENT


def test_the_forms_title_is_not_a_label_whose_answer_follows() -> None:
    # Lanarkshire: the title names a concern; the guidance under it is not the narrative.
    form = build_form(Content((
        Heading("Record of Concern / Request for Assistance"),
        "getting it right for every child in Lanarkshire",
        "Record the concern. If a child is at risk of significant harm follow child "
        "protection procedures immediately.",
        Heading("4. The concern"), "Callum's attendance fell to 80%.",
    ), title="Record of Concern / Request for Assistance"))
    assert "significant harm" not in form.free_text
    assert "Callum's attendance" in form.free_text


@pytest.mark.parametrize("header", ["Name", "Name (SURNAME, Forename)"])
def test_names_written_surname_first_in_a_family_table(header: str) -> None:
    # Doncaster EHA "Write names as SURNAME, Forename"; South Ayrshire "Name (SURNAME,
    # Forename)"; the signature table gives the name forename first.
    form = build_form(Content((
        Heading("Section 2 – Family members"),
        Table(((header, "Date of birth", "Relationship"),
               ("BALOGUN, Grace Adeola", "22/03/1987", "Mother"),
               ("BALOGUN, Samuel", "09/09/2015", "Son"))),
        Pair("Postcode", "DY6 0LQ"),
        Heading("Section 4 – Consent"),
        Table((("Name", "Signature", "Date"),
               ("Grace Adeola Balogun", "G A Balogun", "27/01/2026"))),
    ), title="Early Help Assessment"))
    assert [(p.name, p.consent.signed) for p in form.people] == [
        ("Grace Adeola BALOGUN", True), ("Samuel BALOGUN", False)]


def test_ticked_wellbeing_indicators_are_not_people() -> None:
    # Lanarkshire Record of Concern: SHANARRI indicators, one tick box a line, after the
    # household on a flattened page.
    form = build_form(Content((
        Heading("3. Family / household"),
        Table((("Name", "Date of birth", "Relationship to child"),
               ("Megan Shields", "24/12/1996", "Mother"),
               ("Kayden Shields", "19/02/2018", "Self"))),
        Heading("5. Wellbeing indicators affected"), "☒ Safe", "☐ Healthy", "☒ Nurtured",
    ), title="Record of Concern / Request for Assistance"))
    assert [p.name for p in form.people] == ["Megan Shields", "Kayden Shields"]


def test_a_consent_question_that_names_the_young_person_counts_for_them() -> None:
    # Lanarkshire Request for Assistance: "Does Abbie agree to this request? Yes / No
    # (delete as appropriate)" and the same asked of the parent.
    form = build_form(Content((
        Heading("2. Child or young person"), Pair("Forename", "Abbie"), Pair("Surname", "McLeod"),
        Pair("Date of birth", "05/10/2011"), Pair("Home address", "3 Stafford Street, DY1 1AA"),
        Heading("3. Family / household"),
        Table((("Name", "Date of birth", "Relationship to child"),
               ("Donna McLeod", "17/04/1980", "Mother"))),
        Heading("7. Views and agreement"),
        Pair("Does Abbie agree to this request? Yes / No (delete as appropriate)", "Yes"),
        Pair("Does the parent agree to this request? Yes / No (delete as appropriate)",
             "Yes - Donna McLeod"),
    ), title="Record of Concern / Request for Assistance"))
    assert {p.name: p.consent.signed for p in form.people} == {
        "Abbie McLeod": True, "Donna McLeod": True}


def test_fillable_grid_whose_headings_wrap_in_several_columns() -> None:
    # Kensington and Chelsea Early Help referral: "Relationship to | children" and "Lives
    # with the | children?" wrap; the second line ("children") is not a name column.
    out = io.BytesIO()
    page = canvas.Canvas(out)
    page.setFont("Helvetica", 9)
    page.drawString(40, 780, "Postcode")
    page.acroForm.textfield(name="Postcode", value="DY5 3BB", x=120, y=776, width=90, height=14)
    page.drawString(40, 750, "3. Parents / carers and other adults in the home")
    for x, words in ((40, "First name"), (130, "Last name"), (220, "Date of birth"),
                     (310, "Relationship to"), (400, "Lives with the")):
        page.drawString(x, 730, words)
    page.drawString(310, 721, "children")
    page.drawString(400, 721, "children?")
    for row, values in enumerate((("Aoife", "Murphy", "29/09/1997", "Mother", "Yes"),
                                  ("Declan", "Walsh", "03/03/1996", "Father", "Yes"))):
        for column, value in enumerate(values):
            page.acroForm.textfield(name=f"Text{10 + 5 * row + column}", value=value,
                                    x=40 + 90 * column, y=700 - 20 * row, width=85, height=14)
    page.save()
    form = extract_document("referral.pdf", out.getvalue())
    assert isinstance(form, Form), form
    assert [(p.name, p.relationship) for p in form.people] == [
        ("Aoife Murphy", "Mother"), ("Declan Walsh", "Father")]


def test_a_yes_beside_a_consent_label_that_names_who_counts_for_them() -> None:
    # Haringey Conversation 4 Change request: "Parent/carer consent to the conversation and
    # sharing | Yes – Marcia Campbell and Jayden Campbell-Brown, 14/10/2026".
    form = build_form(Content((
        Heading("Child and family"),
        Table((("Name", "Date of birth", "Relationship"),
               ("Jayden Campbell-Brown", "21/08/2012", "Child"),
               ("Marcia Campbell", "15/05/1983", "Mother"))),
        Pair("Postcode", "DY6 0LQ"),
        Heading("Consent"),
        Pair("Parent/carer consent to the conversation and sharing",
             "Yes – Marcia Campbell and Jayden Campbell-Brown, 14/10/2026"),
    ), title="Early Help – Request for a Conversation 4 Change"))
    assert [p.consent.signed for p in form.people] == [True, True]


def test_the_child_named_surname_first_in_a_box_and_again_in_the_household() -> None:
    # Glasgow Named Person request: "Name (SURNAME, Forename) | DUNCAN, Maya" in the child's
    # details, and Maya again as "Self" in "Who lives with the child".
    form = build_form(Content((
        Heading("Child or young person"),
        Table((("Name (SURNAME, Forename)", "DUNCAN, Maya", "Date of birth", "11/07/2023"),
               ("Postcode", "DY8 4HB", "", ""))),
        Heading("Who lives with the child"),
        Table((("Name (SURNAME, Forename)", "Date of birth", "Relationship"),
               ("DUNCAN, Shona", "28/02/1997", "Mother"), ("DUNCAN, Maya", "11/07/2023", "Self"))),
    ), title="Named Person – Request for Support"))
    assert sorted(p.name for p in form.people) == ["Maya DUNCAN", "Shona DUNCAN"]


def test_a_step_down_plan_that_carries_the_familys_details_is_the_step_down_form() -> None:
    # Rutland "Step Down Plan – Children's Social Care to Early Intervention": the social
    # worker's one document, with the children, parents, home and the lead after step down.
    import docx  # python-docx

    document = docx.Document()
    document.add_heading("Step Down Plan – Children's Social Care to Early Intervention", 1)
    table = document.add_table(rows=3, cols=3)
    for row, cells in zip(table.rows, (("Name", "Date of birth", "Relationship"),
                                        ("Ellie Green", "16/10/2012", "Daughter"),
                                        ("Kerry Green", "29/08/1988", "Mother")), strict=True):
        for cell, text in zip(row.cells, cells, strict=True):
            cell.text = text
    document.add_paragraph("Postcode: B63 4HJ")
    out = io.BytesIO()
    document.save(out)
    form = extract_document("step-down.docx", out.getvalue())
    assert isinstance(form, Form), form
    assert (form.form_type, form.address.postcode, len(form.people)) == (
        FormType.STEP_DOWN, "B63 4HJ", 2)


def _consent(*blocks: object) -> dict[str, bool]:
    family = (Heading("Family"), Table((("Name", "Date of birth", "Relationship"),
                                        ("Tracey Walsh", "18/04/1986", "Mother"),
                                        ("Connor Walsh", "23/09/2009", "Son"),
                                        ("Lily Walsh", "02/03/2013", "Daughter"))),
              Pair("Postcode", "WV14 9AA"), Heading("Consent"))
    form = build_form(Content((*family, *blocks), title="Early Help Request for Support"))  # type: ignore[arg-type]
    return {p.name.split()[0]: p.consent.signed for p in form.people}


def test_someone_only_present_after_a_semicolon_did_not_consent() -> None:
    # Greenwich request for support: "Yes – Tracey Walsh and Connor Walsh both agreed and
    # signed the paper copy ...; Lily was present."
    assert _consent(Pair("Has the family agreed to this request?",
                         "Yes – Tracey Walsh and Connor Walsh both agreed and signed the paper "
                         "copy on 04/08/2026 (held by the youth hub); Lily was present.")) == {
        "Tracey": True, "Connor": True, "Lily": False}


def test_a_name_then_yes_beside_a_consent_label() -> None:
    # Dumfries and Galloway youth work referral: "Parent / carer consent | Gail Maxwell – yes,
    # by phone 30/03/2026".
    assert _consent(Pair("Parent / carer consent", "Tracey Walsh – yes, by phone 30/03/2026"))[
        "Tracey"] is True


def test_a_template_prompt_left_in_a_consent_statement_is_no_refusal() -> None:
    # Somerset EHA: "I, [name and role], have discussed the information with [names] and the
    # child [name or delete if not discussed] on [date]": the prompt says "not".
    assert _consent(Pair("Consent statement", "I, Dean Foster, Youth Worker, have discussed "
                         "the information with Tracey Walsh and the child [name or delete if "
                         "not discussed] on 12/01/2026, and I confirm that they have agreed."))[
        "Tracey"] is True


def test_answers_set_apart_on_one_line_and_guidance_in_brackets() -> None:
    # Pointers Young Carers referral copied into Word: "Full Name: ...", then "D.O.B.: ...
    # Age: 14   Male/Female ..." on one line; "(If not, please make young person aware of
    # this referral)" is guidance, not a consent section.
    form = build_form(Content((
        Heading("Referral Form"), "(for young person being referred to project)",
        "Full Name: Erin Morrison\nAddress: 27 Queens Road, Lye   Postcode: DY9 7AA\n"
        "D.O.B.: 03/06/2012   Age: 14   Male/Female (delete as appropriate): Female",
        "(If not, please make young person aware of this referral)",
        "Parent/guardian name: Shona Morrison (mum, DOB 14/04/1982)",
        "Referrer Information:", "Name: Anne Matheson   Agency: School Nursing, Stourbridge",
    ), title="Referral Form"))
    assert [(p.name, p.date_of_birth) for p in form.people] == [
        ("Erin Morrison", dt.date(2012, 6, 3)), ("Shona Morrison", dt.date(1982, 4, 14))]
    assert (form.address.postcode, form.lead_professional.agency) == (
        "DY9 7AA", "School Nursing, Stourbridge")


def test_a_date_of_birth_written_in_three_boxes_in_one_cell() -> None:
    # Five-part referral form: "Date of Birth: | 26 | 05 | 2023" in one cell of Word.
    from parsers.meaning.values import parse_uk_date

    assert parse_uk_date("26 | 05 | 2023") == dt.date(2023, 5, 26)
    assert parse_uk_date("Oscar Hollis, 18 | 04 | 2020") == dt.date(2020, 4, 18)
    assert parse_uk_date("Tier 2 | 3 | 4") is None


@pytest.mark.parametrize(("title", "opening"), [
    # Ealing SAFE: the request type's unticked "Step down from CIN / CP plan" is no step-down.
    ("SAFE – Internal Request for Early Help",
     "Children's Social Care to Early Help & Prevention (internal use only)\n"
     "☒ Internal request – assessment closing, early help offered   ☐ Step down from CIN / "
     "CP plan"),
    # Hounslow CFAN: "request for Early Help" over "internal step across".
    ("CFAN – request for Early Help", "CFAN – request for Early Help\n"
     "Hounslow Children's Services – internal step across"),
])
def test_an_internal_request_is_one_whatever_its_unticked_options(title: str, opening: str) -> None:
    assert form_type_of(title, opening) is FormType.INTERNAL_REQUEST


def test_the_worker_making_the_request_is_not_a_household_member() -> None:
    form = build_form(Content((
        Heading("CFAN worker making the request"), Pair("Name", "Marcus Heath"),
        Pair("Role", "Social Worker"),
        Heading("Family"), Table((("Name", "Date of birth", "Relationship"),
                                  ("Kelly Butler", "04/01/1990", "Mother"))),
    ), title="CFAN – request for Early Help"))
    assert ([p.name for p in form.people], form.lead_professional.name) == (
        ["Kelly Butler"], "Marcus Heath")
