"""Cheshire East: Early Help Assessment (Signs of Wellbeing), signatures typed as 'signature held on file'."""

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

URL = "https://www.cheshireeast.gov.uk/livewell/care-and-support-for-children/services-from-childrens-social-care/early-help/early-help-questions-and-answers.aspx"
TITLE = "Cheshire East Early Help assessments – questions and answers for professionals (How do I get a signature on the electronic Early Help forms)"
ON = date(2025, 12, 2)


def _build() -> bytes:
    blocks = [
        Title("Early Help Assessment", "Signs of Wellbeing"),
        Para(
            "Those signing the Early Help forms should sign a paper copy which is held on the Lead Professional case file. "
            "If you are sending in the forms electronically you can type in the space where the signature goes the words "
            "‘signature held on file’ and record the date of the signature."
        ),
        Heading("Assessment completed by"),
        kv(
            ("Name", "Karen Lloyd"),
            ("Role", "Nursery Manager"),
            ("Service", "Tiny Steps Day Nursery"),
            ("Address", "Market Street, Kingswinford DY6 9JS"),
            ("Telephone", "01632 960 344"),
            ("Email", "karen.lloyd@tinysteps.example.co.uk"),
            ("Date assessment completed", "02/12/2025"),
            per_row=2,
        ),
        Heading("Lead Professional"),
        kv(
            ("Name", "Priya Shah"),
            ("Role", "Health Visitor"),
            ("Service", "0-19 Health Visiting, Kingswinford"),
            ("Telephone", "01632 960 352"),
            ("Email", "priya.shah@hv.example.nhs.uk"),
            ("Agreed at TAF on", "02/12/2025"),
            per_row=2,
        ),
        Heading("Family details"),
        kv(("Address", "31 Summer Hill, Kingswinford"), ("Postcode", "DY6 7AA"), per_row=2),
        grid(
            ["Name", "Date of birth", "Relationship", "Gender", "School / setting / occupation"],
            [
                ["Daisy Holt", "06/06/2019", "Child", "F", "Maidensbridge Primary (Reception)"],
                ["Alfie Holt", "09/09/2021", "Child", "M", "Tiny Steps Day Nursery"],
                ["Sophie Holt", "04/04/1995", "Mother", "F", "Part-time retail"],
                [
                    "Jordan Kerr",
                    "11/11/1993",
                    "Mum’s partner, lives at the address",
                    "M",
                    "Warehouse",
                ],
            ],
        ),
        Heading("What are we worried about?"),
        Table(
            [
                [
                    "Alfie (4) has significant speech delay and Daisy is often late; Sophie is struggling since her mother moved away."
                ]
            ]
        ),
        Heading("What’s working well?"),
        Table(
            [
                [
                    "The children are well cared for and love nursery; Jordan does the school run when he is on lates."
                ]
            ]
        ),
        Heading("What needs to happen?"),
        Table(
            [
                [
                    "Speech and language referral for Alfie, a parenting group for Sophie, help with morning routine."
                ]
            ]
        ),
        Heading("Signatures"),
        grid(
            ["Name", "Signature", "Date"],
            [
                ["Sophie Holt", "signature held on file", "02/12/2025"],
                ["Jordan Kerr", "signature held on file", "02/12/2025"],
                ["Karen Lloyd (assessor)", "K Lloyd", "02/12/2025"],
            ],
        ),
    ]
    return render_docx(blocks)


CASES: tuple[CouncilCase, ...] = (
    CouncilCase(
        case_id="cheshire-east-eha-01",
        council="Cheshire East Council",
        source_url=URL,
        source_title=TITLE,
        layout="Word EHA: 'Assessment completed by' (nursery manager) and a separate 'Lead Professional' block (health "
        "visitor) before the family; signatures typed 'signature held on file' as the Q&A instructs",
        filename="referral.docx",
        assessment_date=ON,
        build=_build,
        expected=Expected(
            form_type="early_help_assessment",
            people=(
                person("Daisy Holt", date(2019, 6, 6), False, ON),
                person("Alfie Holt", date(2021, 9, 9), False, ON),
                person("Sophie Holt", date(1995, 4, 4), True, ON),
                person("Jordan Kerr", date(1993, 11, 11), True, ON),
            ),
            postcode="DY6 7AA",
            lead_professional_name="Priya Shah",
            lead_professional_email="priya.shah@hv.example.nhs.uk",
            level_of_need=None,
        ),
    ),
)
