"""Rules that read a value from another place on the form (routing.learned, READ_ELSEWHERE):
where an admin's value is written (`places_seen`), the next form read from there, and
held when that place gives no single answer; and what the reader shows it
(`parsers.seen`)."""

from __future__ import annotations

import pytest

from parsers.form import Address, Consent, Form, Person, Role, Seen, SeenKind
from parsers.layout import Content, Heading, Pair, Table
from parsers.seen import seen_in
from routing.learned import LearnedRule, places_seen, read_with_rules

READ = "table 1, row 2"  # where the reader took the home postcode (the school's)
BOX = "table 2, row 1, column 2"  # where the family's is written
AGREES = "table 4, row 1, column 2"
POSTCODE_RULE = LearnedRule("address.postcode", READ, 2, "read_elsewhere", (BOX,))
CONSENT_RULE = LearnedRule("people.1.consent", "", 2, "read_elsewhere", (AGREES,))


def _postcode(place: str, postcode: str) -> Seen:
    return Seen(SeenKind.POSTCODE, place, postcode)


def _consent(text: str, answer: bool | None = None, place: str = AGREES) -> Seen:
    return Seen(SeenKind.CONSENT, place, text, answer)


def _form(*seen: Seen, signed: bool = False) -> Form:
    people = (Person("Ethan Hughes", role=Role.CHILD),
              Person("Dana Hughes", role=Role.ADULT, consent=Consent(signed=signed)))
    return Form(people=people, address=Address(postcode="DY8 1AA"),
                sources=(("address.postcode", READ),), seen=seen)


def test_the_places_an_admins_value_is_written() -> None:
    seen = (_postcode(READ + ", column 2", "DY8 1AA"), _postcode(BOX, "DY2 0AB"),
            _postcode("paragraph 9", "DY2 0AB"), _consent("Yes", True),
            _consent("Dana Hughes", place="table 5, row 2, column 3"),
            _consent("No", False, place="table 6, row 1, column 2"))
    assert places_seen("address.postcode", "DY2 0AB", seen) == (BOX, "paragraph 9")
    assert places_seen("address.postcode", "DY1 1AA", seen) == ()  # not on the form
    assert places_seen("people.1.consent", "yes", seen, "Dana Hughes") == (
        AGREES, "table 5, row 2, column 3")
    assert places_seen("people.0.consent", "yes", seen, "Ethan Hughes") == (AGREES,)
    assert places_seen("people.0.name", "Ethan", seen, "Ethan Hughes") == ()


def test_the_home_postcode_is_read_from_the_learned_place() -> None:
    read = read_with_rules(_form(_postcode(BOX, "DY2 0AB")), [POSTCODE_RULE])
    assert read.read == ("address.postcode",)
    assert read.form.address.postcode == "DY2 0AB"
    assert read.form.source("address.postcode") == (
        f"{BOX} (read by a learned rule from 2 corrections)")


@pytest.mark.parametrize(("seen", "why"), [
    ((), f"{BOX} gives no postcode on this form"),
    ((_postcode(BOX, "DY2 0AB"), _postcode(BOX, "DY1 1AA")),
     f"{BOX} gives more than one postcode on this form"),
])
def test_a_learned_place_with_no_single_postcode_holds(seen: tuple[Seen, ...],
                                                       why: str) -> None:
    read = read_with_rules(_form(*seen), [POSTCODE_RULE])
    assert read.read == ()
    assert read.form.address.postcode == "DY8 1AA"  # as read: never routed on it
    (doubt,) = read.doubts
    assert (doubt.field, doubt.why) == ("address.postcode", why)


def test_a_postcode_read_elsewhere_by_the_reader_is_not_the_rules() -> None:
    form = Form(address=Address(postcode="DY2 0AB"), sources=(("address.postcode", "x"),))
    assert read_with_rules(form, [POSTCODE_RULE]) == read_with_rules(form, [])


@pytest.mark.parametrize(("seen", "signed", "why"), [
    ((_consent("Yes", True),), True, ""),
    ((_consent("D. Hughes signed, Dana"),), True, ""),  # their name
    ((_consent("No", False),), False, "says no, or names someone else"),
    ((_consent("Ethan"),), False, "says no, or names someone else"),  # another's name
    ((_consent("Yes", True), _consent("No", False, place=AGREES)), False, "says no"),
    ((), False, "records no consent on this form"),
])
def test_a_consent_is_read_from_the_learned_place(seen: tuple[Seen, ...], signed: bool,
                                                  why: str) -> None:
    read = read_with_rules(_form(*seen), [CONSENT_RULE])
    assert read.form.people[1].consent.signed is signed
    if signed:
        assert read.form.source("people.1.consent") == (
            f"{AGREES} (read by a learned rule from 2 corrections)")
    else:
        (doubt,) = read.doubts
        assert why in doubt.why


def test_a_consent_the_reader_read_needs_no_rule() -> None:
    form = _form(_consent("No", False), signed=True)
    assert read_with_rules(form, [CONSENT_RULE]) == read_with_rules(form, [])


def test_the_reader_shows_what_is_written_where() -> None:
    content = Content((
        Table((("Postcode", "DY8 1AA"), ("Referrer", "Ms Bright"))),
        Heading("Family"),
        Table((("Name", "Relationship", "Signature"), ("Dana Hughes", "Mother", "D Hughes"))),
        Pair("Parent agrees to this referral", "Yes"),
        "Consent obtained: no",
        "The family live at 1 Oak Road, DY2 0AB.",
    ))
    assert seen_in(content) == (
        _postcode("table 1, row 1, column 2", "DY8 1AA"),
        _consent("D Hughes", place="table 2, row 2, column 3"),
        _consent("Yes", True, place="field 'Parent agrees to this referral'"),
        _consent("no", False, place="paragraph 2"),  # (the heading is paragraph 1)
        _postcode("paragraph 3", "DY2 0AB"),
    )
