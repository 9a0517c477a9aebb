"""Bromley: Referral form to Children's Social Care or Disabled Children's Services (BSCB)."""

# ruff: noqa: E501  (labels and answers are copied verbatim from the published form)

from datetime import date
from email.message import EmailMessage

from tests.councils.kit import (
    CB,
    Block,
    Heading,
    Mail,
    Para,
    Table,
    Title,
    as_bytes,
    grid,
    kv,
    person,
    render_docx,
    render_pdf,
)
from tests.councils.model import CouncilCase, Expected

URL = "https://docslib.org/doc/13906077/children-s-social-care-referral-form"
TITLE = "Referral form to Children’s Social Care or Disabled Children’s Services (London Borough of Bromley, BSCB)"


def _layout(
    d: dict[str, str], kind: str, kids: list[list[str]], adults: list[list[str]]
) -> list[Block]:
    return [
        Title("Referral form to Children’s Social Care or Disabled Children’s Services"),
        Para(
            "This form is to be used by all agencies when making a Child Protection referral, Child in Need referral or "
            "referring a Child to the Children with Disabilities Service in The London Borough of Bromley."
        ),
        Para(
            "If at any time you have reasonable concern that a child or young person has suffered significant harm or may "
            "be at immediate or acute risk of suffering significant harm, telephone Children’s Social Care immediately and "
            "then complete this form to confirm your referral within 24 hours of your call."
        ),
        Para(
            "If a Common Assessment Framework (CAF) has been fully completed within the last three months for the child or "
            "young person, you can attach the completed CAF and complete Sections A to C of this form only."
        ),
        Table(
            [
                [
                    CB(kind == "cp", "Child Protection referral"),
                    CB(kind == "cin", "Child in Need referral"),
                    CB(kind == "cwd", "Children with Disabilities Service"),
                ]
            ]
        ),
        kv(("CAF completed within the last three months and attached?", d["caf"]), widths=[3, 2]),
        Heading("Section A – Details of the child(ren)"),
        Para(
            "If referring more than one child in the same household, a separate referral form is not needed for each "
            "child, but the referral must state which children are being referred for a service."
        ),
        grid(
            [
                "Surname",
                "Forename(s)",
                "Date of birth",
                "Gender",
                "School / nursery",
                "Being referred? Y/N",
            ],
            kids,
        ),
        kv(
            ("Home address", d["address"]),
            ("Postcode", d["postcode"]),
            ("Telephone", d["tel"]),
            per_row=3,
        ),
        Heading("Section B – Parents / carers and others in the household"),
        grid(
            [
                "Name",
                "Relationship to child",
                "Date of birth",
                "Parental responsibility Y/N",
                "Address if different",
            ],
            adults,
        ),
        Heading("Section C – Referrer’s details"),
        kv(
            ("Name", d["ref"]),
            ("Job title", d["role"]),
            ("Agency", d["agency"]),
            ("Address", d["ref_addr"]),
            ("Telephone", d["ref_tel"]),
            ("Email", d["ref_email"]),
            ("Date of referral", d["date"]),
            ("Time of telephone referral (if made)", d["phoned"]),
            per_row=2,
        ),
        Heading("Section D – Consent"),
        Para(
            "Consent should always be sought for a child in need referral and for relevant information to be shared. In "
            "most child protection cases, parents should be informed that a referral is being made."
        ),
        kv(
            ("Have the parents/carers been informed of this referral?", d["informed"]),
            (
                "Has consent been given for this referral and for information to be shared?",
                d["consent"],
            ),
            ("Who gave consent?", d["who"]),
            ("If consent has not been sought or was refused, please explain why", d["why"]),
            widths=[3, 2],
        ),
        Heading("Section E – Reason for referral"),
        Table([[d["reason"]]]),
    ]


ON1 = date(2025, 11, 5)
D1 = {
    "caf": "Yes – Early Help Assessment dated 22/10/2025 attached",
    "address": "28 Stourbridge Road, Halesowen",
    "postcode": "B63 4HJ",
    "tel": "07700 900 845",
    "ref": "Gemma Rowley",
    "role": "SENCo",
    "agency": "Hasbury C of E Primary School",
    "ref_addr": "Hagley Road, Halesowen B63 4QD",
    "ref_tel": "01632 960 866",
    "ref_email": "g.rowley@hasbury.example.sch.uk",
    "date": "05/11/2025",
    "phoned": "",
    "informed": "Yes",
    "consent": "Yes",
    "who": "Samantha Warrington, Dean Warrington and Noah Warrington (14) – signed consent form attached",
    "why": "",
    "reason": "Ellie (11) has a diagnosis of ASD and her behaviour at home has escalated; parents are exhausted and request "
    "an assessment for short breaks from the Children with Disabilities Service and a Child in Need assessment.",
}
KIDS1 = [
    ["Warrington", "Ellie", "19/01/2014", "F", "Hasbury C of E Primary", "Y"],
    ["Warrington", "Noah", "23/06/2011", "M", "Earls High School", "N"],
]
ADULTS1 = [
    ["Samantha Warrington", "Mother", "09/09/1984", "Y", ""],
    ["Dean Warrington", "Father", "15/03/1982", "Y", ""],
]

