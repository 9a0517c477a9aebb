"""Fife: a Request for Assistance under the Child Wellbeing Pathway (Getting It Right In Fife;
Named Person Service; informed consent; lead professional)."""

# ruff: noqa: E501  (wording follows the published page)

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
    render_pdf,
)
from tests.councils.model import CouncilCase, Expected

URL = "https://vdocuments.site/the-child-wellbeing-pathway-1-child-wellbeing-pathway-4-the-girif-framework.html"
TITLE = "Fife Community Planning – The Child Wellbeing Pathway (Named Person Service (Universal Level); Assessment of Wellbeing; 3.3 Request for Assistance; 3.6 Team Around the Child; 3.8 Lead Professional; 4.1 Informed Consent; 4.2 When Informed Consent cannot be established)"
COUNCIL = "Fife Council"

_SHANARRI = (
    "Safe",
    "Healthy",
    "Achieving",
    "Nurtured",
    "Active",
    "Respected",
    "Responsible",
    "Included",
)

ON1 = date(2026, 3, 12)


def _build_01() -> bytes:
    ticks = {"Healthy", "Nurtured", "Included"}
    blocks: list[object] = [
        Title("Request for Assistance", "Child Wellbeing Pathway – Getting It Right In Fife"),
        Heading("Named Person"),
        kv(
            ("Named Person", "Mrs Eilidh Fraser, Depute Head Teacher"),
            ("Establishment", "Kingswinford Academy, DY6 9AE"),
            ("Email", "e.fraser@kingswinford.example.sch.uk"),
            ("Date of request", "12/03/2026"),
            per_row=2,
        ),
        Heading("Child or young person"),
        kv(
            ("Name", "Finlay Murray"),
            ("Date of birth", "25/01/2012"),
            ("Home address", "4 Beacon Lane, Kingswinford"),
            ("Postcode", "DY6 7AA"),
            per_row=2,
        ),
        Heading("Family and household"),
        grid(
            ["Name", "Date of birth", "Relationship", "Lives with child"],
            [
                ["Morag Murray", "06/06/1980", "Mother", "Yes"],
                ["Alasdair Murray", "02/10/1978", "Father", "No – lives in Kirkcaldy KY1 1XT"],
                ["Isla Murray", "18/08/2015", "Sister", "Yes"],
            ],
        ),
        Heading("Wellbeing indicators of concern (SHANARRI)"),
        Table(
            [
                [Boxes(tuple(CB(i in ticks, i) for i in _SHANARRI[:4]))],
                [Boxes(tuple(CB(i in ticks, i) for i in _SHANARRI[4:]))],
            ]
        ),
        Heading("What assistance is requested?"),
        Para(
            "Finlay (14) is anxious and refuses school most Mondays; Mum asks for a Team Around the Child meeting with the school nurse and CAMHS."
        ),
        Heading("Lead Professional"),
        kv(
            (
                "Proposed Lead Professional",
                "Ross Kennedy, Pupil Support Teacher – r.kennedy@kingswinford.example.sch.uk",
            )
        ),
        Heading("Informed consent"),
        Table(
            [
                [
                    L("Who has given informed consent?"),
                    "Morag Murray (mother) and Finlay Murray (young person)",
                ],
                [L("How was consent given?"), "In person at school, 12/03/2026"],
            ]
        ),
    ]
    return render_docx(blocks)


ON2 = date(2026, 9, 17)


def _build_02() -> bytes:
    blocks: list[object] = [
        Title("Request for Assistance", "Child Wellbeing Pathway – Getting It Right In Fife"),
        Heading("Named Person"),
        kv(
            ("Named Person", "Jennifer Bell, Health Visitor"),
            ("Base", "Brierley Hill Health Centre, DY5 4AQ"),
            ("Email", "jennifer.bell@nhs.example.net"),
            ("Date of request", "17/09/2026"),
            per_row=2,
        ),
        Heading("Child or young person"),
        kv(
            ("Name", "Ava Duncan"),
            ("Date of birth", "03/03/2025"),
            ("Home address", "12 Moor Street, Brierley Hill DY5 1AA"),
        ),
        Heading("Family and household"),
        grid(
            ["Name", "Date of birth", "Relationship", "Lives with child"],
            [
                ["Kirsty Duncan", "21/01/2002", "Mother", "Yes"],
                ["Jamie Lennox", "09/07/2000", "Father", "Yes"],
            ],
        ),
        Heading("What assistance is requested?"),
        Para(
            "Ava (18 months) missed two developmental reviews; home conditions poor. Mum agrees to family support."
        ),
        Heading("Informed consent"),
        kv(
            ("Who has given informed consent?", "Kirsty Duncan (mother)"),
            (
                "When informed consent cannot be established",
                "Jamie Lennox (father, lives at home) declined to discuss the request",
            ),
        ),
    ]
    return render_pdf(blocks, "Request for Assistance")


CASES: tuple[CouncilCase, ...] = (
    CouncilCase(
        case_id="heldout6-fife-rfa-01",
        council=COUNCIL,
        source_url=URL,
        source_title=TITLE,
        layout="Word Request for Assistance from the Named Person: school's DY6 9AE first; SHANARRI wellbeing indicators as two ☒/☐ rows; father in Kirkcaldy KY1 marked 'No' in 'Lives with child'; proposed Lead Professional named apart from the Named Person; informed consent names mum and the 14-year-old",
        filename="referral.docx",
        assessment_date=ON1,
        build=_build_01,
        expected=Expected(
            form_type="early_help_assessment",
            people=(
                person("Finlay Murray", date(2012, 1, 25), True, ON1),
                person("Morag Murray", date(1980, 6, 6), True, ON1),
                person("Isla Murray", date(2015, 8, 18), False, ON1),
            ),
            postcode="DY6 7AA",
            lead_professional_name="Ross Kennedy",
            lead_professional_email="r.kennedy@kingswinford.example.sch.uk",
            level_of_need=None,
        ),
    ),
    CouncilCase(
        case_id="heldout6-fife-rfa-02",
        council=COUNCIL,
        source_url=URL,
        source_title=TITLE,
        layout="flattened PDF Request for Assistance from a health visitor Named Person: informed consent from mum only, the father at home declined ('When informed consent cannot be established'); health centre's DY5 4AQ before the child",
        filename="referral.pdf",
        assessment_date=ON2,
        build=_build_02,
        expected=Expected(
            form_type="early_help_assessment",
            people=(
                person("Ava Duncan", date(2025, 3, 3), False, ON2),
                person("Kirsty Duncan", date(2002, 1, 21), True, ON2),
                person("Jamie Lennox", date(2000, 7, 9), False, ON2),
            ),
            postcode="DY5 1AA",
            lead_professional_name="Jennifer Bell",
            lead_professional_email="jennifer.bell@nhs.example.net",
            level_of_need=None,
            queue_reason="consent_missing",
        ),
    ),
)
