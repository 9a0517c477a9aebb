"""Readings admins have corrected before, on forms laid out the same way (the same
layout fingerprint), read at the same place. Pure: the rules come from the store.

A rule whose corrections all changed the value in one way that does not depend on the
family (`Reading`: a date of birth's day and month swapped, a name's surname moved from
first to last) reads the next such form that way: the value's source says it was read
by a learned rule from N corrections. A rule that cannot read it (its corrections were
the family's own values, or disagree, or this form's value cannot be read that way)
holds a routed decision in the queue (`form_unclear`) with a plain reason. A learned
rule never routes a form whose reading conflicts.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from dataclasses import dataclass, replace
from enum import StrEnum

from parsers.form import Form, Person, Role
from routing.decision import Decision, Outcome, Reason, ReasonCode

FIELD_NAMES = {"address.postcode": "home postcode", "name": "name",
               "date_of_birth": "date of birth", "consent": "consent"}
ADULT_AGE = 18  # the reader's roles: a household member of 18 or over is an adult
_LEARNED = re.compile(r"^(?P<at>.*) \(read by a learned rule from \d+ corrections\)$")


class Reading(StrEnum):
    """How admins corrected one reading, when it does not depend on the family."""

    DAY_MONTH_SWAPPED = "day_month_swapped"  # read 2016-03-04, right 2016-04-03
    SURNAME_LAST = "surname_last"  # read "Hughes Ethan", right "Ethan Hughes"


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
    read_from: str
    corrections: int
    reading: str


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


def read_with_rules(form: Form, rules: Sequence[LearnedRule]) -> ReadByRules:
    """The form with each rule that applies read into it; the rest as doubts."""
    read: list[str] = []
    doubts: list[CorrectedReading] = []
    for rule in rules:
        if form.source(rule.field) != rule.read_from:
            continue
        person, why = _person(form, rule)
        if person is None:
            doubts.append(CorrectedReading(rule.field, rule.read_from, rule.corrections, why))
            continue
        form = _with_person(form, rule, person)
        read.append(rule.field)
    return ReadByRules(form, tuple(read), tuple(doubts))


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
    index = int(rule.field.split(".")[1])
    people = (*form.people[:index], person, *form.people[index + 1:])
    source = learned_source(rule.read_from, rule.corrections)
    sources = tuple((k, source if k == rule.field else v) for k, v in form.sources)
    return replace(form, people=people, sources=sources)


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
    said = (f"admins corrected the {field_name(reading.field)} read at {reading.read_from} "
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
