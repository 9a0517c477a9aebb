"""The reader on the shapes real councils' forms take (issue 10's classes, one test each).

Each form is small and built here with python-docx from the shape of a published
template (named in the test). These are the reader's own behaviour tests; the
independent measure is `tests/councils/`, written by someone who did not read the reader.
"""

from __future__ import annotations

import datetime as dt
import io
from collections.abc import Sequence

import docx
from docx.oxml import OxmlElement

from parsers.files import extract_document
from parsers.form import Form, Role

Rows = Sequence[Sequence[str]]
Part = str | tuple[str, str] | list[list[str]]


def build(*parts: Part) -> bytes:
    """Paragraphs (str), headings (("h", text)) and tables (lists of rows); a cell
    written "<<3>>text" spans three grid columns (gridSpan), as merged cells do."""
    document = docx.Document()
    for part in parts:
        if isinstance(part, str):
            document.add_paragraph(part)
        elif isinstance(part, tuple):
            document.add_heading(part[1], level=2)
        else:
            _table(document, part)
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def _table(document: docx.document.Document, rows: list[list[str]]) -> None:
    width = max(sum(_span(c)[0] for c in row) for row in rows)
    table = document.add_table(rows=len(rows), cols=width)
    for row, values in zip(table.rows, rows, strict=True):
        column = 0
        for value in values:
            span, text = _span(value)
            cell = row.cells[column]
            if span > 1:
                cell = cell.merge(row.cells[column + span - 1])
            cell.text = text
            column += span


def _span(value: str) -> tuple[int, str]:
    if value.startswith("<<"):
        count, _, text = value[2:].partition(">>")
        return int(count), text
    return 1, value


def read(data: bytes) -> Form:
    form = extract_document("referral.docx", data)
    assert isinstance(form, Form), form
    return form


def people(form: Form) -> list[tuple[str, dt.date | None, Role, bool]]:
    return [(p.name, p.date_of_birth, p.role, p.consent.signed) for p in form.people]


def test_consent_section_table_joined_by_print_name() -> None:
    # Consent in its own table after the family: signature | print name | date.
    form = read(build(
        "Early Help Assessment", "Date assessment completed: 12/10/2026",
        ("h", "Family details"),
        [["Name", "Date of birth", "Relationship"],
         ["Patrick O'Neill", "03/04/1980", "Father"],
         ["Siobhán O'Neill", "05/06/2010", "Daughter"],
         ["Liam O'Neill", "07/08/2016", "Son"]],
        ("h", "Home address"), "Address: 4 Elm Walk, Brierley Hill", "Postcode: DY5 1AA",
        ("h", "Consent"),
        "I agree to the information in this assessment being shared.",
        [["Signature", "Print name", "Date"],
         ["P O'Neill", "P O'Neill", "12/10/2026"],
         ["S. O'Neill", "SIOBHAN O'NEILL", "12/10/2026"]],
    ))
    assert people(form) == [
        ("Patrick O'Neill", dt.date(1980, 4, 3), Role.ADULT, True),
        ("Siobhán O'Neill", dt.date(2010, 6, 5), Role.CHILD, True),
        ("Liam O'Neill", dt.date(2016, 8, 7), Role.CHILD, False),
    ]
    assert form.address.postcode == "DY5 1AA"


def test_consent_page_before_family_and_signed_lines() -> None:
    form = read(build(
        "Early Help Assessment",
        ("h", "Consent to share information"),
        "Signed: Karen Hale   Print name: Karen Hale   Date: 01/11/2026",
        "Signed: consent gained verbally   Print name: Dean Hale   Date: 01/11/2026",
        ("h", "Family members"),
        [["Title", "Forename", "Surname", "DoB", "Relationship", "Present"],
         ["Mrs", "Karen", "Hale", "1/2/85", "Mother", "Yes"],
         ["Mr", "Dean", "Hale", "3/4/83", "Father", "No"],
         ["", "Ava", "Hale", "5/6/15", "Daughter", "Yes"]],
        ("h", "Family address"), "Postcode: dy8 1aa",
    ))
    assert [p[0] for p in people(form)] == ["Karen Hale", "Dean Hale", "Ava Hale"]
    assert [p[3] for p in people(form)] == [True, True, False]
    assert form.address.postcode == "DY8 1AA"


