"""Tees: Multi-agency SAFER Referral Form to Children's Social Care (Stockton-on-Tees et al.)."""

# ruff: noqa: E501  (labels and answers are copied verbatim from the published form)

from datetime import date

from tests.councils.kit import Heading, Para, Table, Title, grid, kv, person, render_pdf
from tests.councils.model import CouncilCase, Expected

URL = (
    "https://docest.com/doc/157068/tees-multi-agency-safer-referral-form-to-children-s-social-care"
)
TITLE = "Tees Multi-agency SAFER Referral Form to Children’s Social Care"
ON = date(2025, 9, 30)


def _build() -> bytes:
    blocks = [
        Title(
            "Tees Multi-agency SAFER Referral Form to Children’s Social Care",
            "SAFER i.e. Situation, Assessment, Family, Expected Response, Recording.",
        ),
        Para(
            "Use where children are in need or may be suffering, or are likely to suffer, from significant harm"
        ),
        grid(
            ["Children’s Social Care", "Office hour", "Out of hours", "Fax"],
            [
                ["Hartlepool", "01429 284284", "08702 402994", "01429 523907"],
                ["Middlesbrough", "01642 726004", "08702 402994", "01642 201994"],
                ["Redcar & Cleveland", "01642 771500", "08702 402994", "01642 771535"],
                ["Stockton-on-Tees", "01642 527764", "08702 402994", "01642 527756"],
            ],
        ),
        Heading("Section One: SITUATION"),
        Para("1. About You", bold=True),
        kv(
            ("Name", "Graham Ellis"),
            ("Job Title", "Police Community Support Officer"),
            ("Personal ID", "PCSO 4471"),
            ("Organisation: incl. Department", "West Midlands Police – Halesowen NPT"),
            ("Address", "Halesowen Police Station, Laurel Lane, Halesowen B63 3DA"),
            ("Email & telephone", "graham.ellis@westmidlands.example.police.uk  01632 960 999"),
        ),
        Para("Common Assessment Framework (CAF)", bold=True),
        kv(
            ("Prior to making this referral have you completed a CAF?", "No"),
            ("Date CAF completed", "N/A"),
            ("Date CAF sent to CAF Co-ordinator", "N/A"),
        ),
        Para(
            "If a CAF has not been completed, please outline why and complete all the following sections:"
        ),
        Table([["Police contact only; family agreed to a referral for support."]]),
        Para("2. About the child", bold=True),
        kv(
            ("Name of child/Unborn Baby", "Mason Turner"),
            ("Date of birth ( Estimated Delivery Date)", "21/03/2013"),
            ("Address", "Flat 12, Furnace Hill, Halesowen B63 3BL"),
            ("If unborn baby Mother’s address", "N/A"),
        ),
        Heading("Section Two: ASSESSMENT"),
        Para(
            "Mason (12) has been found out late three times this month; dad works nights and says he cannot "
            "manage Mason's behaviour. No injuries; Mason says home is fine but he is bored and lonely."
        ),
        Heading("Section Three: FAMILY"),
        grid(
            ["Name", "Date of birth", "Relationship to child", "Lives at the address?"],
            [
                ["Lee Turner", "05/06/1982", "Father", "Yes"],
                ["Poppy Turner", "11/01/2016", "Sister", "Yes"],
            ],
        ),
        Heading("Section Four: EXPECTED RESPONSE"),
        Para("Early help / family support for dad with Mason's behaviour and evenings."),
        Heading("Section Five: RECORDING"),
        kv(
            (
                "Have the parents/carers been informed of and agreed to this referral?",
                "Yes – Lee Turner agreed and signed the police referral slip on 30/09/2025",
            ),
            ("Date and time of referral", "30/09/2025 16:05"),
        ),
    ]
    return render_pdf(blocks, "SAFER referral")


CASES: tuple[CouncilCase, ...] = (
    CouncilCase(
        case_id="tees-safer-01",
        council="Stockton-on-Tees Borough Council (Tees-wide SAFER form)",
        source_url=URL,
        source_title=TITLE,
        layout="flattened PDF SAFER form: '1. About You' with police station Address (B63 decoy) BEFORE "
        "'2. About the child'; sections named Situation/Assessment/Family/Expected Response/Recording",
        filename="referral.pdf",
        assessment_date=ON,
        build=_build,
        expected=Expected(
            form_type="early_help_assessment",
            people=(
                person("Mason Turner", date(2013, 3, 21), False, ON),
                person("Lee Turner", date(1982, 6, 5), True, ON),
                person("Poppy Turner", date(2016, 1, 11), False, ON),
            ),
            postcode="B63 3BL",
            lead_professional_name="Graham Ellis",
            lead_professional_email="graham.ellis@westmidlands.example.police.uk",
            level_of_need=None,
        ),
    ),
)
