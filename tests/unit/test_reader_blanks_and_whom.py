"""Shapes read from the eleventh held-out set and what was left of the tenth (issue 10):
printed fill-in lines, people said to live at home in any answer, a person named under a
label that says only whom, consent tables whose columns are what was agreed. Each test is
built here from the shape of the published form it names; the independent measure is
tests/councils*/."""

from __future__ import annotations

import datetime as dt
from typing import Any

from parsers.form import Form
from parsers.layout import Content, Heading, Pair, Table
from parsers.meaning.interpret import build_form
from parsers.meaning.printed_lines import line_pieces
from parsers.meaning.values import parse_yes_no

D = dt.date


def _form(*blocks: Any) -> Form:
    return build_form(Content(tuple(blocks), title="Referral Form"))


def _people(form: Form) -> list[tuple[str, dt.date | None, bool]]:
    return [(" ".join(p.name.title().split()), p.date_of_birth, p.consent.signed)
            for p in form.people]


def test_each_printed_fill_in_line_keeps_its_own_answer() -> None:
    # Pointers Young Carers Project referral: "Name ___…___ Agency ___…___" on one line.
    assert line_pieces("Name ___Donald Sutherland___ Agency ___Holly Hall Academy___") == [
        "Name ___Donald Sutherland___", "Agency ___Holly Hall Academy___"]
    assert line_pieces("Address ___as above___ Postcode ______ Tel ___07700 900831___") == [
        "Address ___as above___", "Postcode ______", "Tel ___07700 900831___"]
    assert line_pieces("Name ____ Agency ____") == ["Name ____ Agency ____"]  # none filled
    form = _form("Full Name ___Lewis Maciver___",
                 "D.O.B. ___20/10/2010___ Age ___15___",
                 "Referrer Information:",
                 "Name ___Sarah Evans___ Agency ___The Dormston School___",
                 "Job Title ___Designated Safeguarding Lead___ Date ___06/10/2026___")
    assert form.lead_professional.name == "Sarah Evans"


def test_someone_an_answer_says_lives_at_home_is_a_household_member() -> None:
    # Young carers forms: "Who do they help to care for?" answered with a brother at home.
    form = _form(Heading("Young person"), Pair("Full Name", "Lewis Maciver"),
                 Pair("D.O.B.", "20/10/2010"),
                 Pair("Who do they help to care for?",
                      "His brother Finlay Maciver (DOB 15/05/2016, lives at home), autism"),
                 Pair("Is there anyone else they care for?",
                      "Their uncle Rory Maciver (DOB 01/01/1970, lives in Inverness)"))
    names = [p[0] for p in _people(form)]
    assert "Finlay Maciver" in names
    assert "Rory Maciver" not in names


def test_a_bracketed_relationship_may_say_more_before_the_date_of_birth() -> None:
    # A family listed in a message: "Brenda Roberts (maternal grandmother, lives with
    # them), DOB 03/03/1965": she is an adult at home who must consent.
    form = _form("Living in the household:",
                 "- Jade Roberts (mum), DOB 19/05/1998",
                 "- Brenda Roberts (maternal grandmother, lives with them), DOB 03/03/1965",
                 "- Kayden Roberts, DOB 10/10/2019")
    assert ("Brenda Roberts", D(1965, 3, 3), False) in _people(form)


def test_a_label_that_says_only_whom_names_a_person() -> None:
    # ABEL referral form: "Young person | BOOTH, Tyler", "Parent/carer | BOOTH, Sharon (mum)
    # 30/08/1979", each followed by their other answers.
    form = _form(Heading("1. General Information"),
                 Pair("Young person", "BOOTH, Tyler"), Pair("D.O.B.", "11/01/2010"),
                 Pair("Parent/carer", "BOOTH, Sharon (mum) 30/08/1979"),
                 Pair("Others at home", "BOOTH, Alan (grandad) 04/04/1951"))
    people = {p[0]: p[1] for p in _people(form)}
    assert people == {"Tyler Booth": D(2010, 1, 11), "Sharon Booth": D(1979, 8, 30),
                      "Alan Booth": D(1951, 4, 4)}


