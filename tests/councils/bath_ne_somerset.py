"""Bath and North East Somerset: Request for Service form (Children and Families Assessment and Intervention Team)."""

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
    render_pdf,
)
from tests.councils.model import CouncilCase, Expected

URL = "https://docsbay.net/at-all-other-times-call-the-out-of-hours-duty-team-on-01454-615165"
TITLE = "Bath and North East Somerset Request for Service form (Children and Families Assessment and Intervention Team, 01225 396312)"
ON = date(2025, 7, 8)


def _build() -> bytes:
    blocks = [
        Title("Request for Service"),
        Para(
            "Please ensure you complete all sections on the form correctly, giving as much information so we can match the "
            "response to the needs of the child, young person or family. Any gaps or lack of information may result in it "
            "being returned to you which could delay the process."
        ),
        Para(
            "If the child or young person is at risk of immediate significant harm, do not delay, ring the Children and "
            "Families Assessment and Intervention Team on 01225 396312 or 01225 396313. At all other times call the out of "
            "hours duty team on 01454 615165. If you have telephoned, complete and send the form within forty eight hours."
        ),
        Heading("Child(ren) / young person"),
        Para("Names (including aliases), dates of birth/ages, gender, address(es)"),
        grid(
            [
                "Name (including aliases)",
                "Date of birth / age",
                "Gender",
                "Address",
                "School / early years setting and attendance",
            ],
            [
                [
                    "Harvey Cole",
                    "22/04/2019 (6)",
                    "M",
                    "12 Pedmore Road, Lye, Stourbridge DY9 7AA",
                    "Lye Primary – 93%",
                ],
                [
                    "Poppy Cole",
                    "30/11/2022 (2)",
                    "F",
                    "as above",
                    "Little Acorns Nursery – 2 sessions",
                ],
            ],
        ),
        Heading("Family members"),
        grid(
            ["Name", "Relationship", "Date of birth / age", "Address(es)"],
            [
                ["Jade Cole", "Mother", "14/08/1996", "as above"],
                ["Ryan Marsh", "Mum’s partner (lives with the family)", "02/02/1994", "as above"],
                [
                    "Geoffrey Cole",
                    "Maternal grandfather – does not live at the address",
                    "1961",
                    "Hayes Lane, Stourbridge DY9 8RE",
                ],
            ],
        ),
        Heading("Parental responsibility and primary carer(s)"),
        kv(
            (
                "Name(s) of person(s) with parental responsibility (for consent purposes)",
                "Jade Cole",
            ),
            ("Primary carer(s) if different", ""),
            ("Name of this person’s partner if they are impacting on the situation", "Ryan Marsh"),
            widths=[3, 2],
        ),
        Heading("GP, HV and / or school nurse (if known)"),
        kv(
            ("GP", "Dr Khan, Lye Health Centre DY9 8ET"), ("Health Visitor", "Not known"), per_row=2
        ),
        Heading("Communication needs (Accessible Information Standard)"),
        Table([["None – English spoken at home."]]),
        Heading("Your concern about the child(ren), young person or family"),
        Table(
            [
                [
                    "Key events: 02/06/2025 Harvey came to school hungry; 20/06/2025 mum disclosed rent arrears and low mood. "
                    "Mum and Ryan would like family support and help with budgeting."
                ]
            ]
        ),
        Heading("Consent"),
        kv(
            ("Has the family agreed to this request for service?", "Yes"),
            (
                "Who agreed, and how?",
                "Consent gained verbally from Jade Cole and Ryan Marsh on 07/07/2025 at home visit",
            ),
            widths=[2, 3],
        ),
        Heading("Your details"),
        kv(
            ("Name", "Hannah Brookes"),
            ("Role", "Family Support Worker"),
            ("Organisation", "Lye Primary School"),
            ("Address", "Valley Road, Lye DY9 8JT"),
            ("Telephone", "01632 960 973"),
            ("Email", "h.brookes@lyeprimary.example.sch.uk"),
            ("Date", "08/07/2025"),
            per_row=2,
        ),
    ]
    return render_pdf(blocks, title="Request for Service")


CASES: tuple[CouncilCase, ...] = (
    CouncilCase(
        case_id="banes-rfs-01",
        council="Bath and North East Somerset Council",
        source_url=URL,
        source_title=TITLE,
        layout="flattened PDF request for service laid out on the published checklist: children table with the address "
        "in each row ('as above'), family members table mixing household and a grandfather 'does not live at the "
        "address' (DY9 decoy); consent gained verbally, named",
        filename="referral.pdf",
        assessment_date=ON,
        build=_build,
        expected=Expected(
            form_type="early_help_assessment",
            people=(
                person("Harvey Cole", date(2019, 4, 22), False, ON),
                person("Poppy Cole", date(2022, 11, 30), False, ON),
                person("Jade Cole", date(1996, 8, 14), True, ON),
                person("Ryan Marsh", date(1994, 2, 2), True, ON),
            ),
            postcode="DY9 7AA",
            lead_professional_name="Hannah Brookes",
            lead_professional_email="h.brookes@lyeprimary.example.sch.uk",
            level_of_need=None,
        ),
    ),
)
