"""Leicester: referral for an Early Help Assessment (EHA), as part of an existing EHA."""

# ruff: noqa: E501  (labels are copied verbatim from the published page)

from datetime import date

from tests.councils.kit import Heading, Para, Table, Title, grid, kv, person, render_pdf
from tests.councils.model import CouncilCase, Expected

URL = "https://www.leicester.gov.uk/schools-and-learning/support-for-children-and-young-people/early-help/referral-for-early-help-assessment/make-an-early-help-assessment-eha-referral/"
TITLE = "Leicester City Council – Make an Early Help Assessment (EHA) referral (requesting support as part of an existing early help assessment)"
ON = date(2026, 3, 9)


def _build() -> bytes:
    blocks = [
        Title("Early Help Assessment (EHA) referral form"),
        Para(
            "A referral can be made by a young person aged over 16, a parent, carer or a professional by completing the referral form. Please refer to the Leicester, Leicestershire and Rutland Threshold Procedures."
        ),
        Heading("Type of request"),
        kv(
            ("New Early Help Assessment", ""),
            ("Requesting support as part of an existing EHA in your agency", "✓"),
            ("Is there an EHC plan in place?", "No"),
        ),
        Heading("Referrer"),
        kv(
            ("Name", "Priya Mistry"),
            ("Role", "SENCo"),
            ("Agency", "Tipton St John Primary"),
            ("Email", "p.mistry@tsjprimary.example.sch.uk"),
            ("Date", "09/03/26"),
            per_row=2,
        ),
        Heading("Lead Practitioner for the existing EHA (if different from referrer)"),
        kv(
            ("Name", "Oliver Grant"),
            ("Role", "Assistant Head (Inclusion)"),
            ("Email", "o.grant@tsjprimary.example.sch.uk"),
            ("Telephone", "01632 960 509"),
            per_row=2,
        ),
        Heading("Family"),
        grid(
            ["Name", "DOB", "Relationship", "Lives at home?"],
            [
                ["Natalie Roberts", "16/08/91", "Mother", "✓"],
                ["Steven Wood", "01/10/88", "Father", "✓"],
                ["Jayden Roberts-Wood", "05/05/16", "Son", "✓"],
                ["Freya Wood", "21/01/21", "Daughter", "✓"],
            ],
        ),
        kv(
            ("Family address", "18 Sedgley Road West, Tipton DY4 0RE"),
            ("Home phone", "01632 960 512"),
        ),
        Heading("Agreement"),
        grid(
            ["Parent / carer", "Agrees to this referral and to information sharing", "Date"],
            [
                ["Natalie Roberts", "✓", "09/03/26"],
                ["Steven Wood", "✓", "09/03/26"],
            ],
        ),
        Heading("What support is being requested?"),
        Table(
            [
                [
                    "Speech and language assessment for Jayden; parenting support (sleep, routines) for both parents."
                ]
            ]
        ),
    ]
    return render_pdf(blocks, "EHA referral")


CASES: tuple[CouncilCase, ...] = (
    CouncilCase(
        case_id="heldout2-leicester-eha-01",
        council="Leicester City Council",
        source_url=URL,
        source_title=TITLE,
        layout="flattened PDF: '✓' marks for the request type, living at home and agreement; dd/mm/yy dates throughout; the existing EHA's Lead Practitioner named apart from the referring SENCo",
        filename="referral.pdf",
        assessment_date=ON,
        build=_build,
        expected=Expected(
            form_type="early_help_assessment",
            people=(
                person("Natalie Roberts", date(1991, 8, 16), True, ON),
                person("Steven Wood", date(1988, 10, 1), True, ON),
                person("Jayden Roberts-Wood", date(2016, 5, 5), False, ON),
                person("Freya Wood", date(2021, 1, 21), False, ON),
            ),
            postcode="DY4 0RE",
            lead_professional_name="Oliver Grant",
            lead_professional_email="o.grant@tsjprimary.example.sch.uk",
            level_of_need=None,
        ),
    ),
)
