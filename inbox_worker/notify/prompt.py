"""Emails sent as soon as the transaction that queued them commits, by the process that
queued them (the web pages, the command line), instead of at the worker's next drain: the
worker is another process, and its sender would otherwise find them up to its poll later.

`PromptSender.watch` listens to the store's sessions: the outbox rows a session inserts
are noted at each flush, forgotten on a rollback, and handed over once it commits. Each
is claimed and sent as the worker's drain sends it (`outbox.send_rows`), so it goes once
whichever sender takes it, and a failed send is left, with its retry, to the worker's
drain. Nothing here can fail the caller's commit: an error is logged as its type.
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


@dataclass
class PromptSender:
    """`wait`: send in the committing thread, before the call that committed returns (a
    command about to exit); else in a thread of the sender's own (the web pages: a page
    never waits for the mail server)."""

    sessions: sessionmaker[Session]
    transport: Callable[[], Transport]  # a new one for each batch; send_rows closes it
    clock: Clock
    retry: RetryPolicy
    wait: bool = False
    _batches: queue.SimpleQueue[list[int]] = field(default_factory=queue.SimpleQueue)
    _thread: threading.Thread | None = None

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
            self.send(self._batches.get())

    def send(self, rows: list[int]) -> None:
        """Sends these rows now, if no other sender has them; never raises."""
        try:
            report = send_rows(self.sessions, rows, self.transport(), self.clock, self.retry)
        except Exception as err:  # the worker's drain sends them later
            log.error("prompt send of %d email(s) failed, left to the worker: %s",
                      len(rows), type(err).__name__)
            return
        log.debug("sent at once: %d, retrying: %d, failed: %d", report.sent, report.retrying,
                  report.failed)


def _note_rows(session: Session, _flush: UOWTransaction) -> None:
    rows = [o.id for o in session.new if isinstance(o, OutboxMessage)]
    if rows:
        session.info.setdefault(_QUEUED, []).extend(rows)


def _forget_rows(session: Session) -> None:
    session.info.pop(_QUEUED, None)
