"""Rainbow Trust Children's Charity: Family Support Workers giving expert practical and emotional
support to families with a life-threatened or seriously ill child (the whole family: parents,
carers and siblings, at home, in hospital and in the community)."""

# ruff: noqa: E501  (wording follows the published page)

from datetime import date

from tests.councils.kit import (
    CB,
    Boxes,
    F,
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
)
from tests.councils.model import CouncilCase, Expected
from tests.councils_heldout14._mail import FRONT_DOOR, with_attachment

URL = "https://readkong.com/page/families-first-spring-summer-2022-inside-rainbow-trust-7648164"
TITLE = "Families First, Spring/Summer 2022 – Inside Rainbow Trust (Family Support Workers supporting families with a life-threatened child; what parents and carers say; what the children say)"
COUNCIL = "Rainbow Trust Children's Charity"

_HEAD = [
    Title("Rainbow Trust – Family Referral", "Support for families with a child who has a life-threatening or terminal illness"),
]

ON1 = date(2026, 9, 24)


def _b1() -> bytes:
    return render_docx(
        [
            *_HEAD,
            Heading("Referrer"),
            Table(
                [
                    [L("Name"), "Sarah Whitfield", L("Role"), "Paediatric Oncology Outreach Nurse"],
                    [L("Address"), Span("Oncology Outreach, Children's Hospital, Steelhouse Lane, Birmingham B4 6NH", 3)],
                    [L("Email"), "sarah.whitfield@nhs.example.net", L("Date"), "24/09/2026"],
                ]
            ),
            Heading("The child who is ill"),
            kv(("Name", "Poppy Harris"), ("Date of birth", "12/05/2020"), ("Diagnosis", "Neuroblastoma (high risk), on treatment"), per_row=1),
            Heading("Family home"),
            kv(("Address", "63 Manor Way, Halesowen"), ("Postcode", "B62 8AA"), per_row=2),
            Heading("Parents / carers and siblings at home"),
            grid(
                ["Name", "Relationship to child", "Date of birth", "Consent to referral"],
                [
                    ["Laura Harris", "Mum", "28/02/1990", "Signature held on file"],
                    ["Ben Harris", "Dad", "15/10/1988", "Signature held on file"],
                    ["Oscar Harris", "Brother", "06/01/2015", "n/a"],
                ],
            ),
            Heading("What support would help?"),
            Para("Transport to hospital appointments, sibling support for Oscar (11), emotional support for both parents; Early Help to coordinate school support for Oscar."),
        ]
    )


ON2 = date(2026, 10, 29)


def _b2() -> bytes:
    return render_acroform(
        [
            *_HEAD,
            Heading("Referrer"),
            kv(
                ("Name", F("Megan Lowe", "referrer_name")),
                ("Role / organisation", F("Community Children's Nurse, Bilston Road Clinic WV14 6PD", "referrer_org")),
                ("Email", F("megan.lowe@nhs.example.net", "referrer_email")),
                ("Date", F("29/10/2026", "referral_date")),
            ),
            Heading("The child who is ill"),
            kv(("Name", F("Theo Bennett", "child_name")), ("Date of birth", F("21/07/2023", "child_dob")), ("Condition", F("Complex congenital heart disease, awaiting surgery", "child_condition"))),
            Heading("Family home"),
            kv(("Address", F("14 Avenue Road, Coseley", "home_address")), ("Postcode", F("WV14 9AA", "home_postcode"))),
            grid(
                ["Name", "Relationship", "Date of birth"],
                [
                    [F("Jodie Bennett", "member1_name"), F("Mum", "member1_rel"), F("03/09/1995", "member1_dob")],
                    [F("Craig Bennett", "member2_name"), F("Dad", "member2_rel"), F("11/04/1993", "member2_dob")],
                ],
            ),
            Heading("Consent"),
            kv(
                ("Mum has agreed to this referral", Boxes((CB(True, "Yes", "consent_mum_yes"), CB(False, "No", "consent_mum_no")))),
                ("Dad has agreed to this referral", Boxes((CB(False, "Yes", "consent_dad_yes"), CB(False, "No", "consent_dad_no")))),
                ("If not, why not?", F("Dad not yet asked – works away, will be spoken to at the first visit", "consent_notes")),
            ),
        ],
        title="Rainbow Trust referral",
    )


