"""Who is in the household, who signed, and where they live: read from every section.

Real forms spread people over several parts (the key child as label/value pairs,
siblings in one table, parents as blocks, one column per person) and record consent
elsewhere (a consent table, "Signed: ... Print name: ..." lines, a statement naming
the people). This walk reads each block in its section (`vocabulary.section_kind`) and
keeps where each answer was read; `people` joins it all by name.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from parsers.layout import SPAN, Block, Content, Heading, Pair, Table, places_of, unspanned
from parsers.meaning.cells import (
    all_labels,
    as_tick,
    carries_on,
    date_boxes,
    is_a_name,
    is_section_title,
    named_with_date,
)
from parsers.meaning.family_table import Column, find_header, turned_round
from parsers.meaning.names import split_names
from parsers.meaning.signatures import (
    Signature,
    clean,
    consent_header,
    leading_person_label,
    pairs_on_line,
    records_consent,
    signature_in_row,
    signature_of,
)
from parsers.meaning.text_lines import unanswered_label
from parsers.meaning.values import ticked_options
from parsers.meaning.vocabulary import (
    CONSENT_VERBS,
    PRINT_NAME,
    SIGNATURE_WORDS,
    SIGNED,
    PersonPart,
    SectionKind,
    names_referrer,
    person_part,
    section_kind,
)

Row = tuple[str, ...]
PERSON_SECTIONS = frozenset({SectionKind.CHILD, SectionKind.ADULT, SectionKind.FAMILY})
_ADDRESS_LABEL = re.compile(r"\b(address|post ?code)\b", re.IGNORECASE)


@dataclass
class PersonRecord:
    """One household member as read: answers by part, and where each was read."""

    kind: SectionKind
    parts: dict[PersonPart, str] = field(default_factory=dict)
    places: dict[PersonPart, str] = field(default_factory=dict)

    def name(self) -> str:
        if PersonPart.FULL_NAME in self.parts:
            return self.parts[PersonPart.FULL_NAME]
        return " ".join(self.parts[p] for p in (PersonPart.FIRST_NAME, PersonPart.SURNAME)
                        if p in self.parts)


@dataclass
class Household:
    people: list[PersonRecord] = field(default_factory=list)
    signatures: list[Signature] = field(default_factory=list)
    statements: list[tuple[str, str]] = field(default_factory=list)  # (text, place)
    referrer: dict[PersonPart, str] = field(default_factory=dict)
    levels: list[tuple[str, str]] = field(default_factory=list)  # ticked level, place
    safeguarding_ticked: bool | None = None


@dataclass
class _Walk:
    found: Household = field(default_factory=Household)
    kind: SectionKind = SectionKind.OTHER
    referrer_context: bool = False
    person: PersonRecord | None = None
    # The last family table's header while the next table may carry it on (a table
    # split over two pages without its header row repeated).
    family_titles: Row | None = None
    batch: list[PersonRecord] = field(default_factory=list)  # named together in one box


def read_household(content: Content) -> Household:
    """Every household member, signature and home address answer in the content."""
    walk = _Walk()
    for block, place in zip(content.blocks, places_of(content), strict=True):
        _read_block(walk, block, place)
    _close_person(walk)
    return walk.found


def _read_block(walk: _Walk, block: Block, place: str) -> None:
    if isinstance(block, Heading):
        _new_section(walk, block.text)
    elif isinstance(block, Pair):
        _answer(walk, block.label, block.value, place)
    elif isinstance(block, Table):
        _read_table(walk, block.rows, place)
    else:
        _read_line(walk, block, place)


def _new_section(walk: _Walk, heading: str) -> None:
    _close_person(walk)
    walk.family_titles = None
    walk.kind = section_kind(heading)
    walk.referrer_context = walk.kind in (SectionKind.REFERRER, SectionKind.PROFESSIONALS)


def _read_line(walk: _Walk, text: str, place: str) -> None:
    line = " ".join(text.split())
    if not line:
        return
    if is_section_title(line):
        _new_section(walk, line)
        return
    _ticks(walk, line, place)
    if walk.kind not in (SectionKind.REFERRER, SectionKind.PROFESSIONALS) and _named_with_date(
            walk, line, place):
        return
    pairs = pairs_on_line(line) or leading_person_label(line)
    if walk.kind is SectionKind.CONSENT and _signature_line(walk, pairs, place):
        return
    for label, value in pairs:
        _answer(walk, label, value, place)
    if (walk.kind is SectionKind.CONSENT and CONSENT_VERBS.search(line.lower())) or (
            walk.kind not in (SectionKind.REFERRER, SectionKind.PROFESSIONALS)
            and SIGNED.search(line)):
        walk.found.statements.append((line, place))


def _signature_line(walk: _Walk, pairs: list[tuple[str, str]], place: str) -> bool:
    labels = [label.lower() for label, _ in pairs]
    if not any(SIGNATURE_WORDS.search(label) or PRINT_NAME.search(label) for label in labels):
        return False
    signature = signature_of({label.lower(): value for label, value in pairs}, place)
    if signature is not None:
        walk.found.signatures.append(signature)
    return True


def _answer(walk: _Walk, label: str, value: str, place: str) -> None:
    """One label and its answer, wherever they were read."""
    if records_consent(walk.kind is SectionKind.CONSENT, label, value) or SIGNED.search(value):
        walk.found.statements.append((f"{label}: {clean(value)}", place))
        return
    part = person_part(label)
    if _ADDRESS_LABEL.search(label) and walk.kind in PERSON_SECTIONS:
        walk.referrer_context = False
    if _names_family(label) and part is not None:
        walk.referrer_context = False
    if walk.kind not in PERSON_SECTIONS and names_referrer(label) and not _names_family(label):
        walk.referrer_context = True
    if part is None:
        return
    if walk.referrer_context or walk.kind in (SectionKind.REFERRER, SectionKind.PROFESSIONALS):
        walk.found.referrer.setdefault(part, clean(value))
        return
    if walk.kind is SectionKind.CONSENT:
        _consent_answer(walk, part, label, value, place)
    elif walk.kind in PERSON_SECTIONS or _names_family(label) or walk.person is not None:
        _person_answer(walk, part, value, place)


def _named_with_date(walk: _Walk, line: str, place: str) -> bool:
    found = named_with_date(line)
    if found is None:
        return False
    _close_person(walk)
    parts = dict(found)
    kind = walk.kind if walk.kind in PERSON_SECTIONS else SectionKind.FAMILY
    walk.person = PersonRecord(kind, parts, dict.fromkeys(parts, place))
    _close_person(walk)
    return True


def _names_family(label: str) -> bool:
    return bool(re.search(r"\b(child|young person|parent|carer|mother|father)", label.lower()))


def _consent_answer(walk: _Walk, part: PersonPart, label: str, value: str, place: str) -> None:
    text = clean(value)
    if text and part in (PersonPart.SIGNATURE, PersonPart.FULL_NAME, PersonPart.NAMES):
        walk.found.statements.append((f"{label}: {text}", place))


def _person_answer(walk: _Walk, part: PersonPart, value: str, place: str) -> None:
    text = clean(value)
    if walk.kind is not SectionKind.OTHER:
        walk.referrer_context = False
    if not text:
        return
    if part is PersonPart.FULL_NAME and len(split_names(text)) > 1:
        part = PersonPart.NAMES  # "Maisie Clarke-Ward and Tyler Clarke-Ward" in one box
    if part is PersonPart.NAMES:
        walk.batch = []
        for name in split_names(text):
            _close_person(walk)
            walk.person = PersonRecord(walk.kind, {PersonPart.FULL_NAME: name},
                                       {PersonPart.FULL_NAME: place})
            walk.batch.append(walk.person)
        return
    if part is PersonPart.DATE_OF_BIRTH and _dates_for_batch(walk, text, place):
        return
    person = walk.person
    if person is None or part in person.parts or (
            part in _NAME_PARTS and person.parts.keys() & _NAME_PARTS and part is not
            _other_name_part(person)):
        _close_person(walk)
        person = walk.person = PersonRecord(walk.kind)
    person.parts[part] = text
    person.places[part] = place


def _dates_for_batch(walk: _Walk, text: str, place: str) -> bool:
    """"19/08/2011, 02/04/2014" after "Name of child(ren): Oliver Brooks, Grace Brooks":
    each date to the name in the same place."""
    pieces = [p for p in re.split(r"\s*[,;&]\s*|\s+and\s+", text) if p.strip()]
    if len(walk.batch) < 2 or len(pieces) != len(walk.batch):
        return False
    for record, piece in zip(walk.batch, pieces, strict=True):
        record.parts[PersonPart.DATE_OF_BIRTH] = piece
        record.places[PersonPart.DATE_OF_BIRTH] = place
    walk.batch = []
    return True


_WHERE_THEY_LIVE = frozenset({PersonPart.LIVES_HERE, PersonPart.AWAY_ADDRESS,
                              PersonPart.HOME_ADDRESS})
_NAME_PARTS = frozenset({PersonPart.FULL_NAME, PersonPart.FIRST_NAME, PersonPart.SURNAME})


def _other_name_part(person: PersonRecord) -> PersonPart | None:
    """The name part that completes a person's name: the surname after a first name."""
    have = person.parts.keys() & _NAME_PARTS
    if have == {PersonPart.FIRST_NAME}:
        return PersonPart.SURNAME
    if have == {PersonPart.SURNAME}:
        return PersonPart.FIRST_NAME
    return None


