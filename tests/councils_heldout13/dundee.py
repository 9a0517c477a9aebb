"""Dundee City Council: support for children with additional and complex needs (the Named Person
Service, a Child's Plan, a Team around the Child meeting (TATC), referrals through FORT (Fast
Online Referral Tracking) with the parents' consent given before the referral is made)."""

# ruff: noqa: E501  (wording follows the published page)

from datetime import date

from tests.councils.kit import (
    CB,
    Boxes,
    F,
    Heading,
    Para,
    Title,
    grid,
    kv,
    person,
    render_acroform,
    render_docx,
)
from tests.councils.model import CouncilCase, Expected
from tests.councils_heldout13._mail import FRONT_DOOR, plain

URL = "https://www.dundeecity.gov.uk/service-area/children-and-families-service/childrens-services-and-community-justice/children-additional-and-complex-needsdisability"
TITLE = "Dundee City Council – Children with additional and complex needs / disability (the Named Person Service; a Child's Plan; Team around the Child meeting (TATC); referral through FORT (Fast Online Referral Tracking); consent is given from the parents before the referral is made)"
COUNCIL = "Dundee City Council"

_SHANARRI = ("Safe", "Healthy", "Achieving", "Nurtured", "Active", "Respected", "Responsible", "Included")


def _wellbeing(ticked: set[str], acro: bool) -> Boxes:
    return Boxes(tuple(CB(w in ticked, w, f"Wellbeing {w}" if acro else None) for w in _SHANARRI))


ON1 = date(2026, 9, 10)


def _b1() -> bytes:
    return render_acroform(
        [
            Title("FORT – Fast Online Referral Tracking", "Request for additional support (Getting it right for every child)"),
            Heading("Named Person"),
            kv(
                ("Named Person", F("Fiona Gray (Head Teacher)", "Named Person")),
                ("Establishment", F("Glen Primary (formerly) – now Ashwood Park Primary, Wordsley DY8 5DJ", "Establishment")),
                ("Email", F("fiona.gray@ashwoodpark.example.org", "Named Person email")),
                ("Date of request", F("10/09/2026", "Request date")),
            ),
            Heading("Child / young person"),
            kv(
                ("Forename", F("Mia", "Child forename")),
                ("Surname", F("Robertson", "Child surname")),
                ("Date of birth", F("02/11/2018", "Child DOB")),
                ("Home address", F("3 Bell Street, Stourbridge", "Child address")),
                ("Postcode", F("DY8 2SE", "Child postcode")),
            ),
            Heading("Parents / carers (living with the child)"),
            grid(
                ["Forename", "Surname", "Date of birth", "Relationship"],
                [
                    [F("Kerry", "P1 forename"), F("Robertson", "P1 surname"), "19/09/1989", "Mother"],
                    [F("Scott", "P2 forename"), F("Robertson", "P2 surname"), "08/08/1988", "Father"],
                ],
            ),
            Heading("Wellbeing indicators of concern (SHANARRI)"),
            kv(("Indicators", _wellbeing({"Achieving", "Included", "Healthy"}, True))),
            Heading("What support is requested?"),
            kv(("Request", F("Awaiting ASD assessment; dysregulation at transitions; family asking for a TATC and support at home and in the holidays.", "Request"))),
            Heading("Consent"),
            kv(
                ("Consent given by parent(s) before the referral?", Boxes((CB(True, "Yes", "Consent Yes"), CB(False, "No", "Consent No")))),
                ("Given by", F("Kerry Robertson and Scott Robertson", "Consent given by")),
            ),
        ],
        title="FORT referral",
    )


ON2 = date(2026, 10, 8)


def _b2() -> bytes:
    return render_docx(
        [
            Title("Team around the Child (TATC) – Meeting Record and Child's Plan"),
            kv(("Date of meeting", "08/10/2026"), ("Minute taken by", "Elaine Fraser, Health Visitor (Named Person)"), per_row=2),
            Heading("Child"),
            kv(("Name", "Connor Stewart"), ("Date of birth", "15/01/2023"), ("Address", "7 Sandringham Road, Sedgley, Dudley"), ("Postcode", "DY3 1AB"), per_row=2),
            Heading("Attendees"),
            grid(
                ["Name", "Role", "Contact"],
                [
                    ["Amy Stewart", "Mum", "07700 900612"],
                    ["Elaine Fraser", "Health Visitor (Named Person)", "elaine.fraser@nhs.example.net"],
                    ["Gavin Reilly", "Family Support Worker, Sedgley Family Hub", "gavin.reilly@familyhub.example.gov.uk"],
                    ["Dr Ruth Okonjo", "Community Paediatrician, Russells Hall DY1 2HQ", "01632 960955"],
                ],
            ),
            Heading("Who lives with Connor"),
            Para("Connor lives with his mum Amy Stewart (DOB 06/06/1996). Maternal gran Margaret Stewart lives in Sedgley and helps twice a week (not in the household)."),
            Heading("Why do we need a plan?"),
            Para("Global developmental delay; feeding difficulties; mum isolated and recently moved from Dundee."),
            Heading("Wellbeing indicators"),
            kv(("Indicators", _wellbeing({"Healthy", "Nurtured", "Included"}, False))),
            Heading("Action plan"),
            grid(
                ["Action", "By whom", "By when"],
                [
                    ["Portage referral", "Elaine Fraser", "22/10/2026"],
                    ["Home visits fortnightly; DLA claim", "Gavin Reilly", "05/11/2026"],
                    ["Feeding clinic", "Dr Okonjo", "30/11/2026"],
                ],
            ),
            Heading("Lead Professional"),
            kv(("Lead Professional", "Gavin Reilly, Family Support Worker"), ("Email", "gavin.reilly@familyhub.example.gov.uk"), per_row=2),
            Heading("Parent's agreement to the Child's Plan"),
            kv(("Signed", "Amy Stewart"), ("Date", "08/10/2026"), per_row=2),
        ]
    )


