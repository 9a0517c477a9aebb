"""Tables in a household walk: family tables (a header row, or one column per person),
consent tables, and rows of labels and answers. Pure; the walk is passed in."""

from __future__ import annotations

import re
from typing import Protocol

from parsers.layout import SPAN, Row, unspanned
from parsers.meaning.labels import field_for
from parsers.meaning.people.cells import (
    NAME_AND_NOTE,
    NUMBERED_PERSON,
    all_labels,
    as_tick,
    carries_on,
    date_boxes,
    is_a_name,
    is_label,
)
from parsers.meaning.people.family_table import Column, find_header, header_columns, turned_round
from parsers.meaning.people.household_model import Household, PersonRecord
from parsers.meaning.people.names import split_names
from parsers.meaning.people.signatures import (
    SIGNED_IN_CELL,
    Signature,
    clean,
    consent_header,
    records_consent,
    signature_in_row,
    signature_of,
)
from parsers.meaning.text_lines import unanswered_label
from parsers.meaning.values import parse_uk_date
from parsers.meaning.vocabulary import SIGNED, PersonPart, SectionKind, person_part

PERSON_SECTIONS = frozenset({SectionKind.CHILD, SectionKind.ADULT, SectionKind.FAMILY})
# Sections whose tables list people: the household's, and those outside it (not members).
LISTING_SECTIONS = PERSON_SECTIONS | {SectionKind.OUTSIDE}
_NUMBER = re.compile(r"\(?\d{1,2}[.)]?")
_WHERE_THEY_LIVE = frozenset({PersonPart.LIVES_HERE, PersonPart.AWAY_ADDRESS,
                              PersonPart.HOME_ADDRESS})


class Walker(Protocol):
    """The household walk as the table readers see it."""

    kind: SectionKind
    found: Household
    family_titles: Row | None
    person: PersonRecord | None

    def answer(self, label: str, value: str, place: str) -> None: ...
    def line(self, text: str, place: str) -> None: ...
    def close_person(self) -> None: ...
    def ticks(self, text: str, place: str) -> None: ...


# Tables -------------------------------------------------------------------------------

def read_table(walk: Walker, spanned: tuple[Row, ...], place: str) -> None:
    aligned = tuple(tuple("" if c == SPAN else c for c in r) for r in spanned)
    rows = tuple(unspanned(r) for r in spanned)
    header = find_header(aligned)
    if header is not None and consent_header(rows) is None:
        _read_grid(walk, aligned, header, place)
        walk.family_titles = aligned[header[0]]
        return
    signing = consent_header(rows)
    if signing is not None:
        _read_grid(walk, rows, (signing, {}), place, consent=True)
        return
    header = find_header(rows) or find_header(turned_round(rows) or ())
    if header is not None:
        grid = rows if find_header(rows) else (turned_round(rows) or rows)
        _read_grid(walk, grid, header, place)
        walk.family_titles = grid[header[0]]
        return
    titles, walk.family_titles = walk.family_titles, None
    if titles is not None and carries_on(rows, titles):
        kind = walk.kind if walk.kind in LISTING_SECTIONS else SectionKind.FAMILY
        for number, row in enumerate(rows, start=1):
            _grid_person(walk, kind, titles, row, f"{place}, row {number}")
        walk.family_titles = titles
        return
    skip = False
    for number, (row, wide) in enumerate(zip(rows, aligned, strict=True), start=1):
        if skip:
            skip = False
            continue
        below = rows[number] if number < len(rows) else None
        skip = _read_row(walk, _paired_view(row, wide), below, f"{place}, row {number}")


def _group_consent(row: Row) -> str:
    """"Are parents/carers aware of this referral? | ☒ Yes | Do you have consent? | ☒ Yes":
    consent recorded for the parents (or the young person) the row asks about."""
    text = " ".join(row).lower()
    asks = re.search(r"\b(do you have|have you (got|obtained)|has|have)\b[^?]*\bconsent\b[^?]*\?",
                     text)
    if asks is None or "☒ yes" not in text[asks.end():asks.end() + 12].replace("  ", " "):
        return ""
    who = "young person" if re.search(r"\b(young person|child)\b", text[:asks.start()]) else (
        "parents" if re.search(r"\b(parents?|carers?|family)\b", text[:asks.start()]) else "")
    return who


