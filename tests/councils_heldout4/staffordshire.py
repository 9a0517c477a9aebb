"""Staffordshire: the Early Help Assessment used for the multi-agency early help offer (Building
Resilient Families and Communities)."""

# ruff: noqa: E501  (wording follows the published page)

from datetime import date

from tests.councils.kit import (
    SDT,
    Cell,
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

URL = "https://www.ssscb.org.uk/working-together-to-safeguard-children/early-help-strategy/"
TITLE = "Staffordshire and Stoke-on-Trent Safeguarding Children Board – Early Help (Staffordshire’s Early Help Strategy; children, young people and families most in need receive a multi-agency service response through an Early Help Assessment; Building Resilient Families and Communities)"

REL = ("Mother", "Father", "Step-father", "Son", "Daughter", "Grandmother", "Other")
GENDER = ("Male", "Female", "Not stated")


def _member(
    name: str | None, dob: str | None, iso: str | None, rel: str | None, lives: str | None
) -> list[Cell]:
    return [
        SDT(name),
        SDT(dob, kind="date", iso=iso),
        SDT(rel, kind="drop", items=REL),
        SDT(lives, kind="drop", items=("Yes", "No")),
    ]


ON1 = date(2026, 2, 25)


def _build_01() -> bytes:
    blocks: list[object] = [
        Title(
            "Early Help Assessment", "Staffordshire – Building Resilient Families and Communities"
        ),
        Heading("Section A – Assessment details"),
        kv(
            ("Assessor name", SDT("Lauren Tipton")),
            ("Agency", SDT("Staffordshire Children's Centre – Kinver Outreach")),
            ("Work address", SDT("Kinver Children's Centre, Stourbridge DY7 6HB")),
            ("Email", SDT("lauren.tipton@ccentre.example.gov.uk")),
            ("Telephone", SDT("01632 960 905")),
            ("Date of assessment", SDT("25/02/2026", kind="date", iso="2026-02-25")),
            per_row=2,
        ),
        Heading("Section B – Family details"),
        kv(
            ("Family address", SDT("5 Brook Street, Lye, Stourbridge")),
            ("Postcode", SDT("DY9 7AA")),
            per_row=2,
        ),
        grid(
            ["Full name", "Date of birth", "Relationship to lead child", "Lives at family address"],
            [
                _member("Chloe Bayliss", "14/09/2020", "2020-09-14", "Daughter", "Yes"),
                _member("Gemma Bayliss", "06/01/1996", "1996-01-06", "Mother", "Yes"),
                _member("Scott Mills", "19/03/1993", "1993-03-19", "Step-father", "Yes"),
                _member(None, None, None, None, None),
            ],
        ),
        Heading("Section C – Gender and ethnicity of lead child"),
        kv(
            ("Gender", SDT("Female", kind="drop", items=GENDER)),
            (
                "Ethnicity",
                SDT(None, kind="drop", items=("White British", "Mixed", "Asian", "Black", "Other")),
            ),
        ),
        Heading("Section D – What is the assessment about?"),
        Table(
            [
                [
                    SDT(
                        "Chloe's speech is well behind (two-word phrases at 5) and she is not toilet trained; Gemma is pregnant and on her own in the day; Scott works away Monday–Thursday. Request: speech and language group, family support and help with the nursery funding."
                    )
                ]
            ]
        ),
        Heading("Section E – Consent"),
        Para(
            "I agree to the information in this assessment being shared with the agencies named in the plan."
        ),
        grid(
            ["Name", "Signature", "Date"],
            [
                [
                    SDT("Gemma Bayliss"),
                    SDT("G Bayliss"),
                    SDT("25/02/2026", kind="date", iso="2026-02-25"),
                ],
                [
                    SDT("Scott Mills"),
                    SDT("S Mills"),
                    SDT("25/02/2026", kind="date", iso="2026-02-25"),
                ],
                [SDT(None), SDT(None), SDT(None, kind="date")],
            ],
        ),
    ]
    return render_docx(blocks)


ON2 = date(2026, 5, 13)


def _build_02() -> bytes:
    blocks: list[object] = [
        Title(
            "Early Help Assessment", "Staffordshire – Building Resilient Families and Communities"
        ),
        Heading("Section A – Assessment details"),
        kv(
            ("Assessor name", "Mohammed Rafiq"),
            ("Agency", "Youth Offending Service – Prevention"),
            ("Work address", "Stafford Youth Hub, Stafford ST16 2LP"),
            ("Email", "mohammed.rafiq@yos.example.gov.uk"),
            ("Telephone", "07700 900 531"),
            ("Date of assessment", "13/05/2026"),
            per_row=2,
        ),
        Heading("Section B – Family details"),
        kv(
            (
                "Family address",
                "No fixed abode – Kieron and his mum are sofa surfing with friends in Netherton and Brierley Hill since the eviction on 02/05/2026",
            ),
            ("Postcode", "N/A"),
        ),
        grid(
            ["Full name", "Date of birth", "Relationship to lead child", "Lives at family address"],
            [
                ["Kieron Lacey", "30/11/2010", "Lead child", "Yes"],
                ["Tanya Lacey", "08/08/1987", "Mother", "Yes"],
                ["Paul Lacey", "", "Father", "No – HMP Featherstone"],
            ],
        ),
        Heading("Section D – What is the assessment about?"),
        Table(
            [
                [
                    "Kieron (15) was given a community resolution for shoplifting in April. He and mum lost their tenancy; he is not attending school. Request: housing advice, a school place near where they stay, mentoring."
                ]
            ]
        ),
        Heading("Section E – Consent"),
        Para(
            "I agree to the information in this assessment being shared with the agencies named in the plan."
        ),
        grid(
            ["Name", "Signature", "Date"],
            [["Tanya Lacey", "T Lacey", "13/05/2026"], ["Kieron Lacey", "Kieron L", "13/05/2026"]],
        ),
    ]
    return render_pdf(blocks, "Early Help Assessment")


ON3 = date(2026, 8, 20)


def _build_03() -> bytes:
    def above(label: str, value: str) -> Table:
        return Table([[L(label)], [value]])

    blocks: list[object] = [
        Title(
            "Early Help Assessment", "Staffordshire – Building Resilient Families and Communities"
        ),
        Heading("Section A – Assessment details"),
        above(
            "Assessor name and agency",
            "Bethany Clarke, Community Midwife, Royal Stoke maternity (community team)",
        ),
        above("Work address", "Community Midwives' Office, Newcastle Road, Stoke-on-Trent ST4 6QG"),
        above("Email / telephone", "bethany.clarke@nhs.example.net / 01632 960 372"),
        above("Date of assessment", "20/08/2026"),
        Heading("Section B – Family details"),
        above("Family address (including postcode)", "118 Stourbridge Road, Halesowen B63 3BL"),
        above(
            "Who lives in the household? (name, date of birth, relationship)",
            "Kelly Ann Griffiths, 11/04/2003, mother (pregnant, due 30/09/2026)\nDarren Griffiths, 27/10/1999, father\nMason Griffiths, 02/01/2024, son",
        ),
        above(
            "Significant family members who do not live in the household",
            "Maternal grandmother Susan Price, Cradley – helps with Mason",
        ),
        Heading("Section D – What is the assessment about?"),
        above(
            "Strengths and needs",
            "Young parents, second baby due; Darren on a zero-hours contract; rent arrears; Kelly has post-natal depression history. Want help with money and a Baby Steps place.",
        ),
        Heading("Section E – Consent"),
        above(
            "Consent statement",
            "Consent gained verbally from Kelly Griffiths and Darren Griffiths at the booking appointment on 20/08/2026; signed copy held in the maternity notes.",
        ),
    ]
    return render_docx(blocks)


CASES: tuple[CouncilCase, ...] = (
    CouncilCase(
        case_id="heldout4-staffordshire-eha-01",
        council="Staffordshire County Council",
        source_url=URL,
        source_title=TITLE,
        layout="Word EHA in content controls: date pickers, relationship and 'Lives at family address' drop-downs, an empty member row and an empty consent row left as placeholders; children's centre DY7 6HB first; both adults sign",
        filename="referral.docx",
        assessment_date=ON1,
        build=_build_01,
        expected=Expected(
            form_type="early_help_assessment",
            people=(
                person("Chloe Bayliss", date(2020, 9, 14), False, ON1),
                person("Gemma Bayliss", date(1996, 1, 6), True, ON1),
                person("Scott Mills", date(1993, 3, 19), True, ON1),
            ),
            postcode="DY9 7AA",
            lead_professional_name="Lauren Tipton",
            lead_professional_email="lauren.tipton@ccentre.example.gov.uk",
            level_of_need=None,
        ),
    ),
    CouncilCase(
        case_id="heldout4-staffordshire-eha-02",
        council="Staffordshire County Council",
        source_url=URL,
        source_title=TITLE,
        layout="flattened PDF EHA for a family with no fixed abode: Postcode 'N/A', the only postcode the youth service's Stafford ST16; father in prison in the grid; mum and the 15-year-old sign",
        filename="referral.pdf",
        assessment_date=ON2,
        build=_build_02,
        expected=Expected(
            form_type="early_help_assessment",
            people=(
                person("Kieron Lacey", date(2010, 11, 30), True, ON2),
                person("Tanya Lacey", date(1987, 8, 8), True, ON2),
            ),
            postcode=None,
            lead_professional_name="Mohammed Rafiq",
            lead_professional_email="mohammed.rafiq@yos.example.gov.uk",
            level_of_need=None,
            queue_reason="postcode_missing",
        ),
    ),
    CouncilCase(
        case_id="heldout4-staffordshire-eha-03",
        council="Staffordshire County Council",
        source_url=URL,
        source_title=TITLE,
        layout="Word EHA with every label above its value: household written as 'name, date of birth, relationship' lines in one box (mother with a middle name), grandmother in a separate 'do not live in the household' box; midwife's ST4 address; consent gained verbally sentence naming both parents",
        filename="referral.docx",
        assessment_date=ON3,
        build=_build_03,
        expected=Expected(
            form_type="early_help_assessment",
            people=(
                person("Kelly Ann Griffiths", date(2003, 4, 11), True, ON3),
                person("Darren Griffiths", date(1999, 10, 27), True, ON3),
                person("Mason Griffiths", date(2024, 1, 2), False, ON3),
            ),
            postcode="B63 3BL",
            lead_professional_name="Bethany Clarke",
            lead_professional_email="bethany.clarke@nhs.example.net",
            level_of_need=None,
        ),
    ),
)
