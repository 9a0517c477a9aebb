"""Shapes read in session 20 (issue 10): a fillable form's grids of boxes each kept in its own
section, a consent table whose consent box is empty or holds the signature, and a "lives
with child" tick left empty beside another's tick. Each test is built here from the shape of
the published form it names; the independent measure is tests/councils*/."""

from __future__ import annotations

import datetime as dt
from typing import Any

from parsers.layout import Heading, Pair, Table
from tests.unit.reader_fixtures import fillable, form_of, people_of

D = dt.date


_form = form_of
_people = people_of
_fillable = fillable


def _grid(page: Any, top: int, headings: tuple[str, ...], rows: list[tuple[str, ...]],
          first: int) -> None:
    for column, heading in enumerate(headings):
        page.drawString(40 + 130 * column, top, heading)
    for row, values in enumerate(rows):
        for column, value in enumerate(values):
            page.acroForm.textfield(name=f"Text{first + 10 * row + column}", value=value,
                                    x=40 + 130 * column, y=top - 24 - 20 * row, width=120,
                                    height=14)


def test_a_fillable_grid_of_people_not_living_in_the_household_is_not_the_household() -> None:
    # Guernsey MASH MARF as a fillable form: "Section 3: Parents / carers and others living in
    # the household" and "Section 4: Significant people not living in the household", each a
    # grid of boxes under printed column headings.
    def draw(page: Any) -> None:
        page.setFont("Helvetica", 9)
        page.drawString(40, 800, "Section 2: Child / young person")
        page.drawString(40, 780, "Postcode")
        page.acroForm.textfield(name="Text1", value="DY8 1AA", x=120, y=776, width=90,
                                height=14)
        page.drawString(40, 740, "Section 3: Parents / carers and others living in the household")
        _grid(page, 720, ("First name", "Surname", "Date of birth", "Relationship to child"),
              [("Sarah", "Mauger", "09/10/1988", "Mother"),
               ("Isla", "Mauger", "04/05/2017", "Self")], 10)
        page.drawString(40, 600, "Section 4: Significant people not living in the household")
        _grid(page, 580, ("Name", "Relationship", "Address / island"),
              [("Mark Mauger", "Father", "St Sampson, Guernsey GY2 4LU")], 60)
        page.drawString(40, 480, "Section 5: Consent")
        page.drawString(40, 460, "Who gave consent?")
        page.acroForm.textfield(name="Text90", value="Sarah Mauger (mother), 13/02/2026",
                                x=160, y=456, width=250, height=14)
    form = _fillable(draw)
    names = [p[0] for p in _people(form)]
    assert "Mark Mauger" not in names
    assert names[:2] == ["Sarah Mauger", "Isla Mauger"] or sorted(names) == [
        "Isla Mauger", "Sarah Mauger"]


def test_an_empty_consent_given_box_is_not_signed_by_the_name_beside_it() -> None:
    # Jersey Request for Service consent grid: "Name | Relationship | Consent given | Date",
    # the young person's row named but their consent box left empty.
    form = _form(Heading("Child's details"), Pair("Name", "Ethan Gallichan"),
                 Pair("Date of birth", "30/01/2011"),
                 Table((("Name", "Date of birth", "Relationship to child"),
                        ("Karen Gallichan", "14/09/1978", "Mother"),
                        ("Ethan Gallichan", "30/01/2011", "Self"))),
                 Heading("Consent"),
                 Table((("Name", "Relationship", "Consent given", "Date"),
                        ("Karen Gallichan", "Mother", "Yes", "19/05/2026"),
                        ("Ethan Gallichan", "Young person", "", ""))))
    assert {n: s for n, _, s in _people(form)} == {"Karen Gallichan": True,
                                                         "Ethan Gallichan": False}


def test_a_consent_column_holding_the_signature_signs_for_the_name_beside_it() -> None:
    # Middlesbrough EHA consent: "Name | I agree to this assessment being shared | Date".
    form = _form(Table((("Name", "Date of birth", "Relationship"),
                        ("Roxanne Bell", "02/02/1990", "Mother"),
                        ("Kai Bell", "03/03/2010", "Son"))),
                 Heading("Consent"),
                 Table((("Name", "I agree to this assessment being shared", "Date"),
                        ("Roxanne Bell", "R. Bell", "09/09/2026"),
                        ("Kai Bell", "", "09/09/2026"))))
    assert {n: s for n, _, s in _people(form)} == {"Roxanne Bell": True, "Kai Bell": False}