def test_key_child_pairs_and_siblings_and_parents_in_other_tables() -> None:
    # "Details of key person of concern" as label/value pairs, then other tables.
    form = read(build(
        "Early Help Assessment", "Date assessment started: 02/09/2026",
        ("h", "Person completing this form"),
        [["Forename(s)", "Jo", "Surname", "Bell"],
         ["Organisation name", "Oak Primary School", "Email", "jo.bell@oak.sch.uk"],
         ["Address including postcode", "<<3>>Oak Lane, Stourbridge DY8 2SE"]],
        ("h", "Details of key person of concern"),
        [["Forename(s)", "Mia", "Surname", "Khan"],
         ["Date of birth", "14/02/2013", "Gender", "Female"]],
        ("h", "Family address"),
        [["House/flat number", "12", "Postcode", "DY1 2QP"],
         ["First line of address", "<<3>>Castle Street"]],
        ("h", "Other children in the family"),
        [["Name", "Date of birth"], ["Zain Khan", "01/01/2018"]],
        ("h", "Parents / carers"),
        [["Name", "Amira Khan", "Relationship", "Mother"],
         ["Date of birth", "09/09/1988", "Signature", "A Khan"]],
    ))
    assert people(form) == [
        ("Mia Khan", dt.date(2013, 2, 14), Role.CHILD, False),
        ("Zain Khan", dt.date(2018, 1, 1), Role.CHILD, False),
        ("Amira Khan", dt.date(1988, 9, 9), Role.ADULT, True),
    ]
    assert form.address.postcode == "DY1 2QP"
    assert form.lead_professional.email == "jo.bell@oak.sch.uk"


def test_referrer_address_first_is_never_the_family_postcode() -> None:
    form = read(build(
        "Early Help Referral Form",
        ("h", "1. Initial details"),
        [["Child's first name", "Child's surname", "Date of birth"],
         ["Noah", "Price", "3 March 2015"]],
        ("h", "Person undertaking this assessment"),
        [["Name of practitioner", "Sam Reid"], ["Job title", "Health visitor"],
         ["Address including postcode", "Clinic, High St, Halesowen B63 3BL"],
         ["Email address", "sam.reid@nhs.net"]],
    ))
    assert form.address.postcode is None
    assert form.lead_professional.name == "Sam Reid"
    assert people(form) == [("Noah Price", dt.date(2015, 3, 3), Role.CHILD, False)]


def test_family_signatures_box_and_statement_with_names() -> None:
    form = read(build(
        "Early Help Assessment",
        ("h", "Part A Consent"),
        [["Family signatures and printed name", "Date"],
         ["Lucy Ward (signed) Lucy Ward", "10/10/2026"]],
        "I, Pat Green (family support worker), have discussed the information with "
        "Lucy Ward and Ella Ward on 10/10/2026 and they have agreed.",
        ("h", "Details of all children in your family"),
        [["Name", "DoB/due date", "Gender"], ["Ella Ward", "02/02/2011", "F"],
         ["Finn Ward", "03/03/2019", "M"]],
        "Main family address: 3 Pear Tree Road, Halesowen, B62 8AA",
        ("h", "Parent/carer"), [["Name", "Lucy Ward"], ["Date of birth", "1/1/1990"]],
    ))
    assert [(p[0], p[3]) for p in people(form)] == [
        ("Ella Ward", True), ("Finn Ward", False), ("Lucy Ward", True)]
    assert form.address.postcode == "B62 8AA"


def test_signature_matching_nobody_is_a_warning_not_a_person() -> None:
    form = read(build(
        ("h", "Family details"),
        [["Name", "Date of birth", "Relationship"], ["Ian Moss", "1/1/1979", "Father"]],
        "Postcode: DY2 0AB",
        ("h", "Consent"),
        [["Name", "Relationship", "Signature", "Date"],
         ["Gail Stone", "Aunt", "G Stone", "1/10/2026"]],
    ))
    assert people(form) == [("Ian Moss", dt.date(1979, 1, 1), Role.ADULT, False)]
    assert any("matches nobody" in w for w in form.warnings)


