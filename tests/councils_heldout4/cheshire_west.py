"""Cheshire West and Chester: the Team around the Family (TaF) assessment on the West Cheshire
Continuum of Need (Universal, Universal Plus, Partnership Plus (TaF required), Statutory Social
Work), and a social worker's 'transfer to TAF' step down to the Early Support Access Team."""

# ruff: noqa: E501  (wording follows the published pages)

from datetime import date

from tests.councils.kit import (
    CB,
    Heading,
    L,
    Para,
    Span,
    Table,
    Title,
    grid,
    kv,
    person,
    render_docx,
    render_pdf,
)
from tests.councils.model import CouncilCase, Expected

URL_L3 = (
    "https://www.cheshirewestlscb.org.uk/professionals/continuum-of-need/level-3-multiplecomplex/"
)
TITLE_L3 = "Cheshire West and Chester LSCB – Continuum of Need: Partnership Plus (TaF required) (multi-agency assessment, reviewing and support with a Lead Professional; a Team around the family (TaF) assessment; consent is required; two or more unmet needs that may be complex)"
URL_G = "https://paperzz.com/doc/6849605/-taf--assessment-5---altogether-better-cheshire"
TITLE_G = "Cheshire West and Chester Team around the Family (TAF) practice guidance (interventions primarily at Levels 2 and 3 of the Continuum of Need; consent and information sharing; Lead Professional; ESAT and Integrated Early Support; Team Around the Family Step Down Flow Chart)"

LEVELS = (
    ("Level 1 – Universal", 1),
    ("Level 2 – Universal Plus", 2),
    ("Level 3 – Partnership Plus (TaF required)", 3),
    ("Level 4 – Statutory Social Work", 4),
)


def _levels(chosen: int) -> Table:
    return Table([[L("Continuum of Need level")], *[[CB(n == chosen, t)] for t, n in LEVELS]])


ON1 = date(2026, 2, 18)


def _build_01() -> bytes:
    blocks: list[object] = [
        Title("Team around the Family (TaF) Assessment", "West Cheshire Continuum of Need"),
        Para(
            "Note: Consent is required. All assessments and action plans should be informed by the appropriate assessments within the Multi-Agency Assessment Toolkit."
        ),
        _levels(3),
        Heading("Lead Professional"),
        kv(
            ("Name", "Karen Obi"),
            ("Agency", "Old Hill Primary School"),
            ("Address", "Old Hill Primary, Cradley Heath B64 6DR"),
            ("Email", "k.obi@oldhill.example.sch.uk"),
            ("Telephone", "01632 960 139"),
            ("Date of TaF assessment", "18/02/2026"),
            per_row=2,
        ),
        Heading("Family composition"),
        Table(
            [
                [L("Address"), Span("3 Manor Lane, Halesowen B62 8AA", 4)],
                [L("Name"), L("DOB"), L("Relationship"), L("Gender"), L("Lives here")],
                ["Tanisha Roberts", "25/08/1992", "Mother", "F", "Yes"],
                ["Devon Roberts", "12/01/2013", "Son", "M", "Yes"],
                ["Keira Roberts", "21/12/2016", "Daughter", "F", "Yes"],
                ["Marlon Roberts", "", "Father", "M", "No – lives in Chester CH2"],
            ],
        ),
        Heading("Two or more unmet needs"),
        Table(
            [
                [
                    "Mum is a lone parent under stress since Marlon left; Devon has emerging behavioural difficulties and a fixed-term exclusion; Keira's attendance has dropped to 86%. A coordinated multi-agency response is needed."
                ]
            ]
        ),
        Heading("Consent and information sharing"),
        grid(
            ["Family member", "I consent to the TaF and to information being shared", "Date"],
            [["Tanisha Roberts", "T. Roberts", "18/02/2026"]],
        ),
    ]
    return render_docx(blocks)


ON2 = date(2026, 6, 10)


