"""The flow of one message: intake (store first), analyse, record, file.

Crash safety: each step commits before the next starts, and each is idempotent
given the message's state, so a restart at any point ends in the same state:
  RECEIVED  -> analyse and record again (nothing was written)
  DECIDED   -> file again (filing is idempotent)
  FILED     -> nothing to do (if it reappears in the inbox, it is filed again)
Intake stores the bytes and the server's ids only, so no content can make it fail.
An unexpected error on one message rolls its transaction back and counts an attempt;
after `max_attempts` the message is quarantined in the exception queue. Where counting or
quarantining fails too, a last quarantine in a transaction of its own writes ids and a
code only: every message ends decided or quarantined, and the next one is read. Errors
are logged with the message's reference and the error's type, never its text (which may
quote the message or a statement's parameters).
"""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from enum import StrEnum
from typing import TypeVar
from zoneinfo import ZoneInfo

from sqlalchemy import select, update
from sqlalchemy.orm import Session, sessionmaker

from inbox_worker.casework.actions import CaseworkContext
from inbox_worker.casework.item_actions import corrections_of
from inbox_worker.casework.learning import read_by_rules
from inbox_worker.casework.queue import open_item
from inbox_worker.clock import Clock
from inbox_worker.mailboxes.base import FetchedMessage, FilesMany, MailboxBackend, MailboxError
from inbox_worker.store.models import ExceptionItem, Message, MessageState, Original
from inbox_worker.worker.analysis import Analysis, MailReader, analyse
from inbox_worker.worker.boundary import trace
from inbox_worker.worker.intake import Taken, take_in
from inbox_worker.worker.recording import (
    GroupLedger,
    RecordingContext,
    fingerprint,
    quarantine,
    record_decision,
    record_item_again,
    record_item_reply,
)
from inbox_worker.worker.replies import (
    brings_files,
    case_replied_to,
    item_replied_to,
    read_together,
    record_review_reply,
)
from parsers.mail.message import ParsedMail
from parsers.results import MailExtraction
from routing.corrections import Correction, corrected
from routing.decide import decide, decision_summary
from routing.decision import Decision, Outcome
from routing.learned import held_back
from routing.recipient import whom_to_answer

log = logging.getLogger(__name__)
LONDON = ZoneInfo("Europe/London")
T = TypeVar("T")


class Step(StrEnum):
    """What handling one fetched message did."""

    ROUTED = "routed"
    EXCEPTION = "exception"
    IGNORED = "ignored"
    REVIEW = "review"  # a reply to an outcome email asking for a review
    ITEM_REPLY = "item_reply"  # a reply to a queue item's acknowledgement
    ALREADY_DONE = "already_done"
    RETRY_LATER = "retry_later"


class Stage(StrEnum):
    """Which part of handling a message failed (in `processing_failed` and last_error)."""

    READING = "reading"  # parsing, reading the files, making safe, deciding
    RECORDING = "recording"  # writing the decision, its emails and the audit entry
    DECIDING = "deciding"  # anything else between intake and filing


class StageError(Exception):
    """An unexpected error in one stage; the error itself is the __cause__."""

    def __init__(self, stage: Stage) -> None:
        super().__init__(stage.value)
        self.stage = stage


