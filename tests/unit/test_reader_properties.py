"""Property: a form composed from real forms' parts reads right, or goes to the queue.

Hypothesis composes a Word form from the parts councils' templates use (which sections,
in which order, which wording, label beside or above, which consent style, which date
format), with decoys: the referrer's address and postcode (sometimes another cluster's),
a sibling aged exactly 14 on the assessment date. Whatever the reading, the decision is
never a wrong cluster, and never routes a family whose consent is not complete.

Bounded in CI (`HYPOTHESIS_PROFILE=ci`, the default: 200 examples, derandomised);
`HYPOTHESIS_PROFILE=long pytest tests/unit/test_reader_properties.py` runs 3,000.
"""

from __future__ import annotations

import datetime as dt
import os
from dataclasses import dataclass

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from parsers.form import Form
from parsers.results import MailExtraction
from routing.decide import decide
from routing.decision import Outcome
from tests.unit.routing_fixtures import mail, policy
from tests.unit.test_reader_real_layouts import Part, build, read

settings.register_profile("ci", max_examples=200, derandomize=True, deadline=None,
                          database=None, suppress_health_check=[HealthCheck.too_slow])
settings.register_profile("long", max_examples=3000, deadline=None, database=None,
                          suppress_health_check=[HealthCheck.too_slow])
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "ci"))

ASSESSED = dt.date(2026, 10, 12)
# Home postcodes and where the test policy routes them (tests/unit/routing_fixtures.py).
HOMES = {"DY5 1AB": "brierley_hill", "DY8 1AA": "stourbridge", "B63 3AB": "halesowen",
         "DY1 1AA": "dudley_central"}
FIRST = ("Ava", "Noah", "Mia", "Leo", "Isla", "Zain", "Siobhán", "Chloé", "Oliver", "Ruby")
SURNAMES = ("O'Neill", "Khan", "Price", "Smith-Jones", "Nowak", "Ward", "Hale", "Diaz")
ADULT_FIRST = ("Karen", "Dean", "Amira", "Patrick", "Lucy", "Tomasz")


@dataclass(frozen=True)
class Member:
    first: str
    last: str
    born: dt.date
    relationship: str
    signed: bool

    @property
    def name(self) -> str:
        return f"{self.first} {self.last}"

    def needs_consent(self) -> bool:
        age = ASSESSED.year - self.born.year - (
            (ASSESSED.month, ASSESSED.day) < (self.born.month, self.born.day))
        return age >= 14


@dataclass(frozen=True)
class Family:
    child: Member
    siblings: tuple[Member, ...]
    adults: tuple[Member, ...]
    home: str
    decoy: str

    @property
    def members(self) -> tuple[Member, ...]:
        return (self.child, *self.siblings, *self.adults)


def _dates(low: int, high: int) -> st.SearchStrategy[dt.date]:
    return st.dates(dt.date(low, 1, 1), dt.date(high, 12, 28))


@st.composite
def families(draw: st.DrawFn) -> Family:
    last = draw(st.sampled_from(SURNAMES))
    firsts = draw(st.lists(st.sampled_from(FIRST), min_size=3, max_size=3, unique=True))
    child = Member(firsts[0], last, draw(_dates(2012, 2020)), "Daughter", draw(st.booleans()))
    fourteen = ASSESSED.replace(year=ASSESSED.year - 14)
    born = draw(st.sampled_from([fourteen, fourteen + dt.timedelta(days=1),
                                 draw(_dates(2008, 2022))]))
    siblings = tuple(Member(firsts[1], last, born, "Brother", draw(st.booleans()))
                     for _ in range(draw(st.integers(0, 1))))
    adult_first = draw(st.lists(st.sampled_from(ADULT_FIRST), min_size=1, max_size=2,
                                unique=True))
    adults = tuple(Member(f, last, draw(_dates(1975, 1995)), rel, draw(st.booleans()))
                   for f, rel in zip(adult_first, ("Mother", "Father"), strict=False))
    home = draw(st.sampled_from(sorted(HOMES)))
    decoy = draw(st.sampled_from([p for p in sorted(HOMES) if p != home] + ["B15 2TT"]))
    return Family(child, siblings, adults, home, decoy)


def _date(draw: st.DrawFn, day: dt.date) -> str:
    style = draw(st.integers(0, 3))
    return (f"{day:%d/%m/%Y}", f"{day.day}.{day.month}.{day:%Y}", f"{day.day} {day:%B %Y}",
            f"{day:%d/%m/%y}")[style]