def _close_person(walk: _Walk) -> None:
    person, walk.person = walk.person, None
    if person is not None and is_a_name(person.name()):
        walk.found.people.append(person)



def _ticks(walk: _Walk, text: str, place: str) -> None:
    """Tick boxes that choose a level of need, or a safeguarding referral."""
    for option in ticked_options(text):
        lowered = option.lower()
        if re.search(r"\b(level|tier)\s*[1-4]\b", lowered) or walk.kind is SectionKind.LEVEL:
            walk.found.levels.append((option, place))
        if re.search(r"safeguarding|child protection|significant harm", lowered) and not re.search(
                r"\bnot\b|\bno\b", lowered):
            walk.found.safeguarding_ticked = True
        elif re.search(r"early help", lowered) and walk.found.safeguarding_ticked is None:
            walk.found.safeguarding_ticked = False


# Tables -------------------------------------------------------------------------------

def _read_table(walk: _Walk, spanned: tuple[Row, ...], place: str) -> None:
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
        kind = walk.kind if walk.kind in PERSON_SECTIONS else SectionKind.FAMILY
        for number, row in enumerate(rows, start=1):
            _grid_person(walk, kind, titles, row, f"{place}, row {number}")
        walk.family_titles = titles
        return
    skip = False
    for number, row in enumerate(rows, start=1):
        if skip:
            skip = False
            continue
        below = rows[number] if number < len(rows) else None
        skip = _read_row(walk, row, below, f"{place}, row {number}")



