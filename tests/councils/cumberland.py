"""Cumberland (formerly Cumbria): Early Help Assessment with its Consent Form, completed by the Lead Practitioner."""

# ruff: noqa: E501  (labels and answers are copied verbatim from the published form)

from datetime import date

from tests.councils.kit import (
    Heading,
    PageBreak,
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

URL = "https://cumberlandsafeguardingchildren.co.uk/early-help-assessments-eha"
TITLE = "Cumberland Safeguarding Children Partnership – Early Help Assessments (EHA) (consent is key and must be recorded; Lead Practitioner will explain consent and complete the Consent Form with the family)"

CONSENT_TEXT = (
    "The Early Help Assessment is a voluntary process. I understand why information about me and my family is being "
    "recorded, who it will be shared with and why, and that I can withdraw my consent at any time."
)


def _assessment(d: dict[str, str], family: list[list[str]]) -> list[object]:
    return [
        Title("Early Help Assessment (EHA)"),
        Heading("Lead Practitioner"),
        kv(
            ("Name", d["lp"]),
            ("Agency", d["agency"]),
            ("Email", d["email"]),
            ("Telephone", d["tel"]),
            ("Date of assessment", d["date"]),
            per_row=2,
        ),
        Heading("Family"),
        grid(["Name", "Date of birth", "Relationship", "Lives in the household?"], family),
        kv(("Home address", d["address"])),
        Heading("What is working well?"),
        Table([[d["well"]]]),
        Heading("What are the worries?"),
        Table([[d["worries"]]]),
        Heading("What would wellbeing look like?"),
        Table([[d["wellbeing"]]]),
    ]


ON1 = date(2026, 2, 25)
D1 = {
    "lp": "Natasha Quinn",
    "agency": "Early Help Practitioner, Sedgley Family Hub",
    "email": "n.quinn@sedgleyhub.example.gov.uk",
    "tel": "01632 960 903",
    "date": "25/02/26",
    "address": "6 Ettymore Close, Sedgley, Dudley DY3 1AB",
    "well": "Helen is a loving mum; Ruby (17) has a part-time job and is doing well at college.",
    "worries": "Sam (15) is on a reduced timetable and has been cautioned for criminal damage; rent arrears since Helen’s hours were cut.",
    "wellbeing": "Sam back in full-time school with a mentor; arrears plan agreed with the landlord.",
}
FAM1 = [
    ["Sam Dawson", "20/01/11", "Son", "Yes"],
    ["Ruby Dawson", "06/06/08", "Daughter", "Yes"],
    ["Helen Dawson", "14/03/75", "Mother", "Yes"],
    ["Margaret Dawson", "09/09/50", "Grandmother (visits weekly)", "No – lives in Kingswinford"],
]


def _cumberland_01() -> bytes:
    blocks = [
        *_assessment(D1, FAM1),
        PageBreak(),
        Title("Consent Form"),
        Para(CONSENT_TEXT),
        grid(
            ["Name", "Relationship", "I give consent (✓ / ✗)", "Signature", "Date"],
            [
                ["Helen Dawson", "Mother", "✓", "H Dawson", "25/02/26"],
                ["Ruby Dawson", "Daughter (17)", "✓", "Ruby Dawson", "25/02/26"],
                ["Sam Dawson", "Son (15)", "✓", "S. Dawson", "25/02/26"],
            ],
        ),
        kv(("Lead Practitioner signature", "N. Quinn"), ("Date", "25/02/26"), per_row=2),
    ]
    return render_docx(blocks)


ON2 = date(2025, 10, 1)
D2 = {
    "lp": "Owen Price",
    "agency": "Family Support Worker, Stourbridge Family Hub",
    "email": "o.price@stourbridgehub.example.gov.uk",
    "tel": "01632 960 917",
    "date": "01/10/2025",
    "address": "25 Wrens Hill Road, Dudley DY1 4RN",
    "well": "Poppy (8) loves school and her gymnastics club.",
    "worries": "Arguments at home after Gary lost his job; Poppy is wetting the bed again and says she is scared when they shout.",
    "wellbeing": "Calmer evenings; Gary supported back into work; school nurse for Poppy.",
}
FAM2 = [
    ["Poppy Wood", "13/04/2017", "Daughter", "Yes"],
    ["Nicola Wood", "21/07/1985", "Mother", "Yes"],
    ["Gary Wood", "30/01/1983", "Father", "Yes"],
]


def _cumberland_02() -> bytes:
    blocks = [
        *_assessment(D2, FAM2),
        Heading("Consent Form"),
        Para(CONSENT_TEXT),
        Para(
            "Signed: N Wood                Print name: Nicola Wood                Date: 01/10/2025"
        ),
        Para("Signed:                           Print name:                           Date:"),
        Para("Lead Practitioner: O. Price     Date: 01/10/2025"),
    ]
    return render_pdf(blocks, title="Early Help Assessment")


CASES: tuple[CouncilCase, ...] = (
    CouncilCase(
        case_id="cumberland-eha-01",
        council="Cumberland Council",
        source_url=URL,
        source_title=TITLE,
        layout="Word EHA, hard: Lead Practitioner block first; dates dd/mm/yy throughout; a grandmother listed with 'No – lives "
        "in Kingswinford'; the Consent Form on its own page as a Name | Relationship | ✓/✗ | Signature | Date table signed by mum, 17- and 15-year-olds",
        filename="referral.docx",
        assessment_date=ON1,
        build=_cumberland_01,
        expected=Expected(
            form_type="early_help_assessment",
            people=(
                person("Sam Dawson", date(2011, 1, 20), True, ON1),
                person("Ruby Dawson", date(2008, 6, 6), True, ON1),
                person("Helen Dawson", date(1975, 3, 14), True, ON1),
            ),
            postcode="DY3 1AB",
            lead_professional_name="Natasha Quinn",
            lead_professional_email="n.quinn@sedgleyhub.example.gov.uk",
            level_of_need=None,
        ),
    ),
    CouncilCase(
        case_id="cumberland-eha-02",
        council="Cumberland Council",
        source_url=URL,
        source_title=TITLE,
        layout="flattened PDF of the same EHA with the Consent Form as 'Signed: Print name: Date:' lines: mum signs, the second "
        "line (for dad, who lives at home) is left blank",
        filename="referral.pdf",
        assessment_date=ON2,
        build=_cumberland_02,
        expected=Expected(
            form_type="early_help_assessment",
            people=(
                person("Poppy Wood", date(2017, 4, 13), False, ON2),
                person("Nicola Wood", date(1985, 7, 21), True, ON2),
                person("Gary Wood", date(1983, 1, 30), False, ON2),
            ),
            postcode="DY1 4RN",
            lead_professional_name="Owen Price",
            lead_professional_email="o.price@stourbridgehub.example.gov.uk",
            level_of_need=None,
            queue_reason="consent_missing",
        ),
    ),
)
