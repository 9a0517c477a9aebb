"""Unidentified council: Early help / Safeguarding referral form (Level 2 & 3 / Level 4)."""

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

URL = "https://docsbay.net/email-the-completed-form-to"
TITLE = "Early help referral / Safeguarding referral form (Email the completed form to)"
ON = date(2026, 4, 14)


def _build() -> bytes:
    blocks = [
        Title("Request for support"),
        Table([[f"Early help referral {TICK}", f"Safeguarding referral{BOX}"]]),
        Heading("- Early help support or targeted support – Level 2 & 3"),
        Para(
            "For an early help referral, the referral must always be discussed with the family and consent for "
            "the referral should always be sought from those with parental responsibility."
        ),
        kv(
            (
                "Have you obtained consent from the family to discuss and share information with appropriate "
                "agencies?",
                "Yes – Mrs Sandra Webb, 14/04/2026",
            ),
            (
                "We will not be able to progress your request for Early Help unless consent has been agreed",
                "",
            ),
            widths=[3, 2],
        ),
        Heading("- Safeguarding concern – Level 4"),
        kv(
            (
                "Have you obtained consent from the family to share information with appropriate agencies?",
                "N/A",
            ),
            ("If no, reason why", ""),
            ("Have you informed the family that you are making a referral?", "N/A"),
            widths=[3, 2],
        ),
        Heading("1. Referrer details"),
        kv(
            ("Name", "Chris Harding"),
            ("Role", "Youth Offending Prevention Worker"),
            ("Agency", "Youth Justice Service"),
            ("Address", "Brierley Hill Civic Centre, Brierley Hill DY5 1HF"),
            ("Telephone", "01632 960 471"),
            ("Email address", "chris.harding@yjs.example.gov.uk"),
            per_row=2,
        ),
        Heading(
            "1a.Child’s details(Please complete Section 1b for further children).Please gather this "
            "information if not known."
        ),
        Table(
            [
                [L("Name of child"), "Connor Webb", L("Religion"), "None"],
                [L("Also Known As/alias"), "", L("Ethnicity"), "White British"],
                [
                    L("Date of Birth or Expected Date of Delivery"),
                    "05/10/2012",
                    L("Immigration status"),
                    "British",
                ],
                [L("Age"), "13", L("Interpreter/signer needed?"), f"Yes{BOX} No{TICK}"],
                [
                    L("Gender"),
                    f"M{TICK} F{BOX} Unknown{BOX}",
                    L("GP name and practice"),
                    "Dr R Singh, Quarry Bank Surgery",
                ],
                [
                    L("Education provider/employer"),
                    "Thorns Collegiate Academy",
                    L("Does the child have a disability?"),
                    f"Yes{BOX} No{TICK} Unknown{BOX}",
                ],
                [
                    L("Own agency reference number (e.g. NHS No, UPN)"),
                    "YJS-PR-2231",
                    L("State diagnosis if known and any SEN statement if known"),
                    "",
                ],
                [
                    L("Child’s address and postcode"),
                    "9 Mount Pleasant, Quarry Bank, Brierley Hill DY5 2HT",
                    L("Does the child have an Education, Health and Care Plan? (EHCP)"),
                    f"Yes{BOX} No{TICK}",
                ],
            ]
        ),
        Heading("1b. Siblings and other related children’s details"),
        grid(
            [
                "full name",
                "DOB EDD",
                "Gender",
                "NHS No UPN",
                "Address",
                "Relationship to child referred? e.g. brother, sister",
                "Ethnic Origin",
                "Mother's full name",
                "Father's full name",
            ],
            [
                [
                    "Kian Webb",
                    "19/02/2018",
                    "M",
                    "",
                    "Same",
                    "Brother",
                    "White British",
                    "Sandra Webb",
                    "Lee Webb",
                ]
            ],
        ),
        Heading("2a. Parent/carer details"),
        grid(
            [
                "full name",
                "DOB",
                "Gender",
                "Address and contact number",
                "Relationship to child referred? e.g. "
                "mother, father, step parents, parental partner",
                "Ethnic origin",
                "Do they have parental responsibility",
            ],
            [
                [
                    "Sandra Webb",
                    "24/06/1984",
                    "F",
                    "Same, 07700 900 472",
                    "Mother",
                    "White British",
                    f"Yes{TICK} No{BOX} Unknown{BOX}",
                ]
            ],
        ),
        Heading("3. Reason for request"),
        Para(
            "Connor was cautioned for shoplifting with older boys; mum wants help to keep him away from them."
        ),
    ]
    return render_pdf(blocks, "Request for support")


CASES: tuple[CouncilCase, ...] = (
    CouncilCase(
        case_id="eh-sg-referral-01",
        council="Unidentified council (Early help / Safeguarding referral form)",
        source_url=URL,
        source_title=TITLE,
        layout="flattened PDF: 'Early help referral ☒ Safeguarding referral☐' then a combined 'Level 2 & 3' "
        "heading (no single level); label/value pairs two per row with inline Yes☐ No☒ boxes; 'Date of "
        "Birth or Expected Date of Delivery'; referrer's address first",
        filename="referral.pdf",
        assessment_date=ON,
        build=_build,
        expected=Expected(
            form_type="early_help_assessment",
            people=(
                person("Connor Webb", date(2012, 10, 5), False, ON),
                person("Kian Webb", date(2018, 2, 19), False, ON),
                person("Sandra Webb", date(1984, 6, 24), True, ON),
            ),
            postcode="DY5 2HT",
            lead_professional_name="Chris Harding",
            lead_professional_email="chris.harding@yjs.example.gov.uk",
            level_of_need=None,
        ),
    ),
)
