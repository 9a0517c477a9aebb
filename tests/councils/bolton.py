"""Bolton: Common Assessment Framework form for babies, children and young people."""

# ruff: noqa: E501  (labels and answers are copied verbatim from the published form)

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
    person,
    render_docx,
)
from tests.councils.model import CouncilCase, Expected

URL = "http://www.docstoc.com/docs/125039345/The-purpose-of-this-assessment-is-to-gather-evidence-of-the-baby"
TITLE = "Bolton CAF form – COMMON ASSESSMENT FRAMEWORK FORM for babies, children and young people"
ON = date(2025, 8, 5)


def _build() -> bytes:
    blocks = [
        Title("COMMON ASSESSMENT FRAMEWORK FORM", "for babies, children and young people"),
        Heading("Section 1: Child/Young Person’s Identifying Details"),
        Table(
            [
                [L("Child Name"), Span("Kyle Bishop", 3), L("Other known names"), "Kyle Morris"],
                [
                    Span(Boxes((CB(True, "Male"), CB(False, "Female"))), 4),
                    L("Date of birth"),
                    "5.8.2011",
                ],
                [
                    L("Address"),
                    Span("12 Hawne Lane, Halesowen", 3),
                    L("Other address information"),
                    "Ground floor flat",
                ],
                [L("Post code"), "B63", "3BL", "", L("Contact Telephone No."), "07700 900 575"],
                [L("Ethnicity"), Span("White British", 3), L("Version No."), "1"],
                [
                    L("If ‘Other’, please specify"),
                    Span("", 3),
                    L("Have you checked the Child Index?"),
                    "Yes",
                ],
            ],
            [1.6, 0.8, 0.8, 0.8, 1.6, 1.6],
        ),
        Heading("Section 2: Parents/Carers and household"),
        grid(
            ["Name", "Date of birth", "Relationship", "Lives with child?"],
            [
                ["Nikki Bishop", "17.4.1980", "Mother", "Yes"],
                ["Dave Morris", "9.9.1978", "Step-father", "Yes"],
                ["Lacey Bishop", "30.10.2018", "Half-sister", "Yes"],
            ],
        ),
        Heading("Section 3: Assessment completed by"),
        Table(
            [
                [L("Name"), "Sunita Rai", L("Agency"), "Halesowen Youth Hub"],
                [
                    L("Email"),
                    "sunita.rai@halesowenyouth.example.org.uk",
                    L("Address"),
                    "Hayley Green Community Centre, Halesowen B62 0HH",
                ],
            ]
        ),
        Heading("Section 4: Consent"),
        Para(
            "I have been involved in this assessment and agree that the information can be shared with the "
            "services involved in the action plan."
        ),
        Table(
            [
                [
                    L("Signed (parent/carer)"),
                    "N Bishop",
                    L("Print name"),
                    "NIKKI BISHOP",
                    L("Date"),
                    "5.8.2025",
                ],
                [
                    L("Signed (parent/carer)"),
                    "D Morris",
                    L("Print name"),
                    "DAVE MORRIS",
                    L("Date"),
                    "5.8.2025",
                ],
                [
                    L("Signed (young person)"),
                    "Kyle B",
                    L("Print name"),
                    "KYLE BISHOP",
                    L("Date"),
                    "5.8.2025",
                ],
            ]
        ),
    ]
    return render_docx(blocks, header="BoltonCAFform")


CASES: tuple[CouncilCase, ...] = (
    CouncilCase(
        case_id="bolton-caf-01",
        council="Bolton Council",
        source_url=URL,
        source_title=TITLE,
        layout="Word CAF with merged cells (child name across three grid columns, Male/Female boxes across "
        "four); postcode split into two boxes 'B63' | '3BL'; d.m.yyyy dates; the young person turns 14 on "
        "the day and signs",
        filename="referral.docx",
        assessment_date=ON,
        build=_build,
        expected=Expected(
            form_type="early_help_assessment",
            people=(
                person("Kyle Bishop", date(2011, 8, 5), True, ON),
                person("Nikki Bishop", date(1980, 4, 17), True, ON),
                person("Dave Morris", date(1978, 9, 9), True, ON),
                person("Lacey Bishop", date(2018, 10, 30), False, ON),
            ),
            postcode="B63 3BL",
            lead_professional_name="Sunita Rai",
            lead_professional_email="sunita.rai@halesowenyouth.example.org.uk",
            level_of_need=None,
        ),
    ),
)
