"""The admin pages in Debian's chromium: sign-in and sign-out, what a Halesowen admin can
reach, resolving an item, screening and deciding a case, a review, the figures; axe-core
finds no violation on any page, and each page's screenshot is kept."""

from __future__ import annotations

import re
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from playwright.sync_api import Browser, Page, expect, sync_playwright

from .browser import SCREENSHOTS, Checker, Site, axe_source, ensure_chromium, start_site
from .world import PASSWORD, WebWorld, build_world


@pytest.fixture(scope="module")
def site_world(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[WebWorld, Site]]:
    world = build_world(tmp_path_factory.mktemp("browser"))
    site = start_site(world.config, world.root / "web.log")
    yield world, site
    site.stop()


@pytest.fixture(scope="module")
def browser() -> Iterator[Browser]:
    executable = ensure_chromium()
    with sync_playwright() as playwright:
        launched = playwright.chromium.launch(executable_path=str(executable),
                                              args=["--no-sandbox"])
        yield launched
        launched.close()


@pytest.fixture(scope="module")
def checker(tmp_path_factory: pytest.TempPathFactory) -> Checker:
    shutil.rmtree(SCREENSHOTS, ignore_errors=True)  # this run's screenshots only
    return Checker(axe_source(tmp_path_factory.mktemp("axe")))


@pytest.fixture
def page(browser: Browser, checker: Checker) -> Iterator[Page]:
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    context.set_default_timeout(10_000)
    opened = context.new_page()
    checker.watch(opened)
    yield opened
    context.close()


def sign_in(page: Page, site: Site, name: str) -> None:
    page.goto(f"{site.url}/sign-in")
    page.get_by_label("Name").fill(name)
    page.get_by_label("Password", exact=True).fill(PASSWORD)
    page.get_by_role("button", name="Sign in").click()
    expect(page.get_by_role("heading", name="Exception queue")).to_be_visible()


def test_sign_in_and_sign_out(page: Page, site_world: tuple[WebWorld, Site],
                              checker: Checker) -> None:
    _, site = site_world
    page.goto(f"{site.url}/queue")
    expect(page).to_have_url(f"{site.url}/sign-in")
    checker.check(page, "sign-in")
    page.get_by_label("Name").fill("hal.admin")
    page.get_by_label("Password", exact=True).fill("a wrong password")
    page.get_by_role("button", name="Sign in").click()
    expect(page.get_by_text("Enter a correct name and password").first).to_be_visible()
    checker.check(page, "sign-in-error")
    sign_in(page, site, "hal.admin")
    checker.check(page, "queue-halesowen-admin")
    page.get_by_role("button", name="Sign out").click()
    expect(page.get_by_role("heading", name="You have signed out")).to_be_visible()
    checker.check(page, "signed-out")
    page.goto(f"{site.url}/queue")
    expect(page).to_have_url(f"{site.url}/sign-in")


def test_a_halesowen_admin_cannot_see_or_open_a_stourbridge_item(
    page: Page, site_world: tuple[WebWorld, Site], checker: Checker
) -> None:
    world, site = site_world
    theirs = world.item("stourbridge", "no_form_found")
    ours = world.item("halesowen", "unreadable_attachment")
    sign_in(page, site, "hal.admin")
    expect(page.get_by_role("link", name=ours)).to_be_visible()
    expect(page.get_by_role("link", name=theirs)).to_have_count(0)
    page.goto(f"{site.url}/queue/{theirs}")  # typed into the address bar
    expect(page.get_by_role("heading", name="Page not found")).to_be_visible()
    checker.check(page, "not-found-stourbridge-item")
    page.goto(f"{site.url}/queue?reference={theirs}")
    expect(page.get_by_role("link", name=theirs)).to_have_count(0)


def test_resolving_an_item(page: Page, site_world: tuple[WebWorld, Site],
                           checker: Checker) -> None:
    world, site = site_world
    reference = world.item("halesowen", "unreadable_attachment")
    sign_in(page, site, "hal.admin")
    page.get_by_role("link", name=reference).click()
    expect(page.get_by_role("heading", name=reference)).to_be_visible()
    expect(page.get_by_text("Attachment could not be read")).to_be_visible()
    expect(page.get_by_role("link", name="Download the original email (.eml)")).to_be_visible()
    checker.check(page, "queue-item")
    page.get_by_label("Area", exact=True).select_option("halesowen")
    page.get_by_role("button", name="Route to this area").click()
    expect(page.get_by_text(f"{reference} routed to Halesowen")).to_be_visible()
    checker.check(page, "queue-after-routing")
    expect(page.get_by_role("link", name=reference)).to_have_count(0)


