"""The admin pages in Debian's chromium: sign-in and sign-out, what a Halesowen admin can
reach, resolving an item, screening and deciding a case, a review, the figures; axe-core
finds no violation on any page, and each page's screenshot is kept."""

from __future__ import annotations

import re
from collections.abc import Iterator
from email import message_from_bytes
from email import policy as email_policy
from pathlib import Path

import pytest
from playwright.sync_api import Page, expect
from sqlalchemy import select

from frontdoor_demo.samples.referrals import referral_email
from inbox_worker.casework.actions import screen
from inbox_worker.mailboxes.maildir import MaildirMailbox
from inbox_worker.store.models import OutboxMessage
from inbox_worker.worker.runner import Runner

from .browser import Checker, Site, start_site
from .world import PASSWORD, WebWorld, copy_world, root_of


@pytest.fixture(scope="module")
def site_world(tmp_path_factory: pytest.TempPathFactory, seeded_world: WebWorld
               ) -> Iterator[tuple[WebWorld, Site]]:
    world = copy_world(seeded_world, tmp_path_factory.mktemp("browser"))
    site = start_site(world.config, world.root / "web.log")
    yield world, site
    site.stop()


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
    page.goto(f"{site.url}/queue")
    page.locator(".govuk-warning-text").first.get_by_role("link", name="pass to MASH now").click()
    expect(page).to_have_url(f"{site.url}/queue/{urgent}#pass-to-mash")
    expect(page.get_by_label("Step up to MASH / children's social care")).to_be_checked()
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
    expect(page.get_by_role("heading", name="Cases", exact=True)).to_be_visible()
    checker.check(page, "cases")
    page.get_by_role("link", name=reference).click()
    expect(page.get_by_role("heading", name=reference)).to_be_visible()
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


def test_correcting_a_field_then_deciding_again(
    page: Page, site_world: tuple[WebWorld, Site], checker: Checker
) -> None:
    world, site = site_world
    reference = world.item("dudley_central", "consent_missing")
    sign_in(page, site, "service.manager")
    page.goto(f"{site.url}/queue/{reference}")
    expect(page.frame_locator("iframe.app-word").get_by_text("Ethan Hughes").first
           ).to_be_visible()  # the Word form shown in the page, beside the fields
    page.get_by_text("What the sender will be told").first.click()
    expect(page.locator("#told-route")).to_contain_text(reference)
    checker.check(page, "queue-item-word-form")
    page.get_by_label("What to correct").select_option(label="Ethan Hughes: date of birth")
    page.get_by_label("The right value").fill("09/03/2016")
    page.get_by_role("button", name="Save the correction").click()
    expect(page.get_by_text("Corrected. Decide again to use the correction")).to_be_visible()
    page.get_by_label("What to correct").select_option(label="Dana Hughes: consent seen (signed)")
    page.get_by_label("What to correct").press("Tab")  # keyboard to the button, as admins do
    page.get_by_role("button", name="Save the correction").click()
    expect(page.get_by_text("Corrected. Decide again to use the correction")).to_be_visible()
    expect(page.get_by_text("corrected by service.manager").first).to_be_visible()
    checker.check(page, "queue-item-corrected")
    page.get_by_role("button", name="Decide again").click()
    expect(page.get_by_text(f"{reference} decided again: routed to Dudley Central")
           ).to_be_visible()
    checker.check(page, "queue-after-deciding-again")
    page.get_by_role("link", name="Learned").click()
    expect(page.get_by_role("cell", name="counting (1 of 2)")).to_be_visible()
    checker.check(page, "learned-from-corrections")


def test_a_review_asked_for_by_reply(
    page: Page, site_world: tuple[WebWorld, Site], checker: Checker
) -> None:
    world, site = site_world
    reference = world.case("dudley_central", "awaiting_screening")
    assert world.app.pipeline.casework is not None
    screen(world.app.sessions, reference, resource_needed=False,
           close_reason="needs met by the school", actor="fcm",
           ctx=world.app.pipeline.casework, now=world.clock.now())
    with world.app.sessions() as session:
        raw = session.scalars(select(OutboxMessage.raw).where(
            OutboxMessage.reference == reference, OutboxMessage.kind == "outcome")).one()
    outcome = message_from_bytes(raw, policy=email_policy.default)
    reply = referral_email(sender=str(outcome["To"]), to=str(outcome["Reply-To"]),
                           subject=f"RE: {outcome['Subject']}",
                           body="We disagree: the family needs a family support worker.")
    MaildirMailbox("dudley_central", root_of(world.app) / "mail" / "dudley_central").deliver(
        reply, "review-reply")
    Runner(world.app).run_once()
    sign_in(page, site, "service.manager")
    page.get_by_role("link", name="Cases").click()
    link = page.get_by_role("table", name="Reviews open").get_by_role("link", name=reference)
    expect(link).to_be_visible()
    link.click()
    expect(page.get_by_text("the family needs a family support worker").first).to_be_visible()
    checker.check(page, "case-review-by-reply")
    page.get_by_label("Decision upheld").check()
    page.get_by_role("button", name="Record the result").click()
    expect(page.get_by_text("Review result recorded")).to_be_visible()