def test_a_lives_with_child_box_left_empty_beside_others_ticked_is_someone_elsewhere() -> None:
    # Camden CAF "Parents/carers and other family members": "Name | Relationship | Date of
    # birth | Lives with child | Parental responsibility", a grandmother's box not ticked.
    form = _form(Heading("Details of the child or young person"),
                 Pair("Given name(s)", "Maisie"), Pair("Family name", "Holloway"),
                 Pair("Date of birth", "12/12/2022"), Pair("Postcode", "DY2 9HF"),
                 Heading("Parents/carers and other family members"),
                 Table((("Name", "Relationship", "Date of birth", "Lives with child",
                         "Parental responsibility"),
                        ("Danielle Holloway", "Mother", "07/04/2003", "☒ Yes", "☒ Yes"),
                        ("Pauline Holloway", "Maternal grandmother", "", "☐ Yes", "☐ Yes"))))
    names = [p[0] for p in _people(form)]
    assert "Danielle Holloway" in names
    assert "Pauline Holloway" not in names
    alone = _form(Table((("Name", "Relationship", "Date of birth", "Lives with child"),
                         ("Danielle Holloway", "Mother", "07/04/2003", "☐ Yes"))))
    assert [p[0] for p in _people(alone)] == ["Danielle Holloway"]  # no tick anywhere: kept


def test_a_household_column_a_social_worker_heading_and_people_outside_the_home() -> None:
    # Cheshire West step-down "Forename | Surname | Date of birth | Relationship | Household";
    # Barnet step-down "Social worker" details; Greenwich "Section C – Other important people
    # not living in the home" with their address.
    form = _form(Heading("Family"),
                 Table((("Forename", "Surname", "Date of birth", "Relationship", "Household"),
                        ("Jade", "Pritchett", "09/04/1997", "Mother", "Yes"),
                        ("Harley", "Pritchett", "30/06/2015", "Son", "Yes"),
                        ("Owen", "Rigby", "01/01/1996", "Harley's father", "No – Northwich"))),
                 Pair("Home address", "22 Abbey Road, Lower Gornal, Dudley"),
                 Pair("Postcode", "DY3 1AB"),
                 "Social worker",
                 Table((("Name", "Tom Aldridge", "Team", "Children in Need Team 2"),)),
                 Heading("Section C – Other important people not living in the home"),
                 Table((("Name", "Relationship"), ("Margaret Price", "Paternal grandmother"))),
                 Pair("Address", "Woolwich, London SE18 6HQ"))
    assert [p[0] for p in _people(form)] == ["Jade Pritchett", "Harley Pritchett"]
    assert form.address.postcode == "DY3 1AB"


def test_one_signature_box_signed_by_two_of_one_surname() -> None:
    # Greenwich request for early help: "Parent/carer signature | L Price   A Price".
    form = _form(Table((("Name", "Surname", "Date of birth", "Relationship"),
                        ("Louise", "PRICE", "05/09/1992", "Mother"),
                        ("Ashley", "PRICE", "14/02/1991", "Father"))),
                 Heading("Section E – Family agreement"),
                 Pair("Parent/carer signature", "L Price   A Price"),
                 Pair("Date", "17/03/2026"))
    assert [p[2] for p in _people(form)] == [True, True]


def test_a_fillable_grid_keeps_a_persons_contact_address() -> None:
    # Early Break referral as a fillable form: "Name | Relationship | Contact / address" under
    # "Family", the mother "Does not live with Chelsea - Tipton".
    def draw(page: Any) -> None:
        page.setFont("Helvetica", 9)
        page.drawString(40, 800, "Young person")
        page.drawString(40, 780, "Name")
        page.acroForm.textfield(name="Text1", value="Chelsea Dunn", x=120, y=776, width=120,
                                height=14)
        page.drawString(40, 760, "DOB")
        page.acroForm.textfield(name="Text2", value="30/09/2008", x=120, y=756, width=120,
                                height=14)
        page.drawString(40, 720, "Family")
        _grid(page, 700, ("Name", "Relationship", "Contact / address"),
              [("Lisa Dunn", "Mum", "Does not live with Chelsea - Tipton")], 10)
    assert [p[0] for p in _people(_fillable(draw))] == ["Chelsea Dunn"]


def test_initials_in_one_box_are_the_parents_when_a_child_shares_one() -> None:
    # Tower Hamlets MAST request: "Parent/carer signature | S Rahman   A Rahman" beside
    # Shirin and Abdul Rahman and their son Sami.
    form = _form(Table((("Name", "Date of birth", "Relationship"),
                        ("Shirin Rahman", "04/07/1987", "Mother"),
                        ("Abdul Rahman", "19/03/1980", "Father"),
                        ("Sami Rahman", "28/10/2012", "Son"))),
                 Heading("Consent"),
                 Table((("Parent/carer signature", "Date"), ("S Rahman   A Rahman", "01/03/2026"))))
    assert [p[2] for p in _people(form)] == [True, True, False]


