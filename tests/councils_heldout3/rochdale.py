"""Rochdale: Early Help Assessment (EHA), recorded on the Early Help Module (EHM)."""

# ruff: noqa: E501  (wording follows the published page)

from datetime import date

from tests.councils.kit import (
    Cell,
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

URL = "http://www.rochdale.gov.uk/children-and-childcare/how-we-deliver-childrens-serv/Pages/early-help-assessment.aspx"
TITLE = "Rochdale Borough Council – Early Help Assessment (EHA): a voluntary process (you can withdraw consent at any time), led by a ‘lead professional’ who co-ordinates the Early Help support package, recorded on the Early Help Module (EHM)"

VOLUNTARY = (
    "The EHA is a voluntary process; you and your family choose to be involved in the process and can withdraw "
    "consent at any time. Your assessment will be recorded on the Early Help Module (EHM), which is totally "
    "confidential; only people with consent can see the information recorded on your family."
)


def _above(*pairs: tuple[str, str]) -> Table:
    """Label above value, as the narrative boxes of the form are laid out."""
    rows: list[list[Cell]] = []
    for label, value in pairs:
        rows.append([L(label)])
        rows.append([value])
    return Table(rows)


ON1 = date(2026, 1, 14)


def _build_01() -> bytes:
    blocks = [
        Title(
            "Early Help Assessment (EHA)", "Rochdale Borough – Early Help Module reference: ______"
        ),
        Para(VOLUNTARY),
        Heading("Assessment completed by"),
        kv(
            ("Name", "Kelly Marsden"),
            ("Agency", "Sedgley Children’s Centre, The Straits, Lower Gornal DY3 2UY"),
            ("Role", "Early Years Family Worker"),
            ("Email", "kelly.marsden@childrenscentre.example.gov.uk"),
            ("Date of assessment", "14/01/2026"),
            per_row=2,
        ),
        Heading("Lead professional"),
        kv(
            ("Name", "Paul Ndlovu"),
            ("Agency / role", "Sedgley Family Hub – Family Support Practitioner"),
            ("Email", "paul.ndlovu@familyhub.example.gov.uk"),
            ("Telephone", "01632 960 325"),
            per_row=2,
        ),
        Heading("Child / young person being assessed"),
        kv(
            ("Full name", "Alfie-James Turner"),
            ("Date of birth", "07/03/2022"),
            ("Gender", "Male"),
            ("Setting", "Sedgley Children’s Centre nursery"),
            ("Home address", "5 Gospel End Road, Sedgley, Dudley"),
            ("Postcode", "DY3 1AB"),
            per_row=2,
        ),
        Heading("Brothers and sisters"),
        grid(
            ["Full name", "Date of birth", "Gender", "School", "Lives with the child?"],
            [
                ["Scarlett Turner", "19/05/2013", "F", "The Dormston School", "Yes"],
                ["Kai Turner", "01/10/2008", "M", "–", "No – lives with his dad in Wolverhampton"],
            ],
        ),
        Heading("Parents / carers and other adults in the household"),
        grid(
            [
                "Full name",
                "Date of birth",
                "Relationship",
                "Parental responsibility",
                "Lives with the child?",
            ],
            [["Jade Turner", "26/02/1991", "Mother", "Yes", "Yes"]],
        ),
        _above(
            (
                "What is working well?",
                "Jade is a loving mum; Alfie-James is happy at nursery; Scarlett helps at home.",
            ),
            (
                "What are you worried about?",
                "Alfie-James has no words at nearly 4; Jade has severe anxiety and has not left the house since November except for nursery.",
            ),
            (
                "What needs to happen?",
                "Speech and language assessment; GP review for mum; family hub outreach; TAF meeting.",
            ),
        ),
        Heading("Consent"),
        Para(
            "I understand that the EHA is voluntary, that I can withdraw consent at any time, and I agree to my family’s information "
            "being recorded on the Early Help Module and shared with the people in our Team Around the Family."
        ),
        grid(
            ["Name", "Signature", "Date"],
            [
                ["Jade Turner", "J Turner", "14/01/2026"],
            ],
        ),
    ]
    return render_docx(blocks)


ON2 = date(2026, 11, 4)


def _build_02() -> bytes:
    blocks = [
        Title("Early Help Assessment (EHA)", "Rochdale Borough"),
        Para(VOLUNTARY),
        Heading("Assessment completed by"),
        kv(
            ("Name", "Sam Okonjo"),
            ("Agency", "Stourbridge Health Visiting Team, Lowndes Road, Stourbridge DY8 3SS"),
            ("Role", "Health Visitor"),
            ("Email", "sam.okonjo@nhs.example.net"),
            ("Date of assessment", "04/11/2026"),
            per_row=2,
        ),
        Heading("Child / young person being assessed"),
        kv(
            ("Full name", "Courtney Evans"),
            ("Date of birth", "15/03/2018"),
            ("Home address", "72 Hagley Road, Oldswinford, Stourbridge"),
            ("Postcode", "DY8 2SE"),
            per_row=2,
        ),
        Heading("Brothers and sisters"),
        grid(
            ["Full name", "Date of birth", "Lives with the child?"],
            [["Riley Hill", "28/08/2024", "Yes"]],
        ),
        Heading("Parents / carers and other adults in the household"),
        grid(
            ["Full name", "Date of birth", "Relationship", "Lives with the child?"],
            [
                ["Tracey Evans", "09/07/1994", "Mother", "Yes"],
                ["Wayne Hill", "16/01/1992", "Mum’s partner, Riley’s dad", "Yes"],
            ],
        ),
        Heading("What are you worried about?"),
        Table(
            [
                [
                    "Riley is not gaining weight; the family have no cooker since the move; Courtney often absent on Mondays."
                ]
            ]
        ),
        Heading("Consent"),
        Para(
            "I understand that the EHA is voluntary, that I can withdraw consent at any time, and I agree to my family’s information "
            "being recorded on the Early Help Module and shared with the people in our Team Around the Family."
        ),
        grid(
            ["Name", "Signature", "Date"],
            [
                ["Tracey Evans", "T. Evans", "04/11/2026"],
                ["Wayne Hill", "", ""],
            ],
        ),
    ]
    return render_acroform(blocks, "Early Help Assessment")


CASES: tuple[CouncilCase, ...] = (
    CouncilCase(
        case_id="heldout3-rochdale-eha-01",
        council="Rochdale Borough Council",
        source_url=URL,
        source_title=TITLE,
        layout="Word EHA with the child, brothers and sisters, and adults in three separate tables (a 17-year-old brother 'No – lives with his dad'); assessor (children's centre, DY3 2UY) and a separate lead professional; narrative boxes with the label above the value; withdraw-consent statement signed by mum",
        filename="referral.docx",
        assessment_date=ON1,
        build=_build_01,
        expected=Expected(
            form_type="early_help_assessment",
            people=(
                person("Alfie-James Turner", date(2022, 3, 7), False, ON1),
                person("Scarlett Turner", date(2013, 5, 19), False, ON1),
                person("Jade Turner", date(1991, 2, 26), True, ON1),
            ),
            postcode="DY3 1AB",
            lead_professional_name="Paul Ndlovu",
            lead_professional_email="paul.ndlovu@familyhub.example.gov.uk",
            level_of_need=None,
        ),
    ),
    CouncilCase(
        case_id="heldout3-rochdale-eha-02",
        council="Rochdale Borough Council",
        source_url=URL,
        source_title=TITLE,
        layout="fillable PDF of the EHA with fields named from the labels and grid headers ('Full name 1', 'Signature 2'); the mother's partner who lives in the household has empty signature and date fields",
        filename="referral.pdf",
        assessment_date=ON2,
        build=_build_02,
        expected=Expected(
            form_type="early_help_assessment",
            people=(
                person("Courtney Evans", date(2018, 3, 15), False, ON2),
                person("Riley Hill", date(2024, 8, 28), False, ON2),
                person("Tracey Evans", date(1994, 7, 9), True, ON2),
                person("Wayne Hill", date(1992, 1, 16), False, ON2),
            ),
            postcode="DY8 2SE",
            lead_professional_name="Sam Okonjo",
            lead_professional_email="sam.okonjo@nhs.example.net",
            level_of_need=None,
            queue_reason="consent_missing",
        ),
    ),
)
