"""Emails sent as soon as the transaction that queued them commits, by the process that
queued them (the web pages, the command line), instead of at the worker's next drain: the
worker is another process, and its sender would otherwise find them up to its poll later.

`PromptSender.watch` listens to the store's sessions: the outbox rows a session inserts
are noted at each flush, forgotten on a rollback, and handed over once it commits. Each
is claimed and sent as the worker's drain sends it (`outbox.send_rows`), so it goes once
whichever sender takes it, and a failed send is left, with its retry, to the worker's
drain. Nothing here can fail the caller's commit: an error is logged as its type.

One transport serves the sender's life, as the worker's runner keeps its own (its TLS
context, a Graph token): the web pages' sending thread sends the batches queued while it
was busy together, and keeps its connection for the next batch until it has waited
`keep_open_seconds` for none (a meeting's decisions, saved one by one, go over one).
"""

from __future__ import annotations

import logging
import queue
import threading
from collections.abc import Callable
from dataclasses import dataclass, field

from sqlalchemy import event
from sqlalchemy.orm import Session, UOWTransaction, sessionmaker

from inbox_worker.clock import Clock
from inbox_worker.notify.outbox import RetryPolicy, send_rows
from inbox_worker.notify.transports import Transport
from inbox_worker.store.models import OutboxMessage

log = logging.getLogger(__name__)
_QUEUED = "frontdoor.outbox_queued"  # session.info: ids of outbox rows inserted, uncommitted


# How long the sending thread keeps an idle connection for the next batch: well inside
# the idle limit of mail servers (Postfix's smtpd_timeout is 300 s), long enough to span
# the decisions of a meeting saved one by one.
KEEP_OPEN_SECONDS = 60.0


@dataclass
class PromptSender:
    """`wait`: send in the committing thread, before the call that committed returns (a
    command about to exit), closing the connection after each batch; else in a thread of
    the sender's own (the web pages: a page never waits for the mail server)."""

    sessions: sessionmaker[Session]
    transport: Callable[[], Transport]  # called once, at the first send; the one is kept
    clock: Clock
    retry: RetryPolicy
    wait: bool = False
    keep_open_seconds: float = KEEP_OPEN_SECONDS
    _batches: queue.SimpleQueue[list[int]] = field(default_factory=queue.SimpleQueue)
    _thread: threading.Thread | None = None
    _kept: Transport | None = None
    _sending: threading.Lock = field(default_factory=threading.Lock)  # one send at a time

    def watch(self) -> PromptSender:
        event.listen(self.sessions, "after_flush", _note_rows)
        event.listen(self.sessions, "after_rollback", _forget_rows)
        event.listen(self.sessions, "after_commit", self._committed)
        return self

    def _committed(self, session: Session) -> None:
        rows = session.info.pop(_QUEUED, [])
        if not rows:
            return
        if self.wait:
            self.send(rows)
            return
        if self._thread is None:
            self._thread = threading.Thread(target=self._send_batches, name="prompt-outbox",
                                            daemon=True)
            self._thread.start()
        self._batches.put(rows)

    def _send_batches(self) -> None:
        while True:
            rows = self._batches.get()
            while rows:  # one connection until no batch has come for keep_open_seconds
                self.send(rows + self._queued_meanwhile(), keep_open=True)
                rows = self._next_batch()
            self.release()

    def _queued_meanwhile(self) -> list[int]:
        rows: list[int] = []
        while not self._batches.empty():
            rows.extend(self._batches.get_nowait())
        return rows

    def _next_batch(self) -> list[int]:
        try:
            return self._batches.get(timeout=self.keep_open_seconds)
        except queue.Empty:
            return []

    def send(self, rows: list[int], *, keep_open: bool = False) -> None:
        """Sends these rows now, if no other sender has them; never raises."""
        try:
            with self._sending:
                if self._kept is None:
                    self._kept = self.transport()
                report = send_rows(self.sessions, rows, self._kept, self.clock, self.retry,
                                   keep_open=keep_open)
        except Exception as err:  # the worker's drain sends them later
            log.error("prompt send of %d email(s) failed, left to the worker: %s",
                      len(rows), type(err).__name__)
            return
        log.debug("sent at once: %d, retrying: %d, failed: %d", report.sent, report.retrying,
                  report.failed)

    def release(self) -> None:
        """Closes the kept connection (the transport stays, to connect again)."""
        with self._sending:
            try:
                if self._kept is not None:
                    self._kept.close()
            except Exception as err:  # the thread goes on: the next batch connects again
                log.error("closing the prompt sender's connection: %s", type(err).__name__)


def _note_rows(session: Session, _flush: UOWTransaction) -> None:
    rows = [o.id for o in session.new if isinstance(o, OutboxMessage)]
    if rows:
        session.info.setdefault(_QUEUED, []).extend(rows)


def _forget_rows(session: Session) -> None:
    session.info.pop(_QUEUED, None)
