"""A family table typed into a plain-text message, its columns lined up with spaces.

    SURNAME     Forename    DOB          Relationship
    ADEYEMI     Funmi       14/07/1988   Mother

A line whose parts (cut at two spaces or more) head a family table, and the lines below
it whose parts start where the header's do, become one `Table`; every other line stays a
line. Only family headers are taken, so "MASH reference:    MASH/26/31188" stays a line.
"""

from __future__ import annotations

import re

from parsers.layout import Block, Table
from parsers.meaning.people.family_table import header_columns

_GAP = re.compile(r"\S+(?: \S+)*")  # runs of words separated by single spaces
_SLACK = 3  # characters a typed answer may start off its heading's column


def _parts(line: str) -> list[tuple[int, str]]:
    return [(m.start(), m.group()) for m in _GAP.finditer(line)]


def body_blocks(text: str) -> tuple[Block, ...]:
    """The message text as lines, with its typed family tables as tables."""
    lines = text.splitlines()
    blocks: list[Block] = []
    index = 0
    while index < len(lines):
        header = _parts(lines[index])
        if (len(header) >= 3 and not any(":" in t or any(c.isdigit() for c in t)
                                         for _, t in header)  # ("Name: Jo Hill  DOB: ...")
                and header_columns(tuple(t for _, t in header)) is not None):
            starts = [x for x, _ in header]
            rows = [tuple(t for _, t in header)]
            index += 1
            while index < len(lines) and (row := _row(lines[index], starts)) is not None:
                rows.append(row)
                index += 1
            if len(rows) > 1:
                blocks.append(Table(tuple(rows)))
                continue
            blocks.append(lines[index - 1])
            continue
        blocks.append(lines[index])
        index += 1
    return tuple(blocks)


def _row(line: str, starts: list[int]) -> tuple[str, ...] | None:
    """The line's parts in the header's columns, or None when they do not line up."""
    parts = _parts(line)
    if len(parts) < 2:
        return None
    cells = [""] * len(starts)
    for x, text in parts:
        column = min(range(len(starts)), key=lambda i: abs(starts[i] - x))
        if abs(starts[column] - x) > _SLACK:
            return None
        cells[column] = f"{cells[column]} {text}".strip()
    return tuple(cells)
