"""Household members from a family table (Name | Date of birth | Relationship | Consent | Date).

Columns are found by the words of the header row, so column order and wording may vary.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
from dataclasses import dataclass
from enum import StrEnum

from parsers.form import Consent, Person, Role
from parsers.meaning.people.names import surname_first
from parsers.meaning.values import consent_from_text, is_placeholder, parse_uk_date
from parsers.meaning.vocabulary import heads_people

Row = tuple[str, ...]

ADULT_AGE = 18
_CHILD_WORDS = re.compile(r"\b(child|son|daughter|sibling|brother|sister|subject|baby|unborn"
                          r"|young person|stepson|stepdaughter|grandson|granddaughter)\b",
                          re.IGNORECASE)


_UNBORN = re.compile(r"\b(unborn|expected|due|edd|pregnan)", re.IGNORECASE)


class Column(StrEnum):
    NAME = "name"  # the whole name, or the first name when SURNAME has its own column
    SURNAME = "surname"
    DOB = "dob"
    RELATIONSHIP = "relationship"
    CONSENT = "consent"
    CONSENT_DATE = "consent_date"
    LIVES_HERE = "lives_here"  # only a fillable form's "Household 3 lives" box gives it
    ADDRESS = "address"  # only a fillable form's grid gives it ("Contact / address")


@dataclass(frozen=True)
class PersonRow:
    """One household member as read, before roles are decided."""

    name: str
    dob_text: str
    relationship: str
    consent_text: str
    consent_date_text: str


def _column_of(header: str, seen: dict[Column, int]) -> Column | None:
    if parse_uk_date(header) is not None:
        return None  # "Ruby Halford (DOB 1/12/18)" is an answer, not a heading
    text = " ".join(header.lower().replace(".", "").split())
    if "birth" in text or re.search(r"\bdob\b", text) or text == "dd":  # ("Full name | DD |
        return Column.DOB  # MM | YYYY | Relationship": the date in three boxes)
    if "relationship" in text or "relation" in text:
        return Column.RELATIONSHIP
    if "date" in text and Column.CONSENT in seen:
        return Column.CONSENT_DATE
    if "consent" in text or "signature" in text or "signed" in text or re.search(
            r"\bagree(s|d|ment)?\b", text):  # (Rainbow Trust "Agrees ✓" beside each name)
        return Column.CONSENT
    if _SURNAME.search(text) and not _A_QUESTION.search(text):  # not "Surname differs?
        return Column.SURNAME  # Please explain" (Thurrock CAF), a note about the name
    if "name" in text:
        return Column.NAME
    return None


_SURNAME = re.compile(r"\b(surname|last name|family name)\b")
_A_QUESTION = re.compile(r"\?|\b(differs?|different|explain|if)\b")


def header_columns(row: Row) -> dict[Column, int] | None:
    """Column positions when `row` is a family table's header, else None."""
    columns: dict[Column, int] = {}
    for index, cell in enumerate(row):
        column = _column_of(cell, columns)
        if column is not None and column not in columns:
            columns[column] = index
    if Column.NAME not in columns and Column.SURNAME not in columns and row and heads_people(
            row[0]):
        columns[Column.NAME] = 0  # "Children / Young People | Date of birth | School"
    named = Column.NAME in columns or Column.SURNAME in columns
    wanted = named and (Column.DOB in columns or Column.RELATIONSHIP in columns)
    return columns if wanted else None


def find_header(rows: tuple[Row, ...]) -> tuple[int, dict[Column, int]] | None:
    """The index and columns of a family header within a table's first three rows."""
    for index, row in enumerate(rows[:3]):
        columns = header_columns(row)
        if columns and not _holds_answers(row, columns):
            return index, columns
    return None


def _holds_answers(row: Row, columns: dict[Column, int]) -> bool:
    """A row of labels and their answers side by side ("Name | Amira Khan | DoB |
    1/2/88"), not a header: a cell that heads no column holds a date or a name."""
    taken = set(columns.values())
    if any(parse_uk_date(c) is not None for i, c in enumerate(row) if i not in taken):
        return True
    named = [columns[c] for c in (Column.NAME, Column.SURNAME) if c in columns]
    return any(i + 1 < len(row) and i + 1 not in taken and _NAME_LIKE.fullmatch(row[i + 1].strip())
               for i in named)


# Two or three capitalised words: "Amira Khan", "Mary-Jane O'Neill" (not "Gender", "School").
_NAME_LIKE = re.compile(r"[A-Z][\w'’-]+(?: [A-Z][\w'’-]+){1,3}")


# What else a column per person asks of each ("Lives at the family address?", "Parental
# responsibility?", "School / work"): Stoke-on-Trent and Sheffield whole-family EHAs.
_PERSON_ATTRIBUTE = re.compile(r"\b(lives?|living|gender|sex|ethnicity|school|work|occupation|"
                               r"parental responsibility|language|religion|disability|nhs|upn|"
                               r"agrees?|signature)\b")
