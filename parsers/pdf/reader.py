"""A Form from PDF bytes: AcroForm fields where present, else the text layer.

pypdf reads the fields (it is the lean reader on hostile files); pdfplumber reads
lines and ruled tables. Pages are capped; text inside tables is read once, as a table.
"""

from __future__ import annotations

import io
import re
from collections.abc import Iterator
from typing import Any

import pdfplumber
from pypdf import PdfReader

from parsers.converters import PageToTsv
from parsers.form import Form
from parsers.layout import Block, Content, Heading, Pair, Table
from parsers.limits import DEFAULT_LIMITS, ParseLimits
from parsers.meaning.interpret import build_form
from parsers.meaning.labels import document_title, is_known_label
from parsers.meaning.people.family_table import Column
from parsers.meaning.vocabulary import heads_people
from parsers.pdf.cells import table_rows
from parsers.pdf.field_grids import field_grids
from parsers.pdf.joins import dates_in_three, unwrapped
from parsers.pdf.printed_labels import Printed, printed_labels
from parsers.pdf.scanned import read_scanned
from parsers.pdf.sections import Place, field_places, full_name, with_headings
from parsers.pdf.text_columns import blocks_of_lines, segments
from parsers.results import UnreadableFile

MAX_PAGES = 50  # real forms run to 10-20 pages; the cap bounds the time a file can take
# "person1_name", "Family member 2 - Date of birth", "Household member 3: Signature"
_PERSON_FIELD = re.compile(r"(?:family\s+member|household\s+member|person|member|family"
                           r"|household)\s*[_#]?\s*(\d{1,2})(?!\d)\s*[-_:.,]*\s*(.+)",
                           re.IGNORECASE)


def extract_pdf(filename: str, data: bytes,
                limits: ParseLimits = DEFAULT_LIMITS) -> Form | UnreadableFile:
    """The form in a PDF, or why it could not be read."""
    content = read_pdf(filename, data, limits)
    if isinstance(content, UnreadableFile):
        return content
    return build_form(content, source_name=filename)


def read_pdf(filename: str, data: bytes, limits: ParseLimits = DEFAULT_LIMITS,
             page_to_tsv: PageToTsv | None = None) -> Content | UnreadableFile:
    """The blocks of a PDF, or why it could not be read (a scanned one is read by OCR
    when `limits.ocr` says so)."""
    try:
        reader = PdfReader(io.BytesIO(data))
        if reader.is_encrypted and not _opens_without_password(reader):
            return UnreadableFile(filename, "password protected")
        fields = _acroform_blocks(reader, data)
        text_blocks = _text_blocks(data)
        xfa = _is_xfa(reader)
    except MemoryError:  # the reader process's limit: reported as such by the caller
        raise
    except Exception:  # pypdf/pdfminer raise many types on corrupt input
        return UnreadableFile(filename, "corrupt or truncated PDF")
    if xfa and not any(isinstance(b, Pair) and b.value for b in fields):
        return UnreadableFile(filename, XFA_FORM)
    if not any(isinstance(b, str) and b.strip() for b in text_blocks) and not fields:
        return read_scanned(filename, data, limits, page_to_tsv)
    title = document_title("", [b for b in text_blocks if isinstance(b, str)])
    blocks = [*fields, *_printed_prose(text_blocks, title)] if fields else text_blocks
    return Content(blocks=tuple(blocks), title=title)


def _printed_prose(blocks: list[Block], title: str) -> list[Block]:
    """What a fillable form's pages print besides its boxes' labels: sentences (an answer
    typed into the page, "Lauren Hurst agrees to this referral … Signed: L Hurst"), each
    after the heading above it, to be read after the boxes."""
    prose: list[Block] = []
    heading: Block | None = None
    for block in blocks:
        if isinstance(block, Heading):
            heading = block
        elif (isinstance(block, str) and len(block.split()) >= 5 and not is_known_label(block)
              and block.strip() != title.strip()):  # (the form's title is no answer)
            if heading is not None:
                prose.append(heading)
                heading = None
            prose.append(block)
    return prose


XFA_FORM = ("an XFA form (Adobe LiveCycle), which only Adobe Reader can show: ask the sender "
            "to print it to PDF or send the Word form")
