"""Warrington: early help request laid out on the Warrington Safeguarding Partnership's
Threshold of Need and Response guidance."""

# ruff: noqa: E501  (wording follows the published page)

from datetime import date

from tests.councils.kit import (
    CB,
    F,
    Heading,
    Para,
    Table,
    Title,
    grid,
    kv,
    person,
    render_acroform,
    render_pdf,
)
from tests.councils.model import CouncilCase, Expected
from tests.councils_heldout6._mail import FRONT_DOOR, plain

URL = "https://www.warrington.gov.uk/professionals-working-or-caring-children-and-young-people"
TITLE = "Warrington Borough Council – Professionals working with or caring for children and young people (Warrington Safeguarding Partnership policies and procedures; Threshold of Need and Response guidance: children's needs responded to at an appropriate level and in a timely way)"
COUNCIL = "Warrington Borough Council"

ON1 = date(2026, 2, 26)


def _build_01() -> bytes:
    blocks: list[object] = [
        Title(
            "Request for Early Help",
            "Warrington Safeguarding Partnership – Threshold of Need and Response",
        ),
        Heading("Level of need (see the Threshold of Need and Response guidance)"),
        Table(
            [
                [CB(False, "Level 1 – Universal")],
                [CB(False, "Level 2 – Universal Plus / Early Help")],
                [CB(True, "Level 3 – Targeted / Complex")],
                [CB(False, "Level 4 – Specialist / Statutory")],
            ]
        ),
        Heading("Child / young person"),
        kv(
            ("Surname", "HOLT"),
            ("Forename(s)", "Ellie-Mae"),
            ("Date of birth", "09/06/2012"),
            ("Gender", "Female"),
            ("Address", "22 Coppice Lane, Sedgley"),
            ("Postcode", "DY3 2DE"),
            per_row=2,
        ),
        Heading("Household"),
        grid(
            ["Surname", "Forename(s)", "Date of birth", "Relationship"],
            [
                ["HOLT", "Gemma", "18/03/1990", "Mother"],
                ["HOLT", "Riley", "05/05/2008", "Brother"],
                ["PEARSON", "Wayne", "29/09/1987", "Mum's partner"],
            ],
        ),
        Heading("Referrer"),
        kv(
            ("Name", "Imran Malik"),
            ("Agency", "Early Help Officer, Sedgley Family Hub"),
            ("Address", "Sedgley Family Hub, DY3 3QX"),
            ("Email", "imran.malik@familyhub.example.gov.uk"),
            ("Date", "26/02/2026"),
            per_row=2,
        ),
        Heading("Concerns and what has been tried"),
        Para(
            "Ellie-Mae (13) self-harming; a single-agency plan at Level 2 has not helped; Riley (17) is caring for Mum, who has MS."
        ),
        Heading("Consent"),
        Para("The family have been told about this request and agree to information being shared."),
        grid(
            ["Name", "Signature", "Date"],
            [
                ["Gemma Holt", "G Holt", "26/02/2026"],
                ["Riley Holt", "R Holt", "26/02/2026"],
                ["Wayne Pearson", "W Pearson", "26/02/2026"],
            ],
        ),
    ]
    return render_pdf(blocks, "Request for Early Help")


ON2 = date(2026, 11, 3)

_BODY = """Hello,

I'm a health visitor who moved from Warrington in the summer. I've typed this under the
headings of the Warrington early help request as I don't have your form yet.

REQUEST FOR EARLY HELP

Level of need: Level 2 - Universal Plus

CHILD
Name: Oscar Whitmore   DOB: 14/04/2024
Address: 7 Hill Street, Kingswinford DY6 0LQ

HOUSEHOLD
Laura Whitmore (mother) DOB 01/02/1997
Ben Whitmore (father) DOB 22/12/1995
Grandad (Mr K Whitmore) lives in Warrington WA1 2NH - not in the household

REFERRER
Name: Fiona Castle, Health Visitor, Kingswinford Clinic (DY6 9AE)
Email: fiona.castle@nhs.example.net
Tel: 07700 900 322
Date: 03/11/2026

CONCERNS
Oscar is not gaining weight; both parents are exhausted and Laura's mood is low. They would
like a family support worker and a baby group.

CONSENT
Laura and Ben Whitmore both gave consent verbally at the home visit on 03/11/2026.

Fiona
"""


def _build_02() -> bytes:
    return plain(
        "Fiona Castle <fiona.castle@nhs.example.net>",
        FRONT_DOOR,
        "Early help request - Oscar Whitmore",
        ON2,
        _BODY,
    )


ON3 = date(2026, 7, 1)


