"""A parsed email: headers, bodies, attachments and nested forwarded messages."""

from __future__ import annotations

from dataclasses import dataclass, field

MAX_FORWARD_DEPTH = 10  # forwards of forwards; deeper is an attack or a mail loop
MAX_PART_DEPTH = 50  # nested multiparts inside one message
HEAD_LIMIT = 64 * 1024  # more header than this is not a real message's
HEADER_LINE_BREAK = "header line break"
UNKNOWN_CHARSET = "unknown charset"
UNKNOWN_ENCODING = "unknown transfer encoding"
# Problems that explain why nothing could be read, in plain words (defects by class name).
_DAMAGE = {
    "unparseable": "it could not be read as an email",
    "NoBoundaryInMultipartDefect": "a multipart part has no boundary",
    "StartBoundaryNotFoundDefect": "its MIME boundary never appears",
    "CloseBoundaryNotFoundDefect": "it is cut off (a closing MIME boundary is missing)",
    "MultipartInvariantViolationDefect": "its multipart structure is broken",
    "InvalidBase64PaddingDefect": "the base64 encoding of a part is damaged",
    "InvalidBase64CharactersDefect": "the base64 encoding of a part is damaged",
    "InvalidBase64LengthDefect": "the base64 encoding of a part is damaged",
    "multipart nesting too deep": f"its parts are nested more than {MAX_PART_DEPTH} deep",
    f"forwarded messages nested deeper than {MAX_FORWARD_DEPTH}":
        f"forwarded messages are nested more than {MAX_FORWARD_DEPTH} deep",
    HEADER_LINE_BREAK: "a header hides a line break (possible header injection)",
    UNKNOWN_CHARSET: "its text names an unknown character set",
    UNKNOWN_ENCODING: "a part names an unknown transfer encoding",
}


@dataclass(frozen=True)
class Attachment:
    """One file carried by a message, with its type detected from the bytes."""

    filename: str
    declared_type: str
    data: bytes = field(repr=False)

    @property
    def size(self) -> int:
        return len(self.data)


@dataclass(frozen=True)
class ParsedMail:
    """The parts of one message that the pipeline needs.

    `forwarded` holds message/rfc822 parts, parsed the same way; `attachments` are
    the message's own files (not those of forwarded messages).
    `problems` lists MIME defects found while parsing (the message still parsed).
    """

    message_id: str
    subject: str
    sender: str
    sender_name: str
    to: tuple[str, ...]
    date: str
    headers: tuple[tuple[str, str], ...]
    text_body: str
    html_body: str
    attachments: tuple[Attachment, ...] = ()
    forwarded: tuple[ParsedMail, ...] = ()
    problems: tuple[str, ...] = ()

    def header(self, name: str) -> str:
        """The first header of that name (case-insensitive), or ''."""
        wanted = name.lower()
        return next((v for k, v in self.headers if k.lower() == wanted), "")

    def all_attachments(self) -> tuple[Attachment, ...]:
        """Own attachments, then those of forwarded messages, depth first."""
        nested = tuple(a for fwd in self.forwarded for a in fwd.all_attachments())
        return self.attachments + nested

    def all_problems(self) -> tuple[str, ...]:
        """Problems of this message, then of forwarded ones, depth first."""
        return self.problems + tuple(p for fwd in self.forwarded for p in fwd.all_problems())

    def all_text(self) -> str:
        """Body text of this message and of forwarded ones."""
        parts = [self.text_body or self.html_body] + [f.all_text() for f in self.forwarded]
        return "\n".join(p for p in parts if p)


def damage_summary(problems: tuple[str, ...]) -> str:
    """The problems that damage a message, in plain words ('' when none does)."""
    return "; ".join(dict.fromkeys(_DAMAGE[p] for p in problems if p in _DAMAGE))
