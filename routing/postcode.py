"""The postcode checker (ARCHITECTURE.md, "Contracts and rules"). Pure.

A postcode is normalised (upper case, one space before the three-character inward
code), validated against the UK format with Royal Mail's letter rules, then looked
up: first in the full-postcode table, then in the sector/district rules. Details
name tables, wards, authorities and districts, never the full postcode, because
reasons end up in logs.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from parsers.form import Form
from routing.decision import ReasonCode
from routing.policy import PostcodeRule, RoutingPolicy

_INWARD_LENGTH = 3
# Shortest ("A9 9AA") and longest ("AA9A 9AA", "ASCN 1ZZ") postcodes without the space.
_MIN_LENGTH, _MAX_LENGTH = 5, 7

# Royal Mail letter rules: position 1 never Q V X; position 2 never I J Z; a letter in
# position 3 (A9A) is one of ABCDEFGHJKPSTUW; in position 4 (AA9A) one of ABEHMNPRVWXY;
# the inward code's letters are never C I K M O V.
_FIRST = "[A-PR-UWYZ]"
_SECOND = "[A-HK-Y]"
_THIRD = "[ABCDEFGHJKPSTUW]"
_FOURTH = "[ABEHMNPRVWXY]"
_INWARD = "[0-9][ABD-HJLNP-UW-Z]{2}"
_OUTWARD = (
    f"{_FIRST}[0-9]{{1,2}}"
    f"|{_FIRST}{_SECOND}[0-9]{{1,2}}"
    f"|{_FIRST}[0-9]{_THIRD}"
    f"|{_FIRST}{_SECOND}[0-9]{_FOURTH}"
)
# From the gov.uk pattern: Girobank's GIR 0AA and the overseas territories that use
# the UK shape (Ascension, St Helena, Tristan da Cunha, BIOT, Falklands, South
# Georgia, Pitcairn, Turks and Caicos). Valid, and never ours.
_SPECIAL = "GIR 0AA|(?:ASCN|STHL|TDCU|BBND|[BFS]IQQ|PCRN|TKCA) 1ZZ"
_POSTCODE = re.compile(f"(?:(?:{_OUTWARD}) {_INWARD}|{_SPECIAL})")
_STRIP = " \t\r\n.,;:()[]"


@dataclass(frozen=True)
class PostcodeResult:
    """The checker's answer.

    `area` is set when the postcode routes (then `reason` is None); `certain` is False
    for a match an admin should confirm (and whenever there is no area); `reason` is
    one of the postcode reason codes otherwise. `postcode` is the normalised form.
    """

    area: str | None
    certain: bool
    reason: ReasonCode | None
    detail: str = ""
    postcode: str | None = None


def normalise(text: str | None) -> str | None:
    """Upper case, one space before the inward code; None if it cannot be a postcode.

    Accepts any spacing ("dy51ab", " DY5  1AB "); does not check the format.
    """
    if text is None:
        return None
    compact = "".join(text.strip(_STRIP).split()).upper()
    if not (_MIN_LENGTH <= len(compact) <= _MAX_LENGTH) or not compact.isalnum():
        return None
    return f"{compact[:-_INWARD_LENGTH]} {compact[-_INWARD_LENGTH:]}"


def is_valid_format(pc: str) -> bool:
    """True for a normalised postcode of valid UK format (including GIR 0AA)."""
    return _POSTCODE.fullmatch(pc) is not None


def district(pc: str) -> str:
    """The outward code of a normalised postcode: "DY5 1AB" -> "DY5"."""
    return pc.split(" ", 1)[0]


def sector(pc: str) -> str:
    """District plus the inward code's digit: "DY5 1AB" -> "DY5 1"."""
    outward, _, inward = pc.partition(" ")
    return f"{outward} {inward[:1]}"


def check_postcode(raw: str | None, policy: RoutingPolicy) -> PostcodeResult:
    """Where a postcode routes, in the order of ARCHITECTURE.md.

    Missing -> postcode_missing; not a UK format -> postcode_invalid (checked first, so
    a mistyped postcode is never routed by its sector); full-postcode table (another
    authority -> postcode_out_of_area; our authority and a mapped ward -> that area,
    certain; our authority but an unmapped ward -> on to the rules); sector/district
    rules, longest prefix first; else postcode_out_of_area.
    """
    if raw is None or not raw.strip():
        return _failed(ReasonCode.POSTCODE_MISSING, "no postcode on the form", None)
    pc = normalise(raw)
    if pc is None or not is_valid_format(pc):
        return _failed(ReasonCode.POSTCODE_INVALID, "not a valid UK postcode", pc)
    found = _from_directory(pc, policy) or _from_rules(pc, policy)
    if found is not None:
        return found
    detail = f"district {district(pc)} is not in the postcode table or rules"
    return _failed(ReasonCode.POSTCODE_OUT_OF_AREA, detail, pc)


def check_form_postcode(form: Form, policy: RoutingPolicy) -> PostcodeResult:
    """`check_postcode` for a form's home postcode, except that a postcode the reader
    doubts (two different home postcodes on the form) is never routed: form_unclear,
    with the doubt as the detail, so no cluster can be the wrong one."""
    if form.postcode_doubt:
        detail = f"{form.postcode_doubt}: check which is the child's home"
        return _failed(ReasonCode.FORM_UNCLEAR, detail, normalise(form.address.postcode))
    return check_postcode(form.address.postcode, policy)


def _failed(code: ReasonCode, detail: str, pc: str | None) -> PostcodeResult:
    return PostcodeResult(area=None, certain=False, reason=code, detail=detail, postcode=pc)


def _from_directory(pc: str, policy: RoutingPolicy) -> PostcodeResult | None:
    """The full-postcode table's answer, or None to fall through to the rules."""
    record = policy.postcode_directory.lookup(pc)
    if record is None:
        return None
    if record.local_authority not in policy.local_authority_codes:
        detail = f"postcode table: local authority {record.local_authority}"
        return _failed(ReasonCode.POSTCODE_OUT_OF_AREA, detail, pc)
    area = policy.ward_areas.get(record.ward)
    if area is None:
        return None
    detail = f"postcode table: ward {record.ward}"
    return PostcodeResult(area=area, certain=True, reason=None, detail=detail, postcode=pc)


def _from_rules(pc: str, policy: RoutingPolicy) -> PostcodeResult | None:
    """The longest matching sector or district rule; the first listed on a tie."""
    rule = matching_rule(pc, policy.postcode_rules)
    if rule is None:
        return None
    detail = f"rule {_rule_key(rule)}" + ("" if rule.certain else " (uncertain)")
    return PostcodeResult(area=rule.area, certain=rule.certain, reason=None, detail=detail,
                          postcode=pc)


def matching_rule(pc: str, rules: tuple[PostcodeRule, ...]) -> PostcodeRule | None:
    """The rule whose prefix is the postcode's sector or whole district, longest first.

    A district rule matches the whole district only: "DY1" never matches "DY10 4AA".
    """
    keys = (sector(pc), district(pc))
    matches = [r for r in rules if _rule_key(r) in keys]
    # max() keeps the first of equal lengths, so config order breaks ties.
    return max(matches, key=lambda r: len(_rule_key(r)), default=None)


def _rule_key(rule: PostcodeRule) -> str:
    """A rule's prefix in normalised form ("dy5  1" -> "DY5 1")."""
    return " ".join(rule.prefix.upper().split())
