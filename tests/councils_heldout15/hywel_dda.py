"""Hywel Dda University Health Board with the West Wales councils' Early Years services ('The
right help at the right time' framework; proportionate universalism; information, advice and
assistance; universal, enhanced and intensive support; Healthy Child Wales Programme). The
request forms laid out here are generic."""

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
    render_pdf,
)
from tests.councils.model import CouncilCase, Expected

URL = "https://earlyyearsstrategywest.wales/how-early-years-services-are-organised-in-our-region/"
TITLE = "How our services are organised – Early Years services provided jointly by the councils and Hywel Dda University Health Board ('The right help at the right time' framework; information, advice and assistance; universal support; Healthy Child Wales Programme)"
COUNCIL = "Hywel Dda University Health Board (Early Years – right help at the right time)"


def _levels(n: int | None) -> Boxes:
    return Boxes(tuple(CB(n == i, f"Level {i}") for i in (1, 2, 3, 4)))


ON1 = date(2026, 9, 22)


def _b1() -> bytes:
    return render_docx(
        [
            Title("The right help at the right time – Request for Team Around the Family"),
            Table([[L("Level of need"), Span(_levels(3), 3)]]),
            Heading("1. Family details"),
            Table(
                [
                    [L("Parent / carer 1"), "Rachel Owen", L("DOB"), "12/12/1986"],
                    [L("Parent / carer 2"), "Mark Owen", L("DOB"), "01/10/1984"],
                    [L("Address"), Span("4 Corbett Road, Wordsley, Stourbridge DY6 0LQ", 3)],
                ]
            ),
            Heading("2. Children"),
            grid(["Name", "DOB", "School / setting"], [["Sophie Owen", "19/07/2012", "Crestwood School"], ["Jack Owen", "25/11/2015", "Wordsley Primary"]]),
            Heading("3. Practitioner requesting support"),
            kv(("Name", "Elin Davies"), ("Agency", "Early Years Family Worker"), ("Email", "elin.davies@earlyyears.example.org"), ("Date", "22/09/2026"), per_row=2),
            Heading("4. What matters to the family?"),
            Para("Sophie (14) is self-harming and waiting for CAMHS; Jack has ADHD and is on a reduced timetable."),
            Heading("5. Agreement"),
            grid(
                ["Name", "I agree to the Team Around the Family request", "Date"],
                [["Rachel Owen", "✓ R Owen", "22/09/2026"], ["Mark Owen", "✓ M Owen", "22/09/2026"], ["Sophie Owen", "✓ Sophie", "22/09/2026"]],
            ),
        ]
    )


ON2 = date(2026, 10, 20)


def _b2() -> bytes:
    return render_acroform(
        [
            Title("The right help at the right time – Request for support"),
            Heading("Family details"),
            Table(
                [
                    [L("Parent / carer"), F("Dean Matthews", "carer_name"), L("DOB"), F("06/04/1992", "carer_dob")],
                    [L("Child"), F("Kai Matthews", "child1_name"), L("DOB"), F("28/08/2017", "child1_dob")],
                    [L("Address"), F("No fixed abode – sofa surfing with friends in Dudley", "address")],
                    [L("Postcode"), F("N/A", "postcode")],
                ]
            ),
            Heading("Practitioner"),
            Table(
                [
                    [L("Name"), F("Ffion Rees", "prac_name"), L("Email"), F("ffion.rees@nhs.example.net", "prac_email")],
                    [L("Base"), F("Llanelli Clinic, SA15 1HX (until transfer)", "prac_base")],
                ]
            ),
            Heading("Agreement"),
            Table([[L("Parent signature"), F("D Matthews", "sig"), L("Date"), F("20/10/2026", "sig_date")]]),
        ],
        title="Request for support",
    )


ON3 = date(2026, 11, 24)


def _b3() -> bytes:
    return render_pdf(
        [
            Title("The right help at the right time – Request for support"),
            kv(("Date of request", "24 November 2026"), ("Level of need", "not assessed"), per_row=2),
            Heading("Who lives in the home"),
            grid(["Name", "Date of birth", "Relationship"], [["Sarah Kelly", "23/03/1991", "Mother"], ["Noah Kelly", "11/09/2020", "Son"], ["Evie Kelly", "16/01/2023", "Daughter"]]),
            kv(("Home address", "10 Cedar Road, Dudley DY1 2QP"), per_row=1),
            Heading("Important people who do not live in the home"),
            grid(["Name", "Relationship", "Address"], [["Craig Kelly", "Father", "5 Stour Vale Road, Lye DY9 7AA (no contact since July)"]]),
            Heading("Practitioner"),
            kv(("Name", "Lowri Evans"), ("Agency", "Family Information Service"), ("Email", "lowri.evans@fis.example.org"), per_row=3),
            Heading("Consent"),
            Para("Sarah Kelly gave consent verbally on 24 November 2026 for this request and for information to be shared with the family hub."),
        ],
        title="Request for support",
    )


CASES: tuple[CouncilCase, ...] = (
    CouncilCase(
        "heldout15-hywel-dda-01",
        COUNCIL,
        URL,
        TITLE,
        "Word Team Around the Family request opening with a merged ☒ Level 3 row; parents in label/value rows, children in a grid; agreement column of ✓ ticks with names, including the 14-year-old",
        "referral.docx",
        ON1,
        _b1,
        Expected(
            "early_help_assessment",
            (
                person("Rachel Owen", date(1986, 12, 12), True, ON1),
                person("Mark Owen", date(1984, 10, 1), True, ON1),
                person("Sophie Owen", date(2012, 7, 19), True, ON1),
                person("Jack Owen", date(2015, 11, 25), False, ON1),
            ),
            "DY6 0LQ",
            "Elin Davies",
            "elin.davies@earlyyears.example.org",
            3,
        ),
    ),
    CouncilCase(
        "heldout15-hywel-dda-02",
        COUNCIL,
        URL,
        TITLE,
        "fillable PDF request with named fields: 'No fixed abode – sofa surfing', Postcode 'N/A'; the practitioner's Llanelli clinic SA15 1HX the only postcode",
        "referral.pdf",
        ON2,
        _b2,
        Expected(
            "early_help_assessment",
            (
                person("Dean Matthews", date(1992, 4, 6), True, ON2),
                person("Kai Matthews", date(2017, 8, 28), False, ON2),
            ),
            None,
            "Ffion Rees",
            "ffion.rees@nhs.example.net",
            None,
            queue_reason="postcode_missing",
        ),
    ),
    CouncilCase(
        "heldout15-hywel-dda-03",
        COUNCIL,
        URL,
        TITLE,
        "flattened PDF request, hard: the father outside the home at a Dudley-table postcode (DY9 7AA) under 'Important people who do not live in the home'; long-form date; verbal consent in a sentence",
        "referral.pdf",
        ON3,
        _b3,
        Expected(
            "early_help_assessment",
            (
                person("Sarah Kelly", date(1991, 3, 23), True, ON3),
                person("Noah Kelly", date(2020, 9, 11), False, ON3),
                person("Evie Kelly", date(2023, 1, 16), False, ON3),
            ),
            "DY1 2QP",
            "Lowri Evans",
            "lowri.evans@fis.example.org",
            None,
        ),
    ),
)
