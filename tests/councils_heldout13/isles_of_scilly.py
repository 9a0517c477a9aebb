"""Council of the Isles of Scilly, Children's and Family Services: Early Help (intervention /
family support), Children in Need and those at risk of significant harm; multi agency Child In
Need meetings. Families moving from the islands to Dudley, referred on the council's forms."""

# ruff: noqa: E501  (wording follows the published page)

from datetime import date

from tests.councils.kit import (
    CB,
    Boxes,
    Heading,
    Para,
    Title,
    grid,
    kv,
    person,
    render_docx,
    render_html,
    render_pdf,
)
from tests.councils.model import CouncilCase, Expected
from tests.councils_heldout13._mail import FRONT_DOOR, html_only

URL = "https://localofferscilly.org.uk/childrens-social-care"
TITLE = "Council of the Isles of Scilly – Children's Social Care (Children's and Family Services offer Early Help – intervention/family support, Children in Need and those at risk of significant harm; multi agency Child In Need meetings; short term family support)"
COUNCIL = "Council of the Isles of Scilly (Children's and Family Services)"

_HEAD = [
    Title("Children's and Family Services – Early Help Referral / Transfer", "Council of the Isles of Scilly"),
    Para("Use this form to request Early Help – intervention / family support, or to transfer a family's support to another local authority."),
]


def _need(level: str) -> list[object]:
    return [
        Heading("Type of need"),
        kv(
            ("Need", Boxes((
                CB(level == "eh", "Early Help – intervention / family support"),
                CB(level == "cin", "Child in Need"),
                CB(level == "sh", "At risk of significant harm"),
            ))),
        ),
    ]


ON1 = date(2026, 10, 1)


def _b1() -> bytes:
    return render_pdf(
        [
            *_HEAD,
            *_need("eh"),
            Heading("Referrer"),
            kv(
                ("Name", "Tamsin Pender"),
                ("Role", "Family Support Worker"),
                ("Address", "Children's and Family Services, Town Hall, St Mary's, Isles of Scilly TR21 0LW"),
                ("Email", "tamsin.pender@scilly.example.gov.uk"),
                ("Date", "01/10/2026"),
                per_row=2,
            ),
            Heading("Family"),
            kv(
                ("New address", "12 Mount Pleasant, Kingswinford"),
                ("Postcode", "DY6 7AA"),
                ("Previous address", "Porthloo, St Mary's, Isles of Scilly TR21 0NF"),
                ("Date of move", "19/09/2026"),
                per_row=2,
            ),
            grid(
                ["First name", "Surname", "Date of birth", "Relationship"],
                [
                    ["Lowenna", "Jenkins", "03/03/1991", "Mum"],
                    ["Piran", "Jenkins", "09/09/2013", "Son"],
                    ["Elowen", "Jenkins", "01/01/2016", "Daughter"],
                ],
            ),
            Heading("Support so far"),
            Para("Short term family support on St Mary's since March (routines, Piran's school refusal, mum's isolation after separation). Family moved to be near mum's sister; support to continue in Dudley."),
            Heading("Consent"),
            kv(("Parent consent to transfer and share information", "Signed: Lowenna Jenkins   Date: 01/10/2026")),
        ],
        title="Early Help Referral / Transfer",
    )


ON2 = date(2026, 11, 4)


def _b2() -> bytes:
    return render_docx(
        [
            *_HEAD,
            *_need("eh"),
            Heading("Referrer"),
            kv(
                ("Name", "Tegen Ellis"),
                ("Role", "Early Help Practitioner"),
                ("Address", "Carn Thomas, St Mary's TR21 0PT"),
                ("Email", "tegen.ellis@scilly.example.gov.uk"),
                ("Date", "04/11/2026"),
                per_row=2,
            ),
            Heading("Family"),
            kv(
                ("Current address", "Staying with relatives in Dudley (Netherton area) – address to be confirmed"),
                ("Postcode", "TBC"),
                ("Previous address", "Higher Town, St Agnes, Isles of Scilly TR22 0PL"),
                per_row=2,
            ),
            grid(
                ["First name", "Surname", "Date of birth", "Relationship"],
                [
                    ["Jago", "Hicks", "08/08/1988", "Dad"],
                    ["Demelza", "Hicks", "14/02/1990", "Mum"],
                    ["Morwenna", "Hicks", "07/07/2011", "Daughter"],
                    ["Kit", "Hicks", "03/03/2019", "Son"],
                ],
            ),
            Heading("Reason"),
            Para("Dad's seasonal work ended; tenancy lost. Family need housing advice, school places for Morwenna and Kit and family support."),
            Heading("Consent"),
            grid(
                ["Name", "Signature", "Date"],
                [
                    ["Jago Hicks", "J Hicks", "04/11/2026"],
                    ["Demelza Hicks", "D Hicks", "04/11/2026"],
                    ["Morwenna Hicks", "Morwenna", "04/11/2026"],
                ],
            ),
        ]
    )


