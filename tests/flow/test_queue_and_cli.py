"""The exception queue's actions, and the command line's documented contracts."""

from __future__ import annotations

import datetime as dt
import json
import subprocess
import sys
from pathlib import Path

import pytest
from sqlalchemy import select, text

from frontdoor_demo.samples.forms import make_docx
from frontdoor_demo.samples.scenarios import scenarios
from inbox_worker.casework.queue import QueueError, dismiss, list_items, resolve, show
from inbox_worker.casework.queue_items import listed_from_sqlite
from inbox_worker.store.models import AuditEntry, Case, OutboxMessage

from .conftest import CONFIG_DIR, World

BY_NAME = {s.name: s for s in scenarios()}
CONSENT = BY_NAME["mother has not signed the consent"]
ENQUIRY = BY_NAME["an enquiry with no form"]
URGENT = BY_NAME["level 4: risk of significant harm"]


def _run(world: World, *samples: object) -> None:
    for n, sample in enumerate(samples):
        world.deliver(sample.mailbox, sample.raw, f"q{n}")  # type: ignore[attr-defined]
    world.runner().run_once()


def test_list_shows_urgent_first_and_filters_by_cluster(world: World) -> None:
    _run(world, CONSENT, ENQUIRY, URGENT)
    sessions = world.app().sessions
    items = list_items(sessions)
    assert items[0].priority == "urgent"
    assert len(items) == 3
    central = list_items(sessions, cluster="dudley_central")
    assert [i.reasons[0].split(":")[0] for i in central] == ["consent_missing"]


def test_the_list_read_without_sqlalchemy_is_the_same_list(world: World) -> None:
    """`frontdoor queue list` reads a SQLite store with the standard library: the same
    items, in the same order, as `list_items`, with each filter; and no answer (read it
    the usual way) for a store it cannot read so."""
    _run(world, CONSENT, ENQUIRY, URGENT)
    app = world.app()
    dismiss(app.sessions, list_items(app.sessions, cluster="dudley_central")[0].reference,
            reason="sent by mistake", actor="admin.a", now=world.clock.now())
    url = app.settings.store_url
    for filters in ({}, {"cluster": "halesowen"}, {"include_closed": True},
                    {"cluster": "dudley_central", "include_closed": True}):
        assert listed_from_sqlite(url, **filters) == list_items(app.sessions, **filters)
    assert len(listed_from_sqlite(url, include_closed=True) or []) == 3
    assert listed_from_sqlite("postgresql://frontdoor@localhost/frontdoor") is None
    assert listed_from_sqlite(f"sqlite:///{world.root / 'not-made-yet.db'}") is None
    with app.sessions.begin() as session:
        session.execute(text("UPDATE alembic_version SET version_num = '0001'"))
    assert listed_from_sqlite(url) is None  # to migrate: SQLAlchemy's to read


def test_resolve_makes_a_case_tells_the_sender_and_is_audited(world: World) -> None:
    _run(world, CONSENT)
    app = world.app()
    (item,) = list_items(app.sessions)
    resolve(app.sessions, item.reference, cluster="dudley_central", actor="admin.a",
            ctx=app.pipeline.context, now=world.clock.now())
    assert list_items(app.sessions) == []
    assert show(app.sessions, item.reference).status == "resolved"
    with app.sessions() as session:
        case = session.scalars(select(Case)).one()
        people = len(case.people)
        audit = session.scalars(select(AuditEntry).where(
            AuditEntry.action == "exception:resolve")).one()
        kinds = list(session.scalars(select(OutboxMessage.kind)))
    assert (case.reference, case.cluster) == (item.reference, "dudley_central")
    assert people == 2
    assert (audit.actor, audit.before, audit.after) == (
        "admin.a", {"status": "open", "cluster": "dudley_central", "resolution": None},
        {"status": "resolved", "cluster": "dudley_central",
         "resolution": "routed to dudley_central"})
    assert kinds == ["acknowledgement", "acknowledgement"]
    with pytest.raises(QueueError, match="already resolved"):
        resolve(app.sessions, item.reference, cluster="halesowen", actor="admin.b",
                ctx=app.pipeline.context, now=world.clock.now())


