"""The configured pathway as `routing.pathway` values, checked at start, and its words
for whatever shows a case (the command line, emails, the admin pages)."""

from __future__ import annotations

from functools import lru_cache

from inbox_worker.settings import Settings, SettingsError
from inbox_worker.settings.pathway import CadenceSettings, PathwaySettings, StageSettings
from routing.casework import CaseStatus
from routing.pathway.calendars import WEEKDAYS, Cadence
from routing.pathway.check import problems
from routing.pathway.model import (
    AllocationType,
    Body,
    Outcome,
    Pathway,
    SocialCare,
    Stage,
    Then,
    Words,
)


def pathway_of(settings: Settings) -> Pathway:
    """The settings' pathway as pure values (built once per settings object)."""
    return _converted(settings.pathway)


@lru_cache(maxsize=16)
def _converted(raw: PathwaySettings) -> Pathway:
    return Pathway(
        stages=tuple(_stage(s) for s in raw.stages),
        bodies=tuple(Body(b.id, b.name, b.short_name or b.name, cadence_of(b.cadence))
                     for b in raw.bodies),
        allocations=tuple(AllocationType(a.id, a.name, a.records) for a in raw.allocations),
        words=Words(**raw.words.model_dump()),
        social_care=SocialCare(**raw.social_care.model_dump()),
        step_down_at_once=raw.step_down_at_once)


def _stage(raw: StageSettings) -> Stage:
    outcomes = tuple(Outcome(o.id, o.label, Then(o.then), o.stage, o.allocation, o.tiers)
                     for o in raw.outcomes)
    return Stage(raw.id, raw.name, raw.actor, outcomes, raw.body)


def cadence_of(raw: CadenceSettings) -> Cadence:
    return Cadence(every_working_days=raw.every_working_days or 0, anchor=raw.anchor,
                   weekday=WEEKDAYS.index(raw.weekly_on) if raw.weekly_on else None,
                   dates=raw.dates)


def check_pathway(settings: Settings) -> Pathway:
    """The pathway, or SettingsError naming each key that stops a case being completed."""
    pathway = pathway_of(settings)
    found = problems(pathway, settings.cluster_levels)
    if found:
        raise SettingsError("the pathway cannot be completed:\n" +
                            "\n".join(f"  {p}" for p in found))
    return pathway


_STATUS_WORDS = {
    CaseStatus.CLOSED_AT_SCREENING: "closed", CaseStatus.ALLOCATED: "allocated",
    CaseStatus.NOT_ALLOCATED: "no resource allocated",
    CaseStatus.STEPPED_UP: "stepped up to {social_care}",
    CaseStatus.SIGNPOSTED: "signposted to universal services",
}


def status_words(pathway: Pathway, status: CaseStatus, stage_id: str | None) -> str:
    """A case's status as the service says it ('awaiting triage', 'on the MMT's agenda')."""
    if status is CaseStatus.AWAITING_SCREENING:
        return f"awaiting {pathway.stage(stage_id).name}"
    if status is CaseStatus.AWAITING_MEETING:
        stage = pathway.stage(stage_id)
        body = pathway.body_of(stage)
        return f"on the agenda of the {body.short_name if body else stage.name}"
    return _STATUS_WORDS[status].format(social_care=pathway.social_care.name)
