"""Wandsworth: Early Help Assessment (EHA), built on Signs of Safety and Well Being, used as the referral to services."""

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

URL = "https://thrive.wandsworth.gov.uk/kb5/wandsworth/fsd/advice.page?id=QospX0VGq3c"
TITLE = "Wandsworth Family Services Directory – Early Help Assessment (EHA) (Signs of Safety and Well Being; referring to services using the EHA; service request via EHITS)"
ON = date(2026, 1, 14)


def _build() -> bytes:
    blocks = [
        Title("Early Help Assessment (EHA)", "Signs of Safety and Well Being"),
        Heading("Service request"),
        kv(
            ("Service requested", "Targeted family support"),
            (
                "What are you asking the service to do?",
                "Weekly key work with mum on routines and school attendance for Jayden.",
            ),
            ("Consent to share this EHA with the proposed service?", "Yes – see consent section"),
            widths=[2, 3],
        ),
        Heading("Family"),
        grid(
            ["Name", "Date of birth", "Relationship", "School / setting"],
            [
                [
                    "Jayden Campbell",
                    "08/10/2015",
                    "Son",
                    "Priory Primary School, Priory Road, Dudley DY1 1AA",
                ],
                ["Amara Campbell", "25/04/2017", "Daughter", "Priory Primary School"],
                ["Shanice Campbell", "02/12/1993", "Mother", "—"],
            ],
        ),
        kv(
            ("Home address", "Flat 11, Delph Court, Brierley Hill DY5 2HT"),
            ("Telephone", "07700 900 877"),
            per_row=2,
        ),
        Heading("What are we worried about?"),
        Table(
            [
                [
                    "Jayden’s attendance is 81%; he is often late and hungry. Shanice has sickle cell disease and has had two hospital admissions this term."
                ]
            ]
        ),
        Heading("What is working well?"),
        Table(
            [
                [
                    "The children are warmly cared for; Shanice’s sister helps with school runs when she can."
                ]
            ]
        ),
        Heading("What needs to happen?"),
        Table(
            [
                [
                    "A morning routine plan, breakfast club place for both children, and a carer’s assessment for Shanice."
                ]
            ]
        ),
        Heading("Scaling (0–10)"),
        Para("Mum: 6    School: 5"),
        Heading("Practitioner completing the EHA"),
        kv(
            ("Name", "Tom Bradley"),
            ("Role", "Learning Mentor"),
            ("Agency", "Priory Primary School"),
            ("Email", "t.bradley@priory.example.sch.uk"),
            ("Telephone", "01632 960 881"),
            ("Date", "14/01/2026"),
            per_row=2,
        ),
        Heading("Consent"),
        grid(
            ["Name", "I consent to this EHA being shared with the proposed service", "Date"],
            [["Shanice Campbell", "✓  S Campbell", "14/01/2026"]],
        ),
    ]
    return render_pdf(blocks, title="Early Help Assessment")


CASES: tuple[CouncilCase, ...] = (
    CouncilCase(
        case_id="wandsworth-eha-01",
        council="London Borough of Wandsworth",
        source_url=URL,
        source_title=TITLE,
        layout="flattened PDF EHA used as a service request: the request and consent question first, the school's address "
        "(another Dudley-table postcode) inside the family grid, home address after it; consent a ✓ with the mother's signature",
        filename="referral.pdf",
        assessment_date=ON,
        build=_build,
        expected=Expected(
            form_type="early_help_assessment",
            people=(
                person("Jayden Campbell", date(2015, 10, 8), False, ON),
                person("Amara Campbell", date(2017, 4, 25), False, ON),
                person("Shanice Campbell", date(1993, 12, 2), True, ON),
            ),
            postcode="DY5 2HT",
            lead_professional_name="Tom Bradley",
            lead_professional_email="t.bradley@priory.example.sch.uk",
            level_of_need=None,
        ),
    ),
)
