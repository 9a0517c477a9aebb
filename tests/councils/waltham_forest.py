"""Waltham Forest: Children's social care Multi Agency Referral Form (MARF), with the guidance notes to referrers."""

# ruff: noqa: E501  (labels and answers are copied verbatim from the published form)

from datetime import date

from tests.councils.kit import (
    CB,
    Boxes,
    Heading,
    L,
    Para,
    Span,
    Table,
    Title,
    grid,
    kv,
    person,
    render_pdf,
)
from tests.councils.model import CouncilCase, Expected

URL = "https://shkola.of.by/childrens-social-care-multi-agency-referral-form-marf-guidance.html"
TITLE = "Children’s social care Multi Agency Referral Form (MARF) – Guidance notes to referrers (London Borough of Waltham Forest)"
ON = date(2025, 11, 12)


def _build() -> bytes:
    blocks = [
        Title("Children’s social care Multi Agency Referral Form (MARF)"),
        Para(
            "This form should be used to record whether a parent or young person’s consent has been obtained to a referral "
            "being made. Urgent referrals where a child is at risk of significant harm can be made by telephone, and then "
            "immediately followed up with this form. If a Common Assessment Framework (CAF) has been completed on the "
            "child, please attach this to the referral form and complete only the sections on the referral form that are "
            "not covered by the CAF."
        ),
        Heading("Section 1: Referrer"),
        kv(
            ("Name", "Hannah Okafor"),
            ("Job title", "SENCo"),
            ("Agency", "Netherton Church of England Primary School"),
            ("Address", "Cradley Road, Netherton, Dudley DY2 9RU"),
            ("Telephone", "01632 960 523"),
            ("Email", "h.okafor@nethertoncofe.example.sch.uk"),
            ("Date", "12/11/2025"),
            ("CAF completed and attached?", "Yes – CAF dated 02/10/2025 attached"),
            per_row=2,
        ),
        Heading("Section 2: Staged model of intervention"),
        Para(
            "Using the Early Help and Threshold Criteria for Intervention document, which stage best describes the child’s needs? (tick one)"
        ),
        Table(
            [
                [
                    Boxes(
                        (
                            CB(False, "Stage 1 – Universal"),
                            CB(False, "Stage 2 – Vulnerable"),
                            CB(True, "Stage 3 – Complex"),
                            CB(False, "Stage 4 – Acute"),
                        )
                    )
                ]
            ]
        ),
        Heading("Section 3: Child / young person and household"),
        grid(
            [
                "Surname",
                "First name(s)",
                "Date of birth",
                "Gender",
                "Relationship",
                "School / employment",
            ],
            [
                ["BROOKS", "Megan", "04/04/2015", "F", "Subject child", "Netherton CE Primary"],
                ["BROOKS", "Callum", "20/08/2010", "M", "Brother", "Hillcrest School"],
                ["BROOKS", "Natalie", "09/01/1984", "F", "Mother", "Care assistant"],
            ],
        ),
        Table(
            [
                [L("Home address"), Span("Flat 6, Chapel Court, Dudley Wood, Dudley DY2 0AB", 3)],
                [L("Telephone"), "07700 900 526", L("First language"), "English"],
            ]
        ),
        Heading("Section 4: Consent"),
        Para(
            "Has consent been obtained to this referral being made? (parent and, where of sufficient age and understanding, the young person)"
        ),
        grid(
            ["", "Name", "Consent obtained?", "How / when"],
            [
                [
                    L("Parent / carer"),
                    "Natalie Brooks (mother)",
                    Boxes((CB(True, "Yes"), CB(False, "No"))),
                    "By telephone, 11/11/2025",
                ],
                [
                    L("Young person"),
                    "Callum Brooks",
                    Boxes((CB(False, "Yes"), CB(True, "No"))),
                    "Not yet asked – Callum was not at home",
                ],
            ],
        ),
        Heading("Section 5: Reason for referral"),
        Table(
            [
                [
                    "Megan (10) has an EHC needs assessment under way; mum is struggling with Megan’s violent outbursts at home "
                    "and Callum (15) is caring for his sister most evenings. The CAF actions have not reduced the pressure."
                ]
            ]
        ),
        Heading("Section 6: Agencies involved"),
        grid(
            ["Agency", "Name", "Telephone"],
            [
                ["CAMHS", "Dr E. Mensah", "01632 960 529"],
                ["School", "Hannah Okafor", "01632 960 523"],
            ],
        ),
    ]
    return render_pdf(blocks, title="MARF")


CASES: tuple[CouncilCase, ...] = (
    CouncilCase(
        case_id="waltham-forest-marf-01",
        council="London Borough of Waltham Forest",
        source_url=URL,
        source_title=TITLE,
        layout="flattened PDF MARF, hard: four-stage model as ☒/☐ (Stage 3 – Complex ticked among four); surnames in "
        "capitals in a household grid; consent as a table with a Parent/carer row (Yes) and a Young person row (No) for the 15-year-old",
        filename="referral.pdf",
        assessment_date=ON,
        build=_build,
        expected=Expected(
            form_type="early_help_assessment",
            people=(
                person("Megan Brooks", date(2015, 4, 4), False, ON),
                person("Callum Brooks", date(2010, 8, 20), False, ON),
                person("Natalie Brooks", date(1984, 1, 9), True, ON),
            ),
            postcode="DY2 0AB",
            lead_professional_name="Hannah Okafor",
            lead_professional_email="h.okafor@nethertoncofe.example.sch.uk",
            level_of_need=3,
            queue_reason="consent_missing",
        ),
    ),
)
