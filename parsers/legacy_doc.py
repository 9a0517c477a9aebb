"""Legacy Word .doc files read by conversion to text with antiword, when it is installed.

antiword (Debian package `antiword`, a few hundred KB) prints a .doc's text, with table
rows as `|cell|cell|` lines and a cell's further lines as rows of their own. It runs as a
child process on a private copy of the file, with a time limit and a cap on what it may
print; the text becomes the same `Content` the other readers give. Without antiword, or
when it fails, the file is unreadable with the reason professionals have always been
given. Never raises.
"""

from __future__ import annotations

import os
import selectors
import subprocess
import tempfile
import time
from pathlib import Path

from parsers.extraction import UnreadableFile
from parsers.layout import Block, Content, Table
from parsers.programs import find_program, program_environment

REFUSED = "legacy Word .doc: please send .docx or PDF"
CONVERTED = "read from a legacy .doc by conversion"
TIMEOUT_SECONDS = 20.0  # antiword reads a 20-page form in a few milliseconds
MAX_TEXT_BYTES = 2 * 1024 * 1024  # a form's text is tens of KB; a crafted piece table repeats
CHUNK = 64 * 1024

def read_legacy_doc(filename: str, data: bytes, *, antiword: str | None = None,
                    timeout_seconds: float = TIMEOUT_SECONDS) -> Content | UnreadableFile:
    """The text of a .doc as blocks, or the plain reason it was not read.

    `antiword` is the program to run (default: `antiword` on PATH or in /usr/bin).
    """
    program = find_program("antiword", antiword)
    if program is None:
        return UnreadableFile(filename, REFUSED)
    text = _converted_text(program, data, timeout_seconds)
    if text is None or not text.strip():
        return UnreadableFile(filename, REFUSED)
    return Content(blocks_of(text), warnings=(CONVERTED,))  # for the admin who checks it


def _converted_text(program: str, data: bytes, timeout_seconds: float) -> str | None:
    """antiword's UTF-8 text without line wrapping (-w 0), or None on any failure."""
    with tempfile.TemporaryDirectory(prefix="frontdoor-doc-") as folder:
        path = Path(folder) / "form.doc"  # never the sender's file name
        path.write_bytes(data)
        try:
            process = subprocess.Popen([program, "-w", "0", "-m", "UTF-8.txt", str(path)],
                                       stdin=subprocess.DEVNULL, stdout=subprocess.PIPE,
                                       stderr=subprocess.DEVNULL,
                                       env=program_environment("ANTIWORDHOME"))
        except OSError:
            return None
        try:
            output = _output(process, time.monotonic() + timeout_seconds)
        except OSError:  # the pipe failed: stop the converter all the same
            output = None
        return _finished(process, output)


def _output(process: subprocess.Popen[bytes], deadline: float) -> bytes | None:
    """Everything antiword prints, or None past the deadline or the size cap."""
    if process.stdout is None:
        return None
    chunks: list[bytes] = []
    size = 0
    with selectors.DefaultSelector() as selector:
        selector.register(process.stdout, selectors.EVENT_READ)
        while size <= MAX_TEXT_BYTES:
            left = deadline - time.monotonic()
            if left <= 0 or not selector.select(left):
                return None
            chunk = os.read(process.stdout.fileno(), CHUNK)
            if not chunk:
                return b"".join(chunks)
            chunks.append(chunk)
            size += len(chunk)
    return None


def _finished(process: subprocess.Popen[bytes], output: bytes | None) -> str | None:
    if output is None:
        process.kill()
    try:
        code = process.wait(timeout=5)  # it has closed its output: exiting takes no time
    except subprocess.TimeoutExpired:
        process.kill()
        process.wait()
        return None
    finally:
        if process.stdout is not None:
            process.stdout.close()
    return output.decode("utf-8", "replace") if output is not None and code == 0 else None


def blocks_of(text: str) -> tuple[Block, ...]:
    """antiword's text as blocks: `|a|b|` lines grouped into tables, other lines as they are."""
    blocks: list[Block] = []
    rows: list[list[str]] = []
    for line in text.splitlines():
        stripped = line.strip()
        if len(stripped) > 1 and stripped.startswith("|") and stripped.endswith("|"):
            _add_row(rows, [cell.strip() for cell in stripped[1:-1].split("|")])
            continue
        if rows:
            blocks.append(Table(tuple(tuple(row) for row in rows)))
            rows = []
        if stripped:
            blocks.append(stripped)
    if rows:
        blocks.append(Table(tuple(tuple(row) for row in rows)))
    return tuple(blocks)


def _add_row(rows: list[list[str]], cells: list[str]) -> None:
    """A row with an empty first cell under a row with one continues that row's cells
    (antiword prints a cell's second line as a row of its own)."""
    previous = rows[-1] if rows else None
    if previous and previous[0] and not cells[0] and len(cells) == len(previous):
        for index, cell in enumerate(cells):
            if cell:
                previous[index] = f"{previous[index]}\n{cell}" if previous[index] else cell
    elif any(cells):
        rows.append(cells)
