"""START (Sexual Trauma & Abuse Restorative Therapies): the referral form for a child aged 10 or
below (state 'Unknown' if unsure; consent from the child and the explicit consent of the parent /
care giver who holds parental responsibility, or explain why not)."""

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
)
from tests.councils.model import CouncilCase, Expected
from tests.councils_heldout12._mail import FRONT_DOOR, html_only

URL = "https://start-org.uk/refer-a-child-to-our-service-they-are-aged-10-or-below"
TITLE = "START (Sexual Trauma & Abuse Restorative Therapies) – Refer a child to our service (they are aged 10 or below): if unsure please state 'Unknown'; we require consent from the child being referred and the explicit consent of the child's parent / care giver (the person who holds legal parental responsibility)"
COUNCIL = "START (Sexual Trauma & Abuse Restorative Therapies)"

_HEAD = [
    Title("START – Referral for a child aged 10 or below"),
    Para("Please complete this form as accurately as possible – if you are unsure how to answer a particular question, please state “Unknown”. If you believe the child to be in immediate danger, please dial 999."),
]


def _yn(v: bool) -> Boxes:
    return Boxes((CB(v, "Yes"), CB(not v, "No")))


ON1 = date(2026, 2, 24)


def _b1() -> bytes:
    return render_docx(
        [
            *_HEAD,
            Heading("Your details"),
            kv(
                ("Name", "Sunita Rai"),
                ("Role / organisation", "Family Support Worker, Brierley Hill Family Hub, Brierley Hill DY5 3EE"),
                ("Email", "sunita.rai@familyhub.example.gov.uk"),
                ("Telephone", "01632 960419"),
                ("Date of referral", "24/02/2026"),
                per_row=2,
            ),
            Heading("The child"),
            kv(
                ("Child's first name", "Evie"),
                ("Child's surname", "Lowe"),
                ("Date of birth", "12/12/2017"),
                ("Address", "3 Mount Pleasant, Kingswinford"),
                ("Postcode", "DY6 7AA"),
                ("School", "Unknown"),
                per_row=2,
            ),
            Heading("Who lives with the child?"),
            grid(
                ["Name", "Relationship", "Date of birth"],
                [["Rachel Lowe", "Mother", "30/08/1991"], ["Ben Lowe", "Brother", "15/03/2021"]],
            ),
            Heading("Has the abuse been reported to the police / children's social care?"),
            Para("Yes – police investigation concluded in January 2026; the alleged perpetrator (a family friend) has no contact."),
            Heading("Consent"),
            kv(
                ("Have you gained consent from the child being referred?", _yn(True)),
                ("Have you gained the explicit consent of the parent / care giver who holds parental responsibility?", _yn(True)),
                ("Name of parent / care giver", "Rachel Lowe – consented 24/02/2026"),
            ),
        ]
    )


ON2 = date(2026, 11, 10)


def _blocks2() -> list[object]:
    return [
        *_HEAD,
        Heading("Your details"),
        kv(
            ("Name", "Chantelle Morris"),
            ("Role / organisation", "Children's Worker, women's refuge (Dudley borough)"),
            ("Email", "chantelle.morris@refuge.example.org"),
            ("Date of referral", "10/11/2026"),
            per_row=2,
        ),
        Heading("The child"),
        kv(
            ("Child's first name", "Ruby"),
            ("Child's surname", "Sharma"),
            ("Date of birth", "04/07/2019"),
            ("Address", "Withheld – refuge address (Dudley borough)"),
            ("Postcode", "Withheld"),
            per_row=2,
        ),
        Heading("Who lives with the child?"),
        grid(["Name", "Relationship", "Date of birth"], [["Anita Sharma", "Mother", "19/01/1993"]]),
        Heading("Consent"),
        kv(
            ("Have you gained consent from the child being referred?", _yn(True)),
            ("Have you gained the explicit consent of the parent / care giver who holds parental responsibility?", _yn(True)),
            ("Name of parent / care giver", "Anita Sharma (mum) – 10/11/2026"),
        ),
    ]


def _b2() -> bytes:
    return html_only(
        "Chantelle Morris <chantelle.morris@refuge.example.org>",
        FRONT_DOOR,
        "Referral (START form) - Ruby Sharma",
        ON2,
        "HTML message",
        render_html(_blocks2()),
    )


CASES: tuple[CouncilCase, ...] = (
    CouncilCase(
        "heldout12-start-01",
        COUNCIL,
        URL,
        TITLE,
        "Word referral with 'Your details' first (family hub DY5 3EE, not in the table), child's first name and surname in separate boxes, 'Unknown' answers; consent questions ☒ Yes naming mum",
        "referral.docx",
        ON1,
        _b1,
        Expected(
            "early_help_assessment",
            (
                person("Evie Lowe", date(2017, 12, 12), True, ON1),
                person("Rachel Lowe", date(1991, 8, 30), True, ON1),
                person("Ben Lowe", date(2021, 3, 15), False, ON1),
            ),
            "DY6 7AA",
            "Sunita Rai",
            "sunita.rai@familyhub.example.gov.uk",
            None,
        ),
    ),
    CouncilCase(
        "heldout12-start-02",
        COUNCIL,
        URL,
        TITLE,
        "HTML-only email of the referral as tables from a refuge: Address and Postcode 'Withheld'; consent given by mum and child",
        "message.eml",
        ON2,
        _b2,
        Expected(
            "early_help_assessment",
            (
                person("Ruby Sharma", date(2019, 7, 4), True, ON2),
                person("Anita Sharma", date(1993, 1, 19), True, ON2),
            ),
            None,
            "Chantelle Morris",
            "chantelle.morris@refuge.example.org",
            None,
            queue_reason="postcode_missing",
        ),
    ),
)
