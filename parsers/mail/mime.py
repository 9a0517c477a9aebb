"""Raw message bytes to a ParsedMail. Never raises on any input.

The modern email policy is tried first; where it raises on broken headers the
message is parsed again with compat32; where both fail the result carries the
problem "unparseable". Headers are read raw and decoded here (RFC 2047), so a bad
header cannot break the rest of the message.
"""

from __future__ import annotations

import codecs
import email
import email.policy
import re
from email import policy as email_policy
from email.header import decode_header, make_header
from email.message import Message
from email.utils import getaddresses, parseaddr
from html.parser import HTMLParser

from parsers.mail.message import (
    HEAD_LIMIT,
    HEADER_LINE_BREAK,
    MAX_FORWARD_DEPTH,
    MAX_PART_DEPTH,
    UNKNOWN_CHARSET,
    UNKNOWN_ENCODING,
    Attachment,
    ParsedMail,
)

_ENCODINGS = ("", "7bit", "8bit", "binary", "base64", "quoted-printable")


class _Collected:
    """Mutable accumulator used only while walking one message's parts."""

    def __init__(self) -> None:
        self.text: list[str] = []
        self.html: list[str] = []
        self.attachments: list[Attachment] = []
        self.forwarded: list[ParsedMail] = []
        self.problems: list[str] = []


def parse_mail(raw: bytes) -> ParsedMail:
    """The parts of one message the pipeline needs; problems are listed, not raised."""
    try:
        return _parse(raw, 0)
    except MemoryError:  # the reader process's limit: it reports the limit, not "unparseable"
        raise
    except Exception as error:  # last resort: hostile bytes must not stop the worker
        return _unparseable(type(error).__name__)


def _parse(raw: bytes, depth: int) -> ParsedMail:
    for policy in (email.policy.default, email.policy.compat32):
        try:
            message = email.message_from_bytes(raw, policy=policy)
            return _from_message(message, depth)
        except MemoryError:
            raise
        except Exception:
            continue
    return _unparseable("both policies failed")


def parse_headers(raw: bytes) -> ParsedMail:
    """The header block alone (at most 64 KB), for a message too large or too hostile
    to parse whole: cheap and safe on any bytes. Bodies and attachments are left out."""
    head = raw[:HEAD_LIMIT]
    end = re.search(rb"\r?\n\r?\n", head)
    return parse_mail(head[:end.start()] + b"\r\n\r\n" if end else head)


def read_message_id(raw: bytes) -> str:
    """The message's Message-ID, decoded and stripped as in ParsedMail ('' when it has
    none): read from the header block alone, so cheap and safe on any bytes. The one
    reader of it for the store, the IMAP and EWS backends and the parsed mail."""
    return parse_headers(raw).message_id


def _unparseable(detail: str) -> ParsedMail:
    return ParsedMail(message_id="", subject="", sender="", sender_name="", to=(), date="",
                      headers=(), text_body="", html_body="", problems=("unparseable", detail))


def _from_message(message: Message, depth: int) -> ParsedMail:
    raw = tuple((name, _unfold(str(value))) for name, value in message.raw_items())
    headers = tuple((name, decode_header_value(value)) for name, value in raw)
    found = _Collected()
    if any("\n" in v or "\r" in v for _, v in headers):
        found.problems.append(HEADER_LINE_BREAK)
        headers = tuple((k, " ".join(v.split())) for k, v in headers)
    _collect(message, depth, 0, found)
    found.problems[:0] = _defects(message)
    name, address = sender_of(_first(raw, "from"))
    html = "\n".join(found.html)
    text = "\n".join(found.text) or (html_to_text(html) if html else "")
    return ParsedMail(
        message_id=_first(headers, "message-id").strip(),
        subject=_first(headers, "subject"),
        sender=address.lower(), sender_name=" ".join(decode_header_value(name).split()),
        to=_recipients(raw),
        date=_first(headers, "date"), headers=headers, text_body=text, html_body=html,
        attachments=tuple(found.attachments), forwarded=tuple(found.forwarded),
        problems=tuple(dict.fromkeys(found.problems)),
    )


def sender_of(value: str) -> tuple[str, str]:
    """The From header's display name and addr-spec, parsed strictly: never an address
    taken from the display name (`"alice@example.com" <bob@example.com>` is bob's)."""
    try:
        found = [a for a in email_policy.default.header_factory("from", value).addresses
                 if "@" in a.addr_spec]
    except Exception:  # a header the strict parser cannot read at all
        found = []
    if found:
        return found[0].display_name, found[0].addr_spec
    name, address = parseaddr(value)
    return (name, address) if "@" in address and '"' not in value else ("", "")


def _first(headers: tuple[tuple[str, str], ...], name: str) -> str:
    return next((v for k, v in headers if k.lower() == name), "")


def _recipients(raw: tuple[tuple[str, str], ...]) -> tuple[str, ...]:
    """To addresses, parsed before any decoding (RFC 2047 section 5: an encoded word in a
    display name, like the From name above, cannot smuggle in an address or a group)."""
    return tuple(a for _, a in getaddresses([v for k, v in raw if k.lower() == "to"]) if a)


