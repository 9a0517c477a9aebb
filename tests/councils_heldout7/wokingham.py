"""Wokingham: Berkshire West threshold guidance (Level 1 Help for Everyone … Level 4
Specialist Help; Duty, Triage and Assessment Team; consent and information sharing)."""

# ruff: noqa: E501  (wording follows the published page)

from datetime import date

from tests.councils.kit import (
    CB,
    Boxes,
    Heading,
    Para,
    Table,
    Title,
    grid,
    kv,
    person,
    render_docx,
    render_pdf,
)
from tests.councils.model import CouncilCase, Expected

URL = "https://berkshirewestsafeguardingchildrenpartnership.org.uk/scp/wokingham/wokingham-threshold-guidance"
TITLE = "Berkshire West Safeguarding Children Partnership – Wokingham Threshold Guidance (Levels of Help; Level 1 – Help for Everyone; Level 2 – Additional Help; Level 3 – Intensive Help; Level 4 – Specialist Help; The Duty, Triage and Assessment Team Pathway; Consent and Information Sharing)"
COUNCIL = "Wokingham Borough Council"

_LEVELS = (
    "Level 1 – Help for Everyone",
    "Level 2 – Additional Help",
    "Level 3 – Intensive Help",
    "Level 4 – Specialist Help",
)


def _blocks(
    on: str,
    level: int,
    you: tuple[str, str, str, str],
    family: list[list[str]],
    addr: str,
    worry: str,
    consent: list[list[str]],
    harm: bool,
) -> list[object]:
    return [
        Title(
            "Referral to the Duty, Triage and Assessment Team (DTA)",
            "Wokingham Children's Services",
        ),
        Heading("Level of help (see Wokingham Threshold Guidance)"),
        Table(
            [
                [Boxes(tuple(CB(i + 1 == level, t) for i, t in enumerate(_LEVELS[:2])))],
                [Boxes(tuple(CB(i + 3 == level, t) for i, t in enumerate(_LEVELS[2:])))],
            ]
        ),
        kv(("Do you believe the child is at risk of significant harm?", "Yes" if harm else "No")),
        Heading("Referrer details"),
        kv(
            ("Name", you[0]),
            ("Agency and role", you[1]),
            ("Address", you[2]),
            ("Email", you[3]),
            ("Date", on),
            per_row=2,
        ),
        Heading("Child and family details"),
        grid(["Full name", "Date of birth", "Relationship", "Lives in household"], family),
        kv(("Family address (including postcode)", addr)),
        Heading("What are you worried about? (risk factors and protective factors)"),
        Para(worry),
        Heading("Consent and Information Sharing"),
        grid(["Name", "Has consent been given?", "Signature / how recorded"], consent),
    ]


ON1 = date(2026, 3, 5)


def _b1() -> bytes:
    return render_docx(
        _blocks(
            "05/03/2026",
            3,
            (
                "Daniel Okafor",
                "Attendance Officer, Emmbrook School",
                "Emmbrook Road, Wokingham RG41 1JP",
                "d.okafor@emmbrook.example.sch.uk",
            ),
            [
                ["Tyler James Booker", "12/10/2011", "Child", "Yes"],
                ["Samantha Booker", "03/04/1982", "Mother", "Yes"],
                ["Kyle Booker", "21/01/2008", "Brother", "Yes"],
                ["Dean Booker", "15/07/1980", "Father", "No – lives in Reading RG1 3BD"],
            ],
            "14 Stafford Street, Dudley DY1 1AA",
            "Tyler's attendance is 61%; Mum has mental health difficulties and Kyle (18) is a carer for her. Intensive Help requested from the Early Help hub.",
            [
                ["Samantha Booker", "Yes", "signed 05/03/2026"],
                ["Tyler James Booker", "Yes", "signed 05/03/2026"],
                ["Kyle Booker", "Yes", "signed 05/03/2026"],
            ],
            False,
        )
    )


ON2 = date(2026, 7, 9)


