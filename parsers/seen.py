"""What is written where on a form, whether or not the reader took it: each postcode, and
each answer under a consent or signature label, with its place. Learned rules read a
value from a place admins showed them (`routing.learned`); the reader itself never uses
these.

Places name a block as the reader's sources do (`layout.places_of`: "table 2",
"paragraph 7", "field 'Postcode'"), and a table's cell by its row and column
("table 2, row 3, column 2", counted as the cells were written, merged cells once).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from parsers.form import Seen, SeenKind
from parsers.layout import Content, Pair, Table, places_of, unspanned
from parsers.meaning.values import find_postcodes, parse_yes_no

MAX_SEEN = 60  # kept in the form's JSON; a form with more is read by its first 60
MAX_TEXT = 120  # characters of a consent answer kept
_CONSENT_LABEL = re.compile(r"\b(consent\w*|sign(ed|ature)?|agree[sd]?|permission)\b",
                            re.IGNORECASE)
_LINE_LABEL = re.compile(r"^\s*(?P<label>[^:]{2,80}):\s*(?P<value>\S.*)$")


def seen_in(content: Content) -> tuple[Seen, ...]:
    """The postcodes and consent answers written on the form, in reading order."""
    found: list[Seen] = []
    for block, place in zip(content.blocks, places_of(content), strict=True):
        for cell_place, label, value in _cells(block, place):
            found.extend(Seen(SeenKind.POSTCODE, cell_place, p) for p in find_postcodes(value))
            if label and _CONSENT_LABEL.search(label) and not _CONSENT_LABEL.fullmatch(
                    value.strip()):
                found.append(Seen(SeenKind.CONSENT, cell_place, value.strip()[:MAX_TEXT],
                                  parse_yes_no(value)))
    return tuple(found[:MAX_SEEN])


def _cells(block: object, place: str) -> Iterator[tuple[str, str, str]]:
    """(place, its label or "", the text written) of each answer in a block."""
    if isinstance(block, Pair):
        if block.value.strip():
            yield place, block.label, block.value
    elif isinstance(block, Table):
        yield from _table_cells(block, place)
    elif isinstance(block, str):
        line = _LINE_LABEL.match(block)
        yield (place, line["label"], line["value"]) if line else (place, "", block)


def _table_cells(table: Table, place: str) -> Iterator[tuple[str, str, str]]:
    rows = [unspanned(row) for row in table.rows]
    header = rows[0] if rows else ()
    headed = len(rows) > 1 and sum(bool(c.strip()) for c in header) >= 3  # a column table's
    for number, row in enumerate(rows, start=1):  # header: its cells are labels, not answers
        for column, text in enumerate(row, start=1):
            if not text.strip():
                continue
            left = row[column - 2] if column > 1 and not (headed and number == 1) else ""
            above = header[column - 1] if number > 1 and column <= len(header) else ""
            label = left if _CONSENT_LABEL.search(left) else above
            yield f"{place}, row {number}, column {column}", label, text
