"""Each council's pathway from the referral email to the last outcome email, on the
embedded default (SQLite, Maildir, outbound mail as files): Dudley (screening -> APM,
a step-down at once), Doncaster (triage -> MMT, a step up, a signpost, tiers), and an
invented council (tests/flow/borsetshire.yaml: no meeting for level 2, a weekly panel,
one locality's panel on published dates) that needs no code of its own."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from sqlalchemy import select

from frontdoor_demo.demo import CONFIG_DIR, write_local_config
from frontdoor_demo.samples.forms import make_docx
from frontdoor_demo.samples.referrals import docx_file, referral_email
from frontdoor_demo.samples.scenarios import family_form, scenarios
from inbox_worker.casework.actions import allocate, decide, screen
from inbox_worker.casework.agenda import send_due_agendas
from inbox_worker.casework.pathway import pathway_of
from inbox_worker.casework.report import ReportWords, figures, load_referrals, render
from inbox_worker.casework.view import case_view
from inbox_worker.cli.main import main
from inbox_worker.clock import FixedClock
from inbox_worker.store.models import Case
from inbox_worker.worker.app import App
from parsers.form import LeadProfessional
from routing.casework import Allocation, CaseStatus, CaseworkError

from .conftest import World, body, queued

MONDAY = dt.datetime(2026, 11, 23, 10, 0)  # UTC = London in November
TUESDAY = dt.datetime(2026, 11, 24, 15, 0)  # after Doncaster's MMT and Dudley's APM
THURSDAY = dt.datetime(2026, 11, 26, 10, 0)  # after Borsetshire's Wednesday panels
TEACHER = LeadProfessional("Sam Patel", "Balby Primary School", "s.patel@balby.example.sch.uk",
                           "01302 555123")
NURSE = LeadProfessional("Alex Morgan", "School Nursing", "alex.morgan@health.example",
                         "01302 555456")


def _world(root: Path, example: Path) -> World:
    return World(root, write_local_config(root, example), FixedClock(MONDAY))


def _referral(child: str, postcode: str, tier: int, lead: LeadProfessional, to: str,
              *, word: str = "Tier") -> bytes:
    spec = family_form(child, postcode, level=tier, lead=lead)
    spec = spec.__class__(**{**spec.__dict__, "level_word": word})
    return referral_email(sender=lead.email, to=to, subject="Early Help referral",
                          files=(docx_file("CAF.docx", make_docx(spec)),))


def _cases(app: App) -> dict[str, Case]:
    """Cases by area id (one each in these tests)."""
    with app.sessions() as session:
        return {c.cluster: c for c in session.scalars(select(Case).order_by(Case.id))}


def _ctx(app: App):  # type: ignore[no-untyped-def]
    assert app.pipeline.casework is not None
    return app.pipeline.casework


def _flat(text: str) -> str:
    """The words of an email with its wrapping and alignment undone."""
    return " ".join(text.split())


def _outcome_for(app: App, reference: str) -> str:
    return _flat(next(body(m) for m in queued(app, "outcome")
                      if reference in str(m["Subject"])))


def _acknowledgement_for(app: App, reference: str) -> str:
    return _flat(next(body(m) for m in queued(app, "acknowledgement")
                      if reference in str(m["Subject"])))


def _sent(world: World, app: App) -> list[str]:
    """Send the outbox to the outbound folder on Friday; the subjects of what was sent."""
    world.clock.current = dt.datetime(2026, 11, 27, 9, 0)
    world.runner().send_outbox()
    return [line.removeprefix("Subject: ") for path in world.outbound()
            for line in path.read_text(encoding="utf-8").splitlines()
            if line.startswith("Subject: ")]


# --- Dudley ----------------------------------------------------------------------------------

def test_dudley_from_the_email_to_the_outcome_with_a_step_down_at_once(world: World) -> None:
    by_name = {s.name: s for s in scenarios()}
    for n, name in enumerate(("Word form to the right cluster",
                              "step-down pack (form and CIN plan) to the secure inbox")):
        world.deliver(by_name[name].mailbox, by_name[name].raw, f"d{n}")
    world.runner().run_once()
    app = world.app()
    cases = _cases(app)
    normal, step_down = cases["dudley_central"].reference, cases["dudley_north"].reference
    ack = _acknowledgement_for(app, normal)
    assert ack.startswith("Dear Priya Shah,")
    assert "The Family Centre Manager will look at it next (screening)" in ack
    for reference in (normal, step_down):
        screen(app.sessions, reference, resource_needed=True, close_reason=None, actor="fcm",
               ctx=_ctx(app), now=MONDAY)
    fast = Allocation(True, "Family support", "Dudley North Family Centre", "R. Khan",
                      contact="01384 555000")
    allocate(app.sessions, step_down, fast, actor="fcm", ctx=_ctx(app), now=MONDAY)
    allocate(app.sessions, normal, Allocation(True, "Parenting programme", "Family Centre",
                                              "J. Worker", contact="j.worker@dudley.gov.uk"),
             actor="fcm", ctx=_ctx(app), now=TUESDAY)
    at_once = _outcome_for(app, step_down)
    assert "without waiting for the Allocation Partnership Meeting" in at_once
    assert "considered" not in at_once
    assert "Contact: 01384 555000" in at_once
    met = _outcome_for(app, normal)
    assert met.startswith("Dear Priya Shah,")
    assert "The Dudley Central Allocation Partnership Meeting (APM) of 24 November 2026 has " \
           "considered" in met
    assert "Contact: j.worker@dudley.gov.uk" in met
    assert f"Early Help referral {normal}: outcome" in _sent(world, app)


# --- Doncaster -------------------------------------------------------------------------------

@pytest.fixture
def doncaster(tmp_path: Path) -> World:
    return _world(tmp_path, CONFIG_DIR / "doncaster.example.yaml")


def _doncaster_referrals(world: World) -> dict[str, Case]:
    for n, (child, postcode, tier, lead, box) in enumerate((
            ("Jack Wilson", "DN1 1AA", 3, TEACHER, "central"),  # in the table: a ward
            ("Lily Evans", "DN6 9QQ", 2, NURSE, "north"),  # not in it: the DN6 rule
            ("Noah Hall", "DN11 0AA", 3, TEACHER, "south"),
            ("Emily Scott", "DN3 3AA", 2, NURSE, "east"))):
        world.deliver(box, _referral(child, postcode, tier, lead,
                                     f"earlyhelp.{box}@doncaster.gov.uk"), f"r{n}")
    world.runner().run_once()
    return _cases(world.app())


def test_doncaster_triage_step_up_signpost_and_the_mmt(doncaster: World,
                                                        capsys: pytest.CaptureFixture[str]
                                                        ) -> None:
    cases = _doncaster_referrals(doncaster)
    assert set(cases) == {"central", "north", "south", "east"}
    app = doncaster.app()
    ref = {area: c.reference for area, c in cases.items()}
    ack = _acknowledgement_for(app, ref["central"])
    assert ack.startswith("Dear Sam Patel,")
    assert "The Early Help Access team will look at it next (triage)" in ack
    ctx, triaged = _ctx(app), dt.datetime(2026, 11, 23, 11, 0)
    decide(app.sessions, ref["central"], "progress", actor="access", ctx=ctx, now=triaged)
    # highlighted for the MMT as a family who may belong to the Stronger Families programme
    decide(app.sessions, ref["north"], "stronger_families", actor="access", ctx=ctx,
           now=triaged)
    decide(app.sessions, ref["south"], "step_up", reason="Disclosure needs a social care "
           "assessment", actor="access", ctx=ctx, now=triaged)
    assert main(["case", "decide", ref["east"], "signpost", "--reason",
                 "Needs met by the school's universal offer", "--actor", "access",
                 "--config", str(doncaster.config)]) == 0
    assert capsys.readouterr().out == f"{ref['east']}: signposted to universal services; " \
                                      "the lead professional will be told\n"
    _check_step_up_and_signpost(app, ref)
    _check_mmt_agenda(app)
    _check_mmt_decisions(app, ref)
    assert f"Early Help referral {ref['central']}: outcome" in _sent(doncaster, app)
    _check_doncaster_figures(app)


def _check_step_up_and_signpost(app: App, ref: dict[str, str]) -> None:
    stepped = _outcome_for(app, ref["south"])
    assert "stepped up to Referral and Response (social care), who have been told" in stepped
    assert "Disclosure needs a social care assessment" in stepped
    assert "The Early Help Access team (South) has completed triage" in stepped
    (notice,) = queued(app, "step_up_notice")
    assert str(notice["To"]) == "referralandresponse@doncaster.gov.uk"
    assert ref["south"] in str(notice["Subject"])
    assert "Noah" not in body(notice)
    assert "Lead professional: Sam Patel, s.patel@balby.example.sch.uk" in _flat(body(notice))
    signposted = _outcome_for(app, ref["east"])
    assert signposted.startswith("Dear Alex Morgan,")
    assert "signposted to universal services" in signposted
    assert "Needs met by the school's universal offer" in signposted


def _check_mmt_agenda(app: App) -> None:
    ctx = _ctx(app)
    assert send_due_agendas(app.sessions, app.settings, ctx.templates, ctx.sender,
                            dt.datetime(2026, 11, 23, 17, 0)) == 4
    agendas = {str(m["To"]): m for m in queued(app, "agenda")}
    central = agendas["mmt.central@doncaster.gov.uk"]
    assert str(central["Subject"]) == "Multi-agency Management Team agenda: Central, " \
                                      "24 November 2026"
    assert "tier 3" in body(central)
    assert "level" not in body(central).lower()


def _check_mmt_decisions(app: App, ref: dict[str, str]) -> None:
    ctx = _ctx(app)
    with pytest.raises(CaseworkError, match="has not happened yet"):
        decide(app.sessions, ref["central"], "enhanced", actor="mmt", ctx=ctx, now=MONDAY)
    with pytest.raises(CaseworkError, match="'targeted' is only for 2; this case is 3"):
        decide(app.sessions, ref["central"], "targeted", actor="mmt", ctx=ctx, now=TUESDAY)
    decide(app.sessions, ref["central"], "enhanced", actor="mmt", ctx=ctx, now=TUESDAY,
           allocation=Allocation(True, worker="Kim Lee", agency="Central Family Hub",
                                 contact="kim.lee@doncaster.gov.uk"))
    decide(app.sessions, ref["north"], "targeted", actor="mmt", ctx=ctx, now=TUESDAY,
           allocation=Allocation(True, worker="Jo Grant", agency="Adwick Primary School",
                                 contact="01302 555789"))
    enhanced = _outcome_for(app, ref["central"])
    assert enhanced.startswith("Dear Sam Patel,")
    assert "The Central Multi-agency Management Team (MMT) of 24 November 2026 has " \
           "considered" in enhanced
    assert "Allocated: intensive family support worker" in enhanced
    assert "Delivered by: Central Family Hub, Kim Lee" in enhanced
    assert "Contact: kim.lee@doncaster.gov.uk" in enhanced
    assert "Early Help Access team manager will review it first" in enhanced
    for text in map(body, queued(app, "outcome")):
        assert "Dear colleague" not in text
        assert [w for w in ("level", "Allocation Partnership", "Family Centre", "cluster")
                if w in text] == []
    assert "lead professional from a partner agency" in _outcome_for(app, ref["north"])


def _check_doncaster_figures(app: App) -> None:
    rows = {f.cluster: f for f in figures(load_referrals(app.sessions, None, None))}
    assert rows["central"].first_stage == {"progress": 1}
    assert rows["north"].first_stage == {"stronger_families": 1}
    assert (rows["south"].step_ups, rows["east"].signposted) == (1, 1)
    assert set(rows["central"].days_to_allocation) == {"3"}
    assert set(rows["north"].days_to_allocation) == {"2"}
    text = render(list(rows.values()), as_csv=False,
                  words=ReportWords.of(pathway_of(app.settings)))
    assert "Outcomes of triage, step-ups and signposting" in text
    assert "Days from receipt to allocation by tier" in text
    assert "cluster" not in text


def test_check_config_prints_doncasters_pathway(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["check-config", str(CONFIG_DIR / "doncaster.example.yaml")]) == 0
    out = capsys.readouterr().out
    assert "  1. triage: decided by the Early Help Access team" in out
    assert "  a step-down from social care: waits for the MMT like any case" in out  # approves
    assert "  central: Central, mailbox central, MMT every Tuesday that is a working day" in out
    assert '       enhanced (tier 3 only) "enhanced response": allocated: intensive family ' \
           "support worker" in out


def test_check_config_refuses_a_pathway_that_cannot_be_completed(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    text = (CONFIG_DIR / "doncaster.example.yaml").read_text(encoding="utf-8")
    broken = tmp_path / "broken.yaml"
    broken.write_text(text.replace("contact: referralandresponse@doncaster.gov.uk",
                                   'contact: ""').replace("templates_dir: templates",
                                   f"templates_dir: {CONFIG_DIR / 'templates'}").replace(
        "table: postcodes/", f"table: {CONFIG_DIR / 'postcodes'}/"), encoding="utf-8")
    assert main(["check-config", str(broken)]) == 2
    assert "pathway.social_care.contact: a step up tells social care" in capsys.readouterr().err


# --- an invented council: no code of its own ----------------------------------------------------

def test_an_invented_council_with_no_meeting_for_level_2_and_a_panel(tmp_path: Path) -> None:
    world = _world(tmp_path, Path(__file__).with_name("borsetshire.yaml"))
    for n, (child, postcode, level, box) in enumerate((("Ann Ash", "DN1 1AA", 2, "central"),
                                                       ("Ben Birch", "DN3 3AA", 3, "east"))):
        world.deliver(box, _referral(child, postcode, level, TEACHER,
                                     f"earlyhelp.{box}@borsetshire.example", word="Level"),
                      f"b{n}")
    world.runner().run_once()
    app = world.app()
    ctx, cases = _ctx(app), _cases(app)
    hub, panel = cases["central"].reference, cases["east"].reference
    with pytest.raises(CaseworkError, match="'family_worker' is only for 2"):
        decide(app.sessions, panel, "family_worker", actor="hub", ctx=ctx, now=MONDAY)
    done = decide(app.sessions, hub, "family_worker", actor="hub", ctx=ctx, now=MONDAY,
                  allocation=Allocation(True, worker="Pat Lee", contact="07700 900123"))
    assert (done.status, done.meeting_date) == (CaseStatus.ALLOCATED, None)
    at_once = _outcome_for(app, hub)
    assert "The Early Help Hub (Borchester) has completed the hub's review" in at_once
    assert "considered" not in at_once
    assert "Contact: 07700 900123" in at_once
    moved = decide(app.sessions, panel, "to_panel", actor="hub", ctx=ctx, now=MONDAY)
    assert moved.meeting_date == dt.date(2026, 11, 25)  # Ambridge's published date
    assert send_due_agendas(app.sessions, app.settings, ctx.templates, ctx.sender,
                            dt.datetime(2026, 11, 23, 17, 0)) == 4
    agenda = next(m for m in queued(app, "agenda") if "Ambridge" in str(m["Subject"]))
    assert str(agenda["Subject"]) == "Family Support Panel agenda: Ambridge, 25 November 2026"
    assert "level 3" in body(agenda)
    decide(app.sessions, panel, "keyworker", actor="panel", ctx=ctx, now=THURSDAY,
           allocation=Allocation(True, worker="Dee Moss", agency="Ambridge Surgery",
                                 contact="dee.moss@ambridge.example", multi_agency=True))
    met = _outcome_for(app, panel)
    assert "The Ambridge Family Support Panel (FSP) of 25 November 2026 has considered" in met
    assert "Support: multi-agency" in met
    assert "Locality Manager will review it first" in met
    assert f"Early Help referral {panel}: outcome" in _sent(world, app)
    view = case_view(app.sessions, panel)
    assert view is not None
    assert [(d["stage"], d["outcome"], d["allocation_type"], d["contact"])
            for d in view["decisions"]] == [("panel", "keyworker", "keyworker",
                                             "dee.moss@ambridge.example")]
    assert [(s["stage"], s["outcome"]) for s in view["screenings"]] == [("hub", "to_panel")]
