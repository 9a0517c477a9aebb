"""Minimal winmail.dat files ([MS-OXTNEF]) for tests: what Outlook sends as application/ms-tnef.

A TNEF stream is a signature, a legacy key, then attributes: level (message or
attachment), attribute id (type in the high 16 bits), length, data and a 16-bit checksum
(the sum of the data bytes). Each attachment starts with attAttachRendData, then its
title (short name), data, and attAttachment: MAPI properties with the long file name.
An attached Outlook item is an attachment whose PidTagAttachDataObject holds a whole
TNEF stream after the IMessage interface id.
"""

from __future__ import annotations

import struct
from dataclasses import dataclass

SIGNATURE = 0x223E9F78
LEGACY_KEY = 0x0107
LEVEL_MESSAGE, LEVEL_ATTACHMENT = 0x01, 0x02
ATT_TNEF_VERSION = 0x00089006
ATT_OEM_CODEPAGE = 0x00069007
ATT_MESSAGE_CLASS = 0x00078008
ATT_SUBJECT = 0x00018004
ATT_BODY = 0x0002800C
ATT_ATTACH_REND_DATA = 0x00069002
ATT_ATTACH_TITLE = 0x00018010
ATT_ATTACH_DATA = 0x0006800F
ATT_ATTACHMENT = 0x00069005
PT_UNICODE, PT_BINARY, PT_OBJECT, PT_LONG = 0x001F, 0x0102, 0x000D, 0x0003
PR_ATTACH_LONG_FILENAME, PR_ATTACH_DATA_OBJ, PR_ATTACH_METHOD = 0x3707, 0x3701, 0x3705
IMESSAGE = bytes.fromhex("0703020000000000c000000000000046")
FILE_ATTACHMENT = 1


@dataclass(frozen=True)
class TnefFile:
    """An attached file; `title` is the 8.3 name older clients show, `name` the real one."""

    name: str
    data: bytes
    title: str = ""


@dataclass(frozen=True)
class TnefSpec:
    subject: str = "Early Help referral"
    body: str = "Please find attached."
    files: tuple[TnefFile, ...] = ()
    items: tuple[TnefSpec, ...] = ()  # attached Outlook messages


def write_tnef(spec: TnefSpec) -> bytes:
    """The bytes of a winmail.dat holding `spec`."""
    out = struct.pack("<IH", SIGNATURE, LEGACY_KEY)
    out += _attribute(LEVEL_MESSAGE, ATT_TNEF_VERSION, struct.pack("<I", 0x00010000))
    out += _attribute(LEVEL_MESSAGE, ATT_OEM_CODEPAGE, struct.pack("<II", 1252, 0))
    out += _attribute(LEVEL_MESSAGE, ATT_MESSAGE_CLASS, b"IPM.Microsoft Mail.Note\0")
    out += _attribute(LEVEL_MESSAGE, ATT_SUBJECT, spec.subject.encode("cp1252") + b"\0")
    out += _attribute(LEVEL_MESSAGE, ATT_BODY, spec.body.encode("cp1252"))
    for file in spec.files:
        out += _file(file)
    for item in spec.items:
        out += _item(item)
    return out


def _file(file: TnefFile) -> bytes:
    title = (file.title or file.name).encode("cp1252", "replace") + b"\0"
    return (_rendering() + _attribute(LEVEL_ATTACHMENT, ATT_ATTACH_TITLE, title)
            + _attribute(LEVEL_ATTACHMENT, ATT_ATTACH_DATA, file.data)
            + _attribute(LEVEL_ATTACHMENT, ATT_ATTACHMENT, _properties(
                (PR_ATTACH_METHOD, PT_LONG, struct.pack("<I", FILE_ATTACHMENT)),
                (PR_ATTACH_LONG_FILENAME, PT_UNICODE, (file.name + "\0").encode("utf-16-le")))))


def _item(spec: TnefSpec) -> bytes:
    inner = IMESSAGE + write_tnef(spec)
    return _rendering() + _attribute(LEVEL_ATTACHMENT, ATT_ATTACHMENT, _properties(
        (PR_ATTACH_METHOD, PT_LONG, struct.pack("<I", 5)), (PR_ATTACH_DATA_OBJ, PT_OBJECT, inner)))


def _rendering() -> bytes:
    """attAttachRendData: file attachment, no position, no size, no flags."""
    return _attribute(LEVEL_ATTACHMENT, ATT_ATTACH_REND_DATA,
                      struct.pack("<HIHHI", FILE_ATTACHMENT, 0xFFFFFFFF, 0, 0, 0))


def _properties(*properties: tuple[int, int, bytes]) -> bytes:
    """MAPI properties: fixed values padded to 4; variable ones as count, size, bytes, padding."""
    out = struct.pack("<I", len(properties))
    for prop, kind, value in properties:
        out += struct.pack("<HH", kind, prop)
        if kind in (PT_UNICODE, PT_BINARY, PT_OBJECT):
            out += struct.pack("<II", 1, len(value))
        out += value + bytes(-len(value) % 4)
    return out


def _attribute(level: int, attribute: int, data: bytes) -> bytes:
    checksum = sum(data) & 0xFFFF
    return struct.pack("<BII", level, attribute, len(data)) + data + struct.pack("<H", checksum)
