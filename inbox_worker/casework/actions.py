"""Casework actions on the store: each stage's decision, the outcome emails, reviews.

`decide` records any outcome of the stage a case is at, as the configured pathway
(`routing.pathway`) allows; `screen` and `allocate` are Dudley's two words for the
decisions of the first stage and of the meeting. Each action checks the pure rules,
changes the case in one transaction, writes the audit log, and queues its emails.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from inbox_worker.casework.audit import record_audit
from inbox_worker.casework.outcomes import (
    CaseworkContext,
    addressee,
    queue_decision_mail,
)
from inbox_worker.casework.schedule import calendar_for, london
from inbox_worker.notify.casework_mail import review_email, review_request_notice
from inbox_worker.notify.outbox import queue
from inbox_worker.store.models import AllocationDecision, Case, Review, Screening
from routing import casework as rules
from routing.casework import Allocation, CaseStatus, CaseworkError, ReviewResult, ReviewStage
from routing.decision import Priority
from routing.pathway import model as paths
from routing.pathway.calendars import NoMeetingListedError
from routing.pathway.model import Outcome, Stage, Then

__all__ = ["CaseworkContext", "allocate", "decide", "decide_review", "request_review",
           "screen"]


def decide(
    sessions: sessionmaker[Session], reference: str, outcome_id: str, *, reason: str = "",
    allocation: Allocation | None = None, actor: str, ctx: CaseworkContext, now: dt.datetime,
    at_stage: str | None = None,
) -> Case:
    """Records `outcome_id` at the case's stage (`at_stage`: only if it is there)."""
    with sessions.begin() as session:
        case = _case(session, reference)
        stage = _current_stage(ctx, case, at_stage)
        step_down = case.priority == Priority.STEP_DOWN.value
        today = london(now).date()
        paths.check_can_decide(ctx.pathway, case.status, stage, step_down=step_down,
                               meeting_date=case.meeting_date, today=today)
        outcome = paths.choose(stage, outcome_id, case.form.get("level_of_need"), reason)
        before = _state(case)
        fast_track = bool(stage.body) and (case.meeting_date is None or case.meeting_date > today)
        _record(session, case, stage, outcome, reason, allocation, actor, now,
                fast_track=fast_track)
        case.status = paths.status_after(ctx.pathway, outcome)
        if outcome.then is Then.STAGE:
            _move(case, ctx, outcome.stage, now)
        else:
            case.decided_at = now
            queue_decision_mail(session, case, ctx, now, stage=stage, outcome=outcome,
                                reason=reason, allocation=allocation, fast_track=fast_track)
        record_audit(session, now=now, actor=actor, action=f"case:{outcome.then.value}",
                     reference=reference, before=before,
                     after=_state(case) | {"outcome": outcome.id, "fast_track": fast_track})
        return case


def _current_stage(ctx: CaseworkContext, case: Case, at_stage: str | None) -> Stage:
    stage = ctx.pathway.stage(case.stage)
    waiting = case.status in (CaseStatus.AWAITING_SCREENING, CaseStatus.AWAITING_MEETING)
    if at_stage is not None and (stage.id != at_stage or not waiting):
        wanted = ctx.pathway.stage(at_stage)
        raise CaseworkError(f"the case is {case.status.value}, not awaiting {wanted.name}")
    return stage


def _move(case: Case, ctx: CaseworkContext, stage_id: str, now: dt.datetime) -> None:
    """Onto the next stage; a stage held at a body puts the case on its next meeting."""
    case.stage = stage_id
    body = ctx.pathway.stage(stage_id).body
    if not body:
        case.meeting_date = None
        return
    try:
        meeting = calendar_for(ctx.settings, case.cluster, body).meeting_for_screening(
            london(now))
    except NoMeetingListedError as err:
        raise CaseworkError(str(err)) from err
    case.meeting_date = meeting.date


