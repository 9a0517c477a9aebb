"""Pure composition of casework emails: outcomes, step-up notices, review results, agendas.

Every word a service uses (tier or level, the meeting's name, who reviews) comes from the
pathway (`routing.pathway.Words`, `Body`); the lead professional is greeted by name when
the form gives it. Subjects carry the reference, never a child's name.
"""

from __future__ import annotations

import datetime as dt
import textwrap
from dataclasses import dataclass

from inbox_worker.notify.compose import OutboundEmail, Sender, addressed, new_message, thread
from inbox_worker.notify.templates import Templates
from routing.casework import Allocation, ReviewResult, ReviewStage
from routing.pathway.model import Then, Words

LINE = 78  # the templates' own line length


def wrapped(sentence: str) -> str:
    """A sentence made from configured words, wrapped like the templates around it."""
    return textwrap.fill(sentence, LINE, break_long_words=False, break_on_hyphens=False)


def greeting(name: str) -> str:
    """'Dear Priya Shah' when the form names the lead professional, else 'Dear colleague'."""
    return f"Dear {name.strip() or 'colleague'}"


def reviewer(words: Words, stage: ReviewStage) -> str:
    return words.first_reviewer if stage is ReviewStage.FAMILY_CENTRE_MANAGER \
        else words.second_reviewer


@dataclass(frozen=True)
class CaseMail:
    """What an outcome email says: what followed, why, and what was allocated.

    `opening` is the sentence saying who decided (a meeting only when one did)."""

    then: Then
    opening: str
    reason: str = ""
    allocation: Allocation | None = None
    kind_name: str = ""  # the allocation type's name
    social_care: str = "social care"

    @staticmethod
    def closed(reason: str, opening: str) -> CaseMail:
        return CaseMail(Then.CLOSE, opening, reason=reason)


@dataclass(frozen=True)
class Addressee:
    reference: str
    email: str
    name: str  # the lead professional's, from the form ("" : unknown)
    area_name: str


def outcome_email(
    to: Addressee, mail: CaseMail, *, words: Words, templates: Templates, sender: Sender,
    now: dt.datetime,
) -> OutboundEmail:
    values = {"greeting": greeting(to.name), "reference": to.reference, "area_name": to.area_name,
              "opening": wrapped(mail.opening), "review": wrapped(_review_text(words)),
              "authority": sender.authority}
    if mail.then in (Then.ALLOCATE, Then.NOT_ALLOCATED):
        decision, details = _allocation_text(mail)
        body = templates.render("outcome_allocation", decision=decision, details=details,
                                **values)
    else:
        body = templates.render("outcome_closed", outcome=_ending_text(mail),
                                reason=mail.reason, **values)
    message = new_message(sender, to.email, f"Early Help referral {to.reference}: outcome",
                          body, now, auto="auto-generated")
    return addressed("outcome", to.email, to.reference, message, sender)


def step_up_notice(
    to: Addressee, recipient: str, *, reason: str, social_care: str, stage: str,
    lead: str, templates: Templates, sender: Sender, now: dt.datetime,
) -> OutboundEmail:
    """Tells social care's contact that a referral has been stepped up to them."""
    body = templates.render("step_up_notice", reference=to.reference, area_name=to.area_name,
                            social_care=social_care, stage=stage, reason=wrapped(reason),
                            lead_professional=lead or "not given on the form",
                            authority=sender.authority)
    message = new_message(sender, recipient, f"Step up to social care: Early Help referral "
                          f"{to.reference}", body, now, auto="auto-generated")
    return addressed("step_up_notice", recipient, to.reference, message, sender)


def _ending_text(mail: CaseMail) -> str:
    return {Then.CLOSE: "the referral has been closed.",
            Then.SIGNPOST: "the family has been signposted to universal services, so the "
                           "referral has been closed.",
            Then.STEP_UP: f"the referral has been stepped up to {mail.social_care}, who have "
                          "been told and will contact you."}[mail.then]


def _review_text(words: Words) -> str:
    return (f"The {words.first_reviewer} will review it first; if you still disagree, the "
            f"{words.second_reviewer}.")


