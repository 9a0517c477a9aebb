"""The emails a casework decision queues: the outcome to the lead professional (greeted by
name, told who decides, who delivers and how to reach them) and, on a step up, the
notice to social care's contact. Within the caller's transaction."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy.orm import Session

from inbox_worker.casework.pathway import pathway_of
from inbox_worker.notify.casework_mail import Addressee, CaseMail, outcome_email, step_up_notice
from inbox_worker.notify.compose import Sender
from inbox_worker.notify.outbox import queue
from inbox_worker.notify.templates import Templates
from inbox_worker.settings import Settings
from inbox_worker.store.models import Case
from routing.casework import Allocation
from routing.pathway.model import Outcome, Pathway, Stage, Then


@dataclass(frozen=True)
class CaseworkContext:
    settings: Settings
    templates: Templates
    sender: Sender

    @property
    def pathway(self) -> Pathway:
        return pathway_of(self.settings)


def addressee(ctx: CaseworkContext, case: Case) -> Addressee:
    lead = case.form.get("lead_professional") or {}
    return Addressee(case.reference, case.lead_professional_email, str(lead.get("name") or ""),
                     area_name(ctx, case.cluster))


def area_name(ctx: CaseworkContext, area_id: str) -> str:
    return next((a.name for a in ctx.settings.areas if a.id == area_id), area_id)


def opening(ctx: CaseworkContext, case: Case, stage: Stage, *, fast_track: bool) -> str:
    """Who decided: the stage's actor, a meeting only when one met; a step-down decided
    before its meeting says so and never that a meeting considered it."""
    pathway, where = ctx.pathway, area_name(ctx, case.cluster)
    body = pathway.body_of(stage)
    if body is None:
        return (f"The {stage.actor} ({where}) has completed {stage.name} of the Early Help "
                f"referral {case.reference}.")
    if fast_track:
        return (f"The Early Help referral {case.reference} is a step-down from social care, "
                f"so it has been decided without waiting for the {body.name}. It will be "
                f"listed at the {where} {body.short_name}'s next meeting so that partners "
                "can add to the plan.")
    held = f" of {case.meeting_date:%d %B %Y}" if case.meeting_date else ""
    return (f"The {where} {body.name} ({body.short_name}){held} has considered the Early "
            f"Help referral {case.reference}.")


def queue_outcome(
    session: Session, case: Case, ctx: CaseworkContext, now: dt.datetime, mail: CaseMail
) -> None:
    if case.lead_professional_email:
        queue(session, outcome_email(addressee(ctx, case), mail, words=ctx.pathway.words,
                                     templates=ctx.templates,
                                     sender=ctx.sender.for_area(case.cluster), now=now), now)
        case.outcome_sent_at = now


def queue_decision_mail(
    session: Session, case: Case, ctx: CaseworkContext, now: dt.datetime, *,
    stage: Stage, outcome: Outcome, reason: str, allocation: Allocation | None,
    fast_track: bool,
) -> None:
    """The outcome email of a decision that ends the case, and social care told of a step up."""
    pathway = ctx.pathway
    kind = pathway.allocation(outcome.allocation)
    mail = CaseMail(outcome.then, opening(ctx, case, stage, fast_track=fast_track),
                    reason=reason, allocation=allocation, kind_name=kind.name if kind else "",
                    social_care=pathway.social_care.name)
    queue_outcome(session, case, ctx, now, mail)
    if outcome.then is Then.STEP_UP and pathway.social_care.contact:
        to = addressee(ctx, case)
        lead = ", ".join(p for p in (to.name, case.lead_professional_email) if p)
        queue(session, step_up_notice(to, pathway.social_care.contact, reason=reason,
                                      social_care=pathway.social_care.name, stage=stage.name,
                                      lead=lead, templates=ctx.templates,
                                      sender=ctx.sender.for_area(case.cluster),
                                      now=now), now)