def _paired_view(row: Row, wide: Row) -> Row:
    """The row as its cells were written, or with each merged cell's columns kept (blank),
    whichever pairs more labels with answers: a value merged across columns ("Kyle Bishop"
    over three) keeps the next label in step only in the wide view."""
    return wide if _good_pairs(wide) > _good_pairs(row) else row


def _good_pairs(row: Row) -> int:
    return sum(1 for label, value in zip(row[0::2], row[1::2], strict=False)
               if is_label(label) and value.strip() and not is_label(value))



def _read_grid(walk: Walker, rows: tuple[Row, ...],
               header: tuple[int, dict[Column, int]], place: str, *,
               consent: bool = False) -> None:
    """A table with a header row: consent rows in a consent section (or a table whose
    columns are a signature and a print name), else household members."""
    index, columns = header
    titles = rows[index]
    if consent or (walk.kind is SectionKind.CONSENT and Column.DOB not in columns):
        for number, row in enumerate(rows[index + 1:], start=index + 2):
            cells = {t.lower(): row[i] for i, t in enumerate(titles) if i < len(row) and t}
            signature = signature_of(cells, f"{place}, row {number}")
            if signature is not None:
                walk.found.signatures.append(signature)
        return
    walk.close_person()
    kind = walk.kind if walk.kind in LISTING_SECTIONS else SectionKind.FAMILY
    named = titles[columns.get(Column.NAME, columns.get(Column.SURNAME, 0))].lower()
    if re.search(r"\b(child|young person|children)", named):
        kind = SectionKind.CHILD
    before = len(walk.found.people)
    for number, row in enumerate(rows[index + 1:], start=index + 2):
        if not (row and is_label(row[0]) and field_for(row[0]) is not None):  # ("Home address
            _grid_person(walk, kind, titles, row, f"{place}, row {number}")  # | 76 Priory
            # Street ..." as the children table's last row: the family's, no one's name)
    family = _family_surname(rows[:index])
    for record in walk.found.people[before:] if family else ():
        if len(record.name().split()) == 1 and PersonPart.SURNAME not in record.parts:
            record.parts[PersonPart.SURNAME] = family  # "Family surname | KHAN" over
            # "Forename | Date of birth | ...": Farah Khan
            if PersonPart.FULL_NAME in record.parts:
                record.parts[PersonPart.FIRST_NAME] = record.parts.pop(PersonPart.FULL_NAME)


def _family_surname(rows: tuple[Row, ...]) -> str:
    """The family's surname given in a row above the table's header, title-cased."""
    for row in rows:
        cells = [c for c in row if c.strip()]
        if len(cells) == 2 and person_part(cells[0]) is PersonPart.SURNAME:
            return cells[1].strip().title() if cells[1].isupper() else cells[1].strip()
    return ""


_GRID_PARTS = {Column.NAME: PersonPart.FIRST_NAME, Column.SURNAME: PersonPart.SURNAME,
               Column.DOB: PersonPart.DATE_OF_BIRTH, Column.RELATIONSHIP: PersonPart.RELATIONSHIP,
               Column.CONSENT: PersonPart.SIGNATURE, Column.CONSENT_DATE: PersonPart.CONSENT_DATE}


