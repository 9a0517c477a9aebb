"""A Form from .docx bytes.

The zip is checked for bombs before python-docx opens it. Text is read from the
XML directly (w:t under each w:p), so text inside content controls (w:sdt), which
python-docx's `.text` skips, is seen. Macro-enabled documents (.docm) are refused
as unreadable ("macro-enabled document"): nothing in them is run or read.
"""

from __future__ import annotations

import io
from collections.abc import Iterator
from typing import Any

import docx

from parsers.extraction import UnreadableFile
from parsers.fields import Block, Content, Heading, Table, build_form
from parsers.filetype import FileType, detect, zip_limit_problem
from parsers.form import Form

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_HEADING_STYLES = ("heading", "title", "subtitle")


def extract_docx(filename: str, data: bytes) -> Form | UnreadableFile:
    """The form in a .docx, or why it could not be read."""
    content = read_docx(filename, data)
    if isinstance(content, UnreadableFile):
        return content
    return build_form(content, source_name=filename)


def read_docx(filename: str, data: bytes) -> Content | UnreadableFile:
    """The blocks of a .docx in reading order, or why it could not be read."""
    kind = detect(data)
    if kind is FileType.DOCM:
        return UnreadableFile(filename, "macro-enabled document")
    if kind is not FileType.DOCX:
        return UnreadableFile(filename, "not a Word .docx file")
    problem = zip_limit_problem(data)
    if problem:
        return UnreadableFile(filename, problem)
    try:
        document = docx.Document(io.BytesIO(data))
        return _content(document)
    except Exception:  # any failure inside python-docx/lxml on hostile bytes
        return UnreadableFile(filename, "corrupt Word document")


def _content(document: Any) -> Content:
    blocks = tuple(_blocks(document.element.body))
    title = next((b.text for b in blocks if isinstance(b, Heading) and b.text), "")
    header = "\n".join(_paragraph_text(p) for section in document.sections
                       for p in section.header._element.iter(f"{W}p"))
    return Content(blocks=blocks, title=f"{title}\n{header}".strip())


def _blocks(parent: Any) -> Iterator[Block]:
    for child in parent.iterchildren():
        if child.tag == f"{W}p":
            yield _paragraph_block(child)
        elif child.tag == f"{W}tbl":
            yield Table(tuple(_rows(child)))
        elif child.tag == f"{W}sdt":
            for content in child.iterchildren(f"{W}sdtContent"):
                yield from _blocks(content)


def _paragraph_block(paragraph: Any) -> Block:
    text = _paragraph_text(paragraph)
    style = paragraph.find(f"{W}pPr/{W}pStyle")
    name = (style.get(f"{W}val") or "").lower() if style is not None else ""
    return Heading(text) if name.startswith(_HEADING_STYLES) and text else text


def _rows(table: Any) -> Iterator[tuple[str, ...]]:
    for row in table.iter(f"{W}tr"):
        if _owning_table(row) is table:
            yield tuple(_cell_text(cell) for cell in row.iter(f"{W}tc")
                        if _owning_table(cell) is table)


def _owning_table(element: Any) -> Any:
    parent = element.getparent()
    while parent is not None and parent.tag != f"{W}tbl":
        parent = parent.getparent()
    return parent


def _cell_text(cell: Any) -> str:
    return "\n".join(t for t in (_paragraph_text(p) for p in cell.iter(f"{W}p")) if t)


def _paragraph_text(paragraph: Any) -> str:
    parts: list[str] = []
    for node in paragraph.iter(f"{W}t", f"{W}tab", f"{W}br", f"{W}cr", f"{W}sym"):
        if node.tag == f"{W}t":
            parts.append(node.text or "")
        elif node.tag == f"{W}sym":
            parts.append(_symbol(node))
        else:
            parts.append("\t" if node.tag == f"{W}tab" else "\n")
    return "".join(parts).strip()


def _symbol(node: Any) -> str:
    """Wingdings tick boxes: F0FE/F078 are ticked, F0A8/F06F empty."""
    code = (node.get(f"{W}char") or "").upper()
    if code in ("F0FE", "F078", "F0FD"):
        return "☒"
    return "☐" if code in ("F0A8", "F06F", "F071") else ""
