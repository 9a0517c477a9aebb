"""Westminster: referral to the Targeted Early Help Service, typed into an e-mail (text and HTML)."""

# ruff: noqa: E501  (labels are copied verbatim from the published page)

from datetime import date

from tests.councils.kit import (
    Heading,
    Mail,
    Para,
    Table,
    Title,
    as_bytes,
    grid,
    kv,
    person,
    render_html,
)
from tests.councils.model import CouncilCase, Expected

URL = "https://www.westminster.gov.uk/children-and-families/early-help-service/information-professionals"
TITLE = "Westminster City Council – Early Help Service: information for professionals (criteria for referral to Westminster's Targeted Early Help Service; Early Help priorities)"
ON = date(2026, 2, 19)

TEXT = """Dear Early Help team,

REFERRAL TO TARGETED EARLY HELP SERVICE

CHILD(REN):   LIAM O'CONNOR  dob 11/07/2013
              AOIFE O'CONNOR dob 30/01/2015
PARENT:       SIOBHAN O'CONNOR dob 08/08/1987 (mum)
ADDRESS:      21 CASTLE STREET, COSELEY, WV14 9AA

EARLY HELP PRIORITY: [✓] Children not attending school regularly (more than 10% unauthorised absence over the last term and school actions not having an impact)

PARENT AWARE AND AGREES TO REFERRAL: YES - Siobhan O'Connor agreed on 19/02/2026

Work already done: attendance panel, 2 parenting contracts. No change.

Regards
MARTIN DOYLE
Education Welfare Officer
martin.doyle@edwelfare.example.gov.uk   01632 960 772
"""


def _blocks() -> list[object]:
    return [
        Title("Referral to Targeted Early Help Service"),
        Para(
            "Referrals will be accepted by our Targeted Early Help Service where there is evidence that work has been undertaken to enable the family to make changes over a period of time with multi-agency support."
        ),
        Heading("Child(ren) and parent"),
        grid(
            ["NAME", "DOB", "RELATIONSHIP"],
            [
                ["LIAM O'CONNOR", "11/07/2013", "Son"],
                ["AOIFE O'CONNOR", "30/01/2015", "Daughter"],
                ["SIOBHAN O'CONNOR", "08/08/1987", "Mother"],
            ],
        ),
        kv(("ADDRESS", "21 CASTLE STREET, COSELEY, WV14 9AA")),
        Heading("Early Help priorities"),
        Table(
            [
                [
                    "[✓] Children not attending school regularly - more than 10% unauthorised absence over the last term and school actions not having an impact"
                ]
            ]
        ),
        kv(("Parent aware and agrees to referral?", "YES - Siobhan O'Connor agreed on 19/02/2026")),
        Heading("Referrer"),
        kv(
            ("Name", "MARTIN DOYLE"),
            ("Role", "Education Welfare Officer"),
            ("Email", "martin.doyle@edwelfare.example.gov.uk"),
            per_row=3,
        ),
    ]


def _build() -> bytes:
    msg = Mail(
        "Martin Doyle <martin.doyle@edwelfare.example.gov.uk>",
        "earlyhelp.frontdoor@dudley.example.gov.uk",
        "TARGETED EARLY HELP REFERRAL - O'CONNOR",
        ON,
        hour=9,
    ).message()
    msg.set_content(TEXT)
    msg.add_alternative(render_html(_blocks()), subtype="html")
    return as_bytes(msg)


CASES: tuple[CouncilCase, ...] = (
    CouncilCase(
        case_id="heldout2-westminster-teh-01",
        council="Westminster City Council",
        source_url=URL,
        source_title=TITLE,
        layout="email with the referral in both a plain-text and an HTML part, all names and the address in capitals, the Early Help priority ticked with '[✓]'",
        filename="message.eml",
        assessment_date=ON,
        build=_build,
        expected=Expected(
            form_type="early_help_assessment",
            people=(
                person("Liam O'Connor", date(2013, 7, 11), False, ON),
                person("Aoife O'Connor", date(2015, 1, 30), False, ON),
                person("Siobhan O'Connor", date(1987, 8, 8), True, ON),
            ),
            postcode="WV14 9AA",
            lead_professional_name="Martin Doyle",
            lead_professional_email="martin.doyle@edwelfare.example.gov.uk",
            level_of_need=None,
        ),
    ),
)
