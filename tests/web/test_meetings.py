"""The meeting page over plain HTTP: each area's meetings, the agenda, and every case's
decision recorded in one form on the meeting's day, outcome emails queued on save; the
figures' charts; the queue counted and paged in the store."""

from __future__ import annotations

import datetime as dt

import pytest
from flask.testing import FlaskClient
from sqlalchemy import select

from inbox_worker.casework.actions import screen
from inbox_worker.casework.queue_list import NO_AREA, QueueQuery, queue_page
from inbox_worker.store.models import Case, OutboxMessage

from .conftest import BASE_URL, SignIn, page_token
from .world import WebWorld, copy_world, csrf_token

MEETING = "/meetings/halesowen/2026-11-24"  # the first after Monday 23 November's screening


@pytest.fixture(scope="module")
def world(tmp_path_factory: pytest.TempPathFactory, seeded_world: WebWorld) -> WebWorld:
    """The pages' world with Halesowen's two cases screened onto Tuesday's meeting."""
    world = copy_world(seeded_world, tmp_path_factory.mktemp("meetings"))
    assert world.app.pipeline.casework is not None
    with world.app.sessions() as session:
        references = list(session.scalars(select(Case.reference).where(
            Case.cluster == "halesowen").order_by(Case.id)))
    for reference in references:
        screen(world.app.sessions, reference, resource_needed=True, close_reason=None,
               actor="fcm", ctx=world.app.pipeline.casework, now=world.clock.now())
    return world


def _cases(world: WebWorld) -> dict[str, str]:
    with world.app.sessions() as session:
        return {c.reference: c.status.value for c in session.scalars(
            select(Case).where(Case.cluster == "halesowen").order_by(Case.id))}


def test_meetings_are_listed_with_the_cases_to_decide(client: FlaskClient, sign_in: SignIn,
                                                      world: WebWorld) -> None:
    sign_in(client, "hal.manager")
    html = client.get("/meetings", base_url=BASE_URL).get_data(as_text=True)
    assert f'href="{MEETING}">Tuesday 24 November 2026</a>' in html
    assert "Stourbridge" not in html  # not this manager's area
    page = client.get(MEETING, base_url=BASE_URL).get_data(as_text=True)
    for reference in _cases(world):
        assert reference in page
    assert "Decisions are recorded here on the day of the meeting." in page
    assert client.get("/meetings/halesowen/2026-11-25", base_url=BASE_URL).status_code == 404
    assert client.get("/meetings/stourbridge/2026-11-24", base_url=BASE_URL).status_code == 404


def test_decisions_recorded_in_the_meeting_queue_the_outcomes(
    client: FlaskClient, sign_in: SignIn, world: WebWorld
) -> None:
    world.clock.current = dt.datetime(2026, 11, 24, 11, 0)  # the meeting's morning
    sign_in(client, "hal.manager")
    first, second = _cases(world)
    token = page_token(client, MEETING)
    answer = client.post(MEETING, base_url=BASE_URL, data={
        "csrf_token": token, f"{first}-allocated": "yes", f"{second}-allocated": "yes"},
        follow_redirects=True)
    assert f"{second}: name what is allocated" in answer.get_data(as_text=True)
    answer = client.post(MEETING, base_url=BASE_URL, follow_redirects=True, data={
        "csrf_token": token, f"{first}-allocated": "yes",
        f"{first}-resource": "Family support worker", f"{first}-agency": "Halesowen FC",
        f"{second}-allocated": "no", f"{second}-notes": "needs met by school"})
    assert "2 decisions recorded; the outcome emails are queued" in answer.get_data(as_text=True)
    assert _cases(world) == {first: "allocated", second: "not_allocated"}
    with world.app.sessions() as session:
        outcomes = set(session.scalars(select(OutboxMessage.reference).where(
            OutboxMessage.kind == "outcome")))
    assert {first, second} <= outcomes
    page = client.get(MEETING, base_url=BASE_URL).get_data(as_text=True)
    assert "Every case on this agenda is decided." in page


def test_an_auditor_sees_the_meeting_but_cannot_decide(client: FlaskClient, sign_in: SignIn,
                                                       world: WebWorld) -> None:
    sign_in(client, "auditor")
    assert client.get(MEETING, base_url=BASE_URL).status_code == 200
    token = page_token(client, "/meetings")
    answer = client.post(MEETING, base_url=BASE_URL, data={"csrf_token": token})
    assert answer.status_code == 403


def test_figures_have_charts_of_referrals_per_area_and_month(
    client: FlaskClient, sign_in: SignIn
) -> None:
    sign_in(client, "service.manager")
    html = client.get("/figures", base_url=BASE_URL).get_data(as_text=True)
    assert html.count('<svg class="app-chart__svg"') == 2
    assert "Halesowen: 2 received, 2 routed." in html
    assert "2026-11: 13 received, 7 routed." in html  # the out-of-office is not counted