def test_a_label_that_says_only_whom_is_no_name_itself() -> None:
    form = _form(Pair("Young person", "Mason Whitehouse"), Pair("Date of birth", "02/09/2010"),
                 Pair("Parent/carer", "Not involved"),
                 "Date referral received (scheme use) 10/06/2026")
    assert [p[0] for p in _people(form)] == ["Mason Whitehouse"]


def test_a_table_headed_by_who_lives_at_home_lists_the_household() -> None:
    # ABEL: "Other people living at the home address | Relationship | Date of birth".
    form = _form(Pair("Young person's name", "Mason Whitehouse"),
                 Pair("Date of birth", "02/09/2010"),
                 Table((("Other people living at the home address", "Relationship",
                         "Date of birth"),
                        ("Kelly Whitehouse", "Mother", "19/03/1987"),
                        ("Ruby Whitehouse", "Sister", "25/06/2016"))))
    assert [p[0] for p in _people(form)] == ["Mason Whitehouse", "Kelly Whitehouse",
                                            "Ruby Whitehouse"]


def test_a_consent_table_whose_columns_are_what_was_agreed() -> None:
    # ABEL: "| Permission for this referral has been given | Consent to information being
    # shared | Date" over "Parent/carer | N. Rahman | N. Rahman | 29/09/2026".
    form = _form(Table((("Surname", "First name", "D.O.B.", "Relationship"),
                        ("RAHMAN", "Aisha", "17/12/2012", "Young person"),
                        ("RAHMAN", "Nasreen", "08/02/1984", "Mother"))),
                 Heading("2. Permission"),
                 Table((("", "Permission for this referral has been given",
                         "Consent to information being shared", "Date"),
                        ("Parent/carer", "N. Rahman", "N. Rahman", "29/09/2026"))))
    assert ("Nasreen Rahman", D(1984, 2, 8), True) in _people(form)


def test_an_initial_and_a_surname_is_no_answer_of_no() -> None:
    assert parse_yes_no("N. Rahman") is None
    assert parse_yes_no("Y Patel") is None
    assert parse_yes_no("N") is False
    assert parse_yes_no("No - declined") is False


def test_mum_who_signed_is_the_one_adult_whose_relationship_is_unwritten() -> None:
    # Pointers: "has the parent/guardian consented? Yes/ No — Yes, mum signed our consent
    # slip", the parent named under "Parent/guardian name".
    form = _form(Pair("Full Name", "Callum Macleod"), Pair("D.O.B.", "11/06/2013"),
                 Pair("If they are under 16, has the parent/guardian consented to this "
                      "referral?", "Yes/ No — Yes, mum signed our consent slip on 24/02/2026"),
                 Pair("Parent/guardian name", "Fiona Macleod (DOB 08/10/1986)"))
    assert ("Fiona Macleod", D(1986, 10, 8), True) in _people(form)


def test_a_college_course_level_is_no_level_of_need() -> None:
    form = _form(Pair("Child's name", "Tyler Booth"), Pair("Date of birth", "11/01/2010"),
                 Pair("Reason for referral", "Tyler started a Level 1 course in January and "
                      "has missed 9 of the last 15 sessions."))
    assert form.level_of_need is None


def test_the_organisation_making_the_referral_gives_no_home() -> None:
    form = _form(Heading("Details Of Organisation Making The Referral"),
                 Table((("Organisation", "Windmill Hill Academy", "Address",
                         "Stourbridge Road, Halesowen B63 2UP"),)),
                 Heading("1. General Information"),
                 Table((("Young person's name", "Mason Whitehouse", "Date of birth",
                         "02/09/2010"),
                        ("Home address", "41 Hollybush Lane, Brierley Hill", "Postcode",
                         "DY5 1AA"))))
    assert form.address.postcode == "DY5 1AA"
    assert "Halesowen B63 2UP" not in form.address.lines