def test_recording_a_decision_in_the_meeting(
    page: Page, site_world: tuple[WebWorld, Site], checker: Checker
) -> None:
    world, site = site_world
    reference = world.case("halesowen", "awaiting_screening")
    assert world.app.pipeline.casework is not None
    screen(world.app.sessions, reference, resource_needed=True, close_reason=None,
           actor="fcm", ctx=world.app.pipeline.casework, now=world.clock.now())
    sign_in(page, site, "hal.manager")
    page.get_by_role("link", name="Meetings").click()
    expect(page.get_by_role("heading", name="Meetings", exact=True)).to_be_visible()
    checker.check(page, "meetings")
    page.get_by_role("link", name="Tuesday 24 November 2026").click()  # held: decide now
    expect(page.get_by_role("heading", name="Meeting of Tuesday 24 November 2026")
           ).to_be_visible()
    checker.check(page, "meeting")
    page.evaluate("window.stayed = true")  # gone if the page were loaded again
    decision = page.get_by_role("group", name=reference)
    decision.get_by_label("Yes", exact=True).check()
    decision.get_by_label("What is allocated").press("Enter")  # nothing named: refused
    expect(decision.get_by_text("Name what is allocated")).to_be_visible()
    expect(decision.get_by_label("Yes", exact=True)).to_be_focused()  # kept in the case
    decision.get_by_label("What is allocated").fill("Parenting programme")
    decision.get_by_label("What is allocated").press("Enter")  # saved from the keyboard
    said = "Recorded, allocated: Parenting programme; the outcome email is queued"
    expect(page.locator(f"#decision-{reference}")).to_contain_text(said)  # in place (htmx)
    expect(page.locator(f"#agenda-{reference}")).to_contain_text("(allocated)")
    expect(page.locator(f"#decision-{reference}")).to_be_focused()  # the last: focus on it
    assert page.evaluate("window.stayed") is True
    checker.check(page, "meeting-decided-in-place")
    page.reload()
    expect(page.get_by_text("Every case on this agenda is decided.")).to_be_visible()
    checker.check(page, "meeting-decided")


# Pages a crawl does not open: downloads (the original .eml, an attachment, the CSV), a
# PDF's page images (inside the item page, checked there) and signing out.
NOT_PAGES = ("/sign-out", "/original", "/pages/", ".csv", "/static/")
EVERY_ITEM = "service.manager"  # sees every item: each is checked, not one of each


def _kind(path: str) -> str:
    """A page's route with its reference, area and date taken out."""
    path = re.sub(r"EH-\d{4}-\d{6}", "REF", path)
    return re.sub(r"/meetings/[a-z_]+/[\d-]+", "/meetings/AREA/DATE", path)


@pytest.mark.parametrize("person", ["hal.admin", "service.manager", "auditor"])  # a manager's
# pages are an admin's with a review's decision, checked above
def test_every_page_as_each_role_has_no_axe_violation(
    page: Page, site_world: tuple[WebWorld, Site], checker: Checker, person: str
) -> None:
    """After the day's work above: every page reachable by a link (one of each kind, and
    every item for the Service Manager), and a Word file's HTML as its frame shows it,
    checked by axe-core and kept as a screenshot."""
    _, site = site_world
    sign_in(page, site, person)
    todo, seen, checked = [f"{site.url}/queue"], set(), set()
    while todo:
        url = todo.pop(0)
        kind = _kind(url.removeprefix(site.url))
        if url in seen or (kind in checked and not (person == EVERY_ITEM
                                                    and kind == "/queue/REF")):
            continue
        seen.add(url)
        checked.add(kind)
        _open(page, url)
        checker.check(page, f"{person}{url.removeprefix(site.url).replace('/', '-')}")
        links = page.eval_on_selector_all(
            "a[href], iframe[src]", "els => els.map(e => (e.href || e.src).split('#')[0])")
        todo += [u for u in links if u.startswith(f"{site.url}/") and u != f"{site.url}/"
                 and not any(p in u for p in NOT_PAGES) and not re.search(r"/attachments/\d+$", u)]
    assert {"/queue", "/cases", "/cases/REF", "/meetings", "/meetings/AREA/DATE", "/figures",
            "/learned"} <= checked  # a Halesowen admin's items are all done by now
    if person == EVERY_ITEM:
        assert {"/queue/REF", "/queue/REF/messages/0/attachments/1/as-html"} <= checked


def _open(page: Page, url: str) -> None:
    """The page at `url`; a Word file's HTML as the page's content, since its own policy
    (`sandbox`: no script at all) keeps axe-core out of its frame."""
    if url.endswith("/as-html"):
        answer = page.request.get(url)
        assert answer.status == 200, url
        page.goto("about:blank")  # no policy of the pages' own either
        page.set_content(answer.text())
        return
    opened = page.goto(url)
    assert opened is not None, url
    assert opened.status == 200, url
