"""Neath Port Talbot County Borough Council: the Adults' and Children's Single Point of Contact
Team (SPOC) – contacting Social Services, help for carers, how the person wishes to communicate
(assessment in English or Welsh, an interpreter or sign language)."""

# ruff: noqa: E501  (wording follows the published page)

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
    render_html,
    render_pdf,
)
from tests.councils.model import CouncilCase, Expected
from tests.councils_heldout14._bits import yn
from tests.councils_heldout14._mail import FRONT_DOOR, html_only

URL = "https://www.npt.gov.uk/1107"
TITLE = "Neath Port Talbot County Borough Council – Help for Carers (contacting Social Services: the Adult's and Children's Single Point of Contact Team (SPOC); the assessment can be conducted in English or Welsh)"
COUNCIL = "Neath Port Talbot County Borough Council (Single Point of Contact)"

_HEAD = [
    Title("Single Point of Contact (SPOC) – Children's Contact Form", "Ffurflen Gyswllt / Contact Form"),
    Para("Please tell us how the family wishes to communicate. The assessment can be conducted in English or Welsh; an interpreter can be arranged, including sign language."),
]


def _lang(welsh: bool) -> Boxes:
    return Boxes((CB(welsh, "Cymraeg / Welsh"), CB(not welsh, "Saesneg / English"), CB(False, "Other / interpreter")))


ON1 = date(2026, 9, 8)


def _b1() -> bytes:
    return render_docx(
        [
            *_HEAD,
            Heading("1. Person making contact"),
            Table(
                [
                    [L("Name"), "Bethan Hopkins", L("Role"), "School Nurse"],
                    [L("Base"), Span("Kingswinford Health Centre, Standhills Road, Kingswinford DY6 9XE", 3)],
                    [L("Telephone"), "01632 960871", L("Email"), "bethan.hopkins@nhs.example.net"],
                    [L("Date of contact"), Span("08/09/2026", 3)],
                ]
            ),
            Heading("2. Household"),
            kv(("Address", "12 Moss Grove, Kingswinford"), ("Postcode", "DY6 0LQ"), ("Preferred language", _lang(True)), per_row=1),
            grid(
                ["Surname", "Forename(s)", "Date of birth", "Relationship", "Communication needs"],
                [
                    ["Llewellyn", "Siân", "17/07/1981", "Mother", "Welsh first language"],
                    ["Llewellyn", "Owain Rhys", "04/04/2008", "Son", "—"],
                    ["Llewellyn", "Megan", "29/11/2013", "Daughter", "—"],
                ],
            ),
            Heading("3. Person cared for"),
            kv(("Who is cared for?", "Siân (mum) – multiple sclerosis, uses a wheelchair outdoors"), ("Help the carer gives", "Megan (12) helps with meals and medication; Owain (18) works nights")),
            Heading("4. What help is needed?"),
            Para("A break from caring for Megan, a carer's assessment for Owain and equipment for the home. Family asks for a Welsh-speaking worker if possible."),
            Heading("5. Consent"),
            kv(
                ("Has the family agreed to this contact?", yn(True, "Do / Yes", "Naddo / No")),
                ("Who agreed?", "Siân Llewellyn and Owain Llewellyn, both on 08/09/2026 at the home visit."),
            ),
        ]
    )


ON2 = date(2026, 10, 20)


def _b2() -> bytes:
    return render_pdf(
        [
            *_HEAD,
            Heading("Person making contact"),
            kv(
                ("Name", "Gareth Pryce"),
                ("Organisation", "Young Carers Lead, Crestwood School, Bromley Lane, Kingswinford DY6 9XE"),
                ("Email", "gareth.pryce@crestwood.example.org"),
                ("Date", "20.10.2026"),
                per_row=2,
            ),
            Heading("The young carer"),
            kv(("Name", "Rhys Morgan"), ("Date of birth", "20.10.2012"), ("Address", "3 Ashwood Drive, Wordsley, Stourbridge"), ("Postcode", "DY6 7AA"), per_row=2),
            Heading("Who else lives at home?"),
            grid(
                ["Name", "Date of birth", "Relationship", "Needs care?"],
                [["Carys Morgan", "06.06.1987", "Mum", "Yes – bipolar disorder"], ["Efa Morgan", "15.01.2020", "Sister", "No"]],
            ),
            kv(("Preferred language", _lang(False))),
            Heading("Consent (young people aged 14 and over sign for themselves)"),
            grid(
                ["Signed", "Print name", "Date"],
                [["C. Morgan", "Carys Morgan", "20.10.2026"], ["R Morgan", "Rhys Morgan (14 today)", "20.10.2026"]],
            ),
        ],
        title="NPT SPOC contact",
    )


