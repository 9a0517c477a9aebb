"""Benchmark: how long an acknowledgement waits between the commit that queued it and its
arrival at a real SMTP server (aiosmtpd on loopback), with the worker's threads running
and the outbox's own poll at its default (15 s). Not a test: figures only.

    .venv/bin/python -m bench.outbox [--messages 10]
"""

from __future__ import annotations

import argparse
import statistics
import tempfile
import threading
from pathlib import Path

from sqlalchemy import select

from inbox_worker.mailboxes.maildir import MaildirMailbox
from inbox_worker.settings import load_settings
from inbox_worker.store.models import OutboxMessage
from inbox_worker.worker.app import App, build_app
from inbox_worker.worker.daemon import OUTBOX_EVERY, Daemon
from inbox_worker.worker.runner import Runner
from tests.integration.smtp import RecordingHandler, free_port, start_smtp
from tests.integration.test_prompt_outbox import ROUTED, local_config
from tests.integration.worker_world import wait_until


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--messages", type=int, default=10)
    args = parser.parse_args()
    port, smtp = free_port(), RecordingHandler()
    controller = start_smtp(port, smtp)
    try:
        with tempfile.TemporaryDirectory() as tmp:
            app = build_app(load_settings(local_config(Path(tmp), port)))
            waits = _measure(app, smtp, args.messages)
    finally:
        controller.stop()
    print(f"commit to arrival at the SMTP server, {len(waits)} acknowledgements "
          f"(outbox poll {OUTBOX_EVERY:.0f} s): median {statistics.median(waits):.3f} s, "
          f"max {max(waits):.3f} s")


def _measure(app: App, smtp: RecordingHandler, count: int) -> list[float]:
    daemon = Daemon(app, Runner(app))
    worker = threading.Thread(target=daemon.serve, name="worker")
    worker.start()
    try:
        for n in range(count):
            _deliver(app, n)
            wait_until(lambda: len(smtp.received) > n, 60.0, every=0.02)  # noqa: B023
    finally:
        daemon.stop.set()
        worker.join(timeout=60)
    with app.sessions() as session:
        queued = list(session.scalars(select(OutboxMessage.created_at).order_by(OutboxMessage.id)))
    return [(arrived - at).total_seconds() for at, arrived in zip(queued, smtp.arrived_at,
                                                                  strict=True)]


def _deliver(app: App, n: int) -> None:
    """The same routed referral from a new sender each time (the answer budget allows 3 a
    day to one address), its subject made unique so it is a new message."""
    mailbox = app.settings.mailbox(ROUTED.mailbox)
    raw = ROUTED.raw.replace(b"Subject: ", f"Subject: {n} - ".encode(), 1).replace(
        b"From: senco@", f"From: senco{n}@".encode(), 1)
    MaildirMailbox(mailbox.id, mailbox.path).deliver(raw, f"bench-{n}")  # type: ignore[attr-defined]


if __name__ == "__main__":
    main()
