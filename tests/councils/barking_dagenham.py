"""Barking and Dagenham: LBBD Multi Agency Referral Form (MARF) to the MASH Team."""

# ruff: noqa: E501  (labels and answers are copied verbatim from the published form)

from datetime import date

from tests.councils.kit import (
    CB,
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

URL = "https://docest.com/doc/611308/guidance-notes-lbbd-multi-agency-referral-form"
TITLE = "Guidance Notes LBBD (Multi Agency Referral Form) – London Borough of Barking and Dagenham MASH Team"
ON = date(2025, 10, 30)


def _build() -> bytes:
    blocks = [
        Title("LBBD Multi Agency Referral Form (MARF)"),
        Para(
            "Child Protection Referrals – if there are concerns that a child may be suffering significant harm the "
            "information must be telephoned directly to the MASH Team. The MARF must then be completed and forwarded to "
            "the MASH Team within 24 hours as a written confirmation of the referral details."
        ),
        Table(
            [
                [CB(True, "Child Protection Referral")],
                [CB(False, "Children in Need referral")],
                [CB(False, "Non child protection concerns (information sharing / CAF)")],
            ]
        ),
        kv(
            ("Date and time telephoned to the MASH Team", "30/10/2025 08:55"),
            ("Name of MASH worker spoken to", "Duty Social Worker (Team 2)"),
            per_row=2,
        ),
        Heading("Details of the child(ren)"),
        grid(
            ["Surname", "Forename", "DOB", "Gender", "School / nursery", "Address"],
            [
                [
                    "SIMMONS",
                    "Kai",
                    "05/05/2016",
                    "M",
                    "Cradley C of E Primary",
                    "9 Colley Lane, Cradley Heath DY9 0QQ",
                ]
            ],
        ),
        Heading("Parents / carers and household members"),
        grid(
            [
                "Name",
                "Relationship",
                "DOB",
                "Parental responsibility",
                "Lives at the child’s address",
            ],
            [
                ["Jodie Simmons", "Mother", "03/03/1994", "Yes", "Yes"],
                ["Lewis Barker", "Mother’s partner", "01/01/1990", "No", "Yes"],
            ],
        ),
        Heading("The needs of the child/ren"),
        Table(
            [
                [
                    "Kai came into school with a burn mark on the back of his hand and said Lewis held it to the cooker. "
                    "He is frightened to go home."
                ]
            ]
        ),
        Heading("What support has already been provided to the family"),
        Table(
            [
                [
                    "School nurse involvement; attendance support; mum declined a parenting course in June."
                ]
            ]
        ),
        Heading("Desired outcomes"),
        Table([["Kai to be seen by a social worker and the police today; a strategy discussion."]]),
        Heading("Consent"),
        kv(
            ("Have the parents/carers been informed of this referral?", "No"),
            (
                "If not, why not?",
                "Informing the family would place Kai at risk of significant harm; police are aware.",
            ),
            widths=[2, 3],
        ),
        Heading("Referrer"),
        kv(
            ("Name", "Fiona McAllister"),
            ("Designation", "Designated Safeguarding Lead"),
            ("Agency", "Cradley C of E Primary School"),
            ("Address", "Colley Lane, Cradley Heath B64 7RS"),
            ("Telephone", "01632 960 405"),
            ("Email", "f.mcallister@cradley.example.sch.uk"),
            ("Date", "30/10/2025"),
            per_row=2,
        ),
    ]
    return render_pdf(blocks, title="LBBD MARF")


CASES: tuple[CouncilCase, ...] = (
    CouncilCase(
        case_id="barking-dagenham-marf-01",
        council="London Borough of Barking and Dagenham",
        source_url=URL,
        source_title=TITLE,
        layout="flattened PDF MARF: Child Protection / Children in Need / non-CP tick list with CP ticked and the time "
        "it was telephoned to the MASH; headings from the guidance (needs, support provided, desired outcomes); "
        "parents not informed",
        filename="referral.pdf",
        assessment_date=ON,
        build=_build,
        expected=Expected(
            form_type="early_help_assessment",
            people=(
                person("Kai SIMMONS", date(2016, 5, 5), False, ON),
                person("Jodie Simmons", date(1994, 3, 3), False, ON),
                person("Lewis Barker", date(1990, 1, 1), False, ON),
            ),
            postcode="DY9 0QQ",
            lead_professional_name="Fiona McAllister",
            lead_professional_email="f.mcallister@cradley.example.sch.uk",
            level_of_need=None,
            safeguarding=True,
            queue_reason="safeguarding_concern",
        ),
    ),
)
