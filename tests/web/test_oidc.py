"""OpenID Connect sign-in in Debian's chromium against a real provider on loopback (npm's
oidc-provider): the role and areas from the ID token's claims, or from the configuration;
someone the configuration gives no role is refused; `users disable` wins over the provider."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
import yaml
from playwright.sync_api import Page, expect
from sqlalchemy import select

from inbox_worker.store.models import AuditEntry
from inbox_worker.web.accounts import disable_account, find_account

from .browser import Checker, Site, free_port, start_site
from .oidc import CLIENT_ID, CLIENT_SECRET, Provider, install_provider, start_provider
from .world import WebWorld, copy_world


@pytest.fixture(scope="module")
def oidc_site(tmp_path_factory: pytest.TempPathFactory, seeded_world: WebWorld
              ) -> Iterator[tuple[WebWorld, Site, Provider]]:
    root = tmp_path_factory.mktemp("oidc")
    world = copy_world(seeded_world, root)
    script = install_provider(tmp_path_factory.mktemp("oidc-provider"))
    site_port, provider_port = free_port(), free_port()
    provider = start_provider(script, provider_port,
                              f"http://127.0.0.1:{site_port}/sign-in/oidc/callback",
                              root / "provider.log")
    secret = root / "client_secret"
    secret.write_text(CLIENT_SECRET, encoding="utf-8")
    raw = yaml.safe_load(world.config.read_text(encoding="utf-8"))
    raw["web"] = {"oidc": {
        "issuer": provider.issuer, "client_id": CLIENT_ID, "client_secret": {"file": str(secret)},
        "roles": {"FrontDoor.Admin": "admin", "FrontDoor.Manager": "manager"},
        "areas": {"Halesowen": "halesowen", "Stourbridge": "stourbridge"},
        "people": {"sm.entra@dudley.example": {"role": "service_manager"}}}}
    world.config.write_text(yaml.safe_dump(raw), encoding="utf-8")
    site = start_site(world.config, root / "web.log", port=site_port)
    yield world, site, provider
    site.stop()
    provider.stop()


def _with_provider(page: Page, site: Site, login: str) -> None:
    page.context.clear_cookies()  # a new person: no single sign-on session at the provider
    page.goto(f"{site.url}/sign-in")
    page.get_by_role("button", name="Sign in with your council account").click()
    page.locator("input[name=login]").fill(login)  # the provider's own page
    page.locator("input[name=password]").fill("any password: the test provider's")
    page.get_by_role("button", name="Sign-in").click()
    page.get_by_role("button", name="Continue").click()  # consent, once per person


def test_an_admin_signs_in_with_the_council_account(
    page: Page, oidc_site: tuple[WebWorld, Site, Provider], checker: Checker
) -> None:
    world, site, _ = oidc_site
    page.goto(f"{site.url}/sign-in")
    checker.check(page, "sign-in-with-oidc")
    _with_provider(page, site, "hal.entra")
    expect(page.get_by_text("Signed in as hal.entra@dudley.example (admin)")).to_be_visible()
    expect(page.get_by_role("link", name=world.item("halesowen", "unreadable_attachment"))
           ).to_be_visible()
    expect(page.get_by_role("link", name=world.item("stourbridge", "no_form_found"))
           ).to_have_count(0)  # the areas claim: Halesowen only
    checker.check(page, "queue-oidc-admin")
    account = find_account(world.app.sessions, "hal.entra@dudley.example")
    assert account is not None
    assert (account.role.value, account.areas) == ("admin", ("halesowen",))


def test_the_configuration_gives_a_role_and_nobody_else_gets_in(
    page: Page, oidc_site: tuple[WebWorld, Site, Provider], checker: Checker
) -> None:
    world, site, _ = oidc_site
    _with_provider(page, site, "sm.entra")
    expect(page.get_by_text("Signed in as sm.entra@dudley.example (service manager)")
           ).to_be_visible()
    page.get_by_role("button", name="Sign out").click()
    _with_provider(page, site, "nobody.entra")
    expect(page.get_by_text("Your council account has no role in Early Help Front Door").first
           ).to_be_visible()
    checker.check(page, "sign-in-oidc-no-role")
    assert find_account(world.app.sessions, "nobody.entra@dudley.example") is None
    with world.app.sessions() as session:
        signed = list(session.scalars(select(AuditEntry.actor).where(
            AuditEntry.action == "account:sign_in_oidc")))
    assert "sm.entra@dudley.example" in signed


def test_a_disabled_account_stays_out_whatever_the_provider_says(
    page: Page, oidc_site: tuple[WebWorld, Site, Provider]
) -> None:
    world, site, _ = oidc_site
    disable_account(world.app.sessions, "hal.entra@dudley.example", now=world.clock.now(),
                    actor="tests")
    _with_provider(page, site, "hal.entra")
    expect(page.get_by_text("Your council account has no role in Early Help Front Door").first
           ).to_be_visible()
