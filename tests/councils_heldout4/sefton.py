"""Sefton: the Early Help Assessment and how to use it (six key areas of need; the practitioner
completing it acts as Lead Practitioner; Team Around the Family)."""

# ruff: noqa: E501  (wording follows the published page)

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
    kv,
    person,
    render_acroform,
    render_docx,
)
from tests.councils.model import CouncilCase, Expected

URL = "https://www.sefton.gov.uk/social-care-and-health/children-and-young-people/early-help/assess-early-help-assessment-and-how-to-use-it/"
TITLE = "Sefton Council – Assess: Early Help Assessment and how to use it (six key areas of need: Education; Health and wellbeing; Families where children need help; Economic wellbeing; Relationships; Community engagement; the practitioner completing the assessment will act as the Lead Practitioner)"

AREAS = (
    "Education",
    "Health and wellbeing",
    "Families where children need help",
    "Economic wellbeing",
    "Relationships",
    "Community engagement",
)

ON1 = date(2026, 4, 15)


def _build_01() -> bytes:
    def above(label: str, value: str) -> Table:
        return Table([[L(label)], [value]])

    notes = {
        "Education": "Sienna (9) attendance 84%; reading age two years behind.",
        "Health and wellbeing": "Dad has chronic back pain and is waiting for surgery.",
        "Families where children need help": "Both children share a room with dad; no routines at bedtime.",
        "Economic wellbeing": "Universal Credit only; fuel debt of £900.",
        "Relationships": "Mum left in 2025 and has not been in touch; children miss her.",
        "Community engagement": "New to the area, no family nearby.",
    }
    blocks: list[object] = [
        Title("Early Help Assessment", "Sefton – Early Help"),
        Heading("Lead Practitioner (the practitioner completing this assessment)"),
        kv(
            ("Name", "Joanna Marsh"),
            ("Agency / role", "Learning Mentor, St Luke's Primary"),
            ("Address", "St Luke's Primary, Upper Gornal DY3 2NU"),
            ("Email", "j.marsh@stlukes.example.sch.uk"),
            ("Date", "15/04/2026"),
            per_row=2,
        ),
        Heading("The family"),
        above("Family home address", "4 Clarence Street, Upper Gornal, Dudley DY3 2DE"),
        grid(
            ["First name", "Surname", "Date of birth", "Relationship"],
            [
                ["Craig", "Dawson", "22/12/1982", "Father"],
                ["Sienna", "Dawson", "07/06/2016", "Daughter"],
                ["Theo", "Dawson", "13/09/2019", "Son"],
            ],
        ),
        Heading("Assessment – six key areas"),
        *[b for a in AREAS for b in (above(a, notes[a]),)],
        Heading("Strengths and resources"),
        above(
            "What is working well?",
            "Dad is devoted to the children, walks them to school every day and asked for help himself.",
        ),
        Heading("Consent"),
        above(
            "Consent to share information with the Team Around the Family",
            "Craig Dawson – signed 15/04/2026 (signature held on file in school)",
        ),
    ]
    return render_docx(blocks)


ON2 = date(2026, 10, 7)


