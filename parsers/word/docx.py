"""A Form from .docx bytes.

The zip is checked for bombs before python-docx opens it. Text is read from the
XML directly (w:t under each w:p), so text inside content controls (w:sdt), which
python-docx's `.text` skips, is seen. Macro-enabled documents (.docm) are refused
are read the same way once their macro parts are left out (`without_macros`): the
macros are never run, nor even kept; the form says it came from a .docm.
"""

from __future__ import annotations

import dataclasses
import io
import re
import zipfile
from collections.abc import Iterator
from typing import Any

import docx

from parsers.filetype import FileType, detect, zip_limit_problem
from parsers.form import Form
from parsers.layout import SPAN, Block, Content, Heading, Table
from parsers.meaning.interpret import build_form
from parsers.meaning.labels import document_title
from parsers.results import UnreadableFile

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
MC = "{http://schemas.openxmlformats.org/markup-compatibility/2006}"
_BREAKS = {f"{W}tab": "\t", f"{W}br": "\n", f"{W}cr": "\n"}
# Not text of the paragraph: field codes, deleted and moved-away text (track changes),
# text boxes (read as their own blocks) and the VML copy Word keeps of every shape.
_SKIPPED = frozenset({f"{W}instrText", f"{W}delText", f"{W}moveFrom", f"{W}txbxContent",
                      f"{MC}Fallback", f"{W}sdtPr", f"{W}rPr", f"{W}pPr"})
_TRUE = frozenset({"1", "true", "on"})
_ISO_DATE_LENGTH = 10  # "2026-04-03" of w:fullDate="2026-04-03T00:00:00Z"
_HEADING_STYLES = ("heading", "title", "subtitle")


def extract_docx(filename: str, data: bytes) -> Form | UnreadableFile:
    """The form in a .docx, or why it could not be read."""
    content = read_docx(filename, data)
    if isinstance(content, UnreadableFile):
        return content
    return build_form(content, source_name=filename)


MACRO_ENABLED = "macro-enabled Word document (.docm): read without its macros, check the sender"
# Parts of a .docm that hold macros (vbaProject.bin, vbaData.xml, their .rels), and the
# entries that point at them: an Override in [Content_Types].xml, a Relationship in a .rels.
_MACRO_PART = re.compile(r"(^|/)vba[^/]*$", re.IGNORECASE)
_MACRO_ENTRY = re.compile(rb'<(Override|Relationship)\b[^>]*"[^"]*/?vba[^"]*"[^>]*/>',
                          re.IGNORECASE)
_MACRO_TYPE = re.compile(rb"application/vnd\.ms-word\.[a-z]+\.macroEnabled\.main\+xml")
_DOCX_MAIN_TYPE = (b"application/vnd.openxmlformats-officedocument.wordprocessingml."
                   b"document.main+xml")


def without_macros(data: bytes) -> bytes:
    """A .docm rewritten as a plain .docx in memory: macro parts dropped and the main
    part's content type made the ordinary one. Sizes were checked by the zip guard."""
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as source, \
            zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for info in source.infolist():
            if _MACRO_PART.search(info.filename):
                continue
            body = source.read(info)
            if info.filename == "[Content_Types].xml" or info.filename.endswith(".rels"):
                body = _MACRO_ENTRY.sub(b"", _MACRO_TYPE.sub(_DOCX_MAIN_TYPE, body))
            target.writestr(info.filename, body)
    return out.getvalue()


def read_docx(filename: str, data: bytes) -> Content | UnreadableFile:
    """The blocks of a .docx (or a .docm, without its macros) in reading order, or why
    it could not be read."""
    kind = detect(data)
    if kind not in (FileType.DOCX, FileType.DOCM):
        return UnreadableFile(filename, "not a Word .docx file")
    problem = zip_limit_problem(data)
    if problem:
        return UnreadableFile(filename, problem)
    try:
        if kind is FileType.DOCM:
            data = without_macros(data)
        content = _content(docx.Document(io.BytesIO(data)))
    except MemoryError:  # the reader process's limit: reported as such by the caller
        raise
    except Exception:  # any failure inside python-docx/lxml on hostile bytes
        return UnreadableFile(filename, "corrupt Word document")
    if kind is FileType.DOCM:  # for the admin who checks it
        return dataclasses.replace(content, warnings=(MACRO_ENABLED,))
    return content


def _content(document: Any) -> Content:
    """Body blocks, and a title (`document_title`): the body's, then the page header's
    lines, which only decide the form's type when the body names none."""
    blocks = tuple(_blocks(document.element.body))
    heading = next((b.text for b in blocks if isinstance(b, Heading) and b.text), "")
    lines = [b.text if isinstance(b, Heading) else b for b in blocks
             if isinstance(b, Heading | str)]
    header = "\n".join(_paragraph_text(p) for section in document.sections
                       for p in section.header._element.iter(f"{W}p"))
    return Content(blocks=blocks, title=document_title(heading, lines, header))


