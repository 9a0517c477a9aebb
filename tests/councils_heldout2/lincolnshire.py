"""Lincolnshire: Early Help Assessment with a Team Around the Child (TAC) Lead Professional."""

# ruff: noqa: E501  (labels are copied verbatim from the published page)

from datetime import date

from tests.councils.kit import F, Heading, L, Para, Table, Title, kv, person, render_acroform
from tests.councils.model import CouncilCase, Expected

URL = "http://southwestlincolnshireccg.nhs.uk/about-us/safeguarding/safeguarding-children/team-around-the-child-tac"
TITLE = "Lincolnshire Early Help Assessment / Team around the Child (TAC) – assessment undertaken with the consent of the parents and child/young person"
ON = date(2026, 2, 3)


def _build() -> bytes:
    blocks = [
        Title("Early Help Assessment", "Lincolnshire – Team Around the Child (TAC)"),
        Heading("Assessment completed by"),
        kv(
            ("Name", F("Jason Lea", "Assessor name")),
            ("Agency", F("Pens Meadow School, Wordsley DY8 5ST", "Assessor agency")),
            ("Email", F("j.lea@pensmeadow.example.sch.uk", "Assessor email")),
            ("Date", F("03/02/2026", "Assessment date")),
            per_row=2,
        ),
        Heading("TAC Lead Professional"),
        kv(
            ("Name", F("Karen Fox", "Lead Professional name")),
            ("Role", F("Early Help Worker", "Lead Professional role")),
            ("Email", F("karen.fox@earlyhelp.example.gov.uk", "Lead Professional email")),
            per_row=3,
        ),
        Heading("Child / young person and family"),
        Table(
            [
                [L("Name"), L("Date of birth"), L("Relationship")],
                [
                    F("Craig Millward", "Name 1"),
                    F("11/07/1979", "DOB 1"),
                    F("Father (lone parent)", "Relationship 1"),
                ],
                [
                    F("Ethan Millward", "Name 2"),
                    F("23/10/2008", "DOB 2"),
                    F("Son", "Relationship 2"),
                ],
                [
                    F("Sophie Millward", "Name 3"),
                    F("04/04/2013", "DOB 3"),
                    F("Daughter", "Relationship 3"),
                ],
            ]
        ),
        kv(
            ("Address", F("77 Bank Street, Brierley Hill", "Address")),
            ("Postcode", F("dy53bb", "Postcode")),
        ),
        Heading("Consent"),
        Para(
            "The assessment needs to be undertaken with the consent of the parents and child/young person where appropriate."
        ),
        Table(
            [
                [
                    L(
                        "I/We agree to this assessment and to information being shared with the TAC (delete as appropriate)"
                    ),
                    L("Name"),
                    L("Date"),
                ],
                [
                    F("I agree", "Consent 1"),
                    F("Craig Millward", "Consent name 1"),
                    F("03/02/2026", "Consent date 1"),
                ],
                [
                    F("I agree", "Consent 2"),
                    F("Ethan Millward", "Consent name 2"),
                    F("03/02/2026", "Consent date 2"),
                ],
            ]
        ),
        Heading("Strengths and needs"),
        Table(
            [
                [
                    F(
                        "Sophie (12) has a physical disability and needs help getting to school; Ethan (17) is her young carer and wants support to stay in college.",
                        "Needs",
                    )
                ]
            ]
        ),
    ]
    return render_acroform(blocks, "Early Help Assessment")


CASES: tuple[CouncilCase, ...] = (
    CouncilCase(
        case_id="heldout2-lincolnshire-eha-01",
        council="Lincolnshire County Council",
        source_url=URL,
        source_title=TITLE,
        layout="fillable PDF with descriptive field names: TAC Lead Professional named apart from the school assessor (whose school is in the DY8 district); 'I agree' consent rows; postcode typed 'dy53bb'",
        filename="referral.pdf",
        assessment_date=ON,
        build=_build,
        expected=Expected(
            form_type="early_help_assessment",
            people=(
                person("Craig Millward", date(1979, 7, 11), True, ON),
                person("Ethan Millward", date(2008, 10, 23), True, ON),
                person("Sophie Millward", date(2013, 4, 4), False, ON),
            ),
            postcode="DY5 3BB",
            lead_professional_name="Karen Fox",
            lead_professional_email="karen.fox@earlyhelp.example.gov.uk",
            level_of_need=None,
        ),
    ),
)
