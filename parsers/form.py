"""The form contract (ARCHITECTURE.md, "Contracts and rules"): what the reader produces.

Frozen values only; `to_json` gives exactly the documented shape.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any

# A warning the reader gives when a consent signature with a household member's surname
# names nobody it read ("I Hussain" beside Zainab Hussain): someone may have been missed,
# so the form is not routed on this reading. (A practitioner's own signature, another
# surname, is only noted.)
UNMATCHED_SIGNATURE = "a consent signature with the family's surname matches nobody read"
# ... and when a family table's row with a date of birth has no name it could read.
UNREAD_MEMBER = "a household member's row could not be read as a person"


class FormType(StrEnum):
    """What kind of document a referral attachment is."""

    EARLY_HELP_ASSESSMENT = "early_help_assessment"
    INTERNAL_REQUEST = "internal_request"
    STEP_DOWN = "step_down"
    UNKNOWN = "unknown"


class Role(StrEnum):
    CHILD = "child"
    ADULT = "adult"


@dataclass(frozen=True)
class Consent:
    """A household member's consent signature as read from the form.

    `evidence` is the text that counted as a signature (e.g. "verbal consent"),
    shown to the admin; it is not part of the JSON contract.
    """

    signed: bool = False
    date: dt.date | None = None
    evidence: str = ""


@dataclass(frozen=True)
class Person:
    """A household member. `date_of_birth_unreadable` is True when a date was written but
    could not be read for sure (routing then cannot rule out that they are 14 or over);
    it is not part of the JSON contract (the warnings say it in words)."""

    name: str
    date_of_birth: dt.date | None = None
    role: Role = Role.CHILD
    relationship: str = ""
    consent: Consent = field(default_factory=Consent)
    date_of_birth_unreadable: bool = False


@dataclass(frozen=True)
class Address:
    lines: tuple[str, ...] = ()
    postcode: str | None = None


@dataclass(frozen=True)
class LeadProfessional:
    name: str = ""
    agency: str = ""
    email: str = ""
    phone: str = ""


class SeenKind(StrEnum):
    POSTCODE = "postcode"  # a postcode written anywhere on the form
    CONSENT = "consent"  # an answer under a consent or signature label


@dataclass(frozen=True)
class Seen:
    """Something written on the form at `place`, whether or not the reader took it
    (`parsers.seen`): a postcode (normalised), or a consent answer as written with its
    yes or no (`answer`, None when it is neither: a name, a date)."""

    kind: SeenKind
    place: str
    text: str
    answer: bool | None = None

    def to_json(self) -> dict[str, Any]:
        return {"kind": self.kind.value, "place": self.place, "text": self.text,
                "answer": self.answer}


@dataclass(frozen=True)
class Form:
    """One extracted referral form.

    `assessment_date` is the date the form was completed (used for the consent age);
    `risk_of_significant_harm` is the form's yes/no answer where it has one;
    `free_text` is the narrative text, kept for safeguarding wording checks.
    `postcode_doubt` says why the postcode read may not be the child's home (two
    different postcodes, say); empty when the form is clear. Routing never routes a
    form on a doubtful postcode.
    These are inputs to routing, not part of the JSON contract.
    """

    form_type: FormType = FormType.UNKNOWN
    people: tuple[Person, ...] = ()
    address: Address = field(default_factory=Address)
    lead_professional: LeadProfessional = field(default_factory=LeadProfessional)
    level_of_need: int | None = None
    warnings: tuple[str, ...] = ()
    assessment_date: dt.date | None = None
    risk_of_significant_harm: bool | None = None
    verbal_consent_recorded: bool = False
    free_text: str = ""
    source_name: str = ""
    postcode_doubt: str = ""
    # Where values were read: ("people.0.name", "table 2, row 3, column 1"), ...
    sources: tuple[tuple[str, str], ...] = ()
    layout_fingerprint: str = ""  # the template's labels and structure, not its answers
    # Postcodes and consent answers written on the form, with their places, whether or
    # not read (`parsers.seen`): where a learned rule may read (`routing.learned`).
    seen: tuple[Seen, ...] = ()

    def source(self, key: str) -> str:
        return next((place for k, place in self.sources if k == key), "")

    def _sources_under(self, prefix: str) -> dict[str, str]:
        return {k[len(prefix):]: place for k, place in self.sources if k.startswith(prefix)
                and "." not in k[len(prefix):]}

    def to_json(self) -> dict[str, Any]:
        """The documented JSON shape of a form; each object carries a `source` beside its
        values: where each was read (page, table, row/column or paragraph), and
        `layout_fingerprint` names the template's layout (its labels, not its answers);
        `seen`, the postcodes and consent answers written on it and where."""
        return {
            "form_type": self.form_type.value,
            "people": [_person_json(p) | {"source": self._sources_under(f"people.{i}.")}
                       for i, p in enumerate(self.people)],
            "address": {"lines": list(self.address.lines), "postcode": self.address.postcode,
                        "source": self._sources_under("address.")},
            "lead_professional": {
                "name": self.lead_professional.name,
                "agency": self.lead_professional.agency,
                "email": self.lead_professional.email,
                "phone": self.lead_professional.phone,
                "source": self._sources_under("lead_professional."),
            },
            "level_of_need": self.level_of_need,
            "warnings": list(self.warnings),
            "source": {k: v for k, v in self.sources if "." not in k},
            "layout_fingerprint": self.layout_fingerprint,
            "seen": [s.to_json() for s in self.seen],
        }


def _iso(value: dt.date | None) -> str | None:
    return value.isoformat() if value else None


def _person_json(person: Person) -> dict[str, Any]:
    return {
        "name": person.name,
        "date_of_birth": _iso(person.date_of_birth),
        "role": person.role.value,
        "relationship": person.relationship,
        "consent": {"signed": person.consent.signed, "date": _iso(person.consent.date)},
    }
