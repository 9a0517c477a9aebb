"""Sheffield: whole-family Early Help Assessment (the form launched December 2023)."""

# ruff: noqa: E501  (labels are copied verbatim from the published page)

from datetime import date

from tests.councils.kit import Heading, L, Para, Table, Title, kv, person, render_docx
from tests.councils.model import CouncilCase, Expected

URL = "https://safeguardingsheffieldchildren.org/p/processes/early-help-assessment-and-threshold-of-need"
TITLE = "Sheffield Children Safeguarding Partnership – Early Help Assessment and Threshold of Need (new whole-family Early Help Assessment form, December 2023)"
ON = date(2026, 4, 8)


def _build() -> bytes:
    blocks = [
        Title(
            "Early Help Assessment", "A whole family assessment – includes the voice of the child"
        ),
        Heading("Assessment details"),
        kv(
            ("Practitioner completing the assessment", "Deborah Kaye"),
            ("Role / agency", "Family Support Worker, Amblecote Family Hub"),
            ("Email", "deborah.kaye@familyhub.example.gov.uk"),
            ("Date assessment completed", "08/04/2026"),
            per_row=2,
        ),
        kv(("Family home address", "2 Collis Street, Amblecote, Stourbridge DY8 1AA")),
        Heading("Family members"),
        Para(
            "Please complete one column for each person in the family, including those who do not live at the family home."
        ),
        Table(
            [
                [L(""), L("Person 1"), L("Person 2"), L("Person 3"), L("Person 4"), L("Person 5")],
                [
                    L("Name"),
                    "Abdul Rahman",
                    "Salma Begum",
                    "Yusuf Rahman",
                    "Maryam Rahman",
                    "Rahima Bibi",
                ],
                [
                    L("Date of birth"),
                    "19/06/1980",
                    "07/02/1984",
                    "02/01/2012",
                    "25/11/2018",
                    "1951",
                ],
                [L("Relationship"), "Father", "Mother", "Son", "Daughter", "Paternal grandmother"],
                [L("Lives at the family home?"), "Yes", "Yes", "Yes", "Yes", "No – Oldbury"],
                [
                    L("Agrees to this assessment (signature)"),
                    "A Rahman",
                    "S Begum",
                    "Yusuf R",
                    "n/a",
                    "",
                ],
            ]
        ),
        Heading("What is working well?"),
        Para("Close extended family; Yusuf is doing well at school and in his football club."),
        Heading("What are we worried about?"),
        Para(
            "Dad's hours cut, rent arrears; Maryam has an autism assessment pending and is not sleeping; mum is exhausted."
        ),
        Heading("What needs to happen?"),
        Para(
            "Family support (sleep routines, benefits check) through the Family Hub; Team Around the Family in 6 weeks."
        ),
    ]
    return render_docx(blocks)


CASES: tuple[CouncilCase, ...] = (
    CouncilCase(
        case_id="heldout2-sheffield-eha-01",
        council="Sheffield City Council",
        source_url=URL,
        source_title=TITLE,
        layout="Word whole-family assessment: one column per person (name, DOB, relationship, lives at home, signature rows); a grandmother's column marked as not living at home; a son aged 14 has signed",
        filename="referral.docx",
        assessment_date=ON,
        build=_build,
        expected=Expected(
            form_type="early_help_assessment",
            people=(
                person("Abdul Rahman", date(1980, 6, 19), True, ON),
                person("Salma Begum", date(1984, 2, 7), True, ON),
                person("Yusuf Rahman", date(2012, 1, 2), True, ON),
                person("Maryam Rahman", date(2018, 11, 25), False, ON),
            ),
            postcode="DY8 1AA",
            lead_professional_name="Deborah Kaye",
            lead_professional_email="deborah.kaye@familyhub.example.gov.uk",
            level_of_need=None,
        ),
    ),
)