def test_a_previous_address_inside_the_address_is_not_a_second_home() -> None:
    # Home-Start referral: "Address | 4 Greenfield Avenue, Kingswinford (moved 01/06/2026;
    # previous address 15 Enville Street, Stourbridge DY8 1XX) | Postcode | DY6 7AA".
    form = _form(Table((("Name of family", "Cartwright-Ali"),
                        ("Address", "4 Greenfield Avenue, Kingswinford (moved 01/06/2026; "
                                    "previous address 15 Enville Street, Stourbridge DY8 1XX)"),
                        ("Postcode", "DY6 7AA"))),
                 Table((("Name", "Date of birth"), ("Zain Ali", "03/06/2026"))))
    assert form.address.postcode == "DY6 7AA"
    assert not any("postcode uncertain" in w for w in form.warnings)


def test_the_parents_a_referrers_declaration_names_beside_the_referrers_signature() -> None:
    # Home-Start Referrer's Declaration: "I confirm that I have discussed this referral with
    # the parent(s) named below ... they agree to this referral" over "Parent(s) consulted |
    # Sophie Cartwright and Omar Ali | Referrer's signature | L Bradley".
    form = _form(Table((("", "Name", "Relationship to child(ren)"),
                        ("Mother/partner", "Sophie Cartwright", "Mother"),
                        ("Father/partner", "Omar Ali", "Father"))),
                 Heading("Referrer's Declaration"),
                 "I confirm that I have discussed this referral with the parent(s) named below,"
                 " that they understand what Home-Start offers and that they agree to this"
                 " referral.",
                 Table((("Parent(s) consulted", "Sophie Cartwright and Omar Ali",
                         "Referrer's signature", "L Bradley"),
                        ("Print name", "Lucy Bradley", "Date", "09/06/2026"))))
    assert [p[2] for p in _people(form)] == [True, True]


def test_a_spectrum_of_two_need_words_is_not_dudleys_four_levels() -> None:
    # Swansea TAF referral: "Level of need" over "☒ Emerging additional needs ☐ Complex needs".
    form = _form(Table((("Name", "Date of birth"), ("Ffion Evans", "01/02/2015"))),
                 Heading("Level of need"), "☒ Emerging additional needs   ☐ Complex needs")
    assert form.level_of_need is None
    four = _form(Table((("Name", "Date of birth"), ("Ffion Evans", "01/02/2015"))),
                 Heading("Level of need"), "☐ Universal ☒ Additional ☐ Complex ☐ Acute")
    assert four.level_of_need == 2


def test_a_table_as_wide_as_the_family_table_holding_a_dated_answer_is_no_person() -> None:
    # Trafford review: "Graded Care Profile 2" over "Completed | Yes, 01/07/2026 | Areas
    # scoring 4 or 5 | Physical care", after a four-column family table.
    form = _form(Table((("Name", "Date of birth", "Relationship", "Lives at the family address"),
                        ("Lisa Cartwright", "20/01/1980", "Mother", "Yes"))),
                 "Graded Care Profile 2",
                 Table((("Completed", "Yes, 01/07/2026", "Areas scoring 4 or 5",
                         "Physical care (housing, hygiene)"),)))
    assert [p[0] for p in _people(form)] == ["Lisa Cartwright"]


def test_a_referrers_tall_boxes_under_the_family_grid_are_the_referrers() -> None:
    # Reading CSPOA / Warrington request as fillable forms with Text1..TextN: "Your details"
    # after the household grid, its boxes under the grid's columns, each box two lines tall
    # with its label printed level with the box's top.
    def draw(page: Any) -> None:
        page.setFont("Helvetica", 9)
        page.drawString(40, 800, "Child/young person")
        page.drawString(40, 780, "Postcode")
        page.acroForm.textfield(name="Text1", value="DY1 3BY", x=170, y=776, width=90,
                                height=14)
        page.drawString(40, 750, "Parent/carer and others in the household")
        page.drawString(170, 730, "Name")
        page.drawString(300, 730, "Date of birth")
        page.acroForm.textfield(name="Text2", value="Samira Ahmed", x=170, y=706, width=120,
                                height=14)
        page.acroForm.textfield(name="Text3", value="09/12/1995", x=300, y=706, width=120,
                                height=14)
        page.drawString(40, 670, "Your details")
        for row, (label, value) in enumerate((("Name", "Amy Collins"),
                                              ("Email", "amy.collins@housing.example.gov.uk"))):
            top = 650 - 40 * row
            page.drawString(40, top - 8, label)
            page.acroForm.textfield(name=f"Text{10 + row}", value=value, x=170, y=top - 34,
                                    width=250, height=34)
    form = _fillable(draw)
    assert form.lead_professional.name == "Amy Collins"
    assert form.lead_professional.email == "amy.collins@housing.example.gov.uk"
    assert [p[0] for p in _people(form)] == ["Samira Ahmed"]


