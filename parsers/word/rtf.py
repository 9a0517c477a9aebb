"""An RTF form (Word's "Rich Text Format", as some councils still publish) as Content.

striprtf turns the file into text with each table cell ended by "|" and each row on
its own line; runs of such lines become a table, the rest lines. Never raises.
"""

from __future__ import annotations

from striprtf.striprtf import rtf_to_text

from parsers.layout import Block, Content, Table
from parsers.results import UnreadableFile

MAX_RTF_BYTES = 20 * 1024 * 1024  # a form is tens of KB; pictures make it a few MB


def read_rtf(filename: str, data: bytes) -> Content | UnreadableFile:
    if len(data) > MAX_RTF_BYTES:
        return UnreadableFile(filename, "RTF file too large to be a form")
    try:
        text = str(rtf_to_text(data.decode("latin-1"), errors="ignore"))  # type: ignore[no-untyped-call]
    except MemoryError:
        raise
    except Exception:  # striprtf on a damaged file
        return UnreadableFile(filename, "corrupt RTF document")
    return Content(tuple(blocks_of(text)))


def blocks_of(text: str) -> list[Block]:
    """Lines, with consecutive "cell|cell|" lines gathered into tables."""
    blocks: list[Block] = []
    rows: list[tuple[str, ...]] = []
    for line in text.splitlines():
        if line.rstrip().endswith("|"):
            rows.append(tuple(cell.strip() for cell in line.rstrip().rstrip("|").split("|")))
            continue
        if rows:
            blocks.append(Table(tuple(rows)))
            rows = []
        if line.strip():
            blocks.append(line.strip())
    if rows:
        blocks.append(Table(tuple(rows)))
    return blocks
