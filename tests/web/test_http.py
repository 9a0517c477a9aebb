"""The admin pages over plain HTTP (Flask's test client on the real store): sign-in, CSRF,
session expiry, rate limiting, security headers, and access by URL."""

from __future__ import annotations

import logging
import re

import pytest
from flask.testing import FlaskClient
from sqlalchemy import select

from inbox_worker.casework.queue import show
from inbox_worker.cli.demo import demo_accounts
from inbox_worker.store.models import AuditEntry
from inbox_worker.web.accounts import disable_account

from .conftest import BASE_URL, SignIn, page_token
from .world import PASSWORD, WebWorld, csrf_token


def get(client: FlaskClient, path: str) -> tuple[int, str]:
    answer = client.get(path, base_url=BASE_URL)
    return answer.status_code, answer.get_data(as_text=True)


def test_every_answer_has_the_security_headers(client: FlaskClient) -> None:
    answer = client.get("/sign-in", base_url=BASE_URL)
    csp = answer.headers["Content-Security-Policy"]
    assert "script-src 'self';" in csp
    assert "unsafe-inline" not in csp
    assert "frame-ancestors 'none'" in csp
    assert answer.headers["X-Frame-Options"] == "DENY"
    assert answer.headers["X-Content-Type-Options"] == "nosniff"
    assert answer.headers["Cache-Control"] == "no-store"
    assert "max-age=" in answer.headers["Strict-Transport-Security"]
    html = answer.get_data(as_text=True)
    assert re.findall(r"<script(?![^>]*\bsrc=)[^>]*>", html) == []  # no inline script
    assert " style=" not in html


def test_the_session_cookie_is_secure(client: FlaskClient, sign_in: SignIn) -> None:
    answer = client.get("/sign-in", base_url=BASE_URL)
    cookie = answer.headers["Set-Cookie"]
    assert cookie.startswith("__Host-frontdoor=")
    for attribute in ("Secure", "HttpOnly", "SameSite=Lax", "Path=/"):
        assert attribute in cookie


def test_pages_need_a_signed_in_person(client: FlaskClient, world: WebWorld) -> None:
    reference = world.item("halesowen", "unreadable_attachment")
    for path in ("/queue", f"/queue/{reference}", f"/queue/{reference}/original", "/cases",
                 "/figures", "/figures.csv"):
        answer = client.get(path, base_url=BASE_URL)
        assert (answer.status_code, answer.headers["Location"]) == (302, "/sign-in"), path


def test_a_form_without_its_csrf_token_is_refused(
    client: FlaskClient, sign_in: SignIn, world: WebWorld
) -> None:
    answer = client.post("/sign-in", base_url=BASE_URL,
                         data={"name": "hal.admin", "password": PASSWORD})
    assert answer.status_code == 400
    sign_in(client, "hal.admin")
    reference = world.item("halesowen", "unreadable_attachment")
    answer = client.post(f"/queue/{reference}/dismiss", base_url=BASE_URL,
                         data={"reason": "not a referral"})
    assert answer.status_code == 400
    assert "expired or was not sent from this site" in answer.get_data(as_text=True)
    assert show(world.app.sessions, reference).status == "open"
    forged = client.post(f"/queue/{reference}/dismiss", base_url=BASE_URL,
                         data={"reason": "x", "csrf_token": "forged"})
    assert forged.status_code == 400


def test_sign_in_is_rate_limited(client: FlaskClient, world: WebWorld) -> None:
    token = page_token(client, "/sign-in")
    for _ in range(5):
        wrong = client.post("/sign-in", base_url=BASE_URL, data={
            "csrf_token": token, "name": "stour.admin", "password": "not the password"})
        assert wrong.status_code == 200
        assert "Enter a correct name and password" in wrong.get_data(as_text=True)
    right = client.post("/sign-in", base_url=BASE_URL, data={
        "csrf_token": token, "name": "stour.admin", "password": PASSWORD})
    assert right.status_code == 429
    assert "Too many tries" in right.get_data(as_text=True)
    world.clock.advance(minutes=16)
    later = client.post("/sign-in", base_url=BASE_URL, data={
        "csrf_token": page_token(client, "/sign-in"), "name": "stour.admin",
        "password": PASSWORD})
    assert later.status_code == 302


def test_an_idle_session_ends_after_30_minutes(
    client: FlaskClient, sign_in: SignIn, world: WebWorld
) -> None:
    sign_in(client, "hal.admin")
    world.clock.advance(minutes=29)
    assert get(client, "/queue")[0] == 200
    world.clock.advance(minutes=29)  # 29 minutes since the last page: still in
    assert get(client, "/queue")[0] == 200
    world.clock.advance(minutes=31)
    answer = client.get("/queue", base_url=BASE_URL)
    assert answer.headers["Location"] == "/signed-out?why=timeout"
    assert client.get("/queue", base_url=BASE_URL).headers["Location"] == "/sign-in"


def test_a_session_ends_after_a_working_day(
    client: FlaskClient, sign_in: SignIn, world: WebWorld
) -> None:
    sign_in(client, "hal.admin")
    for _ in range(21):  # a page every 29 minutes, for over 10 hours
        world.clock.advance(minutes=29)
        status = client.get("/cases", base_url=BASE_URL).status_code
    assert status == 302