def _allocation_text(mail: CaseMail) -> tuple[str, str]:
    allocation = mail.allocation or Allocation(False)
    if mail.then is Then.NOT_ALLOCATED or not allocation.allocated:
        return "no resource has been allocated.", _notes(allocation.notes or mail.reason)
    who = ", ".join(p for p in (allocation.agency, allocation.worker) if p)
    kind = "multi-agency" if allocation.multi_agency else "single agency"
    what = allocation.resource or mail.kind_name
    lines = [f"  Allocated:    {what}"]
    if mail.kind_name and allocation.resource and mail.kind_name != allocation.resource:
        lines[0] += f" ({mail.kind_name})"
    lines += [f"  Delivered by: {who or 'to be confirmed'}",
              f"  Contact:      {allocation.contact or 'they will contact you'}",
              f"  Support:      {kind}"]
    return "support has been allocated.", "\n" + "\n".join(lines) + "\n" + _notes(
        allocation.notes)


def _notes(notes: str) -> str:
    return f"\n  Notes: {notes}\n" if notes else ""


def review_email(
    to: Addressee, *, stage: ReviewStage, result: ReviewResult, notes: str, words: Words,
    templates: Templates, sender: Sender, now: dt.datetime,
) -> OutboundEmail:
    next_step = (f"If you still disagree, reply to this email and the {words.second_reviewer} "
                 "will review it." if stage is ReviewStage.FAMILY_CENTRE_MANAGER
                 else "This was the final stage of review.")
    body = templates.render(
        "review_outcome", greeting=greeting(to.name), reference=to.reference,
        reviewer=reviewer(words, stage),
        result="the decision stands" if result is ReviewResult.UPHELD
        else "the decision has been changed",
        notes=f"\n{notes}\n" if notes else "", next_step=next_step, authority=sender.authority)
    message = new_message(sender, to.email, f"Early Help referral {to.reference}: review "
                          "outcome", body, now, auto="auto-generated")
    return addressed("review_outcome", to.email, to.reference, message, sender)


def agenda_email(
    *, meeting_name: str, area_name: str, meeting_date: dt.date, lines: tuple[str, ...],
    recipient: str, templates: Templates, sender: Sender, now: dt.datetime,
) -> OutboundEmail:
    body = templates.render("agenda", meeting_name=meeting_name, area_name=area_name,
                            meeting_date=f"{meeting_date:%A %d %B %Y}", count=str(len(lines)),
                            cases="\n".join(lines) or "  (none)", authority=sender.authority)
    subject = f"{meeting_name} agenda: {area_name}, {meeting_date:%d %B %Y}"
    message = new_message(sender, recipient, subject, body, now, auto="auto-generated")
    return addressed("agenda", recipient, None, message, sender)


def review_request_notice(
    reference: str, recipient: str, *, stage: ReviewStage, via: str, words: Words,
    templates: Templates, sender: Sender, now: dt.datetime,
) -> OutboundEmail:
    """Tells the reviewer (first or second stage) a review is waiting."""
    body = templates.render("review_request_notice", reference=reference,
                            reviewer=reviewer(words, stage),
                            via="by replying to the outcome email" if via == "email_reply"
                            else "through an admin", authority=sender.authority)
    message = new_message(sender, recipient, f"Review requested: Early Help referral {reference}",
                          body, now, auto="auto-generated")
    return addressed("review_request_notice", recipient, reference, message, sender)


def review_received(
    to: Addressee, *, stage: ReviewStage, words: Words, templates: Templates, sender: Sender,
    now: dt.datetime, in_reply_to: str,
) -> OutboundEmail:
    """Acknowledges a lead professional's request for review."""
    body = templates.render("review_received", greeting=greeting(to.name),
                            reference=to.reference, reviewer=reviewer(words, stage),
                            authority=sender.authority)
    message = new_message(sender, to.email, f"Early Help referral {to.reference}: review "
                          "requested", body, now, auto="auto-replied")
    thread(message, in_reply_to)
    return addressed("review_received", to.email, to.reference, message, sender)
