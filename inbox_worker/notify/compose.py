"""Pure composition of outbound emails from a decision and the templates.

Subjects carry the case reference and never a child's name. Every message has a
fixed Message-ID (so a resend is identical) and RFC 3834 headers.
"""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass
from email.headerregistry import Address
from email.message import EmailMessage
from email.utils import format_datetime, parseaddr

from inbox_worker.notify.templates import Templates
from parsers.mail.message import ParsedMail
from routing.decision import Decision, Flag, Outcome, ReasonCode


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
    decision: Decision, mail: ParsedMail, *, reference: str, area_name: str,
    templates: Templates, sender: Sender, now: dt.datetime,
) -> OutboundEmail | None:
    """The reply to the referrer, or None when there must be no reply."""
    if decision.outcome is Outcome.IGNORED or not _valid_address(mail.sender):
        return None
    notice = _insecure_notice(decision, mail, templates, sender)
    if decision.outcome is Outcome.ROUTED:
        subject = f"Early Help referral received: {reference}"
        body = templates.render("acknowledgement_routed", reference=reference,
                                area_name=area_name, insecure_notice=notice,
                                authority=sender.authority)
    else:
        subject = f"Early Help referral {reference}: we need to check something"
        body = templates.render("acknowledgement_exception", reference=reference,
                                guidance=_guidance(decision, templates), insecure_notice=notice,
                                authority=sender.authority)
    message = new_message(sender, mail.sender, subject, body, now, auto="auto-replied")
    _thread(message, mail)
    return addressed("acknowledgement", mail.sender, reference, message, sender)


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
    decision: Decision, mail: ParsedMail, templates: Templates, sender: Sender
) -> str:
    if Flag.INSECURE_CHANNEL not in decision.flags:
        return ""
    domain = mail.sender.rpartition("@")[2].lower()
    return templates.render("insecure_channel_notice", sender_domain=domain,
                            secure_address=sender.secure_address)


def new_message(
    sender: Sender, recipient: str, subject: str, body: str, now: dt.datetime, *, auto: str
) -> EmailMessage:
    message = EmailMessage()
    message["From"] = Address(sender.name, addr_spec=sender.address)
    message["To"] = recipient
    message["Subject"] = subject
    message["Date"] = format_datetime(now.replace(tzinfo=dt.UTC))
    message["Message-ID"] = f"<{uuid.uuid4().hex}@{sender.message_id_domain}>"
    message["Auto-Submitted"] = auto
    message["X-Auto-Response-Suppress"] = "All"  # stops Exchange out-of-office replies to us
    message["Precedence"] = "bulk" if auto == "auto-generated" else "auto_reply"
    message.set_content(body)
    return message


def _thread(message: EmailMessage, original: ParsedMail) -> None:
    if original.message_id:
        message["In-Reply-To"] = original.message_id
        message["References"] = original.message_id


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


def _valid_address(address: str) -> bool:
    _, parsed = parseaddr(address)
    return "@" in parsed and "\n" not in parsed and "\r" not in parsed