def _record(
    session: Session, case: Case, stage: Stage, outcome: Outcome, reason: str,
    allocation: Allocation | None, actor: str, now: dt.datetime, *, fast_track: bool,
) -> None:
    if not stage.body:
        session.add(Screening(case_id=case.id, resource_needed=outcome.then is not Then.CLOSE
                              and outcome.then is not Then.SIGNPOST,
                              close_reason=reason or None, screened_by=actor, screened_at=now,
                              stage=stage.id, outcome=outcome.id))
        case.screened_at = case.screened_at or now
    if stage.body or outcome.then in (Then.ALLOCATE, Then.NOT_ALLOCATED):
        given = allocation or Allocation(False)
        session.add(AllocationDecision(
            case_id=case.id, meeting_date=None if fast_track or not stage.body
            else case.meeting_date, allocated=outcome.then is Then.ALLOCATE,
            resource=given.resource, agency=given.agency, worker=given.worker,
            multi_agency=given.multi_agency, notes=given.notes or reason, contact=given.contact,
            recorded_by=actor, recorded_at=now, stage=stage.id, outcome=outcome.id,
            allocation_type=outcome.allocation or None))


def screen(
    sessions: sessionmaker[Session], reference: str, *, resource_needed: bool,
    close_reason: str | None, actor: str, ctx: CaseworkContext, now: dt.datetime,
) -> Case:
    """The first stage's decision in Dudley's words: on to the next stage, or closed."""
    first = ctx.pathway.first
    wanted = (Then.STAGE, Then.ALLOCATE) if resource_needed else (Then.CLOSE, Then.SIGNPOST)
    outcome = next((o for o in first.outcomes if o.then in wanted), None)
    if outcome is None:
        raise CaseworkError(f"{first.name} has no outcome for that: use frontdoor case decide")
    return decide(sessions, reference, outcome.id, reason=close_reason or "", actor=actor,
                  ctx=ctx, now=now, at_stage=first.id)


def allocate(
    sessions: sessionmaker[Session], reference: str, allocation: Allocation, *, actor: str,
    ctx: CaseworkContext, now: dt.datetime,
) -> Case:
    """The meeting's decision (or a step-down's at once): allocated or not."""
    stage = ctx.pathway.meeting_stage() or ctx.pathway.first
    with sessions() as session:
        tier = _case(session, reference).form.get("level_of_need")
    outcome = _allocation_outcome(stage, allocation, tier)
    if outcome is None:
        raise CaseworkError(f"{stage.name} has no outcome for that: use frontdoor case decide")
    try:
        return decide(sessions, reference, outcome.id, allocation=allocation, actor=actor,
                      ctx=ctx, now=now, at_stage=stage.id)
    except CaseworkError as err:
        if str(err).startswith("the case is ") and "not awaiting" in str(err):
            raise CaseworkError(f"{err}; only a screened case can be allocated") from err
        raise


def _allocation_outcome(stage: Stage, allocation: Allocation, tier: int | None
                        ) -> Outcome | None:
    open_ = paths.choices(stage, tier)
    if not allocation.allocated:
        return next((o for o in open_ if o.then is Then.NOT_ALLOCATED), None)
    kinds = [o for o in open_ if o.then is Then.ALLOCATE]
    return next((o for o in kinds if o.allocation == allocation.kind), None) or next(
        iter(kinds), None)


def request_review(
    sessions: sessionmaker[Session], reference: str, *, grounds: str, via: str, actor: str,
    ctx: CaseworkContext, now: dt.datetime,
) -> ReviewStage:
    """Opens the next review stage (first reviewer, then second)."""
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
                                             words=ctx.pathway.words, templates=ctx.templates,
                                             sender=ctx.sender.for_area(case.cluster),
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
        if case.lead_professional_email:
            queue(session, review_email(addressee(ctx, case), stage=ReviewStage(review.stage),
                                        result=result, notes=review.result_notes,
                                        words=ctx.pathway.words, templates=ctx.templates,
                                        sender=ctx.sender.for_area(case.cluster), now=now),
                  now)
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
        contact=allocation.contact, recorded_by=actor, recorded_at=now,
        allocation_type=allocation.kind or None))
    case.status = rules.status_after_decision(allocated=allocation.allocated)


def _case(session: Session, reference: str) -> Case:
    case = session.scalars(select(Case).where(Case.reference == reference)).first()
    if case is None:
        raise CaseworkError(f"no case with reference {reference}")
    return case


def _reviews(session: Session, case_id: int) -> list[Review]:
    return list(session.scalars(select(Review).where(Review.case_id == case_id)
                                .order_by(Review.id)))


def _state(case: Case) -> dict[str, object]:
    return {"status": case.status.value, "stage": case.stage,
            "meeting_date": case.meeting_date.isoformat() if case.meeting_date else None}
