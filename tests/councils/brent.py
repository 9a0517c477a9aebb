"""Brent: Early Help Assessment (EHA), laid out as the Brent guidance notes describe the form."""

# ruff: noqa: E501  (labels and answers are copied verbatim from the published form)

from datetime import date

from tests.councils.kit import (
    Block,
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

URL = "https://docsbay.net/early-help-assessment-eha"
TITLE = "Brent Early Help Assessment (EHA) – Guidance notes for completing the EHA (4.2 Family’s details; 4.3 Referrer’s /Assessor’s details; 4.8 Consent for information sharing and storage)"


def _sos(d: dict[str, str]) -> list[Block]:
    return [
        Heading("Signs of Safety assessment"),
        kv(
            ("What are we worried about?", d["worried"]),
            ("What’s working well?", d["working"]),
            ("What needs to happen?", d["happen"]),
        ),
        Heading("Services already involved with the family"),
        grid(["Service", "Name", "Contact"], [[d["svc"], d["svc_name"], d["svc_tel"]]]),
        Heading("Goals and actions"),
        Table([[d["goals"]]]),
        Heading("Family’s views (including the voice of the child)"),
        Table([[d["views"]]]),
    ]


ON1 = date(2025, 5, 21)
D1 = {
    "purpose": "Request for a family support worker and parenting course.",
    "worried": "Marcus (11) is refusing to go to school; mum works nights and the children are often alone.",
    "working": "Warm relationship between mum and the children; Leah is doing well.",
    "happen": "Routine at home, attendance above 90%, mum to have support with childcare.",
    "svc": "School",
    "svc_name": "Mr J. Abbott, Learning Mentor",
    "svc_tel": "01632 960 982",
    "goals": "1. Marcus attends every day by half term. 2. Mum to start the Triple P course.",
    "views": "Marcus: “I don’t like the walk on my own.” Mum wants help to sort out mornings.",
}


def _brent_01() -> bytes:
    blocks: list[Block] = [
        Title("Early Help Assessment (EHA)"),
        Heading("Purpose of the EHA"),
        Table([[D1["purpose"]]]),
        Heading("Family’s details"),
        kv(
            ("Family name", "Fenton"),
            ("Address", "40 Cinder Bank, Netherton, Dudley"),
            ("Postcode", "DY2 9HF"),
            ("Home telephone", "07700 900 990"),
            per_row=2,
        ),
        grid(
            [
                "Surname",
                "First name",
                "Date of birth",
                "Gender",
                "Relationship to the child",
                "School / setting",
            ],
            [
                ["Fenton", "Marcus", "09/09/2013", "M", "Subject child", "Netherton Park School"],
                ["Fenton", "Leah", "12/12/2016", "F", "Sister", "Netherton Park School"],
                ["Fenton", "Tanya", "07/07/1987", "F", "Mother", ""],
            ],
        ),
        Heading("Referrer’s / Assessor’s details"),
        kv(
            ("Name", "Joanne Abbott"),
            ("Role", "Pastoral Manager"),
            ("Agency", "Netherton Park School"),
            ("Address", "Halesowen Road, Netherton DY2 8PG"),
            ("Telephone", "01632 960 981"),
            ("Email", "j.abbott@nethertonpark.example.sch.uk"),
            ("Date of assessment", "21/05/2025"),
            per_row=2,
        ),
        *_sos(D1),
        Heading("Consent for information sharing and storage"),
        Para(
            "I understand the information that is recorded on this form and that it will be stored and shared with the "
            "services named in this assessment to help my family."
        ),
        grid(["Name", "Signature", "Date"], [["Tanya Fenton", "T. Fenton", "21/05/2025"]]),
        Heading("Additional information"),
        Table([["None."]]),
    ]
    return render_docx(blocks)


ON2 = date(2026, 2, 12)
D2 = {
    "purpose": "Team Around the Family for Zara (11): attendance and anxiety; support for mum’s health.",
    "worried": "Zara has missed 14 days this term with stomach aches; Imran (15) has been excluded twice; mum has "
    "long-term back pain and dad works away.",
    "working": "Grandparents nearby help; the family want support; Yusuf (8) is settled.",
    "happen": "CAMHS advice for Zara, a mentor for Imran, and a carer’s assessment for mum.",
    "svc": "GP",
    "svc_name": "Dr R. Chaudhry",
    "svc_tel": "01632 960 997",
    "goals": "Zara attends 95% by Easter; Imran has no further exclusions; mum has an Occupational Health review.",
    "views": "Zara: “I get scared in the mornings.” Imran says he wants to stay at his school.",
}


def _brent_02() -> bytes:
    blocks: list[Block] = [
        Title("Early Help Assessment (EHA)"),
        Heading("Purpose of the EHA"),
        Table([[D2["purpose"]]]),
        Heading("Family’s details"),
        Table(
            [
                [L("Family name"), Span("AHMED / BEGUM", 3)],
                [L("Address"), "23 Coseley Road, Bilston", L("Postcode"), "WV14 9AA"],
            ]
        ),
        Para("Child this assessment is about", bold=True),
        kv(
            ("First name", "Zara"),
            ("Surname", "Ahmed"),
            ("Date of birth", "04/04/2014"),
            ("Gender", "Female"),
            ("School", "Coseley School"),
            ("UPN", "H330224401012"),
            per_row=2,
        ),
        Para("Brothers and sisters", bold=True),
        grid(
            ["First name", "Surname", "Date of birth", "Lives at home?", "School"],
            [
                ["Imran", "Ahmed", "20/11/2010", "Yes", "Coseley School"],
                ["Yusuf", "Ahmed", "15/01/2018", "Yes", "Roberts Primary"],
            ],
        ),
        Para("Parent / carer 1", bold=True),
        kv(
            ("Name", "Shazia Begum"),
            ("Relationship", "Mother"),
            ("Date of birth", "30/06/1986"),
            ("Address", "As above"),
            per_row=2,
        ),
        Para("Parent / carer 2", bold=True),
        kv(
            ("Name", "Tariq Ahmed"),
            ("Relationship", "Father"),
            ("Date of birth", "03/03/1983"),
            ("Address", "As above (works away Mon–Thu)"),
            per_row=2,
        ),
        Heading("Referrer’s / Assessor’s details"),
        kv(
            ("Name", "Helen Marsh"),
            ("Role", "Attendance and Welfare Officer"),
            ("Agency", "Coseley School"),
            ("Address", "Henne Drive, Coseley WV14 9JW"),
            ("Telephone", "01632 960 993"),
            ("Email", "h.marsh@coseley.example.sch.uk"),
            ("Date of assessment", "12/02/2026"),
            per_row=2,
        ),
        kv(
            (
                "Lead professional (if different from the assessor)",
                "Daniel Osei, Family Support Worker, Brierley Hill Family Centre",
            ),
            (
                "Lead professional telephone / email",
                "01632 960 995 / daniel.osei@familycentre.example.gov.uk",
            ),
            widths=[2, 3],
        ),
        *_sos(D2),
        Heading("Consent for information sharing and storage"),
        Para(
            "We, Shazia Begum, Tariq Ahmed and Imran Ahmed (aged 15), agree that the information in this assessment can be "
            "stored and shared with the services named in it. Zara has been told about the assessment and her views are "
            "recorded above."
        ),
        grid(
            ["Name", "Signature", "Date"],
            [
                ["Shazia Begum", "S Begum", "12/02/2026"],
                ["Tariq Ahmed", "consent gained verbally by phone", "12/02/2026"],
                ["Imran Ahmed", "Imran A", "12/02/2026"],
            ],
        ),
        Heading("Additional information"),
        Table([["Mum’s first language is Urdu; she is happy to speak English at meetings."]]),
    ]
    return render_docx(blocks)


CASES: tuple[CouncilCase, ...] = (
    CouncilCase(
        case_id="brent-eha-01",
        council="London Borough of Brent",
        source_url=URL,
        source_title=TITLE,
        layout="Word EHA in the guidance's section order (Purpose, Family's details, Referrer's/Assessor's details, Signs "
        "of Safety, services, goals, views, consent); one family table with the mother among the children",
        filename="referral.docx",
        assessment_date=ON1,
        build=_brent_01,
        expected=Expected(
            form_type="early_help_assessment",
            people=(
                person("Marcus Fenton", date(2013, 9, 9), False, ON1),
                person("Leah Fenton", date(2016, 12, 12), False, ON1),
                person("Tanya Fenton", date(1987, 7, 7), True, ON1),
            ),
            postcode="DY2 9HF",
            lead_professional_name="Joanne Abbott",
            lead_professional_email="j.abbott@nethertonpark.example.sch.uk",
            level_of_need=None,
        ),
    ),
    CouncilCase(
        case_id="brent-eha-02",
        council="London Borough of Brent",
        source_url=URL,
        source_title=TITLE,
        layout="Word EHA, hard: family name cell 'AHMED / BEGUM' merged across the grid; key child in label/value pairs, "
        "siblings in a table, each parent in a block ('As above'); lead professional named apart from the assessor; "
        "consent statement naming the 15-year-old",
        filename="referral.docx",
        assessment_date=ON2,
        build=_brent_02,
        expected=Expected(
            form_type="early_help_assessment",
            people=(
                person("Zara Ahmed", date(2014, 4, 4), False, ON2),
                person("Imran Ahmed", date(2010, 11, 20), True, ON2),
                person("Yusuf Ahmed", date(2018, 1, 15), False, ON2),
                person("Shazia Begum", date(1986, 6, 30), True, ON2),
                person("Tariq Ahmed", date(1983, 3, 3), True, ON2),
            ),
            postcode="WV14 9AA",
            lead_professional_name="Daniel Osei",
            lead_professional_email="daniel.osei@familycentre.example.gov.uk",
            level_of_need=None,
        ),
    ),
)