MAX_EMBEDDED = 10  # a form with its plan attached; more is not how referrals arrive
_HIDDEN_FLAGS = 2 | 32  # annotation flags Hidden and NoView (PDF 32000-1, 12.5.3)


def embedded_files(data: bytes) -> list[tuple[str, bytes]]:
    """Files attached inside a PDF (its EmbeddedFiles), first `MAX_EMBEDDED`; never raises."""
    try:
        reader = PdfReader(io.BytesIO(data))
        if reader.is_encrypted and not _opens_without_password(reader):
            return []
        found = [(str(name), content) for name, contents in reader.attachments.items()
                 for content in contents]
    except MemoryError:
        raise
    except Exception:  # a damaged name tree: the PDF itself is still read
        return []
    return found[:MAX_EMBEDDED]


def _is_xfa(reader: PdfReader) -> bool:
    root: Any = reader.trailer["/Root"]
    form = root.get("/AcroForm")
    return form is not None and "/XFA" in form.get_object()


def _hidden_fields(reader: PdfReader) -> set[str]:
    """Names of fields whose every widget is hidden: never read as what the page shows
    (a hidden postcode must not route a family that the page puts elsewhere)."""
    shown: set[str] = set()
    hidden: set[str] = set()
    for page in reader.pages[:MAX_PAGES]:
        for annotation in page.get("/Annots") or []:
            widget = annotation.get_object()
            name = full_name(widget)
            if not name:
                continue
            flags = int(widget.get("/F", 0))
            (hidden if flags & _HIDDEN_FLAGS else shown).add(name)
    return hidden - shown


def _opens_without_password(reader: PdfReader) -> bool:
    """Councils often lock a form against editing with only an owner password: it opens
    without one (the empty user password), as in any PDF viewer, and is read as usual."""
    return bool(reader.decrypt(""))


def _acroform_blocks(reader: PdfReader, data: bytes) -> list[Block]:
    """Label/value pairs and a family table from the form's fields.

    A field's label is its tooltip; else its name when that means something; else the
    label printed beside or above it on the page ("Text12" says nothing). Fields laid
    out as a grid under printed family column headings are the family table.
    """
    fields: dict[str, Any] = reader.get_fields() or {}
    hidden = _hidden_fields(reader) if fields else set()
    fields = {name: spec for name, spec in fields.items() if name not in hidden}
    unnamed = {name for name, spec in fields.items()  # (a box named for a member, "Household
               if not spec.get("/TU") and (not _names_itself(name)  # 1 name", may sit in a
                                           or _PERSON_FIELD.fullmatch(name.strip()))}  # grid)
    printed = printed_labels(reader, data, unnamed, MAX_PAGES) if unnamed else {}
    values = {name: _field_value(spec.get("/V")) for name, spec in fields.items()}
    places = field_places(reader, MAX_PAGES)
    grids = field_grids(places, values)
    in_grids = {name for grid_rows in grids for row in grid_rows for name in row}
    grid = {n: c for n, c in _family_grid(printed, values).items() if n not in in_grids}
    named: list[tuple[str, Block]] = [
        (rows[0][0], Table(tuple(tuple(values[n] for n in row) for row in rows)))
        for rows in grids]
    people: dict[int, dict[Column, str]] = {}
    for name, spec in fields.items():
        if name in grid or name in in_grids:
            continue
        label = str(spec.get("/TU") or (printed[name].label if name in printed else "")
                    or _CAMEL.sub(" ", name))  # "ConcernByEmail": "Concern By Email"
        if not _add_person_cell(people, label, values[name]) and not _add_person_cell(
                people, name, values[name]):
            named.append((name, Pair(label, values[name])))
    named += _printed_grids(grid, printed, values, places)
    pairs = dates_in_three(with_headings(data, named, places, MAX_PAGES))
    if people:
        pairs.append(_people_table(people))
    return pairs if any(isinstance(p, Pair) and p.value for p in pairs) or people else []


_DATE_PART = re.compile(r"(?i)\b(day|month|year|dd|mm|yy|yyyy)\b")
_CAMEL = re.compile(r"(?<=[a-z])(?=[A-Z])")


