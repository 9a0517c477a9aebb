"""Debian programs the readers run (antiword, tesseract): found, given a bare environment,
run in a child process with a time limit and a cap on what they print.

They are the parsers' `Converters` (parsers/converters.py): parsers/ never runs a
process itself. `local_converters` gives the reader processes the ones installed here.
"""

from __future__ import annotations

import functools
import os
import selectors
import shutil
import subprocess
import tempfile
import time
from pathlib import Path

from parsers.converters import Converters

# What any of them needs to find its data and print UTF-8; nothing else of the worker's
# environment (secrets among it) reaches them.
_KEPT = ("PATH", "HOME", "LANG", "LC_ALL")


def find_program(name: str, given: str | None = None) -> str | None:
    """`given`, else `name` on PATH or in /usr/bin (a service's PATH may be short), if it
    is a file."""
    program = given or shutil.which(name) or shutil.which(name, path="/usr/bin")
    return program if program is not None and Path(program).is_file() else None


def program_environment(*also_kept: str, **settings: str) -> dict[str, str]:
    """The environment a program runs with: the kept variables that are set, plus `settings`."""
    kept = {name: os.environ[name] for name in (*_KEPT, *also_kept) if name in os.environ}
    return {**settings, **kept}


ANTIWORD_SECONDS = 20.0  # antiword reads a 20-page form in a few milliseconds
MAX_TEXT_BYTES = 2 * 1024 * 1024  # a form's text is tens of KB; a crafted piece table repeats
CHUNK = 64 * 1024


def local_converters(*, antiword: str | None = None, tesseract: str | None = None,
                     antiword_seconds: float = ANTIWORD_SECONDS) -> Converters:
    """The converters installed on this machine (a program given by path wins); those
    missing are None, and the readers say so in plain words."""
    doc = find_program("antiword", antiword)
    ocr = find_program("tesseract", tesseract)
    return Converters(
        doc_to_text=functools.partial(antiword_text, program=doc, seconds=antiword_seconds)
        if doc else None,
        page_to_tsv=functools.partial(tesseract_tsv, program=ocr) if ocr else None)


def antiword_text(data: bytes, *, program: str, seconds: float = ANTIWORD_SECONDS) -> str | None:
    """A .doc's text as antiword prints it, or None on any failure."""
    return _converted_text(program, data, seconds)


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



def tesseract_tsv(image: bytes, dpi: int, seconds: float, *, program: str) -> str | None:
    """tesseract's TSV for one page image (PGM), or None on failure or time-out."""
    if seconds <= 0:
        return None
    with tempfile.TemporaryDirectory(prefix="frontdoor-ocr-") as folder:
        path = Path(folder) / "page.pgm"  # never the sender's file name
        path.write_bytes(image)
        command = [program, str(path), "stdout", "-l", "eng", "--dpi", str(dpi), "tsv"]
        # One thread: readers already run side by side.
        environment = program_environment("TESSDATA_PREFIX", OMP_THREAD_LIMIT="1")
        try:
            done = subprocess.run(command, stdin=subprocess.DEVNULL, stdout=subprocess.PIPE,
                                  stderr=subprocess.DEVNULL, env=environment, cwd=folder,
                                  timeout=seconds, check=False)
        except (OSError, subprocess.SubprocessError):  # TimeoutExpired: the child is killed
            return None
    return done.stdout.decode("utf-8", "replace") if done.returncode == 0 else None
