"""Lancashire: Common Assessment Framework (CAF), Part 1 (complete once per family)."""

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

URL = (
    "https://pdfslide.us/documents/lancashire-common-assessment-framework-caf-4-part-21-child-complete-"
    "one-per.html"
)
TITLE = "LANCASHIRE COMMON ASSESSMENT FRAMEWORK (CAF) – PART 1 (Complete once per Family)"
ON = date(2025, 3, 18)


def _build() -> bytes:
    parents = Table(
        [
            [
                L("Name"),
                L("Relationship"),
                L("Gender"),
                Span(L("DOB"), 3),
                L("Parental responsibility (Y/N)"),
            ],
            [L(""), L(""), L(""), L("dd"), L("mm"), L("yyyy"), L("")],
            ["Sarah Kelly", "Mother", "F", "07", "11", "1987", "Y"],
            ["Mark Kelly", "Father", "M", "19", "02", "1985", "Y"],
        ],
        [2.4, 1.4, 0.8, 0.5, 0.5, 0.8, 1.3],
    )
    blocks = [
        Title("LANCASHIRE COMMON ASSESSMENT FRAMEWORK (CAF)"),
        Table(
            [
                [
                    L("Date assessment started:"),
                    "04/03/2025",
                    L("Date assessment completed:"),
                    "18/03/2025",
                    L("Version no:"),
                    "1",
                ]
            ]
        ),
        Heading("PART 1 (Complete once per Family)"),
        Para("Details of child (ren) and/or young people being assessed:", bold=True),
        grid(
            [
                "Surname",
                "Forename",
                "Alias",
                "DOB/ EDD",
                "*Gender",
                "CAF URN",
                "*Ethnicity code",
                "*Religion Code",
                "Present at assessment (Y/N)",
                "School/ Nursery/ Further Education",
            ],
            [
                [
                    "Kelly",
                    "Noah",
                    "",
                    "28/07/2010",
                    "M",
                    "",
                    "WBRI",
                    "CHR",
                    "Y",
                    "Pens Meadow School",
                ],
                ["Kelly", "Freya", "", "13/01/2013", "F", "", "WBRI", "CHR", "Y", "Glynne Primary"],
            ],
        ),
        Para("*relates to guidance notes at the back of the assessment form"),
        Table(
            [
                [
                    L(
                        "Has the family come to the UK under a refugee resettlement programme, such as the Syrian "
                        "Resettlement Programme, the Gateway Protection Programme or the Vulnerable Children "
                        "Resettlement Scheme?:"
                    ),
                    Boxes((CB(False, "YES"), CB(True, "NO"))),
                ]
            ],
            [4, 1],
        ),
        Para(
            "Child/young person’s address (es): (Please state which child the address relates to if they live "
            "at different addresses)",
            bold=True,
        ),
        grid(
            ["Address", "Name of child(ren)", "Postcode", "Tel"],
            [
                ["3 Summerhill, Kingswinford", "Noah and Freya", "DY6 7AA", "07700 900 903"],
                ["", "", "", ""],
            ],
        ),
        Para("Details of parents/carers:", bold=True),
        parents,
        Para("Details of person completing the assessment", bold=True),
        Table(
            [
                [L("Name"), "Megan Hollis", L("Role"), "SENCo"],
                [
                    L("Agency"),
                    "Pens Meadow School",
                    L("Email"),
                    "m.hollis@pensmeadow.example.sch.uk",
                ],
                [
                    L("Address"),
                    "Ridge Hill, Stourbridge Road, Wordsley DY8 5ST",
                    L("Tel"),
                    "01632 960 535",
                ],
            ]
        ),
        Heading("Consent"),
        Para(
            "I/we agree to the information in this CAF being stored and shared with the practitioners "
            "involved in supporting my/our family."
        ),
        grid(
            ["Name", "Signature", "Date"],
            [
                ["Sarah Kelly", "S Kelly", "18/03/2025"],
                ["Mark Kelly", "M Kelly", "18/03/2025"],
                ["Noah Kelly", "Noah Kelly", "18/03/2025"],
            ],
        ),
    ]
    return render_docx(blocks)


CASES: tuple[CouncilCase, ...] = (
    CouncilCase(
        case_id="lancashire-caf-01",
        council="Lancashire County Council",
        source_url=URL,
        source_title=TITLE,
        layout="Word CAF Part 1: one wide header row above the children (Surname first, ethnicity codes); "
        "separate address table keyed by child name; parents' DOB in three boxes dd | mm | yyyy under a "
        "merged 'DOB' header",
        filename="referral.docx",
        assessment_date=ON,
        build=_build,
        expected=Expected(
            form_type="early_help_assessment",
            people=(
                person("Noah Kelly", date(2010, 7, 28), True, ON),
                person("Freya Kelly", date(2013, 1, 13), False, ON),
                person("Sarah Kelly", date(1987, 11, 7), True, ON),
                person("Mark Kelly", date(1985, 2, 19), True, ON),
            ),
            postcode="DY6 7AA",
            lead_professional_name="Megan Hollis",
            lead_professional_email="m.hollis@pensmeadow.example.sch.uk",
            level_of_need=None,
        ),
    ),
)