def test_level_tick_boxes_and_safeguarding_choice() -> None:
    form = read(build(
        "Early Help Referral",
        "Early help referral ☐ Safeguarding referral ☒",
        "Level of need identified: Tier 1 ☐ Tier 2 ☐ Tier 3 ☒ Tier 4 ☐",
        ("h", "Child's details"), [["Name", "Rae Fox"], ["Date of birth", "1/1/2014"]],
        "Postcode: DY6 7AA",
    ))
    assert form.level_of_need == 3
    assert form.risk_of_significant_harm is True


def test_level_as_one_tick_per_row() -> None:
    form = read(build(
        ("h", "Level of need"),
        [["Level 1 Universal", "☐"], ["Level 2 Additional needs", "☒"],
         ["Level 3 Complex needs", "☐"]],
        ("h", "Child's details"), [["Name", "Rae Fox"], ["Date of birth", "1/1/2014"]],
        "Postcode: DY6 7AA",
    ))
    assert form.level_of_need == 2


def test_several_children_in_one_box_and_dob_in_three_boxes() -> None:
    form = read(build(
        ("h", "Child / young person's details"),
        [["NAME OF CHILD(REN)", "Tia Lowe, Max Lowe"]],
        ("h", "Details of the eldest child"),
        [["Name", "Tia Lowe"], ["Date of Birth", "04", "05", "2012"]],
        "Home postcode: DY3 1AB",
    ))
    assert [(p[0], p[1]) for p in people(form)] == [
        ("Tia Lowe", dt.date(2012, 5, 4)), ("Max Lowe", None)]


def test_merged_name_cell_is_one_person_and_formtext_blank_is_empty() -> None:
    form = read(build(
        ("h", "Family details"),
        [["Name", "Date of birth", "Relationship", "Signature"],
         ["<<2>>Rosa Diaz", "Mother", "\u2002\u2002\u2002\u2002\u2002"]],
        "Postcode: DY9 7AA",
    ))
    assert [p[0] for p in people(form)] == ["Rosa Diaz"]
    assert people(form)[0][3] is False


def test_values_carry_their_source() -> None:
    form = read(build(
        ("h", "Family details"),
        [["Name", "Date of birth", "Relationship"], ["Ian Moss", "1/1/1979", "Father"]],
        "Postcode: DY2 0AB",
    ))
    data = form.to_json()
    assert data["address"]["source"]["postcode"].startswith("paragraph")
    assert data["people"][0]["source"]["name"].startswith("table 1")


def _strike(paragraph: docx.text.paragraph.Paragraph, words: tuple[str, ...]) -> None:
    for run in paragraph.runs:
        if run.text.strip() in words:
            run_properties = run._r.get_or_add_rPr()
            run_properties.append(OxmlElement("w:strike"))


def test_struck_through_answer_is_not_read() -> None:
    document = docx.Document()
    document.add_heading("Family details", level=2)
    table = document.add_table(rows=2, cols=3)
    for cell, text in zip(table.rows[0].cells, ("Name", "Date of birth", "Relationship"),
                          strict=True):
        cell.text = text
    for cell, text in zip(table.rows[1].cells, ("Ian Moss", "1/1/1979", "Father"), strict=True):
        cell.text = text
    paragraph = document.add_paragraph("Risk of significant harm: ")
    paragraph.add_run("Yes")
    paragraph.add_run(" / ")
    paragraph.add_run("No")
    _strike(paragraph, ("Yes",))
    document.add_paragraph("Postcode: DY2 0AB")
    out = io.BytesIO()
    document.save(out)
    form = read(out.getvalue())
    assert form.risk_of_significant_harm is False


