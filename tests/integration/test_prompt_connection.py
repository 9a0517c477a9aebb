"""The prompt sender (the web pages' and the command line's, `notify.prompt`) keeps one
transport for its life and sends a batch over one connection, against a real SMTP server
(aiosmtpd) on loopback: the web pages' thread keeps its connection for the next batch, a
command closes it after each, and a connection the server dropped is replaced with
nothing lost or sent twice."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from dataclasses import dataclass, field
from email.message import EmailMessage
from pathlib import Path

import pytest
from aiosmtpd.controller import Controller
from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from inbox_worker.clock import FixedClock
from inbox_worker.notify.compose import OutboundEmail
from inbox_worker.notify.outbox import RetryPolicy, queue
from inbox_worker.notify.prompt import PromptSender
from inbox_worker.notify.transports import SmtpOutbound, Transport
from inbox_worker.settings.outbound import SmtpTransport
from inbox_worker.store.database import make_engine, migrate, session_factory
from inbox_worker.store.models import OutboxMessage, OutboxStatus

from .smtp import RecordingHandler, free_port, start_smtp
from .worker_world import wait_until

pytestmark = pytest.mark.integration
NOW = dt.datetime(2026, 11, 23, 10, 0)
BOUND = 30.0  # seconds to wait for an email: generous against a loaded machine
NEVER_IDLE = 3600.0  # the thread keeps its connection through the test, however slow


@dataclass
class Server:
    port: int
    handler: RecordingHandler = field(default_factory=RecordingHandler)
    controller: Controller | None = None

    def start(self) -> None:
        self.controller = start_smtp(self.port, self.handler)

    def stop(self) -> None:
        if self.controller is not None:
            self.controller.stop()
            self.controller = None


@dataclass
class Built:
    """The transport factory, counting its calls."""

    settings: SmtpTransport
    calls: int = 0

    def __call__(self) -> Transport:
        self.calls += 1
        return SmtpOutbound(self.settings, None)


@pytest.fixture
def server() -> Iterator[Server]:
    running = Server(free_port())
    running.start()
    try:
        yield running
    finally:
        running.stop()


@pytest.fixture
def sessions(tmp_path: Path) -> Iterator[sessionmaker[Session]]:
    engine = make_engine(f"sqlite:///{tmp_path}/store.db")
    migrate(engine)
    yield session_factory(engine)
    engine.dispose()


def _sender(sessions: sessionmaker[Session], server: Server, *, wait: bool) -> tuple[
        PromptSender, Built]:
    built = Built(SmtpTransport(host="127.0.0.1", port=server.port, security="none",
                                timeout_seconds=10))
    sender = PromptSender(sessions, built, FixedClock(NOW), RetryPolicy(), wait=wait,
                          keep_open_seconds=NEVER_IDLE)
    return sender.watch(), built


def _commit(sessions: sessionmaker[Session], numbers: range) -> None:
    """One transaction queueing these emails: one batch for the prompt sender."""
    with sessions.begin() as session:
        for n in numbers:
            message = EmailMessage()
            message["Message-ID"] = f"<conn-{n}@frontdoor.council.example>"
            message["To"] = f"lead{n}@school.example"
            message["Subject"] = f"Early Help referral received: EH-2026-{n:06d}"
            message.set_content("received")
            queue(session, OutboundEmail("acknowledgement", f"lead{n}@school.example", None,
                                         message), NOW)


def _arrived(server: Server) -> list[str]:
    return [str(m["Message-ID"]) for m in server.handler.received]


def _expected(count: int) -> list[str]:
    return [f"<conn-{n}@frontdoor.council.example>" for n in range(count)]


def _all_sent(sessions: sessionmaker[Session]) -> bool:
    with sessions() as session:
        return set(session.scalars(select(OutboxMessage.status))) == {OutboxStatus.SENT}


def test_the_pages_send_their_batches_over_one_connection(
        sessions: sessionmaker[Session], server: Server) -> None:
    sender, built = _sender(sessions, server, wait=False)
    for first in range(0, 9, 3):  # three commits, as three decisions saved in a meeting
        _commit(sessions, range(first, first + 3))
    assert wait_until(lambda: len(server.handler.received) >= 9, BOUND, every=0.02)
    sender.release()
    assert sorted(_arrived(server)) == sorted(_expected(9))
    assert (len(set(server.handler.peers)), built.calls) == (1, 1)
    assert _all_sent(sessions)


def test_a_connection_the_server_dropped_is_replaced(
        sessions: sessionmaker[Session], server: Server) -> None:
    sender, built = _sender(sessions, server, wait=False)
    _commit(sessions, range(0, 2))
    assert wait_until(lambda: len(server.handler.received) >= 2, BOUND, every=0.02)
    server.stop()  # the kept connection dies with the server
    server.start()
    _commit(sessions, range(2, 4))
    assert wait_until(lambda: len(server.handler.received) >= 4, BOUND, every=0.02)
    sender.release()
    assert sorted(_arrived(server)) == sorted(_expected(4))
    assert (len(set(server.handler.peers)), built.calls) == (2, 1)
    assert _all_sent(sessions)


def test_a_command_closes_its_connection_after_each_batch(
        sessions: sessionmaker[Session], server: Server) -> None:
    _, built = _sender(sessions, server, wait=True)
    _commit(sessions, range(0, 2))  # sent before the commit returns
    _commit(sessions, range(2, 4))
    assert sorted(_arrived(server)) == sorted(_expected(4))
    peers = server.handler.peers
    assert (peers[0] == peers[1], peers[1] == peers[2], peers[2] == peers[3]) == (
        True, False, True)
    assert built.calls == 1
    assert _all_sent(sessions)
