"""`frontdoor run`: the long-running worker.

One watcher thread per mailbox: it holds the mailbox's lease (renewed before each group
of messages), drains the inbox (`runner.drain_inbox`), then waits for mail (IMAP IDLE
where the server offers it, polling otherwise) and drains again; on a failure it
reconnects with exponential backoff and records why. Every wait is short (`WAIT_SLICE`),
so a dead IDLE connection is noticed, a full check runs at least that often, and SIGTERM
is answered within seconds after the messages in hand are finished. A sender thread
drains the outbox as soon as a watcher has recorded a decision, or the scheduler an
agenda (so an acknowledgement or an agenda leaves within about a second of its commit),
and every `outbox_every` seconds besides (retries come due; mail queued by the command
line or the admin pages in another process). APScheduler (3.x, as a per-process timer
only) queues due agendas. systemd is told READY, WATCHDOG and STOPPING.
"""

from __future__ import annotations

import logging
import os
import signal
import socket
import threading
from dataclasses import dataclass, field
from types import FrameType
from typing import TYPE_CHECKING

from inbox_worker.mailboxes.base import MailboxBackend, MailboxError, WaitsForMail
from inbox_worker.settings.mailboxes import MailboxSettings
from inbox_worker.worker.app import App, open_mailbox
from inbox_worker.worker.boundary import trace
from inbox_worker.worker.health import notify_systemd, record_contact
from inbox_worker.worker.leases import Leases
from inbox_worker.worker.pipeline import Step
from inbox_worker.worker.runner import Runner, drain_inbox

if TYPE_CHECKING:
    from apscheduler.schedulers.background import BackgroundScheduler

log = logging.getLogger(__name__)

WAIT_SLICE = 10.0  # longest single IDLE or poll wait: re-check, renew, notice a stop
# Longest wait before reconnecting to a failing mailbox: a server back after an outage is
# read again within a minute, and a minute apart is no load on one that is still down.
MAX_BACKOFF = 60.0
# Seconds between outbox drains when nothing wakes the sender: how soon a retry that has
# come due, or mail queued by another process (`frontdoor case …`, the admin pages), goes.
OUTBOX_EVERY = 15.0
AGENDAS_EVERY = 60.0  # seconds between checks for due agendas


def worker_id() -> str:
    """Who holds mailbox leases: the host, so a worker restarted after a crash takes its
    mailboxes back at once. Set FRONTDOOR_WORKER_ID to run several workers on one host."""
    return os.environ.get("FRONTDOOR_WORKER_ID") or socket.gethostname()


