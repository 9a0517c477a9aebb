"""Replies to our emails, recognised by the reference in their subject.

- To an outcome email: a lead professional who disagrees asks for a review by replying.
  From the case's lead professional, after the outcome was sent, with no new form attached.
- To an exception acknowledgement: the sender brings what was missing (a signed form, the
  missing page). From the address we answered, or the form's lead professional, while the
  item is open. The reply is kept beside the item; when it brings files, the original and
  the reply are read together and the item decided again.
"""

from __future__ import annotations

import datetime as dt
import re

from sqlalchemy import select
from sqlalchemy.orm import Session

from inbox_worker.casework.actions import CaseworkContext, open_review
from inbox_worker.casework.outcomes import addressee
from inbox_worker.notify.casework_mail import review_received
from inbox_worker.notify.outbox import queue
from inbox_worker.store.models import Case, ExceptionItem, ExceptionStatus, Message, MessageState
from inbox_worker.worker.analysis import Analysis
from inbox_worker.worker.recording import within_budget
from parsers.results import MailExtraction
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
                                   templates=ctx.templates,
                                   sender=ctx.sender.for_area(case.cluster), now=now,
                                   in_reply_to=result.mail.message_id), now)
    return True


def item_replied_to(session: Session, result: Analysis) -> ExceptionItem | None:
    """The open queue item whose acknowledgement this message answers, if any."""
    sender = from_address(result.mail)
    if result.decision.outcome is Outcome.IGNORED or not sender:
        return None
    for reference in _REFERENCE.findall(result.mail.subject):
        item = session.scalars(select(ExceptionItem).where(
            ExceptionItem.reference == reference,
            ExceptionItem.status == ExceptionStatus.OPEN)).first()
        if item is not None and sender in _answered(session, item):
            return item
    return None


def _answered(session: Session, item: ExceptionItem) -> set[str]:
    """Who may bring what the item lacks: whom we answered, the form's lead professional."""
    answered = session.get_one(Message, item.message_id).answer_to or ""
    lead = ((item.form or {}).get("lead_professional") or {}).get("email") or ""
    return {a.lower() for a in (answered, lead) if a}


def brings_files(extraction: MailExtraction) -> bool:
    """Whether the reply carries something to read again (a form, a plan, any file)."""
    return bool(extraction.forms or extraction.documents or extraction.unreadable)


def read_together(original: MailExtraction, reply: MailExtraction) -> MailExtraction:
    """The item's files and the reply's, read as one referral: the reply's forms first (a
    form sent again replaces the first), every document kept; a file the original could
    not read stays unread only if the reply brought nothing readable in its place."""
    readable = bool(reply.forms or reply.documents)
    return MailExtraction(
        forms=reply.forms + original.forms,
        documents=original.documents + reply.documents,
        unreadable=reply.unreadable + (() if readable else original.unreadable))
