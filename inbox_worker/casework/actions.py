"""Casework actions on the store: screening, meeting decisions, outcome emails, reviews.

Each action checks the pure rules in `routing.casework`, changes the case in one
transaction, writes the audit log, and queues any email in the outbox.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from inbox_worker.casework.audit import record_audit
from inbox_worker.casework.schedule import calendar_for, london
from inbox_worker.notify.casework_mail import (
    CaseMail,
    outcome_email,
    review_email,
    review_request_notice,
)
from inbox_worker.notify.compose import Sender
from inbox_worker.notify.outbox import queue
from inbox_worker.notify.templates import Templates
from inbox_worker.settings import Settings
from inbox_worker.store.models import AllocationDecision, Case, Review, Screening
from routing import casework as rules
from routing.casework import Allocation, CaseworkError, ReviewResult, ReviewStage
from routing.decision import Priority


@dataclass(frozen=True)
class CaseworkContext:
    settings: Settings
    templates: Templates
    sender: Sender


def screen(
    sessions: sessionmaker[Session], reference: str, *, resource_needed: bool,
    close_reason: str | None, actor: str, ctx: CaseworkContext, now: dt.datetime,
) -> Case:
    """Records screening: closes the case (referrer told why) or puts it on a meeting."""
    if not resource_needed and not (close_reason or "").strip():
        raise CaseworkError("closing at screening needs a reason for the lead professional")
    with sessions.begin() as session:
        case = _case(session, reference)
        rules.check_can_screen(case.status)
        before = _state(case)
        session.add(Screening(case_id=case.id, resource_needed=resource_needed,
                              close_reason=close_reason, screened_by=actor, screened_at=now))
        case.status = rules.status_after_screening(resource_needed=resource_needed)
        case.screened_at = now
        if resource_needed:
            case.meeting_date = calendar_for(ctx.settings, case.cluster).meeting_for_screening(
                london(now)).date
        else:
            case.decided_at = now
            _queue_outcome(session, case, ctx, now, CaseMail.closed(close_reason or ""))
        record_audit(session, now=now, actor=actor, action="case:screen", reference=reference,
                     before=before, after=_state(case))
        return case


def allocate(
    sessions: sessionmaker[Session], reference: str, allocation: Allocation, *, actor: str,
    ctx: CaseworkContext, now: dt.datetime,
) -> Case:
    """Records the meeting's decision (or the step-down fast track) and emails the outcome."""
    with sessions.begin() as session:
        case = _case(session, reference)
        step_down = case.priority == Priority.STEP_DOWN.value
        rules.check_can_allocate(case.status, step_down=step_down,
                                 meeting_date=case.meeting_date, today=london(now).date())
        before = _state(case)
        fast_track = step_down and (case.meeting_date is None or case.meeting_date > london(
            now).date())
        session.add(AllocationDecision(
            case_id=case.id, meeting_date=None if fast_track else case.meeting_date,
            allocated=allocation.allocated, resource=allocation.resource,
            agency=allocation.agency, worker=allocation.worker,
            multi_agency=allocation.multi_agency, notes=allocation.notes,
            recorded_by=actor, recorded_at=now))
        case.status = rules.status_after_decision(allocated=allocation.allocated)
        case.decided_at = now
        _queue_outcome(session, case, ctx, now, CaseMail.allocated(allocation))
        record_audit(session, now=now, actor=actor, action="case:allocate", reference=reference,
                     before=before, after=_state(case) | {"fast_track": fast_track})
        return case


def request_review(
    sessions: sessionmaker[Session], reference: str, *, grounds: str, via: str, actor: str,
    ctx: CaseworkContext, now: dt.datetime,
) -> ReviewStage:
    """Opens the next review stage (Family Centre Manager, then Service Manager)."""
    with sessions.begin() as session:
        return open_review(session, _case(session, reference), grounds=grounds, via=via,
                           actor=actor, ctx=ctx, now=now)


