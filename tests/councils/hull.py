"""Hull: Step Down from Children's Social Care (Child in Need plan) to Targeted Early Help, via the CIN Panel."""

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
    kv,
    person,
    render_docx,
)
from tests.councils.model import CouncilCase, Expected

URL = "https://hullchserv.proceduresonline.com/p_step_up_down.html"
TITLE = "Hull City Council Children's Services Procedures – Step Up / Step Down (2. Stepping Down; 2.1 CIN Panel; Step Down Flowchart)"
ON = date(2026, 2, 19)


def _build() -> bytes:
    blocks = [
        Title("Step Down to Targeted Early Help", "Children’s Social Care – CIN Panel"),
        Para(
            "A child / YP should not remain with a social worker as lead practitioner under s.17 when sufficient improvement "
            "has taken place alleviating the risk of harm to any child or children within the family."
        ),
        Table(
            [
                [L("Family name"), Span("HUSSAIN / O'NEILL", 3)],
                [L("Address"), Span("9 Saltwells Road, Netherton, Dudley DY2 9HF", 3)],
                [
                    L("Current plan"),
                    Boxes((CB(True, "Child in Need (s.17)"), CB(False, "Child Protection"))),
                    L("CIN Panel date"),
                    "12/02/2026",
                ],
                [
                    L("Date of final CIN review"),
                    "19/02/2026",
                    L("Step down to"),
                    Boxes(
                        (CB(True, "Targeted Early Help"), CB(False, "Single agency / universal"))
                    ),
                ],
            ]
        ),
        Heading("Children"),
        grid(
            ["Name", "DOB", "Gender", "School", "Mosaic ID"],
            [
                ["Aisha Hussain", "30/11/2010", "F", "Hillcrest School", "M-551902"],
                ["Conor O'Neill", "05/05/2012", "M", "Hillcrest School", "M-551903"],
                ["Zain Hussain", "14/08/2019", "M", "Netherton Park Primary", "M-551904"],
            ],
        ),
        Heading("Parents / carers in the household"),
        kv(
            ("Name", "Bernadette O'Neill"),
            ("DOB", "02/04/1986"),
            ("Relationship", "Mother of all three children"),
            ("Parental responsibility", "Yes"),
            per_row=2,
        ),
        kv(
            ("Name", "Tariq Hussain"),
            ("DOB", "27/10/1984"),
            ("Relationship", "Father of Aisha and Zain; step-father to Conor"),
            ("Parental responsibility", "Yes (Aisha, Zain)"),
            per_row=2,
        ),
        Heading("Child in Need plan – summary and outstanding actions"),
        grid(
            ["Need", "Action for the Team Around the Family", "Who", "By when"],
            [
                [
                    "Aisha’s attendance (78%)",
                    "Attendance plan; mentor weekly",
                    "Hillcrest School",
                    "April 2026",
                ],
                [
                    "Parental conflict",
                    "Reducing Parental Conflict programme",
                    "Early Help",
                    "May 2026",
                ],
                ["Conor’s anger at home", "Youth worker 1:1", "Early Help", "May 2026"],
            ],
        ),
        Heading("Social worker stepping down"),
        kv(
            ("Name", "Daniel Price"),
            ("Team", "Child in Need Team (West)"),
            ("Email", "daniel.price@csc.example.gov.uk"),
            ("Telephone", "01632 960 811"),
            per_row=2,
        ),
        Heading("Lead Practitioner following step down"),
        kv(
            ("Name", "Gemma Walsh"),
            ("Role", "Family Support Worker, Targeted Early Help (Netherton)"),
            ("Email", "gemma.walsh@earlyhelp.example.gov.uk"),
            ("Telephone", "01632 960 815"),
            per_row=2,
        ),
        Heading("Family agreement"),
        Para(
            "Bernadette O'Neill, Tariq Hussain and Aisha Hussain agreed to the step down and to their information being "
            "shared with Targeted Early Help at the final CIN review on 19/02/2026. Conor and Zain were seen and their "
            "views are recorded in the plan."
        ),
        kv(("Team Manager agreement", "S. Akhtar, Team Manager – agreed 19/02/2026")),
    ]
    return render_docx(blocks, header="OFFICIAL-SENSITIVE")


CASES: tuple[CouncilCase, ...] = (
    CouncilCase(
        case_id="hull-stepdown-01",
        council="Hull City Council",
        source_url=URL,
        source_title=TITLE,
        layout="Word step-down from a CIN plan, hard: family name cell 'HUSSAIN / O'NEILL' merged across the grid; children "
        "in a table with Mosaic IDs, each parent in a label/value block; CIN plan actions; Lead Practitioner after step down named apart from the social worker; agreement a sentence naming three people",
        filename="referral.docx",
        assessment_date=ON,
        build=_build,
        expected=Expected(
            form_type="step_down",
            people=(
                person("Aisha Hussain", date(2010, 11, 30), True, ON),
                person("Conor O'Neill", date(2012, 5, 5), False, ON),
                person("Zain Hussain", date(2019, 8, 14), False, ON),
                person("Bernadette O'Neill", date(1986, 4, 2), True, ON),
                person("Tariq Hussain", date(1984, 10, 27), True, ON),
            ),
            postcode="DY2 9HF",
            lead_professional_name="Gemma Walsh",
            lead_professional_email="gemma.walsh@earlyhelp.example.gov.uk",
            level_of_need=None,
        ),
    ),
)