def _build_02() -> bytes:
    blocks: list[object] = [
        Title(
            "Transfer to TAF – Step Down",
            "Cheshire West and Chester Children's Social Care → Early Support Access Team (ESAT)",
        ),
        Para(
            "All step down cases considered to be Level 3 complex and multiple must be stepped down to ESAT whether or not a TAF lead has been identified."
        ),
        kv(
            ("LCS case number", "CW-1120457"),
            ("Plan ending", "Child in Need"),
            ("Level on stepping down", "Level 3 – complex and multiple needs"),
            ("Final CIN meeting", "17/06/2026, 10:00, Winsford Family Hub"),
            per_row=2,
        ),
        Heading("Family"),
        kv(("Home address", "45 Himley Road, Dudley"), ("Postcode", "DY1 2QP"), per_row=2),
        grid(
            ["Forename", "Surname", "Date of birth", "Relationship", "Household"],
            [
                ["Jade", "Pritchett", "09/04/1997", "Mother", "Yes"],
                ["Harley", "Pritchett", "30/06/2015", "Son", "Yes"],
                ["Maisie", "Pritchett", "12/12/2020", "Daughter", "Yes"],
                ["Owen", "Rigby", "01/01/1996", "Maisie's father", "No – Northwich CW9"],
            ],
        ),
        Heading("Outstanding actions to be addressed by the TAF"),
        Table(
            [
                [
                    "Harley's ADHD assessment (CAMHS, appointment 02/07/2026); mum's rent arrears plan; Maisie's 2-year-old funded place. Mum has engaged well with the CIN plan since the neglect concerns in 2025."
                ]
            ]
        ),
        Heading("Lead Professional after step down (TAF lead)"),
        kv(
            ("Name", "Beverley Tranter"),
            ("Agency", "Integrated Early Support (IES)"),
            ("Email", "beverley.tranter@ies.example.gov.uk"),
            per_row=3,
        ),
        Heading("Social worker"),
        kv(
            ("Name", "Dominic Hale"),
            ("Email", "dominic.hale@childrens.example.gov.uk"),
            ("Date", "10/06/2026"),
            per_row=3,
        ),
        Heading("Family consent"),
        Para(
            "Jade Pritchett consented on 09/06/2026 to the transfer to TAF and to information being shared with ESAT and the IES team."
        ),
    ]
    return render_pdf(blocks, "Transfer to TAF")


ON3 = date(2026, 10, 14)


def _build_03() -> bytes:
    blocks: list[object] = [
        Title(
            "Team around the Family (TaF) Assessment – Review", "West Cheshire Continuum of Need"
        ),
        Para(
            "Note: Consent is required. All assessments and action plans should be informed by the appropriate assessments within the Multi-Agency Assessment Toolkit."
        ),
        _levels(4),
        Para(
            "Needs now assessed at Level 4: contact made with iART (integrated Access and Referral Team) on 14/10/2026 – strategy discussion requested.",
            bold=True,
        ),
        Heading("Lead Professional"),
        kv(
            ("Name", "Patrick Doyle"),
            ("Agency", "Wordsley Family Hub"),
            ("Address", "Wordsley Family Hub, Stourbridge DY8 5NS"),
            ("Email", "patrick.doyle@familyhub.example.gov.uk"),
            ("Date of review", "14/10/2026"),
            per_row=2,
        ),
        Heading("Family composition"),
        Table(
            [
                [L("Address"), Span("21 Wolverhampton Street, Coseley WV14 9AA", 4)],
                [L("Name"), L("DOB"), L("Relationship"), L("Gender"), L("Lives here")],
                ["Kerry Nash", "03/03/1989", "Mother", "F", "Yes"],
                ["Darren Nash", "11/07/1987", "Father", "M", "Yes"],
                ["Logan Nash", "27/02/2014", "Son", "M", "Yes"],
                ["Ivy Nash", "05/09/2024", "Daughter", "F", "Yes"],
            ],
        ),
        Heading("What has changed?"),
        Table(
            [
                [
                    "Logan (12) disclosed at the TaF meeting that dad hits him with a belt; bruising seen on his back by the school nurse. The TaF plan can no longer keep Logan safe – he is at risk of significant harm."
                ]
            ]
        ),
        Heading("Consent and information sharing"),
        grid(
            ["Family member", "I consent to the TaF and to information being shared", "Date"],
            [["Kerry Nash", "K Nash", "16/06/2026"], ["Darren Nash", "D Nash", "16/06/2026"]],
        ),
    ]
    return render_docx(blocks)


