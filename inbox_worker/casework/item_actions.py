"""What an admin does to a queue item besides routing or dismissing it (`casework.queue`):
correct a field of the form as read, close it as not for Early Help (signposted, or stepped
up to MASH / social care) with a reason, or reply to the sender from a template.

Each is one transaction with its audit entry (before and after) and any email. Emails go
to whom the worker chose to answer when it decided (`messages.answer_to`), threaded with
the sender's message; a person's action spends no answer budget. Deciding an item again
(reprocess) reads its files, so it is the worker's (`worker.pipeline`).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from inbox_worker.casework.audit import record_audit
from inbox_worker.casework.learning import CORRECTED, KEPT, fingerprint, learn
from inbox_worker.casework.queue import QueueError, ResolveContext, item_state, open_item
from inbox_worker.notify.compose import OutboundEmail, Sender
from inbox_worker.notify.outbox import queue
from inbox_worker.notify.queue_mail import (
    NotForEarlyHelp,
    admin_reply_email,
    not_for_early_help_email,
)
from inbox_worker.store.models import ExceptionItem, ExceptionStatus, FieldCorrection, Message
from routing.corrections import CONSENT_SEEN, Correction, checked

MAX_REASON = 500  # characters of a reason typed by an admin


def correct(
    sessions: sessionmaker[Session], reference: str, *, field: str, typed: str, actor: str,
    now: dt.datetime,
) -> Correction:
    """Records the correction and shows it in the form as read; CorrectionError (a
    ValueError) says what is wrong with the value. The item keeps its reasons until it is
    decided again."""
    with sessions.begin() as session:
        item = open_item(session, reference)
        form = dict(item.form or {})
        fix = checked(field, typed, people=len(form.get("people") or []),
                      today=now.date())
        before, read_from = _value_at(form, field)
        session.add(FieldCorrection(reference=reference, field=field, before=before,
                                    after=fix.value, read_from=read_from, actor=actor, at=now))
        learn(session, form, field, read_from, (before, fix.value), now)
        item.form = _with(form, fix, f"{CORRECTED}{actor}") | {KEPT: fingerprint(form)}
        record_audit(session, now=now, actor=actor, action="exception:correct",
                     reference=reference, before={"field": field, "value": before},
                     after={"field": field, "value": fix.value})
        return fix


def corrections_of(session: Session, reference: str) -> list[Correction]:
    """The item's corrections, oldest first (a later one of a field wins)."""
    rows = session.scalars(select(FieldCorrection).where(FieldCorrection.reference == reference)
                           .order_by(FieldCorrection.id))
    return [Correction(r.field, r.after) for r in rows]


def not_for_early_help(
    sessions: sessionmaker[Session], reference: str, where: NotForEarlyHelp, *, reason: str,
    actor: str, ctx: ResolveContext, now: dt.datetime,
) -> bool:
    """Closes the item without a case and tells the sender why; False when the sender
    cannot be told (no address to answer)."""
    reason = _reason(reason)
    with sessions.begin() as session:
        item = open_item(session, reference)
        before = item_state(item)
        item.status, item.closed_at, item.closed_by = ExceptionStatus.DISMISSED, now, actor
        item.resolution = f"{where.value}: {reason}"
        told = _tell(session, item, ctx, now, lambda to, thread, sender: not_for_early_help_email(
            reference, to, where, reason=reason, in_reply_to=thread, templates=ctx.templates,
            sender=sender, now=now))
        record_audit(session, now=now, actor=actor, action=f"exception:{where.value}",
                     reference=reference, before=before, after=item_state(item) | {
                         "sender_told": told})
        return told


def reply_to_sender(
    sessions: sessionmaker[Session], reference: str, reply: str, *, actor: str,
    ctx: ResolveContext, now: dt.datetime,
) -> None:
    """Sends the template reply; the item stays open for the sender's answer."""
    if reply not in ctx.templates.replies:
        raise QueueError("Choose one of the replies")
    with sessions.begin() as session:
        item = open_item(session, reference)
        if not _tell(session, item, ctx, now, lambda to, thread, sender: admin_reply_email(
                reference, to, reply, in_reply_to=thread, templates=ctx.templates,
                sender=sender, now=now)):
            raise QueueError("The sender has no address we can reply to")
        record_audit(session, now=now, actor=actor, action="exception:reply_sent",
                     reference=reference, after={"reply": reply})


def answer_address(sessions: sessionmaker[Session], reference: str) -> str | None:
    """Whom the item's emails go to, or None."""
    with sessions() as session:
        item = session.scalars(select(ExceptionItem).where(
            ExceptionItem.reference == reference)).first()
        return None if item is None else session.get_one(Message, item.message_id).answer_to


Compose = Callable[[str, str, Sender], OutboundEmail]  # (to, In-Reply-To, sender) -> email


def _tell(session: Session, item: ExceptionItem, ctx: ResolveContext, now: dt.datetime,
          compose: Compose) -> bool:
    message = session.get_one(Message, item.message_id)
    if not message.answer_to:
        return False
    sender = ctx.sender.for_mailbox(item.received_in).for_area(item.cluster)
    queue(session, compose(message.answer_to, message.header_message_id, sender), now)
    return True


def _reason(reason: str) -> str:
    reason = reason.strip()[:MAX_REASON]
    if not reason:
        raise QueueError("Enter the reason: the sender is told it")
    return reason


def _value_at(form: dict[str, Any], field: str) -> tuple[str, str]:
    """(the value as read, where it was read) of a field path."""
    part, key = _part(form, field)
    value = part.get(key)
    if key == "consent":
        value = "signed" if (value or {}).get("signed") else "not signed"
    return ("" if value is None else str(value)), str((part.get("source") or {}).get(key, ""))


def _with(form: dict[str, Any], fix: Correction, note: str) -> dict[str, Any]:
    """A copy of the form JSON with the corrected value and its source."""
    copy = {**form, "people": [dict(p) for p in form.get("people") or []],
            "address": dict(form.get("address") or {})}
    part, key = _part(copy, fix.field)
    part[key] = ({"signed": True, "date": (part.get("consent") or {}).get("date"),
                  "evidence": CONSENT_SEEN} if key == "consent" else fix.value)
    part["source"] = {**(part.get("source") or {}), key: note}
    return copy


def _part(form: dict[str, Any], field: str) -> tuple[dict[str, Any], str]:
    head, _, rest = field.partition(".")
    if head == "address":
        return form.setdefault("address", {}), rest
    index, _, key = rest.partition(".")
    return form["people"][int(index)], key
