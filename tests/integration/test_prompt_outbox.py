"""The worker sends an acknowledgement as soon as its decision is committed, and an agenda
as soon as the scheduler has queued it, not at the outbox's next poll: a real SMTP server
(aiosmtpd) on loopback, the worker's threads in this process, and an outbox poll of 60 s
that the email must not wait for."""

from __future__ import annotations

import datetime as dt
import threading
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
import yaml
from sqlalchemy import select

from frontdoor_demo.demo import write_local_config
from frontdoor_demo.samples.scenarios import scenarios
from inbox_worker.clock import Clock, FixedClock
from inbox_worker.mailboxes.maildir import MaildirMailbox
from inbox_worker.settings import load_settings
from inbox_worker.store.models import OutboxMessage, OutboxStatus
from inbox_worker.worker.app import build_app
from inbox_worker.worker.daemon import Daemon
from inbox_worker.worker.runner import Runner

from .smtp import RecordingHandler, free_port, start_smtp
from .worker_world import wait_until

pytestmark = pytest.mark.integration

ROUTED = next(s for s in scenarios() if s.name == "PDF form to the right cluster")
LONG_POLL = 60.0  # the email must leave long before the sender's own poll comes round
BOUND = 5.0  # seconds: generous against a loaded machine, a third of the old 15 s poll
# Monday 23 November 2026, 17:00 in London (GMT): the agenda deadline of the next meetings.
AGENDA_DEADLINE = dt.datetime(2026, 11, 23, 17, 0)


@dataclass
class Running:
    daemon: Daemon
    smtp: RecordingHandler


def local_config(root: Path, port: int, *, partners: bool = False) -> Path:
    """The embedded default (Maildir, SQLite) sending by SMTP to 127.0.0.1:`port`; without
    `partners`, no agenda has anyone to go to."""
    config = write_local_config(root)
    raw = yaml.safe_load(config.read_text(encoding="utf-8"))
    for area in raw["areas"]:  # the real clock: no agenda may fall due during the test
        if not partners:
            area.setdefault("meetings", {})["partners"] = []
    raw["outbound"]["delivery"] = {"transport": "smtp", "host": "127.0.0.1", "port": port,
                                   "security": "none", "timeout_seconds": 10}
    config.write_text(yaml.safe_dump(raw), encoding="utf-8")
    return config


@pytest.fixture
def running(tmp_path: Path) -> Iterator[Running]:
    yield from _running(tmp_path)


@pytest.fixture
def at_agenda_deadline(tmp_path: Path) -> Iterator[Running]:
    yield from _running(tmp_path, FixedClock(AGENDA_DEADLINE), partners=True)


def _running(tmp_path: Path, clock: Clock | None = None, *,
             partners: bool = False) -> Iterator[Running]:
    port, smtp = free_port(), RecordingHandler()
    controller = start_smtp(port, smtp)
    app = build_app(load_settings(local_config(tmp_path, port, partners=partners)), clock)
    daemon = Daemon(app, Runner(app), outbox_every=LONG_POLL)
    worker = threading.Thread(target=daemon.serve, name="worker")
    worker.start()
    try:
        yield Running(daemon, smtp)
    finally:
        daemon.stop.set()
        worker.join(timeout=60)
        controller.stop()


def test_an_acknowledgement_leaves_without_waiting_for_the_outbox_poll(
        running: Running) -> None:
    app = running.daemon.app
    mailbox = app.settings.mailbox(ROUTED.mailbox)
    MaildirMailbox(mailbox.id, mailbox.path).deliver(ROUTED.raw, "prompt")  # type: ignore[attr-defined]
    assert wait_until(lambda: bool(running.smtp.received), LONG_POLL / 2, every=0.05), \
        "the acknowledgement waited for the outbox poll"

    def sent() -> bool:  # marked after the server's answer: a moment after its arrival
        with app.sessions() as session:
            return session.scalars(select(OutboxMessage.status)).one() is OutboxStatus.SENT

    assert wait_until(sent, BOUND, every=0.05)
    with app.sessions() as session:
        queued_at = session.scalars(select(OutboxMessage.created_at)).one()
    assert str(running.smtp.received[0]["Subject"]).startswith("Early Help referral received")
    waited = (running.smtp.arrived_at[0] - queued_at).total_seconds()
    assert 0 <= waited < BOUND  # the figure itself: bench/outbox.py


def test_an_agenda_leaves_without_waiting_for_the_outbox_poll(
        at_agenda_deadline: Running) -> None:
    daemon, smtp = at_agenda_deadline.daemon, at_agenda_deadline.smtp
    assert daemon.queue_agendas() == 5  # what the scheduler runs: one agenda per area
    assert wait_until(lambda: len(smtp.received) == 5, BOUND, every=0.05), \
        "the agendas waited for the outbox poll"
    assert all("agenda" in str(m["Subject"]) for m in smtp.received)
