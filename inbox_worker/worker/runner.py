"""One pass over every mailbox, the agendas and the outbox (`frontdoor run --once`,
the demo, tests), and the drain of one inbox that it and the long-running worker
(`inbox_worker.worker.daemon`) share.

The drain overlaps fetching, reading and recording: messages are taken in (stored) in
groups, each group's messages read by two threads for each reader process,
and while the readers read the next groups, the oldest is recorded in one transaction
and then filed on the server. A message is moved on the server only after its decision
is committed. One failing mailbox never stops the others.
"""

from __future__ import annotations

import logging
import threading
from collections import Counter, deque
from collections.abc import Callable, Iterator
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass, field
from itertools import islice

from sqlalchemy import select

from inbox_worker.casework.agenda import send_due_agendas
from inbox_worker.mailboxes.base import FetchedMessage, MailboxBackend, MailboxError
from inbox_worker.notify.outbox import DrainReport, drain
from inbox_worker.notify.transports import Transport
from inbox_worker.settings.mailboxes import MailboxSettings
from inbox_worker.store.models import Message, MessageState
from inbox_worker.worker.analysis import Analysis
from inbox_worker.worker.app import App, build_transport, open_mailbox
from inbox_worker.worker.boundary import trace
from inbox_worker.worker.health import notify_systemd, record_contact
from inbox_worker.worker.intake import Taken
from inbox_worker.worker.pipeline import Pipeline, StageError, Step

log = logging.getLogger(__name__)

# Messages taken in, and recorded, in one transaction: one commit (an fsync on SQLite)
# for several, while a lone message arriving by IDLE still goes at once.
GROUP = 8
# Groups read ahead of the one being recorded: enough that the readers never wait for
# the recording, few enough that memory stays bounded whatever the backlog.
READ_AHEAD = 2
NEW_DECISION = frozenset({Step.ROUTED, Step.EXCEPTION, Step.IGNORED, Step.REVIEW,
                          Step.ITEM_REPLY})  # a step that committed a decision and its emails


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
        try:
            drained = drain_inbox(self.app.pipeline, backend,
                                  readers=self.app.settings.parsing.processes,
                                  go_on=self._go_on)
        finally:
            backend.close()
        report.steps += drained.steps
        return drained.steps[Step.RETRY_LATER]

    def _go_on(self) -> bool:
        notify_systemd("WATCHDOG=1")
        return not self.stop.is_set()

    def _mailbox_failed(self, mailbox: str, error: str, report: PassReport) -> None:
        report.failed_mailboxes[mailbox] = error
        log.error("mailbox %s failed: %s", mailbox, error)
        record_contact(self.app.sessions, mailbox, self.app.clock.now(), error=error)


@dataclass
class Drained:
    """What a drain did: each message's step, and whether it read the whole inbox."""

    steps: Counter[Step] = field(default_factory=Counter)
    stopped: bool = False


Reading = tuple[Taken, "Future[Analysis | StageError] | None"]


def drain_inbox(pipeline: Pipeline, backend: MailboxBackend, *, readers: int,
                go_on: Callable[[], bool],
                decided: Callable[[], None] = lambda: None) -> Drained:
    """Every message in the inbox through the pipeline, overlapped (see the module's
    docstring). `go_on` is asked before each group (False: stop taking messages; those in
    hand are finished); `decided` is called when a group's decisions are committed. After
    the whole inbox, decided messages it no longer shows are filed (`refile_pending`)."""
    drained, seen = Drained(), set[str]()
    source: Iterator[FetchedMessage] = iter(backend.fetch_new())
    # Two threads a reader: while one makes safe and decides what its reader returned,
    # the other has already handed that reader the next message.
    with ThreadPoolExecutor(2 * readers, thread_name_prefix="reading") as threads:
        ahead: deque[list[Reading]] = deque()
        try:
            while batch := list(islice(source, GROUP)):
                if not go_on():
                    drained.stopped = True
                    break
                seen.update(f.server_id for f in batch)
                ahead.append([(t, threads.submit(pipeline.read, t) if t.undecided else None)
                              for t in pipeline.take_in(backend.mailbox_id, batch)])
                if len(ahead) > READ_AHEAD:
                    _finish(pipeline, backend, ahead.popleft(), drained, decided)
            while ahead:
                _finish(pipeline, backend, ahead.popleft(), drained, decided)
        finally:
            threads.shutdown(cancel_futures=True)  # after a failure: read nothing more
    if not drained.stopped:
        refile_pending(pipeline, backend, seen)
    return drained


def refile_pending(pipeline: Pipeline, backend: MailboxBackend, seen: set[str]) -> int:
    """Files decided messages that this pass did not see in the inbox: the worker died
    after moving them on the server and before recording it. Returns the count."""
    with pipeline.sessions() as session:
        pending = list(session.scalars(select(Message).where(
            Message.mailbox == backend.mailbox_id, Message.state == MessageState.DECIDED)))
    stale = [Taken(FetchedMessage(m.server_id, m.uidvalidity, b""), m.mailbox, m.id)
             for m in pending if m.server_id not in seen]
    pipeline.file_all(backend, stale)
    return len(stale)


def _finish(pipeline: Pipeline, backend: MailboxBackend, group: list[Reading],
            drained: Drained, decided: Callable[[], None]) -> None:
    """Records a group once read (one transaction), then files it on the server."""
    reads = [(t.message_id, f.result()) for t, f in group if f is not None]
    steps = dict(zip([i for i, _ in reads], pipeline.record_read(reads), strict=True))
    drained.steps.update(steps.values())
    drained.steps[Step.ALREADY_DONE] += len(group) - len(reads)
    if NEW_DECISION.intersection(steps.values()):
        decided()
    pipeline.file_all(backend, [t for t, _ in group
                                if steps.get(t.message_id) is not Step.RETRY_LATER])
