"""Health: each mailbox's last contact and backlog, the outbox and the queue.

Written by the runner after every mailbox pass; read by `frontdoor health`.
"""

from __future__ import annotations

import datetime as dt
import os
import socket
from dataclasses import dataclass

from sqlalchemy import ColumnElement, func, select
from sqlalchemy.orm import Session, sessionmaker

from inbox_worker.store.models import (
    AnswerStatus,
    Base,
    ExceptionItem,
    ExceptionStatus,
    MailboxStatus,
    Message,
    MessageState,
    OutboxMessage,
    OutboxStatus,
)
from inbox_worker.worker.recording import ANSWER_WINDOW


@dataclass(frozen=True)
class MailboxHealth:
    mailbox: str
    last_success_at: dt.datetime | None
    last_error_at: dt.datetime | None
    last_error: str | None
    backlog: int

    @property
    def failing(self) -> bool:
        """The latest contact failed (an error newer than the last success)."""
        return self.last_error_at is not None and (
            self.last_success_at is None or self.last_error_at > self.last_success_at)

    def problem(self, now: dt.datetime, stale_after: dt.timedelta) -> str | None:
        """What the engineer on call must know about this mailbox, or None.

        A mailbox is a problem when its latest contact failed (the worker retries with
        backoff, so a passing blip clears at the next success) or when it has not been
        reached for `stale_after` (the worker is stopped or stuck)."""
        if self.failing:
            return (f"mailbox {self.mailbox}: failing since {self.last_error_at} "
                    f"(last success {self.last_success_at or 'never'}): {self.last_error}")
        if self.last_success_at is None or now - self.last_success_at > stale_after:
            return (f"mailbox {self.mailbox}: no successful contact since "
                    f"{self.last_success_at or 'start'}")
        return None


@dataclass(frozen=True)
class OutboxHealth:
    """Emails waiting to be sent: how many have failed a send, the latest send error,
    and when the oldest waiting one was queued."""

    retrying: int = 0
    last_error: str | None = None
    oldest_waiting_at: dt.datetime | None = None

    def problem(self, now: dt.datetime, stale_after: dt.timedelta) -> str | None:
        """A send that failed is a problem at once (SMTP or Graph down, a refused
        password); so is an email waiting longer than `stale_after` (the sender stopped)."""
        age = _minutes(now - self.oldest_waiting_at) if self.oldest_waiting_at else 0
        if self.retrying:
            return (f"outbox: {self.retrying} email(s) waiting after a failed send, the oldest "
                    f"queued {age} min ago; last error: {self.last_error}")
        if self.oldest_waiting_at is not None and now - self.oldest_waiting_at > stale_after:
            return f"outbox: the oldest waiting email was queued {age} min ago"
        return None


@dataclass(frozen=True)
class Health:
    mailboxes: tuple[MailboxHealth, ...]
    outbox_pending: int
    outbox_failed: int
    open_exceptions: int
    undecided_messages: int  # stored but not yet decided (retrying)
    outbox: OutboxHealth = OutboxHealth()
    over_budget: int = 0  # messages not answered in the last 24 h: their sender's budget spent

    def problems(self, now: dt.datetime, stale_after: dt.timedelta) -> list[str]:
        """Plain statements of what is wrong; empty when healthy."""
        found = [problem for m in self.mailboxes
                 if (problem := m.problem(now, stale_after)) is not None]
        outbox = self.outbox.problem(now, stale_after)
        if outbox is not None:
            found.append(outbox)
        if self.outbox_failed:
            found.append(f"{self.outbox_failed} outbound email(s) failed for good")
        return found


def _minutes(delta: dt.timedelta) -> int:
    return max(int(delta.total_seconds() // 60), 0)


def record_contact(
    sessions: sessionmaker[Session], mailbox: str, now: dt.datetime, *,
    error: str | None = None, backlog: int = 0,
) -> None:
    with sessions.begin() as session:
        row = session.get(MailboxStatus, mailbox) or MailboxStatus(mailbox=mailbox)
        session.add(row)
        if error is None:
            row.last_success_at, row.backlog = now, backlog
        else:
            row.last_error_at, row.last_error = now, error


def read_health(
    sessions: sessionmaker[Session], mailbox_ids: tuple[str, ...], now: dt.datetime
) -> Health:
    with sessions() as session:
        rows = {r.mailbox: r for r in session.scalars(select(MailboxStatus))}
        boxes = tuple(_mailbox(m, rows.get(m)) for m in mailbox_ids)
        return Health(
            boxes,
            _count(session, OutboxMessage, OutboxMessage.status == OutboxStatus.PENDING),
            _count(session, OutboxMessage, OutboxMessage.status == OutboxStatus.FAILED),
            _count(session, ExceptionItem, ExceptionItem.status == ExceptionStatus.OPEN),
            _count(session, Message, Message.state == MessageState.RECEIVED),
            _outbox(session),
            _count(session, Message, (Message.answer == AnswerStatus.OVER_BUDGET.value)
                   & (Message.received_at >= now - ANSWER_WINDOW)),
        )


def _outbox(session: Session) -> OutboxHealth:
    pending = OutboxMessage.status == OutboxStatus.PENDING
    failing = pending & OutboxMessage.last_error.is_not(None)
    last_error = session.scalars(select(OutboxMessage.last_error).where(failing)
                                 .order_by(OutboxMessage.id.desc()).limit(1)).first()
    oldest = session.scalar(select(func.min(OutboxMessage.created_at)).where(pending))
    return OutboxHealth(_count(session, OutboxMessage, failing), last_error, oldest)


def _mailbox(mailbox: str, row: MailboxStatus | None) -> MailboxHealth:
    if row is None:
        return MailboxHealth(mailbox, None, None, None, 0)
    return MailboxHealth(mailbox, row.last_success_at, row.last_error_at, row.last_error,
                         row.backlog)


def _count(session: Session, model: type[Base], condition: ColumnElement[bool]) -> int:
    query = select(func.count()).select_from(model).where(condition)
    return int(session.scalar(query) or 0)


def notify_systemd(state: str) -> bool:
    """sd_notify(3): tells systemd READY=1, WATCHDOG=1, STOPPING=1; False outside systemd."""
    address = os.environ.get("NOTIFY_SOCKET")
    if not address:
        return False
    if address.startswith("@"):
        address = "\0" + address[1:]
    with socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM) as sock:
        sock.connect(address)
        sock.sendall(state.encode())
    return True
