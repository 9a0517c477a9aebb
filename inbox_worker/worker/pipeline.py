"""The flow of one message: intake (store first), analyse, record, file.

Crash safety: each step commits before the next starts, and each is idempotent
given the message's state, so a restart at any point ends in the same state:
  RECEIVED  -> analyse and record again (nothing was written)
  DECIDED   -> file again (filing is idempotent)
  FILED     -> nothing to do (if it reappears in the inbox, it is filed again)
An unexpected error on one message rolls its transaction back and counts an
attempt; after `max_attempts` the message is quarantined in the exception queue.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import logging
from dataclasses import dataclass
from enum import StrEnum
from zoneinfo import ZoneInfo

from sqlalchemy import or_, select
from sqlalchemy.orm import Session, sessionmaker

from inbox_worker.casework.actions import CaseworkContext
from inbox_worker.clock import Clock
from inbox_worker.mailboxes.base import FetchedMessage, MailboxBackend
from inbox_worker.store.models import Message, MessageState, Original
from inbox_worker.worker.analysis import Analysis, MailReader, analyse, quarantined
from inbox_worker.worker.recording import RecordingContext, record_decision
from inbox_worker.worker.replies import case_replied_to, record_review_reply
from parsers.mail.mime import parse_headers, read_message_id
from routing.decide import decision_summary

log = logging.getLogger(__name__)
LONDON = ZoneInfo("Europe/London")
MESSAGE_ID_MAX = 998  # the store's column: RFC 5322's longest line


class Step(StrEnum):
    """What handling one fetched message did."""

    ROUTED = "routed"
    EXCEPTION = "exception"
    IGNORED = "ignored"
    REVIEW = "review"  # a reply to an outcome email asking for a review
    ALREADY_DONE = "already_done"
    RETRY_LATER = "retry_later"


@dataclass(frozen=True)
class Pipeline:
    sessions: sessionmaker[Session]
    context: RecordingContext
    clock: Clock
    reader: MailReader  # parses mail in reader processes with limits
    reference_prefix: str = "EH"
    max_message_bytes: int = 40 * 1024 * 1024
    max_attempts: int = 3
    casework: CaseworkContext | None = None  # None: replies are not read as review requests

    def handle(self, backend: MailboxBackend, fetched: FetchedMessage) -> Step:
        """Takes one fetched message as far as it can go; never raises for bad mail."""
        message_id, state = self._intake(backend.mailbox_id, fetched)
        step = Step.ALREADY_DONE
        if state is MessageState.RECEIVED:
            step = self._decide(message_id)
        if step is not Step.RETRY_LATER:
            self._file(backend, fetched, message_id)
        return step

    def refile_pending(self, backend: MailboxBackend, seen: set[str]) -> int:
        """Files decided messages that this pass did not see in the inbox: the worker
        died after moving them on the server and before recording it. Returns the count."""
        with self.sessions() as session:
            pending = list(session.scalars(select(Message).where(
                Message.mailbox == backend.mailbox_id, Message.state == MessageState.DECIDED)))
        stale = [m for m in pending if m.server_id not in seen]
        for message in stale:
            self._file(backend, FetchedMessage(message.server_id, message.uidvalidity, b""),
                       message.id)
        return len(stale)

    def _intake(self, mailbox: str, fetched: FetchedMessage) -> tuple[int, MessageState]:
        digest = hashlib.sha256(fetched.raw).hexdigest()
        with self.sessions.begin() as session:
            existing = _find(session, mailbox, fetched, digest)
            if existing is not None:
                return existing.id, existing.state
            message = self._new_message(session, mailbox, fetched, digest)
            return message.id, message.state

    def _new_message(
        self, session: Session, mailbox: str, fetched: FetchedMessage, digest: str
    ) -> Message:
        now = self.clock.now()
        if session.get(Original, digest) is None:
            session.add(Original(content_hash=digest, data=fetched.raw))
        message = Message(mailbox=mailbox, uidvalidity=fetched.uidvalidity,
                          server_id=fetched.server_id, content_hash=digest, size=len(fetched.raw),
                          header_message_id=read_message_id(fetched.raw)[:MESSAGE_ID_MAX],
                          received_at=now, state=MessageState.RECEIVED)
        session.add(message)
        session.flush()
        message.reference = f"{self.reference_prefix}-{now.year}-{message.id:06d}"
        return message

    def _decide(self, message_id: int) -> Step:
        try:
            with self.sessions.begin() as session:
                return self._decide_in(session, message_id)
        except Exception as err:  # one bad message must not stop the worker
            return self._count_failure(message_id, err)

    def _decide_in(self, session: Session, message_id: int) -> Step:
        message = session.get_one(Message, message_id)
        raw = session.get_one(Original, message.content_hash).data
        result = analyse(raw, self.context.policy, received_in=message.mailbox,
                         today=self._today(), max_bytes=self.max_message_bytes,
                         reader=self.reader)
        if self._review_reply(session, message, result):
            return Step.REVIEW
        decision = record_decision(session, message, result.decision, result.mail,
                                   self.context, self.clock.now())
        log.info("%s %s: %s", message.mailbox, message.reference, decision_summary(decision))
        return Step(decision.outcome.value)

    def _review_reply(self, session: Session, message: Message, result: Analysis) -> bool:
        if self.casework is None:
            return False
        case = case_replied_to(session, result)
        if case is None or not record_review_reply(session, message, case, result,
                                                    self.casework, self.clock.now()):
            return False
        log.info("%s %s: review requested for %s", message.mailbox, message.reference,
                 case.reference)
        return True

    def _count_failure(self, message_id: int, err: Exception) -> Step:
        with self.sessions.begin() as session:
            message = session.get_one(Message, message_id)
            message.attempts += 1
            message.last_error = type(err).__name__
            log.exception("%s %s: processing failed (attempt %d)", message.mailbox,
                          message.reference, message.attempts)
            if message.attempts < self.max_attempts:
                return Step.RETRY_LATER
            decision = quarantined(message.mailbox, message.attempts)
            raw = session.get_one(Original, message.content_hash).data
            record_decision(session, message, decision, parse_headers(raw), self.context,
                            self.clock.now())
            return Step.EXCEPTION

    def _file(self, backend: MailboxBackend, fetched: FetchedMessage, message_id: int) -> None:
        with self.sessions() as session:
            message = session.get_one(Message, message_id)
            folder, reference = message.file_to, message.reference
        if folder is None:
            return
        backend.file(fetched, folder)
        with self.sessions.begin() as session:
            session.get_one(Message, message_id).state = MessageState.FILED
        log.debug("%s %s filed in %s", backend.mailbox_id, reference, folder)

    def _today(self) -> dt.date:
        return self.clock.now().replace(tzinfo=dt.UTC).astimezone(LONDON).date()


def _find(session: Session, mailbox: str, fetched: FetchedMessage, digest: str) -> Message | None:
    """The same message seen before: by server id, or by content (a re-read after a
    UIDVALIDITY change, or an identical re-delivery)."""
    return session.scalars(select(Message).where(
        Message.mailbox == mailbox,
        or_((Message.uidvalidity == fetched.uidvalidity)
            & (Message.server_id == fetched.server_id),
            Message.content_hash == digest),
    )).first()

