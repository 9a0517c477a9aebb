"""Blackpool: Early Help Assessment with the Blackpool levels of need, sent as a Word attachment."""

# ruff: noqa: E501  (wording follows the published page)

from datetime import date

from tests.councils.kit import (
    CB,
    DOCX_MIME,
    Heading,
    Mail,
    Para,
    Table,
    Title,
    as_bytes,
    grid,
    kv,
    person,
    render_docx,
)
from tests.councils.model import CouncilCase, Expected

URL = "https://blackpool.gov.uk/Residents/Education-and-schools/Local-offer/Early-help.aspx"
TITLE = "Blackpool Council – Early help (the right help, the right time, the right people, the right place; Levels of need: Level 1 Universal, Level 2 Universal Plus, Level 3 Intensive)"

LEVELS = (
    (
        "Level 1 needs - Universal",
        "Families weather challenges without help from services, or with advice from universal services.",
    ),
    (
        "Level 2 needs - Universal Plus",
        "Support from people who know the family well where advice and guidance has not been enough.",
    ),
    (
        "Level 3 needs - Intensive",
        "A small number of families experience significant challenges needing intensive support.",
    ),
    ("Level 4 needs", "Specialist / statutory services."),
)

ON = date(2026, 6, 17)


def _form() -> bytes:
    blocks = [
        Title(
            "Early Help Assessment",
            "Blackpool – the right help, the right time, the right people, the right place",
        ),
        Heading("Levels of need"),
        Table([[CB(i == 1, name), text] for i, (name, text) in enumerate(LEVELS)], [2, 4]),
        Heading("Family"),
        kv(
            ("Family address", "16 Hill Street, Quarry Bank, Brierley Hill"),
            ("Postcode", "DY5 2HT"),
            ("Home language", "English"),
            ("Interpreter needed?", "No"),
            per_row=2,
        ),
        grid(
            ["Name", "Date of birth", "Relationship", "Living at home?"],
            [
                ["Kerry-Ann Jukes", "02/08/1993", "Mother", "Yes"],
                ["Lacey Jukes", "10/10/2015", "Daughter", "Yes"],
                ["Bobby Jukes", "05/01/2019", "Son", "Yes"],
                ["Ashley Jukes", "", "Father", "No – Blackpool, FY1"],
            ],
        ),
        Heading("Who is completing this assessment?"),
        kv(
            ("Name", "Nicola Baggott"),
            ("Job title", "Pastoral Support"),
            ("Organisation", "Quarry Bank Primary, Thorns Road, Quarry Bank DY5 2JY"),
            ("Email", "n.baggott@qbprimary.example.sch.uk"),
            ("Date", "17/06/2026"),
            per_row=2,
        ),
        Heading("What is happening for the family?"),
        Table(
            [
                [
                    "The family moved from Blackpool to be near mum’s sister after dad left. Lacey is anxious and sleeps in mum’s bed; Bobby has no nursery place yet. "
                    "Mum would like parenting support and help to find a nursery – Level 2, Universal Plus."
                ]
            ]
        ),
        Heading("Family agreement"),
        Para(
            "I understand why this assessment has been done and I agree to it being shared with the people who can help my family."
        ),
        grid(["Name", "Signature", "Date"], [["Kerry-Ann Jukes", "K Jukes", "17/06/2026"]]),
    ]
    return render_docx(blocks)


def _build() -> bytes:
    msg = Mail(
        "Nicola Baggott <n.baggott@qbprimary.example.sch.uk>",
        "earlyhelp.frontdoor@dudley.example.gov.uk",
        "EHA attached - Jukes family",
        ON,
        hour=13,
    ).message()
    msg.set_content(
        "Hi,\n\nMum brought the Blackpool Early Help Assessment her old school started with her; I have completed it "
        "with her today as it covers everything. Attached.\n\nNicola\n"
    )
    msg.add_attachment(
        _form(), maintype=DOCX_MIME[0], subtype=DOCX_MIME[1], filename="EHA Jukes.docx"
    )
    return as_bytes(msg)


CASES: tuple[CouncilCase, ...] = (
    CouncilCase(
        case_id="heldout3-blackpool-eha-01",
        council="Blackpool Council",
        source_url=URL,
        source_title=TITLE,
        layout="email with the Word EHA attached: the levels of need as four ☒/☐ rows with their descriptions ('Level 2 needs - Universal Plus' ticked), household grid with the father 'No – Blackpool, FY1', school's DY5 2JY after the family",
        filename="message.eml",
        assessment_date=ON,
        build=_build,
        expected=Expected(
            form_type="early_help_assessment",
            people=(
                person("Kerry-Ann Jukes", date(1993, 8, 2), True, ON),
                person("Lacey Jukes", date(2015, 10, 10), False, ON),
                person("Bobby Jukes", date(2019, 1, 5), False, ON),
            ),
            postcode="DY5 2HT",
            lead_professional_name="Nicola Baggott",
            lead_professional_email="n.baggott@qbprimary.example.sch.uk",
            level_of_need=2,
        ),
    ),
)
