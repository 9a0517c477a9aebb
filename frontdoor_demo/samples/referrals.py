"""Sample referral emails as professionals send them (for the demo, tests, benchmarks)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from email.message import EmailMessage
from email.utils import format_datetime, make_msgid

DOCX_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"


@dataclass(frozen=True)
class SampleFile:
    filename: str
    data: bytes = field(repr=False)
    mime_type: str = "application/octet-stream"


def referral_email(
    *, sender: str, to: str, subject: str, body: str = "Please find attached a referral.",
    files: tuple[SampleFile, ...] = (), headers: tuple[tuple[str, str], ...] = (),
    date: dt.datetime | None = None,
) -> bytes:
    """An email with the given attachments, as a mail client would send it."""
    message = EmailMessage()
    message["From"] = sender
    message["To"] = to
    message["Subject"] = subject
    message["Date"] = format_datetime(date or dt.datetime(2026, 11, 20, 9, 30, tzinfo=dt.UTC))
    message["Message-ID"] = make_msgid(domain=sender.rpartition("@")[2] or "example.org")
    for name, value in headers:
        message[name] = value
    message.set_content(body)
    for file in files:
        maintype, _, subtype = file.mime_type.partition("/")
        message.add_attachment(file.data, maintype=maintype, subtype=subtype,
                               filename=file.filename)
    return message.as_bytes()


def docx_file(name: str, data: bytes) -> SampleFile:
    return SampleFile(name, data, DOCX_TYPE)


def pdf_file(name: str, data: bytes) -> SampleFile:
    return SampleFile(name, data, "application/pdf")


def out_of_office(*, sender: str, to: str) -> bytes:
    """An Exchange-style automatic reply."""
    return referral_email(sender=sender, to=to, subject="Automatic reply: Early Help referral",
                          body="I am out of the office until Monday.",
                          headers=(("Auto-Submitted", "auto-replied"),))
