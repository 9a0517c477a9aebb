"""A front door with the sample referrals decided and one account per role, for the pages.

The samples are the demo's (frontdoor_demo.samples), plus the no-form enquiry sent to the
Stourbridge inbox too, so Stourbridge has an item of its own in the queue. The samples are
read once a test run (`seeded_world` in conftest.py); each module's world is a copy.
"""

from __future__ import annotations

import datetime as dt
import re
import shutil
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import text

from frontdoor_demo.demo import write_local_config
from frontdoor_demo.samples.scenarios import scenarios
from inbox_worker.clock import FixedClock
from inbox_worker.mailboxes.maildir import MaildirMailbox
from inbox_worker.settings import load_settings
from inbox_worker.store.models import Case, ExceptionItem
from inbox_worker.web.accounts import Role, add_account
from inbox_worker.worker.app import App, build_app
from inbox_worker.worker.runner import Runner

PASSWORD = "correct horse battery"  # every test account's
ACCOUNTS = {  # name: (role, areas)
    "hal.admin": (Role.ADMIN, ("halesowen",)),
    "stour.admin": (Role.ADMIN, ("stourbridge",)),
    "hal.manager": (Role.MANAGER, ("halesowen",)),
    "service.manager": (Role.SERVICE_MANAGER, ()),
    "auditor": (Role.AUDITOR, ()),
}
START = dt.datetime(2026, 11, 23, 10, 0)  # a Monday morning, naive UTC


@dataclass
class WebWorld:
    root: Path
    config: Path
    clock: FixedClock
    app: App

    def item(self, area: str, reason: str) -> str:
        """The reference of the open item of `area` (by cluster or mailbox) with `reason`."""
        with self.app.sessions() as session:
            for item in session.query(ExceptionItem).order_by(ExceptionItem.id):
                if (item.cluster or item.received_in) == area and reason in item.reason_codes:
                    return item.reference
        raise LookupError(f"no {reason} item of {area}")

    def case(self, area: str | None, status: str, priority: str | None = None) -> str:
        """The first case of `area` (any, if None) with this status (and priority)."""
        with self.app.sessions() as session:
            for case in session.query(Case).order_by(Case.id):
                if (area in (None, case.cluster) and case.status.value == status
                        and priority in (None, case.priority)):
                    return case.reference
        raise LookupError(f"no {status} case of {area}")


def build_world(root: Path) -> WebWorld:
    config = write_local_config(root)
    clock = FixedClock(START)
    app = build_app(load_settings(config), clock)
    samples = scenarios()
    extra = next(s for s in samples if s.name == "an enquiry with no form")
    for number, sample in enumerate(samples, start=1):
        _deliver(app, sample.mailbox, sample.raw, f"web-{number:03d}")
    _deliver(app, "stourbridge", extra.raw, "web-stourbridge-enquiry")
    Runner(app).run_once()
    known = frozenset(a.id for a in app.settings.areas)
    for name, (role, areas) in ACCOUNTS.items():
        add_account(app.sessions, name, role=role, areas=areas, password=PASSWORD,
                    known_areas=known, now=clock.now(), actor="tests")
    return WebWorld(root, config, clock, app)


def copy_world(seeded: WebWorld, root: Path) -> WebWorld:
    """A world of its own, as `build_world` makes it, from a seeded one: its folder (store,
    mailboxes, outbound mail, configuration) copied to `root` and the configuration's
    paths moved there, so no referral is read again; its clock at `START`."""
    with seeded.app.sessions() as session:  # everything in the store file, none in its WAL
        session.execute(text("PRAGMA wal_checkpoint(TRUNCATE)"))
    shutil.copytree(seeded.root, root, dirs_exist_ok=True)
    config = root / seeded.config.relative_to(seeded.root)
    config.write_text(config.read_text(encoding="utf-8").replace(str(seeded.root), str(root)),
                      encoding="utf-8")
    clock = FixedClock(START)
    return WebWorld(root, config, clock, build_app(load_settings(config), clock))


def _deliver(app: App, mailbox: str, raw: bytes, key: str) -> None:
    path = root_of(app) / "mail" / mailbox
    MaildirMailbox(mailbox, path).deliver(raw, key)


def root_of(app: App) -> Path:
    match = re.match(r"sqlite:///(.*)/frontdoor\.db$", app.settings.store_url)
    assert match is not None
    return Path(match.group(1))


def csrf_token(html: str) -> str:
    match = re.search(r'name="csrf_token" value="([^"]+)"', html)
    assert match is not None, "no CSRF token in the page"
    return match.group(1)