ON3 = date(2026, 11, 19)


def _b3() -> bytes:
    body = """Hi,

I have used the Dundee request format as I have just moved down from Tayside - hope that is OK.

REQUEST FOR ASSISTANCE
Named Person: Alan McKay, Depute Head Teacher, Old Swinford Hospital School... (sorry) - Pedmore Primary, Stourbridge DY9 0RX
Email: alan.mckay@pedmore.example.org
Date: 19/11/2026

CHILDREN
Skye Petrie, DOB 04/04/2014
Rory Petrie, DOB 06/06/2016

HOME ADDRESS
25 Stourbridge Road, Lye, Stourbridge DY9 7AA

PARENTS (both live at the home address)
Lorraine Petrie, DOB 02/02/1982 - mum
Graham Petrie, DOB 10/10/1980 - dad

WELLBEING CONCERNS (SHANARRI): Safe, Nurtured, Included
Skye has told staff that dad 'shouts all night' and that she cannot sleep; Rory's attendance 86%. Dad is recently unemployed.

CONSENT
Verbal consent from mum (Lorraine Petrie) on 19/11/2026. Dad has not been asked yet - mum would prefer to tell him herself.

Alan McKay
Depute Head Teacher
01632 960377
"""
    return plain("Alan McKay <alan.mckay@pedmore.example.org>", FRONT_DOOR, "Request for assistance - Petrie family", ON3, body)


CASES: tuple[CouncilCase, ...] = (
    CouncilCase(
        "heldout13-dundee-01",
        COUNCIL,
        URL,
        TITLE,
        "fillable PDF FORT request with named fields: Named Person block first (school DY8 5DJ), Forename before Surname in separate fields, SHANARRI checkboxes, parents' consent 'given by' both named",
        "referral.pdf",
        ON1,
        _b1,
        Expected(
            "early_help_assessment",
            (
                person("Mia Robertson", date(2018, 11, 2), False, ON1),
                person("Kerry Robertson", date(1989, 9, 19), True, ON1),
                person("Scott Robertson", date(1988, 8, 8), True, ON1),
            ),
            "DY8 2SE",
            "Fiona Gray",
            "fiona.gray@ashwoodpark.example.org",
            None,
        ),
    ),
    CouncilCase(
        "heldout13-dundee-tatc-02",
        COUNCIL,
        URL,
        TITLE,
        "Word TATC meeting record and Child's Plan, hard: attendees table mixing mum with professionals (paediatrician at DY1 2HQ); the household in a sentence; gran outside the household; Lead Professional named apart from the Named Person who took the minute",
        "referral.docx",
        ON2,
        _b2,
        Expected(
            "early_help_assessment",
            (
                person("Connor Stewart", date(2023, 1, 15), False, ON2),
                person("Amy Stewart", date(1996, 6, 6), True, ON2),
            ),
            "DY3 1AB",
            "Gavin Reilly",
            "gavin.reilly@familyhub.example.gov.uk",
            None,
        ),
    ),
    CouncilCase(
        "heldout13-dundee-03",
        COUNCIL,
        URL,
        TITLE,
        "plain-text email typed under 'REQUEST FOR ASSISTANCE' headings: children, address with postcode on one line, both parents at home; verbal consent from mum only, dad not yet asked",
        "message.eml",
        ON3,
        _b3,
        Expected(
            "early_help_assessment",
            (
                person("Skye Petrie", date(2014, 4, 4), False, ON3),
                person("Rory Petrie", date(2016, 6, 6), False, ON3),
                person("Lorraine Petrie", date(1982, 2, 2), True, ON3),
                person("Graham Petrie", date(1980, 10, 10), False, ON3),
            ),
            "DY9 7AA",
            "Alan McKay",
            "alan.mckay@pedmore.example.org",
            None,
            queue_reason="consent_missing",
        ),
    ),
)
