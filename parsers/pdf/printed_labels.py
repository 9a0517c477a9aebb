"""The printed label of a fillable PDF field that has no tooltip and a meaningless name.

Forms made in Acrobat by hand end up with fields called "Text12" and no tooltip; what
the field is for is only printed on the page, left of the box or just above it. This
module finds that text: the words on the field's line that start left of it (the
nearest run of them), else the nearest line above that overlaps it.
"""

from __future__ import annotations

import io
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any

import pdfplumber
from pypdf import PdfReader

from parsers.meaning.people.cells import is_section_title
from parsers.meaning.vocabulary import SECTION_TITLE

_SAME_LINE_SLACK = 3.0  # points: a label's baseline may sit a little off the box's middle
_ABOVE_REACH = 30.0  # points: a label above a box sits within about two lines of it
_WORD_GAP = 14.0  # points: a wider gap between words ends the label (a column stop)
_ALIGNED = 6.0  # points: a column heading starts within this of its fields' left edge


@dataclass(frozen=True)
class Printed:
    """What is printed near one field: its `label` (left of it, or just above), the
    `heading` of its column (the nearest text above that starts where the field starts,
    as over a grid of fields), and `row`, its place down the document (for grids)."""

    label: str
    heading: str
    row: float


@dataclass(frozen=True)
class Box:
    """A rectangle in top-down page coordinates (pdfplumber's): x0 < x1, top < bottom."""

    x0: float
    top: float
    x1: float
    bottom: float


MAX_FIELDS = 600  # long assessments have 200-300 fields
MAX_WORDS = 4000  # words on one page of a form; a denser page is not labelling fields
_PAGE_ROWS = 100_000.0  # rows of a later page sort after every row of the page before


def printed_labels(reader: PdfReader, data: bytes, wanted: set[str],
                   max_pages: int) -> dict[str, Printed]:
    """For each field named in `wanted`, the text printed near it (see `Printed`); nothing
    for more fields than any form has (each is compared with every word of its page)."""
    found: dict[str, Printed] = {}
    if len(wanted) > MAX_FIELDS:
        return found
    with pdfplumber.open(io.BytesIO(data)) as pdf:
        pages = zip(reader.pages[:max_pages], pdf.pages[:max_pages], strict=False)
        for number, (page, plumbed) in enumerate(pages):
            words: list[dict[str, Any]] = plumbed.extract_words()
            if len(words) > MAX_WORDS:
                continue
            for name, box in _widgets(page, float(plumbed.height)):
                if name in wanted and name not in found:
                    found[name] = Printed(label_near(box, words), _heading(box, words),
                                          number * _PAGE_ROWS + round(box.top))
    return found


def _widgets(page: Any, height: float) -> Iterator[tuple[str, Box]]:
    for ref in page.get("/Annots") or ():
        annotation = ref.get_object()
        if annotation.get("/Subtype") != "/Widget" or "/Rect" not in annotation:
            continue
        name = _full_name(annotation)
        x0, y0, x1, y1 = (float(v) for v in annotation["/Rect"])
        yield name, Box(min(x0, x1), height - max(y0, y1), max(x0, x1), height - min(y0, y1))


def _full_name(annotation: Any) -> str:
    """The field's fully qualified name ("parent.child"), as pypdf's get_fields keys it."""
    parts: list[str] = []
    node: Any = annotation
    for _ in range(10):  # nesting deeper than this is not a real form
        if node is None:
            break
        if "/T" in node:
            parts.append(str(node["/T"]))
        parent = node.get("/Parent")
        node = parent.get_object() if parent is not None else None
    return ".".join(reversed(parts))


def label_near(box: Box, words: list[dict[str, Any]]) -> str:
    """The words left of the box on its line, else the closest line above it."""
    return _left_of(box, words) or _above(box, words)


def _left_of(box: Box, words: list[dict[str, Any]]) -> str:
    middle = (box.top + box.bottom) / 2
    row = sorted((w for w in words if w["x0"] < box.x0 and (
        w["top"] - _SAME_LINE_SLACK <= middle <= w["bottom"] + _SAME_LINE_SLACK
        or box.top - _SAME_LINE_SLACK <= w["top"] <= box.top + _SAME_LINE_SLACK)),
        key=lambda w: w["x0"])  # (beside a tall box, its label is printed level with its top)
    run: list[dict[str, Any]] = []
    for word in reversed(row):
        if run and run[0]["x0"] - word["x1"] > _WORD_GAP:
            break
        run.insert(0, word)
    # A label wrapped beside a tall box reads line by line, not word by word across lines.
    run.sort(key=lambda w: (round(w["bottom"] / _SAME_LINE_SLACK), w["x0"]))
    return " ".join(w["text"] for w in run)


