"""Carers Trust: 'Anyone can make a referral on behalf of a carer if they have their permission';
a parent/guardian's permission is needed to register a young carer, and the young carer must
want the service (some do not want their parent/guardian to know). The referral form laid out
here is generic."""

# ruff: noqa: E501  (wording follows the published page)

from datetime import date

from tests.councils.kit import (
    CB,
    Heading,
    L,
    Para,
    Span,
    Table,
    Title,
    grid,
    kv,
    person,
    render_acroform,
    render_docx,
    render_pdf,
)
from tests.councils.model import CouncilCase, Expected
from tests.councils_heldout15._bits import yn
from tests.councils_heldout15._mail import FRONT_DOOR, with_attachment

URL = "https://www.carerstrusttw.org.uk/faqs/can-i-make-a-referral-on-behalf-of-a-carer"
TITLE = "Carers Trust – Can I make a referral on behalf of a carer? (anyone can refer with the carer's permission; parent/guardian's permission for a young carer; young carers who do not want their parent/guardian to know)"
COUNCIL = "Carers Trust (young carers referral)"

_PERMISSION = "Anyone can make a referral on behalf of a carer if they have their permission. We cannot register a child or young person without their parent/guardian's permission."

ON1 = date(2026, 9, 24)


def _b1() -> bytes:
    return render_docx(
        [
            Title("Young Carers Referral Form", "Carers Trust network partner"),
            Para(_PERMISSION),
            Table(
                [
                    [L("Is the young carer happy for you to make this referral?"), yn(True)],
                    [L("Has the parent/guardian given permission?"), yn(True)],
                    [L("Name of parent/guardian giving permission"), "Michelle Hadley (mum), 24/09/2026"],
                    [L("Young carer's agreement"), "Jade Hadley (15) – 'yes I want to come to the group'"],
                ]
            ),
            Heading("Young carer"),
            Table(
                [
                    [L("First name"), "Jade", L("Last name"), "Hadley"],
                    [L("Date of birth"), "03/07/2011", L("School"), "Pedmore High, DY9 0RX"],
                    [L("Address"), Span("27 Brook Street, Stourbridge DY8 4HB", 3)],
                ]
            ),
            Heading("Person(s) cared for"),
            grid(["Name", "Relationship", "Condition", "Lives with young carer?"], [["Michelle Hadley", "Mother", "Multiple sclerosis", "Yes"]]),
            Heading("Other household members"),
            grid(["Name", "Relationship", "Date of birth"], [["Michelle Hadley", "Mother", "14/02/1983"], ["Ruby Hadley", "Sister", "30/10/2019"]]),
            Heading("Significant others not living at home"),
            grid(["Name", "Relationship", "Address"], [["Darren Hadley", "Father", "Bilston WV14 9JW – weekends"]]),
            Heading("Referrer"),
            kv(("Name", "Sophie Turner"), ("Job title", "School Nurse"), ("Email", "sophie.turner@nhs.example.net"), ("Date of referral", "24/09/2026"), per_row=2),
        ]
    )


ON2 = date(2026, 10, 14)


def _b2() -> bytes:
    return render_acroform(
        [
            Title("Young Carers Referral Form"),
            Para(_PERMISSION),
            Table(
                [
                    [L("Is the young carer happy for you to make this referral?"), CB(True, "Yes", "yc_happy_yes"), CB(False, "No", "yc_happy_no")],
                    [L("Has the parent/guardian given permission?"), CB(False, "Yes", "pg_perm_yes"), CB(True, "No", "pg_perm_no")],
                    [L("If no, why not?"), Span("Nathan does not want his dad to know yet; we will visit him in school first.", 2)],
                ]
            ),
            Heading("Young carer"),
            kv(("First name", "Nathan"), ("Last name", "Price"), ("Date of birth", "11/01/2010"), ("Address", "3 Brettell Lane, Amblecote DY8 1AA"), per_row=2),
            Heading("Household"),
            grid(["Name", "Relationship", "Date of birth"], [["Wayne Price", "Father (cared for, alcohol dependency)", "05/05/1977"], ["Nathan Price", "Young carer", "11/01/2010"]]),
            Heading("Referrer"),
            kv(("Name", "Joanne Bates"), ("Job title", "Student Support Officer, Ridgewood"), ("Email", "joanne.bates@ridgewood.example.org"), ("Date", "14/10/2026"), per_row=2),
        ],
        title="Young Carers Referral",
    )


