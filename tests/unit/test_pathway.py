"""The pathway's pure rules: what a stage may decide, where a case goes, and the faults
that stop a pathway being completed, each named by its key; the calendars beside
"every N working days"."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime

import pytest

from routing.casework import CaseStatus, CaseworkError
from routing.pathway.calendars import Cadence, ListedCalendar, NoMeetingListedError, WeeklyCalendar
from routing.pathway.check import describe, problems
from routing.pathway.model import (
    AllocationType,
    Body,
    Outcome,
    Pathway,
    SocialCare,
    Stage,
    Then,
    check_can_decide,
    choices,
    choose,
    status_after,
)

TRIAGE = Stage("triage", "triage", "Early Help Access team", (
    Outcome("progress", "progress to the MMT", Then.STAGE, stage="mmt"),
    Outcome("step_up", "needs social care", Then.STEP_UP),
    Outcome("signpost", "neither threshold", Then.SIGNPOST)))
MMT = Stage("mmt", "the MMT", "area's managers", (
    Outcome("enhanced", "enhanced", Then.ALLOCATE, allocation="ifsw", tiers=(3,)),
    Outcome("targeted", "targeted", Then.ALLOCATE, allocation="lp", tiers=(2,))), body="mmt")
DONCASTER = Pathway(
    stages=(TRIAGE, MMT), bodies=(Body("mmt", "Multi-agency Management Team", "MMT",
                                       Cadence(weekday=1)),),
    allocations=(AllocationType("ifsw", "intensive family support worker"),
                 AllocationType("lp", "lead professional")),
    social_care=SocialCare("Referral and Response", "rar@doncaster.example"))


def test_a_complete_pathway_has_no_problems() -> None:
    assert problems(DONCASTER, (2, 3)) == ()


@pytest.mark.parametrize(("pathway", "expected"), [
    (replace(DONCASTER, stages=(replace(TRIAGE, actor=""), MMT)),
     "pathway.stages.triage.actor: nobody acts on triage"),
    (replace(DONCASTER, stages=(TRIAGE, replace(MMT, outcomes=()))),
     "pathway.stages.mmt.outcomes: the MMT has no outcome"),
    (replace(DONCASTER, stages=(replace(TRIAGE, outcomes=(
        Outcome("progress", "on", Then.STAGE, stage="panel"),)), MMT)),
     "pathway.stages.triage.outcomes.progress.stage: leads nowhere: no stage with id 'panel'"),
    (replace(DONCASTER, allocations=()),
     "pathway.stages.mmt.outcomes.enhanced.allocation: leads nowhere"),
    (replace(DONCASTER, stages=(replace(TRIAGE, outcomes=TRIAGE.outcomes[1:]), MMT)),
     "pathway.stages.mmt: no outcome leads to the MMT"),
    (replace(DONCASTER, stages=(replace(TRIAGE, outcomes=TRIAGE.outcomes[:1]), replace(
        MMT, outcomes=(Outcome("again", "again", Then.STAGE, stage="triage"),)))),
     "pathway.stages.mmt.outcomes: every outcome of the MMT leads back"),
    (replace(DONCASTER, social_care=SocialCare("Referral and Response", "")),
     "pathway.social_care.contact: a step up tells social care"),
    (replace(DONCASTER, bodies=()), "pathway.stages.mmt.body: no body with id 'mmt'"),
])
def test_a_pathway_that_cannot_be_completed_names_the_key(pathway: Pathway,
                                                          expected: str) -> None:
    assert any(p.startswith(expected) for p in problems(pathway, (2, 3))), problems(pathway)


def test_a_tier_no_outcome_takes_is_a_problem() -> None:
    (problem,) = problems(DONCASTER, (2, 3, 4))
    assert problem.startswith("pathway.stages.mmt.outcomes: no outcome for level 4")


def test_outcomes_for_a_tier_and_for_an_unknown_tier() -> None:
    assert [o.id for o in choices(MMT, 3)] == ["enhanced"]
    assert [o.id for o in choices(MMT, None)] == ["enhanced", "targeted"]
    with pytest.raises(CaseworkError, match="'targeted' is only for 2; this case is 3"):
        choose(MMT, "targeted", 3, "")
    with pytest.raises(CaseworkError, match="the MMT has no outcome 'close'"):
        choose(MMT, "close", 3, "")


def test_a_step_up_and_a_signpost_need_a_reason() -> None:
    for outcome_id in ("step_up", "signpost"):
        with pytest.raises(CaseworkError, match="needs a reason for the lead professional"):
            choose(TRIAGE, outcome_id, 2, "  ")
        assert choose(TRIAGE, outcome_id, 2, "why").id == outcome_id


@pytest.mark.parametrize(("outcome_id", "status"), [
    ("progress", CaseStatus.AWAITING_MEETING), ("step_up", CaseStatus.STEPPED_UP),
    ("signpost", CaseStatus.SIGNPOSTED)])
def test_status_after_each_outcome(outcome_id: str, status: CaseStatus) -> None:
    assert status_after(DONCASTER, choose(TRIAGE, outcome_id, 2, "why")) is status


def test_a_meeting_stage_waits_for_its_meeting_but_a_step_down_does_not() -> None:
    waiting = CaseStatus.AWAITING_MEETING
    with pytest.raises(CaseworkError, match="Multi-agency Management Team of 2026-12-01"):
        check_can_decide(DONCASTER, waiting, MMT, step_down=False,
                         meeting_date=date(2026, 12, 1), today=date(2026, 11, 30))
    check_can_decide(DONCASTER, waiting, MMT, step_down=True, meeting_date=date(2026, 12, 1),
                     today=date(2026, 11, 30))
    with pytest.raises(CaseworkError, match="not waiting for a decision"):
        check_can_decide(DONCASTER, CaseStatus.SIGNPOSTED, TRIAGE, step_down=False,
                         meeting_date=None, today=date(2026, 11, 30))


def test_describe_reads_as_the_service_says_it() -> None:
    lines = describe(DONCASTER)
    assert lines[1] == "  1. triage: decided by the Early Help Access team"
    assert lines[2] == ('       progress "progress to the MMT": on to the MMT, at the '
                        "cluster's next MMT")
    assert "every Tuesday that is a working day" in lines[5]
    assert "  a step-down from social care: decided at once, without waiting for the MMT, " \
           "then listed at its next meeting" in lines
    assert '       enhanced (level 3 only) "enhanced": allocated: intensive family support ' \
           "worker (recording resource); the lead professional emailed" in lines


# --- calendars -----------------------------------------------------------------------------

def test_a_weekly_meeting_skips_a_bank_holiday() -> None:
    mondays = WeeklyCalendar(0).meetings_from(date(2026, 12, 21), 3)
    # Mon 28 Dec 2026 is the Boxing Day substitute holiday: no meeting that week.
    assert [m.date for m in mondays] == [date(2026, 12, 21), date(2027, 1, 4), date(2027, 1, 11)]


def test_a_weekly_meeting_takes_cases_until_its_agenda_deadline() -> None:
    tuesdays = WeeklyCalendar(1)
    assert tuesdays.meeting_for_screening(datetime(2026, 11, 23, 17, 0)).date == date(2026, 11, 24)
    assert tuesdays.meeting_for_screening(datetime(2026, 11, 23, 17, 1)).date == date(2026, 12, 1)


def test_listed_dates_in_order_and_none_after_the_last() -> None:
    listed = ListedCalendar((date(2027, 1, 14), date(2026, 12, 10)))
    assert [m.date for m in listed.meetings_from(date(2026, 12, 1), 5)] == [
        date(2026, 12, 10), date(2027, 1, 14)]
    assert listed.meeting_for_screening(datetime(2026, 12, 8, 9, 0)).date == date(2027, 1, 14)
    with pytest.raises(NoMeetingListedError, match="add the next dates"):
        listed.meeting_for_screening(datetime(2027, 1, 12, 9, 0))


def test_cadences_read_as_people_say_them() -> None:
    assert Cadence(every_working_days=10, anchor=date(2016, 12, 15)).describe() == \
        "every 10 working days from Thursday 15 December 2016"
    assert Cadence(weekday=2).describe() == "every Wednesday that is a working day"
    assert Cadence(dates=(date(2027, 1, 6),)).describe() == "on the listed dates (06 Jan 2027)"
