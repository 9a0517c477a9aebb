"""A mailbox whose secret is missing: named in health, the other mailboxes carry on."""

from __future__ import annotations

import datetime as dt

import yaml

from frontdoor_demo.samples.referrals import referral_email
from inbox_worker.worker.health import read_health

from .conftest import World

UNSET = "FRONTDOOR_TEST_UNSET_PASSWORD"


def _secure_mailbox_on_imap_without_its_password(world: World) -> None:
    raw = yaml.safe_load(world.config.read_text())
    raw["mailboxes"] = [m if m["id"] != "secure" else {
        "id": "secure", "address": m["address"], "backend": "imap", "host": "127.0.0.1",
        "port": 9, "security": "none", "username": "secure",
        "password": {"env": UNSET}} for m in raw["mailboxes"]]
    world.config.write_text(yaml.safe_dump(raw))


def test_a_missing_password_is_named_and_other_mailboxes_are_read(world: World) -> None:
    _secure_mailbox_on_imap_without_its_password(world)
    world.deliver("halesowen", referral_email(sender="lead@school.example",
                                              to="earlyhelp.halesowen@dudley.gov.uk",
                                              subject="Question"), "one")
    report = world.runner().run_once()
    assert report.failed_mailboxes == {
        "secure": f"mailbox secure: environment variable {UNSET} is not set"}
    assert sum(report.steps.values()) == 1  # halesowen's message was still handled
    app = world.app()
    health = read_health(app.sessions, tuple(m.id for m in app.settings.mailboxes),
                         world.clock.now())
    problems = health.problems(world.clock.now(), dt.timedelta(minutes=15))
    assert problems == [f"mailbox secure: failing since {world.clock.now()} (last success "
                        f"never): mailbox secure: environment variable {UNSET} is not set"]
