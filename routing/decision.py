"""The decision contract (ARCHITECTURE.md, "Contracts and rules")."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from parsers.form import Form


class Outcome(StrEnum):
    ROUTED = "routed"
    EXCEPTION = "exception"
    IGNORED = "ignored"


class ReasonCode(StrEnum):
    """Stable codes for why an item is in the exception queue (or ignored)."""

    NO_FORM_FOUND = "no_form_found"
    UNREADABLE_ATTACHMENT = "unreadable_attachment"
    CONSENT_MISSING = "consent_missing"
    POSTCODE_MISSING = "postcode_missing"
    POSTCODE_INVALID = "postcode_invalid"
    POSTCODE_OUT_OF_AREA = "postcode_out_of_area"
    SAFEGUARDING_CONCERN = "safeguarding_concern"
    # The reader is unsure (two home postcodes, say): the detail says what is unclear.
    FORM_UNCLEAR = "form_unclear"
    # Set by the worker, not by routing: a message that failed to process 3 times.
    PROCESSING_FAILED = "processing_failed"
    # Reasons for `ignored` (no case, no reply).
    AUTO_REPLY = "auto_reply"
    BOUNCE = "bounce"  # RFC 3464 delivery reports, Exchange NDRs, mailer-daemon
    READ_RECEIPT = "read_receipt"  # RFC 8098 disposition notifications, "Read:" receipts
    LIST_MAIL = "list_mail"  # List-* headers (RFC 2369, RFC 2919)
    OWN_MAIL = "own_mail"
    MAIL_LOOP = "mail_loop"  # X-Loop to us, our messages piling up in References, many hops


class Flag(StrEnum):
    """Flags that do not stop routing."""

    INSECURE_CHANNEL = "insecure_channel"
    MISDIRECTED = "misdirected"
    POSSIBLE_DUPLICATE = "possible_duplicate"
    POSTCODE_UNCERTAIN = "postcode_uncertain"


class Priority(StrEnum):
    NORMAL = "normal"
    STEP_DOWN = "step_down"
    URGENT = "urgent"


@dataclass(frozen=True)
class Reason:
    """A reason code with an optional plain detail, shown as `code:detail`."""

    code: ReasonCode
    detail: str = ""

    def __str__(self) -> str:
        return f"{self.code.value}:{self.detail}" if self.detail else self.code.value


@dataclass(frozen=True)
class Decision:
    outcome: Outcome
    received_in: str
    cluster: str | None = None
    reasons: tuple[Reason, ...] = ()
    flags: tuple[Flag, ...] = ()
    priority: Priority = Priority.NORMAL
    form: Form | None = None

    def has_reason(self, code: ReasonCode) -> bool:
        return any(r.code is code for r in self.reasons)

    def to_json(self) -> dict[str, Any]:
        """The documented JSON shape of a decision."""
        return {
            "outcome": self.outcome.value,
            "cluster": self.cluster,
            "received_in": self.received_in,
            "reasons": [str(r) for r in self.reasons],
            "flags": [f.value for f in self.flags],
            "priority": self.priority.value,
            "form": self.form.to_json() if self.form else None,
        }
