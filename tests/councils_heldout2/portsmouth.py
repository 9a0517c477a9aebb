"""Portsmouth: Inter-Agency Contact Form (IACF) to the Multi-Agency Safeguarding Hub."""

# ruff: noqa: E501  (labels are copied verbatim from the published pages)

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
    render_docx,
    render_pdf,
)
from tests.councils.model import CouncilCase, Expected

URL1 = "https://www.portsmouthscp.org.uk/2-worried-about-a-child/2-reporting-a-concern-information-for-professionals/"
TITLE1 = "Portsmouth SCP – Reporting a concern: process for professionals (Inter-Agency Contact Form, IACF)"
URL2 = "https://www.portsmouthscp.org.uk/worried-about-a-child-suffering-from-harm/mash-details-for-professionals/"
TITLE2 = (
    "Portsmouth SCP – MASH details for professionals (Inter-agency contact form; consent to share)"
)
CONSENT_NOTE = "Where a parent has agreed to a referral, this must be recorded and confirmed on the relevant referral form."

ON1 = date(2026, 3, 24)


def _build_01() -> bytes:
    blocks = [
        Title(
            "Inter-Agency Contact Form",
            "Multi-Agency Safeguarding Hub (MASH) – to follow a telephone contact within 48 hours",
        ),
        Heading("1. Your details"),
        kv(
            ("Name", "Michelle Onyango"),
            ("Job title", "Designated Safeguarding Lead"),
            ("Agency", "Hasbury C of E Primary School, Halesowen B63 4HJ"),
            ("Telephone", "01632 960 330"),
            ("Email", "m.onyango@hasbury.example.sch.uk"),
            ("Date of contact", "24/03/2026"),
            per_row=2,
        ),
        Heading("2. Child(ren)"),
        grid(
            ["Surname", "Forename", "DOB", "Gender", "School"],
            [
                ["MORRIS", "Kai", "20/10/2012", "M", "Earls High School"],
                ["MORRIS", "Maisie", "02/05/2016", "F", "Hasbury C of E Primary"],
            ],
        ),
        kv(("Address of child(ren)", "63 Manor Lane, Halesowen"), ("Postcode", "B62 8AA")),
        Heading("3. Parents / carers"),
        grid(
            ["Surname", "Forename", "DOB", "Relationship", "Address if different"],
            [
                ["MORRIS", "Stacey", "17/03/1988", "Mother", "as above"],
                ["MORRIS", "Dean", "06/11/1986", "Father", "as above"],
            ],
        ),
        Heading("4. Consent to share"),
        Para(CONSENT_NOTE),
        kv(
            (
                "Have you discussed this contact with the parent/carer?",
                "Yes / No (delete as appropriate): Yes",
            ),
            (
                "Has the parent/carer agreed to the contact being made?",
                "Yes / No (delete as appropriate): Yes",
            ),
            ("Name(s) of those agreeing", "Stacey Morris and Dean Morris, 24/03/2026"),
        ),
        Heading("5. What are you worried about?"),
        Table(
            [
                [
                    "Maisie has head lice and untreated dental pain; Kai is a young carer for dad (MS). Parents asked for help with routines and a carers assessment."
                ]
            ]
        ),
        Heading("6. Is there a risk of significant harm?"),
        Table([[Boxes((CB(False, "Yes"), CB(True, "No")))]]),
    ]
    return render_docx(blocks)


ON2 = date(2026, 1, 14)


def _build_02() -> bytes:
    blocks = [
        Title("Inter-Agency Contact Form", "Multi-Agency Safeguarding Hub (MASH)"),
        Heading("1. Your details"),
        kv(
            ("Name", "PC 4471 Daniel Okoro"),
            ("Job title", "Police Constable, Stourbridge Neighbourhood Team"),
            ("Agency", "West Midlands Police, Stourbridge DY8 1RS"),
            ("Email", "daniel.okoro@police.example.uk"),
            ("Date of contact", "14/01/2026"),
            per_row=2,
        ),
        Heading("2. Child(ren)"),
        grid(
            ["Surname", "Forename", "DOB", "Gender", "School"],
            [["BRENNAN", "Leo", "07/07/2020", "M", "Wollaston Nursery"]],
        ),
        kv(("Address of child(ren)", "11 Bridgnorth Road, Wollaston, Stourbridge DY8 4HB")),
        Heading("3. Parents / carers"),
        grid(
            ["Surname", "Forename", "DOB", "Relationship", "Address if different"],
            [
                ["BRENNAN", "Amy", "23/09/1997", "Mother", ""],
                ["SHEPHERD", "Karl", "30/05/1993", "Mother's partner (lives with them)", ""],
            ],
        ),
        Heading("4. Consent to share"),
        Para(
            "A decision by any professional not to seek parental permission before making a referral to MASH must be approved by their manager, recorded and the reasons given."
        ),
        kv(
            ("Have you discussed this contact with the parent/carer?", "No"),
            (
                "If not, why not and who approved the decision?",
                "Domestic abuse incident 13/01/2026, Leo present; informing would place him at increased risk of significant harm. Approved by Sgt J. Patel.",
            ),
        ),
        Heading("5. Is there a risk of significant harm?"),
        Table([[Boxes((CB(True, "Yes"), CB(False, "No")))]]),
    ]
    return render_pdf(blocks, "Inter-Agency Contact Form")


CASES: tuple[CouncilCase, ...] = (
    CouncilCase(
        case_id="heldout2-portsmouth-iacf-01",
        council="Portsmouth City Council",
        source_url=URL1,
        source_title=TITLE1,
        layout="Word IACF: 'Yes / No (delete as appropriate): Yes' answers and the names of those agreeing; SURNAME-first tables; the referring school's postcode (B63 4HJ) is another postcode in the table",
        filename="referral.docx",
        assessment_date=ON1,
        build=_build_01,
        expected=Expected(
            form_type="early_help_assessment",
            people=(
                person("Kai Morris", date(2012, 10, 20), False, ON1),
                person("Maisie Morris", date(2016, 5, 2), False, ON1),
                person("Stacey Morris", date(1988, 3, 17), True, ON1),
                person("Dean Morris", date(1986, 11, 6), True, ON1),
            ),
            postcode="B62 8AA",
            lead_professional_name="Michelle Onyango",
            lead_professional_email="m.onyango@hasbury.example.sch.uk",
            level_of_need=None,
        ),
    ),
    CouncilCase(
        case_id="heldout2-portsmouth-iacf-02",
        council="Portsmouth City Council",
        source_url=URL2,
        source_title=TITLE2,
        layout="flattened PDF IACF from police: parents deliberately not told (manager-approved), 'risk of significant harm' Yes box ticked; police station postcode in the DY8 district",
        filename="referral.pdf",
        assessment_date=ON2,
        build=_build_02,
        expected=Expected(
            form_type="early_help_assessment",
            people=(
                person("Leo Brennan", date(2020, 7, 7), False, ON2),
                person("Amy Brennan", date(1997, 9, 23), False, ON2),
                person("Karl Shepherd", date(1993, 5, 30), False, ON2),
            ),
            postcode="DY8 4HB",
            lead_professional_name="Daniel Okoro",
            lead_professional_email="daniel.okoro@police.example.uk",
            level_of_need=None,
            safeguarding=True,
            queue_reason="safeguarding_concern",
        ),
    ),
)