def _family_with_consent(consent: list[list[str]]) -> Form:
    return read(build(
        "Early Help Assessment", "Date assessment completed: 14/04/2026",
        ("h", "Family details"),
        [["Name", "Date of birth", "Relationship"],
         ["Laura Fletcher", "08/08/1982", "Mother"], ["Ben Fletcher", "10/01/2011", "Son"]],
        "Address: 21 Ashwood Park, Kingswinford", "Postcode: DY6 0LQ",
        ("h", "Client signatures to confirm this consent"), consent))


def test_a_signature_box_left_empty_beside_the_name_is_not_a_signature() -> None:
    # Brighton & Hove EHH: Name | Parent / carer / young person | Signature | Date.
    form = _family_with_consent([["Name", "Parent / carer / young person", "Signature", "Date"],
                                 ["Laura Fletcher", "Parent", "L Fletcher", "14/04/2026"],
                                 ["Ben Fletcher", "Young person", "", ""]])
    assert [p.consent.signed for p in form.people] == [True, False]


def test_one_box_for_signature_and_printed_name() -> None:
    # Oxfordshire EHA Part A: "Family signatures and printed name | Date".
    form = _family_with_consent([["Family signatures and printed name", "Date"],
                                 ["L Fletcher – LAURA FLETCHER", "14/04/2026"],
                                 ["B. Fletcher – BEN FLETCHER", "14/04/2026"]])
    assert [p.consent.signed for p in form.people] == [True, True]


def test_names_in_one_box_with_notes_in_brackets_and_another_address_beside_home() -> None:
    # Kent IARF: "Name of Parents/Carers" with notes; "Any other relevant addresses" beside
    # the home address, each with its own Postcode box below.
    form = read(build(
        "Inter Agency Referral Form", "Date of referral: 16/09/2025",
        [["Child's First Name/s:", "Mia", "Child's Surname:", "Thornton"],
         ["Date of Birth:", "11/05/2016", "Gender (M/F):", "F"],
         ["Name of Parents/Carers:", "Claire Thornton (mother); Lee Thornton (father – lives "
          "separately, see other address)", "Telephone:", "07700 900 612"],
         ["Home Address:", "9 Gospel End Road, Sedgley", "Any other relevant addresses:",
          "Father: 14 Priory Road, Dudley"],
         ["Postcode:", "DY3 4PQ", "Postcode:", "DY1 4RN"]],
    ))
    assert [(p.name, p.relationship) for p in form.people] == [("Mia Thornton", ""),
                                                               ("Claire Thornton", "mother")]
    assert form.address.postcode == "DY3 4PQ"
    assert not any("postcode" in w for w in form.warnings), form.warnings


def test_a_home_address_table_as_wide_as_the_children_table_is_not_more_children() -> None:
    # Bromley: the children table, then "Home address | ... | Postcode | ... | Telephone".
    form = read(build(
        "Referral form", "Date of referral: 05/11/2025", ("h", "Section A – Details of the child"),
        [["Surname", "Forename(s)", "Date of birth", "Gender", "School", "Being referred? Y/N"],
         ["Warrington", "Ellie", "19/01/2014", "F", "Hasbury Primary", "Y"]],
        [["Home address", "28 Stourbridge Road, Halesowen", "Postcode", "B63 4HJ", "Telephone",
          "07700 900 845"]],
    ))
    assert [p.name for p in form.people] == ["Ellie Warrington"]
    assert form.address.postcode == "B63 4HJ"


