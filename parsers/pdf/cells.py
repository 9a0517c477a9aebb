"""The text of a ruled PDF table's cells, with words broken at a narrow cell's edge rejoined.

A Word form exported to PDF breaks a long word that does not fit a narrow column
("Kac" / "zmarek", "30-Jun-201" / "6"); pdfplumber gives the pieces on two lines. A
short cell's line that runs to the cell's right edge is joined to the next without a
space when a letter meets a lower-case letter or a digit meets a digit ("31 January" /
"83" keeps its space), and so is a line ending in a hyphen.
Long cells (narrative) are never joined that way: two words glued together could hide
safeguarding wording.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

Row = tuple[str, ...]
MAX_CELLS = 400  # a family table of 20 people by 8 columns is 160
_SHORT_CELL = 40  # characters: names, dates, relationships; never narrative
_EDGE = 15.0  # points: cell padding plus one wide character: the line filled the cell


def table_rows(page: Any, table: Any) -> tuple[Row, ...]:
    """Each row's cell texts, spaces normalised, broken words rejoined (not in tables larger
    than any form's, where looking at each cell's lines would take too long)."""
    texts = table.extract()
    if sum(len(row) for row in texts) > MAX_CELLS:
        return tuple(tuple(" ".join((c or "").split()) for c in row) for row in texts)
    rows: list[Row] = []
    for row, cells in zip(table.rows, texts, strict=False):
        rows.append(tuple(_cell(page, box, text) for box, text in zip(row.cells, cells,
                                                                       strict=False)))
    return tuple(rows)


def _cell(page: Any, box: Sequence[float] | None, text: str | None) -> str:
    plain = " ".join((text or "").split())
    if box is None or "\n" not in (text or "") or len(plain) > _SHORT_CELL:
        return plain
    lines = [line for line in page.crop(box).extract_text_lines() if line["text"].strip()]
    return joined(lines, float(box[2])) or plain


def joined(lines: list[dict[str, Any]], right: float) -> str:
    """The lines of one cell as one text (see the module's docstring)."""
    text = ""
    for line, after in zip(lines, [*lines[1:], None], strict=True):
        text += " ".join(line["text"].split())
        if after is not None:
            text += "" if _broken_word(text, line, after, right) else " "
    return text


def _broken_word(text: str, line: dict[str, Any], after: dict[str, Any], right: float) -> bool:
    start, end = after["text"].strip()[:1], text[-1:]
    if end == "-":
        return True
    same_kind = (end.isdigit() and start.isdigit()) or (end.isalpha() and start.islower())
    return right - float(line["x1"]) < _EDGE and same_kind
