"""Pure rules of casework: what may happen to a routed case next.

From a routed case to the outcome email (ARCHITECTURE.md, "Contracts
and rules"): screening, the meeting's decision (or the step-down fast track), the
outcome email, and up to two reviews (Family Centre Manager, then Service Manager).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from enum import StrEnum


class CaseStatus(StrEnum):
    AWAITING_SCREENING = "awaiting_screening"
    CLOSED_AT_SCREENING = "closed_at_screening"  # no resource needed; referrer told why
    AWAITING_MEETING = "awaiting_meeting"  # on the agenda of an Allocation Partnership Meeting
    ALLOCATED = "allocated"  # resource allocated (at a meeting, or at once for step-down)
    NOT_ALLOCATED = "not_allocated"  # the meeting decided no resource
    STEPPED_UP = "stepped_up"  # to social care; the lead professional and social care told
    SIGNPOSTED = "signposted"  # to universal services, with the reason


class ReviewStage(StrEnum):
    FAMILY_CENTRE_MANAGER = "family_centre_manager"
    SERVICE_MANAGER = "service_manager"


class ReviewResult(StrEnum):
    UPHELD = "upheld"  # the decision stands
    CHANGED = "changed"  # the reviewer changed the decision


@dataclass(frozen=True)
class Allocation:
    """A meeting's decision on a case (or a review's changed one): what, by whom."""

    allocated: bool
    resource: str = ""
    agency: str = ""
    worker: str = ""
    multi_agency: bool = False
    notes: str = ""
    contact: str = ""  # how to reach who delivers it (email or telephone)
    kind: str = ""  # the pathway's allocation type ("" : the meeting's only kind)


class CaseworkError(Exception):
    """The action is not allowed now; the message says why in plain words."""


REVIEW_ORDER = (ReviewStage.FAMILY_CENTRE_MANAGER, ReviewStage.SERVICE_MANAGER)
_DECIDED = (CaseStatus.CLOSED_AT_SCREENING, CaseStatus.ALLOCATED, CaseStatus.NOT_ALLOCATED,
            CaseStatus.STEPPED_UP, CaseStatus.SIGNPOSTED)


def status_after_screening(*, resource_needed: bool) -> CaseStatus:
    """Screening either closes the case or puts it on the next meeting's agenda."""
    return CaseStatus.AWAITING_MEETING if resource_needed else CaseStatus.CLOSED_AT_SCREENING


def check_can_screen(status: CaseStatus) -> None:
    if status is not CaseStatus.AWAITING_SCREENING:
        raise CaseworkError(f"the case is {status.value}, not awaiting screening")


def check_can_allocate(
    status: CaseStatus, *, step_down: bool, meeting_date: dt.date | None, today: dt.date
) -> None:
    """A meeting decision needs the meeting to have happened; step-down needs no meeting."""
    if status is not CaseStatus.AWAITING_MEETING:
        raise CaseworkError(f"the case is {status.value}; only a screened case can be allocated")
    if step_down:
        return
    if meeting_date is None or meeting_date > today:
        raise CaseworkError(f"the case is for the meeting of {meeting_date}, which has not "
                            "happened yet (step-down cases are the exception)")


def status_after_decision(*, allocated: bool) -> CaseStatus:
    return CaseStatus.ALLOCATED if allocated else CaseStatus.NOT_ALLOCATED


def next_review_stage(
    status: CaseStatus, stages_done: tuple[ReviewStage, ...], *, open_review: bool
) -> ReviewStage:
    """The stage a new review request goes to; CaseworkError when none is possible."""
    if status not in _DECIDED:
        raise CaseworkError("only a decided case (closed, allocated or not) can be reviewed")
    if open_review:
        raise CaseworkError("a review of this case is already open")
    remaining = [s for s in REVIEW_ORDER if s not in stages_done]
    if not remaining:
        raise CaseworkError("both stages of review are done")
    return remaining[0]
