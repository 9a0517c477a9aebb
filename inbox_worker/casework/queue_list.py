"""The open exception queue as a page shows it: counts by area and reason, urgent items,
and one page of the rest oldest first, filtered and counted in the store (10,000 open
items must not be loaded to show 100). Rows carry no form: the list never shows one.

An item's area is its cluster or, before it has one, the area whose mailbox it came to
(`mailbox_areas`); an item of the secure mailbox with no cluster has none ("").
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Mapping
from dataclasses import dataclass

from sqlalchemy import ColumnElement, String, and_, cast, false, func, or_, select, true
from sqlalchemy.orm import Session, sessionmaker

from inbox_worker.casework.queue import QueueItem
from inbox_worker.store.models import ExceptionItem, ExceptionStatus

NO_AREA = ""  # the area of an item that has none yet
_LIST = (ExceptionItem.reference, ExceptionItem.cluster, ExceptionItem.received_in,
         ExceptionItem.reasons, ExceptionItem.flags, ExceptionItem.priority,
         ExceptionItem.status, ExceptionItem.created_at)


@dataclass(frozen=True)
class QueueQuery:
    mailbox_areas: Mapping[str, str]  # mailbox id -> area id
    visible: frozenset[str] | None  # the areas the person works in; None: all, and none
    area: str | None = None  # one area (NO_AREA: items with none); None: every visible
    reason: str = ""  # a reason code
    reference: str = ""  # all or part of a reference


@dataclass(frozen=True)
class QueuePage:
    counts: dict[str, Counter[str]]  # area -> reason code -> open items (visible ones)
    urgent: list[QueueItem]  # every matching urgent item, oldest first
    items: list[QueueItem]  # one page of the other matching items, oldest first
    total: int  # matching items that are not urgent


def queue_page(sessions: sessionmaker[Session], query: QueueQuery, *, offset: int,
               limit: int) -> QueuePage:
    seen = and_(ExceptionItem.status == ExceptionStatus.OPEN, _visible(query))
    matching = and_(seen, _filters(query))
    ordered = (ExceptionItem.created_at, ExceptionItem.id)
    with sessions() as session:
        counts = _counts(session, seen, query.mailbox_areas)
        urgent = _items(session, select(*_LIST).where(
            matching, ExceptionItem.priority == "urgent").order_by(*ordered))
        others = and_(matching, ExceptionItem.priority != "urgent")
        total = session.scalar(select(func.count()).select_from(ExceptionItem).where(others))
        page = _items(session, select(*_LIST).where(others).order_by(*ordered)
                      .offset(offset).limit(limit))
    return QueuePage(counts, urgent, page, total or 0)


def _visible(query: QueueQuery) -> ColumnElement[bool]:
    if query.visible is None:
        return true()
    return or_(false(), *(in_area(a, query.mailbox_areas) for a in sorted(query.visible)))


def _filters(query: QueueQuery) -> ColumnElement[bool]:
    clauses: list[ColumnElement[bool]] = []
    if query.area is not None:
        clauses.append(in_area(query.area, query.mailbox_areas))
    if query.reason:
        clauses.append(cast(ExceptionItem.reason_codes, String).like(f'%"{query.reason}"%'))
    if query.reference:
        clauses.append(func.upper(ExceptionItem.reference).contains(query.reference.upper(),
                                                                    autoescape=True))
    return and_(true(), *clauses)


def in_area(area: str, mailbox_areas: Mapping[str, str]) -> ColumnElement[bool]:
    """Items of that area (NO_AREA: items with no cluster from no area's mailbox)."""
    mailboxes = [m for m, a in mailbox_areas.items() if a == area]
    if area == NO_AREA:
        return and_(ExceptionItem.cluster.is_(None),
                    ExceptionItem.received_in.not_in(list(mailbox_areas)))
    return or_(ExceptionItem.cluster == area,
               and_(ExceptionItem.cluster.is_(None), ExceptionItem.received_in.in_(mailboxes)))


def _counts(session: Session, seen: ColumnElement[bool],
            mailbox_areas: Mapping[str, str]) -> dict[str, Counter[str]]:
    counts: dict[str, Counter[str]] = defaultdict(Counter)
    rows = session.execute(select(ExceptionItem.cluster, ExceptionItem.received_in,
                                  cast(ExceptionItem.reason_codes, String), func.count())
                           .where(seen).group_by(ExceptionItem.cluster,
                                                 ExceptionItem.received_in,
                                                 cast(ExceptionItem.reason_codes, String)))
    for cluster, received_in, codes, n in rows:
        area = cluster or mailbox_areas.get(received_in, NO_AREA)
        for code in _codes(codes):
            counts[area][code] += n
    return dict(counts)


def _codes(stored: str) -> list[str]:
    """The codes of a stored JSON list of codes (written by us: plain identifiers)."""
    return [c.strip().strip('"') for c in stored.strip("[]").split(",") if c.strip()]


def _items(session: Session, query: object) -> list[QueueItem]:
    return [QueueItem(r.reference, r.cluster, r.received_in, tuple(r.reasons), tuple(r.flags),
                      r.priority, r.status.value, r.created_at, None)
            for r in session.execute(query)]  # type: ignore[call-overload]
