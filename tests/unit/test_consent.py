"""Consent: who must have signed, on which date, and how they are described."""

from __future__ import annotations

import datetime as dt

import pytest

from parsers.form import Consent, FormType, Person, Role
from routing.consent import age_on, missing_consent
from tests.unit.routing_fixtures import CHILD, MOTHER, POLICY, TODAY, form, policy, unsigned

ASSESSED = dt.date(2025, 3, 10)
FOURTEEN_TODAY = dt.date(2011, 3, 10)  # 14th birthday on the assessment date
FOURTEEN_TOMORROW = dt.date(2011, 3, 11)


@pytest.mark.parametrize(("people", "expected"), [
    ((CHILD, MOTHER), ()),
    # A 14th birthday exactly on the assessment date counts; the day before it does not.
    ((unsigned("Kid", FOURTEEN_TODAY, Role.CHILD, "daughter"), MOTHER),
     ("person 1 (child, daughter)",)),
    ((unsigned("Kid", FOURTEEN_TOMORROW, Role.CHILD, "daughter"), MOTHER), ()),
    ((unsigned("Kid", dt.date(2015, 1, 1), Role.CHILD, "son"), MOTHER), ()),
    # Signed 14+ is fine.
    ((Person("Kid", FOURTEEN_TODAY, Role.CHILD, "son", Consent(signed=True)), MOTHER), ()),
    # Adults: by date of birth, or counted as 14+ when it is unknown.
    ((CHILD, unsigned("Mum", dt.date(1990, 1, 1))), ("person 2 (adult, mother)",)),
    ((CHILD, unsigned("Dad", None, relationship="father")), ("person 2 (adult, father)",)),
    # A child with no date of birth gives nothing to go on.
    ((unsigned("Kid", None, Role.CHILD, "son"), MOTHER), ()),
    # An "adult" whose date of birth says 13 is judged by the date.
    ((unsigned("Kid", FOURTEEN_TOMORROW, Role.ADULT, "sibling"), MOTHER), ()),
    # Several, in form order; relationship whitespace tidied, or left out when empty.
    ((unsigned("Mum", None), CHILD, unsigned("Gran", None, relationship=" grand\nmother "),
      unsigned("X", None, relationship="")),
     ("person 1 (adult, mother)", "person 3 (adult, grand mother)", "person 4 (adult)")),
])
def test_missing_consent(people: tuple[Person, ...], expected: tuple[str, ...]) -> None:
    assert missing_consent(form(people=people), POLICY, TODAY) == expected


def test_a_form_of_children_only_cannot_show_the_parents_consent() -> None:
    # A form on which no adult could be read: the parents were most likely missed.
    assert missing_consent(form(people=(CHILD,)), POLICY, TODAY) == (
        "no parent or carer could be read from the form",)


def test_descriptions_never_carry_name_or_date_of_birth() -> None:
    person = unsigned("Jordan Smith", dt.date(1988, 7, 9), relationship="mother")
    (description,) = missing_consent(form(people=(person,)), POLICY, TODAY)
    assert "Jordan" not in description
    assert "1988" not in description


@pytest.mark.parametrize(("assessment_date", "today", "missing"), [
    # The assessment date decides when there is one...
    (ASSESSED, dt.date(2025, 6, 1), ()),
    (dt.date(2025, 3, 11), dt.date(2025, 1, 1), ("person 1 (child, son)",)),
    # ...else today.
    (None, dt.date(2025, 3, 10), ()),
    (None, dt.date(2025, 3, 11), ("person 1 (child, son)",)),
])
def test_age_is_taken_on_the_assessment_date_else_today(
    assessment_date: dt.date | None, today: dt.date, missing: tuple[str, ...]
) -> None:
    kid = unsigned("Kid", FOURTEEN_TOMORROW, Role.CHILD, "son")
    result = missing_consent(form(people=(kid, MOTHER), assessment_date=assessment_date), POLICY,
                             today)
    assert result == missing


@pytest.mark.parametrize(("form_type", "verbal", "missing"), [
    (FormType.INTERNAL_REQUEST, True, ()),
    (FormType.INTERNAL_REQUEST, False, ("person 1 (adult, mother)",)),
    # Verbal consent recorded by the desk only exempts an internal request.
    (FormType.EARLY_HELP_ASSESSMENT, True, ("person 1 (adult, mother)",)),
    (FormType.STEP_DOWN, True, ("person 1 (adult, mother)",)),
])
def test_verbal_consent_on_internal_request(
    form_type: FormType, verbal: bool, missing: tuple[str, ...]
) -> None:
    referral = form(form_type=form_type, verbal_consent_recorded=verbal,
                    people=(unsigned("Mum", None),))
    assert missing_consent(referral, POLICY, TODAY) == missing


def test_consent_age_comes_from_the_policy() -> None:
    kid = unsigned("Kid", dt.date(2013, 3, 10), Role.CHILD, "son")  # 12 on the assessment date
    assert missing_consent(form(people=(kid, MOTHER)), policy(consent_age=12), TODAY) == (
        "person 1 (child, son)",)


@pytest.mark.parametrize(("born", "on", "age"), [
    (dt.date(2011, 3, 10), dt.date(2025, 3, 10), 14),
    (dt.date(2011, 3, 10), dt.date(2025, 3, 9), 13),
    (dt.date(2011, 12, 31), dt.date(2025, 1, 1), 13),
    # Born on 29 February: a year older on 1 March in other years.
    (dt.date(2012, 2, 29), dt.date(2026, 2, 28), 13),
    (dt.date(2012, 2, 29), dt.date(2026, 3, 1), 14),
    (dt.date(2012, 2, 29), dt.date(2024, 2, 29), 12),
])
def test_age_on(born: dt.date, on: dt.date, age: int) -> None:
    assert age_on(born, on) == age
