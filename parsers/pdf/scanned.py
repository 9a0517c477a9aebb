"""Scanned PDFs (no text layer) read by OCR, when configured and tesseract is installed.

Each page (up to `max_pages`, and within a budget of pixels) is rendered by pdfium at
about 300 dpi into a private temporary folder and read by Debian's `tesseract` (packages
`tesseract-ocr` and `tesseract-ocr-eng`) as a child process with a time limit, inside the
reader's own wall-clock limit. Tesseract's words, with their boxes, become the same
`Content` the other readers give: rows of words, cut where a wide gap separates columns,
and runs of such rows as a table (the family table). Only words tesseract is fairly sure
of are kept. The form says it was read by OCR, for the admin who checks it. When OCR is
off, tesseract is missing, or it fails or reads nothing, the file is unreadable with the
reason scanned files have always been given. Never raises; never logs text or names.
"""

from __future__ import annotations

import io
import re
import statistics
import time
from collections.abc import Iterator
from dataclasses import dataclass
from itertools import pairwise

import pypdfium2

from parsers.converters import PageToTsv
from parsers.layout import Block, Content, Table
from parsers.limits import ParseLimits
from parsers.meaning.labels import document_title
from parsers.results import UnreadableFile

SCANNED = "scanned (no text layer)"
NOT_INSTALLED = f"{SCANNED}; OCR is configured but tesseract is not installed"
READ_BY_OCR = "read by OCR from a scanned PDF: check the values"
DPI = 300  # tesseract reads 10-point print best at 300 dpi; less loses accents and digits
MAX_PAGE_PIXELS = 12_000_000  # an A4 page at 300 dpi is 8.7 MP; larger pages render smaller
MAX_TOTAL_PIXELS = 200_000_000  # about 23 A4 pages: bounds time and temporary disk
PAGE_SECONDS = 20.0  # tesseract reads an A4 page in 1-3 s on one core
MARGIN_SECONDS = 3.0  # left of the reader's wall-clock limit, to answer before being killed
MIN_CONFIDENCE = 25  # of 100: below, mostly smudges; email addresses score 30-50 (no dictionary)
ROW_OVERLAP = 0.5  # of a word's height: words this close to a row's middle are on that row
# A table's ruled lines, read as "words" of bars and brackets.
_RULE = re.compile(r"[|!\[\]()_\-—–=~]+")
_AT = re.compile(r"(?<=\S) ?@ ?(?=\S)")
COLUMN_GAP = 1.2  # word heights: wider than a space between words; a tab stop or a column


@dataclass(frozen=True)
class Word:
    """One word tesseract read, and its box in pixels."""

    text: str
    left: int
    top: int
    width: int
    height: int

    @property
    def middle(self) -> float:
        return self.top + self.height / 2


Segment = tuple[Word, ...]  # words of one row with no wide gap between them


def read_scanned(filename: str, data: bytes, limits: ParseLimits,
                 page_to_tsv: PageToTsv | None) -> Content | UnreadableFile:
    """A scanned PDF's content read by OCR (`page_to_tsv`, tesseract in the worker's
    readers), or why it was not read."""
    if not limits.ocr:
        return UnreadableFile(filename, SCANNED)
    if page_to_tsv is None:
        return UnreadableFile(filename, NOT_INSTALLED)
    deadline = time.monotonic() + limits.wall_seconds - MARGIN_SECONDS
    pages = _read_pages(page_to_tsv, data, limits.max_pages, deadline)
    blocks = tuple(block for words in pages or () for block in blocks_of(words))
    if not blocks:
        return UnreadableFile(filename, SCANNED)
    title = document_title("", [b for b in blocks if isinstance(b, str)])
    return Content(blocks, title=title, warnings=(READ_BY_OCR,))


def _read_pages(page_to_tsv: PageToTsv, data: bytes, max_pages: int,
                deadline: float) -> list[list[Word]] | None:
    """Each page's words, or None when rendering or OCR failed on any page."""
    pages: list[list[Word]] = []
    try:
        for image, dpi in _rendered(data, max_pages):
            seconds = min(PAGE_SECONDS, deadline - time.monotonic())
            tsv = page_to_tsv(image, dpi, seconds) if seconds > 0 else None
            if tsv is None:
                return None
            pages.append(words_of(tsv))
    except (pypdfium2.PdfiumError, OSError):  # a damaged page
        return None
    return pages


