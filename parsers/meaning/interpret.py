"""Label/value pairs and family rows to a Form: the logic shared by the .docx and PDF readers.

A reader turns its file into `Content`: blocks in reading order, each a line of text,
a table (rows of cell text) or a pair it already knows (an AcroForm field). This
module finds the labelled values and the family table in them and builds the Form.
"""

from __future__ import annotations

import datetime as dt
import re

from parsers.form import UNREAD_MEMBER, Form, Person
from parsers.layout import Block, Content, Heading, Pair, Table, places_of, unspanned
from parsers.meaning.answers import Found, read_pair
from parsers.meaning.fingerprint import layout_fingerprint
from parsers.meaning.home import Home, family_table_home, home_address, home_answers, postcode_doubt
from parsers.meaning.labels import Field, field_for, form_type_of, is_known_label, normalise_label
from parsers.meaning.lead import lead_contact, lead_professional, lead_sources
from parsers.meaning.people.family_table import (
    Column,
    find_header,
    person_rows,
    turned_round,
)
from parsers.meaning.people.household import read_household
from parsers.meaning.people.household_model import Household
from parsers.meaning.people.members import Members, members
from parsers.meaning.text_lines import is_section_heading, read_line, unanswered_label
from parsers.meaning.values import (
    find_postcode,
    is_level_range,
    latest_date,
    normalise_postcode,
    parse_level,
    parse_uk_date,
    parse_yes_no,
)
from parsers.meaning.vocabulary import SectionKind, person_part, section_kind

Row = tuple[str, ...]


def read_blocks(content: Content) -> Found:
    found = Found()
    blocks = content.blocks
    for index, (block, place) in enumerate(zip(blocks, places_of(content), strict=True)):
        found.place = place
        found.table_next = index + 1 < len(blocks) and isinstance(blocks[index + 1], Table)
        if isinstance(block, Pair):
            read_pair(found, block.label, block.value)
        elif isinstance(block, Table) and _answers_the_heading(found, block):
            found.add(Field.NARRATIVE, "\n".join(row[0] for row in block.rows))
            found.pending = None
        elif isinstance(block, Table) and _addresses_the_heading(found, block):
            read_pair(found, found.section, ", ".join(c for c in block.rows[0] if c.strip()))
            found.pending = None  # "Home address" over "4 Grange Road, Halesowen | B63 4HJ"
        elif isinstance(block, Table):
            found.pending = None
            _read_table(found, block.rows)
        elif isinstance(block, Heading):
            found.family = None
            found.section = block.text
            found.pending = field_for(block.text) if is_known_label(block.text) and (
                found.values or block.text.strip() != content.title.strip()) else None
            found.continues = False
        elif not found.values and block.strip() == content.title.strip():
            found.section = block  # "Record of Concern / Request for Assistance": the
            found.pending = None  # form's title (as a heading too), not a label
        else:
            if _starts_a_part(block):
                found.family = None  # "Referrer" over the next table: not more family
            read_line(found, block)
    return found


def _starts_a_part(line: str) -> bool:
    text = line.strip().rstrip(":")
    return bool(text) and len(text) <= 60 and (is_known_label(text) or is_section_heading(text)
                                               or section_kind(text) is not SectionKind.OTHER)


def _answers_the_heading(found: Found, table: Table) -> bool:
    """A box of free text under a narrative heading ("Summary of need" then one cell)."""
    return (found.pending is Field.NARRATIVE and bool(table.rows)
            and all(len([c for c in row if c.strip()]) <= 1 for row in table.rows)
            and not any(is_known_label(row[0]) for row in table.rows if row))


def _addresses_the_heading(found: Found, table: Table) -> bool:
    """One row of unlabelled boxes, a postcode among them, under a home address heading."""
    return (found.pending is Field.ADDRESS and len(table.rows) == 1
            and not any(is_known_label(c) for c in table.rows[0] if c.strip())
            and find_postcode(" ".join(table.rows[0])) is not None)


