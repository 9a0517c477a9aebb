"""An admin's corrections to a form as read: which fields may be corrected, how a typed
value is checked, and the form with the corrections applied. Pure.

A field is named as in the form's JSON sources: `people.0.name`, `people.0.date_of_birth`,
`people.0.consent` (consent seen by the admin), `address.postcode`.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable
from dataclasses import dataclass, replace

from parsers.form import Consent, Form, Person
from routing.postcode import is_valid_format, normalise

_FIELD = re.compile(r"^(?:people\.(\d{1,2})\.(name|date_of_birth|consent)|address\.postcode)$")
CONSENT_SEEN = "seen by an admin"  # the evidence shown for a consent an admin has seen
MAX_NAME = 200


class CorrectionError(ValueError):
    """The correction cannot be made; the message says why, for the admin."""


@dataclass(frozen=True)
class Correction:
    field: str  # e.g. "people.1.date_of_birth"
    value: str  # as stored: a name, an ISO date, "yes" for consent seen, a postcode


def checked(field: str, typed: str, *, people: int, today: dt.date) -> Correction:
    """The correction as it will be stored, or CorrectionError saying what is wrong;
    `people` is how many people the form has."""
    match = _FIELD.match(field)
    if match is None:
        raise CorrectionError(f"'{field}' cannot be corrected here")
    if match.group(1) is not None and int(match.group(1)) >= people:
        raise CorrectionError("that person is not on the form")
    kind = match.group(2) or "postcode"
    return Correction(field, _value(kind, typed.strip(), today))


def _value(kind: str, typed: str, today: dt.date) -> str:
    if kind == "name":
        if not typed or len(typed) > MAX_NAME:
            raise CorrectionError("Enter the person's name as written on the form")
        return typed
    if kind == "date_of_birth":
        return _birth_date(typed, today).isoformat()
    if kind == "consent":
        return "yes"
    postcode = normalise(typed)
    if postcode is None or not is_valid_format(postcode):
        raise CorrectionError("Enter a real UK postcode, like DY1 1AA")
    return postcode


def _birth_date(typed: str, today: dt.date) -> dt.date:
    for pattern in ("%Y-%m-%d", "%d/%m/%Y", "%d-%m-%Y", "%d.%m.%Y"):
        try:
            born = dt.datetime.strptime(typed, pattern).date()
        except ValueError:
            continue
        if born > today or born.year < today.year - 120:
            raise CorrectionError("The date of birth must be a real date in the past")
        return born
    raise CorrectionError("Enter the date of birth as day/month/year, like 09/03/2016")


def corrected(form: Form, corrections: Iterable[Correction]) -> Form:
    """The form with each correction applied in order (a later one wins)."""
    for correction in corrections:
        form = _apply(form, correction)
    return form


def _apply(form: Form, correction: Correction) -> Form:
    match = _FIELD.match(correction.field)
    if match is None or match.group(1) is None:
        return replace(form, address=replace(form.address, postcode=correction.value),
                       postcode_doubt="")  # the admin has read the home postcode
    index = int(match.group(1))
    if index >= len(form.people):
        return form
    people = list(form.people)
    people[index] = _person(people[index], match.group(2), correction.value)
    return replace(form, people=tuple(people))


def _person(person: Person, part: str, value: str) -> Person:
    if part == "name":
        return replace(person, name=value)
    if part == "date_of_birth":
        return replace(person, date_of_birth=dt.date.fromisoformat(value),
                       date_of_birth_unreadable=False)
    return replace(person, consent=Consent(True, person.consent.date, CONSENT_SEEN))
