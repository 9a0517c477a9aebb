"""MACS Supporting Children and Young People (Northern Ireland): floating support referral
process (referrals from services and self-referrals; support is voluntary and the young person
must want to engage; getting to know you meeting; match meeting; Floating Support Referral Form)."""

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
    render_acroform,
    render_docx,
)
from tests.councils.model import CouncilCase, Expected

URL = "https://www.macsni.org/what-we-do/floating-support/referral-process/"
TITLE = "MACS – Floating Support: Referral process (we accept referrals from a range of services/organisations and young people can also self-refer; support is on a voluntary basis and the young person must want to engage; getting to know you meeting; match meeting; Floating Support Referral Form)"
COUNCIL = "MACS Supporting Children and Young People (floating support)"

_HEAD = [
    Title("Floating Support Referral Form"),
    Para("Support is on a voluntary basis and the young person must want to engage with the service. Contact will be made with the young person within the first two weeks for a getting to know you meeting."),
]


def _yn(v: bool) -> Boxes:
    return Boxes((CB(v, "Yes"), CB(not v, "No")))


ON1 = date(2026, 4, 21)


def _b1() -> bytes:
    return render_docx(
        [
            *_HEAD,
            Heading("Young person"),
            kv(
                ("Name", "Aaron Byrne"),
                ("Date of birth", "12/01/2009"),
                ("Address", "4 Hayley Park Road, Halesowen"),
                ("Postcode", "B63 4HJ"),
                per_row=2,
            ),
            Heading("Who does the young person live with?"),
            grid(
                ["Name", "Relationship", "Date of birth"],
                [["Teresa Byrne", "Mum", "08/08/1973"], ["Liam Byrne", "Brother", "22/02/2013"]],
            ),
            Heading("Support needed"),
            Para("Aaron (17) left care of his aunt in March and moved back home; needs help with budgeting, college and a tenancy plan for when he is 18."),
            Heading("Referrer"),
            kv(
                ("Name", "Declan Hughes"),
                ("Organisation", "Leaving Care Personal Adviser"),
                ("Email", "declan.hughes@pa-service.example.gov.uk"),
                ("Date", "21/04/2026"),
                per_row=2,
            ),
            Heading("Agreement"),
            kv(
                ("Does the young person want to engage with the service?", _yn(True)),
                ("Young person's signature", "Aaron Byrne 21/04/2026"),
                ("Parent/carer informed and agrees", "Teresa Byrne – signed 21/04/2026"),
            ),
        ]
    )


ON2 = date(2026, 12, 1)


def _b2() -> bytes:
    return render_acroform(
        [
            *_HEAD,
            Heading("Young person"),
            kv(
                ("Name", "Shannon Doyle"),
                ("Date of birth", "30/03/2010"),
                ("Address", "27 Wolverhampton Street, Dudley"),
                ("Postcode", "DY1 2QP"),
                per_row=2,
            ),
            Heading("Household"),
            grid(
                ["Name", "Relationship", "Date of birth"],
                [["Kelly Doyle", "Mum", "16/05/1988"], ["Mia Doyle", "Sister", "04/11/2016"]],
            ),
            Heading("Support needed"),
            Para("Shannon (16) is sofa-surfing some nights after rows with mum; at risk of leaving education."),
            Heading("Referrer"),
            kv(
                ("Name", "Harpreet Gill"),
                ("Organisation", "Youth Worker, Dudley Youth Service"),
                ("Email", "harpreet.gill@youthservice.example.gov.uk"),
                ("Date", "01/12/2026"),
                per_row=2,
            ),
            Heading("Agreement"),
            kv(
                ("Does the young person want to engage with the service?", _yn(False)),
                ("Young person's signature", "Not yet – Shannon wants to think about it"),
                ("Parent/carer informed and agrees", "Kelly Doyle – agrees, signed 01/12/2026"),
            ),
        ],
        "Floating support referral",
    )


CASES: tuple[CouncilCase, ...] = (
    CouncilCase(
        "heldout12-macs-floating-01",
        COUNCIL,
        URL,
        TITLE,
        "Word floating support referral: 'young person must want to engage' ☒ Yes; the 17-year-old signs and mum agrees in label/value rows; no other postcode on the form",
        "referral.docx",
        ON1,
        _b1,
        Expected(
            "early_help_assessment",
            (
                person("Aaron Byrne", date(2009, 1, 12), True, ON1),
                person("Teresa Byrne", date(1973, 8, 8), True, ON1),
                person("Liam Byrne", date(2013, 2, 22), False, ON1),
            ),
            "B63 4HJ",
            "Declan Hughes",
            "declan.hughes@pa-service.example.gov.uk",
            None,
        ),
    ),
    CouncilCase(
        "heldout12-macs-floating-02",
        COUNCIL,
        URL,
        TITLE,
        "fillable PDF (fields named from the labels): the 16-year-old does not yet want to engage, ☒ No and 'Not yet' in her signature field; mum signs",
        "referral.pdf",
        ON2,
        _b2,
        Expected(
            "early_help_assessment",
            (
                person("Shannon Doyle", date(2010, 3, 30), False, ON2),
                person("Kelly Doyle", date(1988, 5, 16), True, ON2),
                person("Mia Doyle", date(2016, 11, 4), False, ON2),
            ),
            "DY1 2QP",
            "Harpreet Gill",
            "harpreet.gill@youthservice.example.gov.uk",
            None,
            queue_reason="consent_missing",
        ),
    ),
)
