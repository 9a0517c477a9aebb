"""Fillable boxes laid out as a table, its column headings typed into the top row's boxes
("Name:" | "DOB:" above "Tyler Hadley" | "22/10/2010"), read back as a table.

Such forms give their boxes names that say nothing ("Children in the household",
"Child2Name", "Text 7"); the boxes' places say which answers belong together. A row of
boxes whose values are all column headings, and the rows of as many boxes under it,
aligned, become one `Table` for the interpreter to read like any printed table.
"""

from __future__ import annotations

import re

from parsers.meaning.labels import is_known_label
from parsers.meaning.vocabulary import SIGNATURE_WORDS, person_part

Place = tuple[int, float, float]  # page, distance from the top, from the left
_SAME_ROW = 3.0  # points between the tops of boxes on one row
_SAME_COLUMN = 30.0  # points between the left edges of boxes in one column
_HEADING_WORDS = re.compile(r"\b(name|surname|forenames?|date|dob|d\.?o\.?b|birth|gender|sex|"
                            r"school|nursery|setting|relationship|signature|signed|age)\b",
                            re.IGNORECASE)


def field_grids(places: dict[str, Place], values: dict[str, str]) -> list[list[list[str]]]:
    """The boxes (by field name) of each grid: its heading row, then its rows of answers."""
    rows = _rows(sorted((place, name) for name, place in places.items() if name in values))
    grids: list[list[list[str]]] = []
    index = 0
    while index < len(rows):
        header = rows[index]
        index += 1
        if len(header) < 2 or not all(_is_heading(values[name]) for _, name in header):
            continue
        grid = [[name for _, name in header]]
        while index < len(rows) and _aligned(header, rows[index], places):
            grid.append([name for _, name in rows[index]])
            index += 1
        if len(grid) > 1:
            grids.append(grid)
    return grids


def _rows(placed: list[tuple[Place, str]]) -> list[list[tuple[Place, str]]]:
    rows: list[list[tuple[Place, str]]] = []
    for place, name in placed:
        last = rows[-1] if rows else None
        if last is not None and last[0][0][0] == place[0] and abs(
                last[0][0][1] - place[1]) <= _SAME_ROW:
            last.append((place, name))
        else:
            rows.append([(place, name)])
    return [sorted(row, key=lambda item: item[0][2]) for row in rows]


def _aligned(header: list[tuple[Place, str]], row: list[tuple[Place, str]],
             places: dict[str, Place]) -> bool:
    return (len(row) == len(header) and row[0][0][0] == header[0][0][0]
            and all(abs(places[a][2] - places[b][2]) <= _SAME_COLUMN
                    for (_, a), (_, b) in zip(header, row, strict=True)))


def _is_heading(value: str) -> bool:
    text = value.strip().rstrip(":").strip()
    if not text or len(text) > 40 or any(c.isdigit() for c in text.replace("(M/F)", "")):
        return False
    return bool(person_part(text) is not None or is_known_label(text)
                or SIGNATURE_WORDS.search(text.lower()) or _HEADING_WORDS.search(text))
