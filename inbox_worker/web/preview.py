"""Attachments shown in the item page: a PDF as page images, a Word file as HTML.

The bytes came from outside, so they are opened in a child process with memory and
processor limits and a wall-clock timeout, as the reader's are (a hostile PDF can crash
pdfium; it must not crash the pages). Results are kept in a small cache by content hash.
Run as `python -m inbox_worker.web.preview pages|page N|html` with the file on stdin, or
`python -m inbox_worker.web.preview spare`: a child that imports its libraries first, then
waits for one command line and the file on stdin. `frontdoor web` keeps one spare ready
(`Previewer(warm=True)`), so the first view of an attachment does not wait for a Python
start and mammoth's or pdfium's imports; each spare does one job and a new one is
started after it (a hostile file never meets a later one).
"""

from __future__ import annotations

import hashlib
import io
import resource
import subprocess
import sys
import threading
from collections import OrderedDict
from enum import StrEnum

from parsers.filetype import FileType, detect

MEMORY_BYTES = 1024 * 1024 * 1024  # as the reader's default limit
CPU_SECONDS = 20
WALL_SECONDS = 30.0
MAX_PAGES = 30  # pages shown in the page; the rest by download
SCALE = 1.4  # about 100 dpi: readable beside the fields, about 150 KB a page
CACHED = 64  # results kept (a page image or a document's HTML each)
WORD_STYLE = ("body{font-family:arial,sans-serif;font-size:16px;line-height:1.4;margin:12px;"
              "color:#0b0c0c}table{border-collapse:collapse}td,th{border:1px solid #b1b4b6;"
              "padding:4px;vertical-align:top}img{max-width:100%}")
# The framed Word document: no script, nothing fetched, styles only its own.
WORD_CSP = ("default-src 'none'; style-src 'unsafe-inline'; img-src data:; "
            "frame-ancestors 'self'; sandbox")


class Preview(StrEnum):
    """How an attachment can be shown in the page."""

    PDF = "pdf"
    WORD = "word"
    NONE = "none"


def preview_kind(data: bytes) -> Preview:
    kind = detect(data)
    if kind is FileType.PDF:
        return Preview.PDF
    return Preview.WORD if kind in (FileType.DOCX, FileType.DOCM) else Preview.NONE


class Previewer:
    """Asks a limited child process, and remembers the last answers. `warm`: a spare
    child is started now and after each job, and waits with its imports done."""

    def __init__(self, *, warm: bool = False) -> None:
        self._cache: OrderedDict[tuple[str, str], bytes | None] = OrderedDict()
        self._lock = threading.Lock()
        self._warm = warm
        self._running: dict[tuple[str, str], threading.Event] = {}
        self._spare: subprocess.Popen[bytes] | None = _spare() if warm else None

    def close(self) -> None:
        """Ends the spare child (it exits when its stdin closes)."""
        with self._lock:
            spare, self._spare, self._warm = self._spare, None, False
        if spare is not None:
            _end(spare)

    def page_count(self, data: bytes) -> int:
        answer = self._ask(data, "pages")
        return min(int(answer or b"0"), MAX_PAGES)

    def page_png(self, data: bytes, page: int) -> bytes | None:
        return self._ask(data, "page", str(page)) if 1 <= page <= MAX_PAGES else None

    def word_html(self, data: bytes) -> bytes | None:
        return self._ask(data, "html")

    def prefetch_word_html(self, data: bytes) -> None:
        """Starts drawing a Word file's HTML now (warm only), for the item page's frame,
        which asks for it a moment later and waits for this answer."""
        if self._warm:
            threading.Thread(target=self._ask, args=(data, "html"), daemon=True).start()

    def _ask(self, data: bytes, *command: str) -> bytes | None:
        key = (hashlib.sha256(data).hexdigest(), " ".join(command))
        while True:  # a job asked for already is waited for, not started again
            with self._lock:
                if key in self._cache:
                    self._cache.move_to_end(key)
                    return self._cache[key]
                running = self._running.get(key)
                if running is None:
                    self._running[key] = threading.Event()
                    break
            running.wait(WALL_SECONDS)
        answer = None
        try:
            answer = self._run(data, command)
        finally:
            with self._lock:
                self._cache[key] = answer
                while len(self._cache) > CACHED:
                    self._cache.popitem(last=False)
                self._running.pop(key).set()
        return answer

    def _run(self, data: bytes, command: tuple[str, ...]) -> bytes | None:
        with self._lock:
            spare, self._spare = self._spare, None
        if spare is None:
            return _in_child(data, command)
        try:
            return _answer(spare, " ".join(command).encode() + b"\n" + data)
        finally:
            with self._lock:  # the next job's spare, importing while this page is drawn
                if self._warm and self._spare is None:
                    self._spare = _spare()


def _spare() -> subprocess.Popen[bytes]:
    return subprocess.Popen(  # our own module; the command comes later on stdin
        [sys.executable, "-m", "inbox_worker.web.preview", "spare"], stdin=subprocess.PIPE,
        stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, preexec_fn=_limits)


def _answer(child: subprocess.Popen[bytes], given: bytes) -> bytes | None:
    try:
        out, _ = child.communicate(given, timeout=WALL_SECONDS)
    except subprocess.TimeoutExpired:
        _end(child)
        return None
    return out if child.returncode == 0 else None


def _end(child: subprocess.Popen[bytes]) -> None:
    child.kill()
    child.communicate()


def _in_child(data: bytes, command: tuple[str, ...]) -> bytes | None:
    try:
        done = subprocess.run(  # our own module, arguments from a fixed set
            [sys.executable, "-m", "inbox_worker.web.preview", *command], input=data,
            capture_output=True, timeout=WALL_SECONDS, preexec_fn=_limits, check=False)
    except subprocess.TimeoutExpired:
        return None
    return done.stdout if done.returncode == 0 else None


def _limits() -> None:
    resource.setrlimit(resource.RLIMIT_AS, (MEMORY_BYTES, MEMORY_BYTES))
    resource.setrlimit(resource.RLIMIT_CPU, (CPU_SECONDS, CPU_SECONDS))


def _pages(data: bytes) -> bytes:
    import pypdfium2

    return str(len(pypdfium2.PdfDocument(data))).encode()


def _page(data: bytes, number: int) -> bytes:
    import pypdfium2

    image = pypdfium2.PdfDocument(data)[number - 1].render(scale=SCALE).to_pil()
    out = io.BytesIO()
    image.save(out, format="PNG", optimize=True)
    return out.getvalue()


def _html(data: bytes) -> bytes:
    import mammoth

    body = mammoth.convert_to_html(io.BytesIO(data)).value
    return (f'<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Word document'
            f'</title><style>{WORD_STYLE}</style></head><body><main>{body}</main></body></html>'
            ).encode()  # in <main>: its content is in a landmark, as WCAG's readers expect


def _main(argv: list[str]) -> int:
    if argv == ["spare"]:  # imports first, then one command line and the file
        import mammoth  # noqa: F401
        import pypdfium2  # noqa: F401

        argv = sys.stdin.buffer.readline().decode("ascii", "replace").split()
    data = sys.stdin.buffer.read()
    if argv[:1] == ["pages"]:
        out = _pages(data)
    elif argv[:1] == ["page"] and len(argv) == 2:
        out = _page(data, int(argv[1]))
    elif argv[:1] == ["html"]:
        out = _html(data)
    else:
        sys.stderr.write("usage: python -m inbox_worker.web.preview pages|page N|html\n")
        return 2
    sys.stdout.buffer.write(out)
    return 0


if __name__ == "__main__":
    sys.exit(_main(sys.argv[1:]))
