"""A real SMTP server (aiosmtpd) on loopback that records what it accepts."""

from __future__ import annotations

import datetime as dt
import socket
import ssl
from dataclasses import dataclass, field
from email import message_from_bytes
from email import policy as email_policy
from email.message import EmailMessage
from pathlib import Path
from typing import Any

from aiosmtpd.controller import Controller


@dataclass
class RecordingHandler:
    """Accepts mail; `refuse_with` makes it answer DATA with that reply instead."""

    received: list[EmailMessage] = field(default_factory=list)
    envelopes: list[list[str]] = field(default_factory=list)
    arrived_at: list[dt.datetime] = field(default_factory=list)  # naive UTC, as the store's
    peers: list[tuple[str, int]] = field(default_factory=list)  # each message's connection
    refuse_with: str | None = None

    async def handle_DATA(self, server: Any, session: Any, envelope: Any) -> str:  # noqa: N802
        if self.refuse_with:
            return self.refuse_with
        message = message_from_bytes(envelope.content, policy=email_policy.default)
        assert isinstance(message, EmailMessage)
        self.arrived_at.append(dt.datetime.now(dt.UTC).replace(tzinfo=None))
        self.received.append(message)
        self.envelopes.append(list(envelope.rcpt_tos))
        self.peers.append(tuple(session.peer))
        return "250 OK"


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def start_smtp(port: int, handler: RecordingHandler, *,
               starttls_with: tuple[Path, Path] | None = None) -> Controller:
    """Listens on 127.0.0.1:`port`; `starttls_with` (certificate, key) requires STARTTLS."""
    context = None
    if starttls_with is not None:
        context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
        context.load_cert_chain(*starttls_with)
    controller = Controller(handler, hostname="127.0.0.1", port=port, tls_context=context,
                            require_starttls=context is not None)
    controller.start()
    return controller
