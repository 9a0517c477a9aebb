"""Learning from admins' corrections: a reading corrected on two forms laid out alike holds
the next such form in the queue instead of routing it; a removed rule routes again."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

from sqlalchemy import select

from frontdoor_demo.samples.forms import make_docx, make_pdf
from frontdoor_demo.samples.referrals import docx_file, pdf_file, referral_email
from frontdoor_demo.samples.scenarios import SCHOOL, family_form
from inbox_worker.casework.item_actions import correct
from inbox_worker.casework.learning import (
    LEARNED_AFTER,
    list_rules,
    read_by_learned,
    remove_rule,
)
from inbox_worker.store.models import AuditEntry, Case, ExceptionItem, Message
from inbox_worker.worker.pipeline import Step

from .conftest import World

TO = "earlyhelp.dudleycentral@dudley.gov.uk"


def _send(world: World, key: str, child: str, *, signed: bool = True, pdf: bool = False,
          born: dt.date | None = None) -> str:
    spec = family_form(child, "DY2 0AB", parent_signs=signed)
    if born is not None:
        spec = replace(spec, people=(replace(spec.people[0], dob=born), *spec.people[1:]))
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


def _case_form(world: World, reference: str) -> dict[str, object]:
    with world.app().sessions() as session:
        return session.scalars(select(Case.form).where(Case.reference == reference)).one()


def _swap_twice(world: World) -> None:
    """Admins correct the child's date of birth, read 9 March, to 3 September twice."""
    for n, child in enumerate(("Ethan Hughes", "Noah Hughes")):
        reference = _send(world, f"u{n}", child, signed=False)
        correct(world.app().sessions, reference, field="people.0.date_of_birth",
                typed="03/09/2016", actor="admin", now=world.clock.now())


def test_two_like_corrections_read_the_next_form_right(world: World) -> None:
    _swap_twice(world)
    (rule,) = list_rules(world.app().sessions)
    assert (rule.field, rule.corrections, rule.reading) == (
        "people.0.date_of_birth", 2, "day_month_swapped")
    read = _send(world, "s1", "Lily Hughes")
    assert _outcome(world, read)[0] == "routed"  # the learned reading routes: no conflict
    child = _case_form(world, read)["people"][0]  # type: ignore[index]
    assert child["date_of_birth"] == "2016-09-03"
    assert child["source"]["date_of_birth"] == (
        f"{rule.read_from} (read by a learned rule from 2 corrections)")


def test_a_reading_the_rule_cannot_take_is_held_with_a_plain_reason(world: World) -> None:
    _swap_twice(world)
    held = _send(world, "s1", "Lily Hughes", born=dt.date(2016, 3, 20))  # no 20th month
    outcome, reasons = _outcome(world, held)
    assert outcome == "queued"
    (reason,) = reasons
    assert reason.startswith("form_unclear:admins corrected the person 1's date of birth")
    assert reason.endswith("a rule learned from them reads it otherwise, but this date "
                           "cannot be read with its day and month swapped: check it")


def test_correcting_a_learned_reading_stops_the_rule_reading(world: World) -> None:
    _swap_twice(world)
    first = _send(world, "s1", "Lily Hughes", signed=False)  # queued for consent
    (item,) = [i for i in _open(world) if i == first]
    with world.app().sessions() as session:
        form = session.scalars(select(ExceptionItem.form).where(
            ExceptionItem.reference == item)).one()
    assert read_by_learned(form) == [("people.0.date_of_birth", form["people"][0]["source"][
        "date_of_birth"])]  # what the item page lists as read by a learned rule
    correct(world.app().sessions, item, field="people.0.date_of_birth", typed="09/03/2016",
            actor="admin", now=world.clock.now())  # the rule read it wrong this time
    (rule,) = list_rules(world.app().sessions)
    assert (rule.corrections, rule.reading) == (3, "mixed")
    assert _outcome(world, _send(world, "s2", "Mia Hughes"))[0] == "queued"  # holds again


def test_different_corrections_hold_the_next_form(world: World) -> None:
    app = world.app()
    for n, (child, typed) in enumerate((("Ethan Hughes", "03/09/2016"),
                                        ("Noah Hughes", "10/03/2016"))):
        reference = _send(world, f"u{n}", child, signed=False)
        correct(app.sessions, reference, field="people.0.date_of_birth", typed=typed,
                actor="admin", now=world.clock.now())
    (rule,) = list_rules(app.sessions)
    assert rule.reading == "mixed"
    outcome, reasons = _outcome(world, _send(world, "s1", "Lily Hughes"))
    assert outcome == "queued"
    assert reasons[0].endswith("on 2 forms laid out like this one: check it")


def _open(world: World) -> list[str]:
    with world.app().sessions() as session:
        return list(session.scalars(select(ExceptionItem.reference)))