def test_family_name_alone_lives_with_the_child_and_a_row_of_level_boxes() -> None:
    # Brent EHA "Family name | Fenton"; Brighton & Hove "Lives with the child?" and
    # "☐ Level 1. Universal ☒ Level 2. Family Help ☐ Level 3. Specialist Services".
    form = read(build(
        "Early Help Hub Referral Form", "Date of referral: 19/05/2025",
        ("h", "Level of need"),
        [["☐ Level 1. Universal   ☒ Level 2. Family Help   ☐ Level 3. Specialist Services"]],
        ("h", "Family's details"),
        [["Family name", "Grant", "Address", "7 Norton Road, Stourbridge"],
         ["Postcode", "DY8 2SE", "Home telephone", "07700 900 990"]],
        ("h", "Family members"),
        [["Name", "Relationship", "Date of birth", "Lives with the child?"],
         ["Olivia Grant", "Daughter", "02/02/2015", "Yes"],
         ["Kelly Grant", "Mother", "10/10/1985", "Yes"],
         ["Paul Grant", "Father", "not known", "No – lives in Kidderminster"],
         ["Leon Grant", "Uncle", "04/04/1991", "N - 2 Park Lane, Halesowen"]],
    ))
    assert [p.name for p in form.people] == ["Olivia Grant", "Kelly Grant"]
    assert form.level_of_need == 2


def test_current_and_previous_address_a_visitor_and_a_consent_table_with_ages() -> None:
    # Hertfordshire: "Family address (current, when last moved and previous address)", a
    # "Household member or regular visitor" column; Gloucestershire Single Consent form:
    # "Parent / carer or child (aged 12 or over)" among the consent table's headings.
    form = read(build(
        "Request for support", "Date of referral: 12/03/2025",
        ("h", "Family address (current, when last moved and previous address)"),
        [["Current address", "7 Maughan Street, Quarry Bank DY5 3BB"],
         ["Previous address", "22 Fens Pool Avenue, Brierley Hill DY5 1AA"]],
        ("h", "Names and date of birth of all household members and regular visitors"),
        [["Name", "Date of birth", "Relationship", "Household member or regular visitor"],
         ["Stacey Clarke", "08/08/1988", "Mother", "Household"],
         ["Jayden Clarke", "11/11/2011", "Son", "Household"],
         ["Pauline Clarke", "1961", "Maternal grandmother",
          "Regular visitor (lives in Wollaston)"]],
        ("h", "Single Consent form"),
        [["Name", "Parent / carer or child (aged 12 or over)", "I agree", "Signature", "Date"],
         ["Stacey Clarke", "Parent", "Yes", "S Clarke", "11/03/2025"]],
    ))
    assert people(form) == [("Stacey Clarke", dt.date(1988, 8, 8), Role.ADULT, True),
                            ("Jayden Clarke", dt.date(2011, 11, 11), Role.CHILD, False)]
    assert form.address.postcode == "DY5 3BB"


def test_the_person_providing_consent_named_with_the_answer() -> None:
    # Cornwall EHH: "Name of person providing consent ..." answered "Nicola Webb (mother)".
    form = read(build(
        "Early Help Hub request form", "Date of request: 26/08/2025", ("h", "Consent"),
        [["Name of person providing consent (must have parental responsibility)",
          "Nicola Webb (mother), 26/08/2025"]],
        ("h", "Family details"),
        [["Name", "Date of birth", "Relationship"], ["Nicola Webb", "03/03/1990", "Mother"],
         ["Max Webb", "04/04/2016", "Son"]],
        "Address: 4 Ettymore Road, Sedgley DY3 2DE",
    ))
    assert [p.consent.signed for p in form.people] == [True, False]


def test_a_statement_naming_who_agreed_and_then_someone_else() -> None:
    # Brent EHA: "We, ... and Imran Ahmed (aged 15), agree ... Zara has been told about it."
    form = read(build(
        "Early Help Assessment", "Date of assessment: 12/02/2026", ("h", "Family details"),
        [["Name", "Date of birth", "Relationship"], ["Shazia Begum", "30/06/1986", "Mother"],
         ["Imran Ahmed", "20/11/2010", "Son"], ["Zara Ahmed", "04/04/2010", "Daughter"]],
        "Address: 23 Coseley Road, Bilston WV14 9AA",
        ("h", "Consent for information sharing and storage"),
        "We, Shazia Begum and Imran Ahmed (aged 15), agree that the information in this "
        "assessment can be shared. Zara has been told about the assessment.",
    ))
    assert [p.consent.signed for p in form.people] == [True, True, False]


