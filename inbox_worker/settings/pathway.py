"""The casework pathway: stages, who acts, outcomes and what follows, the bodies that
meet and how often, the allocation types, and the service's words.

Dudley's pathway is the default (`DUDLEY`): screening by the Family Centre Manager, then
the cluster's Allocation Partnership Meeting every 10 working days. Cross-references
(a stage's body, an outcome's stage or allocation type) are checked here with the key
named; whether the whole pathway can be completed is `routing.pathway.check`'s question,
asked at start by the worker and by `frontdoor check-config`.
"""

from __future__ import annotations

import datetime as dt
from typing import Literal

from pydantic import Field, model_validator

from inbox_worker.settings.common import Strict

_ID = r"^[a-z][a-z0-9_]*$"
Weekday = Literal["monday", "tuesday", "wednesday", "thursday", "friday"]
ThenName = Literal["stage", "allocate", "not_allocated", "step_up", "signpost", "close"]
RecordName = Literal["resource", "agency", "worker", "contact", "multi_agency"]


class CadenceSettings(Strict):
    """Exactly one of: every N working days (from `anchor`), weekly on a weekday, dates."""

    every_working_days: int | None = Field(None, ge=1, le=60)  # working days between meetings
    anchor: dt.date | None = None  # a known meeting (with every_working_days)
    weekly_on: Weekday | None = None  # e.g. tuesday: every week, skipped on a holiday
    dates: tuple[dt.date, ...] = ()  # the published calendar

    @model_validator(mode="after")
    def _one_kind(self) -> CadenceSettings:
        given = [k for k, v in (("every_working_days", self.every_working_days),
                                ("weekly_on", self.weekly_on), ("dates", self.dates)) if v]
        if len(given) != 1:
            raise ValueError("give exactly one of every_working_days, weekly_on or dates, "
                             f"not {' and '.join(given) or 'none'}")
        if self.anchor is not None and self.every_working_days is None:
            raise ValueError("anchor goes with every_working_days")
        return self


class BodySettings(Strict):
    """A meeting that decides cases, held in each area."""

    id: str = Field(pattern=_ID)
    name: str  # "Multi-agency Management Team"
    short_name: str = ""  # "MMT"
    cadence: CadenceSettings = CadenceSettings(every_working_days=10,
                                               anchor=dt.date(2016, 12, 15))


class AllocationSettings(Strict):
    id: str = Field(pattern=_ID)
    name: str  # "intensive family support worker"
    records: tuple[RecordName, ...] = ("resource",)  # what the record of it must give


class OutcomeSettings(Strict):
    id: str = Field(pattern=_ID)  # what an admin types: frontdoor case decide REF ID
    label: str  # as a person says it: "progress to the MMT"
    then: ThenName  # what follows
    stage: str = ""  # then: stage
    allocation: str = ""  # then: allocate
    tiers: tuple[int, ...] = ()  # only for these tiers/levels (empty: any)

    @model_validator(mode="after")
    def _what_follows(self) -> OutcomeSettings:
        if (self.then == "stage") != bool(self.stage):
            raise ValueError("stage: give it exactly when then is 'stage'")
        if (self.then == "allocate") != bool(self.allocation):
            raise ValueError("allocation: give it exactly when then is 'allocate'")
        return self


class StageSettings(Strict):
    id: str = Field(pattern=_ID)
    name: str  # "triage", "the MMT"
    actor: str  # who acts: "Early Help Access team"
    body: str = ""  # held at this body's meetings
    outcomes: tuple[OutcomeSettings, ...] = ()


class WordsSettings(Strict):
    need: str = "level"  # "level" or "tier", in emails, agendas and figures
    area: str = "cluster"  # "cluster" or "area"
    first_reviewer: str = "Family Centre Manager"  # who reviews a disputed outcome first
    second_reviewer: str = "Service Manager"  # and then


class SocialCareSettings(Strict):
    name: str = "MASH"  # where a step up goes: "Referral and Response (social care)"
    contact: str = ""  # email told of every step up


class PathwaySettings(Strict):
    words: WordsSettings = WordsSettings()
    social_care: SocialCareSettings = SocialCareSettings()
    bodies: tuple[BodySettings, ...] = ()
    allocations: tuple[AllocationSettings, ...] = ()
    stages: tuple[StageSettings, ...] = Field(min_length=1)  # the first is where cases start
    step_down_at_once: bool = True  # a step-down is decided without waiting for the meeting

    @model_validator(mode="after")
    def _cross_references(self) -> PathwaySettings:
        for key, ids in (("bodies", [b.id for b in self.bodies]),
                         ("allocations", [a.id for a in self.allocations]),
                         ("stages", [s.id for s in self.stages])):
            repeated = sorted({i for i in ids if ids.count(i) > 1})
            if repeated:
                raise ValueError(f"{key}: id used twice: {', '.join(repeated)}")
        for i, stage in enumerate(self.stages):
            self._check_stage(f"stages[{i}]", stage)
        return self

    def _check_stage(self, key: str, stage: StageSettings) -> None:
        if stage.body and stage.body not in {b.id for b in self.bodies}:
            raise ValueError(f"{key}.body: no body with id '{stage.body}'")
        stages, kinds = {s.id for s in self.stages}, {a.id for a in self.allocations}
        for j, outcome in enumerate(stage.outcomes):
            if outcome.stage and outcome.stage not in stages:
                raise ValueError(f"{key}.outcomes[{j}].stage: leads nowhere: no stage with "
                                 f"id '{outcome.stage}'")
            if outcome.allocation and outcome.allocation not in kinds:
                raise ValueError(f"{key}.outcomes[{j}].allocation: leads nowhere: no "
                                 f"allocation type with id '{outcome.allocation}'")


DUDLEY = PathwaySettings.model_validate({
    "bodies": [{"id": "apm", "name": "Allocation Partnership Meeting", "short_name": "APM"}],
    "allocations": [{"id": "resource", "name": "a resource from the cluster's partners",
                     "records": ["resource", "agency", "worker", "contact", "multi_agency"]}],
    "stages": [
        {"id": "screening", "name": "screening", "actor": "Family Centre Manager",
         "outcomes": [
             {"id": "needed", "label": "a resource is needed", "then": "stage",
              "stage": "apm"},
             {"id": "close", "label": "no resource needed", "then": "close"}]},
        {"id": "apm", "name": "the Allocation Partnership Meeting",
         "actor": "cluster's partners", "body": "apm",
         "outcomes": [
             {"id": "allocated", "label": "resource allocated", "then": "allocate",
              "allocation": "resource"},
             {"id": "not_allocated", "label": "no resource allocated",
              "then": "not_allocated"}]}],
})
