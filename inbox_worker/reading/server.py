"""The reader process: parses mail and reads attachments with its own limits.

The worker (`inbox_worker.reading.pool`) keeps a few of these alive between messages
and sends one request at a time. A message is one request (`ReadMessage`), answered
part by part as each part is ready: the parsed mail, then each attachment's results,
then the body's when no attachment held a form, exactly the parts and order of
`extract_mail`. A part that stops (a limit, an error) ends the message's answers, so
the parent reads what is left one part a request (`ReadMail`, `ReadFile`, `ReadBody`),
and a file that kills the reader loses only itself. The limits are set here, inside
the child, for each part as for each request: address space (RLIMIT_AS, so a bomb ends
as a contained MemoryError) and processor time (RLIMIT_CPU, raised before each part,
since it counts the child's whole life). The parent kills a child that passes the
wall-clock limit on a part. The requests and answers are `protocol.py`'s.
"""

from __future__ import annotations

import logging
import os
import resource
import signal
from multiprocessing.connection import Connection
from types import FrameType

from inbox_worker.reading.programs import local_converters
from inbox_worker.reading.protocol import (
    Answer,
    Part,
    ReadFile,
    ReadMail,
    ReadMessage,
    Result,
    answer_bytes,
    load_answer,
    message_parts,
)
from parsers.converters import NO_CONVERTERS, Converters
from parsers.files import body_results, read_file
from parsers.limits import MB, ParseLimits, Stop
from parsers.mail.message import ParsedMail
from parsers.mail.mime import parse_mail

__all__ = ["answer", "answer_bytes", "load_answer", "quiet_libraries", "serve"]


class _Lifetime:
    """SIGTERM (systemd stopping the service, multiprocessing at the worker's exit) ends
    an idle reader at once, and a busy one after the answer in hand: the worker finishes
    its message, so the file being read must not fail for it."""

    def __init__(self) -> None:
        self.busy = False
        self.stopping = False

    def on_terminate(self, _signum: int, _frame: FrameType | None) -> None:
        self.stopping = True
        if not self.busy:
            raise SystemExit(0)


def serve(connection: Connection, limits: ParseLimits) -> None:
    """The child's loop: one request in, one answer out, until the parent hangs up."""
    lifetime = _Lifetime()
    _detach()
    quiet_libraries()
    converters = local_converters()
    signal.signal(signal.SIGTERM, lifetime.on_terminate)
    _limit_memory(limits.memory_mb)
    while not lifetime.stopping:
        try:
            request = connection.recv()  # from the parent: trusted
        except (EOFError, OSError):
            return
        lifetime.busy = True
        if isinstance(request, ReadMessage):
            _answer_message(connection, request.raw, limits, converters)
        else:
            connection.send_bytes(_reply(request, limits, converters)[1])
        lifetime.busy = False


def _answer_message(connection: Connection, raw: bytes, limits: ParseLimits,
                    converters: Converters) -> None:
    """Each part of one message as soon as it is read, until a part stops."""
    parts = message_parts(raw)
    part = next(parts)
    while True:
        value, data = _reply(part, limits, converters)
        connection.send_bytes(data)
        if isinstance(value, Stop):
            return
        try:
            part = parts.send(value)
        except StopIteration:
            return


def answer(request: Part, limits: ParseLimits,
           converters: Converters = NO_CONVERTERS) -> ParsedMail | list[Result]:
    """What the child computes for one request (also callable in-process)."""
    if isinstance(request, ReadMail):
        return parse_mail(request.raw)
    if isinstance(request, ReadFile):
        return read_file(request.filename, request.data, limits, depth=request.depth,
                         converters=converters)
    return body_results(request.mail)


# The PDF and Outlook libraries log fragments of the file's own bytes (names, addresses)
# on malformed input; personal data must never reach the logs: only their critical pass.
_CHATTY_LIBRARIES = ("pypdf", "pdfminer", "pdfplumber", "extract_msg")


def quiet_libraries() -> None:
    """Only critical messages from the readers' libraries (see `_CHATTY_LIBRARIES`)."""
    for name in _CHATTY_LIBRARIES:
        logging.getLogger(name).setLevel(logging.CRITICAL)


def _reply(request: Part, limits: ParseLimits, converters: Converters) -> tuple[Answer, bytes]:
    """One part's answer and its bytes, within a fresh allowance of processor time."""
    _limit_processor(limits.cpu_seconds)
    try:
        value = answer(request, limits, converters)
        return value, answer_bytes(value)
    except MemoryError:
        return Stop.MEMORY, answer_bytes(Stop.MEMORY)
    except Exception:  # a parser escaped its own guard: the request fails, the child lives
        return Stop.CRASHED, answer_bytes(Stop.CRASHED)


def _detach() -> None:
    """Libraries print and log fragments of the files (personal data): nothing of the
    child's reaches the worker's output. SIGINT (Ctrl-C reaches the whole process group)
    is the worker's to handle: it finishes the message in hand."""
    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, 1)
    os.dup2(devnull, 2)
    os.close(devnull)
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    resource.setrlimit(resource.RLIMIT_CORE, (0, 0))  # SIGXCPU would otherwise dump core


def _limit_memory(memory_mb: int) -> None:
    limit = memory_mb * MB
    resource.setrlimit(resource.RLIMIT_AS, (limit, limit))


def _limit_processor(seconds: int) -> None:
    """Allow `seconds` more of processor time from now (RLIMIT_CPU counts from birth)."""
    usage = resource.getrusage(resource.RUSAGE_SELF)
    soft = int(usage.ru_utime + usage.ru_stime) + seconds + 1
    _, hard = resource.getrlimit(resource.RLIMIT_CPU)
    if hard != resource.RLIM_INFINITY:
        soft = min(soft, hard)
    resource.setrlimit(resource.RLIMIT_CPU, (soft, hard))
