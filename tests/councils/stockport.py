"""Stockport: Common Assessment Framework for Children & Families (legacy Word form fields)."""

# ruff: noqa: E501  (labels and answers are copied verbatim from the published form)

from datetime import date

from tests.councils.kit import (
    FCB,
    FT,
    SDT,
    Heading,
    L,
    Para,
    Table,
    Title,
    grid,
    person,
    render_docx,
)
from tests.councils.model import CouncilCase, Expected

URL = (
    "https://vdocuments.site/identifying-details-of-child-a-doc-fileaa-web-viewteam-around-the.html"
)
TITLE = (
    "Stockport Common Assessment Framework for Children & Families (Identifying Details of Child)"
)
ON = date(2025, 4, 29)


def _kv(*pairs: tuple[str, str | None]) -> Table:
    return Table([[L(k), FT(v)] for k, v in pairs], [2, 3])


def _build() -> bytes:
    blocks = [
        Title("Stockport Common Assessment Framework", "for Children & Families"),
        Para(
            "If you are completing this form electronically, boxes will expand to fit your text. Where "
            "‘check boxes’ appear, insert an ‘X’ in those that apply."
        ),
        _kv(
            ("Date assessment/assessment update", "29/04/2025"),
            (
                "Version No. Not sure of version number? Check with Common Processes Team 0161 217 6160",
                "1",
            ),
        ),
        _kv(
            ("Name of person completing assessment", "Bethany Cole"),
            ("Address", "Tipton Children's Centre, Unity Walk, Tipton DY4 8QL"),
            ("Role", "Early Years Practitioner"),
            ("Organisation", "Tipton Children's Centre"),
            ("Contact Telephone No.", "01632 960 198"),
            ("Email", "bethany.cole@tiptoncc.example.org.uk"),
            ("Name of Lead Professional", "Bethany Cole"),
            ("Change of Lead Professional (if lead has changed give name / date of change)", None),
        ),
        Heading("Identifying Details of Child"),
        Para(
            "Record details of unborn baby, infant, child or young person being assessed. If unborn, state "
            "name as ‘unborn baby’ and mother’s name e.g. unborn baby of Ann Smith."
        ),
        _kv(("Given Name", "Evie"), ("Family Name", "Platt"), ("AKA / Previous Names", None)),
        Table(
            [[L("Gender"), FCB(False, "Male"), FCB(True, "Female"), FCB(False, "Unknown")]],
            [2, 1, 1, 1],
        ),
        _kv(
            ("Date Of Birth or Estimated Due Date (dd/mm/yyyy)", "13/09/2021"),
            ("Address", "21 Sedgley Road East, Tipton"),
            ("Postcode", "DY4 0RE"),
        ),
        Table(
            [
                [
                    L("Ethnicity"),
                    SDT("White: British", "drop", ("White: British", "White: Irish", "Pakistani")),
                ]
            ],
            [2, 3],
        ),
        _kv(
            ("Ethnicity Notes", None),
            ("If other, please specify", None),
            ("Immigration status", None),
            ("Child’s first language", "English"),
            ("Parent’s first language", "English"),
        ),
        Table(
            [[L("Is the child or young person disabled?"), FCB(False, "Yes"), FCB(True, "No")]],
            [2, 1, 1],
        ),
        _kv(
            ("If ‘Yes’ give details", None),
            (
                "Details of any special requirements (for child and/or their parent) e.g. signing, "
                "interpretation or accessibility needs.",
                None,
            ),
        ),
        Heading("Family Outline"),
        _kv(("Address", "As above – 21 Sedgley Road East, Tipton DY4 0RE")),
        Para("Adults in the Family", bold=True),
        grid(
            ["Name", "DOB", "Gender", "Relationship", "Contact details", "Ethnicity"],
            [
                [
                    FT("Joanne Platt"),
                    FT("06/02/1996"),
                    FT("F"),
                    FT("Mother"),
                    FT("07700 900 519"),
                    FT("White British"),
                ],
                [
                    FT("Maureen Platt"),
                    FT("30/10/1964"),
                    FT("F"),
                    FT("Maternal grandmother (lives with family)"),
                    FT("07700 900 520"),
                    FT("White British"),
                ],
                [FT(None), FT(None), FT(None), FT(None), FT(None), FT(None)],
            ],
        ),
        Para("Children in the Family", bold=True),
        grid(
            [
                "Name",
                "DOB /EDD",
                "Gender",
                "Relationship",
                "Contact details",
                "Ethnicity",
                "School Attended",
            ],
            [
                [
                    FT("Evie Platt"),
                    FT("13/09/2021"),
                    FT("F"),
                    FT("Subject"),
                    FT(None),
                    FT("White British"),
                    FT("Little Stars Nursery"),
                ],
                [
                    FT("Harley Platt"),
                    FT("01/05/2012"),
                    FT("M"),
                    FT("Brother"),
                    FT(None),
                    FT("White British"),
                    FT("Q3 Academy Tipton"),
                ],
            ],
        ),
        Para(
            "Services Working with the Child / Family (Including details of GP, Health (HV, Midwife etc.), "
            "early years, education, FE training provision",
            bold=True,
        ),
        grid(
            [
                "Service Name",
                "Named Person",
                "Contact details",
                "Which family member are you working with?",
            ],
            [
                [
                    FT("Health Visiting"),
                    FT("Anne Fox"),
                    FT("Coseley Health Centre, WV14 6PD"),
                    FT("Evie"),
                ],
                [FT("GP"), FT("Dr K Rao"), FT("Tipton Medical Practice, DY4 7AA"), FT("All")],
            ],
        ),
        Heading("Reason for Assessment"),
        Table(
            [
                [
                    FT(
                        "Evie's speech and toileting are delayed; mum is a young parent and grandmother "
                        "is recovering from surgery. Family asked for support with routines."
                    )
                ]
            ]
        ),
        Heading("Consent"),
        Para(
            "I have been involved in this assessment and agree to the information being shared with the "
            "services named in this assessment."
        ),
        grid(
            ["Name", "Signature", "Date"],
            [
                [FT("Joanne Platt"), FT("J Platt"), FT("29/04/2025")],
                [FT("Maureen Platt"), FT("M. Platt"), FT("29/04/2025")],
                [FT(None), FT(None), FT(None)],
            ],
        ),
    ]
    return render_docx(blocks, footer="Page 1 of 15 Common Assessment Framework")


CASES: tuple[CouncilCase, ...] = (
    CouncilCase(
        case_id="stockport-caf-01",
        council="Stockport Metropolitan Borough Council",
        source_url=URL,
        source_title=TITLE,
        layout="Word with legacy FORMTEXT fields (empty ones five en-spaces) and FORMCHECKBOX gender "
        "boxes; practitioner's address before the child; Adults / Children in the Family tables",
        filename="referral.docx",
        assessment_date=ON,
        build=_build,
        expected=Expected(
            form_type="early_help_assessment",
            people=(
                person("Evie Platt", date(2021, 9, 13), False, ON),
                person("Joanne Platt", date(1996, 2, 6), True, ON),
                person("Maureen Platt", date(1964, 10, 30), True, ON),
                person("Harley Platt", date(2012, 5, 1), False, ON),
            ),
            postcode="DY4 0RE",
            lead_professional_name="Bethany Cole",
            lead_professional_email="bethany.cole@tiptoncc.example.org.uk",
            level_of_need=None,
        ),
    ),
)