def _read_table(found: Found, rows: tuple[Row, ...]) -> None:
    rows = tuple(unspanned(r) for r in rows)
    if _read_family(found, rows) or _read_family(found, turned_round(rows) or ()):
        return
    if _continues_family(found, rows):
        found.people.extend(person_rows(rows, found.family[1] if found.family else {}))
        return
    found.family = None
    skip_next = False
    table = found.place
    found.not_home = bool(rows) and _lists_professionals(rows[0])  # "Name | Agency |
    # Address | Telephone": the GP's and the school's addresses, whatever the heading says
    for position, row in enumerate(rows):
        found.place = f"{table}, row {position + 1}"
        if skip_next:
            skip_next = False
            continue
        below = rows[position + 1] if position + 1 < len(rows) else None
        skip_next = _read_row(found, row, below, rows[position - 1] if position else None)
    found.not_home = False


_AGENCY_COLUMN = re.compile(r"^(agency|organi[sz]ation|service|profession|designation|role|"
                            r"job title|agency ?/ ?role|role ?/ ?agency)$")


def _lists_professionals(header: Row) -> bool:
    """A header row naming people and their agency or role ("Name | Agency | Address")."""
    cells = [normalise_label(c) for c in header if c.strip()]
    return len(cells) >= 3 and "name" in cells and any(_AGENCY_COLUMN.match(c) for c in cells)


def _read_family(found: Found, rows: tuple[Row, ...]) -> bool:
    """Reads a family table (header within the first rows); False when `rows` is not one."""
    header = find_header(rows)
    if header is None:
        return False
    index, columns = header
    found.people.extend(person_rows(rows[index + 1:], columns))
    found.family = (max(len(r) for r in rows), columns)
    place = found.place
    for number, row in enumerate(rows, start=1):
        cells = [c for c in unspanned(row) if c.strip()]
        if len(cells) == 2 and field_for(cells[0], found.section) in (Field.ADDRESS,
                                                                      Field.POSTCODE):
            found.place = f"{place}, row {number}"  # "Home address | 31 Stour Street ..."
            read_pair(found, cells[0], cells[1])  # as the family table's last row
    found.place = place
    return True


def _continues_family(found: Found, rows: tuple[Row, ...]) -> bool:
    """True for a headerless table as wide as the family table just read, with no label
    where the names go and no address label (a label/value table of the same width, "Home
    address | ... | Postcode | ...", is not a continuation)."""
    if found.family is None or not rows:
        return False
    width, columns = found.family
    name = columns.get(Column.NAME, 0)
    return all(len(r) == width and not is_known_label(r[name])
               and not any(field_for(c) in (Field.ADDRESS, Field.POSTCODE) for c in r)
               for r in rows)


def _read_row(found: Found, row: Row, below: Row | None, above: Row | None = None) -> bool:
    """Reads one table row; True when it was a label row and `below` held its values."""
    cells = tuple(c for c in row if c.strip())
    if len(cells) == 1 and unanswered_label(row):
        return False
    if len(cells) == 1:
        read_line(found, cells[0])
        if found.pending is None or not is_known_label(cells[0].strip().rstrip(":"),
                                                       found.section):
            found.pending = None  # (a label alone in its row is answered in the row below)
        return False
    # A label row may hold labels this section ignores ("Address" among the referrer's).
    labels = [_label_cell(c, found.section) for c in row]
    if below is not None and all(lab is not None for lab, c in zip(labels, row, strict=True)
                                 if c.strip()) and not any(_label_cell(c, "") for c in below):
        for label, value in zip(row, below, strict=False):
            read_pair(found, label, value)
        return True
    for label, value in _row_pairs(row, above):
        read_pair(found, label, value)
    return False


_ELSEWHERE_ADDRESS = re.compile(r"\b(previous|former|secondary|second|other|old|work|school)\b"
                                r".*\baddress(es)?\b", re.IGNORECASE)


_ANOTHER_PLACE = re.compile(r"\b(school|pre-?school|nursery|college|gp|surgery|practice|"
                            r"setting|agency|organisation|hospital|clinic)\b", re.IGNORECASE)


