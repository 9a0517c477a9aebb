"""Unidentified council (Liquid Logic, EHAAT): Early Help Step-Down Plan – from CIN or CP."""

# ruff: noqa: E501  (labels and answers are copied verbatim from the published form)

from datetime import date

from tests.councils.kit import Heading, L, Para, Span, Table, Title, grid, kv, person, render_docx
from tests.councils.model import CouncilCase, Expected

URL = "https://docsbay.net/step-down-plan-from-cin-or-cp"
TITLE = "Early Help Step-Down Plan – from CIN or CP"
ON = date(2026, 1, 15)


def _build() -> bytes:
    blocks = [
        Title("Early Help", "Step-Down Plan – from CIN or CP"),
        Para(
            "Please complete this form electronically. Once completed the final page must be printed, signed "
            "and all documentation emailed to .uk"
        ),
        Table(
            [
                [
                    L("Family name and case file number in Liquid Logic:"),
                    Span("PATEL – LL 6632019", 3),
                ],
                [
                    L("Main address of family:"),
                    "22 Coronation Road, Dudley Wood, Dudley DY2 0AB",
                    L("Start Date of original Assessment:"),
                    "04/08/2025",
                ],
                [
                    L("What type of plan did this require?"),
                    "CIN",
                    L("Time period of original plan:"),
                    "Sept 2025 – Jan 2026",
                ],
                [L("Date of Step Down Meeting:"), Span("15/01/2026", 3)],
            ]
        ),
        Heading("Family Details"),
        grid(
            ["Last name", "First name", "Relationship", "DOB"],
            [
                ["Patel", "Anika", "Mother", "10/10/1985"],
                ["Patel", "Rohan", "Son", "01/04/2011"],
                ["Patel", "Diya", "Daughter", "15/07/2014"],
            ],
        ),
        Heading("Reason for original Child in Need or Child Protection Plan"),
        Table(
            [
                [
                    "Domestic abuse by Rohan's father (now left the home, injunction in place); Rohan's "
                    "self-harm in summer 2025."
                ]
            ]
        ),
        Heading("1) Family and Environment"),
        Para("1a) Family, parenting and household relationships – Consider:", bold=True),
        Para(
            "Household composition, separated parents and relationship between them, extended family members."
        ),
        grid(
            ["Strengths and Needs"],
            [
                [
                    "Mum is protective and has engaged with Freedom Programme; Rohan has "
                    "CAMHS support. Needs: routines, finances."
                ]
            ],
        ),
        Para(
            "Plan - To be completed during step-down meeting if actions(s) are required", bold=True
        ),
        grid(
            ["Needs", "Actions", "People responsible", "Outcomes", "Completion date"],
            [
                [
                    "Routines",
                    "Family support worker weekly",
                    "Jo Hart",
                    "Calmer mornings",
                    "April 2026",
                ]
            ],
        ),
        grid(["Score", "1", "2", "3", "4", "5", "- No Issues"], [["", "", "", "X", "", "", ""]]),
        kv(
            (
                "Lead Practitioner following step-down",
                "Jo Hart, Family Support Worker, Dudley Central Family Hub – "
                "jo.hart@centralhub.example.org.uk",
            ),
            ("Social Worker (stepping down)", "Lewis Grant, Assessment and Intervention Team"),
            widths=[2, 3],
        ),
        Heading("Signatures"),
        grid(
            ["Name", "Role", "Signature", "Date"],
            [
                ["Anika Patel", "Mother", "A Patel", "15/01/2026"],
                ["Rohan Patel", "Young person", "R Patel", "15/01/2026"],
                ["Lewis Grant", "Social Worker", "L. Grant", "15/01/2026"],
                ["Jo Hart", "Lead Practitioner", "J Hart", "15/01/2026"],
            ],
        ),
    ]
    return render_docx(blocks)


CASES: tuple[CouncilCase, ...] = (
    CouncilCase(
        case_id="stepdown-cin-01",
        council="Unidentified council (Liquid Logic / EHAAT step-down template)",
        source_url=URL,
        source_title=TITLE,
        layout="Word step-down plan from a CIN plan: family name + Liquid Logic number in a merged cell, "
        "Last name | First name | Relationship | DOB, 1-5 score grid, named Lead Practitioner after step-down, "
        "signatures on the final page",
        filename="referral.docx",
        assessment_date=ON,
        build=_build,
        expected=Expected(
            form_type="step_down",
            people=(
                person("Anika Patel", date(1985, 10, 10), True, ON),
                person("Rohan Patel", date(2011, 4, 1), True, ON),
                person("Diya Patel", date(2014, 7, 15), False, ON),
            ),
            postcode="DY2 0AB",
            lead_professional_name="Jo Hart",
            lead_professional_email="jo.hart@centralhub.example.org.uk",
            level_of_need=None,
        ),
    ),
)
