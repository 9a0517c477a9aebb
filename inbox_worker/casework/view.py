"""A read-only view of one case for `frontdoor case show` (and, later, the admin pages)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from inbox_worker.store.models import AllocationDecision, Case, Review, Screening


def case_view(sessions: sessionmaker[Session], reference: str) -> dict[str, Any] | None:
    with sessions() as session:
        case = session.scalars(select(Case).where(Case.reference == reference)).first()
        if case is None:
            return None
        return {
            "reference": case.reference, "cluster": case.cluster, "status": case.status.value,
            "stage": case.stage,
            "priority": case.priority, "flags": case.flags, "received": case.created_at,
            "meeting_date": case.meeting_date, "outcome_sent_at": case.outcome_sent_at,
            "screenings": [_row(s, ("stage", "outcome", "resource_needed", "close_reason",
                                    "screened_by", "screened_at"))
                           for s in _of(session, Screening, case.id)],
            "decisions": [_row(d, ("stage", "outcome", "meeting_date", "allocated",
                                   "allocation_type", "resource", "agency", "worker", "contact",
                                   "multi_agency", "notes", "recorded_by", "recorded_at"))
                          for d in _of(session, AllocationDecision, case.id)],
            "reviews": [_row(r, ("stage", "requested_at", "requested_via", "grounds", "result",
                                 "result_notes", "decided_by", "decided_at"))
                        for r in _of(session, Review, case.id)],
            "form": case.form,
        }


def _of(session: Session, model: Any, case_id: int) -> list[Any]:
    return list(session.scalars(select(model).where(model.case_id == case_id)
                                .order_by(model.id)))


def _row(obj: object, fields: tuple[str, ...]) -> dict[str, Any]:
    return {name: getattr(obj, name) for name in fields}


@dataclass(frozen=True)
class CaseSummary:
    """One line of a case list (`/cases`): no names, only what places it in the work."""

    reference: str
    cluster: str
    status: str
    priority: str
    received: dt.datetime
    meeting_date: dt.date | None
    open_review: bool
    stage: str | None = None  # the pathway stage (None: the first)


_SUMMARY = (Case.id, Case.reference, Case.cluster, Case.status, Case.priority, Case.created_at,
            Case.meeting_date, Case.stage)  # the columns only: never the form


def list_cases(sessions: sessionmaker[Session]) -> list[CaseSummary]:
    """Every case, oldest first, with whether a review is open."""
    with sessions() as session:
        reviewing = set(session.scalars(select(Review.case_id).where(Review.result.is_(None))))
        return [CaseSummary(c.reference, c.cluster, c.status.value, c.priority, c.created_at,
                            c.meeting_date, c.id in reviewing, c.stage)
                for c in session.execute(select(*_SUMMARY).order_by(Case.created_at, Case.id))]
