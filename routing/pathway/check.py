"""Whether a pathway can be completed, and the pathway as a person reads it.

`problems` names each fault by its key in the configuration (`pathway.stages.triage...`):
an outcome leading nowhere, a stage nobody acts on, a stage no case can reach or leave,
a tier for which a stage offers no outcome. `describe` is what `frontdoor check-config`
prints. Both are pure.
"""

from __future__ import annotations

from routing.pathway.model import NEEDS_REASON, Outcome, Pathway, Stage, Then, choices


def problems(pathway: Pathway, tiers: tuple[int, ...] = ()) -> tuple[str, ...]:
    """Every reason the pathway cannot take a case to its end; empty when it can."""
    if not pathway.stages:
        return ("pathway.stages: give at least one stage",)
    found = [p for stage in pathway.stages for p in _stage_problems(pathway, stage, tiers)]
    found += _flow_problems(pathway)
    if not pathway.social_care.contact and any(
            o.then is Then.STEP_UP for s in pathway.stages for o in s.outcomes):
        found.append("pathway.social_care.contact: a step up tells social care: give the "
                     "email of its contact")
    return tuple(found)


def _stage_problems(pathway: Pathway, stage: Stage, tiers: tuple[int, ...]) -> list[str]:
    key = f"pathway.stages.{stage.id}"
    found = []
    if not stage.actor.strip():
        found.append(f"{key}.actor: nobody acts on {stage.name}: say who does")
    if stage.body and pathway.body(stage.body) is None:
        found.append(f"{key}.body: no body with id '{stage.body}' in pathway.bodies")
    if not stage.outcomes:
        found.append(f"{key}.outcomes: {stage.name} has no outcome, so no case there can "
                     "be decided")
    found += [p for o in stage.outcomes if (p := _outcome_problem(pathway, key, o))]
    missing = [t for t in tiers if stage.outcomes and not choices(stage, t)]
    if missing:
        found.append(f"{key}.outcomes: no outcome for {pathway.words.need} "
                     f"{', '.join(map(str, missing))}: such a case could never leave "
                     f"{stage.name}")
    return found


def _outcome_problem(pathway: Pathway, key: str, outcome: Outcome) -> str:
    where = f"{key}.outcomes.{outcome.id}"
    if outcome.then is Then.STAGE and not any(s.id == outcome.stage for s in pathway.stages):
        return f"{where}.stage: leads nowhere: no stage with id '{outcome.stage}'"
    if outcome.then is Then.ALLOCATE and pathway.allocation(outcome.allocation) is None:
        return (f"{where}.allocation: leads nowhere: no allocation type with id "
                f"'{outcome.allocation}' in pathway.allocations")
    return ""


def _flow_problems(pathway: Pathway) -> list[str]:
    reachable = _reachable(pathway)
    ending = _can_end(pathway)
    found = [f"pathway.stages.{s.id}: no outcome leads to {s.name}, so no case reaches it"
             for s in pathway.stages if s.id not in reachable]
    found += [f"pathway.stages.{s.id}.outcomes: every outcome of {s.name} leads back "
              "without an end, so a case there can never be completed"
              for s in pathway.stages if s.outcomes and s.id not in ending]
    return found


def _next_stages(stage: Stage) -> set[str]:
    return {o.stage for o in stage.outcomes if o.then is Then.STAGE}


def _reachable(pathway: Pathway) -> set[str]:
    seen, todo = {pathway.first.id}, [pathway.first]
    by_id = {s.id: s for s in pathway.stages}
    while todo:
        for target in _next_stages(todo.pop()) - seen:
            if target in by_id:
                seen.add(target)
                todo.append(by_id[target])
    return seen


def _can_end(pathway: Pathway) -> set[str]:
    """Stages from which some sequence of outcomes ends the case (a fixpoint)."""
    ending: set[str] = set()
    changed = True
    while changed:
        before = len(ending)
        ending |= {s.id for s in pathway.stages
                   if any(o.then is not Then.STAGE or o.stage in ending for o in s.outcomes)}
        changed = len(ending) != before
    return ending


def describe(pathway: Pathway) -> list[str]:
    """The pathway in the service's words, one stage after another."""
    words = pathway.words
    lines = [f"pathway (in the service's words: {words.need}, {words.area}):"]
    for number, stage in enumerate(pathway.stages, start=1):
        lines.append(f"  {number}. {_stage_heading(pathway, stage)}")
        lines += [f"       {o.id}{_tiers(pathway, o)} \"{o.label}\": {_then(pathway, o)}"
                  for o in stage.outcomes]
    meeting = pathway.meeting_stage()
    if meeting is not None:
        short = _body_name(pathway, meeting)
        lines.append("  a step-down from social care: " + (
            f"decided at once, without waiting for the {short}, then listed at its next "
            "meeting" if pathway.step_down_at_once else f"waits for the {short} like any case"))
    lines.append(f"  reviews: the {words.first_reviewer}, then the {words.second_reviewer}")
    return lines


def _stage_heading(pathway: Pathway, stage: Stage) -> str:
    body = pathway.body_of(stage)
    if body is None:
        return f"{stage.name}: decided by the {stage.actor}"
    return (f"{stage.name}: decided by the {stage.actor} at the {body.name} "
            f"({body.short_name}), {body.cadence.describe()}")


def _body_name(pathway: Pathway, stage: Stage) -> str:
    body = pathway.body_of(stage)
    return body.short_name or body.name if body else stage.name


def _tiers(pathway: Pathway, outcome: Outcome) -> str:
    if not outcome.tiers:
        return ""
    return f" ({pathway.words.need} {', '.join(map(str, outcome.tiers))} only)"


_TOLD = "the lead professional emailed"


def _then(pathway: Pathway, outcome: Outcome) -> str:
    if outcome.then is Then.STAGE:
        target = pathway.stage(outcome.stage)
        body = pathway.body_of(target)
        return f"on to {target.name}" + (
            f", at the {pathway.words.area}'s next {body.short_name}" if body else "")
    if outcome.then is Then.ALLOCATE:
        kind = pathway.allocation(outcome.allocation)
        assert kind is not None  # problems() first
        return f"allocated: {kind.name} (recording {', '.join(kind.records)}); {_TOLD}"
    reason = " with a reason" if outcome.then in NEEDS_REASON else ""
    return {Then.NOT_ALLOCATED: f"no resource allocated; {_TOLD}",
            Then.STEP_UP: f"stepped up to {pathway.social_care.name}{reason}; the lead "
                          f"professional and {pathway.social_care.contact or 'social care'} "
                          "emailed",
            Then.SIGNPOST: f"signposted to universal services{reason}; {_TOLD}",
            Then.CLOSE: f"closed{reason}; {_TOLD}"}[outcome.then]
