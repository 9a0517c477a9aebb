"""Dorset: Children in Need Inter-Agency Referral Form (Dorset County Council, NHS Trusts and voluntary agencies)."""

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

URL = "https://yumpu.com/en/document/view/32571127/inter-agency-referral-form-dorsetforyoucom"
TITLE = "Children in Need – Inter-Agency Referral Form and Guidance Notes (a joint initiative by Dorset County Council, NHS Trusts and Voluntary Agencies in Dorset)"
ON = date(2025, 6, 24)


def _build() -> bytes:
    blocks = [
        Title("CHILDREN IN NEED", "INTER-AGENCY REFERRAL FORM"),
        Para(
            "Please complete the form as fully as possible. It is very important that full details of names, dates of "
            "birth, addresses and ethnicity are completed. Please indicate who has parental responsibility under the "
            "Children Act 1989."
        ),
        Heading("1. Child(ren)"),
        grid(
            ["Full name", "Date of birth", "Sex", "Ethnicity", "Address"],
            [
                [
                    F("Lily-Mae Cartwright", "Child 1 name"),
                    F("01/09/2012", "Child 1 DOB"),
                    F("F", "Child 1 sex"),
                    F("White British", "Child 1 ethnicity"),
                    F("6 Heath Lane, Old Swinford, Stourbridge DY8 4HB", "Child 1 address"),
                ],
                [
                    F("Oscar Cartwright", "Child 2 name"),
                    F("24/06/2009", "Child 2 DOB"),
                    F("M", "Child 2 sex"),
                    F("White British", "Child 2 ethnicity"),
                    F("as above", "Child 2 address"),
                ],
            ],
        ),
        Heading("2. Parents / carers"),
        grid(
            [
                "Full name",
                "Date of birth",
                "Relationship",
                "Parental responsibility (Y/N)",
                "Address",
            ],
            [
                [
                    F("Amanda Cartwright", "Parent 1 name"),
                    F("02/02/1980", "Parent 1 DOB"),
                    F("Mother", "Parent 1 relationship"),
                    F("Y", "Parent 1 PR"),
                    F("as above", "Parent 1 address"),
                ],
                [
                    F("Steven Cartwright", "Parent 2 name"),
                    F("05/05/1979", "Parent 2 DOB"),
                    F("Father", "Parent 2 relationship"),
                    F("Y", "Parent 2 PR"),
                    F("as above", "Parent 2 address"),
                ],
            ],
        ),
        Heading("3. Referrer"),
        Para(
            "To avoid delay if we need to contact you, please be specific about your contact details, especially if you "
            "work part-time or work from different locations at different times."
        ),
        kv(
            ("Name", F("Rebecca Hall", "Referrer name")),
            (
                "Agency / designation",
                F(
                    "Educational Psychologist, Dudley Educational Psychology Service",
                    "Referrer agency",
                ),
            ),
            ("Address", F("Saltwells Education Centre, Netherton DY2 0AP", "Referrer address")),
            ("Telephone", F("01632 960 428", "Referrer telephone")),
            ("Email", F("rebecca.hall@eps.example.gov.uk", "Referrer email")),
            ("When available", F("Mon–Wed only", "Referrer availability")),
            per_row=2,
        ),
        Heading("4. Education (Code of Practice)"),
        kv(
            ("School", F("Redhill School, Stourbridge", "School")),
            (
                "Stage on the Code of Practice",
                F("SEN Support (Lily-Mae)", "Code of Practice stage"),
            ),
            per_row=2,
        ),
        Heading("5. Reason for referral"),
        Table(
            [
                [
                    F(
                        "Lily-Mae (12) has an EHCP for social communication needs and is refusing school; Oscar (16) is struggling with his own mental health. The family ask for a Child in Need assessment and short breaks.",
                        "Reason for referral",
                    )
                ]
            ]
        ),
        Heading("6. Permission"),
        Para(
            "Wherever possible, the permission of parents/carers/children/young people (as appropriate to age and "
            "understanding) should have been sought before contacting Dorset County Council Social Service Directorate."
        ),
        Table(
            [
                [
                    Boxes(
                        (
                            CB(True, "Permission given", "Permission given"),
                            CB(False, "Permission refused", "Permission refused"),
                        )
                    )
                ]
            ]
        ),
        grid(
            ["Name", "Signature", "Date"],
            [
                [
                    F("Amanda Cartwright", "Signatory 1 name"),
                    F("A Cartwright", "Signatory 1 signature"),
                    F("24/06/2025", "Signatory 1 date"),
                ],
                [
                    F("Steven Cartwright", "Signatory 2 name"),
                    F("S. Cartwright", "Signatory 2 signature"),
                    F("24/06/2025", "Signatory 2 date"),
                ],
                [
                    F("Oscar Cartwright", "Signatory 3 name"),
                    F("Oscar Cartwright", "Signatory 3 signature"),
                    F("24/06/2025", "Signatory 3 date"),
                ],
            ],
        ),
    ]
    return render_acroform(blocks, title="Inter-Agency Referral Form")


CASES: tuple[CouncilCase, ...] = (
    CouncilCase(
        case_id="dorset-iarf-01",
        council="Dorset Council (Dorset County Council inter-agency form)",
        source_url=URL,
        source_title=TITLE,
        layout="fillable PDF with named fields ('Child 1 name', 'Parent 2 PR', 'Signatory 3 signature'): children and "
        "parents in separate tables with the address in each row ('as above'); referrer's availability; Code of "
        "Practice box; a 16-year-old signs",
        filename="referral.pdf",
        assessment_date=ON,
        build=_build,
        expected=Expected(
            form_type="early_help_assessment",
            people=(
                person("Lily-Mae Cartwright", date(2012, 9, 1), False, ON),
                person("Oscar Cartwright", date(2009, 6, 24), True, ON),
                person("Amanda Cartwright", date(1980, 2, 2), True, ON),
                person("Steven Cartwright", date(1979, 5, 5), True, ON),
            ),
            postcode="DY8 4HB",
            lead_professional_name="Rebecca Hall",
            lead_professional_email="rebecca.hall@eps.example.gov.uk",
            level_of_need=None,
        ),
    ),
)
