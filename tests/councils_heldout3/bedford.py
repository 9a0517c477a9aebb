"""Bedford Borough: Early Help Assessment, used for referrals into Early Help Services, Education
Psychology, Parenting and Autism Advisory Teachers, with the four Levels of Need of the Bedford
Borough Multi-Agency Thresholds Document."""

# ruff: noqa: E501  (wording follows the published pages)

from datetime import date

from tests.councils.kit import (
    CB,
    Boxes,
    Heading,
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

URL1 = "https://localoffer.bedford.gov.uk/kb5/bedford/directory/advice.page?id=DIOI7rT1-n4"
TITLE1 = "Bedford Borough Local Offer – Document Library: Early Help Assessment (use for referrals into Early Help Services, Education Psychology, Parenting and Autism Advisory Teachers)"
URL2 = "http://bedford.gov.uk/health_and_social_care/children__young_people/safeguarding_children_board/professionals/prevent.aspx"
TITLE2 = "Bedford Borough Multi-Agency Thresholds Document – the Four Levels of Need (Level 1: Universal; Level 2: Early help / Intervention; Level 3; Level 4); Children’s Social Care Contact, Referral and Assessment Duty Desk 01234 223599"

SERVICES = ("Early Help Services", "Education Psychology", "Parenting", "Autism Advisory Teachers")
LEVELS = ("Level 1: Universal", "Level 2: Early help / Intervention", "Level 3", "Level 4")


def _services(chosen: set[str]) -> Table:
    return Table([[Boxes(tuple(CB(s in chosen, s) for s in SERVICES))]])


def _levels(level: int) -> Table:
    return Table([[CB(i + 1 == level, name)] for i, name in enumerate(LEVELS)])


ON1 = date(2026, 2, 18)


def _build_01() -> bytes:
    blocks = [
        Title("Early Help Assessment", "Bedford Borough Council"),
        Para(
            "Use for referrals into Early Help Services, Education Psychology, Parenting and Autism Advisory Teachers."
        ),
        Heading("Service(s) requested"),
        _services({"Early Help Services", "Parenting"}),
        Heading("Level of need (Bedford Borough Multi-Agency Thresholds Document)"),
        _levels(3),
        Heading("Child / young person"),
        kv(
            ("Name", "Jacob Oliver Hancox"),
            ("Date of birth", "29/10/2014"),
            ("Address", "11 Coseley Road, Bilston"),
            ("Postcode", "WV14 9AA"),
            ("School", "Christ Church C of E Primary, Coseley (Year 6)"),
            ("GP", "Dr K. Bains, Bilston Health Centre, Prouds Lane WV14 6PW"),
            per_row=2,
        ),
        Heading("Family members living in the household"),
        grid(
            ["Name", "Date of birth", "Relationship to child", "Parental responsibility"],
            [
                ["Sarah Hancox", "05/05/1984", "Mother", "Yes"],
                ["Darren Hancox", "17/12/1982", "Father", "Yes"],
                ["Freya Hancox", "13/06/2009", "Sister", "–"],
            ],
        ),
        Heading("Practitioner completing the assessment"),
        kv(
            ("Name", "Lisa Fenton"),
            ("Role", "Inclusion Manager"),
            ("Organisation", "Christ Church C of E Primary, Church Road, Coseley WV14 8YB"),
            ("Email", "l.fenton@christchurch.example.sch.uk"),
            ("Telephone", "01632 960 189"),
            ("Date", "18/02/2026"),
            per_row=2,
        ),
        Heading("Summary of needs and strengths"),
        Table(
            [
                [
                    "Jacob has a diagnosis of autism; his meltdowns at home have become violent towards Freya and mum. Both parents work; Freya is revising for GCSEs and sleeping at a friend’s. "
                    "Strengths: parents committed, school support plan working in class. Level 3: multiple needs needing a co-ordinated multi-agency response."
                ]
            ]
        ),
        Heading("Consent"),
        Para(
            "We agree to this Early Help Assessment and to the information being shared with the services requested above."
        ),
        grid(
            ["Name", "Signature", "Date"],
            [
                ["Sarah Hancox", "S Hancox", "18/02/2026"],
                ["Darren Hancox", "D Hancox", "18/02/2026"],
                ["Freya Hancox", "Freya Hancox", "18/02/2026"],
            ],
        ),
    ]
    return render_docx(blocks, header="Bedford Borough – Early Help Assessment")


ON2 = date(2026, 8, 11)


def _build_02() -> bytes:
    blocks = [
        Title("Early Help Assessment", "Bedford Borough Council"),
        Para(
            "Use for referrals into Early Help Services, Education Psychology, Parenting and Autism Advisory Teachers."
        ),
        Heading("Service(s) requested"),
        _services(set()),
        Heading("Level of need (Bedford Borough Multi-Agency Thresholds Document)"),
        _levels(4),
        Para(
            "Level 4: telephoned to the Children’s Social Care Contact, Referral and Assessment Duty Desk (01234 223599) at 11:10 on 11/08/2026; "
            "this assessment is sent as the written follow-up.",
            bold=True,
        ),
        Heading("Child / young person"),
        kv(
            ("Name", "Ruby-Mae Stokes"),
            ("Date of birth", "02/07/2026"),
            ("Address", "Flat 5, Grazebrook Croft, Netherton"),
            ("Postcode", "DY2 9HF"),
            per_row=2,
        ),
        Heading("Family members living in the household"),
        grid(
            ["Name", "Date of birth", "Relationship to child", "Parental responsibility"],
            [
                ["Kayleigh Stokes", "20/01/2006", "Mother", "Yes"],
                ["Connor Reilly", "08/03/2003", "Mother’s boyfriend (not Ruby-Mae’s father)", "No"],
            ],
        ),
        Heading("Practitioner completing the assessment"),
        kv(
            ("Name", "Helen Pryce"),
            ("Role", "Community Midwife"),
            ("Organisation", "Russells Hall Hospital Community Midwifery, Dudley DY1 2HQ"),
            ("Email", "helen.pryce@nhs.example.net"),
            ("Date", "11/08/2026"),
            per_row=2,
        ),
        Heading("Summary of needs and strengths"),
        Table(
            [
                [
                    "Unexplained bruise to Ruby-Mae’s cheek at the 5-week visit (non-mobile baby). Connor was in the flat and refused to let me speak to Kayleigh alone. "
                    "Risk of significant harm. Kayleigh has not been told about this referral on the Duty Desk’s advice."
                ]
            ]
        ),
        Heading("Consent"),
        grid(["Name", "Signature", "Date"], [["", "", ""]]),
    ]
    return render_pdf(blocks, "Early Help Assessment")


CASES: tuple[CouncilCase, ...] = (
    CouncilCase(
        case_id="heldout3-bedford-eha-01",
        council="Bedford Borough Council",
        source_url=URL1,
        source_title=TITLE1,
        layout="Word EHA opening with the four services as ☒/☐ in one cell and the four Levels of Need one per row (Level 3 ticked); child in label/value pairs with the GP's WV14 6PW and the school's WV14 8YB; household grid; consent signed by both parents and the 16-year-old sister",
        filename="referral.docx",
        assessment_date=ON1,
        build=_build_01,
        expected=Expected(
            form_type="early_help_assessment",
            people=(
                person("Jacob Oliver Hancox", date(2014, 10, 29), False, ON1),
                person("Sarah Hancox", date(1984, 5, 5), True, ON1),
                person("Darren Hancox", date(1982, 12, 17), True, ON1),
                person("Freya Hancox", date(2009, 6, 13), True, ON1),
            ),
            postcode="WV14 9AA",
            lead_professional_name="Lisa Fenton",
            lead_professional_email="l.fenton@christchurch.example.sch.uk",
            level_of_need=3,
        ),
    ),
    CouncilCase(
        case_id="heldout3-bedford-eha-02",
        council="Bedford Borough Council",
        source_url=URL2,
        source_title=TITLE2,
        layout="flattened PDF of the same EHA: no service ticked, 'Level 4' ticked and a bold line saying it was telephoned to the Duty Desk; bruised non-mobile baby, mother not told; consent grid empty; hospital's DY1 2HQ",
        filename="referral.pdf",
        assessment_date=ON2,
        build=_build_02,
        expected=Expected(
            form_type="early_help_assessment",
            people=(
                person("Ruby-Mae Stokes", date(2026, 7, 2), False, ON2),
                person("Kayleigh Stokes", date(2006, 1, 20), False, ON2),
                person("Connor Reilly", date(2003, 3, 8), False, ON2),
            ),
            postcode="DY2 9HF",
            lead_professional_name="Helen Pryce",
            lead_professional_email="helen.pryce@nhs.example.net",
            level_of_need=4,
            safeguarding=True,
            queue_reason="safeguarding_concern",
        ),
    ),
)
