"""Every item of the labelled corpus (tests/corpus) reads as labelled, one test per layout
and family: people, dates, consent, address, lead professional, level and type."""

from __future__ import annotations

from functools import cache

import pytest

from parsers.files import extract_mail
from parsers.form import Form
from parsers.mail.message import Attachment, ParsedMail
from parsers.results import MailExtraction
from tests.corpus.layouts import Case, corpus

CASES = corpus()
FORMS = [c for c in CASES if c.spec is not None]
DOCUMENTS = [c for c in CASES if c.spec is None]


@cache  # each case is read once and checked by several tests
def read(case: Case) -> MailExtraction:
    files = tuple(Attachment(name, "application/octet-stream", data)
                  for name, data in case.attachments)
    mail = ParsedMail(message_id="<m@school.example>", subject="Referral",
                      sender="a@school.example", sender_name="", to=(), date="", headers=(),
                      text_body="", html_body="", attachments=files)
    return extract_mail(mail)


def main_form(case: Case) -> Form:
    extraction = read(case)
    assert extraction.unreadable == ()
    assert extraction.forms, f"no form read from {case.filename}"
    return extraction.forms[0]


def test_the_corpus_is_large_and_varied() -> None:
    assert len(FORMS) >= 40
    assert {c.filename.rsplit(".", 1)[1] for c in FORMS} == {"docx", "pdf"}
    assert {c.kind for c in CASES} == {"early_help_assessment", "internal_request", "step_down",
                                       "step_down_plan", "supporting"}


@pytest.mark.parametrize("case", FORMS, ids=[c.name for c in FORMS])
def test_people(case: Case) -> None:
    assert case.spec is not None
    form = main_form(case)
    assert [(p.name, p.date_of_birth, p.role, p.relationship) for p in form.people] == [
        (p.name, p.dob, p.role, p.relationship) for p in case.spec.people]


@pytest.mark.parametrize("case", FORMS, ids=[c.name for c in FORMS])
def test_consent(case: Case) -> None:
    assert case.spec is not None
    form = main_form(case)
    assert [(p.consent.signed, p.consent.date) for p in form.people] == [
        (p.signed, p.consent_date) for p in case.spec.people]
    assert form.verbal_consent_recorded is bool(case.spec.verbal_consent)


@pytest.mark.parametrize("case", FORMS, ids=[c.name for c in FORMS])
def test_home_lead_and_level(case: Case) -> None:
    spec = case.spec
    assert spec is not None
    form = main_form(case)
    assert (form.address.lines, form.address.postcode) == (spec.address_lines, spec.postcode)
    assert form.lead_professional == spec.lead
    assert (form.level_of_need, form.assessment_date) == (spec.level, spec.assessment_date)
    assert form.risk_of_significant_harm is spec.risk_of_significant_harm
    assert form.form_type.value == case.kind
    assert form.postcode_doubt == ""


@pytest.mark.parametrize("case", FORMS, ids=[c.name for c in FORMS])
def test_warnings_only_for_what_is_unsure(case: Case) -> None:
    assert main_form(case).warnings == case.warnings


@pytest.mark.parametrize("case", DOCUMENTS, ids=[c.name for c in DOCUMENTS])
def test_plans_and_letters_are_classified_not_read_as_forms(case: Case) -> None:
    extraction = read(case)
    assert extraction.forms == ()
    assert [d.kind.value for d in extraction.documents] == [case.kind]