def test_instructions_naming_the_referrer_before_the_parts() -> None:
    # A referral form in Parts 1-5: "Part 1 should be completed by the referrer." first.
    form = read(build(
        "Referral form", "Part 1 should be completed by the referrer.", "PART 1 Basic details",
        [["Child/Young Person's full name:", "Owen James Jeffries"],
         ["Date of Birth:", "06/05/2012"], ["Parent/Carer full name:", "Michelle Jeffries"],
         ["Parent/Carer address:", "15 Brook Street, Quarry Bank DY5 2HT"]],
        "Date: 06/05/2026",
    ))
    assert [(p.name, p.role) for p in form.people] == [("Owen James Jeffries", Role.CHILD),
                                                       ("Michelle Jeffries", Role.ADULT)]


def test_a_level_ticked_in_a_row_after_its_label_and_a_father_not_at_home() -> None:
    # Kirklees MARF: "Level of the CoNR | ☐ Level 2 ☒ Level 3 ☐ Level 4"; a household table's
    # home address "(separated, not at home)".
    form = read(build(
        "Multi-Agency Referral Form (MARF)", "Date of referral: 09/02/2026",
        [["Full Name", "Relationship to child", "DOB", "Home Address"],
         ["Agnieszka Nowak", "Mother", "02/09/1986", "5 Ketley Road, Stourbridge DY9 0QQ"],
         ["Piotr Nowak", "Father", "17/03/1984", "Flat 3, Huddersfield HD1 4DX (separated, "
          "not at home)"],
         ["Kacper Nowak", "Son", "14/02/2015", "5 Ketley Road, Stourbridge DY9 0QQ"]],
        ("h", "Consent"), [["Level of the CoNR", "☐ Level 2 ☒ Level 3 ☐ Level 4"]],
    ))
    assert form.level_of_need == 3
    assert [p.name for p in form.people] == ["Agnieszka Nowak", "Kacper Nowak"]
    assert form.address.postcode == "DY9 0QQ"
    assert not form.postcode_doubt


def test_numbered_rows_dates_of_birth_in_one_box_and_surname_first() -> None:
    # "1 | Ava Hill | D.O.B | ..." rows; "NAME OF CHILD(REN)" with "DATE(S) OF BIRTH";
    # "Name (SURNAME, Forename)"; "Parent signature | J Hill" beside its date.
    numbered = read(build(
        "Early Help Assessment", "Date of assessment: 10/10/2026", ("h", "Children in the family"),
        [["1", "Ava Hill", "D.O.B", "12/03/2015"], ["2", "Sam Hill", "D.O.B", "02/02/2009"]],
        ("h", "Parent/carer"), [["Name (SURNAME, Forename)", "HILL, Jo"], ["DOB", "01/01/1985"]],
        "Address: 4 Elm Walk, Brierley Hill DY5 1AA",
        [["Parent signature", "J Hill", "Date", "10/10/2026"]]))
    assert people(numbered) == [("Ava Hill", dt.date(2015, 3, 12), Role.CHILD, False),
                                ("Sam Hill", dt.date(2009, 2, 2), Role.CHILD, False),
                                ("Jo HILL", dt.date(1985, 1, 1), Role.ADULT, True)]
    boxed = read(build(
        "Early Help Assessment", "Date of assessment: 10/10/2026",
        [["NAME OF CHILD(REN)", "Ava Hill, Sam Hill"],
         ["DATE(S) OF BIRTH", "12/03/2015, 02/02/2009"]],
        "Address: 4 Elm Walk, Brierley Hill DY5 1AA"))
    assert [p.date_of_birth for p in boxed.people] == [dt.date(2015, 3, 12), dt.date(2009, 2, 2)]


