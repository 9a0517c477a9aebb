"""Checks that run on raw bytes before a PDF or Word library opens a file.

The libraries hold whole files in memory (pdfminer inflates every stream it meets;
python-docx reads every part), so a bomb is refused here, by counting, before they
see it. Each check returns a plain reason or None; none of them raises.
"""

from __future__ import annotations

import io
import re
import zipfile
import zlib
from collections.abc import Iterable, Iterator

from pypdf import PdfReader

from parsers.filetype import zip_limit_problem
from parsers.limits import ParseLimits

_CHUNK = 1024 * 1024  # inflate this much at a time, so counting needs little memory
_STREAM = re.compile(rb"(?<!end)stream\r?\n")
# Real PDFs nest arrays and dictionaries a few levels; pypdf and pdfminer recurse per level.
_DEEP_NESTING = re.compile(rb"(?:(?:\[|<<)\s*(?:/[^\s/<>\[\]()]*\s*)?){256}")
_EOF_WINDOW = 8192  # "%%EOF" closes every complete PDF; some writers add padding after it
_XML_HEAD = 64 * 1024  # a DOCTYPE must come before the root element, near the start
_DECLARATION = re.compile(rb"<!(?:DOCTYPE|ENTITY)", re.IGNORECASE)


def pdf_problem(data: bytes, limits: ParseLimits) -> str | None:
    """Why a PDF must not be opened (truncated, hostile nesting, a bomb, too many pages)."""
    if b"%%EOF" not in data[-_EOF_WINDOW:]:
        return "corrupt or truncated PDF"
    if _DEEP_NESTING.search(data):
        return "objects nested hundreds deep (a malformed or hostile PDF)"
    if _inflated_size(data, limits.max_decompressed_bytes) > limits.max_decompressed_bytes:
        return limits.expands_too_far()
    return _pages_problem(data, limits)


def docx_problem(data: bytes, limits: ParseLimits) -> str | None:
    """Why a .docx must not be opened (a zip bomb, XML entity declarations)."""
    problem = zip_limit_problem(data, limits.max_decompressed_bytes)
    if problem is not None:
        return problem
    if _declares_entities(data):
        return "its XML declares entities, which Word never writes (possible attack)"
    return None


def _declares_entities(data: bytes) -> bool:
    """True when an XML part declares a DOCTYPE or entities (XXE, billion laughs)."""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            for info in archive.infolist():
                if info.filename.endswith((".xml", ".rels")):
                    with archive.open(info) as part:
                        if _DECLARATION.search(part.read(_XML_HEAD)):
                            return True
    except (zipfile.BadZipFile, zlib.error, OSError, ValueError, EOFError, RuntimeError):
        return False  # a damaged part: the Word reader reports the file as corrupt
    return False


def _pages_problem(data: bytes, limits: ParseLimits) -> str | None:
    """Pages counted by pypdf (lean on hostile files): none, too many, or a page tree that
    cannot be walked (one that loops back on itself). Encrypted and unopenable files are
    left to the reader, which says so."""
    try:
        reader = PdfReader(io.BytesIO(data))
        if reader.is_encrypted and not reader.decrypt(""):  # owner-locked forms still open
            return None
    except Exception:  # pypdf raises many types on corrupt input; the reader reports it
        return None
    try:
        pages = len(reader.pages)
    except Exception:  # e.g. "Detected cyclic page references"
        return "corrupt PDF: its list of pages is broken"
    if pages == 0:
        return "corrupt PDF: it has no pages"
    return limits.too_many_pages(pages) if pages > limits.max_pages else None


def _inflated_size(data: bytes, budget: int) -> int:
    """Bytes the Flate streams of a PDF inflate to, counted up to just past `budget`.

    A stream compressed twice (/Filter [/FlateDecode /FlateDecode]) counts both layers.
    """
    total = 0
    for match in _STREAM.finditer(data):
        end = data.find(b"endstream", match.end())
        raw = data[match.end():end if end >= 0 else len(data)]
        total += _stream_size(raw, budget - total)
        if total > budget:
            break
    return total


def _stream_size(raw: bytes, budget: int) -> int:
    size = _count(_inflate([raw]), budget)
    if size <= budget and _looks_deflated(next(_chunks_or_empty(_inflate([raw])), b"")):
        size += _count(_inflate(_inflate([raw])), budget - size)
    return size


def _inflate(chunks: Iterable[bytes]) -> Iterator[bytes]:
    """zlib output in pieces of at most _CHUNK bytes; stops at the first error."""
    decompressor = zlib.decompressobj()
    for chunk in chunks:
        pending = chunk
        while pending and not decompressor.eof:
            out = decompressor.decompress(pending, _CHUNK)
            pending = decompressor.unconsumed_tail
            if out:
                yield out


def _chunks_or_empty(chunks: Iterator[bytes]) -> Iterator[bytes]:
    try:
        yield from chunks
    except zlib.error:
        return


def _count(chunks: Iterator[bytes], budget: int) -> int:
    total = 0
    for chunk in _chunks_or_empty(chunks):
        total += len(chunk)
        if total > budget:
            break
    return total


def _looks_deflated(head: bytes) -> bool:
    """A zlib header: CMF 0x78 (deflate, 32K window) and a valid check value."""
    return len(head) >= 2 and head[0] == 0x78 and (head[0] * 256 + head[1]) % 31 == 0
