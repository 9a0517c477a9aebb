"""Kent: KSCB Inter Agency Referral Form (January 2016), to Specialist Children's Services."""

# ruff: noqa: E501  (labels and answers are copied verbatim from the published form)

from datetime import date

from tests.councils.kit import (
    BOX,
    TICK,
    Block,
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

URL = "https://docslib.org/doc/13842420/to-be-used-for-all-referrals"
TITLE = "KSCB Inter Agency Referral Form – January 2016, TO BE USED FOR ALL REFERRALS (Kent Specialist Children’s Services)"

_ETHNIC = (
    "White British",
    "White Irish",
    "Any other White Background",
    "Traveller of Irish Heritage",
    "Gypsy/Roma",
    "White and Black Caribbean",
    "White and Black African",
    "White and Asian",
    "Any other Mixed Background",
    "Indian",
    "Pakistani",
    "Bangladeshi",
    "Any other Asian Background",
    "Caribbean",
    "African",
    "Any other Black Background",
    "Chinese",
    "Any other ethnic group",
    "Refused",
    "Information not yet obtained",
)


def _layout(
    d: dict[str, str], household: list[list[str]], profs: list[list[str]], signs: list[list[str]]
) -> list[Block]:
    ethnic = "   ".join(f"{TICK if e == d['ethnic'] else BOX} {e}" for e in _ETHNIC)
    return [
        Title(
            "Inter-Agency Referral Form",
            "KSCB Inter Agency Referral Form – January 2016 **TO BE USED FOR ALL REFERRALS **",
        ),
        Para(
            "This form is to be used by all agencies when referring a child to Specialist Children’s Services alongside "
            "the Kent Inter-Agency Threshold Criteria for Children and Young People. The more information received at the "
            "first point of contact, the more likely it is that appropriate services will be delivered at the earliest "
            "opportunity to help children and their families."
        ),
        kv(
            (
                "Have you consulted your Designated Person or Safeguarding Lead within your own agency about this referral? YES NO",
                d["consulted"],
            ),
            ("If no, why not?", d["why_not"]),
            ("Name and position of the person you consulted with", d["consulted_with"]),
            widths=[3, 2],
        ),
        Heading("1."),
        kv(
            ("Child’s First Name/s:", d["first"]),
            ("Child’s Surname:", d["surname"]),
            ("Any alternative names:", d["aka"]),
            ("NHS number (where known):", d["nhs"]),
            ("Date of Birth or EDD:", d["dob"]),
            ("Gender (M/F):", d["gender"]),
            ("Religion:", d["religion"]),
            ("First Language:", d["language"]),
            ("Name of Parents/Carers:", d["parents"]),
            ("Telephone Number/s:", d["tel"]),
            ("Home Address:", d["home"]),
            ("Any other relevant addresses:", d["other_addr"]),
            ("Postcode:", d["postcode"]),
            ("Postcode:", d["other_pc"]),
            per_row=2,
        ),
        Para("Ethnic Origin (Please choose one category and select from the following: )"),
        Table([[ethnic]]),
        Heading("2. Please list all family/household members including other children."),
        grid(["Name", "Relationship", "Date of Birth", "Contact Details (if known)"], household),
        Heading(
            "3. Professionals that you know are involved with the child, for example, GP, Health Visitor, School"
        ),
        grid(["Role", "Name", "Address", "Telephone"], profs),
        Heading(
            "4. Have you had a consultation with Specialist Children’s Services (03000 41 11 11)?"
        ),
        kv(
            (
                "If so, what advice were you given? Please include the consultation number",
                d["consultation"],
            ),
            widths=[3, 2],
        ),
        Heading("5. Reason for referral"),
        Table([[d["reason"]]]),
        Heading("6. Parents’ / carers’ knowledge of and agreement to this referral"),
        kv(
            (
                "Are the parents/carers aware of this referral? YES / NO (delete as appropriate)",
                d["aware"],
            ),
            (
                "Do the parents/carers (and young people where appropriate) agree to this referral? YES / NO (delete as appropriate)",
                d["agree"],
            ),
            widths=[3, 2],
        ),
        grid(["Name", "Signature", "Date"], signs),
        Heading("7. Details of person making the referral"),
        kv(
            ("Name:", d["ref"]),
            ("Role:", d["role"]),
            ("Agency:", d["agency"]),
            ("Address:", d["ref_addr"]),
            ("Telephone:", d["ref_tel"]),
            ("Email:", d["ref_email"]),
            ("Date of referral:", d["date"]),
            per_row=2,
        ),
    ]


ON1 = date(2025, 9, 16)
D1 = {
    "consulted": "YES",
    "why_not": "",
    "consulted_with": "Mrs A. Pearce, Headteacher",
    "first": "Mia",
    "surname": "Thornton",
    "aka": "",
    "nhs": "",
    "dob": "11/05/2016",
    "gender": "F",
    "religion": "None",
    "language": "English",
    "parents": "Claire Thornton (mother); Lee Thornton (father – lives separately, see other address)",
    "tel": "07700 900 612",
    "home": "9 Gospel End Road, Sedgley, Dudley",
    "other_addr": "Father: 14 Priory Road, Dudley (Mia stays alternate weekends)",
    "postcode": "DY3 4PQ",
    "other_pc": "DY1 4RN",
    "ethnic": "White British",
    "consultation": "No consultation – early help request",
    "reason": "Mia’s attendance has dropped to 84% since her parents separated in the spring; she is tearful in class and "
    "mum says bedtimes have become a battle. Claire would like parenting support and a family support worker; Jack "
    "(16) is caring for Mia after school most days.",
    "aware": "YES",
    "agree": "YES",
    "ref": "Rachel Okafor",
    "role": "Designated Safeguarding Lead",
    "agency": "Cotwall End Primary School",
    "ref_addr": "Cotwall End Road, Sedgley DY3 3YG",
    "ref_tel": "01632 960 418",
    "ref_email": "r.okafor@cotwallend.example.sch.uk",
    "date": "16/09/2025",
}
HOUSE1 = [
    ["Claire Thornton", "Mother", "02/02/1988", "07700 900 612"],
    ["Jack Thornton", "Brother", "30/03/2009", "07700 900 613"],
]
PROFS1 = [
    ["GP", "Dr S. Malik", "Northway Surgery, Sedgley DY3 3PQ", "01632 960 401"],
    ["School", "Rachel Okafor", "Cotwall End Primary School", "01632 960 418"],
]
SIGNS1 = [
    ["Claire Thornton", "C Thornton", "16/09/2025"],
    ["Jack Thornton", "J. Thornton", "16/09/2025"],
]

ON2 = date(2026, 1, 20)
D2 = {
    "consulted": "YES",
    "why_not": "",
    "consulted_with": "Sue Marsh, Safeguarding Lead (School Health)",
    "first": "TYLER",
    "surname": "HOLLIS",
    "aka": "Tyler PENN",
    "nhs": "943 476 5919",
    "dob": "04/07/2012",
    "gender": "M",
    "religion": "",
    "language": "English",
    "parents": "DANIELLE HOLLIS (mum), CRAIG PENN (step-dad)",
    "tel": "07700 900 731",
    "home": "3 Brook Holloway, Lye, Stourbridge",
    "other_addr": "",
    "postcode": "DY9 9AB",
    "other_pc": "",
    "ethnic": "White British",
    "consultation": "",
    "reason": "Tyler (13) has been missing school on Mondays and reports arguments at home; Ruby (4) has missed two "
    "health reviews. Mum is asking for help with routines and money worries.",
    "aware": "YES",
    "agree": "YES",
    "ref": "Andrea Lowe",
    "role": "School Nurse",
    "agency": "School Health Service",
    "ref_addr": "Lye Health Centre, Lye, Stourbridge DY9 8ET",
    "ref_tel": "01632 960 752",
    "ref_email": "andrea.lowe@schoolhealth.example.nhs.uk",
    "date": "20/01/2026",
}
HOUSE2 = [
    ["DANIELLE HOLLIS", "Mother", "12/10/1990", "07700 900 731"],
    ["CRAIG PENN", "Step-father (lives at the address)", "09/04/1985", "07700 900 732"],
    ["RUBY HOLLIS", "Sister", "01/06/2021", ""],
]
PROFS2 = [["School", "Mr P. Guest (Head of Year 8)", "Crestwood School", "01632 960 760"]]
SIGNS2 = [
    ["DANIELLE HOLLIS", "D Hollis", "20/01/2026"],
    ["CRAIG PENN", "", ""],
]


def _kent_01() -> bytes:
    return render_docx(_layout(D1, HOUSE1, PROFS1, SIGNS1))


def _kent_02() -> bytes:
    return render_pdf(_layout(D2, HOUSE2, PROFS2, SIGNS2), title="KSCB Inter Agency Referral Form")


CASES: tuple[CouncilCase, ...] = (
    CouncilCase(
        case_id="kent-iarf-01",
        council="Kent County Council",
        source_url=URL,
        source_title=TITLE,
        layout="Word IARF: 'Home Address' and 'Any other relevant addresses' side by side, each with its own 'Postcode:' "
        "(the father's, another Dudley-table postcode); household table Name | Relationship | Date of Birth | Contact "
        "Details without the referred child; ethnic origin as one line of ☒/☐",
        filename="referral.docx",
        assessment_date=ON1,
        build=_kent_01,
        expected=Expected(
            form_type="early_help_assessment",
            people=(
                person("Mia Thornton", date(2016, 5, 11), False, ON1),
                person("Claire Thornton", date(1988, 2, 2), True, ON1),
                person("Jack Thornton", date(2009, 3, 30), True, ON1),
            ),
            postcode="DY3 4PQ",
            lead_professional_name="Rachel Okafor",
            lead_professional_email="r.okafor@cotwallend.example.sch.uk",
            level_of_need=None,
        ),
    ),
    CouncilCase(
        case_id="kent-iarf-02",
        council="Kent County Council",
        source_url=URL,
        source_title=TITLE,
        layout="flattened PDF IARF with names in CAPITALS and an alias; 'YES / NO (delete as appropriate)' answered "
        "YES; the step-father living at the address has an empty signature row",
        filename="referral.pdf",
        assessment_date=ON2,
        build=_kent_02,
        expected=Expected(
            form_type="early_help_assessment",
            people=(
                person("TYLER HOLLIS", date(2012, 7, 4), False, ON2),
                person("DANIELLE HOLLIS", date(1990, 10, 12), True, ON2),
                person("CRAIG PENN", date(1985, 4, 9), False, ON2),
                person("RUBY HOLLIS", date(2021, 6, 1), False, ON2),
            ),
            postcode="DY9 9AB",
            lead_professional_name="Andrea Lowe",
            lead_professional_email="andrea.lowe@schoolhealth.example.nhs.uk",
            level_of_need=None,
            queue_reason="consent_missing",
        ),
    ),
)