def test_consent_told_in_the_reasons_for_the_parents_with_whom_the_child_lives() -> None:
    # Inter-Agency Referral: "Name of parents or carers with whom the child(ren) lives" answered
    # "Joanne Ward (mother) and Lee Pearson (mother's partner), 5 Bredon Road ..." and, under
    # "Why are you referring the child(ren)?", "Mum and Lee agreed on 13/04/2026 and signed".
    form = _form(Heading("Names of other household members"),
                 Table((("Last Name", "First Name", "Age/DOB/EDD"),
                        ("WARD", "Tyler", "9 – 02/08/2016"), ("WARD", "Joanne", "35 – 07/05/1990"),
                        ("PEARSON", "Lee", "38 – 21/10/1987"))),
                 Table((("Name of parents or carers with whom the child(ren) lives (give "
                         "address if different from the child):",
                         "Joanne Ward (mother) and Lee Pearson (mother's partner), 5 Bredon "
                         "Road, Amblecote DY9 7AA"),)),
                 Heading("Why are you referring the child(ren)? What has your agency done?"),
                 "Tyler's attendance is 81%; school has held two attendance meetings. Mum and Lee"
                 " agreed on 13/04/2026 and signed the school's consent slip (held in school).")
    assert {n: s for n, _, s in _people(form)} == {"Tyler Ward": False, "Joanne Ward": True,
                                                   "Lee Pearson": True}


def test_the_reason_consent_was_not_sought_is_not_consent() -> None:
    # Richmond SPA: "If not, why not? | Obtaining this consent would place the child at further
    # risk of significant harm: the disclosure is about mum's partner."
    form = _form(Table((("Name", "Date of birth", "Relationship"),
                        ("Sophie Price", "11/11/1996", "Mother"),
                        ("Callum Dyer", "02/09/1992", "Mother's partner"))),
                 Heading("Consent"),
                 Table((("Has consent been obtained?", "☐ Yes ☒ No"),
                        ("If not, why not?", "Obtaining this consent would place the child at "
                         "further risk of significant harm: the disclosure is about mum's "
                         "partner."))))
    assert [p[2] for p in _people(form)] == [False, False]


def test_a_block_per_child_that_starts_with_its_number_and_a_box_two_columns_wide() -> None:
    # Family CAF Form: "Child 1 | Present | ☒ Yes ☐ No | Name | Leon Ward" then "Gender |
    # ☒ Male ☐ Female | (the same box) | Date of birth or EDD | 05/05/2015".
    for wide in ("", "\u2063"):
        form = _form(Heading("Identifying details – Children"),
                     Table((("Child 1", "Present", "☒ Yes ☐ No", "Name", "Leon Ward"),
                            ("Gender", "☒ Male ☐ Female", wide, "Date of birth or EDD",
                             "05/05/2015"))),
                     Heading("Identifying details – Parents / Carers"),
                     Table((("Name", "Date of birth", "Relationship"),
                            ("Tanya Ward", "10/10/1990", "Mother"))))
        assert [(p[0], p[1]) for p in _people(form)] == [("Leon Ward", D(2015, 5, 5)),
                                                         ("Tanya Ward", D(1990, 10, 10))]


def test_a_date_of_birth_in_three_boxes_under_one_merged_heading() -> None:
    # Kinship referral: "Date of birth" merged over dd | mm | yyyy, read once a column.
    form = _form(Table((("Name", "Surname", "Date of birth", "Date of birth", "Date of birth",
                         "Relationship"),
                        ("Shannon", "Kelly", "06", "06", "2011", "Niece"))))
    assert [p[1] for p in _people(form)] == [D(2011, 6, 6)]


def test_fillable_consent_boxes_for_yes_and_for_no() -> None:
    # Kinship: "Carer consents ☒ Yes ☐ No" as two boxes; a MARF's "Have the parents consented
    # to this referral? ☐ Yes ☒ No" as two boxes, the No ticked: no consent.
    people = Table((("Name", "Date of birth", "Relationship"),
                    ("Ryan Kelly", "10/10/2016", "Nephew"),
                    ("Marie Doherty", "03/03/1983", "Aunt (kinship carer)")))
    agreed = _form(people, Heading("Consent"), Pair("Carer consents Yes", "Yes"),
                   Pair("Carer consents No", ""))
    assert [p[2] for p in _people(agreed)] == [False, True]
    refused = _form(people, Heading("Consent"),
                    Pair("Have the parents/carers consented to this referral? Yes", ""),
                    Pair("Have the parents/carers consented to this referral? No", "Yes"))
    assert [p[2] for p in _people(refused)] == [False, False]
