"""A family table typed into a plain-text message, its columns lined up with spaces.

    SURNAME     Forename    DOB          Relationship
    ADEYEMI     Funmi       14/07/1988   Mother

A line whose parts (cut at two spaces or more, or at " / " and " | ") head a family table,
and the lines below it whose parts start where the header's do (or have as many parts),
become one `Table`; every other line stays a line. Only family headers are taken, so
"MASH reference:    MASH/26/31188" stays a line.
"""

from __future__ import annotations

import re

from parsers.layout import Block, Table, continues
from parsers.meaning.people.family_table import header_columns

_GAP = re.compile(r"\S+(?: \S+)*")  # runs of words separated by single spaces
_SLACK = 3  # characters a typed answer may start off its heading's column


def _parts(line: str) -> list[tuple[int, str]]:
    return [(m.start(), m.group()) for m in _GAP.finditer(line)]


def _separated(line: str) -> list[str]:
    """The cells of a line typed with " / " or " | " between them ("Andrea / FERGUSON /
    15/09/1980 / Mother"); a date's own slashes have no spaces round them."""
    return [cell.strip() for cell in _SEPARATOR.split(line.strip())] if _SEPARATOR.search(
        line) else []


_SEPARATOR = re.compile(r"\s+[/|]\s+")


def _separated_table(lines: list[str], index: int) -> tuple[Table, int] | None:
    """A family table typed one row a line with separators under a header of the same
    kind ("Forename / Surname / Date of birth / Relationship", Edinburgh's wellbeing concern
    form in an email), and the index after it; None when the line heads none."""
    header = _separated(lines[index])
    if (len(header) < 3 or any(":" in t or any(c.isdigit() for c in t) for t in header)
            or header_columns(tuple(header)) is None):  # ("Name: Jo Hill | DOB: ...")
        return None
    rows = [tuple(header)]
    index += 1
    while index < len(lines) and len(cells := _separated(lines[index])) == len(header):
        rows.append(tuple(cells))
        index += 1
    return (Table(tuple(rows)), index) if len(rows) > 1 else None


def body_blocks(text: str) -> tuple[Block, ...]:
    """The message text as lines, with its typed family tables as tables."""
    lines = _unwrapped(text.splitlines())
    blocks: list[Block] = []
    index = 0
    while index < len(lines):
        typed = _separated_table(lines, index)
        if typed is not None:
            blocks.append(typed[0])
            index = typed[1]
            continue
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


def _unwrapped(lines: list[str]) -> list[str]:
    """A sentence the sender's mail program wrapped at its width joined back: a long line
    ending where no sentence ends ("... on 23/11/2026 - Rukhsana Begum and" over "Imran
    Begum gave consent by phone"; "Lives with: A (mum, DOB ...); B (dad, DOB ...);" over
    "C (sister, DOB ...)"), when the next line is no label, no heading and not indented."""
    joined: list[str] = []
    for line in lines:
        last = joined[-1] if joined else ""
        if ((len(last) >= _WRAP_WIDTH and _UNFINISHED.search(last) and line.strip()
                and not line[:1].isspace() and ":" not in line[:40] and not line.isupper())
                or continues(last, line)):
            joined[-1] = f"{last.rstrip()} {line.strip()}"
        else:
            joined.append(line)
    return joined


_WRAP_WIDTH = 60  # characters: a line this long may have been wrapped
_UNFINISHED = re.compile(r"(\b(and|or|to|the|of|with|by|from|for|a)|[,;]|[;,] [A-Z][\w'’-]+)"
                         r"\s*$")  # ("...; Andrew" over "Watson agreed by phone")


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
