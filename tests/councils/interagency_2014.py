"""Unidentified council: Inter-Agency Referral Form (October 2014), fillable PDF."""

# ruff: noqa: E501  (labels and answers are copied verbatim from the published form)

from datetime import date

from tests.councils.kit import (
    CB,
    Boxes,
    F,
    Heading,
    L,
    Para,
    Table,
    Title,
    grid,
    person,
    render_acroform,
)
from tests.councils.model import CouncilCase, Expected

URL = "https://fill.io/Referral-Form-For-Agencies-Referral-Taken"
TITLE = "INTER-AGENCY REFERRAL FORM (October 2014) – Referral Form For Agencies"
ON = date(2026, 1, 20)


def _build() -> bytes:
    blocks = [
        Title("INTER-AGENCY REFERRAL FORM", "October 2014"),
        Heading(
            "1. CONSENT (Please note that consent should be sought from the parent/carer unless obtaining this "
            "consent will place the child at further risk of significant harm obtaining consent should not "
            "delay a referral being made)"
        ),
        Table(
            [
                [
                    L("Has consent been sought from PARENTS/CARERS before making this referral?"),
                    Boxes((CB(False, "No", "Check Box1"), CB(True, "Yes", "Check Box2"))),
                ],
                [
                    L("If consent has not been obtained, please give reason."),
                    F("Consent obtained: Tracey Wood (mother) agreed on 20/01/2026", "Text1"),
                ],
            ],
            [3, 2],
        ),
        Heading("2. DETAILS OF PRACTITIONER MAKING THIS REFERRAL"),
        Table(
            [
                [L("Name of Referrer:"), F("Gavin Hughes", "Text2")],
                [L("Job title:"), F("Housing Officer", "Text3")],
                [L("Agency:"), F("Dudley Council Housing – Tenancy Support", "Text4")],
                [L("Address:"), F("The Council House, Priory Road, Dudley DY1 1HF", "Text5")],
                [L("Tel/Mobile:"), F("01632 960 118", "Text6")],
                [L("Email:"), F("gavin.hughes@housing.example.gov.uk", "Text7")],
                [L("Date:"), F("20/01/2026", "Text8")],
                [L("Details of Social Worker taking referral"), F("", "Text9")],
            ],
            [2, 3],
        ),
        Heading("3. CHILD/YOUNG PERSON DETAILS"),
        grid(
            [
                "Last Name",
                "First Name",
                "DOB/EDD",
                "Age",
                "M/F",
                "Ethnicity *",
                "Preferred Language",
            ],
            [
                [
                    F("WOOD", "Text10"),
                    F("Charlie", "Text11"),
                    F("13/06/2020", "Text12"),
                    F("5", "Text13"),
                    F("M", "Text14"),
                    F("WBRI", "Text15"),
                    F("English", "Text16"),
                ]
            ],
        ),
        Table(
            [
                [
                    L("Address(es):"),
                    F("Flat 6, Brier House, Level Street, Brierley Hill, DY5 1AA", "Text17"),
                ],
                [L("Tel/ Mobile:"), F("07700 900 402", "Text18")],
                [L("Email:"), F("", "Text19")],
            ],
            [2, 5],
        ),
        Heading("4. CHILD/YOUNG PERSON’S MAIN CARERS"),
        grid(
            [
                "Carer Last Name",
                "Carer First Name",
                "DOB",
                "M/F",
                "Ethnicity",
                "Relationship to child",
                "Parental Responsibility",
            ],
            [
                [
                    F("WOOD", "Text20"),
                    F("Tracey", "Text21"),
                    F("01/12/1994", "Text22"),
                    F("F", "Text23"),
                    F("WBRI", "Text24"),
                    F("Mother", "Text25"),
                    F("Yes", "Text26"),
                ]
            ],
        ),
        Table(
            [[L("Give carer address(es) here if different from the child’s:"), F("", "Text27")]],
            [2, 3],
        ),
        Heading(
            "5. OTHER HOUSEHOLD MEMBERS or SIGNIFICANT PEOPLE IN THE CHILD/YOUNG PERSON’S LIFE (where known)"
        ),
        grid(
            [
                "Last Name",
                "First Name",
                "DOB/EDD",
                "Age",
                "M/F",
                "Ethnicity",
                "Relationship to child",
            ],
            [
                [
                    F("WOOD", "Text28"),
                    F("Maddison", "Text29"),
                    F("09/09/2012", "Text30"),
                    F("13", "Text31"),
                    F("F", "Text32"),
                    F("WBRI", "Text33"),
                    F("Sister (lives at home)", "Text34"),
                ],
                [
                    F("WOOD", "Text35"),
                    F("Darren", "Text36"),
                    F("22/02/1992", "Text37"),
                    F("33", "Text38"),
                    F("M", "Text39"),
                    F("WBRI", "Text40"),
                    F("Uncle – does not live at the address", "Text41"),
                ],
            ],
        ),
        Heading("6. REASON FOR REFERRAL"),
        Table(
            [
                [
                    L("Why are you contacting us / What are you worried about?"),
                    F(
                        "Rent arrears and the threat of eviction; Charlie has no nursery place and the flat is damp. "
                        "Mum asked for early help.",
                        "Text42",
                    ),
                ]
            ],
            [2, 3],
        ),
        Para(
            "Risks: Please tell us your opinion of the level of risk to the child and detail explicitly your "
            "reasoning for this. [to tick boxes double click on box and select checked]"
        ),
        Table(
            [
                [
                    Boxes(
                        (
                            CB(True, "Low", "Check Box3"),
                            CB(False, "Medium", "Check Box4"),
                            CB(False, "High", "Check Box5"),
                        )
                    )
                ]
            ]
        ),
    ]
    return render_acroform(blocks, "INTER-AGENCY REFERRAL FORM")


CASES: tuple[CouncilCase, ...] = (
    CouncilCase(
        case_id="interagency-2014-01",
        council="Unidentified council (Inter-Agency Referral Form, October 2014)",
        source_url=URL,
        source_title=TITLE,
        layout="fillable PDF with meaningless field names (Text1..Text42, Check Box1..5): 1. CONSENT first, "
        "2. practitioner's Address BEFORE 3. child; Last Name before First Name; household and non-household "
        "people mixed in section 5; Low/Medium/High risk (not a level)",
        filename="referral.pdf",
        assessment_date=ON,
        build=_build,
        expected=Expected(
            form_type="early_help_assessment",
            people=(
                person("Charlie Wood", date(2020, 6, 13), False, ON),
                person("Tracey Wood", date(1994, 12, 1), True, ON),
                person("Maddison Wood", date(2012, 9, 9), False, ON),
            ),
            postcode="DY5 1AA",
            lead_professional_name="Gavin Hughes",
            lead_professional_email="gavin.hughes@housing.example.gov.uk",
            level_of_need=None,
        ),
    ),
)
