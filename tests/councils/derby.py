"""Derby: Family Early Help Assessment (Derby City Council, strengths-based; lead professional; consent to share)."""

# ruff: noqa: E501  (labels and answers are copied verbatim from the published form)

from datetime import date

from tests.councils.kit import (
    CB,
    Boxes,
    F,
    Heading,
    Para,
    Table,
    Title,
    grid,
    kv,
    person,
    render_acroform,
)
from tests.councils.model import CouncilCase, Expected

URL = "https://derbycsc.proceduresonline.com/p_caf.html"
TITLE = "Derby City Children's Social Care Procedures – 2.2 Early Help Assessment and Processes (3. The Early Help Assessment; 6. Lead Professional; 9. Seeking Consent to Share Early Help Assessment Information)"
ON = date(2025, 12, 10)


def _build() -> bytes:
    blocks = [
        Title("Family Early Help Assessment"),
        Heading("Lead Professional"),
        kv(
            ("Name", F("Priya Chauhan", "Lead professional name")),
            (
                "Agency",
                F("Dudley Wood Primary School - Family Support", "Lead professional agency"),
            ),
            ("Address", F("Quarry Road, Dudley Wood, Dudley DY2 0DA", "Lead professional address")),
            ("Email", F("p.chauhan@dudleywood.example.sch.uk", "Lead professional email")),
            ("Telephone", F("01632 960 951", "Lead professional telephone")),
            ("Date of assessment", F("10/12/2025", "Date of assessment")),
            per_row=2,
        ),
        Heading("Family members"),
        grid(
            ["Name", "Date of birth", "Relationship", "School / setting"],
            [
                [
                    F("Riley Hughes", "Member 1 name"),
                    F("14/05/2016", "Member 1 DOB"),
                    F("Son", "Member 1 relationship"),
                    F("Dudley Wood Primary", "Member 1 school"),
                ],
                [
                    F("Tanya Hughes", "Member 2 name"),
                    F("30/08/1990", "Member 2 DOB"),
                    F("Mother", "Member 2 relationship"),
                    F("", "Member 2 school"),
                ],
            ],
        ),
        kv(
            (
                "Family address",
                F(
                    "No fixed address - staying with a friend in Dudley since leaving the refuge (address not shared)",
                    "Family address",
                ),
            ),
            ("Postcode", F("N/K", "Family postcode")),
            ("Contact telephone", F("07700 900 955", "Family telephone")),
            per_row=1,
        ),
        Heading("Strengths"),
        Table(
            [
                [
                    F(
                        "Tanya has kept Riley in school every day despite moving three times; Riley is popular and kind.",
                        "Strengths",
                    )
                ]
            ]
        ),
        Heading("Needs and goals"),
        Table(
            [
                [
                    F(
                        "Settled housing; support after domestic abuse (Freedom Programme); Riley's sleep and worries.",
                        "Needs",
                    )
                ]
            ]
        ),
        Heading("Consent to share Early Help Assessment information"),
        Para(
            "I agree that the information in this assessment can be shared with the services named in the plan so that they can help my family."
        ),
        grid(
            ["Name", "Consent", "Signature", "Date"],
            [
                [
                    F("Tanya Hughes", "Consent name 1"),
                    Boxes((CB(True, "Yes", "Consent 1 yes"), CB(False, "No", "Consent 1 no"))),
                    F("T Hughes", "Consent signature 1"),
                    F("10/12/2025", "Consent date 1"),
                ]
            ],
        ),
    ]
    return render_acroform(blocks, title="Family Early Help Assessment")


CASES: tuple[CouncilCase, ...] = (
    CouncilCase(
        case_id="derby-eha-01",
        council="Derby City Council",
        source_url=URL,
        source_title=TITLE,
        layout="fillable PDF Family EHA (fields 'Family address', 'Family postcode', 'Consent 1 yes'): lead professional block "
        "with the school's DY2 postcode (not in the table) first; the family has no fixed address and the Postcode field reads 'N/K'",
        filename="referral.pdf",
        assessment_date=ON,
        build=_build,
        expected=Expected(
            form_type="early_help_assessment",
            people=(
                person("Riley Hughes", date(2016, 5, 14), False, ON),
                person("Tanya Hughes", date(1990, 8, 30), True, ON),
            ),
            postcode=None,
            lead_professional_name="Priya Chauhan",
            lead_professional_email="p.chauhan@dudleywood.example.sch.uk",
            level_of_need=None,
            queue_reason="postcode_missing",
        ),
    ),
)