def _row_pairs(row: Row, above: Row | None = None) -> list[tuple[str, str]]:
    """Label | value | label | value; a postcode in two boxes ("B63" | "3BL") after its
    label is one value. A postcode under another place's address in the row above ("Home
    Address | ... | Any other relevant addresses | ..." then "Postcode | ... | Postcode |
    ...") is that place's."""
    pairs: list[tuple[str, str]] = []
    index = 0
    elsewhere = False  # "Previous Address | ... | Postcode | ...": that postcode is not home's
    while index < len(row) - 1:
        label, value, step = row[index], row[index + 1], 2
        target = field_for(label)
        over = above[index] if above is not None and index < len(above) else ""
        if target is Field.POSTCODE and field_for(over) is None and _ELSEWHERE_ADDRESS.search(
                over):
            index += 2
            continue
        if target is None and (_ELSEWHERE_ADDRESS.search(label) or _ANOTHER_PLACE.search(label)):
            elsewhere = True  # "School / Pre-school | Hawbush Primary | Address: | ..."
        elif elsewhere and target in (Field.POSTCODE, Field.ADDRESS):
            index += 2
            continue
        if field_for(label) is Field.POSTCODE and index + 2 < len(row):
            joined = f"{value} {row[index + 2]}"
            if normalise_postcode(value) is None and normalise_postcode(joined):
                value, step = joined, 4 if index + 3 < len(row) and not row[index + 3] else 3
        pairs.append((label, value))
        index += step
    return pairs


def _label_cell(cell: str, section: str) -> Field | None:
    """The field a table cell labels; none for a cell with a number in it, which is an
    answer ("Level 2 (Additional needs)") however much it reads like a heading."""
    if any(c.isdigit() for c in cell):
        return None
    found = field_for(cell, section) or field_for(cell)
    if found is None and person_part(cell) is not None:
        return Field.CHILD_NAME  # a household member's label ("Name of child(ren)"): a label
    return found


def build_form(content: Content, *, source_name: str = "") -> Form:
    """The Form for a file's content; anything uncertain goes to `warnings`."""
    found = read_blocks(content)
    household = read_household(content)
    text = content_text(content)
    title = content.title or next((t for t in map(_block_text, content.blocks) if t.strip()
                                   and not _SALUTATION.match(t)), "")
    warnings: list[str] = list(content.warnings)
    assessed = _date_field(found, Field.ASSESSMENT_DATE, "assessment date", warnings)
    home = home_answers(found) or family_table_home(household)
    later: list[str] = []  # said after the people, as the admin reads the form
    address, level = home_address(home, later), _level(found, household, later)
    read = members(household, assessed or latest_date(text), address.postcode)
    assessed = _completed(assessed, read.people)
    warnings.extend(read.warnings)
    if not read.people:
        warnings.append("no family members found")
    warnings.extend(f"{UNREAD_MEMBER} ({place})" for place in household.unread_rows)
    warnings.extend(later)
    doubt = postcode_doubt(home)
    if doubt:
        warnings.append(doubt)
    answers = [parse_yes_no(value) for value in found.values.get(Field.RISK, [])]
    risk = True if True in answers else False if False in answers else None  # one "Yes"
    # among the answers is a risk
    lead = lead_contact(found.contacts)
    return Form(
        form_type=form_type_of(title, text), people=read.people, address=address,
        lead_professional=lead_professional(lead, household), level_of_need=level,
        postcode_doubt=doubt,
        warnings=tuple(warnings), assessment_date=assessed,
        risk_of_significant_harm=risk if risk is not None else household.safeguarding_ticked,
        verbal_consent_recorded=parse_yes_no(found.first(Field.VERBAL_CONSENT)) is True,
        free_text="\n\n".join(found.values.get(Field.NARRATIVE, [])), source_name=source_name,
        sources=_form_sources(read, home, household) + lead_sources(lead),
        layout_fingerprint=layout_fingerprint(content),
    )


