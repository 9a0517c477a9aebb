"""Tameside: Early Help Assessment (EHA), the former CAF rebuilt on Signs of Safety."""

# ruff: noqa: E501  (labels and answers are copied verbatim from the published form)

from datetime import date

from tests.councils.kit import (
    Heading,
    Para,
    Table,
    Title,
    grid,
    kv,
    person,
    render_docx,
)
from tests.councils.model import CouncilCase, Expected

URL = "https://www.tameside.gov.uk/earlyhelpoffer/pro/assessment"
TITLE = "Tameside Early Help Offer – The Early Help Assessment (EHA) (the name ‘CAF’ has changed to Early Help Assessment; incorporates Signs of Safety)"
ON = date(2026, 1, 28)


def _build() -> bytes:
    blocks = [
        Title("Early Help Assessment (EHA)"),
        Heading("Person completing the assessment"),
        kv(
            ("Name", "Jasmine Kaur"),
            ("Role / agency", "Room Leader, Little Acorns Day Nursery"),
            ("Address", "Hill Street, Stourbridge DY8 1AR"),
            ("Telephone", "01632 960 702"),
            ("Email", "jasmine@littleacorns.example.co.uk"),
            ("Date of assessment", "28/01/2026"),
            per_row=2,
        ),
        kv(
            (
                "Lead Professional (if different from the person completing)",
                "Rachel Burns, Family Support Worker, Stourbridge Family Hub",
            ),
            ("Lead Professional email", "r.burns@stourbridgehub.example.gov.uk"),
            ("Lead Professional telephone", "01632 960 705"),
            widths=[2, 3],
        ),
        Heading("Family members"),
        grid(
            ["Name", "Date of birth", "Relationship", "Address (if different)"],
            [
                ["Leo Fletcher", "05/05/2022", "Child", ""],
                ["Freya Fletcher", "03/03/2024", "Child", ""],
                ["Amy Fletcher", "17/09/1996", "Mother", ""],
                ["Ryan Cox", "22/02/1994", "Mother’s partner", ""],
            ],
        ),
        kv(
            ("Family address", "5 Enville Street, Stourbridge DY8 1AA"),
            ("Telephone", "07700 900 708"),
            per_row=2,
        ),
        Heading("What are we worried about?"),
        Table(
            [
                [
                    "Leo (3) has very little speech and bites other children; Amy says bedtimes take hours and she feels low since Freya was born."
                ]
            ]
        ),
        Heading("What is working well?"),
        Table(
            [
                [
                    "Leo attends nursery every day and is well cared for; Ryan does the nursery run and both parents want help."
                ]
            ]
        ),
        Heading("What needs to happen?"),
        Table(
            [
                [
                    "Speech and language referral; Family Hub parenting group; Amy to see her GP about low mood."
                ]
            ]
        ),
        Heading("Scaling"),
        Para(
            "On a scale of 0 to 10, where 10 means everything is going well for the family and 0 means things are so bad that we need to act now:"
        ),
        grid(["Family", "Nursery", "Health visitor"], [["5", "4", "5"]]),
        kv(("Date of review (every 6 weeks)", "11/03/2026")),
        Heading("Consent"),
        Para(
            "I have been involved in this assessment and I agree to the information being shared with the agencies who can "
            "help my family. I understand I can withdraw my consent at any time."
        ),
        Para("Signed: A. Fletcher        Print name: AMY FLETCHER        Date: 28/01/2026"),
        Para("Signed: R Cox        Print name: RYAN COX        Date: 28/01/2026"),
        Para("Signed: ____________        Print name: ____________        Date: ________"),
    ]
    return render_docx(blocks)


CASES: tuple[CouncilCase, ...] = (
    CouncilCase(
        case_id="tameside-eha-01",
        council="Tameside Metropolitan Borough Council",
        source_url=URL,
        source_title=TITLE,
        layout="Word EHA on Signs of Safety (worried / working well / needs to happen, 0-10 scaling, 6-weekly review): "
        "author (nursery) and a separate 'Lead Professional (if different)' before the family; consent as 'Signed: Print name: Date:' lines with one left blank",
        filename="referral.docx",
        assessment_date=ON,
        build=_build,
        expected=Expected(
            form_type="early_help_assessment",
            people=(
                person("Leo Fletcher", date(2022, 5, 5), False, ON),
                person("Freya Fletcher", date(2024, 3, 3), False, ON),
                person("Amy Fletcher", date(1996, 9, 17), True, ON),
                person("Ryan Cox", date(1994, 2, 22), True, ON),
            ),
            postcode="DY8 1AA",
            lead_professional_name="Rachel Burns",
            lead_professional_email="r.burns@stourbridgehub.example.gov.uk",
            level_of_need=None,
        ),
    ),
)
