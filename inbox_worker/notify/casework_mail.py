"""Pure composition of casework emails: outcomes, review results, meeting agendas."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from inbox_worker.notify.compose import OutboundEmail, Sender, addressed, new_message, thread
from inbox_worker.notify.templates import Templates
from routing.casework import Allocation, ReviewResult, ReviewStage

_REVIEWERS = {ReviewStage.FAMILY_CENTRE_MANAGER: "Family Centre Manager",
              ReviewStage.SERVICE_MANAGER: "Service Manager"}


@dataclass(frozen=True)
class CaseMail:
    """What an outcome email says: closed at screening, or a meeting's allocation."""

    closed_reason: str | None = None
    allocation: Allocation | None = None

    @staticmethod
    def closed(reason: str) -> CaseMail:
        return CaseMail(closed_reason=reason)

    @staticmethod
    def allocated(allocation: Allocation) -> CaseMail:
        return CaseMail(allocation=allocation)


def outcome_email(
    reference: str, recipient: str, mail: CaseMail, *, area_name: str, templates: Templates,
    sender: Sender, now: dt.datetime,
) -> OutboundEmail:
    if mail.allocation is None:
        body = templates.render("outcome_closed", reference=reference, area_name=area_name,
                                reason=mail.closed_reason or "", authority=sender.authority)
    else:
        decision, details = _allocation_text(mail.allocation)
        body = templates.render("outcome_allocation", reference=reference, area_name=area_name,
                                decision=decision, details=details, authority=sender.authority)
    message = new_message(sender, recipient, f"Early Help referral {reference}: outcome", body,
                          now, auto="auto-generated")
    return addressed("outcome", recipient, reference, message, sender)


def review_email(
    reference: str, recipient: str, *, stage: ReviewStage, result: ReviewResult, notes: str,
    templates: Templates, sender: Sender, now: dt.datetime,
) -> OutboundEmail:
    next_step = ("If you still disagree, reply to this email and the Service Manager will "
                 "review it." if stage is ReviewStage.FAMILY_CENTRE_MANAGER
                 else "This was the final stage of review.")
    body = templates.render(
        "review_outcome", reference=reference, reviewer=_REVIEWERS[stage],
        result="the decision stands" if result is ReviewResult.UPHELD
        else "the decision has been changed",
        notes=f"\n{notes}\n" if notes else "", next_step=next_step, authority=sender.authority)
    message = new_message(sender, recipient, f"Early Help referral {reference}: review outcome",
                          body, now, auto="auto-generated")
    return addressed("review_outcome", recipient, reference, message, sender)


def agenda_email(
    *, area_name: str, meeting_date: dt.date, lines: tuple[str, ...], recipient: str,
    templates: Templates, sender: Sender, now: dt.datetime,
) -> OutboundEmail:
    body = templates.render("agenda", area_name=area_name,
                            meeting_date=f"{meeting_date:%A %d %B %Y}", count=str(len(lines)),
                            cases="\n".join(lines) or "  (none)", authority=sender.authority)
    subject = f"Allocation Partnership Meeting agenda: {area_name}, {meeting_date:%d %B %Y}"
    message = new_message(sender, recipient, subject, body, now, auto="auto-generated")
    return addressed("agenda", recipient, None, message, sender)


def _allocation_text(allocation: Allocation) -> tuple[str, str]:
    if not allocation.allocated:
        return "no resource has been allocated.", _notes(allocation.notes)
    who = ", ".join(p for p in (allocation.agency, allocation.worker) if p)
    kind = "multi-agency" if allocation.multi_agency else "single agency"
    details = (f"\n  Resource:   {allocation.resource}\n  Delivered by: {who or 'to be confirmed'}"
               f"\n  Support:    {kind}\n" + _notes(allocation.notes))
    return "a resource has been allocated.", details


def _notes(notes: str) -> str:
    return f"\n  Notes: {notes}\n" if notes else ""


def review_request_notice(
    reference: str, recipient: str, *, stage: ReviewStage, via: str, templates: Templates,
    sender: Sender, now: dt.datetime,
) -> OutboundEmail:
    """Tells the reviewer (Family Centre Manager or Service Manager) a review is waiting."""
    body = templates.render("review_request_notice", reference=reference,
                            reviewer=_REVIEWERS[stage],
                            via="by replying to the outcome email" if via == "email_reply"
                            else "through an admin", authority=sender.authority)
    message = new_message(sender, recipient, f"Review requested: Early Help referral {reference}",
                          body, now, auto="auto-generated")
    return addressed("review_request_notice", recipient, reference, message, sender)


def review_received(
    reference: str, recipient: str, *, stage: ReviewStage, templates: Templates, sender: Sender,
    now: dt.datetime, in_reply_to: str,
) -> OutboundEmail:
    """Acknowledges a lead professional's request for review."""
    body = templates.render("review_received", reference=reference, reviewer=_REVIEWERS[stage],
                            authority=sender.authority)
    message = new_message(sender, recipient, f"Early Help referral {reference}: review requested",
                          body, now, auto="auto-replied")
    thread(message, in_reply_to)
    return addressed("review_received", recipient, reference, message, sender)
