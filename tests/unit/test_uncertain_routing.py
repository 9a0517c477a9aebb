"""What the extractor is unsure of never routes: doubtful postcodes and unreadable dates of
birth of members who may be 14 or over go to the queue with a plain reason."""

from __future__ import annotations

import datetime as dt
import io
from collections.abc import Sequence
from dataclasses import replace

import docx
import pytest

from parsers.form import Consent, Form, FormType, Person, Role
from parsers.layout import Content, Heading, Table
from parsers.meaning.interpret import build_form
from parsers.pdf.reader import extract_pdf
from parsers.results import MailExtraction
from parsers.word.docx import extract_docx
from routing.decide import decide
from routing.decision import Decision, Outcome, ReasonCode
from tests.corpus.families import FAMILIES
from tests.corpus.pdf_layouts import acro_tooltips
from tests.corpus.written import Written
from tests.unit.routing_fixtures import CHILD, MOTHER, POLICY, TODAY, form, mail


def _decide(main: Form) -> Decision:
    return decide(mail(), MailExtraction(forms=(main,)), POLICY, received_in="secure",
                  today=TODAY)


def _sibling(*, unreadable: bool, signed: bool = False) -> Person:
    return Person("Alex Example", None, Role.CHILD, "brother", Consent(signed=signed),
                  date_of_birth_unreadable=unreadable)


def test_unreadable_birth_date_of_an_unsigned_member_is_consent_missing() -> None:
    decision = _decide(form(people=(CHILD, MOTHER, _sibling(unreadable=True))))
    assert decision.outcome is Outcome.EXCEPTION
    assert [str(r) for r in decision.reasons] == [
        "consent_missing:person 3 (child, brother): date of birth unreadable, may be 14 or over"]


@pytest.mark.parametrize("sibling", [_sibling(unreadable=True, signed=True),
                                     _sibling(unreadable=False)],
                         ids=["signed anyway", "no date written"])
def test_members_who_cannot_matter_still_route(sibling: Person) -> None:
    decision = _decide(form(people=(CHILD, MOTHER, sibling)))
    assert (decision.outcome, decision.cluster) == (Outcome.ROUTED, "brierley_hill")


def test_a_doubtful_postcode_never_gives_a_cluster() -> None:
    doubt = "postcode uncertain: the address and the postcode box differ"
    decision = _decide(form(postcode_doubt=doubt))  # DY5 1AB alone routes to brierley_hill
    assert (decision.outcome, decision.cluster) == (Outcome.EXCEPTION, None)
    assert [r.code for r in decision.reasons] == [ReasonCode.FORM_UNCLEAR]
    assert decision.reasons[0].detail == f"{doubt}: check which is the child's home"
    assert "DY5" not in str(decision.reasons[0])


def _docx(pairs: Sequence[Sequence[str]], family: Sequence[Sequence[str]]) -> bytes:
    document = docx.Document()
    document.add_heading("Early Help Assessment", 0)
    for rows in (pairs, family):
        table = document.add_table(rows=len(rows), cols=len(rows[0]))
        for row, values in zip(table.rows, rows, strict=True):
            for cell, value in zip(row.cells, values, strict=True):
                cell.text = value
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


_FAMILY = [("Name", "Date of birth", "Relationship", "Signature"),
           ("Sam Example", "01/05/2018", "Son", ""),
           ("Jo Example", "03/02/1990", "Mother", "Jo Example")]


@pytest.mark.parametrize(("postcode", "address", "doubt"), [
    ("DY5 1AA / DY8 1AA", "1 High Street", "more than one postcode in the postcode box"),
    ("DY5 1AA", "1 High Street, Stourbridge DY8 1AA", "the address and the postcode box differ"),
    ("", "Mum: 1 High Street DY5 1AA; Dad: 2 Low Street DY8 1AA",
     "more than one postcode in the address"),
])
def test_two_postcodes_on_a_form_go_to_the_queue(postcode: str, address: str,
                                                 doubt: str) -> None:
    read = extract_docx("f.docx", _docx([("Date of assessment", "10/03/2025"),
                                         ("Address", address), ("Postcode", postcode)], _FAMILY))
    assert isinstance(read, Form)
    assert read.postcode_doubt == f"postcode uncertain: {doubt}"
    assert read.postcode_doubt in read.warnings
    assert _decide(read).cluster is None


