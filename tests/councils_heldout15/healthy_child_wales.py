"""Healthy Child Wales Programme (Rhaglen Plant Iach Cymru): the health visiting and school health
nursing component for 0-7 year olds, its universal scheduled contacts and the health visitor's
assessment of family resilience deciding standard, enhanced or intensive support. The referral
forms laid out here are generic, as a health visitor would send them to early help."""

# ruff: noqa: E501  (wording follows the published page)

from datetime import date

from tests.councils.kit import (
    CB,
    Boxes,
    Heading,
    L,
    Para,
    Span,
    Table,
    Title,
    grid,
    kv,
    person,
    render_docx,
    render_pdf,
)
from tests.councils.model import CouncilCase, Expected
from tests.councils_heldout15._mail import FRONT_DOOR, with_attachment

URL = "https://vdocuments.site/rhaglen-plant-iach-cymru-healthy-child-wales-fis-physical-examination-of-newborn.html"
TITLE = "Rhaglen Plant Iach Cymru / Healthy Child Wales Programme – Health Visiting and School Health Nursing Component 0-7 years (universal scheduled contacts; family resilience assessment; enhanced and intensive support)"
COUNCIL = "Healthy Child Wales Programme (health visiting)"


def _resilience(which: str) -> Boxes:
    return Boxes(tuple(CB(x == which, x) for x in ("Universal", "Enhanced", "Intensive")))


ON1 = date(2026, 9, 30)


def _b1() -> bytes:
    return render_docx(
        [
            Title("Healthy Child Wales Programme – Health Visitor Request for Family Support"),
            Table(
                [
                    [L("Scheduled contact"), "15 months", L("Family resilience assessment"), _resilience("Enhanced")],
                    [L("Date of contact"), Span("30/09/2026", 3)],
                ]
            ),
            Heading("Child and family"),
            grid(
                ["Full name", "DOB", "Relationship", "Lives at home"],
                [
                    ["Theo James Morris", "21/06/2025", "Child", "Yes"],
                    ["Hannah Morris", "09/09/1997", "Mother", "Yes"],
                    ["Leon Morris", "18/03/1995", "Father", "Yes"],
                ],
            ),
            kv(("Home address", "6 Lye Cross Road, Stourbridge DY9 0QQ"), ("GP", "Lye Health Centre, DY9 8BT"), per_row=1),
            Heading("Health visitor"),
            kv(("Name", "Bethan Powell"), ("Email", "bethan.powell@nhs.example.net"), ("Telephone", "01632 960917"), per_row=3),
            Heading("Reason for request"),
            Para("Theo is not gaining weight; mum has post-natal depression and dad works nights. Family would like a home-start volunteer and infant feeding support."),
            Heading("Parental agreement"),
            Para("We agree to this request and to the health visitor sharing information with early help."),
            grid(["Name", "Signature", "Date"], [["Hannah Morris", "H. Morris", "30/09/2026"], ["Leon Morris", "L. Morris", "30/09/2026"]]),
        ]
    )


ON2 = date(2026, 10, 28)


def _b2() -> bytes:
    return render_pdf(
        [
            Title("Healthy Child Wales Programme – Health Visitor Request for Family Support"),
            kv(("Scheduled contact", "3-3½ years"), ("Date", "28/10/2026"), per_row=2),
            Heading("Child and family"),
            grid(
                ["Full name", "DOB", "Relationship"],
                [["Lucas Bennett", "02/05/2023", "Child"], ["Gemma Bennett", "15/12/1990", "Mother"], ["Paul Bennett", "07/07/1988", "Father (lives at home)"]],
            ),
            kv(("Home address", "47 Queensway, Halesowen B63 3BL"), per_row=1),
            Heading("Health visitor"),
            kv(("Name", "Nia Jones"), ("Email", "nia.jones@nhs.example.net"), per_row=2),
            Heading("Parental agreement"),
            Table(
                [
                    [L("Mother"), "Gemma Bennett – agreed, signed G Bennett 28/10/2026"],
                    [L("Father"), "Not yet asked – Paul was at work during the visit"],
                ]
            ),
        ],
        title="HCWP request",
    )


