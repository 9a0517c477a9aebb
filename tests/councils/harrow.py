"""Harrow: MASH (Multi Agency Safeguarding Hub) Referral Form, the general referral form for practitioners."""

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

URL = "https://www.harrowscb.co.uk/report-a-concern/general-referral-form-for-practitioners/"
TITLE = "Harrow Safeguarding Children Board – General referral form for practitioners (MASH (Multi Agency Safeguarding Hub) Referral Form)"

INTRO = (
    "The MASH (Multi Agency Safeguarding Hub) Referral Form is for all practitioners (e.g. health, education, early "
    "support, housing, private and voluntary sector) who need to raise a request or a concern about a child in need "
    "or a child likely to or currently suffering significant harm. If the child is in immediate danger call the "
    "Police, 999. Complete and send the MASH referral form after the child's immediate safety has been addressed."
)


def _blocks(
    d: dict[str, str], concern: bool, kids: list[list[str]], adults: list[list[str]]
) -> list[Block]:
    return [
        Title("MASH (Multi Agency Safeguarding Hub) Referral Form"),
        Para(INTRO),
        Heading("Type of referral"),
        Table(
            [
                [CB(not concern, "Request: child in need / early support")],
                [CB(concern, "Concern: child likely to or currently suffering significant harm")],
            ]
        ),
        Heading("Practitioner making the referral"),
        kv(
            ("Name", d["ref_name"]),
            ("Role", d["ref_role"]),
            ("Organisation", d["ref_org"]),
            ("Address", d["ref_addr"]),
            ("Telephone", d["ref_tel"]),
            ("Email", d["ref_email"]),
            ("Date of referral", d["date"]),
            ("Sector", d["sector"]),
            per_row=2,
        ),
        kv(
            (
                "Has the child protection lead within your organisation been made aware of this referral?",
                d["cp_lead"],
            ),
            widths=[3, 2],
        ),
        Heading("Child / children"),
        grid(["First name", "Surname", "Date of birth", "Gender", "School / nursery"], kids),
        kv(("Home address", d["address"]), ("Home telephone", d["tel"]), per_row=2),
        Heading("Parents / carers and other household members"),
        grid(
            [
                "Full name",
                "Date of birth",
                "Relationship to child",
                "Parental responsibility",
                "Lives at home address?",
            ],
            adults,
        ),
        Heading("Parental consent"),
        kv(
            ("Are the parents/carers aware of this referral?", d["aware"]),
            ("Have the parents/carers consented to this referral?", d["consent"]),
            ("If no, why not?", d["why_not"]),
            widths=[3, 2],
        ),
        Heading("Reason for referral – what are you worried about?"),
        Table([[d["worry"]]]),
        Heading("What support is already in place?"),
        Table([[d["support"]]]),
        Heading("Feedback"),
        Para(
            "The MASH will confirm receipt of the referral and then provide feedback on the decision about the referral. "
            "Please keep a copy of this form stored securely."
        ),
        kv(("Feedback on the decision to be sent to", d["feedback"])),
    ]


ON1 = date(2026, 3, 4)
D1 = {
    "ref_name": "Sunita Rai",
    "ref_role": "School Nurse",
    "ref_org": "Black Country Healthcare – 0-19 Service",
    "ref_addr": "Brierley Hill Health & Social Care Centre, Venture Way, Brierley Hill DY5 1RU",
    "ref_tel": "01632 960 412",
    "ref_email": "s.rai@bc0to19.example.nhs.uk",
    "date": "04/03/2026",
    "sector": "Health",
    "cp_lead": "Yes – discussed with our named nurse for safeguarding",
    "address": "27 Sycamore Drive, Dudley DY1 2QP",
    "tel": "07700 900 418",
    "aware": "Yes",
    "consent": "Yes – Gemma and Liam Doherty both consented, in person at the clinic on 04/03/2026",
    "why_not": "N/A",
    "worry": "Ava (9) has soiled at school most days since Christmas; mum is exhausted and Noah (7) has delayed speech. "
    "Parents are asking for help with routines and a paediatric review.",
    "support": "School nurse continence clinic; Year 4 teacher daily check-in.",
    "feedback": "Sunita Rai (as above)",
}
KIDS1 = [
    ["Ava", "Doherty", "30/09/2016", "F", "Jesson's CE Primary"],
    ["Noah", "Doherty", "14/02/2019", "M", "Jesson's CE Primary"],
]
ADULTS1 = [
    ["Gemma Doherty", "12/05/1990", "Mother", "Yes", "Yes"],
    ["Liam Doherty", "02/11/1988", "Father", "Yes", "Yes"],
]


