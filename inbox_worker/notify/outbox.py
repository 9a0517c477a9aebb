"""The outbox: emails queued in the same transaction as the decision that causes them,
then sent by `drain` with retries and exponential backoff.

Delivery is at-least-once: a crash after the server accepted a message and before
it is marked sent resends the identical message (same Message-ID) on restart.
"""

from __future__ import annotations

import datetime as dt
import logging
from dataclasses import dataclass
from email import message_from_bytes

from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from inbox_worker.clock import Clock
from inbox_worker.notify.compose import OUTBOUND_POLICY, OutboundEmail
from inbox_worker.notify.transports import PermanentSendError, TransientSendError, Transport
from inbox_worker.store.models import OutboxMessage, OutboxStatus

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class RetryPolicy:
    max_attempts: int = 8
    base_seconds: float = 30.0

    def delay(self, attempts: int) -> dt.timedelta:
        return dt.timedelta(seconds=self.base_seconds * 2 ** max(attempts - 1, 0))


@dataclass(frozen=True)
class DrainReport:
    sent: int = 0
    retrying: int = 0
    failed: int = 0


def queue(session: Session, email: OutboundEmail, now: dt.datetime) -> OutboxMessage:
    """Adds the email to the outbox within the caller's transaction."""
    row = OutboxMessage(
        kind=email.kind, reference=email.reference, header_message_id=email.message_id,
        recipient=email.recipient, raw=email.message.as_bytes(), status=OutboxStatus.PENDING,
        next_attempt_at=now, created_at=now,
    )
    session.add(row)
    return row


def drain(
    sessions: sessionmaker[Session], transport: Transport, clock: Clock, retry: RetryPolicy,
    *, limit: int = 200,
) -> DrainReport:
    """Sends what is due, one row per transaction; returns the counts."""
    sent = retrying = failed = 0
    try:
        for row_id in _due(sessions, clock.now(), limit):
            outcome = _send_one(sessions, row_id, transport, clock, retry)
            sent += outcome == "sent"
            retrying += outcome == "retry"
            failed += outcome == "failed"
    finally:
        transport.close()
    return DrainReport(sent, retrying, failed)


def _due(sessions: sessionmaker[Session], now: dt.datetime, limit: int) -> list[int]:
    with sessions() as session:
        query = (select(OutboxMessage.id)
                 .where(OutboxMessage.status == OutboxStatus.PENDING,
                        OutboxMessage.next_attempt_at <= now)
                 .order_by(OutboxMessage.id).limit(limit))
        return list(session.scalars(query))


def _send_one(
    sessions: sessionmaker[Session], row_id: int, transport: Transport, clock: Clock,
    retry: RetryPolicy,
) -> str:
    with sessions.begin() as session:
        row = session.scalars(
            select(OutboxMessage).where(OutboxMessage.id == row_id,
                                        OutboxMessage.status == OutboxStatus.PENDING)
            .with_for_update(skip_locked=True)
        ).first()
        if row is None:
            return "skipped"  # another worker has it, or it is done
        return _attempt(row, transport, clock.now(), retry)


def _attempt(row: OutboxMessage, transport: Transport, now: dt.datetime, retry: RetryPolicy) -> str:
    message = message_from_bytes(row.raw, policy=OUTBOUND_POLICY)  # as composed: no refold
    row.attempts += 1
    try:
        transport.send(message, row.recipient)
    except TransientSendError as err:
        return _defer(row, now, retry, str(err))
    except PermanentSendError as err:
        return _give_up(row, str(err))
    row.status, row.sent_at, row.last_error = OutboxStatus.SENT, now, None
    log.info("sent %s%s (%s)", row.kind, f" for {row.reference}" if row.reference else "",
             row.header_message_id)
    return "sent"


def _defer(row: OutboxMessage, now: dt.datetime, retry: RetryPolicy, error: str) -> str:
    if row.attempts >= retry.max_attempts:
        return _give_up(row, error)
    row.last_error, row.next_attempt_at = error, now + retry.delay(row.attempts)
    log.warning("send of %s for %s deferred (attempt %d): %s", row.kind, row.reference,
                row.attempts, error)
    return "retry"


def _give_up(row: OutboxMessage, error: str) -> str:
    row.status, row.last_error = OutboxStatus.FAILED, error
    log.error("send of %s for %s failed for good: %s", row.kind, row.reference, error)
    return "failed"