def at_stage(stage: Stage, step: Callable[[], T]) -> T:
    try:
        return step()
    except Exception as err:
        raise StageError(stage) from err


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
        """Takes one fetched message as far as it can go; never raises for bad mail. The
        drain (`worker/runner.py`, `drain_inbox`) runs the same steps over groups."""
        (taken,) = self.take_in(backend.mailbox_id, [fetched])
        step = Step.ALREADY_DONE
        if taken.undecided:
            (step,) = self.record_read([(taken.message_id, self.read(taken))])
        if step is not Step.RETRY_LATER:
            self.file_all(backend, [taken])
        return step

    def take_in(self, mailbox: str, batch: Sequence[FetchedMessage]) -> list[Taken]:
        """Intake of each message (its bytes and the server's ids, committed before
        anything else happens to it), in one transaction; a message seen twice in the
        batch is to be decided once (`worker/intake.py`)."""
        with self.sessions.begin() as session:
            return take_in(session, mailbox, batch, self.clock.now(), self.reference_prefix)

    def read(self, taken: Taken) -> Analysis | StageError:
        """The message read and decided, without writing anything (safe from any thread);
        an unexpected error is returned, to be counted when the message is recorded."""
        try:
            return at_stage(Stage.READING, lambda: analyse(
                taken.fetched.raw, self.context.policy, received_in=taken.mailbox,
                today=self._today(), max_bytes=self.max_message_bytes, reader=self.reader))
        except StageError as err:
            return err

    def record_read(self, reads: Sequence[tuple[int, Analysis | StageError]]) -> list[Step]:
        """Records what was read of several messages in one transaction (one commit for
        all). If any fails, that transaction is rolled back and each message is recorded
        in one of its own, so a failure counts against its own message only."""
        steps = {i: self._failed(i, r) for i, r in reads if isinstance(r, StageError)}
        analysed = [(i, r) for i, r in reads if isinstance(r, Analysis)]
        try:
            with self.sessions.begin() as session:
                self._ledger(session, analysed)  # first: the budgets' locks, then the reads
                loaded = _load_messages(session, [i for i, _ in analysed])
                steps |= {i: self._record_in(session, i, r, flush=False) for i, r in analysed}
                del loaded
        except Exception:
            steps |= {i: self._record_alone(i, r) for i, r in analysed}
        return [steps[i] for i, _ in reads]

    def _ledger(self, session: Session, analysed: list[tuple[int, Analysis]]) -> None:
        """The group's answer budget (under its addresses' locks, held to the commit) and
        earlier cases, read once (`GroupLedger`): the group's messages are then recorded
        without a query or a flush each; a write the store refuses fails the group at its
        commit, and each message is recorded alone."""
        addresses = [whom_to_answer(r.mail, self.context.policy).address for _, r in analysed]
        GroupLedger.read(session, [i for i, _ in analysed], self.clock.now(),
                         addresses=[a for a in addresses if a],
                         fingerprints=[fingerprint(r.decision.form) for _, r in analysed
                                       if r.decision.form is not None
                                       and r.decision.outcome is Outcome.ROUTED])

    def _record_alone(self, message_id: int, result: Analysis) -> Step:
        try:
            with self.sessions.begin() as session:
                return self._record_in(session, message_id, result, flush=True)
        except Exception as err:  # one bad message must not stop the worker
            return self._failed(message_id, err)

    def _record_in(self, session: Session, message_id: int, result: Analysis, *,
                   flush: bool) -> Step:
        """Recorded; with `flush`, flushed too, so that a write the store refuses fails
        here, in the recording stage of this message."""
        message = session.get_one(Message, message_id)
        if message.state is not MessageState.RECEIVED:
            return Step.ALREADY_DONE  # decided since it was read (a copy earlier in the drain)

        def record() -> Step:
            step = self._record(session, message, result)
            if flush:
                session.flush()
            return step

        return at_stage(Stage.RECORDING, record)

    def _record(self, session: Session, message: Message, result: Analysis) -> Step:
        if self._review_reply(session, message, result):
            return Step.REVIEW
        item = item_replied_to(session, result)
        if item is not None:
            self._item_reply(session, message, item, result)
            return Step.ITEM_REPLY
        decision = self._learned(session, result.mail, result.extraction, message.mailbox,
                                 result.decision)
        decision = record_decision(session, message, decision, result.mail,
                                   self.context, self.clock.now())
        log.info("%s %s: %s", message.mailbox, message.reference, decision_summary(decision))
        return Step(decision.outcome.value)

    def _learned(self, session: Session, mail: ParsedMail, extraction: MailExtraction,
                 received_in: str, decision: Decision) -> Decision:
        """The decision on the form as read with the learned rules of its layout; held in
        the queue when a rule distrusts a reading it cannot read (`routing.learned`)."""
        if not extraction.forms:
            return decision
        learned = read_by_rules(session, extraction.forms[0])
        if learned.read:
            extraction = replace(extraction, forms=(learned.form, *extraction.forms[1:]))
            decision = decide(mail, extraction, self.context.policy, received_in=received_in,
                              today=self._today())
        return held_back(decision, list(learned.doubts))

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

    def _item_reply(
        self, session: Session, message: Message, item: ExceptionItem, result: Analysis
    ) -> None:
        decision = self._decide_again(session, item, result) if brings_files(
            result.extraction) else None
        record_item_reply(session, item, message, decision, result.mail, self.context,
                          self.clock.now())
        log.info("%s %s: a reply to %s%s", message.mailbox, message.reference, item.reference,
                 f", decided again: {decision_summary(decision)}" if decision else "")

    def _decide_again(self, session: Session, item: ExceptionItem, reply: Analysis) -> Decision:
        """The item's original and the reply read together, as if they had come as one."""
        first = self._read(session, session.get_one(Message, item.message_id))
        return self._decide_read(session, first.mail,
                                 read_together(first.extraction, reply.extraction), item,
                                 corrections_of(session, item.reference))

    def reprocess(self, reference: str, *, actor: str) -> tuple[Decision, bool]:
        """An admin's "decide again": the item's original and every reply to it read again,
        the admin's corrections applied, decided and recorded. Returns the decision and
        whether the sender is told. QueueError when the item is not open."""
        with self.sessions.begin() as session:
            item = open_item(session, reference)
            original = session.get_one(Message, item.message_id)
            first = self._read(session, original)
            extraction = first.extraction
            for reply in session.scalars(select(Message).where(Message.replies_to == reference)
                                         .order_by(Message.id)):
                extraction = read_together(extraction, self._read(session, reply).extraction)
            decision = self._decide_read(session, first.mail, extraction, item,
                                         corrections_of(session, reference))
            told = record_item_again(session, item, decision, first.mail, self.context,
                                     self.clock.now(), actor=actor)
        log.info("%s decided again by an admin: %s", reference, decision_summary(decision))
        return decision, told

    def _read(self, session: Session, message: Message) -> Analysis:
        return analyse(session.get_one(Original, message.content_hash).data,
                       self.context.policy, received_in=message.mailbox, today=self._today(),
                       max_bytes=self.max_message_bytes, reader=self.reader)

    def _decide_read(self, session: Session, mail: ParsedMail, extraction: MailExtraction,
                     item: ExceptionItem, corrections: list[Correction]) -> Decision:
        """Decided as read with the learned rules, then the admin's corrections (which win)."""
        doubts = []
        if extraction.forms:
            learned = read_by_rules(session, extraction.forms[0])
            fixed = {c.field for c in corrections}
            doubts = [d for d in learned.doubts if d.field not in fixed]
            forms = (corrected(learned.form, corrections), *extraction.forms[1:])
            extraction = replace(extraction, forms=forms)
        return held_back(decide(mail, extraction, self.context.policy,
                                received_in=item.received_in, today=self._today()), doubts)

    def _failed(self, message_id: int, err: Exception) -> Step:
        """Counts the failure, and quarantines the message on the last attempt; if that
        fails too, quarantines it at once with what failed."""
        stage = err.stage if isinstance(err, StageError) else Stage.DECIDING
        cause = err.__cause__ if isinstance(err, StageError) and err.__cause__ else err
        try:
            return self._count_failure(message_id, stage, cause)
        except Exception as second:
            log.error("message %d: counting its failure failed: %s", message_id, trace(second))
            return self._last_quarantine(message_id, f"{stage} failed ({type(cause).__name__}), "
                                         f"then counting it failed ({type(second).__name__})")

    def _count_failure(self, message_id: int, stage: Stage, err: BaseException) -> Step:
        with self.sessions.begin() as session:
            message = session.get_one(Message, message_id)
            message.attempts += 1
            message.last_error = f"{stage}: {type(err).__name__}"
            log.error("%s %s: %s failed (attempt %d): %s", message.mailbox, message.reference,
                      stage, message.attempts, trace(err))
            if message.attempts < self.max_attempts:
                return Step.RETRY_LATER
            quarantine(session, message, f"{stage} failed {message.attempts} times "
                       f"({type(err).__name__})", self.clock.now())
            return Step.EXCEPTION

    def _last_quarantine(self, message_id: int, what: str) -> Step:
        """Quarantine in a transaction of its own; when even that fails (the store is
        down), the message stays stored and undecided and is tried on the next pass."""
        try:
            with self.sessions.begin() as session:
                message = session.get_one(Message, message_id)
                if message.state is MessageState.RECEIVED:
                    quarantine(session, message, what, self.clock.now())
            return Step.EXCEPTION
        except Exception as err:
            log.error("message %d: quarantine failed: %s", message_id, trace(err))
            return Step.RETRY_LATER

    def file_all(self, backend: MailboxBackend, taken: Sequence[Taken]) -> None:
        """Files each decided message on the server, then marks those filed in one
        transaction. An unexpected error on one is logged and it is filed on a later pass
        (it is decided), so the next is filed. A mailbox error stops the filing: the
        connection or the server is at fault, not the message."""
        with self.sessions() as session:
            folders = {row.id: row.file_to for row in session.execute(select(
                Message.id, Message.file_to).where(Message.id.in_(t.message_id for t in taken)))}
        by_folder: dict[str, list[Taken]] = {}
        for one in taken:
            if folders.get(one.message_id) is not None:
                by_folder.setdefault(folders[one.message_id], []).append(one)
        filed: list[int] = []
        try:
            for folder, group in by_folder.items():
                filed += self._file(backend, group, folder)
        finally:
            self._mark_filed(filed)

    def _file(self, backend: MailboxBackend, group: list[Taken], folder: str) -> list[int]:
        """The ids of those of `group` filed in `folder`: all at once where the backend can."""
        batches = [group] if isinstance(backend, FilesMany) else [[t] for t in group]
        return [t.message_id for batch in batches if self._filed(backend, batch, folder)
                for t in batch]

    def _filed(self, backend: MailboxBackend, batch: list[Taken], folder: str) -> bool:
        try:
            if isinstance(backend, FilesMany):
                backend.file_many([t.fetched for t in batch], folder)
            else:
                backend.file(batch[0].fetched, folder)
        except MailboxError:
            raise
        except Exception as err:
            log.error("%s messages %s: filing failed, to be tried again: %s", backend.mailbox_id,
                      ",".join(str(t.message_id) for t in batch), trace(err))
            return False
        return True

    def _mark_filed(self, filed: list[int]) -> None:
        if filed:
            with self.sessions.begin() as session:
                session.execute(update(Message).where(Message.id.in_(filed))
                                .values(state=MessageState.FILED))

    def _today(self) -> dt.date:
        return self.clock.now().replace(tzinfo=dt.UTC).astimezone(LONDON).date()


def _load_messages(session: Session, ids: list[int]) -> list[Message]:
    """The group's messages into the session in one query: while the caller holds them
    (the session keeps unchanged objects only weakly), `get_one` finds each without
    another query."""
    return list(session.scalars(select(Message).where(Message.id.in_(ids)))) if ids else []
