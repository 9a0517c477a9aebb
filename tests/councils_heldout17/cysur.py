"""CYSUR, the regional safeguarding children board for Carmarthenshire, Ceredigion,
Pembrokeshire and Powys, from its joint annual report 2019-20 with CWMPAS (the adults board):
the objectives of a regional safeguarding board, multi-agency practice, the child at risk and
the 'right help at the right time' levels. The report describes the board, not a form: the
reports laid out here use plain labels with a four-level ticked threshold as the region's
framework has."""

# ruff: noqa: E501  (wording follows the published page)

from datetime import date

from tests.councils.kit import (
    CB,
    Boxes,
    Heading,
    L,
    Span,
    Table,
    Title,
    grid,
    kv,
    person,
    render_docx,
)
from tests.councils.model import CouncilCase, Expected
from tests.councils_heldout17._mail import FRONT_DOOR, with_attachment

URL = "https://docslib.org/doc/4860940/maww-safeguarding-report-annual-report-2019-20-final-7-3"
TITLE = "The Mid and West Safeguarding Children & Adults Boards (CYSUR and CWMPAS) – Annual Report 2019-2020"
COUNCIL = "CYSUR Regional Safeguarding Children Board"

_LEVELS = ("Level 1 – universal", "Level 2 – early help", "Level 3 – targeted", "Level 4 – care and support / protection")


def _levels(n: int) -> Table:
    return Table([[CB(i + 1 == n, t)] for i, t in enumerate(_LEVELS)])


ON1 = date(2026, 9, 24)


def _b1() -> bytes:
    return render_docx(
        [
            Title("Multi-agency referral – child or young person", "Right help at the right time"),
            kv(("Date", "24/09/2026"), ("Referrer", "Sgt Andrew Walsh, Police School Liaison"), ("Email", "andrew.walsh@police.example.net"), per_row=1),
            Heading("Which level best describes the child's needs? (tick one)"),
            _levels(4),
            Heading("Child"),
            kv(("Name", "Harley Stokes"), ("Date of birth", "12/12/2013"), ("Address", "90 Wolverhampton Street, Dudley DY1 1AA"), per_row=1),
            Heading("Household"),
            grid(["Name", "Relationship", "DOB"], [["Toni Stokes", "Mother", "08/08/1991"]]),
            Heading("Consent"),
            grid(["Name", "Signature", "Date"], [["Toni Stokes", "Toni Stokes", "24/09/2026"], ["Harley Stokes", "(12 – not asked)", ""]]),
        ]
    )


ON2 = date(2026, 10, 28)


def _b2() -> bytes:
    return render_docx(
        [
            Title("Request for early help – right help at the right time"),
            Table([[L("Date"), "28/10/26", L("Level of need"), Span("Level 2 – early help ☒", 1)]]),
            Heading("Children (SURNAME, Forename)"),
            grid(["Name", "DOB", "School"], [["PATEL, Riya", "09/01/2016", "Kingswinford Primary, DY6 9XE"], ["PATEL, Arjun", "30/05/2013", "Summerhill School"]]),
            Heading("Adults in the household (SURNAME, Forename)"),
            grid(["Name", "DOB", "Relationship"], [["PATEL, Meera", "17/03/1984", "Mother"], ["PATEL, Vikram", "22/07/1981", "Father"]]),
            kv(("Home address", "6 Oak Lane, Kingswinford, West Midlands, DY6 0LQ"), per_row=1),
            Heading("Lead professional"),
            kv(("Name", "Hannah Lowe"), ("Email", "hannah.lowe@earlyhelp.example.org"), per_row=2),
            Heading("Signatures"),
            grid(["Print name", "Signature", "Date"], [["Meera Patel", "M Patel", "28/10/26"], ["Vikram Patel", "V Patel", "28/10/26"], ["Arjun Patel", "A Patel", "28/10/26"]]),
        ]
    )


ON3 = date(2026, 11, 25)


def _doc3() -> bytes:
    return render_docx(
        [
            Title("Request for early help – right help at the right time"),
            kv(("Date", "25/11/2026"), ("Completed by", "Lowri Price, Health Visitor"), ("Email", "lowri.price@hv.example.net"), per_row=1),
            Heading("Child"),
            kv(("Name", "Freya Hall"), ("DOB", "01/07/2024"), ("Address", "17 New Road, Brierley Hill"), ("Postcode", "DY5 1AA"), per_row=2),
            Heading("Adults at home"),
            grid(["Name", "DOB", "Relationship"], [["Sophie Hall", "20/02/2002", "Mother"], ["Callum Reid", "11/11/1999", "Mother's partner"]]),
            Heading("Consent"),
            Table([[L("Has the family agreed?"), Boxes((CB(True, "Yes – mother"), CB(False, "Yes – all adults"), CB(False, "No")))], [L("Notes"), "Sophie Hall signed today. Callum Reid not yet asked – works away, home at weekends."]]),
            grid(["Name", "Signature", "Date"], [["Sophie Hall", "S Hall", "25/11/2026"]]),
        ]
    )


def _b3() -> bytes:
    return with_attachment(
        "Lowri Price <lowri.price@hv.example.net>",
        FRONT_DOOR,
        "Early help request - Freya Hall",
        ON3,
        "Hello, please see the attached early help request for Freya and her mum.\n\nLowri Price\nHealth Visitor",
        _doc3(),
        "early_help_request_Hall.docx",
    )


CASES: tuple[CouncilCase, ...] = (
    CouncilCase(
        "heldout17-cysur-01",
        COUNCIL,
        URL,
        TITLE,
        "Word multi-agency referral with a one-column table of four level statements, ☒ 'Level 4 – care and support / protection'",
        "referral.docx",
        ON1,
        _b1,
        Expected(
            "early_help_assessment",
            (person("Harley Stokes", date(2013, 12, 12), False, ON1), person("Toni Stokes", date(1991, 8, 8), True, ON1)),
            "DY1 1AA",
            "Andrew Walsh",
            "andrew.walsh@police.example.net",
            4,
            safeguarding=True,
            queue_reason="safeguarding_concern",
        ),
    ),
    CouncilCase(
        "heldout17-cysur-02",
        COUNCIL,
        URL,
        TITLE,
        "Word request with 'SURNAME, Forename' grids, dd/mm/yy dates, 'Level 2 – early help ☒' in one cell and a school postcode DY6 9XE in the children's grid",
        "referral.docx",
        ON2,
        _b2,
        Expected(
            "early_help_assessment",
            (
                person("Riya Patel", date(2016, 1, 9), False, ON2),
                person("Arjun Patel", date(2013, 5, 30), True, ON2),
                person("Meera Patel", date(1984, 3, 17), True, ON2),
                person("Vikram Patel", date(1981, 7, 22), True, ON2),
            ),
            "DY6 0LQ",
            "Hannah Lowe",
            "hannah.lowe@earlyhelp.example.org",
            2,
        ),
    ),
    CouncilCase(
        "heldout17-cysur-03",
        COUNCIL,
        URL,
        TITLE,
        "e-mail with a Word request attached: consent boxes ☒ 'Yes – mother' only and a note that the mother's partner at home is 'not yet asked'",
        "message.eml",
        ON3,
        _b3,
        Expected(
            "early_help_assessment",
            (person("Freya Hall", date(2024, 7, 1), False, ON3), person("Sophie Hall", date(2002, 2, 20), True, ON3), person("Callum Reid", date(1999, 11, 11), False, ON3)),
            "DY5 1AA",
            "Lowri Price",
            "lowri.price@hv.example.net",
            None,
            queue_reason="consent_missing",
        ),
    ),
)
