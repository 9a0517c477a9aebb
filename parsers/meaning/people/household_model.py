"""What the household walk finds: records of people as read, signatures, statements."""

from __future__ import annotations

from dataclasses import dataclass, field

from parsers.meaning.people.names import surname_first
from parsers.meaning.people.signatures import Signature
from parsers.meaning.vocabulary import PersonPart, SectionKind


@dataclass
class PersonRecord:
    """One household member as read: answers by part, and where each was read."""

    kind: SectionKind
    parts: dict[PersonPart, str] = field(default_factory=dict)
    places: dict[PersonPart, str] = field(default_factory=dict)

    def name(self) -> str:
        if PersonPart.FULL_NAME in self.parts:  # "BALOGUN, Grace Adeola" in a family table
            return surname_first("", self.parts[PersonPart.FULL_NAME])
        if PersonPart.FIRST_NAME not in self.parts:  # "CRAWFORD, Ellie" under "Name
            return surname_first("", self.parts.get(PersonPart.SURNAME, ""))  # (SURNAME,
        return " ".join(self.parts[p] for p in (PersonPart.FIRST_NAME, PersonPart.SURNAME)
                        if p in self.parts)  # Forename)"


@dataclass
class Household:
    people: list[PersonRecord] = field(default_factory=list)
    signatures: list[Signature] = field(default_factory=list)
    statements: list[tuple[str, str]] = field(default_factory=list)  # (text, place)
    referrer: dict[PersonPart, str] = field(default_factory=dict)
    levels: list[tuple[str, str]] = field(default_factory=list)  # ticked level, place
    # Consent recorded for a group, not named members: ("parents" | "young person", place).
    group_consents: list[tuple[str, str]] = field(default_factory=list)
    safeguarding_ticked: bool | None = None
    # Rows of a family table with a date of birth whose name could not be read as one
    # (place): someone may be missing, so the form is not routed on this reading.
    unread_rows: list[str] = field(default_factory=list)