def test_dismiss_needs_a_reason(world: World) -> None:
    _run(world, ENQUIRY)
    app = world.app()
    (item,) = list_items(app.sessions)
    with pytest.raises(QueueError, match="needs a reason"):
        dismiss(app.sessions, item.reference, reason=" ", actor="admin.a", now=world.clock.now())
    dismiss(app.sessions, item.reference, reason="answered by phone", actor="admin.a",
            now=world.clock.now())
    assert show(app.sessions, item.reference).status == "dismissed"
    with pytest.raises(QueueError, match="no exception with reference EH-0"):
        show(app.sessions, "EH-0")


def _frontdoor(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "inbox_worker", *args], capture_output=True,
                          text=True, check=False, timeout=120)


def test_route_prints_the_decision_contract(tmp_path: Path) -> None:
    sample = BY_NAME["sent to the wrong cluster's inbox"]
    mail = tmp_path / "referral.eml"
    mail.write_bytes(sample.raw)
    result = _frontdoor("route", str(mail), "--config", str(CONFIG_DIR / "dudley.example.yaml"),
                        "--today", "2026-11-23", "--json")
    assert result.returncode == 0, result.stderr
    decision = json.loads(result.stdout)
    assert set(decision) == {"outcome", "cluster", "received_in", "reasons", "flags",
                             "priority", "form"}
    assert (decision["outcome"], decision["cluster"], decision["received_in"]) == (
        "routed", "brierley_hill", "halesowen")
    assert decision["flags"] == ["misdirected"]
    assert decision["form"]["address"]["postcode"] == "DY6 7AA"
    assert not (CONFIG_DIR / "var").exists(), "route must not create a store or mailboxes"


def test_extract_prints_the_form_contract(tmp_path: Path) -> None:
    from frontdoor_demo.samples.forms import sample_specs

    path = tmp_path / "form.docx"
    path.write_bytes(make_docx(sample_specs()[0]))
    result = _frontdoor("extract", str(path), "--json")
    assert result.returncode == 0, result.stderr
    form = json.loads(result.stdout)
    assert set(form) == {"form_type", "people", "address", "lead_professional",
                         "level_of_need", "warnings", "source", "layout_fingerprint", "seen"}
    assert len(form["layout_fingerprint"]) == 32  # the template's, for learned corrections
    assert {s["kind"] for s in form["seen"]} <= {"postcode", "consent"}  # written where
    person = form["people"][0]
    assert {k: v for k, v in person.items() if k != "source"} == {
        "name": "Zoë O'Brien", "date_of_birth": "2015-06-03", "role": "child",
        "relationship": "Daughter", "consent": {"signed": False, "date": None}}
    assert person["source"]["name"].startswith("table")  # where each value was read
    assert form["address"]["postcode"] == "DY5 1AB"


def test_check_config_names_the_bad_key(tmp_path: Path) -> None:
    good = _frontdoor("check-config", str(CONFIG_DIR / "doncaster.example.yaml"))
    assert good.returncode == 0, good.stderr
    assert "north: North, mailbox north" in good.stdout
    bad = tmp_path / "bad.yaml"
    bad.write_text((CONFIG_DIR / "doncaster.example.yaml").read_text()
                   .replace("consent_age: 14", "consent_age: 40"))
    result = _frontdoor("check-config", str(bad))
    assert result.returncode == 2
    assert "consent_age: Input should be less than or equal to 18" in result.stderr


def test_report_counts_a_resolved_exception_once(world: World) -> None:
    from inbox_worker.casework.report import as_rows, figures, load_referrals

    _run(world, CONSENT, BY_NAME["PDF form to the right cluster"])
    app = world.app()
    (item,) = list_items(app.sessions)
    resolve(app.sessions, item.reference, cluster="dudley_central", actor="admin.a",
            ctx=app.pipeline.context, now=world.clock.now())
    rows = {r["cluster"]: r for r in as_rows(figures(load_referrals(app.sessions, None, None)))}
    assert (rows["dudley_central"]["received"], rows["dudley_central"]["routed"]) == ("1", "1")
    assert rows["halesowen"]["received"] == "1"
    today = world.clock.now().date()  # the period is of days received, both included
    assert len(load_referrals(app.sessions, today, today)) == 2
    assert load_referrals(app.sessions, today + dt.timedelta(days=1), None) == []
    assert load_referrals(app.sessions, None, today - dt.timedelta(days=1)) == []
