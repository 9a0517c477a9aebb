"""Reading mail in reader processes with limits, so a hostile file cannot take the
worker down (the child's side is `inbox_worker.reading.server`).

The worker is threaded (one watcher per mailbox), so readers are never forked from
it: they come from multiprocessing's forkserver, a clean single-threaded process
that has already imported the parsers, so a new reader starts in milliseconds.
A few readers stay alive between messages, each lent to one thread at a time; a
reader that died, or was killed at the wall-clock limit, is replaced before the
next request. A message is one request, answered part by part (the parsed mail, each
attachment's results, the body's: `protocol.message_parts`), each part within the
wall-clock limit. A part that stops its reader (a limit, a crash) is an unreadable file
with the reason, and each part after it is asked for in a request of its own from a
new reader, so one bad file costs only itself while the others still count.
"""

from __future__ import annotations

import logging
import queue
import signal
import time
import weakref
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from multiprocessing.connection import Connection
from multiprocessing.process import BaseProcess
from pathlib import Path

from prometheus_client import Counter

from inbox_worker.reading.forkserver import CONTEXT, serve_reader, start_forkserver
from inbox_worker.reading.protocol import (
    Answer,
    Part,
    ReadFile,
    ReadMail,
    ReadMessage,
    Request,
    Result,
    load_answer,
    message_parts,
)
from inbox_worker.settings.parsing import ParsingSettings
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
# Messages a reader reads before a new one takes its place. A reader's memory grows with
# the messages it has read (118 MB after one referral, 155-272 MB after 1,200 in
# bench/imap_drain.py's, and 334 MB after 5,000), which would make a backlog's peak grow
# with its size, and at last meet the memory limit on a good file; a new reader, forked
# from the forkserver while the worker decides the last message, costs far less.
READER_MESSAGES = 250
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
            target=serve_reader, args=(there, limits), name="frontdoor-reader", daemon=True)
        self.process.start()
        there.close()
        self.connection: Connection = here
        self.since = 0.0  # when the part now being read began, as the parent can tell
        self.messages = 0  # ReadMessage requests sent to it

    def send(self, request: Request) -> bool:
        """False when the request could not even be sent: the reader died while idle."""
        try:
            self.connection.send(request)
        except (OSError, ValueError):
            return False
        self.since = time.monotonic()
        return True

    def receive(self, wall_seconds: float) -> Answer:
        """The next answer, or a Stop: the clock of a part runs from its request, or from
        the first byte of the part before it (the reader begins the next part once it
        has sent one)."""
        if not self.connection.poll(max(0.0, self.since + wall_seconds - time.monotonic())):
            self.stop()
            return Stop.WALL_CLOCK
        self.since = time.monotonic()
        try:
            return load_answer(self.connection.recv_bytes(MAX_ANSWER_BYTES))
        except (EOFError, OSError):
            return self._death()

    def idle(self) -> bool:
        """Whether the reader has nothing more to say (it answered only what was asked)."""
        try:
            return not self.connection.poll(0)
        except (OSError, ValueError):
            return False

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

    def __init__(self, limits: ParseLimits, reader_messages: int) -> None:
        self.limits = limits
        self.reader_messages = reader_messages
        self.reader: _Reader | None = None
        self.requests = 0  # sent to readers, for tests and the bench

    def ask(self, request: Part) -> Answer:
        """The answer to one part asked for alone."""
        return self.receive() if self.send(request) else Stop.CRASHED

    def send(self, request: Request) -> bool:
        for _ in range(2):  # a reader found dead before the request gets one replacement
            if self.reader is None or not self.reader.alive():
                self.reader = _Reader(self.limits)
            if self.reader.send(request):
                self.requests += 1
                if isinstance(request, ReadMessage):
                    self.reader.messages += 1
                return True
            self.stop()
        return False

    def receive(self) -> Answer:
        """The next answer of the reader the last request went to."""
        if self.reader is None:
            return Stop.CRASHED
        answer = self.reader.receive(self.limits.wall_seconds)
        self._after(answer)
        return answer

    def _after(self, answer: Answer) -> None:
        if isinstance(answer, Stop):
            log.warning("reader stopped: %s; a new one takes over", answer.value)
            READER_RESTARTS.labels(answer.value).inc()
            self.stop()

    def stop(self) -> None:
        if self.reader is not None:
            self.reader.stop()
            self.reader = None

    def renew(self) -> None:
        """A new reader in place of one that has read its messages (`READER_MESSAGES`),
        started now, so that it is ready by the next request."""
        if self.reader is not None and self.reader.messages >= self.reader_messages:
            self.stop()
            self.reader = _Reader(self.limits)


