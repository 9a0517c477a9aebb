"""Ways to hand a composed email to the world: SMTP, or a folder of .eml files."""

from __future__ import annotations

import os
import smtplib
import ssl
from email.message import EmailMessage
from pathlib import Path
from typing import Protocol

from inbox_worker.settings import FolderTransport, SmtpTransport


class TransientSendError(Exception):
    """Try again later (4xx reply, connection refused, timeout)."""


class PermanentSendError(Exception):
    """Will never succeed (5xx for the recipient, malformed address)."""


class Transport(Protocol):
    def send(self, message: EmailMessage, recipient: str) -> None: ...


class FolderOutbound:
    """Writes each message as <Message-ID>.eml: a resend overwrites the same file."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder

    def send(self, message: EmailMessage, recipient: str) -> None:
        self.folder.mkdir(parents=True, exist_ok=True)
        name = str(message["Message-ID"]).strip("<>").replace("/", "_")
        tmp = self.folder / f".{name}.tmp"
        tmp.write_bytes(message.as_bytes())
        os.replace(tmp, self.folder / f"{name}.eml")


class SmtpOutbound:
    """SMTP submission with STARTTLS (or implicit TLS); plain only when configured."""

    def __init__(self, settings: SmtpTransport, password: str | None) -> None:
        self.settings = settings
        self.password = password

    def send(self, message: EmailMessage, recipient: str) -> None:
        try:
            with self._connect() as smtp:
                smtp.send_message(message, to_addrs=[recipient])
        except smtplib.SMTPRecipientsRefused as err:
            raise _classify(err.recipients.get(recipient, (550, b""))[0], str(err)) from err
        except smtplib.SMTPResponseException as err:
            raise _classify(err.smtp_code, str(err)) from err
        except (OSError, smtplib.SMTPException) as err:
            raise TransientSendError(f"{type(err).__name__}: {err}") from err

    def _connect(self) -> smtplib.SMTP:
        s = self.settings
        context = ssl.create_default_context()
        if s.security == "tls":
            smtp: smtplib.SMTP = smtplib.SMTP_SSL(s.host, s.port, timeout=s.timeout_seconds,
                                                  context=context)
        else:
            smtp = smtplib.SMTP(s.host, s.port, timeout=s.timeout_seconds)
            if s.security == "starttls":
                smtp.starttls(context=context)
        if s.username and self.password is not None:
            smtp.login(s.username, self.password)
        return smtp


def _classify(code: int, text: str) -> Exception:
    if 400 <= code < 500:
        return TransientSendError(f"{code}: {text}")
    return PermanentSendError(f"{code}: {text}")


def make_transport(settings: FolderTransport | SmtpTransport) -> Transport:
    if isinstance(settings, FolderTransport):
        return FolderOutbound(settings.folder)
    password = settings.password.read() if settings.password else None
    return SmtpOutbound(settings, password)