def test_the_same_postcode_twice_is_no_doubt() -> None:
    read = extract_docx("f.docx", _docx([("Date of assessment", "10/03/2025"),
                                         ("Address", "1 High Street, Brierley Hill, dy51aa"),
                                         ("Postcode", "DY5 1AA")], _FAMILY))
    assert isinstance(read, Form)
    assert (read.postcode_doubt, read.address.postcode) == ("", "DY5 1AA")


@pytest.mark.parametrize(("written", "relationship", "reason"), [
    ("sometime in 2009", "Brother", "person 3 (child, Brother): date of birth unreadable"),
    ("12/11/38", "Grandmother", "person 3 (adult, Grandmother): date of birth unreadable"),
])
def test_unreadable_birth_dates_read_from_a_form_go_to_the_queue(
        written: str, relationship: str, reason: str) -> None:
    family = [*_FAMILY, ("Pat Example", written, relationship, "")]
    read = extract_docx("f.docx", _docx([("Date of assessment", "10/03/2025"),
                                         ("Postcode", "DY5 1AB")], family))
    assert isinstance(read, Form)
    assert read.people[2].date_of_birth is None
    assert read.people[2].date_of_birth_unreadable
    assert "date of birth unreadable for person 3" in read.warnings
    decision = _decide(read)
    assert decision.outcome is Outcome.EXCEPTION
    assert [str(r) for r in decision.reasons] == [
        f"consent_missing:{reason}, may be 14 or over"]


def test_an_unborn_baby_due_after_the_assessment_keeps_its_date() -> None:
    family = [*_FAMILY, ("Baby Example", "EDD 01/06/2025", "Unborn sibling", "")]
    read = extract_docx("f.docx", _docx([("Date of assessment", "10/03/2025"),
                                         ("Postcode", "DY5 1AB")], family))
    assert isinstance(read, Form)
    assert read.people[2].date_of_birth == dt.date(2025, 6, 1)
    assert _decide(read).outcome is Outcome.ROUTED


def test_pdf_forms_carry_the_doubt_too() -> None:
    spec = replace(FAMILIES[0].spec, postcode_as_written="DY5 1AA or DY8 1AA")
    read = extract_pdf("f.pdf", acro_tooltips(Written(spec, style=0, labels=0)))
    assert isinstance(read, Form)
    assert read.postcode_doubt
    assert _decide(read).cluster is None


def test_a_form_on_which_nobody_was_read_cannot_show_consent() -> None:
    decision = _decide(form(people=()))
    assert decision.outcome is Outcome.EXCEPTION
    assert [str(r) for r in decision.reasons] == [
        "consent_missing:no household members could be read from the form"]


def test_an_internal_request_with_verbal_consent_needs_nobody_read() -> None:
    request = form(people=(), form_type=FormType.INTERNAL_REQUEST, verbal_consent_recorded=True)
    assert _decide(request).outcome is Outcome.ROUTED


@pytest.mark.parametrize(("signed_by", "held_back"), [("I Hussain", True), ("A. Khan", False)],
                         ids=["the family's surname", "a practitioner"])
def test_a_signature_with_the_familys_surname_that_matches_nobody_read_is_held_back(
        signed_by: str, held_back: bool) -> None:
    # Stoke-on-Trent whole-family EHA: a father read nowhere else signed the agreement.
    read = build_form(Content((
        Table((("Name", "Date of birth", "Relationship"), ("Zainab Hussain", "12/05/1986",
                                                           "Mother"))),
        Table((("Address", "33 Swan Street, Dudley", "Postcode", "DY5 1AB"),)),
        Heading("Agreement to share information"),
        Table((("Name", "Signature", "Date"), ("Zainab Hussain", "Z Hussain", "12/03/2026"),
               (signed_by, signed_by, "12/03/2026"))))))
    decision = _decide(read)
    assert (decision.outcome is Outcome.EXCEPTION) is held_back
    assert [r.code for r in decision.reasons] == ([ReasonCode.FORM_UNCLEAR] if held_back else [])
