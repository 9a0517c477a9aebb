"""The report's referrals read from the store (`frontdoor report`, `/figures`): each case
with its times, and the queue's items counted in the store by area, month of receipt,
reasons and flags, so 10,000 items are counted by the database, never loaded one by one.
A queue item whose message became a case is counted once, as the case."""

from __future__ import annotations

import datetime as dt
import json
from collections import defaultdict
from typing import Any

from sqlalchemy import ColumnElement, Row, Select, String, cast, func, select
from sqlalchemy.orm import Session, sessionmaker

from inbox_worker.casework.report.figures import UNKNOWN, Referral
from inbox_worker.store.models import Case, ExceptionItem, Message, Review, Screening


def load_referrals(
    sessions: sessionmaker[Session], start: dt.date | None, end: dt.date | None
) -> list[Referral]:
    """The referrals received from `start` to `end` (days, both included; None: open)."""
    with sessions() as session:
        reviews = _review_results(session)
        first = _first_outcomes(session)
        cases = [_from_case(row, reviews.get(row.id, ()), first.get(row.id, ""))
                 for row in session.execute(_cases(start, end))]
        month = _month_of(session.get_bind().dialect.name)
        items = [_counted(row) for row in session.execute(_items(start, end, month))]
    return items + cases


def _received(start: dt.date | None, end: dt.date | None) -> list[ColumnElement[bool]]:
    within = []
    if start is not None:
        within.append(Message.received_at >= dt.datetime.combine(start, dt.time()))
    if end is not None:
        within.append(Message.received_at < dt.datetime.combine(end + dt.timedelta(days=1),
                                                                dt.time()))
    return within


def _cases(start: dt.date | None, end: dt.date | None) -> Select[Any]:
    """The columns the report needs (never the form, only its level)."""
    return select(
        Case.id, Case.cluster, Case.flags, Case.priority, Case.screened_at, Case.meeting_date,
        Case.decided_at, Case.outcome_sent_at, Case.status, Message.received_at,
        Case.form["level_of_need"].as_integer().label("level"),
    ).join(Message, Message.id == Case.message_id).where(*_received(start, end))


Counted = Select[str | None, str, str, str, int]  # area, "YYYY-MM", reasons, flags, n


def _month_of(dialect: str) -> ColumnElement[str]:
    """The month of receipt as "YYYY-MM", in one call a row: SQLite's strftime (its
    `extract` is two strftime calls and two casts, a third of the query's time at 10,000
    items), PostgreSQL's to_char."""
    if dialect == "sqlite":
        return func.strftime("%Y-%m", Message.received_at)
    return func.to_char(Message.received_at, "YYYY-MM")


def _items(start: dt.date | None, end: dt.date | None, month: ColumnElement[str]) -> Counted:
    """Queue items not become cases, counted per area, month, reasons and flags (the JSON
    lists compared as their text, as the store wrote them)."""
    codes, flags = cast(ExceptionItem.reason_codes, String), cast(ExceptionItem.flags, String)
    return (select(ExceptionItem.cluster, month.label("month"), codes.label("codes"),
                   flags.label("flags"), func.count().label("n"))
            .join(Message, Message.id == ExceptionItem.message_id)
            .where(ExceptionItem.message_id.not_in(select(Case.message_id)),
                   *_received(start, end))
            .group_by(ExceptionItem.cluster, month, codes, flags))


def _counted(row: Row[str | None, str, str, str, int]) -> Referral:
    year, month = row.month.split("-")
    return Referral(row.cluster or UNKNOWN, dt.datetime(int(year), int(month), 1),
                    False, reasons=tuple(json.loads(row.codes)),
                    flags=tuple(json.loads(row.flags)), count=int(row.n))


def _review_results(session: Session) -> dict[int, tuple[str, ...]]:
    results: dict[int, list[str]] = defaultdict(list)
    for case_id, stage, result in session.execute(
            select(Review.case_id, Review.stage, Review.result).order_by(Review.id)):
        results[case_id].append(f"{stage}:{result or 'open'}")
    return {k: tuple(v) for k, v in results.items()}


def _first_outcomes(session: Session) -> dict[int, str]:
    """Each case's first decision at a stage without a meeting: its outcome's id (rows made
    before outcomes were kept: 'needed' or 'close')."""
    first: dict[int, str] = {}
    for case_id, outcome, needed in session.execute(select(
            Screening.case_id, Screening.outcome, Screening.resource_needed)
            .order_by(Screening.id)):
        first.setdefault(case_id, outcome or ("needed" if needed else "close"))
    return first


def _from_case(case: Row[Any], reviews: tuple[str, ...], first_outcome: str) -> Referral:
    return Referral(case.cluster, case.received_at, True, flags=tuple(case.flags),
                    step_down=case.priority == "step_down", screened_at=case.screened_at,
                    meeting_date=case.meeting_date, decided_at=case.decided_at,
                    outcome_sent_at=case.outcome_sent_at, review_results=reviews,
                    tier=case.level, first_outcome=first_outcome, status=case.status.value)
