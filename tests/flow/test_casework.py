"""Casework from a routed case to the outcome email, agendas, and reviews by reply."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import select

from frontdoor_demo.samples.referrals import referral_email
from frontdoor_demo.samples.scenarios import SCHOOL, scenarios
from inbox_worker.casework.actions import allocate, decide_review, screen
from inbox_worker.casework.agenda import send_due_agendas
from inbox_worker.casework.view import case_view
from inbox_worker.store.models import Case
from inbox_worker.worker.app import App
from inbox_worker.worker.pipeline import Step
from routing.casework import Allocation, CaseStatus, CaseworkError, ReviewResult

from .conftest import World, body, queued

BY_NAME = {s.name: s for s in scenarios()}
NORMAL = BY_NAME["Word form to the right cluster"]  # dudley_central, lead: SCHOOL
STEP_DOWN = BY_NAME["step-down pack (form and CIN plan) to the secure inbox"]
MONDAY_10AM = dt.datetime(2026, 11, 23, 10, 0)  # UTC = London in November
ALLOCATION = Allocation(True, "Parenting programme", "Dudley Central Family Centre", "J. Worker")


def _routed(world: World, *samples: object) -> tuple[App, list[str]]:
    for n, sample in enumerate(samples):
        world.deliver(sample.mailbox, sample.raw, f"c{n}")  # type: ignore[attr-defined]
    world.clock.current = MONDAY_10AM
    world.runner().run_once()
    app = world.app()
    with app.sessions() as session:  # normal cases first, then step-down
        cases = list(session.scalars(select(Case).order_by(Case.id)))
    return app, [c.reference for c in sorted(cases, key=lambda c: c.priority == "step_down")]


def _ctx(app: App):  # type: ignore[no-untyped-def]
    assert app.pipeline.casework is not None
    return app.pipeline.casework


@pytest.mark.parametrize(("screened_at", "meeting"), [
    (dt.datetime(2026, 11, 23, 16, 59), dt.date(2026, 11, 24)),  # before Monday's deadline
    (dt.datetime(2026, 11, 23, 17, 1), dt.date(2026, 12, 8)),  # after it: the next meeting
])
def test_screening_puts_the_case_on_the_right_meeting(world: World, screened_at: dt.datetime,
                                                      meeting: dt.date) -> None:
    app, (reference,) = _routed(world, NORMAL)
    case = screen(app.sessions, reference, resource_needed=True, close_reason=None,
                  actor="fcm", ctx=_ctx(app), now=screened_at)
    assert (case.status, case.meeting_date) == (CaseStatus.AWAITING_MEETING, meeting)


def test_closing_at_screening_needs_a_reason_and_emails_the_lead(world: World) -> None:
    app, (reference,) = _routed(world, NORMAL)
    with pytest.raises(CaseworkError, match="needs a reason"):
        screen(app.sessions, reference, resource_needed=False, close_reason="", actor="fcm",
               ctx=_ctx(app), now=MONDAY_10AM)
    screen(app.sessions, reference, resource_needed=False,
           close_reason="signposted to universal services", actor="fcm", ctx=_ctx(app),
           now=MONDAY_10AM)
    (outcome,) = queued(app, "outcome")
    assert str(outcome["To"]) == SCHOOL.email
    assert str(outcome["Subject"]) == f"Early Help referral {reference}: outcome"
    assert "signposted to universal services" in body(outcome)
    with pytest.raises(CaseworkError, match="not awaiting screening"):
        screen(app.sessions, reference, resource_needed=True, close_reason=None, actor="fcm",
               ctx=_ctx(app), now=MONDAY_10AM)


def test_meeting_decision_waits_for_the_meeting_then_emails_the_outcome(world: World) -> None:
    app, (reference,) = _routed(world, NORMAL)
    screen(app.sessions, reference, resource_needed=True, close_reason=None, actor="fcm",
           ctx=_ctx(app), now=MONDAY_10AM)
    with pytest.raises(CaseworkError, match="has not happened yet"):
        allocate(app.sessions, reference, ALLOCATION, actor="fcm", ctx=_ctx(app),
                 now=MONDAY_10AM)
    case = allocate(app.sessions, reference, ALLOCATION, actor="fcm", ctx=_ctx(app),
                    now=dt.datetime(2026, 11, 24, 15, 0))
    assert case.status is CaseStatus.ALLOCATED
    (outcome,) = queued(app, "outcome")
    text = body(outcome)
    assert "Parenting programme" in text
    assert "Dudley Central Family Centre, J. Worker" in text
    assert "Oliver" not in str(outcome["Subject"])
    view = case_view(app.sessions, reference)
    assert view is not None
    assert view["decisions"][0]["meeting_date"] == dt.date(2026, 11, 24)


def test_step_down_is_allocated_at_once_and_listed_as_allocated(world: World) -> None:
    app, references = _routed(world, STEP_DOWN, NORMAL)
    step_down = references[1]
    screen(app.sessions, step_down, resource_needed=True, close_reason=None, actor="fcm",
           ctx=_ctx(app), now=MONDAY_10AM)
    allocate(app.sessions, step_down, ALLOCATION, actor="fcm", ctx=_ctx(app), now=MONDAY_10AM)
    view = case_view(app.sessions, step_down)
    assert view is not None
    assert (view["status"], view["decisions"][0]["meeting_date"]) == ("allocated", None)
    assert len(queued(app, "outcome")) == 1


def test_agenda_goes_once_at_the_deadline_without_names(world: World) -> None:
    app, references = _routed(world, NORMAL, STEP_DOWN)
    for reference in references:
        screen(app.sessions, reference, resource_needed=True, close_reason=None, actor="fcm",
               ctx=_ctx(app), now=MONDAY_10AM)
    allocate(app.sessions, references[1], ALLOCATION, actor="fcm", ctx=_ctx(app),
             now=MONDAY_10AM)
    ctx = _ctx(app)
    send = lambda now: send_due_agendas(app.sessions, app.settings, ctx.templates,  # noqa: E731
                                        ctx.sender, now)
    assert send(dt.datetime(2026, 11, 23, 16, 59)) == 0
    # dudley_central's and dudley_north's meetings are on the 24th; all five areas meet then.
    assert send(dt.datetime(2026, 11, 23, 17, 0)) == 5
    assert send(dt.datetime(2026, 11, 23, 17, 30)) == 0
    agendas = {str(m["To"]): body(m) for m in queued(app, "agenda")}
    central = agendas["apm.dudleycentral@dudley.gov.uk"]
    north = agendas["apm.dudleynorth@dudley.gov.uk"]
    assert references[0] in central
    assert "Oliver" not in central
    assert "Price" not in central
    assert references[1] in north
    assert "already allocated" in north
    assert "(none)" in agendas["apm.halesowen@dudley.gov.uk"]


def _reply(reference: str, sender: str = SCHOOL.email) -> bytes:
    return referral_email(sender=sender, to="earlyhelp.dudleycentral@dudley.gov.uk",
                          subject=f"RE: Early Help referral {reference}: outcome",
                          body="We disagree: the family needs more support than this.")


def test_reviews_by_reply_go_to_the_manager_then_the_service_manager(world: World) -> None:
    app, (reference,) = _routed(world, NORMAL)
    screen(app.sessions, reference, resource_needed=False, close_reason="needs met by school",
           actor="fcm", ctx=_ctx(app), now=MONDAY_10AM)
    world.deliver("dudley_central", _reply(reference), "r1")
    assert world.runner().run_once().steps[Step.REVIEW] == 1
    (notice,) = queued(app, "review_request_notice")
    assert str(notice["To"]) == "fcm.dudleycentral@dudley.gov.uk"
    assert len(queued(app, "review_received")) == 1
    decide_review(app.sessions, reference, result=ReviewResult.UPHELD, notes="School support",
                  allocation=None, actor="fcm", ctx=_ctx(app), now=MONDAY_10AM)
    assert "the decision stands" in body(queued(app, "review_outcome")[0])
    world.deliver("dudley_central", _reply(reference).replace(b"more support", b"far more"),
                  "r2")
    assert world.runner().run_once().steps[Step.REVIEW] == 1
    decide_review(app.sessions, reference, result=ReviewResult.CHANGED, notes="",
                  allocation=ALLOCATION, actor="sm", ctx=_ctx(app), now=MONDAY_10AM)
    view = case_view(app.sessions, reference)
    assert view is not None
    assert [r["stage"] for r in view["reviews"]] == ["family_centre_manager", "service_manager"]
    assert view["status"] == "allocated"
    world.deliver("dudley_central", _reply(reference).replace(b"more support", b"a third"), "r3")
    steps = world.runner().run_once().steps
    assert (steps[Step.REVIEW], steps[Step.EXCEPTION]) == (0, 1)  # no third review


def test_a_reply_from_someone_else_is_not_a_review(world: World) -> None:
    app, (reference,) = _routed(world, NORMAL)
    screen(app.sessions, reference, resource_needed=False, close_reason="needs met",
           actor="fcm", ctx=_ctx(app), now=MONDAY_10AM)
    world.deliver("dudley_central", _reply(reference, sender="someone@else.example"), "r1")
    steps = world.runner().run_once().steps
    assert steps[Step.REVIEW] == 0