def _grid_person(walk: Walker, kind: SectionKind, titles: Row, row: Row, place: str) -> None:
    columns = header_columns(titles) or {}
    record = PersonRecord(kind)
    for index, title in enumerate(titles):
        part = person_part(title) if index not in columns.values() else None
        if part in _WHERE_THEY_LIVE and index < len(row):
            record.parts[part] = clean(row[index])
    for column, index in columns.items():
        part = _GRID_PARTS.get(column)
        value = clean(row[index]) if index < len(row) else ""
        if column is Column.DOB:
            value = date_boxes(row, index, titles) or value
        if part is not None and value:
            record.parts[part] = value
            record.places[part] = f"{place}, column {index + 1}"
    if Column.SURNAME not in columns and PersonPart.FIRST_NAME in record.parts:
        record.parts[PersonPart.FULL_NAME] = record.parts.pop(PersonPart.FIRST_NAME)
        record.places[PersonPart.FULL_NAME] = record.places.pop(PersonPart.FIRST_NAME)
    held = next((p for p in (PersonPart.FULL_NAME, PersonPart.FIRST_NAME) if p in record.parts),
                PersonPart.FULL_NAME)
    noted = NAME_AND_NOTE.fullmatch(record.parts.get(held, ""))
    if noted and noted["note"] and PersonPart.RELATIONSHIP not in record.parts:
        record.parts[held] = noted["name"]  # "Anna Nowak (mum)" in a consent grid's
        record.parts[PersonPart.RELATIONSHIP] = noted["note"]  # name column
    if len(split_names(record.name())) > 1:  # "Claire Morgan; Ellis Morgan" signed together
        signed = record.parts.get(PersonPart.SIGNATURE, "")
        if signed:
            walk.found.signatures.append(Signature(record.name(), signed, record.parts.get(
                PersonPart.CONSENT_DATE, ""), place))
    elif is_a_name(record.name()) and not find_header((tuple(row),)):
        walk.found.people.append(record)
    elif (record.name() and parse_uk_date(record.parts.get(PersonPart.DATE_OF_BIRTH, ""))
          and not find_header((tuple(row),))):
        walk.found.unread_rows.append(place)  # "Aaron Whitfield Mum's husband since 2022"



def _read_row(walk: Walker, row: Row, below: Row | None, place: str) -> bool:
    """One row of a table of answers; True when `below` held this row's answers."""
    cells = [c for c in row if c.strip()]
    if len(cells) == 1 and unanswered_label(row):
        return False
    if len(cells) == 1:
        for line in cells[0].splitlines() or [cells[0]]:  # one person a line in one box
            walk.line(line, place)
        return False
    if walk.kind is SectionKind.CONSENT and _whose_signatures(walk, row, place):
        return False
    if any(_SIGNED_IN_CELL.match(c) for c in cells):  # "I agree to this request … | Signed:
        walk.line(" ".join(c.strip() for c in cells), place)  # K. Gordon | Date: 28/09/2026"
        return False
    if walk.kind is SectionKind.LEVEL:
        walk.ticks(" ".join(as_tick(c) for c in cells), place)
    if below is not None and all_labels(row) and not any(is_label(c) for c in below if c.strip()):
        for column, (label, value) in enumerate(zip(row, below, strict=False), start=1):
            walk.answer(label, value, f"{place}, column {column}")
        return True
    walk.ticks(" ".join(cells), place)
    _row_pairs(walk, row, place)
    group = _group_consent(row)
    if group:
        walk.found.group_consents.append((group, place))
    for cell in cells:  # "Consent given by Joanne Fletcher (mother)" in a cell of its own
        if SIGNED.search(cell) and not SIGNED.search(row[0] if row else ""):
            walk.found.statements.append((cell, place))
    return False


def _whose_signatures(walk: Walker, row: Row, place: str) -> bool:
    """A consent row of whose-signature pairs: "Young person | A Johnson | Date | 18/11/2026",
    "Signed (young person) | S. Reid | Signed (parent) | T. Reid", "Young person | Signed: O
    Grant | Date | …", "☒ Parent/carer consents | Signature | A. Nowak | Date | …"."""
    cells = [c.strip() for c in row if c.strip()]
    pairs: list[tuple[str, str]] = []
    index = 0
    while index < len(cells):
        typed = SIGNED_IN_CELL.match(cells[index])
        following = cells[index + 1] if index + 1 < len(cells) else ""
        if typed:  # "Signed: O Grant"
            pairs.append((typed[1], typed[2]))
        elif following and not _a_label(following) and not SIGNED_IN_CELL.match(following):
            pairs.append((cells[index], following))
            index += 1
        elif not _a_label(cells[index]):
            return False  # (an answer with no label before it)
        index += 1  # (a label over another label: "☒ Parent/carer consents | Signature")
    dated = next((v for k, v in pairs if re.fullmatch(r"(?i)date( signed)?", k)), "")
    signed = [(k, v) for k, v in pairs if _WHOSE_OR_SIGNED.search(k) and _SIGNATURE.fullmatch(v)]
    if not signed or len(signed) + bool(dated) < len(pairs):
        return False  # (some pair says something else: not a row of signatures)
    for _, written in signed:
        walk.found.signatures.append(Signature(written, written, dated, place))
    return True