ON2 = date(2026, 2, 24)
D2 = {
    "caf": "No",
    "address": "5 Hall Street, Dudley",
    "postcode": "DY1 1AA",
    "tel": "07700 900 871",
    "ref": "Mark Ellison",
    "role": "Pastoral Lead",
    "agency": "Castle Hill Academy",
    "ref_addr": "Tipton Road, Dudley DY1 4SQ",
    "ref_tel": "01632 960 879",
    "ref_email": "m.ellison@castlehill.example.sch.uk",
    "date": "24/02/2026",
    "phoned": "10:40 – spoke to duty social worker",
    "informed": "No",
    "consent": "No",
    "who": "",
    "why": "Amira disclosed that her uncle hit her with a belt; informing the family before the social worker and police "
    "see her would place her at further risk.",
    "reason": "Amira (13) arrived with bruising to her upper arm and said her uncle, who stays at the house, hit her last "
    "night. She does not want to go home.",
}
KIDS2 = [["Sadiq", "Amira", "14/02/2012", "F", "Castle Hill Academy", "Y"]]
ADULTS2 = [["Nadia Sadiq", "Mother", "02/05/1989", "Y", ""]]


def _bromley_01() -> bytes:
    return render_docx(_layout(D1, "cin", KIDS1, ADULTS1))


def _bromley_02() -> bytes:
    pdf = render_pdf(_layout(D2, "cp", KIDS2, ADULTS2), title="Referral form")
    msg: EmailMessage = Mail(
        "Mark Ellison <m.ellison@castlehill.example.sch.uk>",
        "earlyhelp.dudleycentral@dudley.gov.uk",
        "URGENT referral - A.S. (child protection) - phoned 10:40",
        ON2,
        11,
    ).message()
    msg.set_content(
        "Dear colleagues,\n\nFurther to my telephone call at 10:40, attached is the written referral for Amira. "
        "I have copied this to the MASH.\n\nMark Ellison\nPastoral Lead, Castle Hill Academy\n01632 960 879\n"
    )
    msg.add_attachment(
        pdf, maintype="application", subtype="pdf", filename="Referral form A Sadiq.pdf"
    )
    return as_bytes(msg)


CASES: tuple[CouncilCase, ...] = (
    CouncilCase(
        case_id="bromley-rf-01",
        council="London Borough of Bromley",
        source_url=URL,
        source_title=TITLE,
        layout="Word referral: CP / CIN / Children with Disabilities ☒/☐ row; Section A children table with a 'Being "
        "referred? Y/N' column (a 14-year-old brother not referred); consent given as a 'Who gave consent?' sentence",
        filename="referral.docx",
        assessment_date=ON1,
        build=_bromley_01,
        expected=Expected(
            form_type="early_help_assessment",
            people=(
                person("Ellie Warrington", date(2014, 1, 19), False, ON1),
                person("Noah Warrington", date(2011, 6, 23), True, ON1),
                person("Samantha Warrington", date(1984, 9, 9), True, ON1),
                person("Dean Warrington", date(1982, 3, 15), True, ON1),
            ),
            postcode="B63 4HJ",
            lead_professional_name="Gemma Rowley",
            lead_professional_email="g.rowley@hasbury.example.sch.uk",
            level_of_need=None,
        ),
    ),
    CouncilCase(
        case_id="bromley-rf-02",
        council="London Borough of Bromley",
        source_url=URL,
        source_title=TITLE,
        layout="email confirming a telephone referral with the flattened PDF attached: 'Child Protection referral' ☒, "
        "parents not informed and no consent",
        filename="message.eml",
        assessment_date=ON2,
        build=_bromley_02,
        expected=Expected(
            form_type="early_help_assessment",
            people=(
                person("Amira Sadiq", date(2012, 2, 14), False, ON2),
                person("Nadia Sadiq", date(1989, 5, 2), False, ON2),
            ),
            postcode="DY1 1AA",
            lead_professional_name="Mark Ellison",
            lead_professional_email="m.ellison@castlehill.example.sch.uk",
            level_of_need=None,
            safeguarding=True,
            queue_reason="safeguarding_concern",
        ),
    ),
)