def test_stages_ticked_and_a_consent_table_of_yes_and_no() -> None:
    # Waltham Forest MARF: "☐ Stage 1 – Universal ... ☒ Stage 3 – Complex"; a consent table
    # "| Name | Consent obtained? | How / when" answered "☒ Yes ☐ No" / "☐ Yes ☒ No".
    form = read(build(
        "Multi Agency Referral Form (MARF)", "Date: 12/11/2025",
        "Section 2: Staged model of intervention",
        "☐ Stage 1 – Universal ☐ Stage 2 – Vulnerable ☒ Stage 3 – Complex ☐ Stage 4 – Acute",
        "Section 3: Household",
        [["Surname", "First name(s)", "Date of birth", "Relationship"],
         ["BROOKS", "Callum", "20/08/2010", "Brother"],
         ["BROOKS", "Natalie", "09/01/1984", "Mother"]],
        "Home address: Flat 6, Chapel Court, Dudley DY2 0AB", "Section 4: Consent",
        [["", "Name", "Consent obtained?", "How / when"],
         ["Parent / carer", "Natalie Brooks (mother)", "☒ Yes ☐ No", "By telephone, 11/11/2025"],
         ["Young person", "Callum Brooks", "☐ Yes ☒ No", "Not yet asked"]],
    ))
    assert form.level_of_need == 3
    assert [(p.name, p.consent.signed) for p in form.people] == [("Callum BROOKS", False),
                                                                 ("Natalie BROOKS", True)]


def test_a_key_worker_block_a_course_name_and_levels_left_unticked() -> None:
    # Luton step-down "5. Early Help Key Worker | Name | Sophie Turner"; Hampshire "Course
    # name | Talking Teens"; "Tier of need on step down"; levels boxed with none ticked.
    form = read(build(
        "Step Down Request", "Date of step down meeting: 25/09/2025",
        [["Course name", "Talking Teens - 4 week course"]],
        [["Tier of need on step down", "Tier 3 – Multiple Additional Needs"]],
        "2. Household",
        [["Surname", "Forename", "DOB", "Relationship to child"],
         ["Adams", "Tianna", "03/03/2013", "Subject child"]],
        "Address: Flat 2, 17 Horseley Road, Tipton DY4 0RE",
        "5. Early Help Key Worker",
        [["Name", "Sophie Turner", "Service", "Early Intervention"],
         ["Email", "sophie.turner@eip.example", "Telephone", "01632 960 834"]],
    ))
    assert [p.name for p in form.people] == ["Tianna Adams"]
    assert form.level_of_need == 3
    unticked = read(build("Early Help Hub Referral Form", "Date: 14/04/2026",
                          "Level of need (Right Support)",
                          "☐ Level 1. Universal ☐ Level 2. Family Help ☐ Level 3. Specialist",
                          "Address: 21 Ashwood Park, Kingswinford DY6 0LQ"))
    assert unticked.level_of_need is None


def test_who_gave_agreement_answered_after_the_question_mark() -> None:
    # Durham's on-line request receipt: "Who gave agreement? Lauren Atkinson (mum)" and
    # "Name: ... | Date of birth: ... | Relationship: ..." lines.
    form = read(build(
        "EARLY HELP REQUEST FORM", "Agreement with the family",
        "Who gave agreement? Lauren Atkinson (mum)", "Date agreement obtained: 10/03/2026",
        "Other people in the household",
        "Name: Lauren Atkinson | Date of birth: 21/04/1992 | Relationship: Mother",
        "Name: Isla Atkinson | Date of birth: 01/01/2020 | Relationship: Sister",
        "Address: 8 Meadow Rise, Kingswinford DY6 0LQ"))
    assert [(p.name, p.consent.signed) for p in form.people] == [("Lauren Atkinson", True),
                                                                 ("Isla Atkinson", False)]


def test_one_column_per_person_with_lives_at_the_family_address_and_too_young() -> None:
    # Leeds Early Help Request: Person 1-4 columns; "Lives at the family address?" answered
    # "No – lives in Leeds"; a child's consent cell "Too young – views recorded".
    form = read(build(
        "Early Help Request form", "Date: 26/11/2025", ("h", "Family members"),
        [["", "Person 1", "Person 2", "Person 3"],
         ["Name", "Kacper Nowak", "Zofia Nowak", "Piotr Nowak"],
         ["Date of birth", "07/07/2012", "19/03/1988", "05/05/1985"],
         ["Relationship", "Child", "Mother", "Father"],
         ["Lives at the family address?", "Yes", "Yes", "No – lives in Leeds (LS9)"],
         ["Consent to this request (signature)", "Too young – views recorded", "Z. Nowak", ""]],
        [["Family address", "30 Lawnswood Road, Wordsley DY6 7AA"]]))
    assert [(p.name, p.consent.signed) for p in form.people] == [("Kacper Nowak", False),
                                                                 ("Zofia Nowak", True)]


