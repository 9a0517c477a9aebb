"""Minimal Outlook .msg files ([MS-OXMSG]) for tests: what a professional's "Save as" makes.

A message is a CFB storage of property streams: `__substg1.0_<id><type>` for strings
(0x001F, UTF-16LE) and binaries (0x0102), `__properties_version1.0` for fixed-size values
and the sizes of the others; recipients and attachments are sub-storages, an attached
Outlook item is a message storage `__substg1.0_3701000D` inside its attachment.
"""

from __future__ import annotations

import datetime as dt
import struct
from dataclasses import dataclass

from tests.corpus.cfb import Tree, write_cfb

STRING, BINARY, INTEGER, TIME, OBJECT = 0x001F, 0x0102, 0x0003, 0x0040, 0x000D
READABLE_WRITABLE = 0x6
ATTACH_BY_VALUE, ATTACH_EMBEDDED_MSG = 1, 5
RECIPIENT_TO = 1
MESSAGE_READ = 0x1  # PidTagMessageFlags without mfUnsent: a sent message
UNICODE_STORE = 0x00040000  # PidTagStoreSupportMask: strings are UTF-16 (0x001F)
FILETIME_EPOCH = dt.datetime(1601, 1, 1, tzinfo=dt.UTC)


@dataclass(frozen=True)
class MsgFile:
    name: str
    data: bytes


@dataclass(frozen=True)
class MsgSpec:
    """What an Outlook message says; `items` are attached Outlook messages."""

    subject: str = "Referral"
    sender_name: str = "Jo Teacher"
    sender_email: str = "jo.teacher@school.dudley.example"
    to: tuple[str, ...] = ("earlyhelp@dudley.example",)
    body: str = "Please find attached."
    html: str = ""  # PidTagHtml; with `body` empty, an HTML-only message as Outlook saves it
    sent: dt.datetime = dt.datetime(2026, 11, 20, 9, 30, tzinfo=dt.UTC)
    files: tuple[MsgFile, ...] = ()
    items: tuple[MsgSpec, ...] = ()


def write_msg(spec: MsgSpec) -> bytes:
    """The bytes of a .msg file holding `spec`."""
    tree = _message(spec, top=True)
    tree["__nameid_version1.0"] = {f"__substg1.0_000{n}0102": b"" for n in (2, 3, 4)}
    return write_cfb(tree)


def _message(spec: MsgSpec, *, top: bool) -> Tree:
    strings = {0x001A: "IPM.Note", 0x0037: spec.subject, 0x0C1A: spec.sender_name,
               0x0C1E: "SMTP", 0x0C1F: spec.sender_email, 0x0E04: "; ".join(spec.to)}
    if spec.body:
        strings[0x1000] = spec.body
    fixed = [(0x0E07, INTEGER, MESSAGE_READ), (0x340D, INTEGER, UNICODE_STORE),
             (0x0039, TIME, _filetime(spec.sent))]
    tree = _strings(strings)
    if spec.html:
        tree["__substg1.0_10130102"] = spec.html.encode("utf-8")
    attachments = [_file(f) for f in spec.files] + [_item(i) for i in spec.items]
    counts = struct.pack("<IIII", len(spec.to), len(attachments), len(spec.to), len(attachments))
    header = bytes(8) + counts + (bytes(8) if top else b"")
    tree["__properties_version1.0"] = header + _properties(strings, fixed)
    for number, address in enumerate(spec.to):
        tree[f"__recip_version1.0_#{number:08X}"] = _recipient(address, number)
    for number, attachment in enumerate(attachments):
        attachment["__properties_version1.0"] = bytes(8) + _properties(
            {}, [(0x0E21, INTEGER, number)]) + _attachment_properties(attachment)
        tree[f"__attach_version1.0_#{number:08X}"] = attachment
    return tree


def _recipient(address: str, number: int) -> Tree:
    strings = {0x3001: address, 0x3002: "SMTP", 0x3003: address, 0x39FE: address}
    tree = _strings(strings)
    fixed = [(0x0C15, INTEGER, RECIPIENT_TO), (0x3000, INTEGER, number)]
    tree["__properties_version1.0"] = bytes(8) + _properties(strings, fixed)
    return tree


def _file(file: MsgFile) -> Tree:
    tree = _strings({0x3707: file.name, 0x3704: file.name[-12:], 0x3001: file.name})
    tree["__substg1.0_37010102"] = file.data
    return tree


def _item(spec: MsgSpec) -> Tree:
    tree = _strings({0x3001: spec.subject})
    tree["__substg1.0_3701000D"] = _message(spec, top=False)
    return tree


def _attachment_properties(attachment: Tree) -> bytes:
    """The attach method and the sizes of the attachment's own string and binary streams."""
    embedded = "__substg1.0_3701000D" in attachment
    method = ATTACH_EMBEDDED_MSG if embedded else ATTACH_BY_VALUE
    entries = [_entry(0x3705, INTEGER, struct.pack("<I", method))]
    for name, value in attachment.items():
        if name.startswith("__substg1.0_") and isinstance(value, bytes):
            tag = int(name[-8:], 16)
            extra = 2 if tag & 0xFFFF == STRING else 0
            entries.append(_entry(tag >> 16, tag & 0xFFFF, struct.pack("<I", len(value) + extra)))
    if embedded:
        entries.append(_entry(0x3701, OBJECT, struct.pack("<I", 0xFFFFFFFF)))
    return b"".join(entries)


def _strings(values: dict[int, str]) -> Tree:
    return {f"__substg1.0_{prop:04X}{STRING:04X}": text.encode("utf-16-le")
            for prop, text in values.items()}


def _properties(strings: dict[int, str], fixed: list[tuple[int, int, int]]) -> bytes:
    """Property entries: fixed values inline; strings by size (UTF-16 with terminator)."""
    entries = [_entry(prop, kind, struct.pack("<Q", value)) for prop, kind, value in fixed]
    entries += [_entry(prop, STRING, struct.pack("<I", len(text.encode("utf-16-le")) + 2))
                for prop, text in strings.items()]
    return b"".join(entries)


def _entry(prop: int, kind: int, value: bytes) -> bytes:
    return struct.pack("<II", (prop << 16) | kind, READABLE_WRITABLE) + value.ljust(8, b"\0")


def _filetime(when: dt.datetime) -> int:
    """100-nanosecond intervals since 1601, as Windows keeps time."""
    return (when - FILETIME_EPOCH) // dt.timedelta(microseconds=1) * 10