CASES: tuple[CouncilCase, ...] = (
    CouncilCase(
        case_id="heldout4-cheshire-west-taf-01",
        council="Cheshire West and Chester Council",
        source_url=URL_L3,
        source_title=TITLE_L3,
        layout="Word TaF assessment opening with the Continuum of Need as four ☒/☐ rows ('Level 3 – Partnership Plus (TaF required)' ticked); Lead Professional at the school (Sandwell B64 6DR); family address merged across the household grid; father 'No – lives in Chester CH2'; mum the only consenting adult",
        filename="referral.docx",
        assessment_date=ON1,
        build=_build_01,
        expected=Expected(
            form_type="early_help_assessment",
            people=(
                person("Tanisha Roberts", date(1992, 8, 25), True, ON1),
                person("Devon Roberts", date(2013, 1, 12), False, ON1),
                person("Keira Roberts", date(2016, 12, 21), False, ON1),
            ),
            postcode="B62 8AA",
            lead_professional_name="Karen Obi",
            lead_professional_email="k.obi@oldhill.example.sch.uk",
            level_of_need=3,
        ),
    ),
    CouncilCase(
        case_id="heldout4-cheshire-west-stepdown-01",
        council="Cheshire West and Chester Council",
        source_url=URL_G,
        source_title=TITLE_G,
        layout="flattened PDF 'Transfer to TAF' step down to ESAT from a CIN plan: 'Level 3 – complex and multiple needs' typed, final CIN meeting date/venue; Forename | Surname grid with Maisie's father 'No – Northwich CW9'; the Lead Professional after step down (TAF lead, IES) named apart from the social worker; consent a sentence naming mum",
        filename="referral.pdf",
        assessment_date=ON2,
        build=_build_02,
        expected=Expected(
            form_type="step_down",
            people=(
                person("Jade Pritchett", date(1997, 4, 9), True, ON2),
                person("Harley Pritchett", date(2015, 6, 30), False, ON2),
                person("Maisie Pritchett", date(2020, 12, 12), False, ON2),
            ),
            postcode="DY1 2QP",
            lead_professional_name="Beverley Tranter",
            lead_professional_email="beverley.tranter@ies.example.gov.uk",
            level_of_need=3,
        ),
    ),
    CouncilCase(
        case_id="heldout4-cheshire-west-taf-02",
        council="Cheshire West and Chester Council",
        source_url=URL_L3,
        source_title=TITLE_L3,
        layout="Word TaF review with 'Level 4 – Statutory Social Work' ticked and a bold line saying iART was contacted; a disclosure of being hit with a belt and 'at risk of significant harm'; family hub's DY8 5NS; consent rows from the original June assessment",
        filename="referral.docx",
        assessment_date=ON3,
        build=_build_03,
        expected=Expected(
            form_type="early_help_assessment",
            people=(
                person("Kerry Nash", date(1989, 3, 3), True, ON3),
                person("Darren Nash", date(1987, 7, 11), True, ON3),
                person("Logan Nash", date(2014, 2, 27), False, ON3),
                person("Ivy Nash", date(2024, 9, 5), False, ON3),
            ),
            postcode="WV14 9AA",
            lead_professional_name="Patrick Doyle",
            lead_professional_email="patrick.doyle@familyhub.example.gov.uk",
            level_of_need=4,
            safeguarding=True,
            queue_reason="safeguarding_concern",
        ),
    ),
)
