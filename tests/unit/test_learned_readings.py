"""How admins' corrections are told apart from the family's own values, and how a rule
reads the next form of the layout, or says plainly why it cannot (routing.learned)."""

from __future__ import annotations

import datetime as dt

import pytest

from parsers.form import Form, Person, Role
from routing.learned import (
    MIXED,
    LearnedRule,
    how_corrected,
    learned_source,
    read_at,
    read_with_rules,
)

AT = "table 2, row 1, column 3"
ASSESSED = dt.date(2026, 11, 2)


@pytest.mark.parametrize(("field", "before", "after", "how"), [
    ("people.0.date_of_birth", "2016-03-09", "2016-09-03", "day_month_swapped"),
    ("people.0.date_of_birth", "2016-03-09", "2016-03-10", MIXED),  # the family's own
    ("people.0.date_of_birth", "", "2016-03-10", MIXED),  # nothing was read
    ("people.1.name", "Hughes Ethan", "Ethan Hughes", "surname_last"),
    ("people.1.name", "HUGHES Ethan James", "Ethan James Hughes", "surname_last"),
    ("people.1.name", "Ethan Hughes", "Ethan Hughs", MIXED),
    ("address.postcode", "DY2 0AB", "DY2 0AA", MIXED),  # a postcode is the family's
])
def test_how_a_value_was_corrected(field: str, before: str, after: str, how: str) -> None:
    assert how_corrected(field, before, after) == how


def _form(born: dt.date | None, name: str = "Hughes Ethan", *, role: Role = Role.CHILD,
          unreadable: bool = False) -> Form:
    child = Person(name, born, role, date_of_birth_unreadable=unreadable)
    return Form(people=(child,), assessment_date=ASSESSED,
                sources=(("people.0.date_of_birth", AT), ("people.0.name", "table 2, row 1")))


SWAP = LearnedRule("people.0.date_of_birth", AT, 2, "day_month_swapped")


def test_a_rule_reads_the_value_and_says_so() -> None:
    read = read_with_rules(_form(dt.date(2016, 3, 9)), [SWAP])
    assert (read.read, read.doubts) == (("people.0.date_of_birth",), ())
    assert read.form.people[0].date_of_birth == dt.date(2016, 9, 3)
    assert read.form.source("people.0.date_of_birth") == learned_source(AT, 2)
    assert read_at(read.form.source("people.0.date_of_birth")) == AT
    name = LearnedRule("people.0.name", "table 2, row 1", 3, "surname_last")
    assert read_with_rules(_form(None), [name]).form.people[0].name == "Ethan Hughes"


@pytest.mark.parametrize(("form", "why"), [
    (_form(dt.date(2016, 3, 20)), "this date cannot be read with its day and month swapped"),
    (_form(None), "this date cannot be read with its day and month swapped"),
    (_form(dt.date(2016, 3, 9), unreadable=True),
     "this date cannot be read with its day and month swapped"),
    (_form(dt.date(2026, 10, 12)),  # 10 December 2026 is after the form's date
     "read so, it does not fit the person's role and the form's date"),
    (_form(dt.date(2008, 12, 1), role=Role.CHILD),  # 17 read, 18 when swapped
     "read so, it does not fit the person's role and the form's date"),
])
def test_a_rule_that_cannot_read_the_value_says_why(form: Form, why: str) -> None:
    read = read_with_rules(form, [SWAP])
    assert read.read == ()
    assert [d.why for d in read.doubts] == [why]
    assert read.form == form


def test_a_rule_of_mixed_corrections_holds_and_one_read_elsewhere_is_silent() -> None:
    form = _form(dt.date(2016, 3, 9))
    mixed = LearnedRule("people.0.date_of_birth", AT, 2, MIXED)
    assert [(d.field, d.why) for d in read_with_rules(form, [mixed]).doubts] == [
        ("people.0.date_of_birth", "")]
    elsewhere = LearnedRule("people.0.date_of_birth", "page 1, line 4", 2, MIXED)
    assert read_with_rules(form, [elsewhere]).doubts == ()