ON3 = date(2026, 12, 3)


def _docx3() -> bytes:
    return render_docx(
        [
            *_HEAD,
            Heading("Referrer"),
            kv(("Name", "Rev. Paul Adeyemi"), ("Role", "Hospice Family Support Lead"), ("Email", "paul.adeyemi@hospice.example.org"), ("Date", "03/12/2026"), per_row=2),
            Heading("The child who is ill"),
            kv(("Name", "Kai Thompson"), ("Date of birth", "30/06/2011"), ("Diagnosis", "Duchenne muscular dystrophy"), per_row=3),
            Heading("Family home"),
            kv(("Address", "2 Hill Street, Brierley Hill"), ("Postcode", "DY5 3BB"), per_row=2),
            grid(
                ["Name", "Relationship", "Date of birth", "Agrees ✓"],
                [
                    ["Michelle Thompson", "Mum", "16/12/1983", "✓"],
                    ["Kai Thompson", "Self", "30/06/2011", "✓"],
                    ["Jade Thompson", "Sister", "09/08/2018", ""],
                ],
            ),
            Para("Agreement recorded 03/12/2026: mum and Kai (15) agree to the referral and to information being shared."),
        ]
    )


def _b3() -> bytes:
    return with_attachment(
        "Paul Adeyemi <paul.adeyemi@hospice.example.org>",
        FRONT_DOOR,
        "Family referral - THOMPSON",
        ON3,
        "Good afternoon,\n\nPlease find attached a referral for the Thompson family for Early Help support alongside our family support.\n\nWith thanks,\nPaul Adeyemi",
        _docx3(),
        "Thompson family referral.docx",
        hour=13,
    )


CASES: tuple[CouncilCase, ...] = (
    CouncilCase(
        "heldout14-rainbow-01",
        COUNCIL,
        URL,
        TITLE,
        "Word family referral from a hospital outreach nurse (Birmingham B4 6NH in a merged row); the ill child in her own block; 'Consent to referral' column with 'Signature held on file' for both parents",
        "referral.docx",
        ON1,
        _b1,
        Expected(
            "early_help_assessment",
            (
                person("Poppy Harris", date(2020, 5, 12), False, ON1),
                person("Laura Harris", date(1990, 2, 28), True, ON1),
                person("Ben Harris", date(1988, 10, 15), True, ON1),
                person("Oscar Harris", date(2015, 1, 6), False, ON1),
            ),
            "B62 8AA",
            "Sarah Whitfield",
            "sarah.whitfield@nhs.example.net",
            None,
        ),
    ),
    CouncilCase(
        "heldout14-rainbow-02",
        COUNCIL,
        URL,
        TITLE,
        "fillable PDF with snake_case field names: clinic at WV14 6PD (another authority) above the family's WV14 9AA; dad's Yes and No boxes both unticked – 'Dad not yet asked'",
        "referral.pdf",
        ON2,
        _b2,
        Expected(
            "early_help_assessment",
            (
                person("Theo Bennett", date(2023, 7, 21), False, ON2),
                person("Jodie Bennett", date(1995, 9, 3), True, ON2),
                person("Craig Bennett", date(1993, 4, 11), False, ON2),
            ),
            "WV14 9AA",
            "Megan Lowe",
            "megan.lowe@nhs.example.net",
            None,
            queue_reason="consent_missing",
        ),
    ),
    CouncilCase(
        "heldout14-rainbow-03",
        COUNCIL,
        URL,
        TITLE,
        "email with the Word referral attached: the ill 15-year-old is also in the household grid as 'Self'; an 'Agrees ✓' column ticked with ✓ glyphs for mum and him; agreement repeated in a sentence",
        "message.eml",
        ON3,
        _b3,
        Expected(
            "early_help_assessment",
            (
                person("Michelle Thompson", date(1983, 12, 16), True, ON3),
                person("Kai Thompson", date(2011, 6, 30), True, ON3),
                person("Jade Thompson", date(2018, 8, 9), False, ON3),
            ),
            "DY5 3BB",
            "Paul Adeyemi",
            "paul.adeyemi@hospice.example.org",
            None,
        ),
    ),
)