ON3 = date(2026, 11, 30)


def _blocks3() -> list[object]:
    return [
        *_HEAD,
        Heading("Person making contact"),
        kv(("Name", "PC 4471 Nia Roberts"), ("Organisation", "Public Protection Unit"), ("Email", "nia.roberts@police.example.net"), ("Date", "30/11/2026"), per_row=2),
        Heading("Child / household"),
        kv(("Address", "9 Mount Pleasant, Dudley"), ("Postcode", "DY1 1AA")),
        grid(
            ["Name", "Date of birth", "Relationship"],
            [["Kelly Price", "10/10/1996", "Mother"], ["Ellis Price", "03/03/2021", "Son"]],
        ),
        Heading("Concerns"),
        Para("Police attended a domestic incident at 02:10; Ellis (5) was in the room; mother's partner arrested."),
        kv(
            ("Is the child at risk of significant harm?", Boxes((CB(True, "Yes"), CB(False, "No")))),
            ("Has the family agreed to this contact?", "No – not sought (child protection referral)"),
        ),
    ]


def _b3() -> bytes:
    return html_only(
        "Nia Roberts <nia.roberts@police.example.net>",
        FRONT_DOOR,
        "SPOC contact - PRICE - risk of significant harm",
        ON3,
        "This message is in HTML format.",
        render_html(_blocks3()),
    )


CASES: tuple[CouncilCase, ...] = (
    CouncilCase(
        "heldout14-npt-01",
        COUNCIL,
        URL,
        TITLE,
        "Word SPOC contact form with bilingual tick boxes (Cymraeg / Saesneg): school nurse's base DY6 9XE in a merged row; Surname | Forename(s) grid with a Welsh middle name; agreement named in a sentence for mum and the 18-year-old",
        "referral.docx",
        ON1,
        _b1,
        Expected(
            "early_help_assessment",
            (
                person("Siân Llewellyn", date(1981, 7, 17), True, ON1),
                person("Owain Rhys Llewellyn", date(2008, 4, 4), True, ON1),
                person("Megan Llewellyn", date(2013, 11, 29), False, ON1),
            ),
            "DY6 0LQ",
            "Bethan Hopkins",
            "bethan.hopkins@nhs.example.net",
            None,
        ),
    ),
    CouncilCase(
        "heldout14-npt-02",
        COUNCIL,
        URL,
        TITLE,
        "flattened PDF young carer contact with dates written 20.10.2012: the young carer is exactly 14 on the day and signs on a 'Signed | Print name | Date' grid with mum",
        "referral.pdf",
        ON2,
        _b2,
        Expected(
            "early_help_assessment",
            (
                person("Rhys Morgan", date(2012, 10, 20), True, ON2),
                person("Carys Morgan", date(1987, 6, 6), True, ON2),
                person("Efa Morgan", date(2020, 1, 15), False, ON2),
            ),
            "DY6 7AA",
            "Gareth Pryce",
            "gareth.pryce@crestwood.example.org",
            None,
        ),
    ),
    CouncilCase(
        "heldout14-npt-03",
        COUNCIL,
        URL,
        TITLE,
        "HTML-only email (text part a stub) of the SPOC form from a police officer: 'Is the child at risk of significant harm?' ☒ Yes; family agreement not sought",
        "message.eml",
        ON3,
        _b3,
        Expected(
            "early_help_assessment",
            (
                person("Kelly Price", date(1996, 10, 10), False, ON3),
                person("Ellis Price", date(2021, 3, 3), False, ON3),
            ),
            "DY1 1AA",
            "Nia Roberts",
            "nia.roberts@police.example.net",
            None,
            safeguarding=True,
            queue_reason="safeguarding_concern",
        ),
    ),
)
