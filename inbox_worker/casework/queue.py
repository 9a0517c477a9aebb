"""The exception queue: what admins list, read, resolve (route to a cluster) or dismiss.

Every action is written to the audit log with before and after. The emails' composition
and the outbox are imported by the action that queues one (`frontdoor queue list` and
`show` need neither).
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING, Any, Protocol

from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from inbox_worker.casework.audit import record_audit
from inbox_worker.casework.queue_items import QueueItem as QueueItem  # re-exported
from inbox_worker.casework.queue_items import urgent_first
from inbox_worker.store.models import (
    Case,
    CaseStatus,
    ExceptionItem,
    ExceptionStatus,
    Message,
    Person,
)
from routing.decision import Decision, Flag, Outcome
from routing.policy import RoutingPolicy

if TYPE_CHECKING:
    from inbox_worker.notify.compose import Sender
    from inbox_worker.notify.templates import Templates


class ResolveContext(Protocol):
    """What resolving an item needs: the worker's `RecordingContext` is one."""

    @property
    def policy(self) -> RoutingPolicy: ...
    @property
    def templates(self) -> Templates: ...
    @property
    def sender(self) -> Sender: ...


class QueueError(Exception):
    """The action cannot be done; the message says why."""


def list_items(
    sessions: sessionmaker[Session], *, cluster: str | None = None, include_closed: bool = False
) -> list[QueueItem]:
    """Open items (urgent first, then oldest first), optionally of one cluster."""
    query = select(ExceptionItem).order_by(ExceptionItem.created_at, ExceptionItem.id)
    if not include_closed:
        query = query.where(ExceptionItem.status == ExceptionStatus.OPEN)
    if cluster is not None:
        query = query.where(ExceptionItem.cluster == cluster)
    with sessions() as session:
        return urgent_first(_item(row) for row in session.scalars(query))


def show(sessions: sessionmaker[Session], reference: str) -> QueueItem:
    with sessions() as session:
        return _item(_get(session, reference))


def resolve(
    sessions: sessionmaker[Session], reference: str, *, cluster: str, actor: str,
    ctx: ResolveContext, now: dt.datetime,
) -> None:
    """Routes the item to `cluster` as a case and tells the referrer."""
    area = ctx.policy.area(cluster)
    if area is None:
        raise QueueError(f"no cluster with id '{cluster}'")
    with sessions.begin() as session:
        item = open_item(session, reference)
        before = item_state(item)
        item.status, item.closed_at, item.closed_by = ExceptionStatus.RESOLVED, now, actor
        item.resolution, item.cluster = f"routed to {cluster}", cluster
        session.add(_case_from(item, cluster, now))
        _acknowledge(session, item, area.name, ctx, now)
        record_audit(session, now=now, actor=actor, action="exception:resolve",
                     reference=reference, before=before, after=item_state(item))


def dismiss(
    sessions: sessionmaker[Session], reference: str, *, reason: str, actor: str,
    now: dt.datetime,
) -> None:
    """Closes the item without a case (e.g. answered by hand, not a referral)."""
    if not reason.strip():
        raise QueueError("a dismissal needs a reason")
    with sessions.begin() as session:
        item = open_item(session, reference)
        before = item_state(item)
        item.status, item.closed_at, item.closed_by = ExceptionStatus.DISMISSED, now, actor
        item.resolution = reason.strip()
        record_audit(session, now=now, actor=actor, action="exception:dismiss",
                     reference=reference, before=before, after=item_state(item))


def _get(session: Session, reference: str) -> ExceptionItem:
    query = select(ExceptionItem).where(ExceptionItem.reference == reference)
    item = session.scalars(query).first()
    if item is None:
        raise QueueError(f"no exception with reference {reference}")
    return item


def open_item(session: Session, reference: str) -> ExceptionItem:
    item = _get(session, reference)
    if item.status is not ExceptionStatus.OPEN:
        raise QueueError(f"{reference} is already {item.status.value}")
    return item


def _case_from(item: ExceptionItem, cluster: str, now: dt.datetime) -> Case:
    form = item.form or {}
    return Case(
        reference=item.reference, message_id=item.message_id, cluster=cluster,
        received_in=item.received_in, status=CaseStatus.AWAITING_SCREENING,
        priority=item.priority, flags=list(item.flags), form=form, form_fingerprint="",
        lead_professional_email=(form.get("lead_professional") or {}).get("email", ""),
        created_at=now, people=[_person(p) for p in form.get("people", [])],
    )


def _person(person: dict[str, Any]) -> Person:
    consent = person.get("consent") or {}
    return Person(name=person.get("name", ""), date_of_birth=_date(person.get("date_of_birth")),
                  role=person.get("role", "child"),
                  relationship_to_child=person.get("relationship", ""),
                  consent_signed=bool(consent.get("signed")),
                  consent_date=_date(consent.get("date")))


def _date(value: str | None) -> dt.date | None:
    return dt.date.fromisoformat(value) if value else None


def _acknowledge(
    session: Session, item: ExceptionItem, area_name: str, ctx: ResolveContext,
    now: dt.datetime,
) -> None:
    from inbox_worker.notify.compose import acknowledgement
    from inbox_worker.notify.outbox import queue

    message = session.get_one(Message, item.message_id)
    decision = Decision(Outcome.ROUTED, item.received_in, cluster=item.cluster,
                        flags=tuple(Flag(f) for f in item.flags))
    # Whom the worker chose to answer when it decided (a person's action: no budget).
    email = acknowledgement(decision, message.answer_to,
                            in_reply_to=message.header_message_id, reference=item.reference,
                            area_name=area_name, templates=ctx.templates,
                            sender=ctx.sender.for_area(item.cluster),
                            now=now)
    if email is not None:
        queue(session, email, now)


def item_state(item: ExceptionItem) -> dict[str, Any]:
    return {"status": item.status.value, "cluster": item.cluster, "resolution": item.resolution}


def _item(row: ExceptionItem) -> QueueItem:
    return QueueItem(row.reference, row.cluster, row.received_in, tuple(row.reasons),
                     tuple(row.flags), row.priority, row.status.value, row.created_at, row.form)
