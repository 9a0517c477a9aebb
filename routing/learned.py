"""Readings admins have corrected before: a routed decision whose form was read where
admins keep correcting it, on forms laid out the same way, is held in the queue
(`form_unclear`) instead of routed. Pure: the readings come from the store.

A learned rule never routes a form; it only stops one being routed on a doubtful reading.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace

from routing.decision import Decision, Outcome, Reason, ReasonCode

FIELD_NAMES = {"address.postcode": "home postcode", "name": "name",
               "date_of_birth": "date of birth", "consent": "consent"}


@dataclass(frozen=True)
class CorrectedReading:
    """A field of this form read where admins corrected it `times` times before."""

    field: str  # "address.postcode", "people.1.date_of_birth"
    read_from: str  # the reader's source, e.g. "table 1, row 3"
    times: int


def held_back(decision: Decision, readings: Sequence[CorrectedReading]) -> Decision:
    """The decision, or (when routed on a corrected reading) the same form in the queue."""
    if decision.outcome is not Outcome.ROUTED or not readings:
        return decision
    reasons = tuple(Reason(ReasonCode.FORM_UNCLEAR, _detail(r)) for r in readings)
    return replace(decision, outcome=Outcome.EXCEPTION, reasons=reasons)


def _detail(reading: CorrectedReading) -> str:
    return (f"admins corrected the {field_name(reading.field)} read at {reading.read_from} "
            f"on {reading.times} forms laid out like this one: check it")


def field_name(field: str) -> str:
    """'people.1.date_of_birth' -> 'person 2's date of birth'."""
    if field in FIELD_NAMES:
        return FIELD_NAMES[field]
    _, index, part = field.split(".", 2) if field.count(".") == 2 else ("", "0", field)
    return f"person {int(index) + 1}'s {FIELD_NAMES.get(part, part)}"
