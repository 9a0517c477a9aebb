"""One message's extraction plus the council's policy to a `Decision`. Pure.

No I/O and no clock: `today` and the mailbox the message arrived in are parameters.
"""

from __future__ import annotations

import datetime as dt

from parsers.form import UNMATCHED_SIGNATURE, UNREAD_MEMBER, Form, FormType
from parsers.mail.message import ParsedMail, damage_summary
from parsers.results import MailExtraction
from routing.automatic import ignore_reason
from routing.consent import missing_consent
from routing.decision import Decision, Flag, Outcome, Priority, Reason, ReasonCode
from routing.policy import RoutingPolicy
from routing.postcode import PostcodeResult, check_form_postcode
from routing.recipient import from_address
from routing.rules import (
    is_insecure_channel,
    is_misdirected,
    message_signals,
    safeguarding_signals,
)

_REASON_ORDER = {code: n for n, code in enumerate(ReasonCode)}
_FLAG_ORDER = {flag: n for n, flag in enumerate(Flag)}


def decide(
    mail: ParsedMail,
    extraction: MailExtraction,
    policy: RoutingPolicy,
    *,
    received_in: str,
    today: dt.date,
) -> Decision:
    """The decision for one message (ARCHITECTURE.md, "Contracts and rules").

    Auto-replies, bounces and our own mail are `ignored`. Otherwise every reason found
    is collected: one `unreadable_attachment` per unreadable file; `no_form_found` when
    there is neither a form nor an unreadable file to explain its absence; and for the
    main form (the first) safeguarding signals, each household member missing consent,
    and the postcode check. Any reason makes an `exception`; the cluster is still set
    when the postcode routes, so that cluster's admin sees it. Reasons and flags come
    in the order of their enums (discovery order within a code).

    Level of need 1 (universal, no referral) is routed like any other level: the
    cluster's admin signposts the family at screening.
    """
    ignored = ignore_reason(mail, policy)
    if ignored is not None:
        return Decision(outcome=Outcome.IGNORED, received_in=received_in, reasons=(ignored,))
    form = extraction.forms[0] if extraction.forms else None
    postcode = check_form_postcode(form, policy) if form else None
    area = postcode.area if postcode else None
    found = _extraction_reasons(extraction, mail) + _form_reasons(form, postcode, policy, today,
                                                                  mail)
    reasons = sorted(found, key=lambda r: _REASON_ORDER[r.code])
    return Decision(
        outcome=Outcome.EXCEPTION if reasons else Outcome.ROUTED,
        received_in=received_in,
        cluster=area,
        reasons=tuple(reasons),
        flags=_flags(mail, postcode, policy, received_in=received_in),
        priority=_priority(form, extraction, reasons),
        form=form,
    )


def _extraction_reasons(extraction: MailExtraction, mail: ParsedMail) -> tuple[Reason, ...]:
    """Unreadable files, one reason each; no form and nothing unreadable: no_form_found,
    with what was there instead."""
    unreadable = tuple(
        Reason(ReasonCode.UNREADABLE_ATTACHMENT, f"{u.filename}: {u.reason}")
        for u in extraction.unreadable
    )
    if not extraction.forms and not unreadable:
        return (Reason(ReasonCode.NO_FORM_FOUND, _no_form_detail(extraction, mail)),)
    return unreadable


def _no_form_detail(extraction: MailExtraction, mail: ParsedMail) -> str:
    """How the message is damaged (a form may be lost in the damage), else what it held."""
    damage = damage_summary(mail.all_problems())
    if damage:
        return f"the message is damaged: {damage}"
    files = len(extraction.documents)
    if files:
        return f"{files} file{'s' if files > 1 else ''} read, none of them a referral form"
    return "no attachment, and the message text is not a form"


def _form_reasons(
    form: Form | None, postcode: PostcodeResult | None, policy: RoutingPolicy, today: dt.date,
    mail: ParsedMail,
) -> tuple[Reason, ...]:
    """Safeguarding (from the form and from the message's own words), consent and postcode
    reasons for the main form, if there is one."""
    if form is None or postcode is None:
        return ()
    reasons: list[Reason] = []
    signals = safeguarding_signals(form, policy) + message_signals(mail.subject,
                                                                   mail.text_body, policy)
    if signals:
        reasons.append(Reason(ReasonCode.SAFEGUARDING_CONCERN, "; ".join(signals)))
    reasons.extend(Reason(ReasonCode.CONSENT_MISSING, who)
                   for who in missing_consent(form, policy, today))
    if postcode.reason is not None:
        reasons.append(Reason(postcode.reason, postcode.detail))
    for warning in (UNMATCHED_SIGNATURE, UNREAD_MEMBER):
        if any(w.startswith(warning) for w in form.warnings):
            reasons.append(Reason(ReasonCode.FORM_UNCLEAR, f"{warning}: someone in the "
                                  "household may not have been read; check who lives there"))
    return tuple(reasons)


def _flags(
    mail: ParsedMail, postcode: PostcodeResult | None, policy: RoutingPolicy, *, received_in: str
) -> tuple[Flag, ...]:
    """Flags that do not stop routing, in the order of the Flag enum."""
    area = postcode.area if postcode else None
    flags: set[Flag] = set()
    if is_insecure_channel(from_address(mail) or mail.sender, received_in, policy):
        flags.add(Flag.INSECURE_CHANNEL)
    if is_misdirected(received_in, area, policy):
        flags.add(Flag.MISDIRECTED)
    if postcode is not None and area is not None and not postcode.certain:
        flags.add(Flag.POSTCODE_UNCERTAIN)
    return tuple(sorted(flags, key=_FLAG_ORDER.__getitem__))


def _priority(form: Form | None, extraction: MailExtraction, reasons: list[Reason]) -> Priority:
    """Urgent for a safeguarding concern, step-down for a step-down pack, else normal.

    A pack is step-down when the main form says so or a CIN/CP plan came with it.
    """
    if any(r.code is ReasonCode.SAFEGUARDING_CONCERN for r in reasons):
        return Priority.URGENT
    if extraction.has_step_down_plan or (form and form.form_type is FormType.STEP_DOWN):
        return Priority.STEP_DOWN
    return Priority.NORMAL


def decision_summary(decision: Decision) -> str:
    """One line of plain English for logs, with codes and ids only, no personal data.

    "routed to halesowen (insecure channel, misdirected)",
    "exception for brierley_hill: consent missing x2, safeguarding concern; urgent",
    "exception, no cluster: no form found", "ignored: auto reply".
    """
    if decision.outcome is Outcome.IGNORED:
        return f"ignored: {_codes(decision.reasons)}"
    if decision.outcome is Outcome.ROUTED:
        head = f"routed to {decision.cluster}"
    else:
        where = f" for {decision.cluster}" if decision.cluster else ", no cluster"
        head = f"exception{where}: {_codes(decision.reasons)}"
    if decision.priority is not Priority.NORMAL:
        head += f"; {_plain(decision.priority.value)}"
    flags = ", ".join(_plain(f.value) for f in decision.flags)
    return f"{head} ({flags})" if flags else head


def _codes(reasons: tuple[Reason, ...]) -> str:
    """Reason codes in plain words, in order, a repeated code counted: "consent missing x2"."""
    counts: dict[ReasonCode, int] = {}
    for reason in reasons:
        counts[reason.code] = counts.get(reason.code, 0) + 1
    return ", ".join(_plain(c.value) + (f" x{n}" if n > 1 else "") for c, n in counts.items())


def _plain(code: str) -> str:
    return code.replace("_", " ")
