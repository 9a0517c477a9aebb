"""Consent check (ARCHITECTURE.md, "Contracts and rules"). Pure."""

from __future__ import annotations

import datetime as dt

from parsers.form import Form, FormType, Person, Role
from routing.policy import RoutingPolicy

_UNREADABLE = ": date of birth unreadable, may be 14 or over"
NOBODY_READ = "no household members could be read from the form"
NO_ADULT_READ = "no parent or carer could be read from the form"


def missing_consent(form: Form, policy: RoutingPolicy, today: dt.date) -> tuple[str, ...]:
    """Household members old enough to consent whose consent is not signed.

    Age is taken on the form's assessment date, else `today`; a person reaches an age
    on their birthday (born 29 February: on 1 March in other years). An adult with an
    unknown date of birth counts as old enough; a child with one does not (nothing to
    go on), unless a date was written that could not be read: then they may be 14 or
    over, and the entry says so. An internal request whose desk recorded verbal consent
    needs no signatures. A form on which nobody could be read, or no adult, cannot show
    consent: one entry says so. Each entry describes the person by position, role and
    relationship, e.g. "person 2 (adult, mother)": never the name or date of birth, as
    reasons are logged.
    """
    if form.form_type is FormType.INTERNAL_REQUEST and form.verbal_consent_recorded:
        return ()
    if not form.people:
        return (NOBODY_READ,)  # consent cannot be checked: never routed as if it were given
    if not any(p.role is Role.ADULT for p in form.people):
        return (NO_ADULT_READ,)  # the parents were most likely not read: never routed
        # as if they had consented
    on = form.assessment_date or today
    return tuple(
        describe(number, person) + (_UNREADABLE if person.date_of_birth_unreadable else "")
        for number, person in enumerate(form.people, start=1)
        if needs_consent(person, policy.consent_age, on) and not person.consent.signed
    )


def needs_consent(person: Person, consent_age: int, on: dt.date) -> bool:
    """True if the person is `consent_age` or older on that date (see missing_consent)."""
    if person.date_of_birth is None:
        return person.role is Role.ADULT or person.date_of_birth_unreadable
    return age_on(person.date_of_birth, on) >= consent_age


def age_on(born: dt.date, on: dt.date) -> int:
    """Whole years from `born` to `on`; the birthday itself counts."""
    before_birthday = (on.month, on.day) < (born.month, born.day)
    return on.year - born.year - int(before_birthday)


def describe(number: int, person: Person) -> str:
    """"person 2 (adult, mother)": position in the form, role and relationship only."""
    relationship = " ".join(person.relationship.split())
    parts = [person.role.value] + ([relationship] if relationship else [])
    return f"person {number} ({', '.join(parts)})"