def _build_02() -> bytes:
    blocks: list[object] = [
        Title("Early Help Assessment", "Sefton – Early Help"),
        Heading("Lead Practitioner (the practitioner completing this assessment)"),
        Table(
            [
                [
                    L("Name"),
                    F("Priya Mistry", "LP name"),
                    L("Agency / role"),
                    F("School Nurse, 5-19 Public Health Nursing", "LP role"),
                ],
                [
                    L("Address"),
                    F("Health Centre, Halesowen B63 3UE", "LP address"),
                    L("Email"),
                    F("priya.mistry@nhs.example.net", "LP email"),
                ],
                [
                    L("Date"),
                    F("07/10/2026", "Assessment date"),
                    L("Telephone"),
                    F("01632 960 414", "LP phone"),
                ],
            ]
        ),
        Heading("The family"),
        Table(
            [
                [
                    L("Family home address"),
                    F("78 Hagley Road, Hasbury, Halesowen", "Family address"),
                ],
                [L("Postcode"), F("B62 8AA", "Family postcode")],
            ]
        ),
        Table(
            [
                [L("First name"), L("Surname"), L("Date of birth"), L("Relationship")],
                [
                    F("Rebecca", "Member 1 first name"),
                    F("Nolan", "Member 1 surname"),
                    F("01/09/1979", "Member 1 DOB"),
                    F("Mother", "Member 1 relationship"),
                ],
                [
                    F("Connor", "Member 2 first name"),
                    F("Nolan", "Member 2 surname"),
                    F("16/06/2011", "Member 2 DOB"),
                    F("Son", "Member 2 relationship"),
                ],
                [
                    F("Erin", "Member 3 first name"),
                    F("Nolan", "Member 3 surname"),
                    F("21/04/2014", "Member 3 DOB"),
                    F("Daughter", "Member 3 relationship"),
                ],
            ]
        ),
        Heading("Assessment – six key areas"),
        Table(
            [
                [L(a), F(t, f"Area {i + 1}")]
                for i, (a, t) in enumerate(
                    zip(
                        AREAS,
                        (
                            "Connor (15) missing lessons; Erin fine.",
                            "Connor self-harming (superficial cuts), CAMHS waiting list; mum anxious.",
                            "Mum works full time; children alone after school.",
                            "Managing.",
                            "Dad died 2024; Connor withdrawn since.",
                            "Erin goes to Guides.",
                        ),
                        strict=True,
                    )
                )
            ]
        ),
        Heading("Consent"),
        Table(
            [
                [L("Name"), L("Consent given"), L("How recorded"), L("Date")],
                [
                    F("Rebecca Nolan", "Consent 1 name"),
                    Boxes((CB(True, "Yes", "Consent 1 yes"), CB(False, "No", "Consent 1 no"))),
                    F("Consent gained verbally", "Consent 1 how"),
                    F("07/10/2026", "Consent 1 date"),
                ],
                [
                    F("Connor Nolan", "Consent 2 name"),
                    Boxes((CB(True, "Yes", "Consent 2 yes"), CB(False, "No", "Consent 2 no"))),
                    F("Signed in clinic", "Consent 2 how"),
                    F("07/10/2026", "Consent 2 date"),
                ],
            ]
        ),
        Para(
            "Safeguarding: no current safeguarding concerns; the self-harm is being managed with the GP and CAMHS."
        ),
    ]
    return render_acroform(blocks, "Early Help Assessment")


CASES: tuple[CouncilCase, ...] = (
    CouncilCase(
        case_id="heldout4-sefton-eha-01",
        council="Sefton Metropolitan Borough Council",
        source_url=URL,
        source_title=TITLE,
        layout="Word EHA opening with the Lead Practitioner block (school's DY3 2NU); the home postcode at the end of a one-line address with the label above; First name | Surname grid; the six key areas each a label above its value; consent 'signature held on file' for the lone father",
        filename="referral.docx",
        assessment_date=ON1,
        build=_build_01,
        expected=Expected(
            form_type="early_help_assessment",
            people=(
                person("Craig Dawson", date(1982, 12, 22), True, ON1),
                person("Sienna Dawson", date(2016, 6, 7), False, ON1),
                person("Theo Dawson", date(2019, 9, 13), False, ON1),
            ),
            postcode="DY3 2DE",
            lead_professional_name="Joanna Marsh",
            lead_professional_email="j.marsh@stlukes.example.sch.uk",
            level_of_need=None,
        ),
    ),
    CouncilCase(
        case_id="heldout4-sefton-eha-02",
        council="Sefton Metropolitan Borough Council",
        source_url=URL,
        source_title=TITLE,
        layout="fillable PDF of the EHA with meaningful field names ('Family postcode', 'Member 2 DOB', 'Consent 1 yes'): school nurse's B63 3UE first; consent grid with ☒ Yes, 'Consent gained verbally' for mum and 'Signed in clinic' for the 15-year-old; self-harm noted but 'no current safeguarding concerns'",
        filename="referral.pdf",
        assessment_date=ON2,
        build=_build_02,
        expected=Expected(
            form_type="early_help_assessment",
            people=(
                person("Rebecca Nolan", date(1979, 9, 1), True, ON2),
                person("Connor Nolan", date(2011, 6, 16), True, ON2),
                person("Erin Nolan", date(2014, 4, 21), False, ON2),
            ),
            postcode="B62 8AA",
            lead_professional_name="Priya Mistry",
            lead_professional_email="priya.mistry@nhs.example.net",
            level_of_need=None,
        ),
    ),
)
