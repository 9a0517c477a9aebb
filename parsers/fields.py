"""Label/value pairs and family rows to a Form: the logic shared by the .docx and PDF readers.

A reader turns its file into `Content`: blocks in reading order, each a line of text,
a table (rows of cell text) or a pair it already knows (an AcroForm field). This
module finds the labelled values and the family table in them and builds the Form.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field

from parsers.form import Address, Form, LeadProfessional, Person
from parsers.labels import Field, field_for, form_type_of, is_known_label
from parsers.people import (
    Column,
    PersonRow,
    build_people,
    find_header,
    person_rows,
    turned_round,
)
from parsers.values import (
    find_postcode,
    find_postcodes,
    is_placeholder,
    normalise_postcode,
    parse_level,
    parse_uk_date,
    parse_yes_no,
)

Row = tuple[str, ...]
_LABEL_VALUE = re.compile(r"^\s*([^:]{2,80}?)\s*[:?]+\s*(.*)$")  # "harm?: No" too
_YES_NO_FIELDS = frozenset({Field.RISK, Field.VERBAL_CONSENT})
_EMAIL = re.compile(r"[\w.+'-]+@[\w-]+(?:\.[\w-]+)+")


@dataclass(frozen=True)
class Table:
    rows: tuple[Row, ...]


@dataclass(frozen=True)
class Pair:
    label: str
    value: str


@dataclass(frozen=True)
class Heading:
    """A line the reader knows is a heading (Word heading styles): it starts a section."""

    text: str


Block = str | Table | Pair | Heading


@dataclass(frozen=True)
class Content:
    """What a reader found in one file, in reading order."""

    blocks: tuple[Block, ...]
    title: str = ""


@dataclass
class _Found:
    """Accumulator used only while reading one file's blocks."""

    values: dict[Field, list[str]] = field(default_factory=dict)
    people: list[PersonRow] = field(default_factory=list)
    section: str = ""
    pending: Field | None = None
    continues: bool = False  # the next plain line continues the last narrative value
    # The last family table's width and columns while the next table may continue it
    # (a table split over two pages without its header row repeated).
    family: tuple[int, dict[Column, int]] | None = None

    def add(self, found: Field, value: str) -> bool:
        text = value.strip()
        if text and not is_placeholder(text):
            self.values.setdefault(found, []).append(text)
            return True
        return False

    def first(self, found: Field) -> str:
        return self.values.get(found, [""])[0]


def read_blocks(blocks: tuple[Block, ...]) -> _Found:
    found = _Found()
    for block in blocks:
        if isinstance(block, Pair):
            _read_pair(found, block.label, block.value)
        elif isinstance(block, Table):
            found.pending = None
            _read_table(found, block.rows)
        elif isinstance(block, Heading):
            found.family = None
            found.section = block.text
            found.pending = field_for(block.text) if is_known_label(block.text) else None
            found.continues = False
        else:
            _read_line(found, block)
    return found


def _read_pair(found: _Found, label: str, value: str) -> bool:
    target = field_for(label, found.section)
    if target is None:
        return False
    found.continues = found.add(target, value) and target is Field.NARRATIVE
    return True


def _read_line(found: _Found, line: str) -> None:
    text = " ".join(line.split())
    if not text:
        return
    labelled = _labelled(text, found.section)
    if labelled is not None:
        _read_labelled(found, *labelled)
    elif _is_label_line(found, text):
        found.pending, found.continues = field_for(text, found.section), False
    elif found.pending is Field.NARRATIVE and found.continues:
        found.values[Field.NARRATIVE][-1] += " " + text
    elif found.pending is Field.NARRATIVE or (
            found.pending is not None and _leading_label(text, found.section) is None):
        found.continues = found.add(found.pending, text) and found.pending is Field.NARRATIVE
        if found.pending is not Field.NARRATIVE:
            found.pending = None
    elif (pair := _leading_label(text, found.section)) is not None:
        _read_pair(found, *pair)
        found.pending = None
    elif len(text) <= 60 and ":" not in text:
        found.section = text


def _is_label_line(found: _Found, text: str) -> bool:
    """A line that is a label alone. Not when a value is awaited and the line has a number
    ("Level 2 (Additional needs)" under "Level of need"), nor a sentence, nor when it only
    reads as a narrative heading but starts with another field's label ("Level of need
    Level 2 (Additional needs)")."""
    target = field_for(text, found.section)
    if target is None:
        return False
    if found.pending not in (None, Field.NARRATIVE) and any(c.isdigit() for c in text):
        return False
    if target is Field.NARRATIVE and _reads_as_a_sentence(text):
        return False  # "Concerns about sleep." is the narrative, not its heading
    return target is not Field.NARRATIVE or _leading_label(text, found.section) is None