def _above(box: Box, words: list[dict[str, Any]]) -> str:
    above = [w for w in words if box.top - _ABOVE_REACH <= w["bottom"] <= box.top + 1
             and w["x1"] > box.x0 - 5 and w["x0"] < box.x1]
    if not above:
        return ""
    nearest = max(w["bottom"] for w in above)
    line = sorted((w for w in above if abs(w["bottom"] - nearest) <= _SAME_LINE_SLACK),
                  key=lambda w: w["x0"])
    lines = [line]
    while _starts_lower(lines[0], words) and len(lines) < 3:  # "relating to it?" ends
        # a question printed over two lines: its first line is part of the label
        before = _line_above(lines[0], words, lambda w: w["x1"] > box.x0 - 5 and w["x0"] < box.x1)
        if not before:
            break
        lines.insert(0, before)
    return " ".join(w["text"] for line in lines for w in line)


def _starts_lower(line: list[dict[str, Any]], words: list[dict[str, Any]]) -> bool:
    """The whole printed line (not only its part over the box) starts in lower case."""
    bottom = line[0]["bottom"]
    first = min((w for w in words if abs(w["bottom"] - bottom) <= _SAME_LINE_SLACK),
                key=lambda w: w["x0"])
    return bool(first["text"][:1].islower())


def _line_above(line: list[dict[str, Any]], words: list[dict[str, Any]],
                wanted: Callable[[dict[str, Any]], bool]) -> list[dict[str, Any]]:
    """The words of the printed line just above `line` (within a line's height) that
    `wanted` takes, left to right; [] when there is none."""
    top = min(w["top"] for w in line)
    height = max(w["bottom"] - w["top"] for w in line)
    above = [w for w in words if top - 1.6 * height <= w["bottom"] <= top + 1 and wanted(w)]
    if not above:
        return []
    nearest = max(w["bottom"] for w in above)
    return sorted((w for w in above if abs(w["bottom"] - nearest) <= _SAME_LINE_SLACK),
                  key=lambda w: w["x0"])


def _heading(box: Box, words: list[dict[str, Any]]) -> str:
    """The nearest line above the box that starts where the box starts (a column heading)."""
    aligned = [w for w in words if w["bottom"] <= box.top + 1
               and abs(w["x0"] - box.x0) <= _ALIGNED]
    if not aligned:
        return ""
    start = max(aligned, key=lambda w: w["bottom"])
    if _title_between(start["bottom"], box.top, words):
        return ""  # a column heading does not reach across a section's title ("Your details"
        # between the family grid's "Date of birth" and the referrer's boxes)
    line = sorted((w for w in words if abs(w["bottom"] - start["bottom"]) <= _SAME_LINE_SLACK
                   and start["x0"] <= w["x0"] < box.x1), key=lambda w: w["x0"])
    same_line = [w for w in words if abs(w["bottom"] - start["bottom"]) <= _SAME_LINE_SLACK]
    alone = all(box.x0 - _ALIGNED <= w["x0"] < box.x1 for w in same_line)
    before = _line_above(line, words, lambda w: w["x1"] > box.x0 and w["x0"] < box.x1)
    row_above = _line_above(line, words, lambda w: True)
    wrapped = not any(w["x0"] < box.x0 - _ALIGNED and w["x1"] > box.x0 for w in same_line) and (
        len(row_above) > len(before))  # ("Relationship to | Lives with the" over "children |
    # children?": a row of headings wrapped in several columns)
    if (alone or wrapped) and before and abs(before[0]["x0"] - box.x0) <= _ALIGNED and not any(
            w["x1"] > box.x1 for w in before) and not before[-1]["text"].endswith((".", ":")) and (
            not _titles(" ".join(w["text"] for w in row_above))):
        # the end of a heading wrapped within its column ("People" under the row of
        # headings "Children / Young | Date of birth | ..."), not a sentence above the grid
        line = before + line  # (a section's title above the grid is not: "Section 3:
        # Parents / carers and others living in the household" over "First name | Surname")
    return " ".join(w["text"] for w in line)


def _title_between(top: float, bottom: float, words: list[dict[str, Any]]) -> bool:
    lines: dict[float, list[dict[str, Any]]] = {}
    for word in words:
        if top + _SAME_LINE_SLACK < word["bottom"] <= bottom:
            lines.setdefault(round(word["bottom"]), []).append(word)
    return any(_titles(" ".join(w["text"] for w in sorted(line, key=lambda w: w["x0"])))
               for line in lines.values())


def _titles(text: str) -> bool:
    return is_section_title(text) or bool(SECTION_TITLE.search(text))
