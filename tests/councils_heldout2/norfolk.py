"""Norfolk: referral following a Children's Advice and Duty Service (CADS) consultation, recording the level of need."""

# ruff: noqa: E501  (labels are copied verbatim from the published page)

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

URL = "https://www.schools.norfolk.gov.uk/article/67981/Making-a-referral-or-professional-consultation"
TITLE = "Norfolk Schools – What to do if you have concerns about a child: Making a referral or professional consultation (CADS 0344 800 8021; Norfolk Continuum of Needs Guidance 2023)"
ON = date(2026, 4, 9)


def _build() -> bytes:
    blocks = [
        Title(
            "Referral to Children's Services",
            "following a consultation with the Children's Advice and Duty Service (CADS)",
        ),
        Para(
            "Never delay in making a referral if you believe a child is at risk or suffering harm."
        ),
        Heading("Consultation"),
        kv(
            ("Date and time of call to CADS", "09/04/2026 10:15"),
            ("CADS consultant", "Ms L. Ward"),
            ("Outcome", "Formal referral - recording the level of need"),
        ),
        Heading("Level of need (Norfolk Continuum of Needs)"),
        Table(
            [
                [
                    Boxes(
                        (
                            CB(False, "Level 1"),
                            CB(False, "Level 2"),
                            CB(False, "Level 3"),
                            CB(True, "Level 4"),
                        )
                    )
                ]
            ]
        ),
        Heading("The child and family composition"),
        grid(
            ["Name", "DOB", "Relationship", "Address"],
            [
                [
                    "Tyler-James Evans",
                    "15/03/2014",
                    "Child",
                    "88 Vicarage Road, Pedmore, Stourbridge DY9 0QQ",
                ],
                ["Courtney Evans", "02/11/1995", "Mother", "same"],
            ],
        ),
        Heading("The nature of the concern and how immediate it is"),
        Table(
            [
                [
                    "Tyler-James (12) arrived with a burn to his hand and says mum held it on the cooker. Previous bruising noted in February."
                ]
            ]
        ),
        Heading("Have you informed parents/carers of your concern?"),
        Table([["No - CADS advised not to inform mum before the strategy discussion."]]),
        Heading("Referrer"),
        kv(
            ("Name", "Simon Ayres"),
            ("Role", "Deputy Head / DSL"),
            ("School", "Pedmore Technology College, Grange Lane, Stourbridge DY9 7HS"),
            ("Email", "s.ayres@pedmoretc.example.sch.uk"),
            per_row=2,
        ),
    ]
    return render_pdf(blocks, "Referral")


CASES: tuple[CouncilCase, ...] = (
    CouncilCase(
        case_id="heldout2-norfolk-cads-01",
        council="Norfolk County Council",
        source_url=URL,
        source_title=TITLE,
        layout="flattened PDF after a CADS call: 'Level 4' ticked among four level boxes, parents not informed; the address sits in the child's row, 'same' for mum; school in the DY9 district",
        filename="referral.pdf",
        assessment_date=ON,
        build=_build,
        expected=Expected(
            form_type="early_help_assessment",
            people=(
                person("Tyler-James Evans", date(2014, 3, 15), False, ON),
                person("Courtney Evans", date(1995, 11, 2), False, ON),
            ),
            postcode="DY9 0QQ",
            lead_professional_name="Simon Ayres",
            lead_professional_email="s.ayres@pedmoretc.example.sch.uk",
            level_of_need=4,
            safeguarding=True,
            queue_reason="safeguarding_concern",
        ),
    ),
)
