"""Pure predicates used by `decide`: mail to ignore, channels, safeguarding signals.

What is never answered follows RFC 3834 and facts-for-builders.md ("Outbound mail").
Details returned name headers and phrases, never personal data.
"""

from __future__ import annotations

import re
from email.utils import parseaddr

from parsers.form import Form, Person, Role
from parsers.mail.message import ParsedMail
from routing.decision import Reason, ReasonCode
from routing.policy import RoutingPolicy

_LIST_PRECEDENCE = ("bulk", "list", "junk")
_AUTO_REPLY_SUBJECTS = ("automatic reply:", "out of office")
_AUTO_REPLY_HEADERS = ("X-Autoreply", "X-Autorespond")
_DAEMON_MAILBOXES = ("mailer-daemon", "postmaster")
# RFC 5321 lets a server call a loop at 100 hops; a referral crosses 10-15 (Exchange Online
# adds several internally), so 30 is a loop well before any server gives up.
MAX_RECEIVED = 30
# A person's reply to our acknowledgement or outcome holds one or two of our Message-IDs in
# References (and must be read: a corrected form, a review request); a loop between us and
# another robot adds one per round.
MAX_OWN_REFERENCES = 4


def ignore_reason(mail: ParsedMail, policy: RoutingPolicy) -> Reason | None:
    """Why a message gets no case and no reply, or None if it is to be processed.

    The most specific reason wins: our own mail, a mail loop, then a bounce (DSNs often
    also carry Auto-Submitted), then any other automatic reply.
    """
    for check in (_own_mail, _mail_loop, _bounce, _auto_reply):
        reason = check(mail, policy)
        if reason is not None:
            return reason
    return None


def _own_mail(mail: ParsedMail, policy: RoutingPolicy) -> Reason | None:
    own = {a.strip().lower() for a in policy.own_addresses}
    if _address(mail.sender) in own:
        return Reason(ReasonCode.OWN_MAIL, "sent from our own address")
    domain = policy.own_message_id_domain.strip().lower()
    message_id = mail.message_id.strip().lower().strip("<>")
    if domain and message_id.endswith("@" + domain):
        return Reason(ReasonCode.OWN_MAIL, "our own Message-ID")
    return None


def _mail_loop(mail: ParsedMail, policy: RoutingPolicy) -> Reason | None:
    own = {a.strip().lower() for a in policy.own_addresses}
    if any(_address(v) in own for k, v in mail.headers if k.lower() == "x-loop"):
        return Reason(ReasonCode.MAIL_LOOP, "X-Loop names our address")
    hops = sum(1 for k, _ in mail.headers if k.lower() == "received")
    if hops > MAX_RECEIVED:
        return Reason(ReasonCode.MAIL_LOOP, f"{hops} Received headers (over {MAX_RECEIVED})")
    domain = "@" + policy.own_message_id_domain.strip().lower()
    ours = sum(1 for m in mail.header("References").lower().split() if m.strip("<>")
               .endswith(domain))
    if domain != "@" and ours > MAX_OWN_REFERENCES:
        return Reason(ReasonCode.MAIL_LOOP, f"{ours} of our own messages in References")
    return None


def _bounce(mail: ParsedMail, _policy: RoutingPolicy) -> Reason | None:
    if mail.header("Return-Path").replace(" ", "") == "<>":
        return Reason(ReasonCode.BOUNCE, "empty Return-Path")
    if mail.header("Content-Type").strip().lower().startswith("multipart/report"):
        return Reason(ReasonCode.BOUNCE, "multipart/report")
    local = _address(mail.sender).split("@", 1)[0]
    if local in _DAEMON_MAILBOXES:
        return Reason(ReasonCode.BOUNCE, f"sender {local}")
    return None


def _auto_reply(mail: ParsedMail, _policy: RoutingPolicy) -> Reason | None:
    submitted = mail.header("Auto-Submitted").split(";", 1)[0].strip().lower()
    if submitted and submitted != "no":
        return Reason(ReasonCode.AUTO_REPLY, f"Auto-Submitted: {submitted}")
    for name in _AUTO_REPLY_HEADERS:
        if mail.header(name).strip():
            return Reason(ReasonCode.AUTO_REPLY, name)
    precedence = mail.header("Precedence").strip().lower()
    if precedence in _LIST_PRECEDENCE:
        return Reason(ReasonCode.AUTO_REPLY, f"Precedence: {precedence}")
    if mail.subject.strip().lower().startswith(_AUTO_REPLY_SUBJECTS):
        return Reason(ReasonCode.AUTO_REPLY, "automatic reply subject")
    return None


def _address(sender: str) -> str:
    """A bare address, lower case: "Jo <Jo@B.org>" -> "jo@b.org"."""
    return (parseaddr(sender)[1] or sender).strip().strip("<>").strip().lower()


def sender_domain(sender: str) -> str:
    """The domain of an address, lower case, without a trailing dot; '' without one."""
    _, at, domain = _address(sender).rpartition("@")
    return domain.rstrip(".") if at else ""


def on_secure_domain(sender: str, secure_domains: tuple[str, ...]) -> bool:
    """True for a secure domain or its subdomains: "x.nhs.net" yes, "evilnhs.net" no."""
    domain = sender_domain(sender)
    wanted = (d.strip().lower().strip(".") for d in secure_domains)
    return bool(domain) and any(domain == d or domain.endswith("." + d) for d in wanted if d)


def is_insecure_channel(sender: str, received_in: str, policy: RoutingPolicy) -> bool:
    """A secure-domain sender wrote to a mailbox other than the secure one."""
    return received_in != policy.secure_mailbox and on_secure_domain(
        sender, policy.secure_domains)


def is_misdirected(received_in: str, area_id: str | None, policy: RoutingPolicy) -> bool:
    """Received in an area's mailbox that is not the routed area's.

    The secure mailbox, and any mailbox that belongs to no area, is never misdirected.
    """
    if area_id is None or received_in == policy.secure_mailbox:
        return False
    area = policy.area_for_mailbox(received_in)
    return area is not None and area.id != area_id


def safeguarding_signals(form: Form, policy: RoutingPolicy) -> tuple[str, ...]:
    """Plain descriptions of what on the form signals immediate risk.

    A stated level of need at or above the safeguarding level (a level above it can
    only be a misreading, and erring towards MASH is the safe side), a "yes" to risk
    of significant harm, and each configured phrase found in the narrative (case and
    line breaks ignored). Only the phrase is quoted, never the text around it.
    """
    signals: list[str] = []
    level = form.level_of_need
    if level is not None and level >= policy.safeguarding_level:
        signals.append(f"level of need {level}")
    if form.risk_of_significant_harm:
        signals.append("risk of significant harm: yes")
    signals.extend(f"wording: '{p}'" for p in found_phrases(form.free_text,
                                                             policy.safeguarding_phrases))
    return tuple(signals)


def found_phrases(text: str, phrases: tuple[str, ...]) -> tuple[str, ...]:
    """The phrases that occur in the text as whole words, in the order given."""
    flat = " ".join(text.split())
    return tuple(p for p in phrases if p.strip() and _phrase_pattern(p).search(flat))


def _phrase_pattern(phrase: str) -> re.Pattern[str]:
    words = (re.escape(w) for w in phrase.split())
    return re.compile(r"(?<!\w)" + r"\s+".join(words) + r"(?!\w)", re.IGNORECASE)


def key_child(form: Form) -> Person | None:
    """The first child on the form: the one whose postcode decides
    (ARCHITECTURE.md, "Contracts and rules")."""
    return next((p for p in form.people if p.role is Role.CHILD), None)