def _family_grid(printed: dict[str, Printed], values: dict[str, str]) -> dict[str, Column]:
    """Fields under family column headings, on rows holding two such columns or more."""
    cells = {name: column for name, mark in printed.items()
             if (column := _person_column(mark.heading)) is not None
             and _PERSON_FIELD.fullmatch(mark.heading) is None}
    rows: dict[float, set[Column]] = {}
    for name, column in cells.items():
        rows.setdefault(printed[name].row, set()).add(column)
    grid_rows = {row for row, columns in rows.items() if len(columns) >= 2}
    for name, mark in printed.items():  # a box on a grid's row whose printed heading says
        # nothing of it, named for what it holds ("Consent 1" beside "Consent name 1")
        column = _person_column(name) if name not in cells and mark.row in grid_rows else None
        if column is not None and (column not in rows[mark.row] or (
                column is Column.DOB and _DATE_PART.search(name))) and not name.lower(
                ).startswith("text"):  # ("P1 DOB Day", "P1 DOB Month": one date in three)
            cells[name] = column
            rows[mark.row].add(column)
    return {name: column for name, column in cells.items()
            if len(rows[printed[name].row]) >= 2 and name in values}


def _printed_grids(grid: dict[str, Column], printed: dict[str, Printed], values: dict[str, str],
                   places: dict[str, Place]) -> list[tuple[str, Block]]:
    """Each grid of boxes under printed family column headings as a table headed by
    them, placed by its first box so that it falls in its own section ("Significant
    people not living in the household" is not the household)."""
    rows: dict[float, list[str]] = {}
    for name in grid:
        rows.setdefault(printed[name].row, []).append(name)
    tables: list[tuple[tuple[str, ...], list[str], list[tuple[str, ...]]]] = []
    for row in sorted(rows):
        names = sorted(rows[row], key=lambda n: places[n][2] if n in places else 0.0)
        header = tuple(_HEADER[grid[n]] for n in names)  # (what the box's printed heading
        # or its name says: "How recorded" in a box named "Consent 1" is the consent)
        cells = tuple(values[n] for n in names)
        if tables and tables[-1][0] == header:
            tables[-1][2].append(cells)
        else:
            tables.append((header, names, [cells]))
    return [(names[0], Table((header, *body))) for header, names, body in tables
            if any(any(cells) for cells in body)]


def _names_itself(name: str) -> bool:
    """True for a field name that says what it holds ("postcode", "person2_dob")."""
    match = _PERSON_FIELD.fullmatch(name.strip())
    return is_known_label(name) or (match is not None and _person_column(match[2]) is not None)


def _field_value(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, list):
        return ", ".join(_field_value(v) for v in value)
    text = str(value)
    if text.startswith("/"):  # a check box or radio name such as /Yes or /Off
        text = text[1:]
    return "" if text == "Off" else text


def _add_person_cell(people: dict[int, dict[Column, str]], label: str, value: str) -> bool:
    match = _PERSON_FIELD.fullmatch(label.strip())
    column = _person_column(match[2]) if match else None
    if match is None or column is None:
        return False
    people.setdefault(int(match[1]), {})[column] = value
    return True


def _person_column(text: str) -> Column | None:
    words = text.lower().replace("_", " ").replace(".", "")  # "D.O.B." is "dob"
    if "birth" in words or "dob" in words:
        return Column.DOB
    if "consent" in words or "sign" in words:
        return Column.CONSENT_DATE if "date" in words else Column.CONSENT
    if "date" in words:
        return Column.CONSENT_DATE  # a member's only other date is the date of birth
    if "relation" in words or re.search(r"\brel(ship)?\b", words):  # ("member1rel")
        return Column.RELATIONSHIP
    if re.search(r"\b(lives?|living)\b", words):
        return Column.LIVES_HERE  # "Household 3 lives": "No - Crawley RH10"
    if "address" in words:
        return Column.ADDRESS  # "Contact / address": "Does not live with Chelsea - Tipton"
    if "surname" in words or "last name" in words or "family name" in words:
        return Column.SURNAME
    return Column.NAME if "name" in words or heads_people(text) else None


_HEADER = {Column.NAME: "Name", Column.SURNAME: "Surname", Column.DOB: "Date of birth",
           Column.RELATIONSHIP: "Relationship", Column.CONSENT: "Consent signature",
           Column.CONSENT_DATE: "Consent date", Column.LIVES_HERE: "Lives at the home address",
           Column.ADDRESS: "Address"}


