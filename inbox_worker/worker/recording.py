"""Writes one decision to the store: case or exception, people, outbox, audit,
and the "to be filed" receipt, all in the caller's transaction; and whom it is answered at,
within the answer budget (DESIGN.md, "Whom to answer").

Two layers keep us out of mail loops: `routing.automatic` recognises automatic mail,
which is never answered; and the answer budget, which no gap in that recognition can
defeat: at most `ANSWER_BUDGET` answers from us to one address in `ANSWER_WINDOW`. Past it,
the message is still decided and queued for an admin, not answered, and `frontdoor health`
counts it. Each message records whom it was answered at and what became of the answer.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import logging
from collections import Counter
from collections.abc import Collection, Iterable
from dataclasses import dataclass, field, replace

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from inbox_worker.casework.audit import record_audit
from inbox_worker.notify.compose import Sender, acknowledgement, safeguarding_alert
from inbox_worker.notify.outbox import queue
from inbox_worker.notify.templates import Templates
from inbox_worker.store.database import hold
from inbox_worker.store.models import (
    AnswerStatus,
    Case,
    CaseStatus,
    ExceptionItem,
    ExceptionStatus,
    Message,
    MessageState,
    Person,
)
from inbox_worker.worker.analysis import quarantined
from parsers.form import Form
from parsers.form import Person as FormPerson
from parsers.mail.message import ParsedMail
from routing.decision import Decision, Flag, Outcome, ReasonCode
from routing.policy import RoutingPolicy
from routing.recipient import whom_to_answer

log = logging.getLogger(__name__)

# A second referral of the same child within this time is flagged as a possible duplicate.
DUPLICATE_WINDOW = dt.timedelta(days=30)
# A professional who sends three referrals in a day gets three acknowledgements; a robot
# that answers each of ours gets three and then silence (Znuny's default is 40 a day: a
# referral mailbox needs far fewer).
ANSWER_BUDGET = 3
ANSWER_WINDOW = dt.timedelta(hours=24)
LEDGER = "frontdoor.group_ledger"  # the session's GroupLedger, in `Session.info`


@dataclass(frozen=True)
class RecordingContext:
    policy: RoutingPolicy
    templates: Templates
    sender: Sender
    area_admins: dict[str, tuple[str, ...]]


@dataclass
class GroupLedger:
    """The answer budget and the earlier cases of a group recorded in one transaction
    (in the session's `info`): read in two queries when the group starts, then kept in
    memory, so a group needs no query or flush a message; what was not read then is read
    when first asked. A budget is read under its lock (`budget_lock`), held to the commit:
    two groups recorded at once (two mailboxes, two workers) cannot share one. The store
    is read without the group's own messages, which the ledger counts itself."""

    group: frozenset[int]  # the group's message ids
    now: dt.datetime
    answers: Counter[str] = field(default_factory=Counter)  # queued in the window
    cases: dict[str, set[int]] = field(default_factory=dict)  # fingerprint -> message ids

    @classmethod
    def read(cls, session: Session, group: Collection[int], now: dt.datetime, *,
             addresses: Iterable[str], fingerprints: Iterable[str]) -> GroupLedger:
        ledger = cls(frozenset(group), now)
        ledger._read_answers(session, set(addresses))
        ledger._read_cases(session, set(fingerprints))
        session.info[LEDGER] = ledger
        return ledger

    def answers_to(self, session: Session, address: str) -> int:
        if address not in self.answers:
            self._read_answers(session, {address})
        return self.answers[address]

    def answered(self, address: str) -> None:  # after `answers_to` asked of it
        self.answers[address] += 1

    def has_case(self, session: Session, fingerprint: str, *, excluding: int) -> bool:
        if fingerprint not in self.cases:
            self._read_cases(session, {fingerprint})
        return bool(self.cases[fingerprint] - {excluding})

    def add_case(self, fingerprint: str, message_id: int) -> None:
        self.cases.setdefault(fingerprint, set()).add(message_id)

    def _read_answers(self, session: Session, addresses: set[str]) -> None:
        if not addresses:
            return
        with session.no_autoflush:
            budget_lock(session, addresses)
            rows = session.execute(select(Message.answer_to, func.count()).where(
                Message.answer_to.in_(addresses), Message.answer == AnswerStatus.QUEUED.value,
                Message.received_at >= self.now - ANSWER_WINDOW,
                Message.id.not_in(self.group)).group_by(Message.answer_to))
            found = {str(address): int(n) for address, n in rows}
        for address in addresses:
            self.answers[address] = found.get(address, 0)

    def _read_cases(self, session: Session, fingerprints: set[str]) -> None:
        if not fingerprints:
            return
        with session.no_autoflush:
            rows = session.execute(select(Case.form_fingerprint, Case.message_id).where(
                Case.form_fingerprint.in_(fingerprints),
                Case.created_at >= self.now - DUPLICATE_WINDOW,
                Case.message_id.not_in(self.group)))
            for fingerprint, message_id in rows:
                self.add_case(fingerprint, message_id)
        for fingerprint in fingerprints:
            self.cases.setdefault(fingerprint, set())


def ledger_of(session: Session) -> GroupLedger | None:
    ledger = session.info.get(LEDGER)
    return ledger if isinstance(ledger, GroupLedger) else None


def folder_for(decision: Decision) -> str:
    """Where the message is filed on the server once decided."""
    if decision.outcome is Outcome.ROUTED:
        return "Processed"
    if decision.outcome is Outcome.IGNORED:
        return "Ignored"
    return f"Exceptions/{decision.reasons[0].code.value}" if decision.reasons else "Exceptions"


def record_decision(
    session: Session, message: Message, decision: Decision, mail: ParsedMail,
    ctx: RecordingContext, now: dt.datetime,
) -> Decision:
    """Stores the decision's consequences; returns it with any flag added here."""
    reference = message.reference or ""
    decision = _flag_duplicate(session, message, decision, now)
    if decision.outcome is Outcome.ROUTED:
        _add_case(session, message, decision, now)
    elif decision.outcome is Outcome.EXCEPTION:
        session.add(_exception(message, decision, now))
    message.state, message.outcome = MessageState.DECIDED, decision.outcome.value
    message.file_to = folder_for(decision)
    message.header_message_id = mail.message_id
    queue_emails(session, message, decision, mail, ctx, now)
    record_audit(session, now=now, actor="worker", action=f"decided:{decision.outcome.value}",
                 reference=reference, after=_audit_summary(decision))
    return decision


def _add_case(session: Session, message: Message, decision: Decision, now: dt.datetime) -> None:
    case = _case(message, decision, now)
    session.add(case)
    ledger = ledger_of(session)
    if ledger is not None:
        ledger.add_case(case.form_fingerprint, message.id)


def _case(message: Message, decision: Decision, now: dt.datetime) -> Case:
    assert decision.form is not None
    assert decision.cluster is not None
    form = decision.form
    return Case(
        reference=message.reference, message_id=message.id, cluster=decision.cluster,
        received_in=decision.received_in, status=CaseStatus.AWAITING_SCREENING,
        priority=decision.priority.value, flags=[f.value for f in decision.flags],
        form=form.to_json(), form_fingerprint=fingerprint(form),
        lead_professional_email=form.lead_professional.email, created_at=now,
        people=[_person(p) for p in form.people],
    )


def _person(person: FormPerson) -> Person:
    return Person(name=person.name, date_of_birth=person.date_of_birth, role=person.role.value,
                  relationship_to_child=person.relationship, consent_signed=person.consent.signed,
                  consent_date=person.consent.date)


def _exception(message: Message, decision: Decision, now: dt.datetime) -> ExceptionItem:
    return ExceptionItem(
        reference=message.reference, message_id=message.id, cluster=decision.cluster,
        received_in=decision.received_in,
        reason_codes=sorted({r.code.value for r in decision.reasons}),
        reasons=[str(r) for r in decision.reasons], flags=[f.value for f in decision.flags],
        priority=decision.priority.value,
        form=decision.form.to_json() if decision.form else None,
        status=ExceptionStatus.OPEN, created_at=now,
    )


def fingerprint(form: Form) -> str:
    """Same child (name, date of birth, postcode) gives the same fingerprint."""
    child = next((p for p in form.people if p.role.value == "child"), None)
    key = "|".join([
        (child.name if child else "").casefold().strip(),
        child.date_of_birth.isoformat() if child and child.date_of_birth else "",
        form.address.postcode or "",
    ])
    return hashlib.sha256(key.encode()).hexdigest()


def _flag_duplicate(
    session: Session, message: Message, decision: Decision, now: dt.datetime
) -> Decision:
    if decision.outcome is not Outcome.ROUTED or decision.form is None:
        return decision
    ledger = ledger_of(session)
    if ledger is not None:
        earlier = ledger.has_case(session, fingerprint(decision.form), excluding=message.id)
    else:
        earlier = session.scalars(select(Case.id).where(
            Case.form_fingerprint == fingerprint(decision.form), Case.message_id != message.id,
            Case.created_at >= now - DUPLICATE_WINDOW)).first() is not None
    if not earlier:
        return decision
    return replace(decision, flags=(*decision.flags, Flag.POSSIBLE_DUPLICATE))


def record_item_reply(
    session: Session, item: ExceptionItem, reply: Message, decision: Decision | None,
    mail: ParsedMail, ctx: RecordingContext, now: dt.datetime,
) -> None:
    """A reply to the item's acknowledgement, kept beside it. With `decision` (the item
    decided again with what the reply brought) the item becomes a case, or keeps its place
    in the queue with the new reasons; the sender is told either way."""
    reply.state, reply.outcome, reply.file_to = MessageState.DECIDED, "item_reply", "Replies"
    reply.replies_to, reply.header_message_id = item.reference, mail.message_id
    before = _item_state(item)
    if decision is not None:
        _decide_item_again(session, item, decision, now,
                           how=f"completed by reply {reply.reference}", by="worker")
        queue_emails(session, reply, decision, mail, ctx, now, reference=item.reference)
    record_audit(session, now=now, actor="worker", action="exception:reply",
                 reference=item.reference, before=before,
                 after=_item_state(item) | {"reply": reply.reference,
                                            "decided_again": decision is not None})


def record_item_again(
    session: Session, item: ExceptionItem, decision: Decision, mail: ParsedMail,
    ctx: RecordingContext, now: dt.datetime, *, actor: str,
) -> bool:
    """The item decided again by an admin (its files read again, their corrections
    applied). The sender is told when it is routed or its reasons changed; returns that."""
    before = _item_state(item)
    _decide_item_again(session, item, decision, now, how="routed when decided again",
                       by=actor)
    told = decision.outcome is Outcome.ROUTED or _item_state(item)["reasons"] != before[
        "reasons"]
    if told:
        queue_emails(session, session.get_one(Message, item.message_id), decision, mail, ctx,
                     now, reference=item.reference)
    record_audit(session, now=now, actor=actor, action="exception:reprocess",
                 reference=item.reference, before=before,
                 after=_item_state(item) | {"sender_told": told})
    return told


def _decide_item_again(
    session: Session, item: ExceptionItem, decision: Decision, now: dt.datetime, *, how: str,
    by: str,
) -> None:
    item.cluster, item.priority = decision.cluster, decision.priority.value
    item.flags = [f.value for f in decision.flags]
    item.form = decision.form.to_json() if decision.form else item.form
    if decision.outcome is Outcome.ROUTED:
        item.status, item.closed_at, item.closed_by = ExceptionStatus.RESOLVED, now, by
        item.resolution = how
        _add_case(session, session.get_one(Message, item.message_id), decision, now)
        return
    item.reason_codes = sorted({r.code.value for r in decision.reasons})
    item.reasons = [str(r) for r in decision.reasons]


def _item_state(item: ExceptionItem) -> dict[str, object]:
    return {"status": item.status.value, "cluster": item.cluster,
            "reasons": list(item.reason_codes)}


def quarantine(session: Session, message: Message, what: str, now: dt.datetime) -> None:
    """The message as a `processing_failed` exception, written from ids and a code only
    (nothing read from the message), so it cannot fail on the message's content."""
    decision = quarantined(message.mailbox, what)
    session.add(ExceptionItem(
        reference=message.reference, message_id=message.id, cluster=None,
        received_in=message.mailbox, reason_codes=[ReasonCode.PROCESSING_FAILED.value],
        reasons=[str(r) for r in decision.reasons], flags=[], priority=decision.priority.value,
        form=None, status=ExceptionStatus.OPEN, created_at=now))
    message.state, message.outcome = MessageState.DECIDED, decision.outcome.value
    message.file_to = folder_for(decision)
    record_audit(session, now=now, actor="worker", action="decided:exception",
                 reference=message.reference, after=_audit_summary(decision))


def queue_emails(
    session: Session, message: Message, decision: Decision, mail: ParsedMail,
    ctx: RecordingContext, now: dt.datetime, *, reference: str | None = None,
) -> None:
    """The acknowledgement of `message` (within the answer budget) and any safeguarding
    alert, about `reference` (default: the message's own). Replies go to the area's
    mailbox, or to the one the message came in by."""
    reference = reference or message.reference or ""
    area = ctx.policy.area(decision.cluster) if decision.cluster else None
    sender = ctx.sender.for_mailbox(decision.received_in).for_area(decision.cluster)
    recipient = answer_address(session, message, decision, mail, ctx.policy, now)
    ack = acknowledgement(decision, recipient, in_reply_to=mail.message_id,
                          reference=reference,
                          area_name=area.name if area else "the Early Help team",
                          templates=ctx.templates, sender=sender, now=now)
    if ack is not None:
        queue(session, ack, now)
    if decision.has_reason(ReasonCode.SAFEGUARDING_CONCERN):
        for admin in _alert_recipients(decision, ctx):
            queue(session, safeguarding_alert(decision, reference=reference, recipient=admin,
                                              templates=ctx.templates, sender=sender,
                                              now=now), now)


def _alert_recipients(decision: Decision, ctx: RecordingContext) -> tuple[str, ...]:
    """The area's admins, or every area's when the area is not known."""
    if decision.cluster and ctx.area_admins.get(decision.cluster):
        return ctx.area_admins[decision.cluster]
    return tuple(sorted({a for admins in ctx.area_admins.values() for a in admins}))


def _audit_summary(decision: Decision) -> dict[str, object]:
    """What the audit log keeps of a decision: codes, never personal data."""
    return {
        "outcome": decision.outcome.value, "cluster": decision.cluster,
        "received_in": decision.received_in,
        "reasons": sorted({r.code.value for r in decision.reasons}),
        "flags": [f.value for f in decision.flags], "priority": decision.priority.value,
    }


def answer_address(
    session: Session, message: Message, decision: Decision, mail: ParsedMail,
    policy: RoutingPolicy, now: dt.datetime,
) -> str | None:
    """The address to acknowledge this message at, or None; recorded on the message."""
    if decision.outcome is Outcome.IGNORED:
        message.answer = AnswerStatus.IGNORED.value
        return None
    answer = whom_to_answer(mail, policy)
    message.answer_to = answer.address
    if answer.address is None:
        message.answer = answer.withheld.value if answer.withheld else None
        return None
    return answer.address if within_budget(session, message, answer.address, now) else None


def within_budget(session: Session, message: Message, address: str, now: dt.datetime) -> bool:
    """True (and the answer counted) when the address has had fewer than the budget's
    answers in the window; else the message is marked over budget."""
    message.answer_to = address
    ledger = ledger_of(session)
    had = (ledger.answers_to(session, address) if ledger is not None
           else answers_to(session, address, now, excluding=message.id))
    if had >= ANSWER_BUDGET:
        message.answer = AnswerStatus.OVER_BUDGET.value
        log.warning("%s %s: not answered, its sender had %d answers in 24 hours",
                    message.mailbox, message.reference, ANSWER_BUDGET)
        return False
    message.answer = AnswerStatus.QUEUED.value
    if ledger is not None:
        ledger.answered(address)
    return True


def answers_to(session: Session, address: str, now: dt.datetime, *, excluding: int) -> int:
    """Answers queued to `address` in the window, other than to message `excluding`, as
    the store holds them under the address's lock: without a `GroupLedger` every other
    message recorded has been flushed, so this one's objects are not (a flush a message)."""
    query = select(func.count()).select_from(Message).where(
        Message.answer_to == address, Message.answer == AnswerStatus.QUEUED.value,
        Message.received_at >= now - ANSWER_WINDOW, Message.id != excluding)
    with session.no_autoflush:
        budget_lock(session, [address])
        return int(session.scalar(query) or 0)


def budget_lock(session: Session, addresses: Collection[str]) -> None:
    """The budgets of `addresses` held to the transaction's end (`store.database.hold`)."""
    hold(session, [f"answer_budget:{a}" for a in addresses])