def open_review(
    session: Session, case: Case, *, grounds: str, via: str, actor: str, ctx: CaseworkContext,
    now: dt.datetime,
) -> ReviewStage:
    """Within the caller's transaction: the review row, the reviewer told, the audit entry."""
    reviews = _reviews(session, case.id)
    stage = rules.next_review_stage(
        case.status, tuple(ReviewStage(r.stage) for r in reviews if r.result),
        open_review=any(r.result is None for r in reviews))
    session.add(Review(case_id=case.id, stage=stage.value, requested_at=now,
                       requested_via=via, grounds=grounds))
    reviewer = _reviewer(ctx, case.cluster, stage)
    if reviewer:
        queue(session, review_request_notice(case.reference, reviewer, stage=stage, via=via,
                                             templates=ctx.templates, sender=ctx.sender,
                                             now=now), now)
    record_audit(session, now=now, actor=actor, action="case:review_requested",
                 reference=case.reference, after={"stage": stage.value, "via": via})
    return stage


def _reviewer(ctx: CaseworkContext, area_id: str, stage: ReviewStage) -> str:
    if stage is ReviewStage.SERVICE_MANAGER:
        return ctx.settings.service_manager
    return next((a.family_centre_manager for a in ctx.settings.areas if a.id == area_id), "")


def decide_review(
    sessions: sessionmaker[Session], reference: str, *, result: ReviewResult, notes: str,
    allocation: Allocation | None, actor: str, ctx: CaseworkContext, now: dt.datetime,
) -> Review:
    """Records the open review's result; a changed decision replaces the allocation."""
    with sessions.begin() as session:
        case = _case(session, reference)
        review = next((r for r in _reviews(session, case.id) if r.result is None), None)
        if review is None:
            raise CaseworkError(f"{reference} has no open review")
        if result is ReviewResult.CHANGED and allocation is None:
            raise CaseworkError("a changed decision needs the new allocation")
        before = _state(case)
        review.result, review.result_notes = result.value, notes
        review.decided_by, review.decided_at = actor, now
        if allocation is not None and result is ReviewResult.CHANGED:
            _replace_allocation(session, case, allocation, actor, now)
        session.flush()
        _queue_review_outcome(session, case, review, ctx, now)
        record_audit(session, now=now, actor=actor, action="case:review_decided",
                     reference=reference, before=before,
                     after=_state(case) | {"stage": review.stage, "result": result.value})
        return review


def _replace_allocation(
    session: Session, case: Case, allocation: Allocation, actor: str, now: dt.datetime
) -> None:
    session.add(AllocationDecision(
        case_id=case.id, meeting_date=case.meeting_date, allocated=allocation.allocated,
        resource=allocation.resource, agency=allocation.agency, worker=allocation.worker,
        multi_agency=allocation.multi_agency, notes=f"on review: {allocation.notes}".strip(),
        recorded_by=actor, recorded_at=now))
    case.status = rules.status_after_decision(allocated=allocation.allocated)


def _queue_outcome(
    session: Session, case: Case, ctx: CaseworkContext, now: dt.datetime, mail: CaseMail
) -> None:
    if case.lead_professional_email:
        email = outcome_email(case.reference, case.lead_professional_email, mail,
                              area_name=_area_name(ctx, case.cluster), templates=ctx.templates,
                              sender=ctx.sender, now=now)
        queue(session, email, now)
        case.outcome_sent_at = now


def _queue_review_outcome(
    session: Session, case: Case, review: Review, ctx: CaseworkContext, now: dt.datetime
) -> None:
    if case.lead_professional_email:
        result = ReviewResult(review.result or ReviewResult.UPHELD)
        email = review_email(case.reference, case.lead_professional_email,
                             stage=ReviewStage(review.stage), result=result,
                             notes=review.result_notes, templates=ctx.templates,
                             sender=ctx.sender, now=now)
        queue(session, email, now)


def _area_name(ctx: CaseworkContext, area_id: str) -> str:
    return next((a.name for a in ctx.settings.areas if a.id == area_id), area_id)


def _case(session: Session, reference: str) -> Case:
    case = session.scalars(select(Case).where(Case.reference == reference)).first()
    if case is None:
        raise CaseworkError(f"no case with reference {reference}")
    return case


def _reviews(session: Session, case_id: int) -> list[Review]:
    return list(session.scalars(select(Review).where(Review.case_id == case_id)
                                .order_by(Review.id)))


def _state(case: Case) -> dict[str, object]:
    return {"status": case.status.value,
            "meeting_date": case.meeting_date.isoformat() if case.meeting_date else None}
