"""Unidentified council: Multi-Agency Safeguarding Hub (MASH) Referral Form."""

# ruff: noqa: E501  (labels and answers are copied verbatim from the published form)

from datetime import date

from tests.councils.kit import (
    CB,
    Boxes,
    Heading,
    L,
    Para,
    Table,
    Title,
    grid,
    kv,
    person,
    render_docx,
)
from tests.councils.model import CouncilCase, Expected

URL = "https://docsbay.net/child-young-person-details"
TITLE = "Multi- Agency Safeguarding Hub (MASH) Referral Form – 1. Child / young person details"
ON = date(2025, 12, 16)


def _build() -> bytes:
    blocks = [
        Title("Multi- Agency Safeguarding Hub (MASH) Referral Form"),
        Heading("1. Child / young person details"),
        Table(
            [
                [L("Full name of child:"), "Bailey Kerr", L("Any alternative name:"), ""],
                [L("DOB:"), "30/04/2016", L("Age:   Tick if estimated:"), "9  ☐"],
                [
                    L("If unborn, estimated date of delivery?"),
                    "",
                    L("Gender"),
                    Boxes((CB(True, "Male"), CB(False, "Female"), CB(False, "Unknown"))),
                ],
                [
                    L("First language:"),
                    "English",
                    L("Will an interpreter be required?"),
                    Boxes((CB(False, "Yes"), CB(True, "No"))),
                ],
                [
                    L("Current Home address"),
                    "2 Hawbush Road, Brierley Hill",
                    L("Post code"),
                    "DY5 3BB",
                ],
                [L("Previous home address (if known)"), "Refuge (address withheld)", L(""), ""],
                [L("Telephone"), "", L("Mobile"), "07700 900 713"],
                [
                    L("School / Pre-school"),
                    "Hawbush Primary",
                    L("Address:"),
                    "Hawbush Road, Brierley Hill DY5 3NL",
                ],
                [
                    L("Does the child have a disability?"),
                    Boxes((CB(False, "Yes"), CB(True, "No"))),
                    L("Unique Pupil Number (UPN):"),
                    "",
                ],
                [L("NHS Number:"), "", L(""), ""],
            ]
        ),
        Heading(
            "2. Additional information about the child or young person (including other referred siblings)"
        ),
        Para("Parent / carer, children and others living in the household", bold=True),
        grid(
            [
                "Last name",
                "First name",
                "Relationship to child(ren)",
                "DOB / EDD",
                "Gender",
                "Ethnicity",
                "Focus of referral",
                "School / preschool",
                "Does this person hold PR?",
            ],
            [
                ["Kerr", "Jade", "Mother", "12/07/1993", "F", "White British", "No", "", "Yes"],
                [
                    "Pearce",
                    "Nathan",
                    "Mother's partner",
                    "01/01/1991",
                    "M",
                    "White British",
                    "No",
                    "",
                    "No",
                ],
                [
                    "Kerr",
                    "Bailey",
                    "Subject",
                    "30/04/2016",
                    "M",
                    "White British",
                    "Yes",
                    "Hawbush Primary",
                    "N/A",
                ],
            ],
        ),
        Para("Other significant adults", bold=True),
        grid(
            [
                "Last name",
                "First name",
                "Relationship to child(ren)",
                "DOB",
                "Ethnicity",
                "Address",
                "Does this person hold PR",
            ],
            [
                [
                    "Kerr",
                    "Steven",
                    "Father",
                    "23/11/1990",
                    "White British",
                    "18 Lichfield Street, Walsall WS1 1TP",
                    "Yes",
                ]
            ],
        ),
        Heading("3. Reason for referral"),
        kv(
            (
                "What are you worried about and what is the impact on the child(ren)?",
                "Bailey has witnessed arguments; mum reports the relationship has improved and wants parenting "
                "support and help for Bailey's anxiety.",
            ),
            ("What is going well for the child(ren)?", "Good attendance; close to mum."),
            widths=[2, 3],
        ),
        Heading("4. Details of professional contacts"),
        kv(
            ("Health visitor / School nurse / Midwife", "School nurse team"),
            ("Telephone number", "01632 960 740"),
            per_row=2,
        ),
        Heading("5. Referrer and consent"),
        kv(
            ("Name", "Rachel Oduya"),
            ("Role", "Family Support Worker"),
            ("Agency", "Brierley Hill Family Hub"),
            ("Email", "rachel.oduya@bhhub.example.org.uk"),
            ("Date", "16/12/2025"),
            ("", ""),
            per_row=2,
        ),
        grid(["Parent/carer name", "Signature", "Date"], [["Jade Kerr", "J Kerr", "16/12/2025"]]),
    ]
    return render_docx(blocks)


CASES: tuple[CouncilCase, ...] = (
    CouncilCase(
        case_id="mash-referral-01",
        council="Unidentified council (MASH Referral Form)",
        source_url=URL,
        source_title=TITLE,
        layout="Word MASH form: one household table mixing parent, partner and child (Last name first) and a "
        "separate 'Other significant adults' table for the non-resident father (Walsall address); school "
        "address in the same district; mother's partner has not signed",
        filename="referral.docx",
        assessment_date=ON,
        build=_build,
        expected=Expected(
            form_type="early_help_assessment",
            people=(
                person("Jade Kerr", date(1993, 7, 12), True, ON),
                person("Nathan Pearce", date(1991, 1, 1), False, ON),
                person("Bailey Kerr", date(2016, 4, 30), False, ON),
            ),
            postcode="DY5 3BB",
            lead_professional_name="Rachel Oduya",
            lead_professional_email="rachel.oduya@bhhub.example.org.uk",
            level_of_need=None,
            queue_reason="consent_missing",
        ),
    ),
)
