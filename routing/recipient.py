"""Whom to answer: one pure decision (DESIGN.md, "Whom to answer").

The address is the addr-spec of the header, parsed strictly, never read from a display
name (`"alice@example.com" <bob@example.com>` is bob). Reply-To is used only when From is a
no-reply or notification address (secure-mail notices, web forms): a stranger's Reply-To
on an ordinary message must never be told that a referral was made. No-reply addresses
and our own mailboxes are never answered.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from email import policy as email_policy
from email.headerregistry import Address
from enum import StrEnum

from parsers.mail.message import ParsedMail
from routing.policy import RoutingPolicy

# RFC 5321's longest path is 256 with the brackets: a longer "address" is not one.
MAX_ADDRESS = 254
_ADDR_SPEC = re.compile(r"[!-~]+@[A-Za-z0-9](?:[A-Za-z0-9.-]*[A-Za-z0-9])?")
_ANGLE_AT_END = re.compile(r"<([^<>\s]+)>\s*$")
# Local parts (lower case, without "-", "_", "." and any "+tag") of addresses nobody reads.
_NO_REPLY_PREFIXES = ("noreply", "donotreply", "dontreply", "noresponse", "mailerdaemon")
_NO_REPLY_NAMES = frozenset({"notification", "notifications", "notify", "postmaster",
                             "bounce", "bounces", "alert", "alerts", "autoreply", "automail"})


class NoAnswer(StrEnum):
    """Why a message is not answered (stored with the message; codes, never addresses)."""

    NO_ADDRESS = "no_address"  # no From (or Reply-To) that parses as exactly one address
    NO_REPLY = "no_reply"  # From is a no-reply address and Reply-To offers no other
    OWN_MAILBOX = "own_mailbox"  # it would answer one of our own mailboxes


@dataclass(frozen=True)
class Answer:
    """The address to answer, or why there is none."""

    address: str | None
    via: str = "from"  # "from" | "reply_to"
    withheld: NoAnswer | None = None


def whom_to_answer(mail: ParsedMail, policy: RoutingPolicy) -> Answer:
    """The address an acknowledgement goes to (see the module's docstring)."""
    sender = from_address(mail)
    if not sender:
        return Answer(None, withheld=NoAnswer.NO_ADDRESS)
    if not is_no_reply(sender):
        return _unless_ours(Answer(sender), policy)
    reply_to = _strict(_values(mail, "reply-to"), first=True)
    if not reply_to or is_no_reply(reply_to):
        return Answer(None, withheld=NoAnswer.NO_REPLY)
    return _unless_ours(Answer(reply_to, via="reply_to"), policy)


def _unless_ours(answer: Answer, policy: RoutingPolicy) -> Answer:
    ours = {a.strip().lower() for a in (*policy.own_addresses, *policy.mailbox_addresses)}
    if answer.address in ours:
        return Answer(None, withheld=NoAnswer.OWN_MAILBOX)
    return answer


def from_address(mail: ParsedMail) -> str:
    """The From header's one addr-spec, lower case; '' when it has none or several.
    Without a From header (a message built in memory), the parsed sender is read."""
    values = _values(mail, "from") or ((mail.sender,) if mail.sender else ())
    return _strict(values, first=False)


def is_no_reply(address: str) -> bool:
    """noreply@, no-reply+x@, do_not_reply@, notifications@, mailer-daemon@ ..."""
    local = address.rpartition("@")[0].split("+", 1)[0].lower()
    squashed = re.sub(r"[-_.]", "", local)
    return squashed.startswith(_NO_REPLY_PREFIXES) or squashed in _NO_REPLY_NAMES


def _values(mail: ParsedMail, name: str) -> tuple[str, ...]:
    return tuple(v for k, v in mail.headers if k.lower() == name)


def _strict(values: tuple[str, ...], *, first: bool) -> str:
    """The one address of one header (or the first of several with `first`), or ''."""
    if len(values) != 1:
        return ""
    found = parse_addresses(values[0])
    if not found or (len(found) > 1 and not first):
        return ""
    return found[0]


@functools.lru_cache(maxsize=1024)  # a message's From is read several times
def parse_addresses(value: str) -> tuple[str, ...]:
    """The addr-specs of an address-list header, by the standard library's strict parser.

    Header values arrive decoded (RFC 2047), so an encoded display name may now hold
    specials (`alice@example.com <bob@example.com>`); where the plain parse is defective
    and the value ends in the only angle-addr, the display name is quoted and parsed again.
    An address that is not plain printable ASCII, or too long, counts as none."""
    addresses = _parse(value)
    if addresses is None:
        angle = _ANGLE_AT_END.search(value)
        display = value[:angle.start()] if angle else "<"
        if angle is not None and "<" not in display and ">" not in display:
            display = display.replace("\\", "").replace('"', "").strip()
            addresses = _parse(f'"{display}" <{angle.group(1)}>')
    return tuple(a for a in (addresses or ()) if _sendable(a))


def _parse(value: str) -> tuple[str, ...] | None:
    try:
        header = email_policy.default.header_factory("from", value)
        found: tuple[Address, ...] = header.addresses
    except Exception:  # the parser's last resort on hostile text: no address
        return None
    if header.defects:
        return None
    return tuple(a.addr_spec.lower() for a in found)


def _sendable(address: str) -> bool:
    return len(address) <= MAX_ADDRESS and _ADDR_SPEC.fullmatch(address) is not None
