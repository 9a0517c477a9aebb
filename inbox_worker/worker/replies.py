"""Replies to outcome emails: a lead professional who disagrees asks for a review by
replying. The reply is recognised by the case reference in its subject, from the
case's lead professional, after the outcome was sent, with no new form attached."""

from __future__ import annotations

import datetime as dt
import re

from sqlalchemy import select
from sqlalchemy.orm import Session

from inbox_worker.casework.actions import CaseworkContext, open_review
from inbox_worker.casework.outcomes import addressee
from inbox_worker.notify.casework_mail import review_received
from inbox_worker.notify.outbox import queue
from inbox_worker.store.models import Case, Message, MessageState
from inbox_worker.worker.analysis import Analysis
from inbox_worker.worker.answering import within_budget
from routing.casework import CaseworkError
from routing.decision import Outcome
from routing.recipient import from_address

_REFERENCE = re.compile(r"\b[A-Z]{1,8}-\d{4}-\d{6}\b")
# How much of the reply is kept as the grounds for review (the rest is quoted history).
GROUNDS_LIMIT = 4000


def case_replied_to(session: Session, result: Analysis) -> Case | None:
    """The case whose outcome this message answers, if it is a review request."""
    if result.decision.outcome is Outcome.IGNORED or result.extraction.forms:
        return None
    sender = from_address(result.mail)
    if not sender:
        return None
    for reference in _REFERENCE.findall(result.mail.subject):
        case = session.scalars(select(Case).where(Case.reference == reference)).first()
        if (case is not None and case.outcome_sent_at is not None
                and case.lead_professional_email.lower() == sender):
            return case
    return None


def record_review_reply(
    session: Session, message: Message, case: Case, result: Analysis, ctx: CaseworkContext,
    now: dt.datetime,
) -> bool:
    """Opens the review and answers the sender; False when no review can be opened."""
    try:
        stage = open_review(session, case, grounds=result.mail.text_body[:GROUNDS_LIMIT],
                            via="email_reply", actor=case.lead_professional_email, ctx=ctx,
                            now=now)
    except CaseworkError:
        return False
    message.state, message.outcome, message.file_to = MessageState.DECIDED, "review", "Reviews"
    message.header_message_id = result.mail.message_id
    if not within_budget(session, message, case.lead_professional_email.lower(), now):
        return True
    queue(session, review_received(addressee(ctx, case), stage=stage, words=ctx.pathway.words,
                                   templates=ctx.templates, sender=ctx.sender, now=now,
                                   in_reply_to=result.mail.message_id), now)
    return True
