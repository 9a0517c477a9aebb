"""Outlook .msg files (OLE2) to ParsedMail, with extract-msg. Never raises."""

from __future__ import annotations

import datetime as dt
from email.utils import format_datetime
from typing import Any

import extract_msg
from extract_msg.msg_classes import MessageBase

from parsers.mail.message import Attachment, ParsedMail
from parsers.mail.mime import html_to_text

MAX_ATTACHMENTS = 50  # a referral carries a handful; more is not a referral
MAX_NESTED_ITEMS = 10  # Outlook items attached to items (forwards of forwards), as for MIME


def parse_msg(data: bytes) -> ParsedMail | None:
    """The message in a .msg file, or None when extract-msg cannot read it."""
    try:
        message = extract_msg.openMsg(data)
    except Exception:  # extract-msg raises many types on hostile OLE files
        return None
    try:
        return _parsed(message)
    except Exception:  # a broken property stream deep inside the file
        return None
    finally:
        message.close()


def _parsed(message: Any, depth: int = 0) -> ParsedMail:
    items = list(message.attachments)[:MAX_ATTACHMENTS]
    html = _html(message)
    return ParsedMail(
        message_id=str(message.messageId or ""), subject=str(message.subject or ""),
        sender=_sender(message), sender_name="",
        to=tuple(a for a in (_address(t) for t in str(message.to or "").split(";")) if a),
        date=_date(message.date), headers=(),
        text_body=str(message.body or "") or (html_to_text(html) if html else ""),
        html_body=html, attachments=tuple(a for a in map(_attachment, items) if a),
        forwarded=tuple(_parsed(i.data, depth + 1) for i in items
                        if depth < MAX_NESTED_ITEMS and _is_message(i)),
    )


def _is_message(item: Any) -> bool:
    """An attached Outlook item that is a message (a forward saved as an attachment)."""
    return isinstance(getattr(item, "data", None), MessageBase)


def _sender(message: Any) -> str:
    """The sender's address; without transport headers extract-msg gives only the name, so
    the sender's SMTP address properties are read directly (PidTagSenderSmtpAddress, then
    PidTagSenderEmailAddress when its type is SMTP)."""
    found = _address(str(message.sender or ""))
    if found:
        return found
    smtp = message.getStringStream("__substg1.0_5D01")
    if not smtp and str(message.getStringStream("__substg1.0_0C1E") or "").upper() == "SMTP":
        smtp = message.getStringStream("__substg1.0_0C1F")
    return _address(str(smtp or ""))


def _date(value: object) -> str:
    return format_datetime(value) if isinstance(value, dt.datetime) else str(value or "")


def _html(message: Any) -> str:
    html = message.htmlBody
    return html.decode("utf-8", "replace") if isinstance(html, bytes) else str(html or "")


def _address(text: str) -> str:
    inner = text.rpartition("<")[2].rstrip(">").strip()
    return inner.lower() if "@" in inner else ""


def _attachment(item: Any) -> Attachment | None:
    data = getattr(item, "data", None)
    if not isinstance(data, bytes):
        return None  # embedded .msg or a web link: nothing to read here
    name = getattr(item, "longFilename", None) or getattr(item, "shortFilename", None) or ""
    return Attachment(str(name) or "attachment.bin", str(getattr(item, "mimetype", "") or ""),
                      data)