def _harrow_01() -> bytes:
    return render_docx(_blocks(D1, False, KIDS1, ADULTS1), footer="Harrow MASH referral form")


ON2 = date(2026, 1, 20)
D2 = {
    "ref_name": "Andrew Kerr",
    "ref_role": "Headteacher and Designated Safeguarding Lead",
    "ref_org": "Lye Valley Primary School",
    "ref_addr": "Stourbridge Road, Lye, Stourbridge DY9 8EL",
    "ref_tel": "01632 960 457",
    "ref_email": "a.kerr@lyevalley.example.sch.uk",
    "date": "20/01/2026",
    "sector": "Education",
    "cp_lead": "I am the child protection lead",
    "address": "3 Cross Walks Road, Lye, Stourbridge DY9 7AA",
    "tel": "07700 900 461",
    "aware": "No",
    "consent": "No",
    "why_not": "Kayden disclosed this morning that mum's partner hit him with a belt; telling mum may place him at further risk.",
    "worry": "Kayden (7) has a linear bruise on his upper arm and says Jordan hit him with a belt last night. He is frightened to go home.",
    "support": "Phoned the MASH at 11:05 and spoke to the duty social worker; Kayden is with the learning mentor.",
    "feedback": "Andrew Kerr (as above)",
}
KIDS2 = [["Kayden", "Price", "06/06/2018", "M", "Lye Valley Primary School"]]
ADULTS2 = [
    ["Stacey Price", "03/03/1995", "Mother", "Yes", "Yes"],
    ["Jordan Mills", "19/08/1993", "Mother's partner", "No", "Yes"],
]


def _harrow_02() -> bytes:
    pdf = render_pdf(_blocks(D2, True, KIDS2, ADULTS2), title="MASH Referral Form")
    msg: EmailMessage = Mail(
        "Andrew Kerr <a.kerr@lyevalley.example.sch.uk>",
        "earlyhelp.stourbridge@dudley.gov.uk",
        "MASH referral form - K Price - phoned 11:05",
        ON2,
        11,
    ).message()
    msg.set_content(
        "Hello,\n\nPlease find the MASH referral form attached, following my call to the MASH at 11:05 this morning.\n\n"
        "Andrew Kerr\nHeadteacher / DSL, Lye Valley Primary School\n01632 960 457\n"
    )
    msg.add_attachment(
        pdf, maintype="application", subtype="pdf", filename="MASH referral K Price.pdf"
    )
    return as_bytes(msg)


CASES: tuple[CouncilCase, ...] = (
    CouncilCase(
        case_id="harrow-mash-01",
        council="London Borough of Harrow",
        source_url=URL,
        source_title=TITLE,
        layout="Word MASH referral: request / concern ☒/☐ choice first, practitioner block with sector and a 'child protection "
        "lead made aware?' question before the family; children grid then parents grid with 'Lives at home address?'; consent a sentence naming both parents",
        filename="referral.docx",
        assessment_date=ON1,
        build=_harrow_01,
        expected=Expected(
            form_type="early_help_assessment",
            people=(
                person("Ava Doherty", date(2016, 9, 30), False, ON1),
                person("Noah Doherty", date(2019, 2, 14), False, ON1),
                person("Gemma Doherty", date(1990, 5, 12), True, ON1),
                person("Liam Doherty", date(1988, 11, 2), True, ON1),
            ),
            postcode="DY1 2QP",
            lead_professional_name="Sunita Rai",
            lead_professional_email="s.rai@bc0to19.example.nhs.uk",
            level_of_need=None,
        ),
    ),
    CouncilCase(
        case_id="harrow-mash-02",
        council="London Borough of Harrow",
        source_url=URL,
        source_title=TITLE,
        layout="email with the flattened MASH referral attached: 'Concern: child likely to or currently suffering significant harm' ☒, "
        "parents neither aware nor consenting, telephoned to the MASH first",
        filename="message.eml",
        assessment_date=ON2,
        build=_harrow_02,
        expected=Expected(
            form_type="early_help_assessment",
            people=(
                person("Kayden Price", date(2018, 6, 6), False, ON2),
                person("Stacey Price", date(1995, 3, 3), False, ON2),
                person("Jordan Mills", date(1993, 8, 19), False, ON2),
            ),
            postcode="DY9 7AA",
            lead_professional_name="Andrew Kerr",
            lead_professional_email="a.kerr@lyevalley.example.sch.uk",
            level_of_need=None,
            safeguarding=True,
            queue_reason="safeguarding_concern",
        ),
    ),
)
