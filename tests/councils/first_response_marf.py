"""Unidentified council (front door 'First Response'): Multi Agency Referral Form (MARF)."""

# ruff: noqa: E501  (labels and answers are copied verbatim from the published form)

from datetime import date

from tests.councils.kit import (
    BOX,
    TICK,
    Heading,
    L,
    Para,
    Table,
    Title,
    grid,
    kv,
    person,
    render_pdf,
)
from tests.councils.model import CouncilCase, Expected

URL = "https://docsbay.net/why-are-you-making-this-referral"
TITLE = "Multi Agency Referral Form (MARF) – First Response (level 3 / level 4 on the threshold document)"
ON = date(2025, 7, 1)


def _build() -> bytes:
    blocks = [
        Title("Multi Agency Referral Form (MARF)"),
        Para("A multi-agency referral should be made when the agency considers:"),
        Table(
            [
                [
                    TICK,
                    "A child has multiple needs requiring a multi-agency coordinated response with a lead "
                    "professional (level 3 on the threshold document).",
                ],
                [
                    BOX,
                    "A child has a high level of unmet and complex needs or is a child in need of protection "
                    "(level 4 on the threshold document).",
                ],
            ],
            [1, 12],
        ),
        Para(
            "All telephone referrals must be followed up with completion of a MARF by the referrer within 48 hours."
        ),
        Heading("Details of Person Making a Referral (person completing this form)"),
        Table(
            [
                [L("Name:"), "Zoe Whitfield", L("Date of Referral:"), "01/07/2025"],
                [
                    L("Role:"),
                    "Community Midwife",
                    L("Agency:"),
                    "Dudley Group NHS Foundation Trust",
                ],
                [
                    L("Contact Details:"),
                    "Netherton Health Centre, Halesowen Road, Netherton DY2 9PU",
                    L("Tel:"),
                    "01632 960 303",
                ],
                [L("Email:"), "zoe.whitfield@nhs.net", L(""), ""],
            ]
        ),
        kv(
            (
                "Are the parents/carers aware of this referral to Early Help or Children's Social Care?",
                f"Yes {TICK}   No {BOX}",
            ),
            ("If ‘No’ give a reason for not informing parents/carers", ""),
            widths=[3, 2],
        ),
        Para(
            "Parental Consent is not necessary at level 4(if the child is likely to suffer / is suffering "
            "significant harm)."
        ),
        Heading("Parent / Carer / Young Person"),
        grid(
            [
                "I agree for this referral to be made and for information to be shared",
                "Signature",
                "Date",
            ],
            [
                ["Amy Lockley (mother)", "A Lockley", "01/07/2025"],
                ["Jordan Cox (father)", "J. Cox", "01/07/2025"],
            ],
        ),
        Heading("Child / unborn child and family"),
        grid(
            ["Name", "Date of birth / EDD", "Relationship", "Address"],
            [
                [
                    "Amy Lockley",
                    "14/02/2004",
                    "Mother",
                    "18 St Andrew's Street, Netherton, DY2 0AB",
                ],
                ["Jordan Cox", "26/05/2002", "Father", "Same"],
                ["Kaylee Cox", "08/08/2022", "Sister", "Same"],
            ],
        ),
        Heading("Why are you making this referral?"),
        Para(
            "Young parents with a toddler and a baby due in September; housing is overcrowded and mum has a "
            "history of anxiety. They would like a family support worker."
        ),
    ]
    return render_pdf(blocks, "MARF")


CASES: tuple[CouncilCase, ...] = (
    CouncilCase(
        case_id="first-response-marf-01",
        council="Unidentified council (First Response MARF)",
        source_url=URL,
        source_title=TITLE,
        layout="flattened PDF MARF: level 3 / level 4 statements with the level 3 one ticked; consent table "
        "headed 'I agree for this referral...' | Signature | Date; mother's address given on her own row, "
        "the others 'Same'",
        filename="referral.pdf",
        assessment_date=ON,
        build=_build,
        expected=Expected(
            form_type="early_help_assessment",
            people=(
                person("Amy Lockley", date(2004, 2, 14), True, ON),
                person("Jordan Cox", date(2002, 5, 26), True, ON),
                person("Kaylee Cox", date(2022, 8, 8), False, ON),
            ),
            postcode="DY2 0AB",
            lead_professional_name="Zoe Whitfield",
            lead_professional_email="zoe.whitfield@nhs.net",
            level_of_need=3,
        ),
    ),
)
