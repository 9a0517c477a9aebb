"""Reading mail in reader processes with limits, so a hostile file cannot take the
worker down (the child's side is `inbox_worker.reading.server`).

The worker is threaded (one watcher per mailbox), so readers are never forked from
it: they come from multiprocessing's forkserver, a clean single-threaded process
that has already imported the parsers, so a new reader starts in milliseconds.
A few readers stay alive between messages, each lent to one thread at a time; a
reader that died, or was killed at the wall-clock limit, is replaced before the
next request. A message is parsed in one request and each attachment read in its
own, so a file that kills its reader becomes an unreadable file with the reason
while the other files of the message still count.
"""

from __future__ import annotations

import logging
import queue
import signal
import weakref
from collections.abc import Iterator
from contextlib import contextmanager
from multiprocessing.connection import Connection
from multiprocessing.process import BaseProcess
from pathlib import Path

from prometheus_client import Counter

from inbox_worker.reading.forkserver import CONTEXT, start_forkserver
from inbox_worker.reading.server import (
    Answer,
    ReadBody,
    ReadFile,
    ReadMail,
    Request,
    load_answer,
    serve,
)
from inbox_worker.settings.parsing import ParsingSettings
from parsers.files import MAX_FILE_BYTES, Result, combine, main_result, over_size
from parsers.form import Form
from parsers.limits import ParseLimits, Stop
from parsers.mail.message import ParsedMail
from parsers.mail.mime import parse_headers
from parsers.results import MailExtraction, UnreadableFile

log = logging.getLogger(__name__)

# Process-wide counts for the metrics (`inbox_worker/metrics/`), registered there: a reader
# replaced after it stopped (by its reason: a limit, a crash), and files read as unreadable.
READER_RESTARTS = Counter("frontdoor_reader_restarts", "readers replaced after they stopped",
                          ["reason"], registry=None)
UNREADABLE_FILES = Counter("frontdoor_unreadable_files", "files (or messages) not read",
                           registry=None)

MAX_ANSWER_BYTES = 512 * 1024 * 1024  # a parsed message holds its attachments' bytes
WHOLE_MESSAGE = "whole message"  # the "file name" when the message itself could not be parsed
MESSAGE_TEXT = "message text"  # ... when a message body that looked like a form could not


def parse_limits(settings: ParsingSettings) -> ParseLimits:
    """The configured limits as the parsers know them."""
    return ParseLimits(memory_mb=settings.memory_mb, cpu_seconds=settings.cpu_seconds,
                       wall_seconds=settings.wall_seconds, max_pages=settings.max_pages,
                       max_decompressed_mb=settings.max_decompressed_mb, ocr=settings.ocr)


class _Reader:
    """One reader process and the parent's end of its pipe."""

    def __init__(self, limits: ParseLimits) -> None:
        here, there = CONTEXT.Pipe()
        self.process: BaseProcess = CONTEXT.Process(
            target=serve, args=(there, limits), name="frontdoor-reader", daemon=True)
        self.process.start()
        there.close()
        self.connection: Connection = here

    def ask(self, request: Request, wall_seconds: float) -> Answer | None:
        """The answer, a Stop, or None when the request could not even be sent."""
        try:
            self.connection.send(request)
        except (OSError, ValueError):  # the reader died while idle, not on this request
            return None
        if not self.connection.poll(wall_seconds):
            self.stop()
            return Stop.WALL_CLOCK
        try:
            return load_answer(self.connection.recv_bytes(MAX_ANSWER_BYTES))
        except (EOFError, OSError):
            return self._death()

    def alive(self) -> bool:
        return self.process.is_alive() and not self.connection.closed

    def _death(self) -> Stop:
        self.process.join(5)
        code = self.process.exitcode
        self.stop()
        return Stop.PROCESSOR if code == -signal.SIGXCPU else Stop.CRASHED

    def stop(self) -> None:
        if self.process.is_alive():
            self.process.kill()
        self.process.join(5)
        self.connection.close()


