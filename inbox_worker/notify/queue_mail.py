"""Pure composition of what an admin sends from the item page: the referral is not for
Early Help (signposted, or stepped up), or a reply from one of the council's templates."""

from __future__ import annotations

import datetime as dt
from enum import StrEnum

from inbox_worker.notify.compose import OutboundEmail, Sender, addressed, new_message, thread
from inbox_worker.notify.templates import Templates


class NotForEarlyHelp(StrEnum):
    """Where a referral goes instead of the areas."""

    SIGNPOST = "signpost"  # universal services: no Early Help referral needed
    STEP_UP = "step_up"  # MASH / children's social care

    @property
    def outcome(self) -> str:
        if self is NotForEarlyHelp.SIGNPOST:
            return ("It does not need a referral to Early Help: the family's needs can be met "
                    "by universal services, as the reason below explains.")
        return ("It has been passed to the Multi-Agency Safeguarding Hub (MASH) and "
                "children's social care instead of Early Help.")


def not_for_early_help_email(
    reference: str, recipient: str, where: NotForEarlyHelp, *, reason: str, in_reply_to: str,
    templates: Templates, sender: Sender, now: dt.datetime,
) -> OutboundEmail:
    body = templates.render("not_for_early_help", reference=reference, outcome=where.outcome,
                            reason=reason, authority=sender.authority)
    return _sent("not_for_early_help", reference, recipient, body, in_reply_to, sender, now)


def admin_reply_email(
    reference: str, recipient: str, reply: str, *, in_reply_to: str, templates: Templates,
    sender: Sender, now: dt.datetime,
) -> OutboundEmail:
    """KeyError for a reply the templates do not have."""
    body = reply_text(templates, reply, reference, sender.authority)
    return _sent("admin_reply", reference, recipient, body, in_reply_to, sender, now)


def reply_text(templates: Templates, reply: str, reference: str, authority: str) -> str:
    text = templates.replies[reply].text.substitute(reference=reference, authority=authority)
    return (f"Dear colleague,\n\n{text}\n\nThis is a message from {authority}'s Early Help "
            f"Front Door, sent by a member of the Early Help team.\n")


def _sent(kind: str, reference: str, recipient: str, body: str, in_reply_to: str,
          sender: Sender, now: dt.datetime) -> OutboundEmail:
    # Written by a person: Auto-Submitted "no" (RFC 3834), so the referrer's
    # auto-responder may answer it, and so may they.
    message = new_message(sender, recipient, f"Early Help referral {reference}", body, now,
                          auto="no")
    thread(message, in_reply_to)
    return addressed(kind, recipient, reference, message, sender)
