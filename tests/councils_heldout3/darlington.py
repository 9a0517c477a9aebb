"""Darlington: Early Help Assessment, the single assessment used by the multi-agency partnership,
undertaken by a lead practitioner."""

# ruff: noqa: E501  (wording follows the published page)

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

URL = "https://www.darlington-safeguarding-partnership.co.uk/professionals/working-with-children/child-protection-procedures/early-help"
TITLE = "Darlington Safeguarding Partnership – Early help (the Early Help Assessment is the single assessment used by multi-agency partnerships; a lead practitioner should undertake the assessment; Multi-Agency Threshold Tool)"

ON = date(2026, 3, 31)


def _build() -> bytes:
    blocks = [
        Title("Early Help Assessment", "Darlington Safeguarding Partnership"),
        Para(
            "The Early Help Assessment is the single assessment used by multi-agency partnerships. It provides a standard and co-ordinated approach "
            "so that children, young people and their families receive the right support at an early stage."
        ),
        Heading("Lead practitioner undertaking the assessment"),
        kv(
            ("Name", "Sinead Murphy"),
            ("Agency", "Dudley Refuge Outreach Service"),
            ("Office address", "PO Box 1234, Dudley DY1 9XX"),
            ("Email", "sinead.murphy@refugeoutreach.example.org.uk"),
            ("Telephone", "07700 900 659"),
            ("Date of assessment", "31/03/2026"),
            per_row=2,
        ),
        Heading("Family details"),
        kv(
            (
                "Address",
                "Refuge accommodation – address withheld for safety. Contact via the lead practitioner.",
            ),
            ("Postcode", "Withheld"),
        ),
        grid(
            ["Name", "Date of birth", "Relationship", "School / setting"],
            [
                ["Leah Sinclair", "18/10/1995", "Mother", ""],
                ["Isaac Sinclair", "23/06/2017", "Son", "Temporary place – school not named here"],
                ["Evie Sinclair", "14/01/2023", "Daughter", ""],
            ],
        ),
        Heading("Significant others not living with the family"),
        grid(
            ["Name", "Relationship", "Notes"],
            [
                [
                    "Ross Sinclair",
                    "Father",
                    "Non-molestation order in place – must not be given any information",
                ]
            ],
        ),
        Heading("Strengths, needs and analysis"),
        Table(
            [
                [
                    "Leah and the children came into refuge on 09/03/2026 after leaving Ross. The MARAC risk has reduced since the order; no current child protection concerns. "
                    "Isaac is unsettled and hits out at his sister; Evie has no health visitor yet. Needs: school place, health visitor transfer, Isaac’s emotional support, "
                    "a move-on housing plan."
                ]
            ]
        ),
        Heading("Consent"),
        Para(
            "I agree to this Early Help Assessment and to it being shared with the services in our plan."
        ),
        Para("Signed: L. Sinclair          Print name: Leah Sinclair          Date: 31/03/2026"),
    ]
    return render_pdf(blocks, "Early Help Assessment")


CASES: tuple[CouncilCase, ...] = (
    CouncilCase(
        case_id="heldout3-darlington-eha-01",
        council="Darlington Borough Council",
        source_url=URL,
        source_title=TITLE,
        layout="flattened PDF EHA for a family in refuge: address and Postcode 'withheld for safety'; the only postcode on the form is the outreach service's PO Box (DY1 9XX); the father in a 'Significant others not living with the family' grid; a 'Signed: Print name: Date:' consent line",
        filename="referral.pdf",
        assessment_date=ON,
        build=_build,
        expected=Expected(
            form_type="early_help_assessment",
            people=(
                person("Leah Sinclair", date(1995, 10, 18), True, ON),
                person("Isaac Sinclair", date(2017, 6, 23), False, ON),
                person("Evie Sinclair", date(2023, 1, 14), False, ON),
            ),
            postcode=None,
            lead_professional_name="Sinead Murphy",
            lead_professional_email="sinead.murphy@refugeoutreach.example.org.uk",
            level_of_need=None,
            queue_reason="postcode_missing",
        ),
    ),
)
