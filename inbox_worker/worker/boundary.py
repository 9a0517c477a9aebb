"""The one boundary where everything derived from a message is made safe, before it
reaches the store, a log or an email (DESIGN.md, "Security").

`analyse` passes the parsed mail and the extraction through `made_safe` as they come out
of the reader, so routing decides on safe text and every reason, form and address written
afterwards is safe. Text is:
- valid Unicode: the surrogate escapes that raw 8-bit headers decode to (a raw UTF-8 From
  under compat32) become the characters they stand for, or U+FFFD;
- free of NUL (PostgreSQL text cannot hold it) and of other control characters (tabs and,
  where the text has lines, line breaks kept);
- free of raw bidirectional overrides and isolates (a file name "form\u202eexe.pdf"
  shows as "form[U+202E]exe.pdf", so it cannot pass as another name); invisible
  direction marks are dropped;
- of bounded length: header values and file names as a mail header can hold, other text
  generously (a form's narrative is searched for safeguarding wording, so it is not cut
  short in any real form).
Bytes (attachments' data) are left as they are: they are stored only as the original.
An error reaches a log as its type and where it was raised, never its text (`trace`).
"""

from __future__ import annotations

import dataclasses
import re
import traceback
from enum import Enum
from pathlib import PurePath
from typing import Any, TypeVar

T = TypeVar("T")

HEADER_LIMIT = 998  # RFC 5322's longest line: any header value, one line
NAME_LIMIT = 255  # a file name: what file systems and MIME parameters carry
TEXT_LIMIT = 1_000_000  # any other text: far over a real form's narrative
# Fields (of the mail, the forms and the unreadable files) that hold one line of header or
# file-name text; every other string may have lines.
_ONE_LINE = {"message_id": HEADER_LIMIT, "subject": HEADER_LIMIT, "sender": HEADER_LIMIT,
             "sender_name": HEADER_LIMIT, "to": HEADER_LIMIT, "date": HEADER_LIMIT,
             "headers": HEADER_LIMIT, "declared_type": NAME_LIMIT, "filename": NAME_LIMIT,
             "source_name": NAME_LIMIT}
_OTHER_SURROGATES = re.compile("[\ud800-\udc7f\udd00-\udfff]")
_BIDI_CONTROLS = re.compile("[\u202a-\u202e\u2066-\u2069]")
_DIRECTION_MARKS = re.compile("[\u200e\u200f\u061c]")
_LINE_BREAKS = re.compile("\r\n|[\r\u2028\u2029\x85\x0b\x0c]")
_CONTROLS = re.compile("[\x00-\x08\x0e-\x1f\x7f-\x9f\ufffe\uffff]")


def safe_text(text: str, *, limit: int = TEXT_LIMIT, lines: bool = True) -> str:
    """Text that any store, log and email can carry (see the module's docstring)."""
    text = _without_surrogates(text)
    text = _LINE_BREAKS.sub("\n", text).replace("\t", " ")
    if not lines:
        text = text.replace("\n", " ")
    text = _CONTROLS.sub("", _DIRECTION_MARKS.sub("", text))
    text = _BIDI_CONTROLS.sub(lambda m: f"[U+{ord(m.group()):04X}]", text)
    return text if len(text) <= limit else text[:limit - 1] + "…"


def _without_surrogates(text: str) -> str:
    """Surrogate escapes (U+DC80-U+DCFF, one per raw byte) decoded as UTF-8; any other
    lone surrogate, or bytes that are not UTF-8, become U+FFFD."""
    if text.isascii():
        return text
    text = _OTHER_SURROGATES.sub("\ufffd", text)
    return text.encode("utf-8", "surrogateescape").decode("utf-8", "replace")


def made_safe(value: T) -> T:
    """A copy of a frozen dataclass (a ParsedMail, a MailExtraction) with every string in
    it, however deep, made safe; bytes, numbers, dates and enums as they are."""
    return _clean(value, None)  # type: ignore[no-any-return]


def _clean(value: Any, field: str | None) -> Any:
    if isinstance(value, Enum | bytes) or value is None:
        return value
    if isinstance(value, str):
        limit = _ONE_LINE.get(field or "")
        return safe_text(value, limit=limit or TEXT_LIMIT, lines=limit is None)
    if isinstance(value, tuple | list):
        return type(value)(_clean(v, field) for v in value)
    if isinstance(value, dict):
        return {_clean(k, field): _clean(v, field) for k, v in value.items()}
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        changes = {f.name: _clean(getattr(value, f.name), f.name)
                   for f in dataclasses.fields(value) if f.init}
        return dataclasses.replace(value, **changes)
    return value


def trace(err: BaseException) -> str:
    """An error for the log: its type and where it was raised, frame by frame, without
    its text (a database error's text can quote the statement's parameters, a parser's
    the message); the cause's chain likewise."""
    frames = traceback.extract_tb(err.__traceback__)
    where = " < ".join(f"{PurePath(f.filename).name}:{f.lineno} {f.name}"
                       for f in reversed(frames[-6:]))
    head = f"{type(err).__module__}.{type(err).__qualname__} at {where or 'unknown'}"
    cause = err.__cause__ or err.__context__
    return head if cause is None else f"{head}; caused by {trace(cause)}"
