"""The outbox: emails queued in the same transaction as the decision that causes them,
then sent by `drain` with retries and exponential backoff.

Several processes send from one outbox (the worker's drain; the web pages and the command
line their own rows at once, `notify.prompt`): a row is claimed by a conditional UPDATE
(with SKIP LOCKED on PostgreSQL) that moves its next attempt a claim's length ahead, committed
before the send, so one sender has it; the send's result is written after. Delivery is
at-least-once: a sender that dies after the server accepted a message and before it is
marked sent leaves its claim, and the identical message (same Message-ID) is sent again
once the claim has run out.
"""

from __future__ import annotations

import datetime as dt
import logging
from dataclasses import dataclass
from email import message_from_bytes

from sqlalchemy import CursorResult, select, update
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
    # How long a claimed row waits before another sender may take it: longer than any send
    # (an SMTP timeout is seconds), short enough that a sender's crash delays a mail little
    # (`outbound.claim_seconds`).
    claim_seconds: float = 300.0

    @property
    def claim(self) -> dt.timedelta:
        return dt.timedelta(seconds=self.claim_seconds)

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
    return send_rows(sessions, _due(sessions, clock.now(), limit), transport, clock, retry)


def send_rows(
    sessions: sessionmaker[Session], row_ids: list[int], transport: Transport, clock: Clock,
    retry: RetryPolicy, *, keep_open: bool = False,
) -> DrainReport:
    """Sends these rows if they are due and no other sender has them, each claimed first,
    all over one connection; closes it unless `keep_open` (a sender expecting more soon,
    which closes it itself); returns the counts (a row another sender has is not counted)."""
    sent = retrying = failed = 0
    try:
        for row_id in row_ids:
            outcome = _send_one(sessions, row_id, transport, clock, retry)
            sent += outcome == "sent"
            retrying += outcome == "retry"
            failed += outcome == "failed"
    finally:
        if not keep_open:
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
    if not _claim(sessions, row_id, clock.now(), retry.claim):
        return "skipped"  # another sender has it, or it is done
    with sessions.begin() as session:
        return _attempt(session.get_one(OutboxMessage, row_id), transport, clock.now(), retry)


def _claim(sessions: sessionmaker[Session], row_id: int, now: dt.datetime,
           claim: dt.timedelta) -> bool:
    """Takes the row if it is pending and due: its next attempt moved `claim` ahead, in a
    transaction of its own. One UPDATE, so two senders cannot both take it: SQLite runs
    one writer at a time, and PostgreSQL skips a row another has locked and checks the
    condition again after a concurrent update."""
    free = (select(OutboxMessage.id).where(
        OutboxMessage.id == row_id, OutboxMessage.status == OutboxStatus.PENDING,
        OutboxMessage.next_attempt_at <= now).with_for_update(skip_locked=True))
    with sessions.begin() as session:
        result = session.execute(update(OutboxMessage).where(OutboxMessage.id.in_(free))
                                 .values(next_attempt_at=now + claim)
                                 .execution_options(synchronize_session=False))
        assert isinstance(result, CursorResult)
        return result.rowcount == 1


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
