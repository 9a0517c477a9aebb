"""Kinship (formerly Grandparents Plus): support for special guardians and other kinship carers
(Kinship Response, commissioned by local authorities and regional adoption agencies; member
local authorities make a referral for a special guardian)."""

# ruff: noqa: E501  (wording follows the published page)

from datetime import date

from tests.councils.kit import (
    CB,
    Boxes,
    F,
    Heading,
    Para,
    Title,
    grid,
    kv,
    person,
    render_acroform,
    render_docx,
)
from tests.councils.model import CouncilCase, Expected

URL = "https://kinship.org.uk/for-professionals/kinship-response-2/"
TITLE = "Kinship (formerly Grandparents Plus) – Kinship Response: support for special guardians and other kinship carers (commissioned by regional adoption agencies and local authorities; if you work for one of our member local authorities and wish to make a referral for a special guardian)"
COUNCIL = "Kinship (formerly Grandparents Plus)"

_HEAD = [
    Title("Kinship Response – Professional Referral", "For special guardians and other kinship carers"),
    Para("Kinship carers are grandparents, siblings, aunts, uncles or friends raising a child whose parents cannot care for them."),
]


ON1 = date(2026, 9, 22)


def _b1() -> bytes:
    return render_docx(
        [
            *_HEAD,
            Heading("Referring professional"),
            kv(
                ("Name", "Lorna Beech"),
                ("Job title", "Kinship Support Social Worker"),
                ("Member local authority", "Fostering and Kinship Service, Dudley"),
                ("Email", "lorna.beech@dudley.example.gov.uk"),
                ("Date", "22/09/2026"),
                per_row=2,
            ),
            Heading("Kinship carer(s) (SURNAME, Forename)"),
            grid(
                ["Name", "Date of birth", "Relationship to child", "Legal order"],
                [["TRANTER, Pauline", "05/05/1962", "Maternal grandmother", "Special Guardianship Order (2023)"]],
            ),
            kv(("Carer's address", "50 Priory Street, Dudley DY1 2QP")),
            Heading("Children in the kinship household (SURNAME, Forename)"),
            grid(
                ["Name", "Date of birth"],
                [["TRANTER, Lacey", "02/02/2014"], ["TRANTER, Mason", "08/08/2017"]],
            ),
            Heading("Birth parents"),
            grid(["Name", "Address", "Contact"], [["TRANTER, Chelsea (mum)", "Walsall WS1 3AA", "Supervised, monthly"], ["Not known (dad)", "", ""]]),
            Heading("What support is needed?"),
            Para("Pauline (64) has arthritis and is struggling with Lacey's behaviour since contact resumed; advice on the SGO allowance review and a peer support group; Early Help family support requested alongside."),
            Heading("Consent"),
            kv(("Carer agrees to this referral and to information being shared", "Yes – Pauline Tranter, signed 22/09/2026")),
        ]
    )


ON2 = date(2026, 11, 9)


def _three(prefix: str, d: str, m: str, y: str) -> list[F]:
    return [F(d, f"{prefix} DOB dd"), F(m, f"{prefix} DOB mm"), F(y, f"{prefix} DOB yyyy")]


def _b2() -> bytes:
    return render_acroform(
        [
            *_HEAD,
            Heading("Referring professional"),
            kv(
                ("Name", F("Priya Shah", "Referrer name")),
                ("Organisation", F("Kinship support service, Cradley Road, Halesowen B63 3HN", "Referrer org")),
                ("Email", F("priya.shah@kinshipservice.example.org", "Referrer email")),
                ("Date", F("09/11/2026", "Referral date")),
            ),
            Heading("Kinship household"),
            kv(("Address", F("23 Hagley Road, Halesowen", "Household address")), ("Postcode", F("B62 8AA", "Household postcode"))),
            grid(
                ["First name", "Last name", "DOB day", "DOB month", "DOB year", "Relationship"],
                [
                    [F("Marie", "M1 first"), F("Doherty", "M1 last"), *_three("M1", "03", "03", "1983"), "Aunt (kinship carer, Child Arrangements Order)"],
                    [F("Shannon", "M2 first"), F("Kelly", "M2 last"), *_three("M2", "06", "06", "2011"), "Niece"],
                    [F("Ryan", "M3 first"), F("Kelly", "M3 last"), *_three("M3", "10", "10", "2016"), "Nephew"],
                ],
            ),
            Heading("Consent"),
            kv(
                ("Carer consents", Boxes((CB(True, "Yes", "Carer consent Yes"), CB(False, "No", "Carer consent No")))),
                ("Young person (if 13+) consents", Boxes((CB(True, "Yes – Shannon", "YP consent Yes"), CB(False, "No", "YP consent No")))),
            ),
        ],
        title="Kinship Response referral",
    )