@dataclass
class Daemon:
    app: App
    runner: Runner
    stop: threading.Event = field(default_factory=threading.Event)
    holder: str = field(default_factory=lambda: worker_id())
    outbox_every: float = OUTBOX_EVERY
    # Set when a watcher has committed a decision (and its emails), when the scheduler has
    # queued an agenda, and at stop: the sender thread waits on it, `outbox_every` s at most.
    outbox_due: threading.Event = field(default_factory=threading.Event)

    def run(self) -> None:
        """Runs until SIGTERM or SIGINT; returns after every watcher has stopped."""
        self._install_signal_handlers()
        self.serve()

    def serve(self) -> None:
        """Runs until `stop` is set (by a signal, or a test); then drains the outbox once more."""
        threads = [threading.Thread(target=self._watch, args=(m,), name=f"mailbox-{m.id}",
                                    daemon=True) for m in self.app.settings.mailboxes]
        threads.append(threading.Thread(target=self._send_when_due, name="outbox", daemon=True))
        for thread in threads:
            thread.start()
        notify_systemd("READY=1")
        log.info("worker %s started: %d mailboxes", self.holder, len(threads) - 1)
        # After READY: APScheduler (with asyncio) takes about 0.1 s to import, and its
        # first run is AGENDAS_EVERY seconds away.
        scheduler = self._scheduler()
        scheduler.start()
        while not self.stop.wait(10.0):
            notify_systemd("WATCHDOG=1")
        notify_systemd("STOPPING=1")
        self.outbox_due.set()
        for thread in threads:
            thread.join()
        scheduler.shutdown(wait=True)
        self.runner.send_outbox()
        log.info("worker %s stopped", self.holder)

    def _scheduler(self) -> BackgroundScheduler:
        from apscheduler.schedulers.background import BackgroundScheduler

        scheduler = BackgroundScheduler(timezone="UTC")
        scheduler.add_job(self.queue_agendas, "interval", seconds=AGENDAS_EVERY,
                          max_instances=1, coalesce=True)
        return scheduler

    def queue_agendas(self) -> int:
        """The scheduler's job: queues the agendas now due and wakes the sender for them."""
        queued = self.runner.send_agendas()
        if queued:
            self.outbox_due.set()  # committed: send them now, not at the next poll
        return queued

    def _send_when_due(self) -> None:
        """The one thread that sends: woken by a decision, else every `outbox_every` s.
        A wake during a drain is kept (cleared before draining), so it drains again."""
        while not self.stop.is_set():
            self.outbox_due.wait(self.outbox_every)
            self.outbox_due.clear()
            if not self.stop.is_set():
                self._send_outbox()

    def _send_outbox(self) -> None:
        try:
            self.runner.send_outbox()
        except Exception as err:  # the next run tries again; referrals keep being read
            log.error("outbox drain failed: %s", trace(err))

    def _watch(self, settings: MailboxSettings) -> None:
        leases = Leases(self.app.sessions, self.holder)
        backoff = 1.0
        while not self.stop.is_set():
            try:
                if leases.hold(settings.id, self.app.clock.now()):
                    self._serve(settings, leases)
                    backoff = 1.0
                else:
                    self.stop.wait(WAIT_SLICE)  # another worker has this mailbox
            except MailboxError as err:
                backoff = self._failed(settings.id, str(err), backoff)
            except Exception as err:  # one failing mailbox never stops the others
                log.error("mailbox %s failed unexpectedly: %s", settings.id, trace(err))
                backoff = self._failed(settings.id, f"unexpected {type(err).__name__}", backoff)
        leases.release(settings.id)

    def _serve(self, settings: MailboxSettings, leases: Leases) -> None:
        """Drains and waits on one connection until stopped or the lease is lost."""
        backend = open_mailbox(settings)
        try:
            while not self.stop.is_set() and leases.hold(settings.id, self.app.clock.now()):
                left = self._drain(backend, leases)
                record_contact(self.app.sessions, settings.id, self.app.clock.now(), backlog=left)
                self._wait(backend)
        finally:
            backend.close()

    def _drain(self, backend: MailboxBackend, leases: Leases) -> int:
        """Drains the inbox while the lease holds; returns how many are left for later. A
        committed group of decisions wakes the sender for its emails."""
        drained = drain_inbox(
            self.app.pipeline, backend, readers=self.app.settings.parsing.processes,
            go_on=lambda: not self.stop.is_set() and leases.hold(backend.mailbox_id,
                                                                 self.app.clock.now()),
            decided=self.outbox_due.set)
        return drained.steps[Step.RETRY_LATER] + drained.stopped

    def _wait(self, backend: MailboxBackend) -> None:
        if isinstance(backend, WaitsForMail):
            backend.wait_for_mail(WAIT_SLICE)
        else:
            self.stop.wait(min(self.app.settings.poll_interval_seconds, WAIT_SLICE))

    def _failed(self, mailbox: str, error: str, backoff: float) -> float:
        log.error("mailbox %s failed, reconnecting in %.0f s: %s", mailbox, backoff, error)
        record_contact(self.app.sessions, mailbox, self.app.clock.now(), error=error)
        self.stop.wait(backoff)
        return min(backoff * 2, MAX_BACKOFF)

    def _install_signal_handlers(self) -> None:
        def request_stop(signum: int, _frame: FrameType | None) -> None:
            log.info("signal %d: finishing the messages in hand, then stopping", signum)
            self.stop.set()

        signal.signal(signal.SIGTERM, request_stop)
        signal.signal(signal.SIGINT, request_stop)