_PERSON_NUMBER = re.compile(r"(person|member|child|adult|family member) ?\d{1,2}")


def turned_round(rows: tuple[Row, ...]) -> tuple[Row, ...] | None:
    """A family table with one column per person (labels down the left), turned so each
    person is a row under a header; None when the table is not one.

    Most of the left column must name family columns, so that a label/value table of
    the child's details (name, date of birth, address, school) is left alone.
    """
    labels = [row[0] for row in rows if row and row[0].strip()]
    columns = header_columns(tuple(labels))
    about_people = len(columns or ()) + sum(1 for label in labels
                                            if _PERSON_ATTRIBUTE.search(label.lower()))
    numbered = sum(1 for c in rows[0][1:] if _PERSON_NUMBER.fullmatch(c.strip().lower())) >= 2
    if columns is None or len(columns) < 3 or (about_people < 0.75 * len(labels)
                                                and not numbered):
        return None
    width = max(len(row) for row in rows)
    return tuple(tuple(row[i] if i < len(row) else "" for row in rows) for i in range(width))


def person_rows(rows: tuple[Row, ...], columns: dict[Column, int]) -> list[PersonRow]:
    """The filled rows under a family header (rows with no name are skipped)."""
    def cell(row: Row, column: Column) -> str:
        index = columns.get(column)
        value = row[index] if index is not None and index < len(row) else ""
        return "" if is_placeholder(value) else " ".join(value.split())

    def name(row: Row) -> str:
        written = " ".join(part for part in (cell(row, Column.NAME), cell(row, Column.SURNAME))
                           if part)
        if Column.NAME in columns and Column.SURNAME in columns:
            return written
        return surname_first("", written)  # "CRAWFORD, Ellie" under "Name (SURNAME, Forename)"

    found = [PersonRow(name(r), cell(r, Column.DOB), cell(r, Column.RELATIONSHIP),
                       cell(r, Column.CONSENT), cell(r, Column.CONSENT_DATE)) for r in rows]
    return [p for p in found if p.name and header_columns((p.name, p.dob_text)) is None]


def age_on(born: dt.date, day: dt.date) -> int:
    return day.year - born.year - ((day.month, day.day) < (born.month, born.day))


def role_of(relationship: str, born: dt.date | None, reference: dt.date | None) -> Role:
    """Child if under 18 on `reference` (a brother of 18 is an adult); with no age to take,
    child if the relationship says so."""
    if born is not None and reference is not None:
        return Role.CHILD if age_on(born, reference) < ADULT_AGE else Role.ADULT
    if _CHILD_WORDS.search(relationship):
        return Role.CHILD
    if born is None and not relationship:
        return Role.CHILD  # a name alone on a referral form is most often the child's
    return Role.ADULT


def build_people(rows: list[PersonRow], reference: dt.date | None
                 ) -> tuple[tuple[Person, ...], tuple[str, ...]]:
    """Persons with roles and consent, and warnings that name a person by number only."""
    people: list[Person] = []
    warnings: list[str] = []
    for number, row in enumerate(rows, start=1):
        person, notes = _person(row, reference, number)
        people.append(person)
        warnings.extend(notes)
    return tuple(people), tuple(warnings)


def _person(row: PersonRow, reference: dt.date | None, number: int) -> tuple[Person, list[str]]:
    notes: list[str] = []
    if not row.dob_text:
        row = _date_from_name(row)
    born = parse_uk_date(row.dob_text)
    if born is not None and _impossible_birth(born, row.relationship, reference):
        born = None  # "12/11/38" read as 2038 for a grandmother born in 1938
    if row.dob_text and born is None:
        notes.append(f"date of birth unreadable for person {number}")
    elif not row.dob_text:
        notes.append(f"date of birth missing for person {number}")
    signed, evidence = consent_from_text(row.consent_text)
    signed_on = parse_uk_date(row.consent_date_text)
    if row.consent_date_text and signed_on is None:
        notes.append(f"consent date unreadable for person {number}")
    consent = Consent(signed=signed, date=signed_on, evidence=evidence)
    role = role_of(row.relationship, born, reference)
    unreadable = bool(row.dob_text) and born is None
    return Person(row.name, born, role, row.relationship, consent, unreadable), notes


def _date_from_name(row: PersonRow) -> PersonRow:
    """A date of birth typed after the name ("Ruby Halford (DOB 1/12/18)") when its
    own column was left empty; names hold no digits or brackets."""
    cut = re.search(r"[(\d]|\b(dob|d\.o\.b|born)\b", row.name, re.IGNORECASE)
    if cut is None or parse_uk_date(row.name[cut.start():]) is None:
        return row
    name = row.name[:cut.start()].strip(" ,;:-–")
    return dataclasses.replace(row, name=name, dob_text=row.name[cut.start():].strip("() "))


def _impossible_birth(born: dt.date, relationship: str, reference: dt.date | None) -> bool:
    """Born after the form was completed, and not an unborn baby's expected date."""
    return reference is not None and born > reference and not _UNBORN.search(relationship)