@st.composite
def forms(draw: st.DrawFn) -> tuple[Family, bytes]:
    family = draw(families())
    sections = [_referrer(draw, family), _child(draw, family), _home(draw, family),
                _household(draw, family)]
    consent = _consent(draw, family)
    first = draw(st.booleans())  # many councils put consent before the family's details
    parts: list[Part] = ["Early Help Assessment",
                         f"Date assessment completed: {ASSESSED:%d/%m/%Y}"]
    parts += consent if first else []
    for index in draw(st.permutations([0, 1, 2, 3])):
        parts += sections[index]
    parts += [] if first else consent
    return family, build(*parts)


def _referrer(draw: st.DrawFn, family: Family) -> list[Part]:
    heading = draw(st.sampled_from(["Referrer details", "Person completing this form",
                                    "Details of the practitioner", "Lead professional"]))
    address = draw(st.sampled_from(["Address including postcode", "Address", "Work address"]))
    return [("h", heading), [["Name", "Jo Bell"], ["Organisation", "Oak Primary School"],
                             ["Email", "jo.bell@oak.sch.uk"],
                             [address, f"Oak Lane, Dudley {family.decoy}"]]]


def _child(draw: st.DrawFn, family: Family) -> list[Part]:
    child = family.child
    heading = draw(st.sampled_from(["Child's details", "Details of key person of concern",
                                    "1a. Child / young person's details"]))
    born = _date(draw, child.born)
    shape = draw(st.integers(0, 2))
    if shape == 0:
        rows = [["Forename(s)", child.first, "Surname", child.last], ["Date of birth", born]]
    elif shape == 1:
        rows = [["Child's first name", "Child's surname", "Date of birth"],
                [child.first, child.last, born]]
    else:
        return [("h", heading), f"Name: {child.name}", f"Date of birth: {born}"]
    return [("h", heading), rows]


def _home(draw: st.DrawFn, family: Family) -> list[Part]:
    written = draw(st.sampled_from([family.home, family.home.lower(),
                                    family.home.replace(" ", "")]))
    heading = draw(st.sampled_from(["Family address", "Home address", "Where the family lives"]))
    return [("h", heading), "Address: 12 Castle Street, Dudley", f"Postcode: {written}"]


def _household(draw: st.DrawFn, family: Family) -> list[Part]:
    heading = draw(st.sampled_from(["Family members", "Other household members",
                                    "Details of parents / carers and siblings"]))
    name_label = draw(st.sampled_from(["Name", "Full name", "Name of family member"]))
    rows = [[name_label, "Date of birth", "Relationship to child"]]
    rows += [[m.name, _date(draw, m.born), m.relationship] for m in
             (*family.siblings, *family.adults)]
    return [("h", heading), rows]


def _consent(draw: st.DrawFn, family: Family) -> list[Part]:
    signers = [m for m in family.members if m.signed]
    style = draw(st.integers(0, 2))
    heading: Part = ("h", draw(st.sampled_from(["Consent", "Information sharing and consent",
                                                "Declaration and consent"])))
    if not signers:
        return [heading, "Signature: ............ Print name: ............ Date: ......"]
    if style == 0:
        rows = [["Signature", "Print name", "Date"]]
        rows += [[f"{m.first[0]} {m.last}", _print(draw, m), f"{ASSESSED:%d/%m/%Y}"]
                 for m in signers]
        return [heading, rows]
    if style == 1:
        return [heading, *(f"Signed: {m.name}   Print name: {_print(draw, m)}   "
                           f"Date: {ASSESSED:%d/%m/%Y}" for m in signers)]
    names = " and ".join(m.name for m in signers)
    return [heading, f"I, Jo Bell (teacher), have discussed the information with {names} "
                     f"on {ASSESSED:%d/%m/%Y} and they have agreed to this assessment."]


def _print(draw: st.DrawFn, member: Member) -> str:
    return draw(st.sampled_from([member.name, member.name.upper(),
                                 f"{member.first[0]}. {member.last}"]))


def _reads_right(form: Form, family: Family) -> bool:
    people = {(p.name, p.date_of_birth, p.consent.signed) for p in form.people}
    truth = {(m.name, m.born, m.signed) for m in family.members}
    return people == truth and form.address.postcode == family.home


@given(forms())
def test_right_or_queued_never_a_wrong_cluster(case: tuple[Family, bytes]) -> None:
    family, data = case
    form = read(data)
    decision = decide(mail(), MailExtraction(forms=(form,)), policy(), received_in="secure",
                      today=ASSESSED)
    if decision.outcome is Outcome.ROUTED:
        assert decision.cluster == HOMES[family.home]
        assert all(m.signed for m in family.members if m.needs_consent())
        assert _reads_right(form, family), form
