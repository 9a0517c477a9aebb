"""Shared values for the routing tests: a Dudley-like policy, mail and forms.

Plain builders rather than pytest fixtures, so table-driven tests can call them in
their parameter lists. All people, postcodes' owners and wards are made up.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from parsers.form import Address, Consent, Form, FormType, Person, Role
from parsers.mail.message import ParsedMail
from routing.policy import (
    Area,
    InMemoryPostcodeDirectory,
    PostcodeRecord,
    PostcodeRule,
    RoutingPolicy,
)

DUDLEY = "E08000027"
SANDWELL = "E08000028"
TODAY = dt.date(2025, 3, 14)
AREA_IDS = ("dudley_north", "dudley_central", "brierley_hill", "halesowen", "stourbridge")

_RECORDS = (
    PostcodeRecord("DY1 1AA", DUDLEY, "W_CASTLE"),  # table says central; rule DY1 says north
    PostcodeRecord("DY5 3AB", DUDLEY, "W_BRIERLEY"),  # table beats the uncertain DY5 rule
    PostcodeRecord("DY5 1AB", DUDLEY, "W_UNMAPPED"),  # ours, ward not mapped: rules decide
    PostcodeRecord("B63 3AB", DUDLEY, "W_HALESOWEN"),
    PostcodeRecord("DY4 7AA", SANDWELL, "W_TIPTON"),  # another authority
)

WARD_AREAS = {
    "W_CASTLE": "dudley_central",
    "W_BRIERLEY": "brierley_hill",
    "W_HALESOWEN": "halesowen",
}

RULES = (
    PostcodeRule("DY5", "brierley_hill", certain=False),
    PostcodeRule("DY5 1", "brierley_hill", certain=True),
    PostcodeRule("DY5 4", "stourbridge", certain=True),
    PostcodeRule("DY1", "dudley_north", certain=True),
    PostcodeRule("DY8", "stourbridge", certain=True),
    PostcodeRule("B63", "halesowen", certain=True),
)


def policy(**changes: Any) -> RoutingPolicy:
    """The Dudley-like policy, with any field replaced."""
    values: dict[str, Any] = {
        "authority": "Dudley",
        "areas": tuple(Area(a, a.replace("_", " ").title(), a) for a in AREA_IDS),
        "secure_mailbox": "secure",
        "secure_domains": ("nhs.net", "police.uk", "pnn.police.uk", "gsi.gov.uk", "cjsm.net"),
        "local_authority_codes": (DUDLEY,),
        "ward_areas": WARD_AREAS,
        "postcode_rules": RULES,
        "postcode_directory": InMemoryPostcodeDirectory({r.postcode: r for r in _RECORDS}),
        "safeguarding_phrases": ("immediate danger", "serious harm",
                                 "at risk of significant harm"),
        "own_addresses": ("earlyhelp@dudley.gov.uk",),
        "own_message_id_domain": "frontdoor.dudley.gov.uk",
    }
    values.update(changes)
    return RoutingPolicy(**values)


POLICY = policy()


def mail(
    *, sender: str = "teacher@school.example.org", subject: str = "EHA referral",
    message_id: str = "<abc123@school.example.org>", headers: tuple[tuple[str, str], ...] = (),
) -> ParsedMail:
    """An ordinary referral email unless told otherwise."""
    return ParsedMail(
        message_id=message_id, subject=subject, sender=sender, sender_name="A Teacher",
        to=("dudley_north@dudley.gov.uk",), date="Fri, 14 Mar 2025 09:00:00 +0000",
        headers=headers, text_body="Please find attached.", html_body="",
    )


def signed(name: str, born: dt.date | None, role: Role = Role.ADULT,
           relationship: str = "mother") -> Person:
    return Person(name, born, role, relationship, Consent(signed=True, date=TODAY))


def unsigned(name: str, born: dt.date | None, role: Role = Role.ADULT,
             relationship: str = "mother") -> Person:
    return Person(name, born, role, relationship, Consent(signed=False))


CHILD = Person("Sam Example", dt.date(2018, 5, 1), Role.CHILD, "son")
MOTHER = signed("Jo Example", dt.date(1990, 2, 3))


def form(**changes: Any) -> Form:
    """A complete, consented early help assessment for DY5 1AB (certain: brierley_hill)."""
    values: dict[str, Any] = {
        "form_type": FormType.EARLY_HELP_ASSESSMENT,
        "people": (CHILD, MOTHER),
        "address": Address(("1 High Street", "Brierley Hill"), "DY5 1AB"),
        "level_of_need": 2,
        "assessment_date": dt.date(2025, 3, 10),
        "risk_of_significant_harm": False,
        "free_text": "Family would like support with routines.",
    }
    values.update(changes)
    return Form(**values)


def at(postcode: str | None) -> Address:
    return Address(("1 Some Road",), postcode)
