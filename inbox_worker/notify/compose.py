"""Pure composition of outbound emails from a decision and the templates.

Subjects carry the case reference and never a child's name. Every message has a
fixed Message-ID (so a resend is identical) and RFC 3834 headers.
"""

from __future__ import annotations

import datetime as dt
import re
import textwrap
import uuid
from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from email import policy as email_policy
from email.headerregistry import Address
from email.message import EmailMessage
from email.utils import format_datetime

from inbox_worker.notify.templates import Templates
from routing.decision import Decision, Flag, Outcome, ReasonCode
from routing.rules import on_secure_domain

# The longest Message-ID quoted in our In-Reply-To: with "In-Reply-To: " it fits RFC 5322's
# 998-character line, which every server takes; longer ones are an attack or a bug.
MAX_THREAD_ID = 900
_MSG_ID = re.compile(r"<[!-;=?A-~]+@[!-;=?-~]+>")
# Headers are written up to RFC 5322's line limit instead of folded at 78: a Message-ID (no
# spaces to fold at) longer than 78 would otherwise go out as RFC 2047 encoded words.
OUTBOUND_POLICY = email_policy.default.clone(max_line_length=998)


@dataclass(frozen=True)
class Sender:
    """Who outbound mail comes from, and the details the templates quote."""

    address: str
    name: str
    authority: str
    secure_address: str
    mash_contact: str = ""
    redirect_all_to: str | None = None
    message_id_domain: str = "frontdoor.invalid"  # how we recognise our own mail
    # What happens next, in the acknowledgement: the pathway's first stage and who acts.
    first_step: str = "The Early Help team will tell you the outcome by email."
    # Replies come back: every email names a mailbox the worker reads in Reply-To. The
    # area's (by `for_area`) or the receiving mailbox's (`for_mailbox`); the secure one for a
    # recipient on a secure domain, and when no mailbox is chosen.
    reply_to: str = ""
    area_addresses: Mapping[str, str] = field(default_factory=dict)  # area id -> mailbox
    mailbox_addresses: Mapping[str, str] = field(default_factory=dict)  # mailbox id -> address
    secure_domains: tuple[str, ...] = ()

    def for_area(self, area_id: str | None) -> Sender:
        """This sender, with replies to the area's mailbox (unchanged for no area)."""
        return replace(self, reply_to=self.area_addresses.get(area_id or "", self.reply_to))

    def for_mailbox(self, mailbox_id: str) -> Sender:
        """This sender, with replies to that mailbox."""
        return replace(self, reply_to=self.mailbox_addresses.get(mailbox_id, self.reply_to))

    def reply_address(self, recipient: str) -> str:
        """The monitored mailbox a reply from `recipient` should go to."""
        if on_secure_domain(recipient, self.secure_domains):
            return self.secure_address
        return self.reply_to or self.secure_address


@dataclass(frozen=True)
class OutboundEmail:
    kind: str  # acknowledgement | safeguarding_alert | ...
    recipient: str
    reference: str | None
    message: EmailMessage

    @property
    def message_id(self) -> str:
        return str(self.message["Message-ID"])


def acknowledgement(
    decision: Decision, recipient: str | None, *, in_reply_to: str, reference: str,
    area_name: str, templates: Templates, sender: Sender, now: dt.datetime,
) -> OutboundEmail | None:
    """The reply to the referrer at `recipient` (`routing.recipient.whom_to_answer`), or
    None when there must be no reply. `in_reply_to` is the message's Message-ID."""
    if decision.outcome is Outcome.IGNORED or not recipient:
        return None
    notice = _insecure_notice(decision, recipient, templates, sender)
    if decision.outcome is Outcome.ROUTED:
        subject = f"Early Help referral received: {reference}"
        body = templates.render("acknowledgement_routed", greeting=_greeting(decision, recipient),
                                reference=reference, area_name=area_name,
                                next_step=textwrap.fill(sender.first_step, 78),
                                insecure_notice=notice,
                                authority=sender.authority)
    else:
        subject = f"Early Help referral {reference}: we need to check something"
        body = templates.render("acknowledgement_exception",
                                greeting=_greeting(decision, recipient), reference=reference,
                                guidance=_guidance(decision, templates), insecure_notice=notice,
                                authority=sender.authority)
    message = new_message(sender, recipient, subject, body, now, auto="auto-replied")
    thread(message, in_reply_to)
    return addressed("acknowledgement", recipient, reference, message, sender)


