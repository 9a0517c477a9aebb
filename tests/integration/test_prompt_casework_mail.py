"""Casework emails leave as soon as the web pages or the command line commit them, not at
the worker's next drain: a real SMTP server (aiosmtpd) on loopback, the worker running
beside with an outbox poll of 60 s. Each email arrives once whoever sends it; a refused
send keeps its retry for the worker."""

from __future__ import annotations

import datetime as dt
import subprocess
import sys
import threading
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from sqlalchemy import select

from frontdoor_demo.samples.scenarios import scenarios
from inbox_worker.casework.actions import allocate, screen
from inbox_worker.mailboxes.maildir import MaildirMailbox
from inbox_worker.notify.outbox import drain, send_rows
from inbox_worker.settings import load_settings
from inbox_worker.store.models import Case, OutboxMessage, OutboxStatus
from inbox_worker.worker.app import App, build_app, build_transport, send_promptly
from inbox_worker.worker.daemon import Daemon
from inbox_worker.worker.runner import Runner
from routing.casework import Allocation

from .smtp import RecordingHandler, free_port, start_smtp
from .test_prompt_outbox import LONG_POLL, local_config
from .worker_world import wait_until

pytestmark = pytest.mark.integration

BOUND = 5.0  # seconds: generous against a loaded machine; the figure is printed below
STEP_DOWN = Allocation(True, resource="Family support worker, 12 weeks", agency="North FC")


@dataclass
class Store:
    config: Path
    app: App
    smtp: RecordingHandler
    step_down: str  # a step-down case screened, to be allocated at once


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    port, smtp = free_port(), RecordingHandler()
    controller = start_smtp(port, smtp)
    config = local_config(tmp_path, port)
    app = build_app(load_settings(config))
    sample = next(s for s in scenarios() if s.priority == "step_down")
    mailbox = app.settings.mailbox(sample.mailbox)
    MaildirMailbox(mailbox.id, mailbox.path).deliver(sample.raw, "m0")  # type: ignore[attr-defined]
    Runner(app).run_once()  # decided, acknowledged (sent by this drain)
    assert app.pipeline.casework is not None
    with app.sessions() as session:
        reference = session.scalars(select(Case.reference).where(
            Case.priority == "step_down")).one()
    screen(app.sessions, reference, resource_needed=True, close_reason=None, actor="fcm",
           ctx=app.pipeline.casework, now=app.clock.now())  # queues nothing
    smtp.received.clear()
    smtp.arrived_at.clear()
    try:
        yield Store(config, app, smtp, reference)
    finally:
        app.pipeline.reader.close()
        controller.stop()


def _outcomes(store: Store) -> list[OutboxMessage]:
    with store.app.sessions() as session:
        return list(session.scalars(select(OutboxMessage).where(
            OutboxMessage.kind == "outcome")))


def _arrived(store: Store) -> list[str]:
    return [str(m["Message-ID"]) for m in store.smtp.received]


def test_a_decision_in_the_pages_is_emailed_at_once_and_once(store: Store) -> None:
    """As `frontdoor web` builds it (a sending thread), with the worker draining beside."""
    worker_app = build_app(load_settings(store.config))
    daemon = Daemon(worker_app, Runner(worker_app), outbox_every=LONG_POLL)
    worker = threading.Thread(target=daemon.serve, name="worker")
    worker.start()
    try:
        pages = send_promptly(store.app, wait=False)
        assert pages.pipeline.casework is not None
        allocate(pages.sessions, store.step_down, STEP_DOWN, actor="fcm",
                 ctx=pages.pipeline.casework, now=pages.clock.now())
        daemon.outbox_due.set()  # the worker drains at the same moment: no second copy
        assert wait_until(lambda: bool(store.smtp.received), BOUND, every=0.02), \
            "the outcome waited for the worker's poll"
        assert wait_until(lambda: [r.status for r in _outcomes(store)] == [OutboxStatus.SENT],
                          BOUND, every=0.05)
        (row,) = _outcomes(store)
        waited = (store.smtp.arrived_at[0] - row.created_at).total_seconds()
        print(f"outcome email arrived {waited:.3f} s after its commit")
        assert 0 <= waited < BOUND
        daemon.outbox_due.set()
        worker_app.pipeline.reader.close()
    finally:
        daemon.stop.set()
        worker.join(timeout=60)
    assert _arrived(store) == [row.header_message_id]  # once


def test_the_command_line_sends_before_it_returns(store: Store) -> None:
    done = subprocess.run(
        [sys.executable, "-m", "inbox_worker", "case", "allocate", store.step_down,
         "--resource", "Family support worker", "--config", str(store.config)],
        capture_output=True, text=True, timeout=120, check=False)
    assert done.returncode == 0, done.stderr[-2000:]
    (row,) = _outcomes(store)
    assert (row.status, _arrived(store)) == (OutboxStatus.SENT, [row.header_message_id])


def test_a_refused_send_keeps_its_retry_for_the_worker(store: Store) -> None:
    store.smtp.refuse_with = "451 4.3.0 try again later"
    pages = send_promptly(store.app, wait=True)
    assert pages.pipeline.casework is not None
    allocate(pages.sessions, store.step_down, STEP_DOWN, actor="fcm",
             ctx=pages.pipeline.casework, now=pages.clock.now())
    (row,) = _outcomes(store)
    assert (row.status, row.attempts, store.smtp.received) == (OutboxStatus.PENDING, 1, [])
    assert row.next_attempt_at > row.created_at  # the retry's wait, as the drain's
    store.smtp.refuse_with = None
    later = _Later(row.next_attempt_at)
    report = drain(pages.sessions, build_transport(pages.settings), later, pages.retry)
    assert (report.sent, _arrived(store)) == (1, [row.header_message_id])


def test_two_senders_at_once_send_each_email_once(store: Store) -> None:
    app = store.app
    assert app.pipeline.casework is not None
    allocate(app.sessions, store.step_down, STEP_DOWN, actor="fcm", ctx=app.pipeline.casework,
             now=app.clock.now())  # queued only: this app sends nothing itself
    rows = [r.id for r in _outcomes(store)]
    start = threading.Barrier(4)

    def sender() -> None:
        start.wait()
        send_rows(app.sessions, rows, build_transport(app.settings), app.clock, app.retry)

    senders = [threading.Thread(target=sender) for _ in range(4)]
    for thread in senders:
        thread.start()
    for thread in senders:
        thread.join(timeout=60)
    assert len(store.smtp.received) == 1


@dataclass(frozen=True)
class _Later:
    at: dt.datetime

    def now(self) -> dt.datetime:
        return self.at
