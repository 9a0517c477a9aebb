"""Readings admins have corrected before, on forms laid out the same way (the same
layout fingerprint), read at the same place. Pure: the rules come from the store.

A rule whose corrections all changed the value in one way that does not depend on the
family (`Reading`: a date of birth's day and month swapped, a name's surname moved from
first to last) reads the next such form that way: the value's source says it was read
by a learned rule from N corrections. So does a rule whose corrections each gave a value
written at one other place on the form (`READ_ELSEWHERE`: the home postcode in the
family's block where the reader took the referrer's; a consent recorded in a field or
table the reader did not read): the next such form is read from that place (`Form.seen`).
A rule that cannot read it (its corrections were the family's own values, or disagree,
or this form's value cannot be read that way: nothing at the learned place, or two
postcodes there, or a "no") holds a routed decision in the queue (`form_unclear`) with a
plain reason. A learned rule never routes a form whose reading conflicts.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from dataclasses import dataclass, replace
from enum import StrEnum

from parsers.form import Consent, Form, Person, Role, Seen, SeenKind
from routing.decision import Decision, Outcome, Reason, ReasonCode

FIELD_NAMES = {"address.postcode": "home postcode", "name": "name",
               "date_of_birth": "date of birth", "consent": "consent"}
ADULT_AGE = 18  # the reader's roles: a household member of 18 or over is an adult
_LEARNED = re.compile(r"^(?P<at>.*) \(read by a learned rule from \d+ corrections\)$")


class Reading(StrEnum):
    """How admins corrected one reading, when it does not depend on the family."""

    DAY_MONTH_SWAPPED = "day_month_swapped"  # read 2016-03-04, right 2016-04-03
    SURNAME_LAST = "surname_last"  # read "Hughes Ethan", right "Ethan Hughes"
    READ_ELSEWHERE = "read_elsewhere"  # the right value is written at the rule's `places`


MIXED = "mixed"  # a rule's corrections changed the value in different ways (or none)


@dataclass(frozen=True)
class CorrectedReading:
    """A field of this form read where admins corrected it `times` times before, which
    the rule cannot read for them; `why`: what stops it ("" : the corrections were the
    families' own values)."""

    field: str  # "address.postcode", "people.1.date_of_birth"
    read_from: str  # the reader's source, e.g. "table 1, row 3"
    times: int
    why: str = ""


@dataclass(frozen=True)
class LearnedRule:
    """A rule as routing reads it: `reading` a `Reading` value, else it holds the form."""

    field: str
    read_from: str  # "" : the reader read no value there (a consent it did not see)
    corrections: int
    reading: str
    places: tuple[str, ...] = ()  # READ_ELSEWHERE: where every correction's value was seen


@dataclass(frozen=True)
class ReadByRules:
    form: Form
    read: tuple[str, ...] = ()  # fields a rule read
    doubts: tuple[CorrectedReading, ...] = ()  # readings rules distrust and cannot read


def how_corrected(field: str, before: str, after: str) -> str:
    """The `Reading` that turns `before` into `after`, or MIXED when none does."""
    kind = field.rpartition(".")[2]
    if kind == "date_of_birth" and before and _swapped(_date(before)) == _date(after) \
            and before != after:
        return Reading.DAY_MONTH_SWAPPED.value
    if kind == "name" and len(words := before.split()) > 1 \
            and [w.lower() for w in [*words[1:], words[0]]] == after.lower().split():
        return Reading.SURNAME_LAST.value
    return MIXED


def places_seen(field: str, value: str, seen: Sequence[Seen], name: str = "") -> tuple[str, ...]:
    """Where on the form the value an admin gave for `field` is written: the postcode's
    places, or the places recording the consent of the person named `name` (a yes, or
    their name); a rule may learn to read there."""
    if field == "address.postcode":
        places = [s.place for s in seen if s.kind is SeenKind.POSTCODE and s.text == value]
    elif field.endswith(".consent"):
        places = [s.place for s in seen if s.kind is SeenKind.CONSENT and _affirms(s, name)]
    else:
        places = []
    return tuple(dict.fromkeys(places))


def read_with_rules(form: Form, rules: Sequence[LearnedRule]) -> ReadByRules:
    """The form with each rule that applies read into it; the rest as doubts."""
    read: list[str] = []
    doubts: list[CorrectedReading] = []
    for rule in rules:
        if form.source(rule.field) != rule.read_from or _consented(form, rule.field):
            continue
        if rule.reading == Reading.READ_ELSEWHERE:
            found, why = _read_elsewhere(form, rule)
        else:
            person, why = _person(form, rule)
            found = None if person is None else _with_person(form, rule, person)
        if found is None:
            doubts.append(CorrectedReading(rule.field, rule.read_from, rule.corrections, why))
            continue
        form = found
        read.append(rule.field)
    return ReadByRules(form, tuple(read), tuple(doubts))


def _consented(form: Form, field: str) -> bool:
    """A consent the reader read as given: no rule is needed."""
    person = _indexed(form, field)
    return field.endswith(".consent") and person is not None and person.consent.signed


def _indexed(form: Form, field: str) -> Person | None:
    index = field.split(".")[1] if field.startswith("people.") else ""
    return form.people[int(index)] if index.isdigit() and int(index) < len(form.people) \
        else None


def _read_elsewhere(form: Form, rule: LearnedRule) -> tuple[Form | None, str]:
    """The form with the value read at the rule's places, or None and why not."""
    where = " or ".join(rule.places)
    if rule.field == "address.postcode":
        found = {s.text: s.place for s in form.seen
                 if s.kind is SeenKind.POSTCODE and s.place in rule.places}
        if len(found) != 1:
            return None, (f"{where} gives {'no' if not found else 'more than one'} postcode "
                          "on this form")
        postcode, place = next(iter(found.items()))
        return _sourced(replace(form, address=replace(form.address, postcode=postcode)),
                        rule, place), ""
    person = _indexed(form, rule.field)
    if person is None or not rule.field.endswith(".consent"):
        return None, "the person is not on this form"
    at = [s for s in form.seen if s.kind is SeenKind.CONSENT and s.place in rule.places]
    if any(_against(s, form, person) for s in at):
        return None, f"{where} says no, or names someone else, on this form"
    given = [s for s in at if _affirms(s, person.name)]
    if not given:
        return None, f"{where} records no consent on this form"
    consent = Consent(True, person.consent.date, "read by a learned rule")
    form = _replaced(form, rule.field, replace(person, consent=consent))
    return _sourced(form, rule, given[0].place), ""


def _affirms(seen: Seen, name: str) -> bool:
    """A consent answer that says yes, or names the person (their first name)."""
    if seen.answer is not None:
        return seen.answer
    first = name.split()[0].casefold() if name.split() else ""
    return len(first) > 1 and first in re.findall(r"[\w'-]+", seen.text.casefold())


def _against(seen: Seen, form: Form, person: Person) -> bool:
    """A "no", or a name of another household member and not this person's."""
    if seen.answer is False:
        return True
    named = replace(seen, answer=None)
    return not _affirms(named, person.name) and any(
        _affirms(named, p.name) for p in form.people if p is not person)


def _replaced(form: Form, field: str, person: Person) -> Form:
    index = int(field.split(".")[1])
    return replace(form, people=(*form.people[:index], person, *form.people[index + 1:]))


def _sourced(form: Form, rule: LearnedRule, place: str) -> Form:
    source = learned_source(place, rule.corrections)
    kept = tuple((k, v) for k, v in form.sources if k != rule.field)
    return replace(form, sources=(*kept, (rule.field, source)))


def learned_source(read_from: str, corrections: int) -> str:
    return f"{read_from} (read by a learned rule from {corrections} corrections)"


def read_at(source: str) -> str | None:
    """Where the reader read a value a learned rule read (None: no rule read it)."""
    found = _LEARNED.match(source)
    return found["at"] if found else None


def _person(form: Form, rule: LearnedRule) -> tuple[Person | None, str]:
    """The person with the value read by the rule, or None and why not."""
    _, index, part = [*rule.field.split("."), "", ""][:3]
    if rule.reading not in set(Reading) or not index.isdigit():
        return None, ""
    person = form.people[int(index)] if int(index) < len(form.people) else None
    if person is None:
        return None, "the person is not on this form"
    if rule.reading == Reading.SURNAME_LAST and part == "name":
        words = person.name.split()
        if len(words) < 2:
            return None, "this name is one word"
        return replace(person, name=" ".join([*words[1:], words[0]])), ""
    if rule.reading == Reading.DAY_MONTH_SWAPPED and part == "date_of_birth":
        return _born(person, form.assessment_date)
    return None, ""


def _born(person: Person, on: dt.date | None) -> tuple[Person | None, str]:
    swapped = _swapped(person.date_of_birth) if not person.date_of_birth_unreadable else None
    if swapped is None:
        return None, "this date cannot be read with its day and month swapped"
    if on is not None and (swapped > on or _role(swapped, on) is not person.role):
        return None, "read so, it does not fit the person's role and the form's date"
    return replace(person, date_of_birth=swapped), ""


def _role(born: dt.date, on: dt.date) -> Role:
    age = on.year - born.year - ((on.month, on.day) < (born.month, born.day))
    return Role.ADULT if age >= ADULT_AGE else Role.CHILD


def _with_person(form: Form, rule: LearnedRule, person: Person) -> Form:
    return _sourced(_replaced(form, rule.field, person), rule, rule.read_from)


def _date(text: str) -> dt.date | None:
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        return None


def _swapped(day: dt.date | None) -> dt.date | None:
    if day is None or day.day > 12:
        return None
    try:
        return day.replace(month=day.day, day=day.month)
    except ValueError:
        return None


def held_back(decision: Decision, readings: Sequence[CorrectedReading]) -> Decision:
    """The decision, or (when routed on a corrected reading) the same form in the queue."""
    if decision.outcome is not Outcome.ROUTED or not readings:
        return decision
    reasons = tuple(Reason(ReasonCode.FORM_UNCLEAR, _detail(r)) for r in readings)
    return replace(decision, outcome=Outcome.EXCEPTION, reasons=reasons)


def _detail(reading: CorrectedReading) -> str:
    read = f"read at {reading.read_from}" if reading.read_from else "the reader did not read"
    said = (f"admins corrected the {field_name(reading.field)} {read} "
            f"on {reading.times} forms laid out like this one")
    if reading.why:
        said += f"; a rule learned from them reads it otherwise, but {reading.why}"
    return f"{said}: check it"


def field_name(field: str) -> str:
    """'people.1.date_of_birth' -> 'person 2's date of birth'."""
    if field in FIELD_NAMES:
        return FIELD_NAMES[field]
    _, index, part = field.split(".", 2) if field.count(".") == 2 else ("", "0", field)
    return f"person {int(index) + 1}'s {FIELD_NAMES.get(part, part)}"
