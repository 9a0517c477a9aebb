"""Ways to hand a composed email to the world: SMTP, or a folder of .eml files."""

from __future__ import annotations

import os
import smtplib
import ssl
from email.message import EmailMessage
from pathlib import Path
from typing import Protocol

from inbox_worker.settings.outbound import FolderTransport, SmtpTransport


class TransientSendError(Exception):
    """Try again later (4xx reply, connection refused, timeout)."""


class PermanentSendError(Exception):
    """Will never succeed (5xx for the recipient, malformed address)."""


class Transport(Protocol):
    def send(self, message: EmailMessage, recipient: str) -> None: ...

    def close(self) -> None:
        """Releases any connection kept between sends."""
        ...


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

    def close(self) -> None:
        """Nothing to release."""


class SmtpOutbound:
    """SMTP submission with STARTTLS (or implicit TLS); plain only when configured.

    One connection is kept for a run of sends (a drain of the outbox) and closed by
    `close`; a connection the server dropped is replaced once, before anything was sent.
    """

    def __init__(self, settings: SmtpTransport, password: str | None) -> None:
        self.settings = settings
        self.password = password
        self._context: ssl.SSLContext | None = None  # loading the CA store costs ~30 ms
        self._smtp: smtplib.SMTP | None = None

    def send(self, message: EmailMessage, recipient: str) -> None:
        try:
            self._submit(message, recipient)
        except smtplib.SMTPRecipientsRefused as err:
            raise _classify(err.recipients.get(recipient, (550, b""))[0], str(err)) from err
        except smtplib.SMTPResponseException as err:
            self.close()
            raise _classify(err.smtp_code, str(err)) from err
        except (OSError, smtplib.SMTPException) as err:
            self.close()
            raise TransientSendError(f"{type(err).__name__}: {err}") from err

    def close(self) -> None:
        smtp, self._smtp = self._smtp, None
        if smtp is not None:
            try:
                smtp.quit()
            except (OSError, smtplib.SMTPException):
                smtp.close()

    def _submit(self, message: EmailMessage, recipient: str) -> None:
        if self._smtp is not None and not _alive(self._smtp):
            self.close()
        if self._smtp is None:
            self._smtp = self._connect()
        self._smtp.send_message(message, to_addrs=[recipient])

    def _connect(self) -> smtplib.SMTP:
        s = self.settings
        if s.security == "tls":
            smtp: smtplib.SMTP = smtplib.SMTP_SSL(s.host, s.port, timeout=s.timeout_seconds,
                                                  context=self._tls())
        else:
            smtp = smtplib.SMTP(s.host, s.port, timeout=s.timeout_seconds)
            if s.security == "starttls":
                smtp.starttls(context=self._tls())
        if s.username and self.password is not None:
            smtp.login(s.username, self.password)
        return smtp

    def _tls(self) -> ssl.SSLContext:
        if self._context is None:
            self._context = ssl.create_default_context(
                cafile=str(self.settings.ca_file) if self.settings.ca_file else None)
        return self._context


def _alive(smtp: smtplib.SMTP) -> bool:
    """A kept connection still answers (servers drop idle ones)."""
    try:
        return smtp.noop()[0] == 250
    except (OSError, smtplib.SMTPException):
        return False


def _classify(code: int, text: str) -> Exception:
    if 400 <= code < 500:
        return TransientSendError(f"{code}: {text}")
    return PermanentSendError(f"{code}: {text}")


def make_transport(settings: FolderTransport | SmtpTransport) -> Transport:
    if isinstance(settings, FolderTransport):
        return FolderOutbound(settings.folder)
    password = settings.password.read() if settings.password else None
    return SmtpOutbound(settings, password)
