"""Whom a message is answered at, within the answer budget (DESIGN.md, "Whom to answer").

Two layers keep us out of mail loops: `routing.automatic` recognises automatic mail,
which is never answered; and this budget, which no gap in that recognition can defeat: at
most `ANSWER_BUDGET` answers from us to one address in `ANSWER_WINDOW`. Past it, the
message is still decided and queued for an admin, not answered, and `frontdoor health`
counts it. Each message records whom it was answered at and what became of the answer.
"""

from __future__ import annotations

import datetime as dt
import logging

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from inbox_worker.store.models import AnswerStatus, Message
from parsers.mail.message import ParsedMail
from routing.decision import Decision, Outcome
from routing.policy import RoutingPolicy
from routing.recipient import whom_to_answer

log = logging.getLogger(__name__)

# A professional who sends three referrals in a day gets three acknowledgements; a robot
# that answers each of ours gets three and then silence (Znuny's default is 40 a day: a
# referral mailbox needs far fewer).
ANSWER_BUDGET = 3
ANSWER_WINDOW = dt.timedelta(hours=24)


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
    if answers_to(session, address, now, excluding=message.id) >= ANSWER_BUDGET:
        message.answer = AnswerStatus.OVER_BUDGET.value
        log.warning("%s %s: not answered, its sender had %d answers in 24 hours",
                    message.mailbox, message.reference, ANSWER_BUDGET)
        return False
    message.answer = AnswerStatus.QUEUED.value
    return True


def answers_to(session: Session, address: str, now: dt.datetime, *, excluding: int) -> int:
    """Answers queued to `address` in the window, other than to message `excluding`, as
    the store holds them: the caller has flushed every other message it recorded (the
    pipeline flushes each message's decision before the next), so the count is taken
    without flushing the objects of the message being recorded (a flush a message)."""
    query = select(func.count()).select_from(Message).where(
        Message.answer_to == address, Message.answer == AnswerStatus.QUEUED.value,
        Message.received_at >= now - ANSWER_WINDOW, Message.id != excluding)
    with session.no_autoflush:
        return int(session.scalar(query) or 0)