def _reads_as_a_sentence(text: str) -> bool:
    return text.rstrip().endswith((".", "!")) or len(text.split()) > _MAX_LABEL_WORDS


def _labelled(text: str, section: str) -> tuple[str, str] | None:
    """"Label: value" (or "Label? value"), or a yes/no question with its answer after it
    and no colon ("Verbal consent obtained Yes"); None otherwise."""
    match = _LABEL_VALUE.match(text)
    if match and field_for(match[1], section) is not None:
        return match[1], match[2]
    question, _, answer = text.rpartition(" ")
    if answer.lower() in ("yes", "no") and field_for(question, section) in _YES_NO_FIELDS:
        return question, answer
    return None


def _read_labelled(found: _Found, label: str, value: str) -> None:
    _read_pair(found, label, value)
    target = field_for(label, found.section)
    found.pending = target if not value.strip() else None
    if found.pending is None and target is Field.NARRATIVE:
        found.pending = Field.NARRATIVE  # wrapped narrative continues on the next lines


_MAX_LABEL_WORDS = 8  # "Name of lead professional or practitioner" and no longer


def _leading_label(text: str, section: str) -> tuple[str, str] | None:
    """A label at the start of a line and its value after it with no colon ("Post code
    DY8 1AA"), as flattened PDFs print them. The longest label wins; a label never ends
    in a number ("Address 14 Cedar Road" is the address). Narrative labels are not read
    this way: a sentence may start with "Concerns"."""
    words = text.split()
    for size in range(min(len(words) - 1, _MAX_LABEL_WORDS), 0, -1):
        if any(c.isdigit() for c in words[size - 1]):
            continue
        label = " ".join(words[:size])
        target = field_for(label, section)
        if target is not None and target is not Field.NARRATIVE:
            return label, " ".join(words[size:])
    return None


def _read_table(found: _Found, rows: tuple[Row, ...]) -> None:
    if _read_family(found, rows) or _read_family(found, turned_round(rows) or ()):
        return
    if _continues_family(found, rows):
        found.people.extend(person_rows(rows, found.family[1] if found.family else {}))
        return
    found.family = None
    skip_next = False
    for position, row in enumerate(rows):
        if skip_next:
            skip_next = False
            continue
        below = rows[position + 1] if position + 1 < len(rows) else None
        skip_next = _read_row(found, row, below)


def _read_family(found: _Found, rows: tuple[Row, ...]) -> bool:
    """Reads a family table (header within the first rows); False when `rows` is not one."""
    header = find_header(rows)
    if header is None:
        return False
    index, columns = header
    found.people.extend(person_rows(rows[index + 1:], columns))
    found.family = (max(len(r) for r in rows), columns)
    return True


def _continues_family(found: _Found, rows: tuple[Row, ...]) -> bool:
    """True for a headerless table as wide as the family table just read, with no label
    where the names go (a label/value table of the same width is not a continuation)."""
    if found.family is None or not rows:
        return False
    width, columns = found.family
    name = columns.get(Column.NAME, 0)
    return all(len(r) == width and not is_known_label(r[name]) for r in rows)


def _read_row(found: _Found, row: Row, below: Row | None) -> bool:
    """Reads one table row; True when it was a label row and `below` held its values."""
    cells = tuple(c for c in row if c.strip())
    if len(cells) == 1:
        _read_line(found, cells[0])
        found.pending = None
        return False
    labels = [field_for(c, found.section) for c in row]
    if below is not None and all(lab is not None for lab, c in zip(labels, row, strict=True)
                                 if c.strip()) and not any(is_known_label(c) for c in below):
        for label, value in zip(row, below, strict=False):
            _read_pair(found, label, value)
        return True
    for label, value in zip(row[0::2], row[1::2], strict=False):
        _read_pair(found, label, value)
    return False


def build_form(content: Content, *, source_name: str = "") -> Form:
    """The Form for a file's content; anything uncertain goes to `warnings`."""
    found = read_blocks(content.blocks)
    text = content_text(content)
    title = content.title or next((t for t in map(_block_text, content.blocks) if t.strip()), "")
    warnings: list[str] = []
    assessed = _date_field(found, Field.ASSESSMENT_DATE, "assessment date", warnings)
    people, notes = build_people(_person_rows(found), assessed)
    warnings.extend(notes)
    if not people:
        warnings.append("no family members found")
    address, level = _address(found, warnings), _level(found, warnings)
    doubt = postcode_doubt(found)
    if doubt:
        warnings.append(doubt)
    return Form(
        form_type=form_type_of(title, text), people=people, address=address,
        lead_professional=_lead(found), level_of_need=level, postcode_doubt=doubt,
        warnings=tuple(warnings), assessment_date=assessed,
        risk_of_significant_harm=parse_yes_no(found.first(Field.RISK)),
        verbal_consent_recorded=parse_yes_no(found.first(Field.VERBAL_CONSENT)) is True,
        free_text="\n\n".join(found.values.get(Field.NARRATIVE, [])), source_name=source_name,
    )


