"""Shapes read in session 21 (issue 10): a young carer's agreement, a consent statement that
says in another sentence who has not been asked, a relationship written after the date of
birth, an adopter's signature, and a request for service's "First name and surname,
professional title". Each test is built here from the shape of the published form it
names; the independent measure is tests/councils*/."""

from __future__ import annotations

import datetime as dt

from parsers.layout import Heading, Pair, Table
from tests.unit.reader_fixtures import form_of, people_of

D = dt.date
_HOUSEHOLD = Table((("Name", "Date of birth", "Relationship"),
                    ("Maisie Holt", "10/03/2014", "Young carer"),
                    ("Dawn Holt", "02/11/1985", "Mum")))


def test_a_young_carer_who_agrees_is_the_young_persons_consent() -> None:
    # Carers Bucks: "Young carer aware of and agrees to the referral? ☒ Yes" beside the
    # parent's signature; the young carer is not a parent for having "carer" in the name.
    form = form_of(_HOUSEHOLD, Heading("Consent"),
                   Pair("Young carer aware of and agrees to the referral?", "☒ Yes ☐ No"),
                   Pair("Parent / Guardian signature", "Dawn Holt"))
    assert [p[2] for p in people_of(form)] == [True, True]
    unaware = form_of(_HOUSEHOLD, Heading("Consent"),
                      Pair("Young carer aware of and agrees to the referral?", "☐ Yes ☒ No"),
                      Pair("Parent / Guardian signature", "Dawn Holt"))
    assert [p[2] for p in people_of(unaware)] == [False, True]


def test_a_sentence_that_says_who_has_not_been_asked_leaves_the_others_consent() -> None:
    # Dundee request for assistance typed into a message: "Verbal consent from mum (...).
    # Dad has not been asked yet" is mum's consent, not dad's.
    lines = ("PARENTS (both live at the home address)",
             "Lorraine Petrie, DOB 02/02/1982 - mum", "Graham Petrie, DOB 10/10/1980 - dad",
             "CONSENT")
    said = ("Verbal consent from mum (Lorraine Petrie) on 19/11/2026. Dad has not been asked "
            "yet - mum would prefer to tell him herself.")
    form = form_of(*lines, said)
    assert [(p.relationship, p.consent.signed) for p in form.people] == [
        ("mum", True), ("dad", False)]
    withdrawn = form_of(*lines, "Mum agreed on 19/11/2026. She has since withdrawn consent.")
    assert [p.consent.signed for p in withdrawn.people] == [False, False]


def test_an_adopters_signature_in_a_contract_of_engagement() -> None:
    # Family Futures: "Section 5 – Contract of engagement" | "Adopter(s) signature".
    form = form_of(Table((("Surname", "First name(s)", "Date of birth", "Relationship"),
                          ("BIRCH", "Joanne", "05/05/1975", "Adoptive mother"),
                          ("BIRCH", "Tia", "20/12/2012", "Adopted daughter"))),
                   "Section 5 – Contract of engagement",
                   Table((("Adopter(s) signature", "Joanne Birch", "Date", "17/11/2026"),)))
    assert [p[2] for p in people_of(form)] == [True, False]


def test_a_request_for_services_referrer_by_name_and_professional_title() -> None:
    # Safeguarding Children Request for Service / Referral Form guidance.
    form = form_of(Heading("Request for Service/Referral From"),
                   Table((("First name and surname, professional title", "Dr Helen Adair, GP"),
                          ("Agency", "Quarry Bank Medical Centre"))),
                   Heading("Child's Name"),
                   Table((("Child's Name", "DOB"), ("Oliwia Kowal", "04/04/2014"))))
    assert form.lead_professional.name == "Helen Adair"
    assert [p[0] for p in people_of(form)] == ["Oliwia Kowal"]