def test_a_halesowen_admin_cannot_reach_a_stourbridge_item_by_url(
    client: FlaskClient, sign_in: SignIn, world: WebWorld
) -> None:
    ours = world.item("halesowen", "unreadable_attachment")
    theirs = world.item("stourbridge", "no_form_found")
    their_case = world.case("stourbridge", "awaiting_screening")
    sign_in(client, "hal.admin")
    status, queue = get(client, "/queue")
    assert status == 200
    assert ours in queue
    assert theirs not in queue
    assert get(client, f"/queue/{ours}")[0] == 200
    for path in (f"/queue/{theirs}", f"/queue/{theirs}/original",
                 f"/queue/{theirs}/attachments/1", f"/cases/{their_case}",
                 "/queue/EH-2026-999999"):
        assert get(client, path)[0] == 404, path
    token = page_token(client, f"/queue/{ours}")
    answer = client.post(f"/queue/{theirs}/dismiss", base_url=BASE_URL,
                         data={"csrf_token": token, "reason": "mine now"})
    assert answer.status_code == 404
    assert show(world.app.sessions, theirs).status == "open"
    assert their_case not in get(client, "/cases")[1]


def test_all_area_roles_see_every_area(
    client: FlaskClient, sign_in: SignIn, world: WebWorld
) -> None:
    theirs = world.item("stourbridge", "no_form_found")
    sign_in(client, "service.manager")
    assert theirs in get(client, "/queue")[1]
    assert get(client, f"/queue/{theirs}")[0] == 200


def test_an_auditor_reads_but_changes_nothing(
    client: FlaskClient, sign_in: SignIn, world: WebWorld
) -> None:
    reference = world.item("stourbridge", "no_form_found")
    sign_in(client, "auditor")
    status, html = get(client, f"/queue/{reference}")
    assert status == 200
    assert "Dismiss the item" not in html
    answer = client.post(f"/queue/{reference}/dismiss", base_url=BASE_URL,
                         data={"csrf_token": csrf_token(html), "reason": "x"})
    assert answer.status_code == 403
    assert show(world.app.sessions, reference).status == "open"


def test_a_disabled_account_is_signed_out(
    client: FlaskClient, sign_in: SignIn, world: WebWorld
) -> None:
    sign_in(client, "hal.manager")
    assert get(client, "/queue")[0] == 200
    disable_account(world.app.sessions, "hal.manager", now=world.clock.now(), actor="tests")
    assert client.get("/queue", base_url=BASE_URL).headers["Location"] == "/sign-in"


def test_views_and_changes_are_audited_without_names_in_urls_or_logs(
    client: FlaskClient, sign_in: SignIn, world: WebWorld, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)
    reference = world.item("halesowen", "unreadable_attachment")
    sign_in(client, "hal.admin")
    _, queue = get(client, "/queue")
    _, page = get(client, f"/queue/{reference}")
    assert get(client, f"/queue/{reference}/original")[0] == 200
    answer = client.post(f"/queue/{reference}/route", base_url=BASE_URL, data={
        "csrf_token": csrf_token(page), "area": "halesowen"})
    assert answer.status_code == 302
    assert show(world.app.sessions, reference).status == "resolved"
    with world.app.sessions() as session:
        actions = [(a.actor, a.action) for a in session.scalars(
            select(AuditEntry).where(AuditEntry.reference == reference).order_by(AuditEntry.id))]
    assert ("hal.admin", "view:queue_item") in actions
    assert ("hal.admin", "view:original") in actions
    assert actions[-1] == ("hal.admin", "exception:resolve")
    hrefs = re.findall(r'href="([^"]+)"', queue + page)
    assert [h for h in hrefs if not re.fullmatch(r"[A-Za-z0-9/._?=&;%#-]*", h)] == []
    # The family's names are in the page, never in a link or in the log.
    names = {"Brooks", "Ward", "Carter"} & set(re.findall(r"[A-Z][a-z]+", page))
    for name in names:
        assert all(name not in h for h in hrefs)
        assert name not in caplog.text


def test_the_demo_has_an_account_of_each_role(client: FlaskClient, world: WebWorld) -> None:
    printed = demo_accounts(world.config)
    password = printed.rsplit("with the password ", 1)[1].strip()
    assert "frontdoor web --config" in printed
    for role in ("admin", "manager", "service_manager", "auditor"):
        assert f"demo.{role} " in printed
    answer = client.post("/sign-in", base_url=BASE_URL, data={
        "csrf_token": page_token(client, "/sign-in"), "name": "demo.auditor",
        "password": password})
    assert answer.headers["Location"] == "/queue"


def test_step_downs_are_listed_apart_with_what_happens_next(
    client: FlaskClient, sign_in: SignIn, world: WebWorld
) -> None:
    reference = world.case(None, "awaiting_screening", priority="step_down")
    sign_in(client, "service.manager")
    _, html = get(client, "/cases")
    step_downs, rest = html.split('id="step-downs"')[1].split('id="screening"', 1)
    assert "Step-downs from social care (1)" in step_downs
    assert reference in step_downs
    assert "Screening now, then allocated at once, without waiting for the APM" in step_downs
    assert reference not in rest.split('id="decided"')[0]  # not again among those waiting
    assert 'id="meeting">By meeting' in html
