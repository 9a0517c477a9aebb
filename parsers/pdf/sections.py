"""A fillable PDF's printed section headings, put back among its fields.

A form's fields carry labels but no sections: "Name" under "Person completing this form"
and "Name" under "Details of the child" look alike. The headings printed on the page say
whose details a field holds, so each field is placed where its box is on the page and
the headings printed above it come before it, as on paper.
"""

from __future__ import annotations

import io
from typing import Any

import pdfplumber
from pypdf import PdfReader

from parsers.layout import Block, Heading, Pair
from parsers.meaning.people.cells import is_section_title
from parsers.meaning.vocabulary import SECTION_TITLE

Place = tuple[int, float, float]  # page, distance from the top, from the left
MAX_HEADINGS = 200  # a form has a few dozen sections; a page of short lines is not headings


def with_headings(data: bytes, fields: list[tuple[str, Block]], places: dict[str, Place],
                  max_pages: int) -> list[Block]:
    """The fields (or tables of fields, placed by their first box) in page order with the
    printed section headings among them; as they came when their places cannot be read."""
    if not fields or not all(name in places for name, _ in fields):
        return [pair for _, pair in fields]
    labels = [b.label.lower() for _, b in fields if isinstance(b, Pair)
              and len(b.label.split()) >= 2]
    headings = [(place, text) for place, text in _headings(data, max_pages)
                if not any(label in text.lower() for label in labels)]
    # (a line holding a field's own label, "Name of child/young | Other known names",
    # is the labels of a row of boxes, not a section's heading)
    placed: list[tuple[Place, int, Block]] = [(places[name], 1, pair) for name, pair in fields]
    placed += [(place, 0, Heading(text)) for place, text in headings]
    return [block for _, _, block in sorted(placed, key=lambda item: (item[0], item[1]))]


def field_places(reader: PdfReader, max_pages: int) -> dict[str, Place]:
    """Where each field's box is: page, distance from the top, from the left."""
    places: dict[str, Place] = {}
    for number, page in enumerate(reader.pages[:max_pages]):
        height = float(page.mediabox.height)
        for annotation in page.get("/Annots") or []:
            widget: Any = annotation.get_object()
            name = full_name(widget)
            rect = widget.get("/Rect")
            if name and rect is not None and name not in places:
                x0, _, _, y1 = (float(v) for v in rect)
                places[name] = (number, round(height - y1, 1), round(x0, 1))
    return places


def full_name(widget: Any) -> str:
    """A widget's fully qualified field name ("parent.child"), as pypdf's get_fields keys."""
    parts: list[str] = []
    node: Any = widget
    for _ in range(20):  # bounded: a crafted /Parent chain may loop
        if "/T" in node:
            parts.append(str(node["/T"]))
        parent = node.get("/Parent")
        if parent is None:
            break
        node = parent.get_object()
    return ".".join(reversed(parts))


def _headings(data: bytes, max_pages: int) -> list[tuple[Place, str]]:
    found: list[tuple[Place, str]] = []
    with pdfplumber.open(io.BytesIO(data)) as pdf:
        for number, page in enumerate(pdf.pages[:max_pages]):
            for line in page.extract_text_lines():
                text = " ".join(str(line["text"]).split())
                if is_section_title(text) or SECTION_TITLE.search(text):  # "Part 3: Details
                    # of worker/practitioner completing this form"
                    found.append(((number, round(float(line["top"]), 1),
                                   round(float(line["x0"]), 1)), text))
                if len(found) > MAX_HEADINGS:
                    return []
    return found
