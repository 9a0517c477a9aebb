"""Small e-mail wrappers shared by this set's modules (built on tests/councils/kit.py)."""

from datetime import date
from email.message import EmailMessage

from tests.councils.kit import DOCX_MIME, Mail, as_bytes


def with_attachment(
    sender: str,
    to: str,
    subject: str,
    when: date,
    body: str,
    payload: bytes,
    filename: str,
    hour: int = 11,
) -> bytes:
    """A plain message with one Word or PDF attachment."""
    msg = Mail(sender, to, subject, when, hour=hour).message()
    msg.set_content(body)
    if filename.endswith(".pdf"):
        msg.add_attachment(payload, maintype="application", subtype="pdf", filename=filename)
    else:
        msg.add_attachment(payload, maintype=DOCX_MIME[0], subtype=DOCX_MIME[1], filename=filename)
    return as_bytes(msg)


def forwarded(
    inner: EmailMessage, sender: str, to: str, subject: str, when: date, body: str, hour: int = 15
) -> bytes:
    """A message forwarding another one as a message/rfc822 attachment."""
    outer = Mail(sender, to, subject, when, hour=hour).message()
    outer.set_content(body)
    outer.add_attachment(inner, filename=f"{inner['Subject']}.eml")
    return as_bytes(outer)


def plain(sender: str, to: str, subject: str, when: date, body: str, hour: int = 10) -> bytes:
    msg = Mail(sender, to, subject, when, hour=hour).message()
    msg.set_content(body)
    return as_bytes(msg)


def html_only(
    sender: str, to: str, subject: str, when: date, stub: str, html: str, hour: int = 14
) -> bytes:
    msg = Mail(sender, to, subject, when, hour=hour).message()
    msg.set_content(stub)
    msg.add_alternative(html, subtype="html")
    return as_bytes(msg)


FRONT_DOOR = "earlyhelp.frontdoor@dudley.example.gov.uk"
