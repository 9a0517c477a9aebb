"""The neutral structure every reader builds: blocks in reading order, and where each is.

Word, PDF text, AcroForm fields, message bodies and converted .doc files all become
`Content`: lines of text, headings, tables (rows of cell text, a merged cell once) and
label/value pairs a format already knows (a fillable field). One interpreter
(`fields.build_form`, with `household`) reads meaning from it, whatever the format.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

Row = tuple[str, ...]
# Stands for a grid column covered by the merged cell before it (Word's gridSpan), so
# that a header's columns line up with the rows below. Readers of label/value rows drop it.
SPAN = "\u2063"


def unspanned(row: Row) -> Row:
    """The row as its cells were written: merged cells once."""
    return tuple(c for c in row if c != SPAN)


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
    """What a reader found in one file, in reading order.

    `places` says where each block is ("page 2", "paragraph 14"), one per block; when a
    reader gives none, blocks are numbered as paragraphs and tables (`places_of`).
    """

    blocks: tuple[Block, ...]
    title: str = ""
    warnings: tuple[str, ...] = ()  # about how the file was read ("read by OCR ...")
    places: tuple[str, ...] = ()


def places_of(content: Content) -> tuple[str, ...]:
    """Where each block is: the reader's own places, else "paragraph N", "table N",
    "field 'label'" counted in reading order."""
    if len(content.places) == len(content.blocks):
        return content.places
    counts = {"paragraph": 0, "table": 0}
    places: list[str] = []
    for block in content.blocks:
        if isinstance(block, Pair):
            places.append(f"field '{block.label[:60]}'")
            continue
        kind = "table" if isinstance(block, Table) else "paragraph"
        counts[kind] += 1
        places.append(f"{kind} {counts[kind]}")
    return tuple(places)


WRAP_WIDTH = 60  # characters: a line this long may have been wrapped


def continues(last: str, line: str) -> bool:
    """A line that starts in lower case under a long one that did not end its sentence:
    the same sentence, wrapped ("He and both parents" over "agreed at a meeting on …")."""
    return (len(last) >= WRAP_WIDTH and not re.search(r"[.!?:;]\s*$", last)
            and line[:1].islower() and ":" not in line[:30]
            and not re.match(r"\S*[@/]|www\.", line))  # (an email address on its own line)
