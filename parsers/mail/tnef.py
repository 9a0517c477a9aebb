"""Outlook's winmail.dat (application/ms-tnef, [MS-OXTNEF]) to the message it wraps.

A small strict reader rather than tnefparse (last released 2021): that library cuts an
attribute short where the file ends, only logs a bad checksum, and loops for as many
MAPI properties as a file claims (up to 4 billion) even past its end. Here every
attribute must be whole with a right checksum, and every loop is bounded by the bytes.
An attached Outlook item (a TNEF stream inside an attachment) is given as a file, so the
caller reads it again with its own depth limit. Never raises on any input.
"""

from __future__ import annotations

import struct
from dataclasses import dataclass

from parsers.mail.message import Attachment, ParsedMail
from parsers.results import UnreadableFile

SIGNATURE = b"\x78\x9f\x3e\x22"  # 0x223E9F78, little-endian
LEVEL_ATTACHMENT = 0x02
MAX_ATTRIBUTES = 10_000  # a message with a few attachments has a few dozen
MAX_ATTACHMENTS = 50  # as for .msg: a referral carries a handful
CUT_SHORT = "Outlook winmail.dat is damaged or cut short"
# Attribute ids without their type (the high 16 bits), [MS-OXTNEF] 2.1.3.3.
SUBJECT, BODY, OEM_CODEPAGE = 0x8004, 0x800C, 0x9007
REND_DATA, TITLE, DATA, ATTACHMENT_PROPS = 0x9002, 0x8010, 0x800F, 0x9005
# MAPI property ids and types read from attAttachment.
LONG_FILENAME, DATA_OBJECT = 0x3707, 0x3701
STRING8, UNICODE, BINARY, OBJECT, MULTI = 0x001E, 0x001F, 0x0102, 0x000D, 0x1000
FIXED_SIZES = {0x0001: 0, 0x0002: 4, 0x0003: 4, 0x0004: 4, 0x000A: 4, 0x000B: 4, 0x0005: 8,
               0x0006: 8, 0x0007: 8, 0x0014: 8, 0x0040: 8, 0x0048: 16}
VARIABLE = (STRING8, UNICODE, BINARY, OBJECT)
IMESSAGE = bytes.fromhex("0703020000000000c000000000000046")  # an attached message's data


@dataclass(frozen=True)
class _Attribute:
    level: int
    ident: int
    data: bytes


def read_winmail(filename: str, data: bytes) -> ParsedMail | UnreadableFile:
    """The message in a winmail.dat, or why it cannot be read."""
    try:
        attributes = _attributes(data)
    except (struct.error, ValueError):
        return UnreadableFile(filename, CUT_SHORT)
    codepage = _codepage(attributes)
    message = {a.ident: a.data for a in attributes if a.level != LEVEL_ATTACHMENT}
    return ParsedMail(
        message_id="", subject=_text(message.get(SUBJECT, b""), codepage), sender="",
        sender_name="", to=(), date="", headers=(),
        text_body=_text(message.get(BODY, b""), codepage), html_body="",
        attachments=tuple(_attachments(attributes, codepage))[:MAX_ATTACHMENTS])


def _attributes(data: bytes) -> list[_Attribute]:
    """Every attribute after the signature and key; ValueError where one is cut or wrong."""
    if not data.startswith(SIGNATURE) or len(data) < 6:
        raise ValueError("not TNEF")
    found: list[_Attribute] = []
    offset = 6
    while offset < len(data) and len(found) < MAX_ATTRIBUTES:
        level, ident, length = struct.unpack_from("<BII", data, offset)
        start, end = offset + 9, offset + 9 + length
        (checksum,) = struct.unpack_from("<H", data, end)
        if sum(data[start:end]) & 0xFFFF != checksum:
            raise ValueError("bad checksum")
        found.append(_Attribute(level, ident & 0xFFFF, data[start:end]))
        offset = end + 2
    return found