def test_the_queue_is_counted_and_paged_in_the_store(world: WebWorld) -> None:
    areas = {a.mailbox: a.id for a in world.app.settings.areas}
    everyone = queue_page(world.app.sessions, QueueQuery(areas, None), offset=0, limit=2)
    assert len(everyone.items) == 2
    assert everyone.total == len(everyone.items) + len(queue_page(
        world.app.sessions, QueueQuery(areas, None), offset=2, limit=100).items)
    assert [i.created_at for i in everyone.items] == sorted(i.created_at for i in everyone.items)
    assert [i.reference for i in everyone.urgent] == [world.item("brierley_hill",
                                                                 "safeguarding_concern")]
    assert everyone.counts["dudley_north"]["postcode_out_of_area"] == 1  # by its mailbox
    assert NO_AREA not in everyone.counts  # none came to the secure mailbox unrouted
    halesowen = queue_page(world.app.sessions, QueueQuery(areas, frozenset({"halesowen"})),
                           offset=0, limit=100)
    assert {i.reference for i in halesowen.items} == {world.item("halesowen",
                                                                 "unreadable_attachment")}
    assert set(halesowen.counts) == {"halesowen"}
    by_reason = queue_page(world.app.sessions, QueueQuery(areas, None, reason="no_form_found"),
                           offset=0, limit=100)
    assert {i.reasons[0].partition(":")[0] for i in by_reason.items} == {"no_form_found"}
    assert by_reason.total == 2


def _on_a_meeting(world: WebWorld) -> tuple[str, str]:
    """Another area's case screened onto its next meeting, and that meeting's page, with
    the clock on the meeting's morning."""
    reference = world.case(None, "awaiting_screening", priority="normal")
    assert world.app.pipeline.casework is not None
    case = screen(world.app.sessions, reference, resource_needed=True, close_reason=None,
                  actor="fcm", ctx=world.app.pipeline.casework, now=world.clock.now())
    assert case.meeting_date is not None
    world.clock.current = dt.datetime.combine(case.meeting_date, dt.time(11))
    return reference, f"/meetings/{case.cluster}/{case.meeting_date.isoformat()}"


def test_one_decision_is_recorded_in_place_with_htmx(
    client: FlaskClient, sign_in: SignIn, world: WebWorld
) -> None:
    reference, meeting = _on_a_meeting(world)
    sign_in(client, "service.manager")
    page = client.get(meeting, base_url=BASE_URL).get_data(as_text=True)
    assert f'hx-post="{meeting}/{reference}"' in page  # each case's button records it alone
    assert 'src="/static/htmx/htmx.min.js"' in page  # shipped with the package: no CDN
    token = csrf_token(page)
    htmx = {"HX-Request": "true"}
    refused = client.post(f"{meeting}/{reference}", base_url=BASE_URL, headers=htmx, data={
        "csrf_token": token, f"{reference}-allocated": "yes",
        f"{reference}-agency": "North Family Centre"}).get_data(as_text=True)
    assert refused.startswith(f'<fieldset class="govuk-fieldset app-decision" '
                              f'id="decision-{reference}"')
    assert "Name what is allocated" in refused
    assert 'value="North Family Centre"' in refused  # what was typed is kept
    answer = client.post(f"{meeting}/{reference}", base_url=BASE_URL, headers=htmx, data={
        "csrf_token": token, f"{reference}-allocated": "yes",
        f"{reference}-resource": "Parenting programme"}).get_data(as_text=True)
    assert answer.startswith(f'<div class="app-decision" id="decision-{reference}"')
    assert "Recorded, allocated: Parenting programme; the outcome email is queued" in answer
    assert f'<li id="agenda-{reference}" hx-swap-oob="true">' in answer
    assert "(allocated)</li>" in answer
    assert "<html" not in answer  # a part of the page only
    assert "<script" not in answer


def test_without_javascript_one_decision_returns_to_the_meeting(
    client: FlaskClient, sign_in: SignIn, world: WebWorld
) -> None:
    reference, meeting = _on_a_meeting(world)
    sign_in(client, "service.manager")
    answer = client.post(f"{meeting}/{reference}", base_url=BASE_URL, data={
        "csrf_token": page_token(client, meeting), f"{reference}-allocated": "no"})
    assert (answer.status_code, answer.headers["Location"]) == (302, meeting)
    page = client.get(meeting, base_url=BASE_URL).get_data(as_text=True)
    assert f"{reference}: Recorded, no resource allocated; the outcome email is queued" in page