def _people_table(people: dict[int, dict[Column, str]]) -> Table:
    rows = [tuple(people[n].get(c, "") for c in _HEADER) for n in sorted(people)]
    return Table((tuple(_HEADER.values()), *rows))


def _text_blocks(data: bytes) -> list[Block]:
    """Every page's blocks in reading order, less the running page header and footer."""
    with pdfplumber.open(io.BytesIO(data)) as pdf:
        pages = [(_page_blocks(page), _margin_lines(page)) for page in pdf.pages[:MAX_PAGES]]
    running = _running(margins for _, margins in pages)
    kept = [block for blocks, margins in pages for block in blocks
            if not (isinstance(block, str) and block in margins and _key(block) in running)]
    return overflow_joined(unwrapped(kept))


_DOMAIN_REST = re.compile(r"[A-Za-z0-9-]*(\.[A-Za-z0-9-]+)*\.?")
_CUT_EMAIL = re.compile(r"[\w.+'-]+@[\w.-]+$")


def overflow_joined(blocks: list[Block]) -> list[Block]:
    """An email address too long for its box, printed on past the table ("...@school.exampl"
    then "e.sch.uk" on a line of its own), joined back into the one cell that holds it."""
    joined: list[Block] = []
    for block in blocks:
        previous = joined[-1] if joined else None
        if (isinstance(block, str) and isinstance(previous, Table)
                and _DOMAIN_REST.fullmatch(block.strip())):
            table = _with_rest(previous, block.strip())
            if table is not None:
                joined[-1] = table
                continue
        joined.append(block)
    return joined


def _with_rest(table: Table, rest: str) -> Table | None:
    cut = [(r, c) for r, row in enumerate(table.rows) for c, cell in enumerate(row)
           if _CUT_EMAIL.search(cell.strip()) and ("." in rest or cell.strip().endswith(".")
                                                  or re.fullmatch(r"[a-z]{1,3}", rest))]
    if len(cut) != 1:
        return None
    at_row, at_cell = cut[0]
    rows = [list(row) for row in table.rows]
    rows[at_row][at_cell] = rows[at_row][at_cell].rstrip() + rest
    return Table(tuple(tuple(row) for row in rows))


_MARGIN = 0.08  # of the page's height: where page headers and footers are printed


def _margin_lines(page: Any) -> set[str]:
    """The text lines printed in the top and bottom margins of a page."""
    height = float(page.height)
    return {line["text"] for line in page.extract_text_lines()
            if line["top"] < height * _MARGIN or line["bottom"] > height * (1 - _MARGIN)}


def _running(pages: Iterator[set[str]]) -> set[str]:
    """Margin lines that recur on two pages or more (page numbers aside): the running
    header and footer, which carry the council's address and email, never the family's."""
    seen: dict[str, int] = {}
    for margins in pages:
        for key in {_key(line) for line in margins}:
            seen[key] = seen.get(key, 0) + 1
    return {key for key, count in seen.items() if count > 1}


def _key(line: str) -> str:
    return re.sub(r"\d+", "#", " ".join(line.split()))


def _page_blocks(page: Any) -> list[Block]:
    tables = page.find_tables()
    boxes = [table.bbox for table in tables]

    def outside(obj: dict[str, Any]) -> bool:
        return not any(_inside(obj, box) for box in boxes)

    text_page = page.filter(outside) if boxes else page
    placed = blocks_of_lines([(float(line["top"]), segments(line)) for line in
                              text_page.extract_text_lines(return_chars=True)])
    for table in tables:
        placed.append((table.bbox[1], Table(table_rows(page, table))))
    # In the order they appear down the page, so a table split over pages stays next to
    # its first part and a heading below a table stays below it.
    return [block for _, block in sorted(placed, key=lambda item: item[0])]


def _inside(obj: dict[str, Any], box: tuple[float, float, float, float]) -> bool:
    if "x0" not in obj or "top" not in obj:
        return False
    """By the object's middle, as pdfplumber gives a character to a table cell: a letter
    straddling the table's edge is the table's, never read twice."""
    x0, top, x1, bottom = box
    middle_x = (float(obj["x0"]) + float(obj["x1"])) / 2
    middle_y = (float(obj["top"]) + float(obj["bottom"])) / 2
    return bool(x0 <= middle_x <= x1 and top <= middle_y <= bottom)
