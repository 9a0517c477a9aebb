"""Slough: Early Help Assessment form (Berkshire procedures, Guide for Practitioners), sent as a PDF attachment."""

# ruff: noqa: E501  (labels are copied verbatim from the published page)

from datetime import date

from tests.councils.kit import (
    Heading,
    Mail,
    Para,
    Table,
    Title,
    as_bytes,
    grid,
    kv,
    person,
    render_pdf,
)
from tests.councils.model import CouncilCase, Expected

URL = "http://sloughchildcare.proceduresonline.com/chapters/p_guide_practitioner.html"
TITLE = "Berkshire Safeguarding Children Board Procedures – Slough 1.2.1 Guide for Practitioners (Early Help): 2. Early Help Assessment Form; 7. Team Around the Family; 8. Lead Professional"
ON = date(2026, 3, 27)


def _pdf() -> bytes:
    blocks = [
        Title("Early Help Assessment Form"),
        Heading("Details of the child / young person"),
        kv(
            ("Name", "Jack Shaw"),
            ("Date of birth", "12/08/2017"),
            ("Address", "5 Ash Crescent, Kingswinford"),
            ("Postcode", "B63 4HJ"),
            ("School", "Crestwood Park Primary"),
            per_row=2,
        ),
        Heading("Family and household"),
        grid(
            ["Name", "Date of birth", "Relationship to child", "Lives with child"],
            [
                ["Lisa Shaw", "30/05/1985", "Mother", "Yes"],
                ["Megan Shaw", "27/03/2012", "Sister", "Yes"],
            ],
        ),
        Heading("Lead Professional (LP)"),
        kv(
            ("Name", "Emma Hollis"),
            ("Role", "Class teacher / LP"),
            ("Email", "e.hollis@crestwoodpark.example.sch.uk"),
            per_row=3,
        ),
        Heading("Assessment summary"),
        Table(
            [
                [
                    "Jack's speech is delayed and he is soiling at school; mum recently separated and the family moved in January."
                ]
            ]
        ),
        Heading("Consent"),
        Para(
            "I/we have been involved in this assessment and agree to the information being shared with the Team Around the Family."
        ),
        grid(
            ["Name", "Signature", "Date"],
            [
                ["Lisa Shaw", "L Shaw", "27/03/2026"],
                ["Megan Shaw", "", ""],
            ],
        ),
    ]
    return render_pdf(blocks, "Early Help Assessment")


def _build() -> bytes:
    msg = Mail(
        "Emma Hollis <e.hollis@crestwoodpark.example.sch.uk>",
        "earlyhelp.frontdoor@dudley.example.gov.uk",
        "EHA - Jack Shaw",
        ON,
        hour=16,
    ).message()
    msg.set_content(
        "Hello\n\nAttached is the EHA for Jack Shaw; consent from mum.\n\nThanks,\nEmma Hollis\nCrestwood Park Primary\n"
    )
    msg.add_attachment(_pdf(), maintype="application", subtype="pdf", filename="EHA Jack Shaw.pdf")
    return as_bytes(msg)


CASES: tuple[CouncilCase, ...] = (
    CouncilCase(
        case_id="heldout2-slough-eha-01",
        council="Slough Borough Council",
        source_url=URL,
        source_title=TITLE,
        layout="email with a flattened PDF EHA attached: consent table in which the sister, 14 on the day of the assessment, has an empty signature row",
        filename="message.eml",
        assessment_date=ON,
        build=_build,
        expected=Expected(
            form_type="early_help_assessment",
            people=(
                person("Jack Shaw", date(2017, 8, 12), False, ON),
                person("Lisa Shaw", date(1985, 5, 30), True, ON),
                person("Megan Shaw", date(2012, 3, 27), False, ON),
            ),
            postcode="B63 4HJ",
            lead_professional_name="Emma Hollis",
            lead_professional_email="e.hollis@crestwoodpark.example.sch.uk",
            level_of_need=None,
            queue_reason="consent_missing",
        ),
    ),
)
