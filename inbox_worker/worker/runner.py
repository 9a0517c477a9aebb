"""One pass over every mailbox, the agendas and the outbox (`frontdoor run --once`,
the demo, tests). The long-running worker is `inbox_worker.worker.daemon`.

One failing mailbox never stops the others.
"""

from __future__ import annotations

import logging
import threading
from collections import Counter
from dataclasses import dataclass, field

from inbox_worker.casework.agenda import send_due_agendas
from inbox_worker.mailboxes.base import MailboxError
from inbox_worker.notify.outbox import DrainReport, drain
from inbox_worker.notify.transports import Transport
from inbox_worker.settings.mailboxes import MailboxSettings
from inbox_worker.worker.app import App, build_transport, open_mailbox
from inbox_worker.worker.boundary import trace
from inbox_worker.worker.health import notify_systemd, record_contact
from inbox_worker.worker.pipeline import Step

log = logging.getLogger(__name__)


@dataclass
class PassReport:
    steps: Counter[Step] = field(default_factory=Counter)
    failed_mailboxes: dict[str, str] = field(default_factory=dict)
    outbox: DrainReport = field(default_factory=DrainReport)
    agendas: int = 0


@dataclass
class Runner:
    app: App
    transport: Transport | None = None
    stop: threading.Event = field(default_factory=threading.Event)

    def run_once(self) -> PassReport:
        report = PassReport()
        for mailbox in self.app.settings.mailboxes:
            if self.stop.is_set():
                break
            self._pass_mailbox(mailbox, report)
        report.agendas = self.send_agendas()
        report.outbox = self.send_outbox()
        return report

    def send_agendas(self) -> int:
        casework = self.app.pipeline.casework
        if casework is None:
            return 0
        try:
            return send_due_agendas(self.app.sessions, self.app.settings, casework.templates,
                                    casework.sender, self.app.clock.now())
        except Exception as err:  # agendas must never stop referrals being read
            log.error("sending agendas failed: %s", trace(err))
            return 0

    def send_outbox(self) -> DrainReport:
        if self.transport is None:  # kept: a Graph transport's token lives between drains
            self.transport = build_transport(self.app.settings)
        return drain(self.app.sessions, self.transport, self.app.clock, self.app.retry)

    def _pass_mailbox(self, settings: MailboxSettings, report: PassReport) -> None:
        try:
            backlog = self._drain_mailbox(settings, report)
        except MailboxError as err:
            self._mailbox_failed(settings.id, str(err), report)
        except Exception as err:  # one failing mailbox never stops the others
            log.error("mailbox %s failed unexpectedly: %s", settings.id, trace(err))
            self._mailbox_failed(settings.id, f"unexpected {type(err).__name__}", report)
        else:
            record_contact(self.app.sessions, settings.id, self.app.clock.now(), backlog=backlog)

    def _drain_mailbox(self, settings: MailboxSettings, report: PassReport) -> int:
        """Handles every message in the inbox; returns how many are left for later."""
        backend = open_mailbox(settings)
        left = 0
        seen: set[str] = set()
        try:
            for fetched in backend.fetch_new():
                seen.add(fetched.server_id)
                step = self.app.pipeline.handle(backend, fetched)
                report.steps[step] += 1
                left += step is Step.RETRY_LATER
                notify_systemd("WATCHDOG=1")
                if self.stop.is_set():
                    break
            else:
                self.app.pipeline.refile_pending(backend, seen)
        finally:
            backend.close()
        return left

    def _mailbox_failed(self, mailbox: str, error: str, report: PassReport) -> None:
        report.failed_mailboxes[mailbox] = error
        log.error("mailbox %s failed: %s", mailbox, error)
        record_contact(self.app.sessions, mailbox, self.app.clock.now(), error=error)