def _b2() -> bytes:
    return render_pdf(
        _blocks(
            "09/07/2026",
            2,
            (
                "Priya Sandhu",
                "Community Nursery Nurse",
                "Woodley Health Clinic, RG5 4JZ",
                "priya.sandhu@nhs.example.net",
            ),
            [
                ["Zara Ahmed", "01/08/2023", "Child", "Yes"],
                ["Hina Ahmed", "12/12/1996", "Mother", "Yes"],
                ["Imran Ahmed", "30/06/1993", "Father", "Yes"],
            ],
            "27 High Street, Quarry Bank, Brierley Hill DY5 3BB",
            "Zara (2) has delayed speech; parents isolated since moving to the area. Additional Help: stay-and-play and parenting group.",
            [
                ["Hina Ahmed", "Yes", "verbal consent 09/07/2026"],
                ["Imran Ahmed", "Yes", "verbal consent 09/07/2026"],
            ],
            False,
        ),
        "Referral to the DTA",
    )


ON3 = date(2026, 9, 28)


def _b3() -> bytes:
    return render_docx(
        _blocks(
            "28/09/2026",
            4,
            (
                "PC Mark Ellison",
                "Police Officer, Thames Valley Police",
                "Wokingham Police Station, RG40 1XL",
                "mark.ellison@police.example.uk",
            ),
            [
                ["Riley Parsons", "04/04/2014", "Child", "Yes"],
                ["Gemma Parsons", "19/09/1990", "Mother", "Yes"],
                ["Shane Parsons", "22/02/1988", "Father", "Yes"],
            ],
            "5 Long Lane, Halesowen B62 8AA",
            "Attended a domestic incident on 27/09/2026; Riley (12) was present and has a mark to his arm. Specialist Help: child protection strategy discussion requested.",
            [["Gemma Parsons", "No – not sought", "risk to child"]],
            True,
        )
    )


CASES: tuple[CouncilCase, ...] = (
    CouncilCase(
        "heldout7-wokingham-dta-01",
        COUNCIL,
        URL,
        TITLE,
        "Word DTA referral: Level 1–4 'Levels of Help' ☒/☐ in two rows with Level 3 ticked; referrer block (school RG41) before the family; middle name kept; father in Reading marked 'No'; consent grid signed by mum, the 14-year-old and the 18-year-old",
        "referral.docx",
        ON1,
        _b1,
        Expected(
            "early_help_assessment",
            (
                person("Tyler James Booker", date(2011, 10, 12), True, ON1),
                person("Samantha Booker", date(1982, 4, 3), True, ON1),
                person("Kyle Booker", date(2008, 1, 21), True, ON1),
            ),
            "DY1 1AA",
            "Daniel Okafor",
            "d.okafor@emmbrook.example.sch.uk",
            3,
        ),
    ),
    CouncilCase(
        "heldout7-wokingham-dta-02",
        COUNCIL,
        URL,
        TITLE,
        "flattened PDF DTA referral: Level 2 – Additional Help ticked, verbal consent from both parents, address and postcode in one cell",
        "referral.pdf",
        ON2,
        _b2,
        Expected(
            "early_help_assessment",
            (
                person("Zara Ahmed", date(2023, 8, 1), False, ON2),
                person("Hina Ahmed", date(1996, 12, 12), True, ON2),
                person("Imran Ahmed", date(1993, 6, 30), True, ON2),
            ),
            "DY5 3BB",
            "Priya Sandhu",
            "priya.sandhu@nhs.example.net",
            2,
        ),
    ),
    CouncilCase(
        "heldout7-wokingham-dta-03",
        COUNCIL,
        URL,
        TITLE,
        "Word DTA referral from police: Level 4 – Specialist Help ticked and 'at risk of significant harm? Yes'; consent not sought",
        "referral.docx",
        ON3,
        _b3,
        Expected(
            "early_help_assessment",
            (
                person("Riley Parsons", date(2014, 4, 4), False, ON3),
                person("Gemma Parsons", date(1990, 9, 19), False, ON3),
                person("Shane Parsons", date(1988, 2, 22), False, ON3),
            ),
            "B62 8AA",
            "Mark Ellison",
            "mark.ellison@police.example.uk",
            4,
            safeguarding=True,
            queue_reason="safeguarding_concern",
        ),
    ),
)