def _build_03() -> bytes:
    n = [0]

    def t(value: str) -> F:
        n[0] += 1
        return F(value, f"Text{n[0]}")

    blocks: list[object] = [
        Title(
            "Request for Early Help",
            "Warrington Safeguarding Partnership – Threshold of Need and Response",
        ),
        Heading("Level of need (see the Threshold of Need and Response guidance)"),
        Table(
            [
                [
                    CB(False, "Level 1", "Check Box1"),
                    CB(True, "Level 2", "Check Box2"),
                    CB(False, "Level 3", "Check Box3"),
                    CB(False, "Level 4", "Check Box4"),
                ]
            ]
        ),
        Heading("Child / young person"),
        kv(
            ("Surname", t("BAKER")),
            ("Forename(s)", t("Noah")),
            ("Date of birth", t("10/01/2018")),
            ("Gender", t("Male")),
            ("Address", t("25 Dudley Road, Tipton")),
            ("Postcode", t("DY4 0RE")),
            per_row=2,
        ),
        Heading("Household"),
        grid(
            ["Surname", "Forename(s)", "Date of birth", "Relationship"],
            [
                [t("BAKER"), t("Leanne"), t("09/09/1993"), t("Mother")],
                [t("BAKER"), t("Isaac"), t("14/05/2021"), t("Brother")],
            ],
        ),
        Heading("Referrer"),
        kv(
            ("Name", t("Chloe Adams")),
            ("Agency", t("Speech and Language Therapist, Tipton Clinic WV14 6SB")),
            ("Email", t("chloe.adams@nhs.example.net")),
            ("Date", t("01/07/2026")),
            per_row=2,
        ),
        Heading("Concerns and what has been tried"),
        Para(
            "Noah (8) selective mutism; Mum asks for a parenting course and help with Isaac's nursery place."
        ),
        Heading("Consent"),
        grid(["Name", "Signature", "Date"], [[t("Leanne Baker"), t("L Baker"), t("01/07/2026")]]),
    ]
    return render_acroform(blocks, "Request for Early Help")


CASES: tuple[CouncilCase, ...] = (
    CouncilCase(
        case_id="heldout6-warrington-request-01",
        council=COUNCIL,
        source_url=URL,
        source_title=TITLE,
        layout="flattened PDF request opening with Level 1-4 rows as ☒/☐ (Level 3 ticked); SURNAME in capitals before Forename(s) in the household grid; mum's partner with another surname; hub's DY3 3QX after the family; all three adults sign",
        filename="referral.pdf",
        assessment_date=ON1,
        build=_build_01,
        expected=Expected(
            form_type="early_help_assessment",
            people=(
                person("Ellie-Mae Holt", date(2012, 6, 9), False, ON1),
                person("Gemma Holt", date(1990, 3, 18), True, ON1),
                person("Riley Holt", date(2008, 5, 5), True, ON1),
                person("Wayne Pearson", date(1987, 9, 29), True, ON1),
            ),
            postcode="DY3 2DE",
            lead_professional_name="Imran Malik",
            lead_professional_email="imran.malik@familyhub.example.gov.uk",
            level_of_need=3,
        ),
    ),
    CouncilCase(
        case_id="heldout6-warrington-request-02",
        council=COUNCIL,
        source_url=URL,
        source_title=TITLE,
        layout="plain-text email typed under the request's headings: 'Level of need: Level 2'; grandfather in Warrington WA1 2NH named outside the household; clinic's DY6 9AE in the referrer line; both parents' verbal consent in one sentence",
        filename="message.eml",
        assessment_date=ON2,
        build=_build_02,
        expected=Expected(
            form_type="early_help_assessment",
            people=(
                person("Oscar Whitmore", date(2024, 4, 14), False, ON2),
                person("Laura Whitmore", date(1997, 2, 1), True, ON2),
                person("Ben Whitmore", date(1995, 12, 22), True, ON2),
            ),
            postcode="DY6 0LQ",
            lead_professional_name="Fiona Castle",
            lead_professional_email="fiona.castle@nhs.example.net",
            level_of_need=2,
        ),
    ),
    CouncilCase(
        case_id="heldout6-warrington-request-03",
        council=COUNCIL,
        source_url=URL,
        source_title=TITLE,
        layout="fillable PDF request with meaningless field names (Text1..TextN, Check Box1..4) and 'Level 2' checked in a single row; SURNAME capitals; the clinic's WV14 6SB inside the referrer's agency field; mother signs",
        filename="referral.pdf",
        assessment_date=ON3,
        build=_build_03,
        expected=Expected(
            form_type="early_help_assessment",
            people=(
                person("Noah Baker", date(2018, 1, 10), False, ON3),
                person("Leanne Baker", date(1993, 9, 9), True, ON3),
                person("Isaac Baker", date(2021, 5, 14), False, ON3),
            ),
            postcode="DY4 0RE",
            lead_professional_name="Chloe Adams",
            lead_professional_email="chloe.adams@nhs.example.net",
            level_of_need=2,
        ),
    ),
)
