"""Multi-worker features on a real PostgreSQL: the schema, mailbox leases, and the
outbox drained by two workers at once (FOR UPDATE SKIP LOCKED): each email sent once; and
the worker's drains with the web pages' and the command line's prompt senders claiming the
same rows at once, through a real SMTP server (aiosmtpd): each email arrives once, none is
left."""

from __future__ import annotations

import datetime as dt
import threading
from collections import Counter
from email.message import EmailMessage
from pathlib import Path

import pytest
import yaml
from sqlalchemy import func, select

from frontdoor_demo.demo import write_local_config
from frontdoor_demo.samples.scenarios import scenarios
from inbox_worker.casework.report import figures, load_referrals
from inbox_worker.clock import FixedClock
from inbox_worker.mailboxes.maildir import MaildirMailbox
from inbox_worker.notify.compose import OutboundEmail
from inbox_worker.notify.outbox import DrainReport, RetryPolicy, drain, queue, send_rows
from inbox_worker.notify.transports import SmtpOutbound
from inbox_worker.settings import load_settings
from inbox_worker.settings.outbound import SmtpTransport
from inbox_worker.store.database import close_store, make_engine, migrate, session_factory
from inbox_worker.store.models import Case, ExceptionItem, OutboxMessage, OutboxStatus
from inbox_worker.worker.app import build_app
from inbox_worker.worker.leases import Leases
from inbox_worker.worker.runner import Runner

from .postgres import Postgres
from .smtp import RecordingHandler, free_port, start_smtp

pytestmark = pytest.mark.integration
NOW = dt.datetime(2026, 11, 23, 10, 0)


def test_the_whole_flow_on_postgresql(tmp_path: Path, postgres: Postgres) -> None:
    config = write_local_config(tmp_path)
    raw = yaml.safe_load(config.read_text())
    raw["store_url"] = postgres.create_database("flow")
    config.write_text(yaml.safe_dump(raw))
    samples = scenarios()
    for n, sample in enumerate(samples):
        MaildirMailbox(sample.mailbox, tmp_path / "mail" / sample.mailbox).deliver(
            sample.raw, f"k{n}")
    app = build_app(load_settings(config), FixedClock(NOW))
    Runner(app).run_once()
    restarted = build_app(load_settings(config), FixedClock(NOW))
    Runner(restarted).run_once()
    close_store(restarted.sessions)
    with app.sessions() as session:
        cases = session.scalar(select(func.count()).select_from(Case))
        exceptions = session.scalar(select(func.count()).select_from(ExceptionItem))
    counted = figures(load_referrals(app.sessions, None, None))  # the items by month there
    close_store(app.sessions)
    assert counted
    assert all(len(f.month) == len("2026-11") for f in counted)
    assert sum(f.received - f.routed for f in counted) == exceptions
    assert cases == sum(s.outcome == "routed" for s in samples)
    assert exceptions == sum(s.outcome == "exception" for s in samples)


def test_only_one_worker_holds_a_mailbox(postgres: Postgres) -> None:
    engine = make_engine(postgres.create_database("leases"))
    migrate(engine)
    sessions = session_factory(engine)
    results: list[bool] = []
    barrier = threading.Barrier(8)

    def claim(n: int) -> None:
        barrier.wait()
        results.append(Leases(sessions, f"worker-{n}").hold("halesowen", NOW))

    threads = [threading.Thread(target=claim, args=(n,)) for n in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    engine.dispose()
    assert sorted(results) == [False] * 7 + [True]


class Recording:
    """A transport that records what it was asked to send (thread-safe)."""

    def __init__(self) -> None:
        self.sent: list[str] = []
        self.lock = threading.Lock()

    def send(self, message: EmailMessage, recipient: str) -> None:
        with self.lock:
            self.sent.append(str(message["Message-ID"]))

    def close(self) -> None:
        """Nothing to release."""


def _email(n: int) -> OutboundEmail:
    message = EmailMessage()
    message["Message-ID"] = f"<pg-{n}@frontdoor.council.example>"
    message["To"] = f"lead{n}@school.example"
    message["Subject"] = f"Early Help referral received: EH-2026-{n:06d}"
    message.set_content("received")
    return OutboundEmail("acknowledgement", f"lead{n}@school.example", None, message)


def test_two_workers_drain_the_outbox_without_sending_twice(postgres: Postgres) -> None:
    engine = make_engine(postgres.create_database("outbox"))
    migrate(engine)
    sessions = session_factory(engine)
    with sessions.begin() as session:
        for n in range(60):
            queue(session, _email(n), NOW)
    transport, clock = Recording(), FixedClock(NOW)
    barrier = threading.Barrier(2)

    def worker() -> None:
        barrier.wait()
        drain(sessions, transport, clock, RetryPolicy())

    threads = [threading.Thread(target=worker) for _ in range(2)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert Counter(transport.sent) == Counter(f"<pg-{n}@frontdoor.council.example>"
                                              for n in range(60))
    with sessions() as session:
        statuses = set(session.scalars(select(OutboxMessage.status)))
    engine.dispose()
    assert statuses == {OutboxStatus.SENT}


def test_drains_and_prompt_senders_at_once_send_each_email_once(postgres: Postgres) -> None:
    """Two drains (two workers) and four prompt senders (pages and commands, each handed
    every row, in four orders) start together, each with its own SMTP connection: a row
    is claimed by one of them (the others skip it, locked or taken) and arrives once."""
    engine = make_engine(postgres.create_database("claims"))
    migrate(engine)
    sessions = session_factory(engine)
    with sessions.begin() as session:
        rows = [queue(session, _email(n), NOW) for n in range(120)]
    ids = [r.id for r in rows]
    orders = [ids, ids[::-1], ids[1::2] + ids[::2], ids[60:] + ids[:60]]
    handler, port = RecordingHandler(), free_port()
    controller = start_smtp(port, handler)
    smtp = SmtpTransport(host="127.0.0.1", port=port, security="none", timeout_seconds=10)
    clock, retry = FixedClock(NOW), RetryPolicy()
    reports: list[DrainReport] = []
    start = threading.Barrier(6)

    def sender(order: list[int] | None) -> None:
        start.wait()
        transport = SmtpOutbound(smtp, None)
        reports.append(drain(sessions, transport, clock, retry) if order is None
                       else send_rows(sessions, order, transport, clock, retry))

    threads = [threading.Thread(target=sender, args=(o,)) for o in [None, None, *orders]]
    try:
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join(timeout=120)
    finally:
        controller.stop()
    with sessions() as session:
        statuses = Counter(session.scalars(select(OutboxMessage.status)))
    engine.dispose()
    arrived = Counter(str(m["Message-ID"]) for m in handler.received)
    print("sent by each sender:", sorted(r.sent for r in reports))
    assert arrived == Counter(f"<pg-{n}@frontdoor.council.example>" for n in range(120))
    assert (sum(r.sent for r in reports), sum(r.retrying + r.failed for r in reports)) == (120, 0)
    assert statuses == {OutboxStatus.SENT: 120}
