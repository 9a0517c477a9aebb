"""Luton: Step Down to Early Help from Children and Family Social Work Services (Step-Up and Step-Down procedure)."""

# ruff: noqa: E501  (labels and answers are copied verbatim from the published form)

from datetime import date

from tests.councils.kit import (
    CB,
    Boxes,
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

URL = "https://www.proceduresonline.com/luton/childcare/p_step_up_down.html"
TITLE = "Luton Children's Services Procedures Manual – Step-Up and Step-Down (Step Up/Step Down between Children and Family Social Work Services from Early Help Services)"
ON = date(2025, 9, 25)


def _build() -> bytes:
    blocks = [
        Title(
            "Step Down Request",
            "Children and Family Social Work Services to Prevention and Early Intervention Early Help Services",
        ),
        Heading("1. Case details"),
        kv(
            ("Family surname", "ADAMS / BAILEY"),
            ("Address", "Flat 2, 17 Horseley Road, Tipton DY4 0RE"),
            (
                "Social worker",
                "Olivia Grant, Children and Family Social Work, o.grant@cfsw.example.gov.uk",
            ),
            ("Date of step down meeting", "25/09/2025"),
            per_row=1,
        ),
        Table(
            [
                [
                    Boxes(
                        (
                            CB(False, "Stepping down from a Child Protection Plan"),
                            CB(True, "Stepping down from a Child in Need Plan"),
                            CB(False, "Closing after assessment"),
                        )
                    )
                ]
            ]
        ),
        kv(
            (
                "Tier of need on step down",
                "Tier 3 – Multiple Additional Needs (Early Help Assessment)",
            )
        ),
        Heading("2. Household"),
        grid(
            ["Surname", "Forename", "DOB", "Relationship to child", "PR"],
            [
                ["Adams", "Tianna", "03/03/2013", "Subject child", ""],
                ["Bailey", "Kobe", "18/07/2020", "Half-brother", ""],
                ["Adams", "Chantelle", "11/01/1991", "Mother", "Y"],
                ["Bailey", "Marcus", "29/05/1989", "Step-father (Kobe’s father)", "Kobe only"],
            ],
        ),
        Heading("3. Why the case is stepping down"),
        Table(
            [
                [
                    "The CIN plan goals are met: Tianna’s school attendance is 93% and there have been no incidents since June. The family still want help with Tianna’s anxiety and with budgeting."
                ]
            ]
        ),
        Heading("4. Outstanding needs for the Early Help Assessment"),
        grid(
            ["Need", "Suggested support"],
            [
                ["Tianna’s anxiety", "School counsellor; Kooth"],
                ["Debt and budgeting", "Money advice via the Family Hub"],
            ],
        ),
        Heading("5. Early Help Key Worker"),
        kv(
            ("Name", "Sophie Turner"),
            ("Service", "Prevention and Early Intervention – Tipton and Coseley team"),
            ("Email", "sophie.turner@eip.example.gov.uk"),
            ("Telephone", "01632 960 834"),
            per_row=2,
        ),
        Heading("6. Family agreement to step down"),
        Para(
            "We agree to the case stepping down to Early Help and to information being shared with the Early Help Key Worker."
        ),
        grid(
            ["Name", "Signature", "Date"],
            [
                ["Chantelle Adams", "C Adams", "25/09/2025"],
                ["Marcus Bailey", "M. Bailey", "25/09/2025"],
            ],
        ),
    ]
    return render_pdf(blocks, title="Step Down Request")


CASES: tuple[CouncilCase, ...] = (
    CouncilCase(
        case_id="luton-stepdown-01",
        council="Luton Borough Council",
        source_url=URL,
        source_title=TITLE,
        layout="flattened PDF step-down request from a CIN plan (CP / CIN / closing ☒/☐): family surname 'ADAMS / BAILEY', "
        "'Tier 3' stated, Surname | Forename household grid, named Early Help Key Worker apart from the social worker, both adults sign",
        filename="referral.pdf",
        assessment_date=ON,
        build=_build,
        expected=Expected(
            form_type="step_down",
            people=(
                person("Tianna Adams", date(2013, 3, 3), False, ON),
                person("Kobe Bailey", date(2020, 7, 18), False, ON),
                person("Chantelle Adams", date(1991, 1, 11), True, ON),
                person("Marcus Bailey", date(1989, 5, 29), True, ON),
            ),
            postcode="DY4 0RE",
            lead_professional_name="Sophie Turner",
            lead_professional_email="sophie.turner@eip.example.gov.uk",
            level_of_need=3,
        ),
    ),
)
