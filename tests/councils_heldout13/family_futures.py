"""Family Futures: referral form and background information (the Social Worker for the family
completes the Referral Form and a Child history report; assessment screening, information
gathering and risk analysis; a signed contract of engagement before an assessment is booked)."""

# ruff: noqa: E501  (wording follows the published page)

from datetime import date

from tests.councils.kit import (
    Heading,
    Para,
    Title,
    grid,
    kv,
    person,
    render_docx,
    render_pdf,
)
from tests.councils.model import CouncilCase, Expected
from tests.councils_heldout13._bits import yn

URL = "https://www.familyfutures.co.uk/referral/"
TITLE = "Family Futures – Referral form and background information (the Social Worker for the family will need to complete our Referral Form and Child history report; assessment screening, information gathering and risk analysis; signed contract of engagement)"
COUNCIL = "Family Futures"

_HEAD = [
    Title("Family Futures – Referral Form", "To be completed by the Social Worker for the family, with the Child history report"),
    Para("Please note it is only when the referral form has been approved and funding agreed that a place is secured for an assessment."),
]


ON1 = date(2026, 9, 30)


def _b1() -> bytes:
    return render_docx(
        [
            *_HEAD,
            Heading("Section 1 – Referring Social Worker"),
            kv(
                ("Name", "Rebecca Lane"),
                ("Agency", "Adoption Support Team, regional adoption agency"),
                ("Address", "Saltisford Office Park, Warwick CV34 4UJ"),
                ("Email", "rebecca.lane@adoption.example.gov.uk"),
                ("Telephone", "01632 960289"),
                ("Date of referral", "30/09/2026"),
                per_row=2,
            ),
            Heading("Section 2 – Family"),
            kv(("Family surname", "MOSS"), ("Address", "8 Wollaston Road, Amblecote"), ("Postcode", "DY5 1AA"), per_row=2),
            grid(
                ["Surname", "First name(s)", "Date of birth", "Relationship / legal status"],
                [
                    ["MOSS", "Helen", "01/01/1979", "Adoptive mother"],
                    ["MOSS", "Andrew", "02/02/1977", "Adoptive father"],
                    ["MOSS", "Leo", "03/03/2015", "Adopted son (Adoption Order 2018)"],
                    ["MOSS", "Grace", "07/07/2017", "Adopted daughter (Adoption Order 2019)"],
                ],
            ),
            Heading("Section 3 – Child history report (summary)"),
            Para("Leo and Grace were removed at 2 and 0 following neglect and domestic abuse. Leo (11) now has violent outbursts at home and is on a reduced timetable; parents exhausted. Request: multi-disciplinary shortened assessment; Adoption Support Fund application made 28/09/2026. The family also ask the Dudley front door for Early Help family support while they wait."),
            Heading("Section 4 – Risk analysis"),
            kv(("Any risks to staff visiting?", yn(False)), ("Child Protection Plan?", yn(False)), per_row=2),
            Heading("Section 5 – Contract of engagement"),
            kv(("Signed by adopters", "Helen Moss and Andrew Moss – contract of engagement signed 30/09/2026")),
        ]
    )


ON2 = date(2026, 11, 17)


def _b2() -> bytes:
    return render_pdf(
        [
            *_HEAD,
            Heading("Section 1 – Referring Social Worker"),
            kv(
                ("Name", "Naveed Ali"),
                ("Agency", "Permanence Team"),
                ("Address", "Council House, Priory Road, Dudley DY1 1HF"),
                ("Email", "naveed.ali@adoption.example.gov.uk"),
                ("Date of referral", "17/11/2026"),
                per_row=2,
            ),
            Heading("Section 2 – Family"),
            kv(("Family surname", "BIRCH"), ("Address", "2 Lodge Lane, Wollaston, Stourbridge"), ("Postcode", "DY8 4HB"), per_row=2),
            grid(
                ["Surname", "First name(s)", "Date of birth", "Relationship / legal status"],
                [
                    ["BIRCH", "Joanne", "05/05/1975", "Adoptive mother"],
                    ["BIRCH", "Nathan", "01/01/2007", "Birth son of Joanne (lives at home)"],
                    ["BIRCH", "Tia", "20/12/2012", "Adopted daughter"],
                ],
            ),
            Heading("Section 3 – Child history report (summary)"),
            Para("Tia (13) is self-harming and has run away twice this term; placement under strain. Nathan works nights and supports mum."),
            Heading("Section 5 – Contract of engagement"),
            kv(("Adopter(s) signature", "Joanne Birch"), ("Date", "17/11/2026"), per_row=2),
        ],
        title="Family Futures Referral Form",
    )


CASES: tuple[CouncilCase, ...] = (
    CouncilCase(
        "heldout13-family-futures-01",
        COUNCIL,
        URL,
        TITLE,
        "Word referral in numbered sections completed by the adoption support social worker (Warwick CV34 office) first; Surname | First name(s) grid with legal status; contract of engagement signed by both adopters",
        "referral.docx",
        ON1,
        _b1,
        Expected(
            "early_help_assessment",
            (
                person("Helen Moss", date(1979, 1, 1), True, ON1),
                person("Andrew Moss", date(1977, 2, 2), True, ON1),
                person("Leo Moss", date(2015, 3, 3), False, ON1),
                person("Grace Moss", date(2017, 7, 7), False, ON1),
            ),
            "DY5 1AA",
            "Rebecca Lane",
            "rebecca.lane@adoption.example.gov.uk",
            None,
        ),
    ),
    CouncilCase(
        "heldout13-family-futures-02",
        COUNCIL,
        URL,
        TITLE,
        "flattened PDF referral: the adopter's 19-year-old birth son lives at home but only the adopter signs the contract of engagement",
        "referral.pdf",
        ON2,
        _b2,
        Expected(
            "early_help_assessment",
            (
                person("Joanne Birch", date(1975, 5, 5), True, ON2),
                person("Nathan Birch", date(2007, 1, 1), False, ON2),
                person("Tia Birch", date(2012, 12, 20), False, ON2),
            ),
            "DY8 4HB",
            "Naveed Ali",
            "naveed.ali@adoption.example.gov.uk",
            None,
            queue_reason="consent_missing",
        ),
    ),
)