def _codepage(attributes: list[_Attribute]) -> str:
    number = next((struct.unpack_from("<I", a.data)[0] for a in attributes
                   if a.ident == OEM_CODEPAGE and len(a.data) >= 4), 1252)
    return f"cp{number}"


def _text(data: bytes, codepage: str) -> str:
    try:
        return data.decode(codepage, "replace").rstrip("\0")
    except LookupError:  # a code page Python does not know
        return data.decode("cp1252", "replace").rstrip("\0")


def _attachments(attributes: list[_Attribute], codepage: str) -> list[Attachment]:
    """Files in order; each starts at attAttachRendData."""
    groups: list[dict[int, bytes]] = []
    for attribute in attributes:
        if attribute.ident == REND_DATA:
            groups.append({})
        if attribute.level == LEVEL_ATTACHMENT and groups:
            groups[-1][attribute.ident] = attribute.data
    return [a for a in (_attachment(g, codepage) for g in groups) if a is not None]


def _attachment(group: dict[int, bytes], codepage: str) -> Attachment | None:
    properties = _mapi_properties(group.get(ATTACHMENT_PROPS, b""))
    data = group.get(DATA) or properties.get(DATA_OBJECT, b"")
    if data.startswith(IMESSAGE):  # an attached Outlook item: a TNEF stream of its own
        return Attachment("attached message.dat", "application/ms-tnef", data[len(IMESSAGE):])
    if not data:
        return None
    long_name = properties.get(LONG_FILENAME)
    name = long_name.decode("utf-16-le", "replace") if long_name is not None else _text(
        group.get(TITLE, b""), codepage)
    return Attachment(name.rstrip("\0") or "attachment.bin", "", data)


def _mapi_properties(data: bytes) -> dict[int, bytes]:
    """Single-valued MAPI properties by id (strings as UTF-16LE); stops at anything odd."""
    found: dict[int, bytes] = {}
    try:
        (count,) = struct.unpack_from("<I", data)
        offset = 4
        for _ in range(min(count, len(data) // 4)):
            kind, prop = struct.unpack_from("<HH", data, offset)
            offset = _skip_name(data, offset + 4, prop)
            values, offset = _values(data, offset, kind)
            if len(values) == 1:
                found[prop] = _as_utf16(values[0]) if kind == STRING8 else values[0]
    except (struct.error, ValueError):
        pass  # a damaged property list: keep what was read before it
    return found


def _as_utf16(value: bytes) -> bytes:
    """An 8-bit MAPI string (Outlook writes them in Windows-1252) as UTF-16LE."""
    return value.decode("cp1252", "replace").encode("utf-16-le")


def _skip_name(data: bytes, offset: int, prop: int) -> int:
    """Past a named property's GUID and id or name ([MS-OXTNEF] 2.1.3.4)."""
    if prop < 0x8000:
        return offset
    (kind,) = struct.unpack_from("<I", data, offset + 16)
    if kind == 0:
        return offset + 24
    length: int = struct.unpack_from("<I", data, offset + 20)[0]
    return offset + 24 + length + (-length % 4)


def _values(data: bytes, offset: int, kind: int) -> tuple[list[bytes], int]:
    base = kind & ~MULTI
    count = 1
    if kind & MULTI or base in VARIABLE:
        (count,) = struct.unpack_from("<I", data, offset)
        offset += 4
    if count > len(data):
        raise ValueError("count beyond the data")
    values = []
    for _ in range(count):
        if base in VARIABLE:
            (size,) = struct.unpack_from("<I", data, offset)
            offset += 4
        elif base in FIXED_SIZES:
            size = FIXED_SIZES[base]
        else:
            raise ValueError("unknown property type")
        if offset + size > len(data):
            raise ValueError("value beyond the data")
        values.append(data[offset:offset + size])
        offset += size + (-size % 4 if base in VARIABLE else 0)
    return values, offset