def _block_text(block: Block) -> str:
    if isinstance(block, Table):
        return "\n".join(" | ".join(row) for row in block.rows)
    if isinstance(block, Pair):
        return f"{block.label}: {block.value}"
    return block.text if isinstance(block, Heading) else block


def _person_rows(found: _Found) -> list[PersonRow]:
    if found.people:
        return found.people
    name = found.first(Field.CHILD_NAME)
    dob = found.first(Field.CHILD_DOB)
    return [PersonRow(name, dob, "child", "", "")] if name else []


def _date_field(found: _Found, target: Field, what: str, warnings: list[str]) -> dt.date | None:
    text = found.first(target)
    value = parse_uk_date(text)
    if text and value is None:
        warnings.append(f"{what} unreadable")
    return value


def _level(found: _Found, warnings: list[str]) -> int | None:
    text = found.first(Field.LEVEL)
    level = parse_level(text)
    if text and level is None:
        warnings.append("level of need unreadable")
    return level


def _address_lines(found: _Found) -> list[str]:
    return [part.strip() for value in found.values.get(Field.ADDRESS, [])
            for part in re.split(r"[\n,]+", value) if part.strip()]


def postcode_doubt(found: _Found) -> str:
    """Why the postcode read may not be the home's: two different postcodes in the
    postcode box (or in two boxes labelled postcode), or in the address, or one in
    each. Empty when there is no doubt."""
    boxed = find_postcodes("\n".join(found.values.get(Field.POSTCODE, [])))
    addressed = find_postcodes("\n".join(_address_lines(found)))
    if len(boxed) > 1:
        return "postcode uncertain: more than one postcode in the postcode box"
    if boxed and addressed and set(addressed) != set(boxed):
        return "postcode uncertain: the address and the postcode box differ"
    if not boxed and len(addressed) > 1:
        return "postcode uncertain: more than one postcode in the address"
    return ""


def _address(found: _Found, warnings: list[str]) -> Address:
    lines = _address_lines(found)
    written = found.first(Field.POSTCODE)
    postcode = normalise_postcode(written) or find_postcode(written)
    if postcode is None:
        postcode = next((p for p in (find_postcode(line) for line in lines) if p), None)
    if written and normalise_postcode(written) is None:
        warnings.append("postcode unreadable" if postcode is None else "postcode not on its own")
    elif postcode is None:
        warnings.append("no postcode found")
    kept = tuple(filter(None, (_without_postcode(line, postcode) for line in lines)))
    return Address(lines=kept, postcode=postcode)


def _without_postcode(line: str, postcode: str | None) -> str:
    """The address line less the postcode typed at its end ("Stourbridge DY9 0QQ")."""
    if postcode is None or normalise_postcode(line) == postcode:
        return "" if postcode else line
    words = line.split()
    for size in (1, 2):
        if len(words) > size and normalise_postcode("".join(words[-size:])) == postcode:
            return " ".join(words[:-size]).rstrip(" ,")
    return line


def _lead(found: _Found) -> LeadProfessional:
    """The lead professional; an email typed into the phone (or name, agency) box when the
    email box has none is moved to the email."""
    values = {f: found.first(f) for f in (Field.LP_NAME, Field.LP_AGENCY, Field.LP_EMAIL,
                                          Field.LP_PHONE)}
    if not _EMAIL.search(values[Field.LP_EMAIL]):
        for other in (Field.LP_PHONE, Field.LP_NAME, Field.LP_AGENCY):
            match = _EMAIL.search(values[other])
            if match:
                values[Field.LP_EMAIL] = match[0]
                rest = values[other][:match.start()] + " " + values[other][match.end():]
                values[other] = " ".join(rest.split()).strip(" /,;-")
                break
    return LeadProfessional(name=values[Field.LP_NAME], agency=values[Field.LP_AGENCY],
                            email=values[Field.LP_EMAIL], phone=values[Field.LP_PHONE])


def has_form_fields(form: Form) -> bool:
    """True when something only a referral form carries was found."""
    people: tuple[Person, ...] = form.people
    return bool(people or form.address.postcode or form.lead_professional.name
                or form.level_of_need is not None)


def content_text(content: Content) -> str:
    """All the text of a file's content, one line per line or table row."""
    return "\n".join(_block_text(b) for b in content.blocks)
