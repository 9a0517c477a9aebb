"""A council's casework pathway as plain values, and the pure rules that walk it.

A pathway is stages, each acted on by someone (`actor`), each with outcomes; an outcome
says what follows (`Then`): another stage (held at a body's next meeting when that stage
belongs to a body), an allocation of a named type, no allocation, a step up to social
care (whose contact is told), a signpost to universal services or a close (both with a
reason). Dudley (screening -> Allocation Partnership Meeting) and Doncaster (triage by
the Early Help Access team -> the area's MMT) are two pathways of the same rules. The
worker builds a `Pathway` from its settings; nothing here reads a file or a clock.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from enum import StrEnum

from routing.casework import CaseStatus, CaseworkError
from routing.pathway.calendars import Cadence


class Then(StrEnum):
    STAGE = "stage"  # on to another stage (at the body's next meeting if it has one)
    ALLOCATE = "allocate"  # an allocation of a type: recorded, the outcome emailed
    NOT_ALLOCATED = "not_allocated"  # no resource; the outcome emailed
    STEP_UP = "step_up"  # to social care: the lead professional and social care told
    SIGNPOST = "signpost"  # to universal services, with a reason
    CLOSE = "close"  # closed, with a reason


_STATUS_AFTER = {Then.ALLOCATE: CaseStatus.ALLOCATED, Then.NOT_ALLOCATED: CaseStatus.NOT_ALLOCATED,
                 Then.STEP_UP: CaseStatus.STEPPED_UP, Then.SIGNPOST: CaseStatus.SIGNPOSTED,
                 Then.CLOSE: CaseStatus.CLOSED_AT_SCREENING}
NEEDS_REASON = (Then.SIGNPOST, Then.CLOSE, Then.STEP_UP)


@dataclass(frozen=True)
class Outcome:
    """One decision a stage can make. `tiers`: only for cases of these tiers (or levels)
    and for cases whose form gives none; empty: for every case."""

    id: str
    label: str
    then: Then
    stage: str = ""  # Then.STAGE: the stage it goes to
    allocation: str = ""  # Then.ALLOCATE: the allocation type
    tiers: tuple[int, ...] = ()

    def applies_to(self, tier: int | None) -> bool:
        return not self.tiers or tier is None or tier in self.tiers


@dataclass(frozen=True)
class Stage:
    id: str
    name: str  # as a person says it: "screening", "triage", "the MMT"
    actor: str  # who acts: "Family Centre Manager", "Early Help Access team"
    outcomes: tuple[Outcome, ...]
    body: str = ""  # held at this body's meetings ("" : decided when ready)


@dataclass(frozen=True)
class Body:
    """A meeting that decides cases (an APM, an MMT, a panel), held per area."""

    id: str
    name: str  # "Allocation Partnership Meeting"
    short_name: str  # "APM"
    cadence: Cadence = field(default_factory=lambda: Cadence(every_working_days=10))


ALLOCATION_FIELDS = ("resource", "agency", "worker", "contact", "multi_agency")


@dataclass(frozen=True)
class AllocationType:
    """What a stage allocates: a named resource, and which details the record must give."""

    id: str
    name: str  # "intensive family support worker"
    records: tuple[str, ...] = ("resource",)  # of ALLOCATION_FIELDS


@dataclass(frozen=True)
class Words:
    """The service's words for what every council has."""

    need: str = "level"  # "level" (Dudley) or "tier" (Doncaster)
    area: str = "cluster"  # "cluster" or "area"
    first_reviewer: str = "Family Centre Manager"
    second_reviewer: str = "Service Manager"


@dataclass(frozen=True)
class SocialCare:
    """Where a step up goes, and who is told."""

    name: str = "MASH"  # "Referral and Response (social care)"
    contact: str = ""  # email told of each step up


@dataclass(frozen=True)
class Pathway:
    stages: tuple[Stage, ...]
    bodies: tuple[Body, ...] = ()
    allocations: tuple[AllocationType, ...] = ()
    words: Words = field(default_factory=Words)
    social_care: SocialCare = field(default_factory=SocialCare)
    step_down_at_once: bool = True  # a step-down is decided without waiting for the meeting

    @property
    def first(self) -> Stage:
        return self.stages[0]

    def stage(self, stage_id: str | None) -> Stage:
        """The stage by id; None is the first stage (cases made before stages were kept)."""
        if stage_id is None:
            return self.first
        found = next((s for s in self.stages if s.id == stage_id), None)
        if found is None:
            raise CaseworkError(f"the pathway has no stage '{stage_id}'")
        return found

    def body(self, body_id: str) -> Body | None:
        return next((b for b in self.bodies if b.id == body_id), None)

    def allocation(self, allocation_id: str) -> AllocationType | None:
        return next((a for a in self.allocations if a.id == allocation_id), None)

    def meeting_stage(self) -> Stage | None:
        """The first stage held at a body (the meeting), if the pathway has one."""
        return next((s for s in self.stages if s.body), None)

    def body_of(self, stage: Stage) -> Body | None:
        return self.body(stage.body) if stage.body else None


def choices(stage: Stage, tier: int | None) -> tuple[Outcome, ...]:
    """The outcomes open to a case of `tier` at `stage`."""
    return tuple(o for o in stage.outcomes if o.applies_to(tier))


def choose(stage: Stage, outcome_id: str, tier: int | None, reason: str) -> Outcome:
    """The outcome to record; CaseworkError in plain words when it cannot be."""
    outcome = next((o for o in stage.outcomes if o.id == outcome_id), None)
    if outcome is None:
        known = ", ".join(o.id for o in stage.outcomes)
        raise CaseworkError(f"{stage.name} has no outcome '{outcome_id}' (it has: {known})")
    if not outcome.applies_to(tier):
        tiers = ", ".join(map(str, outcome.tiers))
        raise CaseworkError(f"'{outcome.id}' is only for {tiers}; this case is {tier}")
    if outcome.then in NEEDS_REASON and not reason.strip():
        raise CaseworkError(f"'{outcome.label}' needs a reason for the lead professional")
    return outcome


def status_after(pathway: Pathway, outcome: Outcome) -> CaseStatus:
    """Where a case is once `outcome` is recorded."""
    if outcome.then is Then.STAGE:
        return (CaseStatus.AWAITING_MEETING if pathway.stage(outcome.stage).body
                else CaseStatus.AWAITING_SCREENING)
    return _STATUS_AFTER[outcome.then]


def check_can_decide(
    pathway: Pathway, status: CaseStatus, stage: Stage, *, step_down: bool,
    meeting_date: dt.date | None, today: dt.date,
) -> None:
    """A stage held at a body waits for its meeting, unless a step-down goes at once."""
    if status not in (CaseStatus.AWAITING_SCREENING, CaseStatus.AWAITING_MEETING):
        raise CaseworkError(f"the case is {status.value}: it is not waiting for a decision")
    if not stage.body or (step_down and pathway.step_down_at_once):
        return
    if meeting_date is None or meeting_date > today:
        body = pathway.body_of(stage)
        raise CaseworkError(f"the case is for the {body.name if body else stage.name} of "
                            f"{meeting_date}, which has not happened yet (step-down cases "
                            "are the exception)")
