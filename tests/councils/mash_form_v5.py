"""Unidentified council: MASH form v5 (Word content controls, family before 'About You')."""

# ruff: noqa: E501  (labels and answers are copied verbatim from the published form)

from datetime import date

from tests.councils.kit import SDT, Heading, L, Para, Table, Title, grid, person, render_docx
from tests.councils.model import CouncilCase, Expected

URL = "https://paperzz.com/doc/7371264/mash-form-v5"
TITLE = "MASH form v5"
ON = date(2025, 9, 16)


def _d(v: str | None, *items: str) -> SDT:
    return SDT(v, "drop", items or ((v,) if v else ()))


def _build() -> bytes:
    e = SDT(None)
    blocks = [
        Title("MASH form v5"),
        Para("STOP: IF YOU BELIEVE A CHILD IS AT IMMEDIATE RISK OF HARM CALL 999 NOW", bold=True),
        Heading("Section 1 - About the Child"),
        Table(
            [
                [L("First Name"), SDT("Tommy"), L("Last Name"), SDT("Barnes")],
                [
                    L("Address"),
                    SDT("47 Wordsley Green, Stourbridge"),
                    L("Post Code"),
                    SDT("DY8 4HB"),
                ],
                [
                    L("Date of Birth or Expected Delivery Date"),
                    SDT("21/02/2015", "date", iso="2015-02-21"),
                    L("If Unknown, please Estimate the Child's Age [DD/MM/YYYY]"),
                    e,
                ],
                [
                    L("Telephone Number"),
                    SDT("07700 900 588"),
                    L("Gender Status:"),
                    _d("Male", "Male", "Female"),
                ],
                [L("Ethnicity:"), _d("White British"), L("If Other, Please State Here:"), e],
                [L("Any Disabilities?"), _d("No", "Yes", "No"), L("If other, please state:"), e],
                [
                    L("Religion"),
                    _d(None, "None", "Christian"),
                    L("Is an Interpreter Required?"),
                    _d("No", "Yes", "No"),
                ],
                [
                    L("GP"),
                    SDT("Wordsley Green Surgery"),
                    L("School Attended"),
                    _d("Other", "Other"),
                ],
                [
                    L("If you have selected other for School, please State Here:"),
                    SDT("Brook Primary School"),
                    L("Unique Pupil Number (UPN):"),
                    e,
                ],
                [L("NHS Number:"), e, L(""), ""],
            ]
        ),
        Heading(
            "Section 2 - Details of the family - Father/Mother/other siblings or family members and/or "
            "significant others/adults (including perpetrator if applicable)"
        ),
        grid(
            [
                "First Name",
                "Last Name",
                "DoB/est. DoB/Age",
                "Ethnicity",
                "Gender",
                "Address and Telephone Number",
                "Relationship to Child",
            ],
            [
                [
                    SDT("Carly"),
                    SDT("Barnes"),
                    SDT("08/05/1989"),
                    _d("White British"),
                    _d("Female"),
                    SDT("As child, 07700 900 588"),
                    _d("Mother"),
                ],
                [
                    SDT("Ella"),
                    SDT("Barnes"),
                    SDT("30/03/2019"),
                    _d("White British"),
                    _d("Female"),
                    SDT("As child"),
                    _d("Sibling"),
                ],
                [e, e, e, _d(None), _d(None), e, _d(None)],
            ],
        ),
        Table(
            [
                [
                    L("Does the family need support with Financial Stability?"),
                    _d("Yes", "Yes", "No"),
                ],
                [
                    L(
                        "Does the family needs funding support for an Early Learning Place or support relating to "
                        "employment help"
                    ),
                    _d("No", "Yes", "No"),
                ],
                [L("If yes, please provide the parent/carer NI number if available:"), e],
            ],
            [3, 2],
        ),
        Heading("Section 3 - About You"),
        Table(
            [
                [L("First Name"), SDT("Paula"), L("Last Name"), SDT("Grainger")],
                [
                    L("Name of Organisation"),
                    SDT("Brook Primary School"),
                    L("Job Title"),
                    SDT("Family Support Worker"),
                ],
                [
                    L("Email Address"),
                    SDT("p.grainger@brookpri.example.sch.uk"),
                    L("Telephone Number"),
                    SDT("01632 960 160"),
                ],
                [
                    L("Relationship to the Child/Your agency's Role or Service Provided"),
                    SDT("School"),
                    L("Contact Address"),
                    SDT("Brook Street, Wordsley, Stourbridge DY8 5YN"),
                ],
            ]
        ),
        Heading(
            "Section 4 - Details of Professionals involved with the Child or Family (including GP, School"
        ),
        grid(
            ["Name", "Agency", "Contact"],
            [[SDT("Dr N Cheema"), SDT("Wordsley Green Surgery"), SDT("01632 960 169")]],
        ),
        Heading("Section 5 - Consent"),
        Table(
            [
                [L("Has the parent/carer consented to this referral?"), _d("Yes", "Yes", "No")],
                [
                    L("Name of person giving consent and date"),
                    SDT("Carly Barnes (mother), 16/09/2025"),
                ],
            ],
            [3, 2],
        ),
        Heading("Section 6 - Reason for referral"),
        Table(
            [
                [
                    SDT(
                        "Tommy has been excluded twice this term for aggression; mum has asked for help with his "
                        "behaviour and with debt."
                    )
                ]
            ]
        ),
    ]
    return render_docx(blocks)


CASES: tuple[CouncilCase, ...] = (
    CouncilCase(
        case_id="mash-form-v5-01",
        council="Unidentified council (MASH form v5)",
        source_url=URL,
        source_title=TITLE,
        layout="Word content controls: 'Choose an item.' drop-downs and date picker, child's 'Post Code' in "
        "Section 1, family table with DoB/est. DoB/Age, 'Section 3 - About You' AFTER the family, school "
        "address in the same district",
        filename="referral.docx",
        assessment_date=ON,
        build=_build,
        expected=Expected(
            form_type="early_help_assessment",
            people=(
                person("Tommy Barnes", date(2015, 2, 21), False, ON),
                person("Carly Barnes", date(1989, 5, 8), True, ON),
                person("Ella Barnes", date(2019, 3, 30), False, ON),
            ),
            postcode="DY8 4HB",
            lead_professional_name="Paula Grainger",
            lead_professional_email="p.grainger@brookpri.example.sch.uk",
            level_of_need=None,
        ),
    ),
)
