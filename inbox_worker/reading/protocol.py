"""What the worker and its reader processes say to each other (the reader's side is
`server.py`, the worker's `pool.py`): the requests, the parts of a message in the order
both sides walk them, and answers as pickles.

The worker loads an answer with `load_answer`, which accepts only the parsers' own types,
so even a reader subverted by a hostile file cannot make the worker run code by its
answer. Only the parsers' data types are imported here: the worker itself reads no form,
and never imports the readers' libraries or the interpreter.
"""

from __future__ import annotations

import datetime as dt
import enum
import io
import pickle
from collections.abc import Generator
from dataclasses import dataclass
from typing import Any

from parsers.form import Form
from parsers.limits import Stop
from parsers.mail.message import ParsedMail
from parsers.results import Document, UnreadableFile

Result = Form | UnreadableFile | Document  # as `parsers.files.Result`


@dataclass(frozen=True)
class ReadMessage:
    """Parse a message and read its files: one answer a part (see the module's docstring)."""

    raw: bytes


@dataclass(frozen=True)
class ReadMail:
    """Parse one message's bytes: the answer is a ParsedMail."""

    raw: bytes


@dataclass(frozen=True)
class ReadFile:
    """Read one file: the answer is a list of results (a zip or a message gives several)."""

    filename: str
    data: bytes
    depth: int = 1  # 1 for a message's attachment, 0 for a file given on its own


@dataclass(frozen=True)
class ReadBody:
    """Read a message body as a form, when it clearly is one: a list of results."""

    mail: ParsedMail


Part = ReadMail | ReadFile | ReadBody
Request = ReadMessage | Part
Answer = ParsedMail | list[Result] | Stop


def message_parts(raw: bytes) -> Generator[Part, Answer, None]:
    """The parts of a message in the order they are read: send each part's answer back
    into the generator to get the next. The parent walks the same parts (`pool.py`)."""
    mail = yield ReadMail(raw)
    if not isinstance(mail, ParsedMail):
        return
    found_form = False
    for attachment in mail.all_attachments():
        results = yield ReadFile(attachment.filename, attachment.data)
        if not isinstance(results, list):
            return
        found_form = found_form or any(isinstance(r, Form) for r in results)
    if not found_form:  # else the form may be typed in the body, beside a logo
        yield ReadBody(mail)


class _AnswerPickler(pickle.Pickler):
    """Enum members by value (`FormType("unknown")`): some Python 3.11 releases (Debian
    12's python3 is 3.11.2) pickle them as `getattr(FormType, "UNKNOWN")`, a call the
    parent's unpickler rightly refuses, which made every form "the reader stopped"."""

    def reducer_override(self, obj: object) -> Any:
        if isinstance(obj, enum.Enum):
            return type(obj), (obj.value,)
        return NotImplemented


def answer_bytes(value: object) -> bytes:
    """What a reader sends back: the answer pickled so that `load_answer` takes it."""
    buffer = io.BytesIO()
    _AnswerPickler(buffer, protocol=pickle.HIGHEST_PROTOCOL).dump(value)
    return buffer.getvalue()


class _AnswerUnpickler(pickle.Unpickler):
    """Loads only the parsers' dataclasses and enums, and dates: nothing that runs code."""

    def find_class(self, module: str, name: str) -> object:
        if module.startswith("parsers.") and not name.startswith("_"):
            found = super().find_class(module, name)
            if isinstance(found, type):
                return found
        if (module, name) == ("datetime", "date"):
            return dt.date
        raise pickle.UnpicklingError(f"refused {module}.{name} in a reader's answer")


def load_answer(data: bytes) -> Answer:
    """An answer's bytes back to objects; Stop.CRASHED for anything unexpected."""
    try:
        loaded = _AnswerUnpickler(io.BytesIO(data)).load()
    except Exception:  # a corrupt or refused answer: the reader failed on this request
        return Stop.CRASHED
    if isinstance(loaded, ParsedMail | Stop):
        return loaded
    if isinstance(loaded, list) and all(isinstance(r, Form | UnreadableFile | Document)
                                        for r in loaded):
        return loaded
    return Stop.CRASHED