def _a_label(cell: str) -> bool:
    return bool(_WHOSE_OR_SIGNED.match(cell) or re.fullmatch(r"(?i)date( signed)?", cell))


_WHOSE_OR_SIGNED = re.compile(r"(?i)^(☒\s*)?((signed|signature)\b.*|(the )?(young person|child|"
                              r"parent|carer|parent ?/ ?carer|mother|father|mum|dad|step ?(mum|"
                              r"dad|mother|father)|stepdad|stepmum|sibling|brother|sister|"
                              r"guardian|nan|gran|grandparent)\b.*)$")
_SIGNATURE = re.compile(r"[A-Z][\w'’.-]*\.?(?: ?[A-Z][\w'’-]+){1,3}")  # "A. Nowak", "O Grant"
_SIGNED_IN_CELL = re.compile(r"^\s*(signed|signature|print(ed)? name)\s*:\s*\S", re.IGNORECASE)


def _row_pairs(walk: Walker, row: Row, place: str) -> None:
    """Label | value | label | value; a date of birth in three boxes after its label;
    "Signed: | A. Hollis | Print name: | ANGELA HOLLIS | Date: | ..." is one signature."""
    starts = [i for i in range(len(row) - 1) if _NUMBER.fullmatch(row[i].strip())
              and (i == 0 or i % 2 == 0) and (is_a_name(clean(row[i + 1]).split(" – ")[0].split(
                  " - ")[0]) or not clean(row[i + 1]))]
    if len(row) >= 2 and starts and starts[0] == 0 and is_a_name(
            clean(row[1]).split(" – ")[0].split(" - ")[0]):
        # "1 | Ava Hill | D.O.B | 12/03/2015 | 2 | Jo Hill | D.O.B | ...": one person a group
        for start, end in zip(starts, [*starts[1:], len(row)], strict=True):
            if not clean(row[start + 1]):
                continue
            walk.close_person()
            walk.answer("Name", row[start + 1], f"{place}, column {start + 2}")
            group = row[start + 2:end]
            for offset, (label, value) in enumerate(zip(group[0::2], group[1::2],
                                                        strict=False)):
                walk.answer(label, value, f"{place}, column {start + 4 + 2 * offset}")
            walk.close_person()
        return
    if len(row) % 2 and NUMBERED_PERSON.fullmatch(clean(row[0]).lower()) and any(
            is_label(label) for label in row[1::2]):
        walk.close_person()  # "Child 1 | Present | ☒ Yes | Name | Hayden Lloyd": a person's
        row = row[1:]  # block starts with its number, then its labels and answers
    gap = next((i for i in range(2, len(row) - 1, 2) if len(row) % 2 and not row[i].strip()
                and row[i - 1].strip() and is_label(row[i + 1])), None)
    if gap is not None:  # "Gender | ☒ Male ☐ Female | | Date of birth or EDD | 05/05/2015": an
        row = row[:gap] + row[gap + 1:]  # answer's box drawn two columns wide
    pairs = list(zip(row[0::2], row[1::2], strict=False))
    signing, signature = signature_in_row(walk.kind is SectionKind.CONSENT, pairs, place)
    if signature is not None:
        walk.found.signatures.append(signature)
    if signing:  # ("Parent(s) consulted | Sophie Cartwright and Omar Ali | Referrer's
        walk.found.statements.extend(  # signature | L Bradley": who agreed, beside it)
            (f"{label}: {clean(value)}", place) for label, value in pairs
            if records_consent(walk.kind is SectionKind.CONSENT, label, value))
        return
    index = 0
    while index < len(row) - 1:
        label, value = row[index], row[index + 1]
        step = 2
        if person_part(label) is PersonPart.DATE_OF_BIRTH:
            boxes = date_boxes(row, index + 1, ("", "", ""))
            value, step = (boxes, 4) if boxes else (value, 2)
        walk.answer(label, value, f"{place}, column {index + 2}")
        index += step
