"""Oldham: Family Help Assessment and Family Action Plan, placed on Oldham's Continuum of Need."""

# ruff: noqa: E501  (labels are copied verbatim from the published pages)

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
    render_docx,
)
from tests.councils.model import CouncilCase, Expected

URL = "https://www.olscb.org/professionals/assessments/"
TITLE = "Oldham Safeguarding Partnership – Make an assessment: Continuum of Need (Universal, Universal Plus 'Earliest Possible Help', Targeted Early Help, Children's Social Care) and the Family Help Assessment"
ON = date(2026, 3, 31)


def _build() -> bytes:
    blocks = [
        Title("Family Help Assessment"),
        Para(
            "Following an assessment of the family (using the Family Help Tool) there will be a plan of action on a form called the Family Action Plan."
        ),
        Heading("Where does this family sit on the Continuum of Need?"),
        Table(
            [
                [CB(False, "Universal")],
                [CB(True, "Universal Plus “Earliest Possible Help”")],
                [CB(False, "Targeted Early Help")],
                [CB(False, "Children's Social Care")],
            ]
        ),
        Heading("Family"),
        grid(
            ["Name", "Date of birth", "Relationship", "Address"],
            [
                ["Karen Lowe", "18/10/1982", "Mother", "5 Hill Street, Lye, Stourbridge"],
                ["Bethany Lowe", "06/06/2009", "Daughter", "as above"],
                ["Harvey Lowe", "12/02/2016", "Son", "as above"],
            ],
        ),
        Heading("Professionals working with the family"),
        grid(
            ["Agency", "Name", "Address", "Telephone"],
            [
                [
                    "School",
                    "Mr D. Akhtar (Harvey)",
                    "Cradley Primary School, Lyde Green, Halesowen B63 2PQ",
                    "01632 960 902",
                ],
                ["College", "Bethany's tutor", "Stourbridge College", "01632 960 903"],
            ],
        ),
        Heading("Family Help Tool – what is happening?"),
        Table(
            [
                [
                    "Mum has lost her job and is drinking more; Bethany (16) is caring for Harvey after school and missing college."
                ]
            ]
        ),
        Heading("Assessment completed by"),
        kv(
            ("Name", "Jenny Marsh"),
            ("Role", "Family Worker, Lye Family Centre"),
            ("Email", "jenny.marsh@familycentre.example.gov.uk"),
            ("Date", "31/03/2026"),
            per_row=2,
        ),
        Heading("Family agreement"),
        grid(
            ["Name", "Signature", "Date"],
            [
                ["Karen Lowe", "K Lowe", "31/03/2026"],
                ["Bethany Lowe", "B. Lowe", "31/03/2026"],
            ],
        ),
    ]
    return render_docx(blocks)


CASES: tuple[CouncilCase, ...] = (
    CouncilCase(
        case_id="heldout2-oldham-fha-01",
        council="Oldham Council",
        source_url=URL,
        source_title=TITLE,
        layout="Word Family Help Assessment: Continuum of Need box ticked on a named (not numbered) stage; family address without a postcode, the only postcode on the form is the school's",
        filename="referral.docx",
        assessment_date=ON,
        build=_build,
        expected=Expected(
            form_type="early_help_assessment",
            people=(
                person("Karen Lowe", date(1982, 10, 18), True, ON),
                person("Bethany Lowe", date(2009, 6, 6), True, ON),
                person("Harvey Lowe", date(2016, 2, 12), False, ON),
            ),
            postcode=None,
            lead_professional_name="Jenny Marsh",
            lead_professional_email="jenny.marsh@familycentre.example.gov.uk",
            level_of_need=None,
            queue_reason="postcode_missing",
        ),
    ),
)