def test_the_service_manager_sees_urgent_items_pinned(
    page: Page, site_world: tuple[WebWorld, Site], checker: Checker
) -> None:
    world, site = site_world
    urgent = world.item("brierley_hill", "safeguarding_concern")
    sign_in(page, site, "service.manager")
    warning = page.locator(".govuk-warning-text").first
    expect(warning).to_contain_text(urgent)
    expect(warning).to_contain_text("pass to MASH now")
    expect(warning.get_by_role("link", name=urgent)).to_be_visible()
    checker.check(page, "queue-service-manager")
    page.get_by_label("Reason").select_option("consent_missing")
    page.get_by_role("button", name="Show items").click()
    expect(page.get_by_text("Consent missing").first).to_be_visible()
    checker.check(page, "queue-filtered")
    page.goto(f"{site.url}/queue/{urgent}")
    expect(page.get_by_text("Safeguarding concern: pass to MASH now").first).to_be_visible()
    expect(page.get_by_text("table 2, row 2, column 1").first).to_be_visible()  # the source
    checker.check(page, "queue-item-urgent")


def test_screening_a_case_onto_the_next_meeting(
    page: Page, site_world: tuple[WebWorld, Site], checker: Checker
) -> None:
    world, site = site_world
    reference = world.case("halesowen", "awaiting_screening")
    sign_in(page, site, "hal.manager")
    page.get_by_role("link", name="Cases").click()
    checker.check(page, "cases")
    page.get_by_role("link", name=reference).click()
    checker.check(page, "case-awaiting-screening")
    page.get_by_label("Yes: put it on the next meeting").check()
    page.get_by_role("button", name="Record screening").click()
    expect(page.get_by_text(f"{reference}: Screening recorded")).to_be_visible()
    expect(page.get_by_role("heading", name="The meeting's decision")).to_be_visible()
    checker.check(page, "case-on-the-agenda")


def test_a_step_down_decided_at_once_then_reviewed(
    page: Page, site_world: tuple[WebWorld, Site], checker: Checker
) -> None:
    world, site = site_world
    reference = world.case(None, "awaiting_screening", priority="step_down")
    sign_in(page, site, "service.manager")
    page.goto(f"{site.url}/cases/{reference}")
    page.get_by_label("Yes: put it on the next meeting").check()
    page.get_by_role("button", name="Record screening").click()
    page.get_by_label("Yes", exact=True).check()
    page.get_by_label("What is allocated").fill("Family support worker, 12 weeks")
    page.get_by_label("Agency that delivers it").fill("Dudley North Family Centre")
    page.get_by_role("button", name="Record the decision and email the outcome").click()
    expect(page.get_by_text("outcome email is queued")).to_be_visible()
    page.get_by_label("Why the lead professional disagrees").fill("the family asked for more")
    page.get_by_role("button", name="Record the request").click()
    expect(page.get_by_text("Review request recorded")).to_be_visible()
    checker.check(page, "case-review-open")
    page.get_by_label("Decision upheld").check()
    page.get_by_role("button", name="Record the result").click()
    expect(page.get_by_text("Review result recorded")).to_be_visible()
    expect(page.locator("table").first).to_contain_text("family centre manager")
    checker.check(page, "case-decided")


def test_figures_and_their_csv(page: Page, site_world: tuple[WebWorld, Site],
                               checker: Checker, tmp_path: Path) -> None:
    _, site = site_world
    sign_in(page, site, "auditor")
    page.get_by_role("link", name="Figures").click()
    expect(page.get_by_role("heading", name="Figures")).to_be_visible()
    checker.check(page, "figures")
    with page.expect_download() as download:
        page.get_by_role("link", name="Download as CSV").click()
    saved = tmp_path / "figures.csv"
    download.value.save_as(saved)
    assert re.match(r"cluster,month,received,routed", saved.read_text())
