"""Wrexham: Prevention and Early Help Strategy (the right kind of support offered as soon as
possible; partners including Betsi Cadwaladr University Health Board, Coleg Cambria)."""

# ruff: noqa: E501  (wording follows the published page)

from datetime import date

from tests.councils.kit import (
    Heading,
    L,
    Para,
    Table,
    Title,
    grid,
    kv,
    person,
    render_docx,
    render_pdf,
)
from tests.councils.model import CouncilCase, Expected

URL = "https://www.wrexham.gov.uk/service/prevention-and-early-help-strategy"
TITLE = "Wrexham County Borough Council – Prevention and Early Help Strategy (children, young people and families happy, healthy and safe; the right kind of support offered as soon as possible)"
COUNCIL = "Wrexham County Borough Council"


def _blocks(
    on: str, you: list[tuple[str, str]], family: list[list[str]], addr: str, why: str, consent: str
) -> list[object]:
    return [
        Title("Early Help Hub – Request for Support", "Wrexham Prevention and Early Help"),
        Heading("Part 1: Person making the request"),
        kv(*you, ("Date", on), per_row=2),
        Heading("Part 2: Family"),
        grid(["Name", "Date of birth", "Relationship", "At this address?"], family),
        kv(("Address", addr)),
        Heading("Part 3: What is happening for the family?"),
        Para(why),
        Heading("Part 4: Consent"),
        Table(
            [
                [
                    L(
                        "The family understands why this request is being made and agrees to it (names)"
                    ),
                    consent,
                ]
            ]
        ),
    ]


ON1 = date(2026, 5, 21)


def _b1() -> bytes:
    return render_pdf(
        _blocks(
            "21/05/2026",
            [
                ("Name", "Bethan Hughes"),
                ("Organisation", "Coleg Cambria, Wrexham LL12 7AB"),
                ("Email", "bethan.hughes@cambria.example.ac.uk"),
            ],
            [
                ["Kieran Jones", "11/02/2009", "Young person", "Yes"],
                ["Angela Jones", "23/10/1972", "Mother", "Yes"],
            ],
            "Staying in a hostel room since leaving the family home – address to follow",
            "Kieran (17) and Mum left home after domestic abuse and are in emergency accommodation; need help with housing and college bursary.",
            "Kieran Jones and Angela Jones – agreed in person 21/05/2026",
        ),
        "Request for Support",
    )


ON2 = date(2026, 11, 18)


def _b2() -> bytes:
    return render_docx(
        _blocks(
            "18/11/2026",
            [
                ("Name", "Megan Roberts"),
                ("Organisation", "Midwifery, Betsi Cadwaladr UHB – Maelor Hospital LL13 7TD"),
                ("Email", "megan.roberts@nhs.example.wales"),
            ],
            [
                ["Chloe Williams", "30/08/2003", "Mother (expecting)", "Yes"],
                ["Jake Price", "12/01/2002", "Partner", "Yes"],
                ["Poppy Williams", "09/03/2024", "Daughter", "Yes"],
            ],
            "7 Stourbridge Road, Halesowen B63 3BL",
            "Chloe is 30 weeks pregnant; the couple are in debt and Poppy's nursery place ends this month.",
            "Chloe Williams and Jake Price – signed 18/11/2026",
        )
    )


ON3 = date(2026, 3, 3)


def _b3() -> bytes:
    from tests.councils_heldout7._mail import FRONT_DOOR, plain

    body = """Early Help Hub - Request for Support

Part 1: Person making the request
Name: Alun Edwards, PCSO, North Wales Police (Wrexham Police Station, LL13 8HU)
Email: alun.edwards@police.example.uk
Date: 03/03/2026

Part 2: Family
Mia Lloyd, 14/06/2013, daughter - at this address
Sarah Lloyd, 02/02/1985, mother - at this address
Address: 21 Birmingham Street, Halesowen B63 3BL

Part 3: What is happening for the family?
Mia (12) was found in a group involved in anti-social behaviour on three evenings. Mum would like
help with boundaries and a youth activity for Mia.

Part 4: Consent
Sarah Lloyd and Mia Lloyd agreed to this request when I visited on 03/03/2026.

PCSO Alun Edwards
"""
    return plain(
        "Alun Edwards <alun.edwards@police.example.uk>",
        FRONT_DOOR,
        "Early Help Hub request - Lloyd",
        ON3,
        body,
    )


CASES: tuple[CouncilCase, ...] = (
    CouncilCase(
        "heldout7-wrexham-ehh-01",
        COUNCIL,
        URL,
        TITLE,
        "flattened PDF Early Help Hub request in Parts 1–4 from a college (LL12): family in emergency accommodation, 'address to follow', the college postcode the only one",
        "referral.pdf",
        ON1,
        _b1,
        Expected(
            "early_help_assessment",
            (
                person("Kieran Jones", date(2009, 2, 11), True, ON1),
                person("Angela Jones", date(1972, 10, 23), True, ON1),
            ),
            None,
            "Bethan Hughes",
            "bethan.hughes@cambria.example.ac.uk",
            None,
            queue_reason="postcode_missing",
        ),
    ),
    CouncilCase(
        "heldout7-wrexham-ehh-02",
        COUNCIL,
        URL,
        TITLE,
        "Word Early Help Hub request from a midwife (hospital LL13): mother, partner and toddler; consent names both adults",
        "referral.docx",
        ON2,
        _b2,
        Expected(
            "early_help_assessment",
            (
                person("Chloe Williams", date(2003, 8, 30), True, ON2),
                person("Jake Price", date(2002, 1, 12), True, ON2),
                person("Poppy Williams", date(2024, 3, 9), False, ON2),
            ),
            "B63 3BL",
            "Megan Roberts",
            "megan.roberts@nhs.example.wales",
            None,
        ),
    ),
    CouncilCase(
        "heldout7-wrexham-ehh-03",
        COUNCIL,
        URL,
        TITLE,
        "plain-text email typed under Parts 1-4 from a PCSO: police station LL13 in the referrer line, people in 'name, date, relationship' lines, consent a sentence naming mum and daughter",
        "message.eml",
        ON3,
        _b3,
        Expected(
            "early_help_assessment",
            (
                person("Mia Lloyd", date(2013, 6, 14), True, ON3),
                person("Sarah Lloyd", date(1985, 2, 2), True, ON3),
            ),
            "B63 3BL",
            "Alun Edwards",
            "alun.edwards@police.example.uk",
            None,
        ),
    ),
)