ON3 = date(2026, 12, 2)


def _b3() -> bytes:
    return render_docx(
        [
            *_HEAD,
            Heading("Referring professional"),
            kv(
                ("Name", "Ruth Hadley"),
                ("Job title", "Family Liaison Officer"),
                ("Organisation", "Summerhill School, Kingswinford DY6 9XE"),
                ("Email", "ruth.hadley@summerhill.example.org"),
                ("Date", "2 December 2026"),
                per_row=2,
            ),
            Heading("Kinship household"),
            kv(("Address", "9 Stallings Lane, Kingswinford"), ("Postcode", "DY6 0LQ"), per_row=2),
            grid(
                ["Family name", "Given names", "Date of birth", "Relationship"],
                [
                    ["OSEI", "Nathaniel Kwame", "4 April 2004", "Brother (kinship carer, SGO)"],
                    ["OSEI", "Abena", "2 December 2012", "Sister"],
                    ["OSEI", "Ama", "5 May 2015", "Sister"],
                ],
            ),
            Para("Parents: mum died 2024; dad lives in Accra, no contact."),
            Heading("What support is needed?"),
            Para("Nathaniel (22) is working full time and studying; sisters' grief; Abena (14 today) wants a mentor. Family asks for sibling kinship support and Early Help."),
            Heading("Consent"),
            kv(("Signed", "N. K. Osei"), ("Print name", "Nathaniel Osei"), ("Date", "2 December 2026"), per_row=3),
            kv(("Signed", "Abena Osei"), ("Print name", "Abena Osei"), ("Date", "2 December 2026"), per_row=3),
        ]
    )


CASES: tuple[CouncilCase, ...] = (
    CouncilCase(
        "heldout13-kinship-01",
        COUNCIL,
        URL,
        TITLE,
        "Word professional referral with names written 'SURNAME, Forename': grandmother special guardian with her address and postcode in one line, children grid, birth mother in Walsall under Birth parents; carer's consent in words",
        "referral.docx",
        ON1,
        _b1,
        Expected(
            "early_help_assessment",
            (
                person("Pauline Tranter", date(1962, 5, 5), True, ON1),
                person("Lacey Tranter", date(2014, 2, 2), False, ON1),
                person("Mason Tranter", date(2017, 8, 8), False, ON1),
            ),
            "DY1 2QP",
            "Lorna Beech",
            "lorna.beech@dudley.example.gov.uk",
            None,
        ),
    ),
    CouncilCase(
        "heldout13-kinship-02",
        COUNCIL,
        URL,
        TITLE,
        "fillable PDF: dates of birth in three fields (day / month / year), aunt carer with a different surname from the children, referrer at B63 3HN; Yes checkboxes for the carer and 'Yes – Shannon' (15)",
        "referral.pdf",
        ON2,
        _b2,
        Expected(
            "early_help_assessment",
            (
                person("Marie Doherty", date(1983, 3, 3), True, ON2),
                person("Shannon Kelly", date(2011, 6, 6), True, ON2),
                person("Ryan Kelly", date(2016, 10, 10), False, ON2),
            ),
            "B62 8AA",
            "Priya Shah",
            "priya.shah@kinshipservice.example.org",
            None,
        ),
    ),
    CouncilCase(
        "heldout13-kinship-03",
        COUNCIL,
        URL,
        TITLE,
        "Word referral with 'Family name | Given names' grid and dates written '2 December 2012': a 22-year-old brother as kinship carer; a sister exactly 14 today signs on a 'Signed / Print name / Date' line",
        "referral.docx",
        ON3,
        _b3,
        Expected(
            "early_help_assessment",
            (
                person("Nathaniel Kwame Osei", date(2004, 4, 4), True, ON3),
                person("Abena Osei", date(2012, 12, 2), True, ON3),
                person("Ama Osei", date(2015, 5, 5), False, ON3),
            ),
            "DY6 0LQ",
            "Ruth Hadley",
            "ruth.hadley@summerhill.example.org",
            None,
        ),
    ),
)