def _rendered(data: bytes, max_pages: int) -> Iterator[tuple[bytes, int]]:
    """Each page in turn as a grey image (PGM bytes), with the resolution it used."""
    pdf = pypdfium2.PdfDocument(data)
    try:
        budget = MAX_TOTAL_PIXELS
        for index in range(min(len(pdf), max_pages)):
            page = pdf[index]
            width, height = page.get_size()
            scale = _scale(width, height)
            budget -= int(width * scale) * int(height * scale)
            if budget < 0:
                return
            image = io.BytesIO()
            page.render(scale=scale, grayscale=True).to_pil().save(image, format="PPM")
            page.close()
            yield image.getvalue(), round(scale * 72)
    finally:
        pdf.close()


def _scale(width: float, height: float) -> float:
    """Pixels per point: 300 dpi, less for a page that would pass MAX_PAGE_PIXELS."""
    scale = DPI / 72
    area = max(width * height, 1.0) * scale * scale
    return scale if area <= MAX_PAGE_PIXELS else scale * (MAX_PAGE_PIXELS / area) ** 0.5


def words_of(tsv: str) -> list[Word]:
    """The confident words of tesseract's TSV output (level 5 rows are words)."""
    words: list[Word] = []
    for line in tsv.splitlines()[1:]:
        cells = line.split("\t")
        if len(cells) != 12 or cells[0] != "5" or not cells[11].strip():
            continue
        try:
            confident = float(cells[10]) >= MIN_CONFIDENCE
            box = [int(cell) for cell in cells[6:10]]
        except ValueError:
            continue
        if confident and not _RULE.fullmatch(cells[11].strip()):
            words.append(Word(cells[11].strip(), *box))
    return words


def blocks_of(words: list[Word]) -> list[Block]:
    """One page's words as blocks: runs of rows with columns as tables, else each
    segment of a row as a line."""
    blocks: list[Block] = []
    run: list[list[Segment]] = []
    for row in _rows(words):
        segments = _segments(row)
        if len(segments) > 1:
            run.append(segments)
            continue
        blocks.extend(_run_blocks(run))
        run = []
        blocks.append(_text(segments[0]))
    blocks.extend(_run_blocks(run))
    return blocks


def _rows(words: list[Word]) -> list[list[Word]]:
    """Words grouped into rows down the page (tesseract's own lines may run down a column
    of a table instead of across it), each row left to right."""
    rows: list[list[Word]] = []
    for word in sorted(words, key=lambda w: w.middle):
        row = rows[-1] if rows else None
        if row is not None and abs(word.middle - _middle(row)) < ROW_OVERLAP * _height(row):
            row.append(word)
        else:
            rows.append([word])
    return [sorted(row, key=lambda w: w.left) for row in rows]


def _middle(row: list[Word]) -> float:
    return statistics.fmean(word.middle for word in row)


def _height(row: list[Word]) -> float:
    return statistics.median(word.height for word in row)


def _segments(row: list[Word]) -> list[Segment]:
    """A row cut where a wide gap separates its words."""
    gap = COLUMN_GAP * _height(row)
    segments: list[list[Word]] = [[row[0]]]
    for before, word in pairwise(row):
        if word.left - (before.left + before.width) > gap:
            segments.append([])
        segments[-1].append(word)
    return [tuple(segment) for segment in segments]


def _run_blocks(run: list[list[Segment]]) -> list[Block]:
    """Rows with columns: a table when two or more follow each other, its columns those of
    the first row (the header); a lone such row is its segments as lines."""
    if len(run) < 2:
        return [_text(segment) for segments in run for segment in segments]
    starts = [segment[0].left for segment in run[0]]
    return [Table(tuple(_cells(segments, starts) for segments in run))]


def _cells(segments: list[Segment], starts: list[int]) -> tuple[str, ...]:
    """A row's segments placed in the header's columns (an empty cell leaves a gap)."""
    cells = [""] * len(starts)
    for segment in segments:
        slack = segment[0].height
        column = max((i for i, start in enumerate(starts) if start <= segment[0].left + slack),
                     default=0)
        cells[column] = f"{cells[column]} {_text(segment)}".strip()
    return tuple(cells)


def _text(segment: Segment) -> str:
    """The segment's words; tesseract reads "a.b@c.uk" as "a.b @c.uk", and an email
    address never holds a space."""
    return _AT.sub("@", " ".join(word.text for word in segment))
