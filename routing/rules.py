"""Pure predicates used by `decide`: channels, misdirection, safeguarding signals.

Mail that is never answered is `routing.automatic`. Details returned name phrases, never
personal data.
"""

from __future__ import annotations

import re
from email.utils import parseaddr

from parsers.form import Form, Person, Role
from routing.policy import RoutingPolicy


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
    signals.extend(f"wording: '{p}'" for p in found_phrases(_UNTICKED.sub(" ", form.free_text),
                                                             policy.safeguarding_phrases))
    return tuple(signals)


def message_signals(subject: str, body: str, policy: RoutingPolicy) -> tuple[str, ...]:
    """The configured phrases in the sender's own words: the subject and the body's lines,
    less quoted lines, the signature and printed guidance ("If a child is in immediate
    danger, call 999" under a council's emails). "URGENT written confirmation of CP
    referral" on a form whose narrative is a box the reader could not read."""
    own: list[str] = [subject]
    for line in body.splitlines():
        if line.rstrip() in ("--", "-- ") or line.startswith("-----"):
            break  # the signature, or a forwarded message's header
        if not line.lstrip().startswith(">") and not _GUIDANCE.match(line.strip()):
            own.append(line)
    return tuple(f"the message says: '{p}'" for p in found_phrases("\n".join(own),
                                                                    policy.safeguarding_phrases))


_GUIDANCE = re.compile(r"^(if|please|where|when|should|in an emergency|this (e-?mail|message)|"
                       r"the information|confidential|disclaimer|worried about)\b", re.IGNORECASE)


# An option left unticked ("☐ Sexual abuse   ☒ Physical neglect"): not what the form says.
# (The readers' `parsers.meaning.values` box marks; routing takes only the readers' data.)
_UNTICKED = re.compile(r"[☐□]\s*[^☐□☒☑■✓✔\n]*")


def found_phrases(text: str, phrases: tuple[str, ...]) -> tuple[str, ...]:
    """The phrases that occur in the text as whole words, in the order given; not where
    the words just before deny them ("Not a child protection concern.", "no child
    protection concerns")."""
    flat = " ".join(text.split())
    return tuple(p for p in phrases if p.strip() and any(
        not _DENIED.search(flat[max(0, m.start() - 30):m.start()])
        and not _printed_guidance(flat[max(0, m.start() - 40):m.start()],
                                  flat[m.end():m.end() + 40])
        for m in _phrase_pattern(p).finditer(flat)))


def _printed_guidance(before: str, after: str) -> bool:
    """The form's printed instruction, not what it says of this child: "If a child is at
    risk of significant harm follow child protection procedures immediately"."""
    return bool(_IF_A_CHILD.search(before) and _DO_THIS.match(after))


_IF_A_CHILD = re.compile(r"\b(if|where|when) (a|any|the) (child|young person)( or young person)?"
                         r"( is| are| may be| might be)?\s*$", re.IGNORECASE)
_DO_THIS = re.compile(r"^[\s,]*(then\s+)?(please\s+)?(follow|call|contact|ring|phone|refer|report|"
                      r"do not|make)\b", re.IGNORECASE)


_DENIED = re.compile(r"\b(not|no|never|isn't|is not|wasn't|without|nor)\s+(a|an|any|the)?\s*"
                     r"(current|immediate|known|obvious)?\s*$", re.IGNORECASE)


def _phrase_pattern(phrase: str) -> re.Pattern[str]:
    words = (re.escape(w) for w in phrase.split())
    return re.compile(r"(?<!\w)" + r"\s+".join(words) + r"(?!\w)", re.IGNORECASE)


def key_child(form: Form) -> Person | None:
    """The first child on the form: the one whose postcode decides
    (ARCHITECTURE.md, "Contracts and rules")."""
    return next((p for p in form.people if p.role is Role.CHILD), None)
