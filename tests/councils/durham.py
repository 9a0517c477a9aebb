"""Durham: the on-line Early Help Request Form (replacing the Children's Services Referral Form for early help)."""

# ruff: noqa: E501  (labels and answers are copied verbatim from the published form)

from datetime import date
from email.message import EmailMessage

from tests.councils.kit import (
    Block,
    Heading,
    Mail,
    Para,
    Title,
    as_bytes,
    grid,
    kv,
    person,
    render_html,
)
from tests.councils.model import CouncilCase, Expected

URL = "https://durham-scp.org.uk/professionals/early-help-and-neglect/single-assessment-procedures/"
TITLE = "Durham Safeguarding Children Partnership – Single Assessment Procedures: Making a Request for Early Help (the new on-line Early Help Request Form)"

ON1 = date(2026, 3, 10)
BODY1 = """Thank you for submitting your Early Help Request Form.

Your reference number is EH-2026-04417. Please keep this email for your records.
A summary of your submission is shown below.

EARLY HELP REQUEST FORM

Agreement with the family
Have you obtained agreement with the family for their information to be discussed and shared with relevant agencies in order that appropriate support can be offered and provided? Yes
Who gave agreement? Lauren Atkinson (mum)
Date agreement obtained: 10/03/2026

About the child or young person
First name: Oliver
Last name: Atkinson
Date of birth: 10/10/2014
Address: 8 Meadow Rise, Kingswinford
Postcode: DY6 0LQ
School or setting: Summerhill School

Other people in the household
Name: Lauren Atkinson | Date of birth: 21/04/1992 | Relationship: Mother
Name: Isla Atkinson | Date of birth: 01/01/2020 | Relationship: Sister

What are you worried about?
Oliver (11) has been refusing school since October half term and mum says he is not sleeping. Lauren has asked for help with routines.

What is working well?
Warm relationship with mum; Oliver attends the after-school coding club.

What support would help?
Family support worker; school nurse for sleep.

About you
Name: Claire Nolan
Job title: Health Visitor
Organisation: Black Country Healthcare, Kingswinford Clinic, Standhills Road, DY6 8DN
Email: claire.nolan@bchealth.example.nhs.uk
Telephone: 01632 960 644
Date submitted: 10/03/2026

This is an automated message. Please do not reply.
"""


def _durham_01() -> bytes:
    msg: EmailMessage = Mail(
        "Claire Nolan <claire.nolan@bchealth.example.nhs.uk>",
        "earlyhelp.kingswinford@dudley.gov.uk",
        "FW: Early Help Request Form - submission EH-2026-04417",
        ON1,
        15,
    ).message()
    msg.set_content(
        "Hi – forwarding my on-line Early Help Request for Oliver below, as advised by the triage worker.\n\nClaire\n\n"
        "-----Original Message-----\n" + BODY1
    )
    return as_bytes(msg)


ON2 = date(2025, 12, 3)


def _blocks2() -> list[Block]:
    return [
        Title("Early Help Request Form"),
        Para("Reference EH-2025-19230 – submitted 03/12/2025 14:22"),
        Heading("Agreement with the family"),
        kv(
            (
                "Have you obtained agreement with the family for their information to be discussed and shared with relevant agencies?",
                "Yes – discussed with mum (Sarah Clarke) and with Jade, who both agreed",
            ),
            widths=[3, 2],
        ),
        Heading("About the child or young person"),
        kv(
            ("First name", "Jade"),
            ("Last name", "Clarke"),
            ("Date of birth", "15/09/2009"),
            ("Gender", "Female"),
            ("Address", "12 Bell Street, Brierley Hill, dy53bb"),
            ("School or college", "Dudley College of Technology"),
            per_row=2,
        ),
        Heading("Other children in the household"),
        grid(
            ["Name", "Date of birth", "School"],
            [["Kai Clarke", "01/01/2013", "The Crestwood School"]],
        ),
        Heading("Parents and carers"),
        grid(
            [
                "Name",
                "Date of birth",
                "Relationship",
                "Lives with the child?",
                "Address if different",
            ],
            [
                ["Sarah Clarke", "30/06/1980", "Mother", "Yes", ""],
                ["Paul Clarke", "11/11/1978", "Father", "No", "16 Hylton Road, Sunderland SR4 7AD"],
            ],
        ),
        Heading("What are you worried about?"),
        kv(
            (
                "Worries",
                "Jade (16) has stopped attending college and is self-harming; Kai is being bullied. Dad moved to Sunderland in the summer and contact has broken down.",
            ),
            (
                "What is working well?",
                "Mum is committed and has taken Jade to the GP; Jade has a good friend network.",
            ),
            (
                "What support would help?",
                "Early help worker for the family; Kooth / CAMHS advice for Jade.",
            ),
        ),
        Heading("About you"),
        kv(
            ("Name", "Rhian Parry"),
            ("Job title", "Student Welfare Officer"),
            ("Organisation", "Dudley College of Technology, The Broadway, Dudley DY1 4AS"),
            ("Email", "rhian.parry@dudleycol.example.ac.uk"),
            ("Telephone", "01632 960 671"),
            ("Date", "03/12/2025"),
            per_row=2,
        ),
    ]


def _durham_02() -> bytes:
    msg: EmailMessage = Mail(
        "Rhian Parry <rhian.parry@dudleycol.example.ac.uk>",
        "earlyhelp.brierleyhill@dudley.gov.uk",
        "Early Help Request - Jade Clarke",
        ON2,
        14,
    ).message()
    msg.set_content(
        "Early Help Request Form submitted. View this message in HTML to see your submission.\n"
    )
    msg.add_alternative(render_html(_blocks2()), subtype="html")
    return as_bytes(msg)


CASES: tuple[CouncilCase, ...] = (
    CouncilCase(
        case_id="durham-ehr-01",
        council="Durham County Council",
        source_url=URL,
        source_title=TITLE,
        layout="plain-text email forwarding the on-line form's submission receipt: 'Agreement with the family' question first, "
        "'Label: value' lines, other household members as 'Name: … | Date of birth: …' lines, the clinic's DY6 postcode (not in the table) last",
        filename="message.eml",
        assessment_date=ON1,
        build=_durham_01,
        expected=Expected(
            form_type="early_help_assessment",
            people=(
                person("Oliver Atkinson", date(2014, 10, 10), False, ON1),
                person("Lauren Atkinson", date(1992, 4, 21), True, ON1),
                person("Isla Atkinson", date(2020, 1, 1), False, ON1),
            ),
            postcode="DY6 0LQ",
            lead_professional_name="Claire Nolan",
            lead_professional_email="claire.nolan@bchealth.example.nhs.uk",
            level_of_need=None,
        ),
    ),
    CouncilCase(
        case_id="durham-ehr-02",
        council="Durham County Council",
        source_url=URL,
        source_title=TITLE,
        layout="email with the on-line form's submission as HTML tables only, hard: key child in label/value pairs, a sibling "
        "table and a parents table where the father lives in Sunderland; postcode typed 'dy53bb' inside the address; agreement names mum and the 16-year-old",
        filename="message.eml",
        assessment_date=ON2,
        build=_durham_02,
        expected=Expected(
            form_type="early_help_assessment",
            people=(
                person("Jade Clarke", date(2009, 9, 15), True, ON2),
                person("Kai Clarke", date(2013, 1, 1), False, ON2),
                person("Sarah Clarke", date(1980, 6, 30), True, ON2),
            ),
            postcode="DY5 3BB",
            lead_professional_name="Rhian Parry",
            lead_professional_email="rhian.parry@dudleycol.example.ac.uk",
            level_of_need=None,
        ),
    ),
)
