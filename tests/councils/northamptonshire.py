"""Northamptonshire: Early Intervention Targeted Support Team on-line referral form (consent of the parent/carer and young person if 13 and over)."""

# ruff: noqa: E501  (labels and answers are copied verbatim from the published form)

from datetime import date
from email.message import EmailMessage

from tests.councils.kit import (
    Block,
    Heading,
    Mail,
    Para,
    Title,
    as_bytes,
    grid,
    kv,
    person,
    render_html,
)
from tests.councils.model import CouncilCase, Expected

URL = "https://northantspfcc.org.uk/?p=26141"
TITLE = "Northamptonshire PFCC – The Early Intervention and Youth Support Service: Support for Professionals (online referral form; consent of the parent/carer and young person (if 13 and over))"
ON = date(2026, 3, 2)


def _blocks() -> list[Block]:
    return [
        Title("Early Intervention Targeted Support – Referral"),
        Para(
            "Referral submitted 02/03/2026 16:05 – you will receive a link to the secure referral management system."
        ),
        Heading("Consent"),
        kv(
            (
                "Do you have the consent of the parent/carer to request the help and share their information?",
                "Yes – Lisa Marshall (mum)",
            ),
            ("Do you have the consent of the young person (if 13 and over)?", "Yes – Harvey"),
            widths=[3, 2],
        ),
        Heading("Young person"),
        kv(
            ("Name", "Harvey Marshall"),
            ("Date of birth", "09/09/2012"),
            ("Address", "4 Bent Street, Brierley Hill DY5 1AA"),
            ("School", "Thorns Collegiate Academy"),
            per_row=2,
        ),
        Heading("Household"),
        grid(
            ["Name", "Date of birth", "Relationship to young person"],
            [
                ["Lisa Marshall", "23/02/1986", "Mother"],
                ["Connor Marshall", "10/10/2009", "Brother"],
            ],
        ),
        Heading("Referral criteria"),
        kv(
            (
                "Which criteria does the young person meet?",
                "Missing education / at risk of exclusion; emerging anti-social behaviour",
            ),
            (
                "What help is being asked for?",
                "1:1 youth support and a Signs of Safety support plan with the family.",
            ),
        ),
        Heading("Named person for the practitioner to contact"),
        kv(("Name", "Lisa Marshall"), ("Telephone", "07700 900 934"), per_row=2),
        Heading("Referrer"),
        kv(
            ("Name", "Gareth Ellis"),
            ("Role", "Youth Worker, Brierley Hill Youth Hub"),
            ("Email", "g.ellis@bhyouthhub.example.org.uk"),
            ("Telephone", "01632 960 937"),
            per_row=2,
        ),
    ]


def _build() -> bytes:
    msg: EmailMessage = Mail(
        "Gareth Ellis <g.ellis@bhyouthhub.example.org.uk>",
        "earlyhelp.brierleyhill@dudley.gov.uk",
        "Targeted support referral - Harvey Marshall",
        ON,
        16,
    ).message()
    msg.set_content("Copy of the referral I submitted today is below (HTML).\nGareth\n")
    msg.add_alternative(render_html(_blocks()), subtype="html")
    return as_bytes(msg)


CASES: tuple[CouncilCase, ...] = (
    CouncilCase(
        case_id="northamptonshire-eits-01",
        council="North Northamptonshire / West Northamptonshire (Northamptonshire Early Intervention Targeted Support)",
        source_url=URL,
        source_title=TITLE,
        layout="email with the on-line referral as HTML tables: consent questions first (parent/carer; young person 'if 13 and "
        "over') naming mum and the 13-year-old; the 16-year-old brother in the household table is named in neither",
        filename="message.eml",
        assessment_date=ON,
        build=_build,
        expected=Expected(
            form_type="early_help_assessment",
            people=(
                person("Harvey Marshall", date(2012, 9, 9), True, ON),
                person("Lisa Marshall", date(1986, 2, 23), True, ON),
                person("Connor Marshall", date(2009, 10, 10), False, ON),
            ),
            postcode="DY5 1AA",
            lead_professional_name="Gareth Ellis",
            lead_professional_email="g.ellis@bhyouthhub.example.org.uk",
            level_of_need=None,
            queue_reason="consent_missing",
        ),
    ),
)