def _greeting(decision: Decision, recipient: str) -> str:
    """The lead professional by name when the answer goes to them (their email on the form,
    or none given there); else 'Dear colleague'."""
    lead = decision.form.lead_professional if decision.form else None
    if lead is None or not lead.name or (lead.email and lead.email.lower() != recipient.lower()):
        return "Dear colleague"
    return f"Dear {lead.name}"


def safeguarding_alert(
    decision: Decision, *, reference: str, recipient: str, templates: Templates,
    sender: Sender, now: dt.datetime,
) -> OutboundEmail:
    """Tells an area admin that an urgent item needs passing to MASH now."""
    signals = "; ".join(r.detail for r in decision.reasons
                        if r.code is ReasonCode.SAFEGUARDING_CONCERN)
    body = templates.render("safeguarding_alert", reference=reference,
                            received_in=decision.received_in, signals=signals or "see queue",
                            mash_contact=sender.mash_contact, authority=sender.authority)
    subject = f"URGENT Early Help referral {reference}: pass to MASH"
    message = new_message(sender, recipient, subject, body, now, auto="auto-generated")
    return addressed("safeguarding_alert", recipient, reference, message, sender)


def _guidance(decision: Decision, templates: Templates) -> str:
    lines = [f"  - {templates.guide(r.code, r.detail)}" for r in decision.reasons]
    return "\n".join(lines)


def _insecure_notice(
    decision: Decision, recipient: str, templates: Templates, sender: Sender
) -> str:
    if Flag.INSECURE_CHANNEL not in decision.flags:
        return ""
    domain = recipient.rpartition("@")[2].lower()
    return templates.render("insecure_channel_notice", sender_domain=domain,
                            secure_address=sender.secure_address)


def new_message(
    sender: Sender, recipient: str, subject: str, body: str, now: dt.datetime, *, auto: str
) -> EmailMessage:
    message = EmailMessage(policy=OUTBOUND_POLICY)
    message["From"] = Address(sender.name, addr_spec=sender.address)
    message["To"] = recipient
    message["Reply-To"] = sender.reply_address(recipient)
    message["Subject"] = subject
    message["Date"] = format_datetime(now.replace(tzinfo=dt.UTC))
    message["Message-ID"] = f"<{uuid.uuid4().hex}@{sender.message_id_domain}>"
    message["Auto-Submitted"] = auto
    message["X-Auto-Response-Suppress"] = "All"  # stops Exchange out-of-office replies to us
    if auto != "no":  # "no": written by a person (an admin's reply from the item page)
        message["Precedence"] = "bulk" if auto == "auto-generated" else "auto_reply"
    message.set_content(body)
    return message


def thread(message: EmailMessage, in_reply_to: str) -> None:
    """In-Reply-To and References for a Message-ID we can quote as it is; any other (too
    long, not a msg-id) is left out rather than sent as RFC 2047 encoded words."""
    message_id = threading_id(in_reply_to)
    if message_id:
        message["In-Reply-To"] = message_id
        message["References"] = message_id


def threading_id(message_id: str) -> str | None:
    """The msg-id (RFC 5322 3.6.4: "<left@right>", printable ASCII) when it fits one header
    line as it is, else None."""
    value = message_id.strip()
    if len(value) > MAX_THREAD_ID or _MSG_ID.fullmatch(value) is None:
        return None
    return value


def addressed(kind: str, recipient: str, reference: str | None, message: EmailMessage,
              sender: Sender) -> OutboundEmail:
    """The email as queued. With the development setting `redirect_all_to`, both the To
    header and the envelope recipient are replaced (the intended one is kept in a header),
    so nothing reaches a real professional from a test system."""
    if not sender.redirect_all_to:
        return OutboundEmail(kind, recipient, reference, message)
    message["X-Frontdoor-Intended-To"] = str(message["To"])
    message.replace_header("To", sender.redirect_all_to)
    return OutboundEmail(kind, sender.redirect_all_to, reference, message)


