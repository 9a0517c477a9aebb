"""An OpenDocument text form (.odt, LibreOffice's and some councils' format) as Content.

content.xml is parsed without entities or network access: headings (text:h), paragraphs
(text:p) and tables (table:table, rows of cells; a table inside a cell is read as that
cell's text). The zip was checked for bombs first (`zip_limit_problem`).
"""

from __future__ import annotations

import io
import zipfile
from collections.abc import Iterator
from typing import Any

from lxml import etree

from parsers.filetype import zip_limit_problem
from parsers.layout import Block, Content, Heading, Table
from parsers.results import UnreadableFile

TEXT = "{urn:oasis:names:tc:opendocument:xmlns:text:1.0}"
TABLE = "{urn:oasis:names:tc:opendocument:xmlns:table:1.0}"
OFFICE = "{urn:oasis:names:tc:opendocument:xmlns:office:1.0}"
MAX_REPEAT = 20  # an empty cell "repeated" 1,000 times across the page is a few cells
_PARSER = etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=False,
                          load_dtd=False)


def read_odt(filename: str, data: bytes) -> Content | UnreadableFile:
    problem = zip_limit_problem(data)
    if problem:
        return UnreadableFile(filename, problem)
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            root = etree.fromstring(archive.read("content.xml"), _PARSER)
    except MemoryError:
        raise
    except Exception:  # a damaged zip or XML
        return UnreadableFile(filename, "corrupt OpenDocument file")
    body = root.find(f"{OFFICE}body/{OFFICE}text")
    return Content(tuple(_blocks(body))) if body is not None else Content(())


def _blocks(parent: Any) -> Iterator[Block]:
    for child in parent.iterchildren():
        if child.tag == f"{TEXT}h":
            text = _text(child)
            if text:
                yield Heading(text)
        elif child.tag == f"{TEXT}p":
            text = _text(child)
            if text:
                yield text
        elif child.tag == f"{TABLE}table":
            yield Table(tuple(_rows(child)))
        elif child.tag in (f"{TEXT}list", f"{TEXT}list-item", f"{TEXT}section",
                           f"{TABLE}table-header-rows", f"{TEXT}soft-page-break"):
            yield from _blocks(child)


def _rows(table: Any) -> Iterator[tuple[str, ...]]:
    for row in table.iter(f"{TABLE}table-row"):
        if _owner(row) is table:
            yield tuple(cell for c in row.iterchildren(f"{TABLE}table-cell")
                        for cell in _repeated(c))


def _repeated(cell: Any) -> list[str]:
    try:
        times = int(cell.get(f"{TABLE}number-columns-repeated", "1"))
    except ValueError:
        times = 1
    text = "\n".join(t for t in (_text(p) for p in cell.iter(f"{TEXT}p", f"{TEXT}h")) if t)
    return [text] * max(1, min(times, MAX_REPEAT))


def _owner(element: Any) -> Any:
    parent = element.getparent()
    while parent is not None and parent.tag != f"{TABLE}table":
        parent = parent.getparent()
    return parent


def _text(element: Any) -> str:
    return "".join(_pieces(element)).strip()


def _pieces(element: Any) -> Iterator[str]:
    """The element's text in document order: spaces (text:s), tabs, line breaks, spans."""
    if element.text:
        yield element.text
    for child in element.iterchildren():
        if child.tag == f"{TEXT}s":
            yield " "
        elif child.tag == f"{TEXT}tab":
            yield "\t"
        elif child.tag == f"{TEXT}line-break":
            yield "\n"
        elif child.tag != f"{TEXT}note":
            yield from _pieces(child)
        if child.tail:
            yield child.tail