ON3 = date(2026, 11, 25)


def _blocks3() -> list[object]:
    return [
        *_HEAD,
        *_need("sh"),
        Heading("Referrer"),
        kv(
            ("Name", "Kerensa Trewin"),
            ("Role", "School Nurse (previously Isles of Scilly)"),
            ("Address", "Dudley Health Centre, DY1 2HQ"),
            ("Email", "kerensa.trewin@nhs.example.net"),
            ("Date", "25/11/2026"),
            per_row=2,
        ),
        Heading("Family"),
        kv(("Address", "31 Wolverhampton Street, Dudley"), ("Postcode", "DY1 1AA"), per_row=2),
        grid(
            ["First name", "Surname", "Date of birth", "Relationship"],
            [["Sarah", "Woodcock", "04/04/1994", "Mum"], ["Liam", "Woodcock", "10/10/2019", "Son"], ["Freya", "Woodcock", "06/06/2024", "Daughter"]],
        ),
        Heading("Concerns"),
        Para("Liam (7) has a burn on his forearm with an inconsistent explanation; Freya missed her 12-month checks. Mum's ex-partner (subject to a non-molestation order) seen at the address."),
        Heading("Consent"),
        kv(("Has the parent been informed?", "No – advice from MASH is not to inform mum before the strategy discussion.")),
    ]


def _b3() -> bytes:
    return html_only(
        "Kerensa Trewin <kerensa.trewin@nhs.example.net>",
        FRONT_DOOR,
        "Referral - WOODCOCK - at risk of significant harm",
        ON3,
        "HTML version only.",
        render_html(_blocks3()),
    )


CASES: tuple[CouncilCase, ...] = (
    CouncilCase(
        "heldout13-isles-of-scilly-01",
        COUNCIL,
        URL,
        TITLE,
        "flattened PDF transfer of Early Help from the islands: referrer's St Mary's TR21 0LW address first; new address and postcode beside the previous island address (TR21 0NF); First name | Surname grid; 'Signed: … Date:' consent line",
        "referral.pdf",
        ON1,
        _b1,
        Expected(
            "early_help_assessment",
            (
                person("Lowenna Jenkins", date(1991, 3, 3), True, ON1),
                person("Piran Jenkins", date(2013, 9, 9), False, ON1),
                person("Elowen Jenkins", date(2016, 1, 1), False, ON1),
            ),
            "DY6 7AA",
            "Tamsin Pender",
            "tamsin.pender@scilly.example.gov.uk",
            None,
        ),
    ),
    CouncilCase(
        "heldout13-isles-of-scilly-02",
        COUNCIL,
        URL,
        TITLE,
        "Word referral: current address 'staying with relatives in Dudley – address to be confirmed', Postcode 'TBC'; only the previous St Agnes postcode (TR22 0PL) is given; all 14+ sign",
        "referral.docx",
        ON2,
        _b2,
        Expected(
            "early_help_assessment",
            (
                person("Jago Hicks", date(1988, 8, 8), True, ON2),
                person("Demelza Hicks", date(1990, 2, 14), True, ON2),
                person("Morwenna Hicks", date(2011, 7, 7), True, ON2),
                person("Kit Hicks", date(2019, 3, 3), False, ON2),
            ),
            None,
            "Tegen Ellis",
            "tegen.ellis@scilly.example.gov.uk",
            None,
            queue_reason="postcode_missing",
        ),
    ),
    CouncilCase(
        "heldout13-isles-of-scilly-03",
        COUNCIL,
        URL,
        TITLE,
        "HTML-only email of the form as tables: 'At risk of significant harm' ticked in the type-of-need row; mum not informed on MASH advice",
        "message.eml",
        ON3,
        _b3,
        Expected(
            "early_help_assessment",
            (
                person("Sarah Woodcock", date(1994, 4, 4), False, ON3),
                person("Liam Woodcock", date(2019, 10, 10), False, ON3),
                person("Freya Woodcock", date(2024, 6, 6), False, ON3),
            ),
            "DY1 1AA",
            "Kerensa Trewin",
            "kerensa.trewin@nhs.example.net",
            None,
            safeguarding=True,
            queue_reason="safeguarding_concern",
        ),
    ),
)
