"""Legacy Word .doc files, read from their text as a converter (antiword) prints it.

antiword prints a .doc's text with table rows as `|cell|cell|` lines and a cell's further
lines as rows of their own; this module turns that text into the same `Content` the
other readers give. Running the converter (a child process with a time limit and a cap
on what it may print) is the worker's: `inbox_worker/reading/programs.py`. Without a
converter, or when it fails, the file is unreadable with the reason professionals have
always been given. Never raises.
"""

from __future__ import annotations

from parsers.converters import DocToText
from parsers.layout import Block, Content, Table
from parsers.results import UnreadableFile

REFUSED = "legacy Word .doc: please send .docx or PDF"
CONVERTED = "read from a legacy .doc by conversion"

def read_legacy_doc(filename: str, data: bytes,
                    doc_to_text: DocToText | None) -> Content | UnreadableFile:
    """The text of a .doc as blocks, or the plain reason it was not read (no converter,
    or the converter failed)."""
    text = doc_to_text(data) if doc_to_text is not None else None
    if text is None or not text.strip():
        return UnreadableFile(filename, REFUSED)
    return Content(blocks_of(text), warnings=(CONVERTED,))  # for the admin who checks it


def blocks_of(text: str) -> tuple[Block, ...]:
    """antiword's text as blocks: `|a|b|` lines grouped into tables, other lines as they are."""
    blocks: list[Block] = []
    rows: list[list[str]] = []
    for line in text.splitlines():
        stripped = line.strip()
        if len(stripped) > 1 and stripped.startswith("|") and stripped.endswith("|"):
            _add_row(rows, [cell.strip() for cell in stripped[1:-1].split("|")])
            continue
        if rows:
            blocks.append(Table(tuple(tuple(row) for row in rows)))
            rows = []
        if stripped:
            blocks.append(stripped)
    if rows:
        blocks.append(Table(tuple(tuple(row) for row in rows)))
    return tuple(blocks)


def _add_row(rows: list[list[str]], cells: list[str]) -> None:
    """A row with an empty first cell under a row with one continues that row's cells
    (antiword prints a cell's second line as a row of its own)."""
    previous = rows[-1] if rows else None
    if previous and previous[0] and not cells[0] and len(cells) == len(previous):
        for index, cell in enumerate(cells):
            if cell:
                previous[index] = f"{previous[index]}\n{cell}" if previous[index] else cell
    elif any(cells):
        rows.append(cells)
