"""Bytes of one message to a decision: parse, extract, make safe, decide. No I/O.

Shared by the worker and by `frontdoor route`, so both decide the same way. What the
reader returns passes the safety boundary (`worker/boundary.py`) before anything else
sees it.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Protocol

from inbox_worker.worker.boundary import made_safe
from parsers.mail.message import ParsedMail
from parsers.mail.mime import parse_headers
from parsers.results import MailExtraction
from routing.decide import decide
from routing.decision import Decision, Outcome, Reason, ReasonCode
from routing.policy import RoutingPolicy


class MailReader(Protocol):
    """Parses a message and reads its files (`reading.pool.ReaderPool`: in reader processes)."""

    def read(self, raw: bytes) -> tuple[ParsedMail, MailExtraction]: ...

    def close(self) -> None: ...


@dataclass(frozen=True)
class Analysis:
    mail: ParsedMail
    extraction: MailExtraction
    decision: Decision


def analyse(
    raw: bytes, policy: RoutingPolicy, *, received_in: str, today: dt.date, max_bytes: int,
    reader: MailReader,
) -> Analysis:
    """The decision for one message. Too large a message is not parsed at all: only its
    headers are read, to answer the sender."""
    if len(raw) > max_bytes:
        return Analysis(made_safe(parse_headers(raw)), MailExtraction(),
                        oversized(len(raw), max_bytes, received_in))
    mail, extraction = made_safe(reader.read(raw))
    return Analysis(mail, extraction, decide(mail, extraction, policy, received_in=received_in,
                                             today=today))


def oversized(size: int, limit: int, received_in: str) -> Decision:
    detail = f"whole message: {size / 1e6:.1f} MB is over the {limit / 1e6:.1f} MB limit"
    reason = Reason(ReasonCode.UNREADABLE_ATTACHMENT, detail)
    return Decision(Outcome.EXCEPTION, received_in, reasons=(reason,))


def quarantined(received_in: str, what: str) -> Decision:
    """The decision for a message whose handling failed: `what` says which step, with
    codes and counts only ("reading failed 3 times (ValueError)")."""
    reason = Reason(ReasonCode.PROCESSING_FAILED, f"{what}; original kept")
    return Decision(Outcome.EXCEPTION, received_in, reasons=(reason,))