def _blocks(parent: Any) -> Iterator[Block]:
    for child in parent.iterchildren():
        if child.tag == f"{W}p":
            yield _paragraph_block(child)
            for box in _text_boxes(child):
                yield from _blocks(box)
        elif child.tag == f"{W}tbl" and child.find(f".//{W}tc//{W}tbl") is not None:
            # A layout table whose cells hold the real tables: read cell by cell.
            for cell in child.iter(f"{W}tc"):
                if _owning_table(cell) is child:
                    yield from _blocks(cell)
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
    """Each row's cells; a cell merged across grid columns is followed by a `SPAN` for
    each column it covers, so columns line up down the table."""
    for row in table.iter(f"{W}tr"):
        if _owning_table(row) is table:
            yield tuple(cell for tc in row.iter(f"{W}tc") if _owning_table(tc) is table
                        for cell in _spanned(tc))


def _spanned(cell: Any) -> list[str]:
    span = cell.find(f"{W}tcPr/{W}gridSpan")
    try:
        columns = int(span.get(f"{W}val", "1")) if span is not None else 1
    except ValueError:
        columns = 1
    return [_cell_text(cell)] + [SPAN] * max(0, min(columns, _MAX_SPAN) - 1)


_MAX_SPAN = 60  # Word's own limit is 63 columns


def _owning_table(element: Any) -> Any:
    parent = element.getparent()
    while parent is not None and parent.tag != f"{W}tbl":
        parent = parent.getparent()
    return parent


def _cell_text(cell: Any) -> str:
    paragraphs = (p for p in cell.iter(f"{W}p") if not _in_fallback(p, cell))
    return "\n".join(t for t in map(_paragraph_text, paragraphs) if t)


def _text_boxes(paragraph: Any) -> Iterator[Any]:
    """The text boxes anchored in a paragraph, each once (not their VML fallback copies)."""
    return (box for box in paragraph.iter(f"{W}txbxContent") if not _in_fallback(box, paragraph))


def _in_fallback(element: Any, stop: Any) -> bool:
    parent = element.getparent()
    while parent is not None and parent is not stop:
        if parent.tag == f"{MC}Fallback":
            return True
        parent = parent.getparent()
    return False


def _paragraph_text(paragraph: Any) -> str:
    """The paragraph's own text: text boxes in it are separate blocks (see `_text_boxes`)."""
    return "".join(_inline_text(paragraph)).strip()


def _inline_text(element: Any) -> Iterator[str]:
    for child in element.iterchildren():
        tag = child.tag
        if tag == f"{W}t":
            yield child.text or ""
        elif tag in _BREAKS:
            yield _BREAKS[tag]
        elif tag == f"{W}sym":
            yield _symbol(child)
        elif tag == f"{W}fldChar":
            yield _form_checkbox(child)
        elif tag == f"{W}sdt":
            yield from _control_text(child)
        elif tag == f"{W}r" and _struck(child):
            continue  # "Yes / No (delete as appropriate)" with one struck through
        elif tag not in _SKIPPED:
            yield from _inline_text(child)


def _struck(run: Any) -> bool:
    """A run formatted as struck through (single or double), which the sender deleted."""
    properties = run.find(f"{W}rPr")
    if properties is None:
        return False
    marks = [properties.find(f"{W}strike"), properties.find(f"{W}dstrike")]
    return any(m is not None and m.get(f"{W}val", "true") not in ("0", "false", "off")
               for m in marks)


def _control_text(sdt: Any) -> Iterator[str]:
    """A content control's answer: a date picker's chosen date (ISO, so the display format
    cannot be misread), nothing while it shows its prompt, else its content's text."""
    properties = sdt.find(f"{W}sdtPr")
    if properties is not None and properties.find(f"{W}showingPlcHdr") is not None:
        return
    picked = properties.find(f"{W}date") if properties is not None else None
    full = picked.get(f"{W}fullDate") if picked is not None else None
    if full and len(full) >= _ISO_DATE_LENGTH:
        yield full[:_ISO_DATE_LENGTH]
        return
    for content in sdt.iterchildren(f"{W}sdtContent"):
        yield from _inline_text(content)


def _form_checkbox(field_char: Any) -> str:
    """A legacy FORMCHECKBOX as a tick-box glyph: its state is in ffData, not in the text."""
    box = field_char.find(f"{W}ffData/{W}checkBox")
    if box is None:
        return ""
    checked = box.find(f"{W}checked")
    if checked is None:
        checked = box.find(f"{W}default")
        on = checked is not None and checked.get(f"{W}val", "0") in _TRUE
    else:
        on = checked.get(f"{W}val", "1") in _TRUE
    return "☒" if on else "☐"


def _symbol(node: Any) -> str:
    """Wingdings tick boxes: F0FE/F078 are ticked, F0A8/F06F empty."""
    code = (node.get(f"{W}char") or "").upper()
    if code in ("F0FE", "F078", "F0FD"):
        return "☒"
    return "☐" if code in ("F0A8", "F06F", "F071") else ""