def _read_grid(walk: _Walk, rows: tuple[Row, ...],
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
    _close_person(walk)
    kind = walk.kind if walk.kind in PERSON_SECTIONS else SectionKind.FAMILY
    named = titles[columns.get(Column.NAME, columns.get(Column.SURNAME, 0))].lower()
    if re.search(r"\b(child|young person|children)", named):
        kind = SectionKind.CHILD
    for number, row in enumerate(rows[index + 1:], start=index + 2):
        _grid_person(walk, kind, titles, row, f"{place}, row {number}")


_GRID_PARTS = {Column.NAME: PersonPart.FIRST_NAME, Column.SURNAME: PersonPart.SURNAME,
               Column.DOB: PersonPart.DATE_OF_BIRTH, Column.RELATIONSHIP: PersonPart.RELATIONSHIP,
               Column.CONSENT: PersonPart.SIGNATURE, Column.CONSENT_DATE: PersonPart.CONSENT_DATE}


def _grid_person(walk: _Walk, kind: SectionKind, titles: Row, row: Row, place: str) -> None:
    from parsers.meaning.family_table import header_columns
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
    if is_a_name(record.name()) and not find_header((tuple(row),)):
        walk.found.people.append(record)



def _read_row(walk: _Walk, row: Row, below: Row | None, place: str) -> bool:
    """One row of a table of answers; True when `below` held this row's answers."""
    cells = [c for c in row if c.strip()]
    if len(cells) == 1 and unanswered_label(row):
        return False
    if len(cells) == 1:
        _read_line(walk, cells[0], place)
        return False
    if walk.kind is SectionKind.LEVEL:
        _ticks(walk, " ".join(as_tick(c) for c in cells), place)
    if below is not None and all_labels(row) and not all_labels(below):
        for column, (label, value) in enumerate(zip(row, below, strict=False), start=1):
            _answer(walk, label, value, f"{place}, column {column}")
        return True
    _ticks(walk, " ".join(cells), place)
    _row_pairs(walk, row, place)
    return False


def _row_pairs(walk: _Walk, row: Row, place: str) -> None:
    """Label | value | label | value; a date of birth in three boxes after its label;
    "Signed: | A. Hollis | Print name: | ANGELA HOLLIS | Date: | ..." is one signature."""
    pairs = list(zip(row[0::2], row[1::2], strict=False))
    signing, signature = signature_in_row(walk.kind is SectionKind.CONSENT, pairs, place)
    if signature is not None:
        walk.found.signatures.append(signature)
    if signing:
        return
    index = 0
    while index < len(row) - 1:
        label, value = row[index], row[index + 1]
        step = 2
        if person_part(label) is PersonPart.DATE_OF_BIRTH:
            boxes = date_boxes(row, index + 1, ("", "", ""))
            value, step = (boxes, 4) if boxes else (value, 2)
        _answer(walk, label, value, f"{place}, column {index + 2}")
        index += step
