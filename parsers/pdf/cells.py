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

import re
from collections.abc import Sequence
from typing import Any

from parsers.meaning.labels import is_known_label

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
        texts_of_row = [_cell(page, box, text) for box, text in zip(row.cells, cells,
                                                                    strict=False)]
        rows.append(tuple(_overflow_joined(page, list(row.cells), texts_of_row)))
    return tuple(rows)


_CUT = re.compile(r"[\w.+'-]+@[\w.-]+$")  # an email address at the end of a cell's text
_GAP = 2.0  # points between two letters of one word


def _overflow_joined(page: Any, boxes: list[Any], texts: list[str]) -> list[str]:
    """An email address typed past its box's right edge, printed over the next box (where
    that box's own label is printed too): the letters that run on from the address, in
    the order the page draws them, go back to it and out of the next box's text."""
    for index, (box, text) in enumerate(zip(boxes[:-1], texts[:-1], strict=True)):
        after = boxes[index + 1]
        if box is None or after is None or not _CUT.search(text):
            continue
        run = _run_past(page.chars, box)
        if run:
            texts[index] = text + "".join(ch["text"] for ch in run)
            texts[index + 1] = _text_without(page, after, run)
    return texts


def _run_past(chars: list[dict[str, Any]], box: Sequence[float]) -> list[dict[str, Any]]:
    x0, top, x1, bottom = (float(v) for v in box)
    inside = [i for i, ch in enumerate(chars) if x0 <= _middle(ch) < x1
              and top <= ch["top"] < bottom]  # by its middle, as the cell's text was read
    if not inside:
        return []
    last = chars[inside[-1]]
    run: list[dict[str, Any]] = []
    for ch in chars[inside[-1] + 1:]:
        previous = run[-1] if run else last
        if (ch["fontname"] != last["fontname"] or abs(ch["top"] - last["top"]) > 0.5
                or not -1 <= ch["x0"] - previous["x1"] < _GAP or not ch["text"].strip()):
            break
        run.append(ch)
    return run if run and _middle(run[0]) >= x1 else []


def _middle(ch: dict[str, Any]) -> float:
    return (float(ch["x0"]) + float(ch["x1"])) / 2


def _text_without(page: Any, box: Sequence[float], taken: list[dict[str, Any]]) -> str:
    ids = {id(ch) for ch in taken}
    x0, top, x1, bottom = (float(v) for v in box)
    kept = [ch for ch in page.chars if id(ch) not in ids and x0 <= _middle(ch) < x1
            and top <= ch["top"] < bottom]
    lines: dict[float, list[dict[str, Any]]] = {}
    for ch in kept:
        lines.setdefault(round(float(ch["top"])), []).append(ch)
    words = []
    for _, line in sorted(lines.items()):
        text, previous = "", None
        for ch in sorted(line, key=lambda c: float(c["x0"])):
            if previous is not None and float(ch["x0"]) - float(previous["x1"]) > _GAP:
                text += " "
            text += str(ch["text"])
            previous = ch
        words.append(text)
    return " ".join(" ".join(words).split())


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
            glued = _broken_word(text, line, after, right) and not _a_label_spaced(
                text, after["text"])
            text += "" if glued else " "
    return text


def _a_label_spaced(text: str, after: str) -> bool:
    """A label wrapped at a space ("Name of person completing" / "referral"): a label as
    two words, none glued."""
    first = after.split()[0] if after.split() else ""
    last = text.split()[-1] if text.split() else ""
    return is_known_label(f"{text} {after}") and not is_known_label(
        text[: len(text) - len(last)] + last + first + after[len(first):])


def _broken_word(text: str, line: dict[str, Any], after: dict[str, Any], right: float) -> bool:
    start, end = after["text"].strip()[:1], text[-1:]
    if end == "-":
        return True
    same_kind = (end.isdigit() and start.isdigit()) or (end.isalpha() and start.islower())
    return right - float(line["x1"]) < _EDGE and same_kind
