"""The outbox against a real SMTP server: down then up, refusals, nothing lost or sent twice."""

from __future__ import annotations

import datetime as dt
from email.message import EmailMessage
from pathlib import Path

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from inbox_worker.clock import FixedClock
from inbox_worker.notify.compose import OutboundEmail, Sender, addressed, new_message
from inbox_worker.notify.outbox import RetryPolicy, drain, queue
from inbox_worker.notify.transports import SmtpOutbound
from inbox_worker.settings.outbound import SmtpTransport
from inbox_worker.store.database import make_engine, migrate, session_factory
from inbox_worker.store.models import OutboxMessage, OutboxStatus

from .dovecot import make_certificate
from .smtp import RecordingHandler, free_port, start_smtp

pytestmark = pytest.mark.integration
START = dt.datetime(2026, 11, 23, 9, 0)


@pytest.fixture
def sessions(tmp_path: object) -> sessionmaker[Session]:
    engine = make_engine(f"sqlite:///{tmp_path}/store.db")
    migrate(engine)
    return session_factory(engine)


@pytest.fixture
def port() -> int:
    return free_port()


def _email(n: int) -> OutboundEmail:
    message = EmailMessage()
    message["From"] = "frontdoor@council.example"
    message["To"] = f"lead{n}@school.example"
    message["Subject"] = f"Early Help referral received: EH-2026-{n:06d}"
    message["Message-ID"] = f"<ack-{n}@council.example>"
    message.set_content("received")
    return OutboundEmail("acknowledgement", f"lead{n}@school.example", f"EH-2026-{n:06d}",
                         message)


def _queue(sessions: sessionmaker[Session], count: int) -> None:
    with sessions.begin() as session:
        for n in range(1, count + 1):
            queue(session, _email(n), START)


def _statuses(sessions: sessionmaker[Session]) -> list[OutboxStatus]:
    with sessions() as session:
        return list(session.scalars(select(OutboxMessage.status).order_by(OutboxMessage.id)))


def _transport(port: int) -> SmtpOutbound:
    return SmtpOutbound(SmtpTransport(host="127.0.0.1", port=port, security="none",
                                      timeout_seconds=5), None)


def test_smtp_down_then_up_sends_each_once(sessions: sessionmaker[Session], port: int) -> None:
    _queue(sessions, 3)
    clock = FixedClock(START)
    retry = RetryPolicy(max_attempts=5, base_seconds=30)
    report = drain(sessions, _transport(port), clock, retry)
    assert (report.sent, report.retrying) == (0, 3)
    handler = RecordingHandler()
    server = start_smtp(port, handler)
    try:
        assert drain(sessions, _transport(port), clock, retry).sent == 0  # backoff not over
        clock.advance(seconds=31)
        assert drain(sessions, _transport(port), clock, retry).sent == 3
        clock.advance(hours=1)
        assert drain(sessions, _transport(port), clock, retry).sent == 0
    finally:
        server.stop()
    ids = sorted(str(m["Message-ID"]) for m in handler.received)
    assert ids == ["<ack-1@council.example>", "<ack-2@council.example>", "<ack-3@council.example>"]
    assert handler.envelopes[0] == ["lead1@school.example"]
    assert _statuses(sessions) == [OutboxStatus.SENT] * 3


def test_permanent_refusal_is_marked_failed(sessions: sessionmaker[Session], port: int) -> None:
    _queue(sessions, 1)
    server = start_smtp(port, RecordingHandler(refuse_with="550 mailbox unavailable"))
    try:
        report = drain(sessions, _transport(port), FixedClock(START), RetryPolicy())
    finally:
        server.stop()
    assert report.failed == 1
    assert _statuses(sessions) == [OutboxStatus.FAILED]


def test_temporary_refusal_retries_then_gives_up(sessions: sessionmaker[Session],
                                                  port: int) -> None:
    _queue(sessions, 1)
    clock = FixedClock(START)
    retry = RetryPolicy(max_attempts=2, base_seconds=10)
    server = start_smtp(port, RecordingHandler(refuse_with="451 try again later"))
    try:
        assert drain(sessions, _transport(port), clock, retry).retrying == 1
        clock.advance(seconds=11)
        assert drain(sessions, _transport(port), clock, retry).failed == 1
    finally:
        server.stop()
    with sessions() as session:
        row = session.scalars(select(OutboxMessage)).one()
    assert row.attempts == 2
    assert row.last_error is not None
    assert "451" in row.last_error


def test_redirect_all_to_changes_the_envelope_too(sessions: sessionmaker[Session],
                                                  port: int) -> None:
    """Development mode: not one email reaches the real professional, even by envelope."""
    sender = Sender(address="frontdoor@council.example", name="Front Door",
                    authority="Council", secure_address="secure@council.example",
                    redirect_all_to="test-inbox@council.example")
    message = new_message(sender, "lead@school.example", "Early Help referral received: EH-1",
                          "received", START, auto="auto-replied")
    with sessions.begin() as session:
        queue(session, addressed("acknowledgement", "lead@school.example", "EH-1", message,
                                 sender), START)
    handler = RecordingHandler()
    server = start_smtp(port, handler)
    try:
        drain(sessions, _transport(port), FixedClock(START), RetryPolicy(3, 30))
    finally:
        server.stop()
    assert handler.envelopes == [["test-inbox@council.example"]]
    assert handler.received[0]["To"] == "test-inbox@council.example"
    assert handler.received[0]["X-Frontdoor-Intended-To"] == "lead@school.example"


def test_starttls_with_the_councils_own_ca(sessions: sessionmaker[Session], port: int,
                                           tmp_path: Path) -> None:
    certificate = make_certificate(tmp_path)
    handler = RecordingHandler()
    server = start_smtp(port, handler, starttls_with=(certificate, tmp_path / "key.pem"))
    _queue(sessions, 2)
    settings = SmtpTransport(host="127.0.0.1", port=port, security="starttls",
                             timeout_seconds=5)
    clock, retry = FixedClock(START), RetryPolicy(max_attempts=5, base_seconds=30)
    try:
        unknown_ca = drain(sessions, SmtpOutbound(settings, None), clock, retry)
        clock.advance(seconds=31)
        with_ca = SmtpOutbound(settings.model_copy(update={"ca_file": certificate}), None)
        trusted = drain(sessions, with_ca, clock, retry)
    finally:
        server.stop()
    assert (unknown_ca.sent, unknown_ca.retrying) == (0, 2)  # an unknown CA is never trusted
    assert trusted.sent == 2
    assert len(handler.received) == 2


def test_plain_smtp_is_refused_except_on_loopback() -> None:
    with pytest.raises(ValueError, match="allowed only for loopback hosts"):
        SmtpTransport(host="smtp.council.example", security="none")