class _Slot:
    """A place in the pool: a reader, replaced whenever it is found dead."""

    def __init__(self, limits: ParseLimits) -> None:
        self.limits = limits
        self.reader: _Reader | None = None

    def ask(self, request: Request) -> Answer:
        for _ in range(2):  # a reader found dead before the request gets one replacement
            if self.reader is None or not self.reader.alive():
                self.reader = _Reader(self.limits)
            answer = self.reader.ask(request, self.limits.wall_seconds)
            if answer is not None:
                self._after(answer)
                return answer
            self.stop()
        return Stop.CRASHED

    def _after(self, answer: Answer) -> None:
        if isinstance(answer, Stop):
            log.warning("reader stopped: %s; a new one takes over", answer.value)
            READER_RESTARTS.labels(answer.value).inc()
            self.stop()

    def stop(self) -> None:
        if self.reader is not None:
            self.reader.stop()
            self.reader = None


def _stop_all(slots: list[_Slot]) -> None:
    for slot in slots:
        slot.stop()


class ReaderPool:
    """Parses and extracts messages in reader processes; safe to share between threads."""

    def __init__(self, limits: ParseLimits, processes: int = 2) -> None:
        start_forkserver()
        self.limits = limits
        slots = [_Slot(limits) for _ in range(processes)]
        self._free: queue.LifoQueue[_Slot] = queue.LifoQueue()
        for slot in slots:
            self._free.put(slot)
        self._finalizer = weakref.finalize(self, _stop_all, slots)

    def read(self, raw: bytes) -> tuple[ParsedMail, MailExtraction]:
        """The message and everything read from its files; never raises for bad mail."""
        with self._slot() as slot:
            mail = slot.ask(ReadMail(raw))
            if not isinstance(mail, ParsedMail):
                unreadable = UnreadableFile(WHOLE_MESSAGE, self._reason(mail))
                UNREADABLE_FILES.inc()
                return parse_headers(raw), MailExtraction(unreadable=(unreadable,))
            results = self._results(slot, mail)
            UNREADABLE_FILES.inc(sum(isinstance(r, UnreadableFile) for r in results))
            return mail, combine(results)

    def read_file(self, path: Path) -> Result:
        """What `frontdoor extract` prints for one file on disk."""
        data = read_path(path)
        if isinstance(data, UnreadableFile):
            return data
        with self._slot() as slot:
            return main_result(path.name, self._file(slot, path.name, data, depth=0))

    def close(self) -> None:
        """Stops every reader (they also stop when the worker exits)."""
        self._finalizer()

    def __enter__(self) -> ReaderPool:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()

    def _results(self, slot: _Slot, mail: ParsedMail) -> list[Result]:
        attachments = mail.all_attachments()
        results = [r for a in attachments for r in self._file(slot, a.filename, a.data)]
        if any(isinstance(r, Form) for r in results):
            return results  # else the form may be typed in the body, beside a logo
        answer = slot.ask(ReadBody(mail))
        if isinstance(answer, list):
            return results + answer
        return [*results, UnreadableFile(MESSAGE_TEXT, self._reason(answer))]

    def _file(self, slot: _Slot, filename: str, data: bytes, *, depth: int = 1) -> list[Result]:
        answer = slot.ask(ReadFile(filename, data, depth))
        if isinstance(answer, list):
            return answer
        return [UnreadableFile(filename, self._reason(answer))]

    def _reason(self, answer: Answer) -> str:
        return self.limits.reason(answer if isinstance(answer, Stop) else Stop.CRASHED)

    @contextmanager
    def _slot(self) -> Iterator[_Slot]:
        slot = self._free.get()
        try:
            yield slot
        finally:
            self._free.put(slot)


def reader_pool(settings: ParsingSettings) -> ReaderPool:
    """The pool the worker and the commands read mail with."""
    return ReaderPool(parse_limits(settings), settings.processes)


def read_path(path: Path) -> bytes | UnreadableFile:
    """The bytes of a file no larger than any form, or why they were not read."""
    try:
        if path.stat().st_size > MAX_FILE_BYTES:
            return UnreadableFile(path.name, over_size())
        return path.read_bytes()
    except OSError:
        return UnreadableFile(path.name, "could not open file")