ON3 = date(2026, 11, 18)


def _docx3() -> bytes:
    return render_docx(
        [
            Title("Healthy Child Wales Programme – School Health Nursing Request for Support"),
            kv(("Date", "18/11/26"), ("School", "Kingswinford Primary, DY6 9XE"), per_row=2),
            Heading("Family"),
            grid(
                ["Name", "Date of birth", "Relationship"],
                [["Zainab Akhtar", "12/04/2019", "Child"], ["Yasmin Akhtar", "30/01/1988", "Mother"], ["Tariq Akhtar", "14/06/1985", "Father"]],
            ),
            kv(("Address", "15 Summerhill, Kingswinford DY6 0LQ"), per_row=1),
            Heading("Reason"),
            Para("Toileting and sleep difficulties; parents asking for parenting support. Our threshold view: Level 2 – additional needs, early help appropriate."),
            Heading("Completed by"),
            kv(("Name", "Carys Williams"), ("Role", "School Nurse"), ("Email", "carys.williams@nhs.example.net"), per_row=3),
            Heading("Consent"),
            grid(["Name", "Signed", "Date"], [["Yasmin Akhtar", "Y Akhtar", "18/11/26"], ["Tariq Akhtar", "T Akhtar", "18/11/26"]]),
        ]
    )


def _b3() -> bytes:
    return with_attachment(
        "Carys Williams <carys.williams@nhs.example.net>",
        FRONT_DOOR,
        "Request for support - AKHTAR",
        ON3,
        "Dear colleagues,\n\nPlease see the attached request for support for Zainab and her parents.\n\nCarys Williams\nSchool Nurse",
        _docx3(),
        "HCWP request Akhtar.docx",
    )


CASES: tuple[CouncilCase, ...] = (
    CouncilCase(
        "heldout15-healthy-child-wales-01",
        COUNCIL,
        URL,
        TITLE,
        "Word health visitor request: scheduled contact and family resilience (☒ Enhanced – not a level of need) in the first row, a middle name kept, GP DY9 8BT below the home postcode; both parents sign a Name | Signature | Date grid",
        "referral.docx",
        ON1,
        _b1,
        Expected(
            "early_help_assessment",
            (
                person("Theo James Morris", date(2025, 6, 21), False, ON1),
                person("Hannah Morris", date(1997, 9, 9), True, ON1),
                person("Leon Morris", date(1995, 3, 18), True, ON1),
            ),
            "DY9 0QQ",
            "Bethan Powell",
            "bethan.powell@nhs.example.net",
            None,
        ),
    ),
    CouncilCase(
        "heldout15-healthy-child-wales-02",
        COUNCIL,
        URL,
        TITLE,
        "flattened PDF health visitor request: parental agreement as a two-row table, dad at home 'not yet asked'",
        "referral.pdf",
        ON2,
        _b2,
        Expected(
            "early_help_assessment",
            (
                person("Lucas Bennett", date(2023, 5, 2), False, ON2),
                person("Gemma Bennett", date(1990, 12, 15), True, ON2),
                person("Paul Bennett", date(1988, 7, 7), False, ON2),
            ),
            "B63 3BL",
            "Nia Jones",
            "nia.jones@nhs.example.net",
            None,
            queue_reason="consent_missing",
        ),
    ),
    CouncilCase(
        "heldout15-healthy-child-wales-03",
        COUNCIL,
        URL,
        TITLE,
        "email with a Word school nursing request attached: dates dd/mm/yy, 'Level 2' stated in the reason, school DY6 9XE",
        "message.eml",
        ON3,
        _b3,
        Expected(
            "early_help_assessment",
            (
                person("Zainab Akhtar", date(2019, 4, 12), False, ON3),
                person("Yasmin Akhtar", date(1988, 1, 30), True, ON3),
                person("Tariq Akhtar", date(1985, 6, 14), True, ON3),
            ),
            "DY6 0LQ",
            "Carys Williams",
            "carys.williams@nhs.example.net",
            2,
        ),
    ),
)
