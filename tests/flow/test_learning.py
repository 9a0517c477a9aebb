"""Learning from admins' corrections: a reading corrected on two forms laid out alike holds
the next such form in the queue instead of routing it; a removed rule routes again."""

from __future__ import annotations

from sqlalchemy import select

from frontdoor_demo.samples.forms import make_docx, make_pdf
from frontdoor_demo.samples.referrals import docx_file, pdf_file, referral_email
from frontdoor_demo.samples.scenarios import SCHOOL, family_form
from inbox_worker.casework.item_actions import correct
from inbox_worker.casework.learning import LEARNED_AFTER, list_rules, remove_rule
from inbox_worker.store.models import AuditEntry, Case, ExceptionItem, Message
from inbox_worker.worker.pipeline import Step

from .conftest import World

TO = "earlyhelp.dudleycentral@dudley.gov.uk"


def _send(world: World, key: str, child: str, *, signed: bool = True, pdf: bool = False) -> str:
    spec = family_form(child, "DY2 0AB", parent_signs=signed)
    file = pdf_file("EHA.pdf", make_pdf(spec)) if pdf else docx_file("EHA.docx", make_docx(spec))
    world.deliver("dudley_central", referral_email(sender=SCHOOL.email, to=TO,
                                                   subject="Early Help referral",
                                                   files=(file,)), key)
    world.runner().run_once()
    with world.app().sessions() as session:
        return session.scalars(select(Message.reference).order_by(Message.id.desc())).first() \
            or ""


def _outcome(world: World, reference: str) -> tuple[str, list[str]]:
    with world.app().sessions() as session:
        item = session.scalars(select(ExceptionItem).where(
            ExceptionItem.reference == reference)).first()
        if item is None:
            assert session.scalars(select(Case).where(Case.reference == reference)).one()
            return "routed", []
        return "queued", list(item.reasons)


def test_two_corrections_hold_the_next_form_read_there(world: World) -> None:
    app = world.app()
    for n, child in enumerate(("Ethan Hughes", "Noah Hughes")):
        reference = _send(world, f"u{n}", child, signed=False)
        assert _outcome(world, reference)[0] == "queued"
        correct(app.sessions, reference, field="address.postcode", typed="DY2 0AA",
                actor="admin", now=world.clock.now())
    (rule,) = list_rules(app.sessions)
    assert (rule.field, rule.corrections, rule.learned) == ("address.postcode", 2, True)
    assert LEARNED_AFTER == 2
    held = _send(world, "s1", "Lily Hughes")
    outcome, reasons = _outcome(world, held)
    assert outcome == "queued"
    assert reasons == [f"form_unclear:admins corrected the home postcode read at "
                       f"{rule.read_from} on 2 forms laid out like this one: check it"]
    assert _outcome(world, _send(world, "p1", "Ava Hughes", pdf=True))[0] == "routed"  # another
    remove_rule(app.sessions, rule.id, actor="fcm", now=world.clock.now())
    assert _outcome(world, _send(world, "s2", "Mia Hughes"))[0] == "routed"
    with app.sessions() as session:
        assert session.scalars(select(AuditEntry.action).where(
            AuditEntry.action == "learned_rule:remove")).one()


def test_one_correction_teaches_nothing_yet(world: World) -> None:
    app = world.app()
    reference = _send(world, "u0", "Ethan Hughes", signed=False)
    correct(app.sessions, reference, field="address.postcode", typed="DY2 0AA", actor="admin",
            now=world.clock.now())
    correct(app.sessions, reference, field="address.postcode", typed="DY2 0AB", actor="admin",
            now=world.clock.now())  # correcting a correction: nothing read to learn from
    (rule,) = list_rules(app.sessions)
    assert (rule.corrections, rule.learned) == (1, False)
    steps = world.runner().run_once().steps
    assert steps[Step.ROUTED] == 0
    assert _outcome(world, _send(world, "s1", "Lily Hughes"))[0] == "routed"
