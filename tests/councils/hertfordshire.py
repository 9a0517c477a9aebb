"""Hertfordshire: referral to Children's Services laid out on 'What Information do I Need to Make a Referral?'."""

# ruff: noqa: E501  (labels and answers are copied verbatim from the published form)

from datetime import date

from tests.councils.kit import (
    Heading,
    Para,
    Table,
    Title,
    grid,
    kv,
    person,
    render_docx,
)
from tests.councils.model import CouncilCase, Expected

URL = "http://www.thegrid.org.uk/info/welfare/child_protection/referral/information_referral.shtml"
TITLE = "Herts County Council – What Information do I Need to Make a Referral? (Referrals to Children’s Services)"
ON = date(2025, 3, 12)


def _build() -> bytes:
    blocks = [
        Title("Referral to Children’s Services / Families First request for support"),
        Para(
            "Where available, the following information should be provided with the referral (but absence of information must not delay referral)."
        ),
        kv(
            (
                "Cause for concern including details of any allegations, the source/s of these, timing and location of incident/s",
                "Jayden (13) is out until after midnight most nights and has been seen with older teenagers; mum and Liam are arguing about him in front of Skye.",
            ),
            (
                "Child’s current location and emotional and physical condition",
                "In school today, tired but well.",
            ),
            ("Whether the child needs immediate protection", "No"),
            widths=[2, 3],
        ),
        Heading("Full names, date of birth and gender of child/ren (including all surnames used)"),
        grid(
            ["Full name", "Other surnames used", "Date of birth", "Gender"],
            [
                ["Jayden Clarke", "–", "11/11/2011", "M"],
                ["Skye Clarke-Hughes", "Skye Clarke", "04/04/2016", "F"],
            ],
        ),
        Heading("Family address (current, when last moved and previous address)"),
        kv(
            ("Current address", "7 Maughan Street, Quarry Bank, Brierley Hill DY5 3BB"),
            ("When last moved", "January 2025"),
            ("Previous address", "22 Fens Pool Avenue, Brierley Hill DY5 1AA"),
            widths=[1, 3],
        ),
        Heading("Identity of those with parental responsibility"),
        Table(
            [["Stacey Clarke (mother) for both children; Liam Hughes (Skye’s father) for Skye."]]
        ),
        Heading(
            "Names and date of birth of all household members and any known regular visitors to the household (including all surnames used)"
        ),
        grid(
            ["Name", "Date of birth", "Relationship", "Household member or regular visitor"],
            [
                ["Stacey Clarke", "08/08/1988", "Mother", "Household"],
                ["Liam Hughes", "07/07/1987", "Mother’s partner, Skye’s father", "Household"],
                [
                    "Pauline Clarke",
                    "1961",
                    "Maternal grandmother",
                    "Regular visitor (lives in Wollaston)",
                ],
            ],
        ),
        Heading("Ethnicity, first language and religion of children, parents / carers"),
        Table([["White British / English / none stated."]]),
        Heading("Known current or previous involvement of other agencies / professionals"),
        grid(
            ["Agency", "Name", "Contact"],
            [
                ["School", "Kirsty Hale, Head of Year 9", "01632 960 487"],
                ["GP", "Quarry Bank Medical Centre", "01632 960 489"],
            ],
        ),
        Heading("Information regarding parental knowledge of, and agreement to, the referral"),
        Table(
            [
                [
                    "Stacey Clarke and Liam Hughes both know about and agree to this referral and signed the school’s "
                    "consent form on 11/03/2025 (signed copy held in school)."
                ]
            ]
        ),
        Heading("Referrer’s relationship and knowledge of child and parents / carers"),
        kv(
            ("Name", "Kirsty Hale"),
            ("Role", "Head of Year 9, Thorns Academy"),
            ("Address", "Stockwell Avenue, Quarry Bank DY5 2NU"),
            ("Email", "k.hale@thorns.example.sch.uk"),
            ("Telephone", "01632 960 487"),
            ("Date of referral", "12/03/2025"),
            per_row=2,
        ),
    ]
    return render_docx(blocks)


CASES: tuple[CouncilCase, ...] = (
    CouncilCase(
        case_id="hertfordshire-referral-01",
        council="Hertfordshire County Council",
        source_url=URL,
        source_title=TITLE,
        layout="Word referral whose headings are the published checklist items; current address, when last moved and "
        "a Previous address (another Dudley-table postcode); a child with a double-barrelled surname; a regular "
        "visitor grandmother listed with the household; consent as a sentence naming both adults",
        filename="referral.docx",
        assessment_date=ON,
        build=_build,
        expected=Expected(
            form_type="early_help_assessment",
            people=(
                person("Jayden Clarke", date(2011, 11, 11), False, ON),
                person("Skye Clarke-Hughes", date(2016, 4, 4), False, ON),
                person("Stacey Clarke", date(1988, 8, 8), True, ON),
                person("Liam Hughes", date(1987, 7, 7), True, ON),
            ),
            postcode="DY5 3BB",
            lead_professional_name="Kirsty Hale",
            lead_professional_email="k.hale@thorns.example.sch.uk",
            level_of_need=None,
        ),
    ),
)
