"""Learning where a layout writes the family's postcode and its consent: admins correct the
home postcode (or mark a consent seen) on two forms of one layout whose right value is
written in a place the reader did not read; the third form of that layout is read from
there and routes, unless that place gives no single answer, when it is held.

The layout stands for a template of numbered boxes (as several councils' request forms
are): the referring school's details come first with their postcode under a bare
"Postcode" label, which the reader takes for the home's, and the family's postcode is
written in box 7, which it does not read; the parent agrees in box 9 at the end, a numbered
box that says no more than "Agreed", not in the family table's signature column.
"""

from __future__ import annotations

import io

import docx
from sqlalchemy import select

from frontdoor_demo.samples.forms import make_docx
from frontdoor_demo.samples.referrals import docx_file, referral_email
from frontdoor_demo.samples.scenarios import SCHOOL, family_form
from inbox_worker.casework.item_actions import correct
from inbox_worker.casework.learning import list_rules
from inbox_worker.store.models import Case, ExceptionItem, Message
from parsers.files import extract_document

from .conftest import World

TO = "earlyhelp.dudleycentral@dudley.gov.uk"
SCHOOL_POSTCODE = "DY8 1AA"  # the school's, at the top of every form of this layout
HOME = "DY2 0AB"


def _form(child: str, *, box_7: str = HOME, agrees: str = "", signature: str = "",
          school_postcode: str = SCHOOL_POSTCODE) -> bytes:
    surname = child.split()[-1]
    document = docx.Document()
    document.add_heading("Request for Early Help", 0)
    _table(document, [("Date of assessment", "20/11/2026"), ("Postcode", school_postcode),
                      ("Lead professional name", SCHOOL.name), ("Email", SCHOOL.email),
                      ("Level of need", "Level 2"), ("Risk of significant harm", "No")])
    document.add_heading("Box 7", 1)
    _table(document, [("7.", box_7)])
    document.add_heading("Family members", 1)
    _table(document, [("Name", "Date of birth", "Relationship", "Signature", "Date signed"),
                      (child, "09/03/2016", "Son", "", ""),
                      (f"Dana {surname}", "01/08/1987", "Mother", signature,
                       "20/11/2026" if signature else "")])
    document.add_heading("Box 9", 1)
    _table(document, [("9. Agreed", agrees)])
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def _table(document: docx.document.Document, rows: list[tuple[str, ...]]) -> None:
    table = document.add_table(rows=len(rows), cols=len(rows[0]))
    for row, values in zip(table.rows, rows, strict=True):
        for cell, value in zip(row.cells, values, strict=True):
            cell.text = value


def _send(world: World, key: str, form: bytes) -> str:
    world.deliver("dudley_central", referral_email(
        sender=SCHOOL.email, to=TO, subject="Early Help referral",
        files=(docx_file("Request.docx", form),)), key)
    world.runner().run_once()
    with world.app().sessions() as session:
        return session.scalars(select(Message.reference).order_by(Message.id.desc())).first() \
            or ""


def _case(world: World, reference: str) -> Case | None:
    with world.app().sessions() as session:
        return session.scalars(select(Case).where(Case.reference == reference)).first()


def _reasons(world: World, reference: str) -> list[str]:
    with world.app().sessions() as session:
        return list(session.scalars(select(ExceptionItem).where(
            ExceptionItem.reference == reference)).one().reasons)


def _correct_twice(world: World, field: str, typed: str) -> None:
    for n, child in enumerate(("Ethan Hughes", "Noah Hughes")):
        reference = _send(world, f"u{n}", _form(child))  # unsigned: queued
        assert _case(world, reference) is None
        correct(world.app().sessions, reference, field=field, typed=typed, actor="admin",
                now=world.clock.now())


def test_the_layout_is_read_wrong_without_a_rule() -> None:
    form = extract_document("Request.docx", _form("Ethan Hughes", signature="D Hughes"))
    assert form.address.postcode == SCHOOL_POSTCODE  # what the rule is learned against
    assert form.source("address.postcode") == "table 1, row 2"
    assert form.people[1].consent.signed  # the signature column, where it is signed
    unsigned = extract_document("Request.docx", _form("Ethan Hughes", agrees="Yes"))
    assert not unsigned.people[1].consent.signed  # the agreement box is not read


def test_two_corrections_teach_where_the_home_postcode_is(world: World) -> None:
    wrong = _case(world, _send(world, "w", _form("Ava Hughes", signature="D Hughes")))
    assert wrong is not None
    assert wrong.cluster != _cluster_of_home(world)  # routed on the school's postcode
    _correct_twice(world, "address.postcode", HOME)
    (rule,) = list_rules(world.app().sessions)
    assert (rule.field, rule.read_from, rule.reading, rule.places, rule.corrections) == (
        "address.postcode", "table 1, row 2", "read_elsewhere", ("table 2, row 1, column 2",),
        2)
    case = _case(world, _send(world, "s1", _form("Lily Hughes", signature="D Hughes")))
    assert case is not None
    assert case.cluster == _cluster_of_home(world)
    assert case.form["address"]["postcode"] == HOME
    assert case.form["address"]["source"]["postcode"] == (
        "table 2, row 1, column 2 (read by a learned rule from 2 corrections)")


def test_a_learned_place_that_gives_two_postcodes_holds_the_form(world: World) -> None:
    _correct_twice(world, "address.postcode", HOME)
    held = _send(world, "s1", _form("Lily Hughes", box_7=f"{HOME} or DY1 1AA",
                                    signature="D Hughes"))
    assert _case(world, held) is None
    assert _reasons(world, held) == [
        "form_unclear:admins corrected the home postcode read at table 1, row 2 on 2 forms "
        "laid out like this one; a rule learned from them reads it otherwise, but table 2, "
        "row 1, column 2 gives more than one postcode on this form: check it"]
    empty = _send(world, "s2", _form("Mia Hughes", box_7="", signature="D Hughes"))
    assert _reasons(world, empty)[0].endswith("gives no postcode on this form: check it")


def test_two_consents_seen_teach_where_the_layout_records_consent(world: World) -> None:
    for n, child in enumerate(("Ethan Hughes", "Noah Hughes")):
        reference = _send(world, f"u{n}", _form(child, agrees="Yes"))
        assert any(r.startswith("consent_missing") for r in _reasons(world, reference))
        correct(world.app().sessions, reference, field="people.1.consent", typed="yes",
                actor="admin", now=world.clock.now())
    (rule,) = [r for r in list_rules(world.app().sessions) if r.field == "people.1.consent"]
    assert (rule.read_from, rule.reading, rule.places) == (
        "", "read_elsewhere", ("table 4, row 1, column 2",))
    read = _send(world, "s1", _form("Lily Hughes", agrees="Yes"))
    assert _case(world, read) is not None  # the mother's consent read from the box
    (mother,) = [p for p in _case(world, read).form["people"] if p["name"] == "Dana Hughes"]
    assert mother["consent"]["signed"]
    assert mother["source"]["consent"] == (
        "table 4, row 1, column 2 (read by a learned rule from 2 corrections)")
    refused = _send(world, "s2", _form("Mia Hughes", agrees="No"))
    assert _case(world, refused) is None  # a "no" there: never routed on it


def _cluster_of_home(world: World) -> str:
    """The area the family's postcode routes to, as a form of the demo's layout gives it."""
    reference = _send(world, "home", make_docx(family_form("Zoe Hughes", HOME)))
    case = _case(world, reference)
    assert case is not None
    return case.cluster