ON3 = date(2026, 11, 3)


def _pdf3() -> bytes:
    return render_pdf(
        [
            Title("Young Carers Referral Form"),
            Para(_PERMISSION),
            grid(
                ["Question", "Answer"],
                [
                    ["Is the young carer happy for you to make this referral?", "☒ Yes ☐ No"],
                    ["Has the parent/guardian given permission?", "☒ Yes ☐ No"],
                ],
            ),
            kv(("Young carer", "Harvey Chapman"), ("Date of birth", "03/11/2012"), ("Address", "90 Cinder Bank, Netherton, Dudley DY2 9HF"), per_row=1),
            Heading("Household"),
            grid(["Name", "Relationship", "Date of birth"], [["Kerry Chapman", "Mother", "21/06/1987"], ["Harvey Chapman", "Young carer", "03/11/2012"], ["Archie Chapman", "Brother (autism)", "17/02/2017"]]),
            Heading("Signatures"),
            grid(["Name", "Signature", "Date"], [["Kerry Chapman", "K Chapman", "03/11/2026"], ["Harvey Chapman", "Harvey C", "03/11/2026"]]),
            kv(("Referrer", "Liam Ward, Young Carers Lead, Netherton Park Primary"), ("Email", "liam.ward@netherton.example.org"), per_row=1),
        ],
        title="Young Carers Referral",
    )


def _b3() -> bytes:
    return with_attachment(
        "Liam Ward <liam.ward@netherton.example.org>",
        FRONT_DOOR,
        "Young carer referral - Harvey Chapman",
        ON3,
        "Hello,\n\nPlease find attached a young carers referral for Harvey, completed with him and his mum today (03/11/2026).\n\nThanks\nLiam Ward",
        _pdf3(),
        "YC referral Chapman.pdf",
    )


CASES: tuple[CouncilCase, ...] = (
    CouncilCase(
        "heldout15-carers-trust-01",
        COUNCIL,
        URL,
        TITLE,
        "Word young carers referral opening with the permission questions (Yes/No ticks, the parent named in a sentence, the young carer's own words), First name / Last name cells, father in Bilston WV14 9JW under significant others; school DY9 0RX",
        "referral.docx",
        ON1,
        _b1,
        Expected(
            "early_help_assessment",
            (
                person("Jade Hadley", date(2011, 7, 3), True, ON1),
                person("Michelle Hadley", date(1983, 2, 14), True, ON1),
                person("Ruby Hadley", date(2019, 10, 30), False, ON1),
            ),
            "DY8 4HB",
            "Sophie Turner",
            "sophie.turner@nhs.example.net",
            None,
        ),
    ),
    CouncilCase(
        "heldout15-carers-trust-02",
        COUNCIL,
        URL,
        TITLE,
        "fillable PDF with named checkbox fields: the young carer is happy but the parent/guardian has not been asked ('does not want his dad to know yet')",
        "referral.pdf",
        ON2,
        _b2,
        Expected(
            "early_help_assessment",
            (
                person("Nathan Price", date(2010, 1, 11), True, ON2),
                person("Wayne Price", date(1977, 5, 5), False, ON2),
            ),
            "DY8 1AA",
            "Joanne Bates",
            "joanne.bates@ridgewood.example.org",
            None,
            queue_reason="consent_missing",
        ),
    ),
    CouncilCase(
        "heldout15-carers-trust-03",
        COUNCIL,
        URL,
        TITLE,
        "email with a flattened PDF referral attached: the young carer is exactly 14 on the day and signs 'Harvey C'; permission answers as ☒ glyphs in a question grid",
        "message.eml",
        ON3,
        _b3,
        Expected(
            "early_help_assessment",
            (
                person("Harvey Chapman", date(2012, 11, 3), True, ON3),
                person("Kerry Chapman", date(1987, 6, 21), True, ON3),
                person("Archie Chapman", date(2017, 2, 17), False, ON3),
            ),
            "DY2 9HF",
            "Liam Ward",
            "liam.ward@netherton.example.org",
            None,
        ),
    ),
)
