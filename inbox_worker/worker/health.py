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
    Base,
    ExceptionItem,
    ExceptionStatus,
    MailboxStatus,
    Message,
    MessageState,
    OutboxMessage,
    OutboxStatus,
)


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
class Health:
    mailboxes: tuple[MailboxHealth, ...]
    outbox_pending: int
    outbox_failed: int
    open_exceptions: int
    undecided_messages: int  # stored but not yet decided (retrying)

    def problems(self, now: dt.datetime, stale_after: dt.timedelta) -> list[str]:
        """Plain statements of what is wrong; empty when healthy."""
        found = [problem for m in self.mailboxes
                 if (problem := m.problem(now, stale_after)) is not None]
        if self.outbox_failed:
            found.append(f"{self.outbox_failed} outbound email(s) failed for good")
        return found


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


def read_health(sessions: sessionmaker[Session], mailbox_ids: tuple[str, ...]) -> Health:
    with sessions() as session:
        rows = {r.mailbox: r for r in session.scalars(select(MailboxStatus))}
        boxes = tuple(_mailbox(m, rows.get(m)) for m in mailbox_ids)
        return Health(
            boxes,
            _count(session, OutboxMessage, OutboxMessage.status == OutboxStatus.PENDING),
            _count(session, OutboxMessage, OutboxMessage.status == OutboxStatus.FAILED),
            _count(session, ExceptionItem, ExceptionItem.status == ExceptionStatus.OPEN),
            _count(session, Message, Message.state == MessageState.RECEIVED),
        )


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
