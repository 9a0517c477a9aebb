"""Outlook .msg files (OLE2) to ParsedMail, with extract-msg. Never raises."""

from __future__ import annotations

import logging
from typing import Any

import extract_msg

from parsers.mail import Attachment, ParsedMail

# extract-msg logs property values it cannot decode; those may be personal data.
logging.getLogger("extract_msg").setLevel(logging.CRITICAL)

MAX_ATTACHMENTS = 50  # a referral carries a handful; more is not a referral


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


def _parsed(message: Any) -> ParsedMail:
    attachments = tuple(a for a in (_attachment(x) for x in
                                    list(message.attachments)[:MAX_ATTACHMENTS]) if a)
    return ParsedMail(
        message_id=str(message.messageId or ""), subject=str(message.subject or ""),
        sender=_address(str(message.sender or "")), sender_name="",
        to=tuple(a for a in (_address(t) for t in str(message.to or "").split(";")) if a),
        date=str(message.date or ""), headers=(), text_body=str(message.body or ""),
        html_body=_html(message), attachments=attachments,
    )


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