class _Message:
    """The answers to one message's parts: the reader's answers to one `ReadMessage`,
    taken in the order `message_parts` gives the parts, until a part stops its reader (a
    limit, a crash, an answer that does not fit its part); then each part left is asked
    for alone, from a new reader. A reader left with answers not taken is replaced."""

    def __init__(self, slot: _Slot, raw: bytes) -> None:
        self.slot = slot
        self.streaming = slot.send(ReadMessage(raw))

    def ask(self, part: Part) -> Answer:
        if not self.streaming:
            return self.slot.ask(part)
        answer = self.slot.receive()
        if not _fits(part, answer):
            self.slot.stop()
            answer = Stop.CRASHED
        self.streaming = not isinstance(answer, Stop)
        return answer

    def __enter__(self) -> _Message:
        return self

    def __exit__(self, exc_type: type[BaseException] | None, *_exc: object) -> None:
        reader = self.slot.reader
        if self.streaming and (exc_type is not None or reader is None or not reader.idle()):
            self.slot.stop()
        self.slot.renew()


def _fits(part: Part, answer: Answer) -> bool:
    """Whether an answer is of the kind its part asks for (a Stop fits any)."""
    if isinstance(answer, Stop):
        return True
    return isinstance(answer, ParsedMail) == isinstance(part, ReadMail)


def _stop_all(slots: list[_Slot]) -> None:
    for slot in slots:
        slot.stop()


class ReaderPool:
    """Parses and extracts messages in reader processes; safe to share between threads."""

    def __init__(self, limits: ParseLimits, processes: int = 2, *,
                 reader_messages: int = READER_MESSAGES) -> None:
        start_forkserver()
        self.limits = limits
        slots = [_Slot(limits, reader_messages) for _ in range(processes)]
        self._free: queue.LifoQueue[_Slot] = queue.LifoQueue()
        for slot in slots:
            self._free.put(slot)
        self._slots = tuple(slots)
        self._finalizer = weakref.finalize(self, _stop_all, slots)

    def read(self, raw: bytes) -> tuple[ParsedMail, MailExtraction]:
        """The message and everything read from its files; never raises for bad mail."""
        with self._slot() as slot, _Message(slot, raw) as message:
            # Imported at the first message, while its reader reads it: `combine` is the
            # one function of the parsers' reading the worker runs, and its module brings
            # the interpreter (0.2-0.3 s), which the worker needs for nothing else.
            from parsers.files import combine

            mail, results = self._walk(raw, message.ask)
        if not isinstance(mail, ParsedMail):
            unreadable = UnreadableFile(WHOLE_MESSAGE, self._reason(mail))
            UNREADABLE_FILES.inc()
            return parse_headers(raw), MailExtraction(unreadable=(unreadable,))
        UNREADABLE_FILES.inc(sum(isinstance(r, UnreadableFile) for r in results))
        return mail, combine(results)

    @property
    def requests(self) -> int:
        """Requests sent to readers so far: one a message, unless a part stopped."""
        return sum(slot.requests for slot in self._slots)

    def read_file(self, path: Path) -> Result:
        """What `frontdoor extract` prints for one file on disk."""
        from parsers.files import main_result

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

    def _walk(self, raw: bytes, ask: Callable[[Part], Answer]) -> tuple[Answer, list[Result]]:
        """The parsed mail (or why not) and its parts' results, the parts walked as the
        reader walks them (`message_parts`), a part that stopped read as unreadable."""
        parts = message_parts(raw)
        mail = answer = ask(next(parts))
        results: list[Result] = []
        while True:
            try:
                part = parts.send(answer)
            except StopIteration:
                return mail, results
            answer = self._results(part, ask(part))
            results.extend(answer)

    def _results(self, part: Part, answer: Answer) -> list[Result]:
        if isinstance(answer, list):
            return answer
        name = part.filename if isinstance(part, ReadFile) else MESSAGE_TEXT
        return [UnreadableFile(name, self._reason(answer))]

    def _file(self, slot: _Slot, filename: str, data: bytes, *, depth: int = 1) -> list[Result]:
        return self._results(ReadFile(filename, data, depth),
                             slot.ask(ReadFile(filename, data, depth)))

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
    from parsers.files import MAX_FILE_BYTES, over_size

    try:
        if path.stat().st_size > MAX_FILE_BYTES:
            return UnreadableFile(path.name, over_size())
        return path.read_bytes()
    except OSError:
        return UnreadableFile(path.name, "could not open file")
