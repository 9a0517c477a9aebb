"""Shropshire: Multi-Agency Referral Form (MARF)."""

# ruff: noqa: E501  (labels and answers are copied verbatim from the published form)

from datetime import date

from tests.councils.kit import CB, Boxes, Heading, Para, Title, grid, kv, person, render_pdf
from tests.councils.model import CouncilCase, Expected

URL = "https://docsbay.net/place-the-child-at-increased-risk-of-significant-harm"
TITLE = "Shropshire Multi-Agency Referral Form MARF"
ON = date(2025, 10, 15)


def _build() -> bytes:
    blocks = [
        Title("Shropshire Multi-Agency Referral Form", "MARF"),
        Para(
            "BEFORE PROCEEDING PLEASE ensure you have referred to the Threshold Document, if you still remain "
            "unsure that a referral is needed you can book a Social Work consultation through First Point of "
            "Contact (FPOC)."
        ),
        Para(
            "You MUST inform those with parental responsibility of your referral and seek consent.",
            bold=True,
        ),
        grid(
            ["First Point of Contact (FPOC)", "0345 678 9021"],
            [["Out of hours Emergency Duty Team", "0345 678 9040"]],
        ),
        kv(
            (
                "Have you obtained parental consent to make this referral and share information?",
                Boxes((CB(True, "Yes"), CB(False, "No"))),
            ),
            (
                "If you haven’t obtained parental consent, why not?",
                "N/A – consent given by Stacey Green (mother) in person on 15/10/2025",
            ),
            widths=[3, 2],
        ),
        Heading("1. Child / Young Person Details"),
        grid(
            ["Child’s First Name", "Child’s Surname / Last Name", "Any alternative name"],
            [["Logan", "Green", "None"]],
        ),
        grid(
            [
                "Date of Birth or Estimated Date of Delivery",
                "Gender (M/F)",
                "Religion",
                "Language or preferred method of communication e.g. sign language",
            ],
            [["04/02/2018", "M", "None", "English"]],
        ),
        kv(("Address", "8 Norton Road, Stourbridge"), ("Postcode", "DY8 2SE"), per_row=2),
        Para(
            "Name of Parents / Carers: Include all adults involved in the care of the child",
            bold=True,
        ),
        grid(
            ["Name", "Date of Birth", "Relationship to child", "Address (if different)"],
            [["Stacey Green", "22/09/1995", "Mother", ""]],
        ),
        Para("Siblings / other children in the household", bold=True),
        grid(
            ["Name", "Date of Birth", "Relationship to child"],
            [["Isla Green", "16/06/2023", "Sister"]],
        ),
        Heading("2. Referrer Details"),
        kv(
            ("Name", "Farah Siddiqui"),
            ("Job title", "Family Liaison Officer"),
            ("Agency", "Norton Primary School"),
            ("Address", "Stourbridge Road, Norton DY8 3PQ"),
            ("Telephone", "01632 960 565"),
            ("Email", "f.siddiqui@nortonprimary.example.sch.uk"),
            ("Date", "15/10/2025"),
            per_row=2,
        ),
        Heading("3. Reason for referral"),
        Para(
            "Logan's behaviour has deteriorated since dad left; mum is asking for parenting support and "
            "help with housing arrears."
        ),
    ]
    return render_pdf(blocks, "MARF")


CASES: tuple[CouncilCase, ...] = (
    CouncilCase(
        case_id="shropshire-marf-01",
        council="Shropshire Council",
        source_url=URL,
        source_title=TITLE,
        layout="flattened PDF MARF: parental consent question at the very top, header rows above single "
        "answer rows; 'Date of Birth or Estimated Date of Delivery'",
        filename="referral.pdf",
        assessment_date=ON,
        build=_build,
        expected=Expected(
            form_type="early_help_assessment",
            people=(
                person("Logan Green", date(2018, 2, 4), False, ON),
                person("Stacey Green", date(1995, 9, 22), True, ON),
                person("Isla Green", date(2023, 6, 16), False, ON),
            ),
            postcode="DY8 2SE",
            lead_professional_name="Farah Siddiqui",
            lead_professional_email="f.siddiqui@nortonprimary.example.sch.uk",
            level_of_need=None,
        ),
    ),
)