def test_a_meetings_attendance_list_names_professionals_who_are_not_the_household() -> None:
    # Essex TAF notes: "Name | Role / relationship | Present / apologies" lists the family and
    # the practitioners; the TAF Co-ordinator is the lead professional.
    form = read(build(
        "Team Around the Family (TAF) meeting",
        [["TAF Co-ordinator", "Fiona Grant, Family Support Worker", "Co-ordinator email",
          "f.grant@hub.example"], ["Date notes completed", "12 March 2026", "", ""]],
        ("h", "Who lives in the household"),
        [["Name", "Date of birth", "Relationship"], ["Dylan Ellis", "1st July 2011", "Son"],
         ["Karen Ellis", "24th May 1982", "Mother"]],
        "Address: 7 Manor Lane, Halesowen B62 8AA",
        ("h", "1. Welcome, introductions and apologies"),
        [["Name", "Role / relationship", "Present / apologies"],
         ["Karen Ellis", "Mother", "Present"], ["Fiona Grant", "TAF Co-ordinator", "Present"],
         ["Paul Day", "SENCo", "Present"], ["Dr H. Iqbal", "Community Paediatrician", "Apologies"]],
    ))
    assert [p.name for p in form.people] == ["Dylan Ellis", "Karen Ellis"]
    assert (form.lead_professional.name, form.lead_professional.email) == (
        "Fiona Grant", "f.grant@hub.example")


def test_an_age_column_a_month_written_first_and_a_parent_giving_consent() -> None:
    aged = read(build(
        "Early Help Assessment", "Date of assessment: 10/10/2026", ("h", "Family"),
        [["Name", "Age", "Relationship", "Signature"], ["Jo Hill", "41", "Mother", "J Hill"],
         ["Sam Hill", "15", "Son", ""]], "Address: 4 Elm Walk, Brierley Hill DY5 1AA"))
    assert [(p.name, p.consent.signed) for p in aged.people] == [("Jo Hill", True),
                                                                 ("Sam Hill", False)]
    worded = read(build(
        "Early Help Assessment", "Date of assessment: 10/10/2026", ("h", "Family"),
        [["Name", "Date of birth", "Relationship"], ["Jo Hill", "15.03.1985", "Mother"],
         ["Ava Hill", "March 3rd 2016", "Daughter"]],
        "Address: 4 Elm Walk, Brierley Hill DY5 1AA", ("h", "Consent"),
        [["Name of parent/carer giving consent", "Jo Hill"], ["Date", "10/10/2026"]]))
    assert people(worded) == [("Jo Hill", dt.date(1985, 3, 15), Role.ADULT, True),
                              ("Ava Hill", dt.date(2016, 3, 3), Role.CHILD, False)]


def test_dot_leaders_fill_in_lines_and_a_parents_signature_line() -> None:
    for leader in ("..........", "______"):
        form = read(build(
            "Early Help Assessment", "Date of assessment: 10/10/2026",
            f"Child's name{leader} Ava Hill", f"Date of birth{leader} 03/03/2016",
            f"Parent's name{leader} Jo Hill", f"Parent's date of birth{leader} 15/03/1985",
            f"Address{leader} 4 Elm Walk, Brierley Hill", f"Postcode{leader} DY5 1AA",
            "Signed (parent): J Hill  Date: 10/10/2026"))
        assert people(form) == [("Ava Hill", dt.date(2016, 3, 3), Role.CHILD, False),
                                ("Jo Hill", dt.date(1985, 3, 15), Role.ADULT, True)], leader
        assert form.address.postcode == "DY5 1AA"