# "Hi Early Help team," opens a message: the form's title is what follows it.
_SALUTATION = re.compile(r"^\s*((hi|hello|dear|good (morning|afternoon|evening)|to whom)\b|"
                         r"(to|from|cc|subject|date|sent)\s*:)", re.IGNORECASE)  # (and a
# letter's "To: ... From: ..." lines)


def _block_text(block: Block) -> str:
    if isinstance(block, Table):
        return "\n".join(" | ".join(row) for row in block.rows)
    if isinstance(block, Pair):
        return f"{block.label}: {block.value}"
    return block.text if isinstance(block, Heading) else block


def _date_field(found: Found, target: Field, what: str, warnings: list[str]) -> dt.date | None:
    """The latest date given for the field: a form that says when the assessment started
    and when it was completed was completed on the later."""
    texts = found.values.get(target, [])
    dates = [d for d in map(parse_uk_date, texts) if d is not None]
    if texts and not dates:
        warnings.append(f"{what} unreadable")
    return max(dates, default=None)


def _completed(assessed: dt.date | None, people: tuple[Person, ...]) -> dt.date | None:
    """The day the form was completed: the assessment date, or the day the family signed
    when that is later (ages for consent are taken on the day they were asked)."""
    signed = [p.consent.date for p in people if p.consent.date is not None]
    return max([d for d in (assessed, *signed) if d is not None], default=None)


def _level(found: Found, household: Household, warnings: list[str]) -> int | None:
    text = found.first(Field.LEVEL)
    level = parse_level(text)
    if level is None and household.levels:
        text, level = household.levels[0][0], parse_level(household.levels[0][0])
    stated = next(filter(None, map(_STATED_LEVEL.match, found.values.get(Field.NARRATIVE, []))),
                  None)
    if level is None and not text and stated is not None:
        text, level = stated[1], parse_level(stated[1])
    said = {m[1].lower() for v in found.values.get(Field.NARRATIVE, [])
            for m in _SAID_LEVEL.finditer(v)}
    if level is None and not text and len(said) == 1:  # "Needs continue at Level 3 –
        text = said.pop()  # Complex Multiple Needs" (Doncaster step-down), one level said
        level = parse_level(text)
    if text and level is None:
        warnings.append("level of need unreadable")
    elif is_level_range(text):
        warnings.append("level of need unclear: two levels given, the higher taken")
    return level


_SAID_LEVEL = re.compile(r"(?<!key )(?<!stage )\b((?:level|tier)\s*[1-4])(?!\.\d|\d)"
                         r"(?!\s+(?:course|qualification|diploma|certificate|award|btec|nvq|"
                         r"apprenticeship|maths|english|functional|study|programme|student))",
                         re.IGNORECASE)  # ("a Level 1 course": a college's level, no need)


# A summary that opens with the level it judges ("Level 3 – complex needs: ...").
# ("Continuum of Need: Level 3 (targeted). Kyle's attendance ...": East Sussex.)
_STATED_LEVEL = re.compile(r"^\s*(?:(?:continuum of needs?|level of need|threshold|descriptions? "
                           r"of need)\s*[:–-]\s*)?((level|tier)\s*[1-4])\b", re.IGNORECASE)


def _form_sources(read: Members, home: Home, household: Household) -> tuple[tuple[str, str], ...]:
    found = [(f"people.{i}.{key}", place) for i, person in enumerate(read.sources)
             for key, place in person.items()]
    if home.place:
        found.append(("address.postcode", home.place))
    if household.levels:
        found.append(("level_of_need", household.levels[0][1]))
    return tuple(found)


def has_form_fields(form: Form) -> bool:
    """True when something only a referral form carries was found."""
    people: tuple[Person, ...] = form.people
    return bool(people or form.address.postcode or form.lead_professional.name
                or form.level_of_need is not None)


def content_text(content: Content) -> str:
    """All the text of a file's content, one line per line or table row."""
    return "\n".join(_block_text(b) for b in content.blocks)