def _unfold(raw: str) -> str:
    return " ".join(raw.replace("\r", "").split("\n")).strip()


def decode_header_value(raw: str) -> str:
    """RFC 2047 decoded header text, unfolded; the raw text where decoding fails."""
    unfolded = _unfold(raw)
    try:
        return str(make_header(decode_header(unfolded)))
    except Exception:  # unknown charset, bad encoded word: keep what was sent
        return unfolded


def _defects(part: Message) -> list[str]:
    return [type(defect).__name__ for defect in part.defects]


def _collect(part: Message, depth: int, part_depth: int, found: _Collected) -> None:
    if part_depth > MAX_PART_DEPTH:
        found.problems.append("multipart nesting too deep")
        return
    content_type = part.get_content_type()
    if content_type in ("message/rfc822", "message/global"):
        _collect_forwarded(part, depth, found)
    elif part.is_multipart():
        for child in part.get_payload():
            if isinstance(child, Message):
                found.problems.extend(_defects(child))
                _collect(child, depth, part_depth + 1, found)
    else:
        _collect_leaf(part, found)


def _collect_forwarded(part: Message, depth: int, found: _Collected) -> None:
    if depth + 1 > MAX_FORWARD_DEPTH:
        found.problems.append(f"forwarded messages nested deeper than {MAX_FORWARD_DEPTH}")
        return
    payload = part.get_payload()
    inner = payload[0] if isinstance(payload, list) and payload else None
    if isinstance(inner, Message):
        found.forwarded.append(_from_message(inner, depth + 1))


def _collect_leaf(part: Message, found: _Collected) -> None:
    filename = _filename(part)
    disposition = (part.get_content_disposition() or "").lower()
    maintype = part.get_content_maintype()
    if filename or disposition == "attachment" or maintype not in ("text", "multipart"):
        found.attachments.append(Attachment(filename or _unnamed(part), part.get_content_type(),
                                            _payload_bytes(part)))
    elif part.get_content_subtype() == "html":
        found.html.append(_payload_text(part))
    else:
        found.text.append(_payload_text(part))
    found.problems.extend(_part_problems(part))


def _part_problems(part: Message) -> list[str]:
    problems = []
    if str(part.get("content-transfer-encoding", "")).strip().lower() not in _ENCODINGS:
        problems.append(UNKNOWN_ENCODING)
    charset = part.get_content_charset()
    if charset:
        try:
            codecs.lookup(charset)
        except (LookupError, ValueError):
            problems.append(UNKNOWN_CHARSET)
    return problems


def _filename(part: Message) -> str:
    try:
        name = part.get_filename() or ""
    except Exception:  # a malformed filename parameter
        name = ""
    return decode_header_value(name) if name else ""


def _unnamed(part: Message) -> str:
    subtype = part.get_content_subtype() or "bin"
    return f"unnamed.{subtype if subtype.isalnum() and len(subtype) < 10 else 'bin'}"


def _payload_bytes(part: Message) -> bytes:
    payload = part.get_payload(decode=True)
    if isinstance(payload, bytes):
        return payload
    raw = part.get_payload()
    return raw.encode("utf-8", "replace") if isinstance(raw, str) else b""


def _payload_text(part: Message) -> str:
    data = _payload_bytes(part)
    charset = part.get_content_charset() or "utf-8"
    try:
        return data.decode(charset, errors="replace")
    except (LookupError, ValueError):  # unknown or bogus charset name
        return data.decode("utf-8", errors="replace")


class _TextFromHtml(HTMLParser):
    """Collects the visible text of an HTML body, one line per block element."""

    _BLOCKS = frozenset({"br", "p", "div", "tr", "li", "h1", "h2", "h3", "h4", "h5", "h6",
                         "table", "ul", "ol", "blockquote", "hr"})
    _CELLS = frozenset({"td", "th"})
    _HIDDEN = frozenset({"script", "style", "head", "title"})

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.chunks: list[str] = []
        self.hidden = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in self._HIDDEN:
            self.hidden += 1
        elif tag in self._BLOCKS:
            self.chunks.append("\n")
        elif tag in self._CELLS:
            self.chunks.append(" ")

    def handle_endtag(self, tag: str) -> None:
        if tag in self._HIDDEN:
            self.hidden = max(0, self.hidden - 1)
        elif tag in self._BLOCKS:
            self.chunks.append("\n")

    def handle_data(self, data: str) -> None:
        if not self.hidden:
            self.chunks.append(data)


def html_to_text(html: str) -> str:
    """Visible text of an HTML body: block elements become line breaks, scripts dropped."""
    parser = _TextFromHtml()
    try:
        parser.feed(html)
        parser.close()
    except Exception:  # html.parser is lenient; this is belt and braces
        return ""
    lines = (" ".join(line.split()) for line in "".join(parser.chunks).splitlines())
    return "\n".join(line for line in lines if line)
