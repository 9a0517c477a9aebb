"""Cornwall: Early Help Hub request form (consent, family details, worries), sent in the body of an e-mail."""

# ruff: noqa: E501  (labels and answers are copied verbatim from the published form)

from datetime import date
from email.message import EmailMessage

from tests.councils.kit import (
    Block,
    Heading,
    Mail,
    Table,
    Title,
    as_bytes,
    grid,
    kv,
    person,
    render_html,
)
from tests.councils.model import CouncilCase, Expected

URL = "https://www.cornwall.gov.uk/health-and-social-care/childrens-services/early-help/professionals/"
TITLE = "Cornwall Early Help Hub (EHH) for professionals – What we need from you: a completed Early Help Hub request form"

ON1 = date(2025, 8, 27)


def _blocks1() -> list[Block]:
    return [
        Title("Early Help Hub request form"),
        Heading("Consent"),
        kv(
            ("Consent for the referral to be made to the Early Help Hub", "Yes"),
            (
                "Consent for information to be shared with both Cornwall Council and Cornwall NHS Partnership Foundation Trust (CFT)",
                "Yes",
            ),
            (
                "Name of person providing consent (must have parental responsibility) or be a competent young person",
                "Nicola Webb (mother), 26/08/2025",
            ),
            widths=[3, 2],
        ),
        Heading("Family contact details"),
        kv(
            ("Address", "4 Ettymore Road, Sedgley, Dudley DY3 2DE"),
            ("Telephone", "07700 900 377"),
            per_row=2,
        ),
        grid(
            ["Name", "Date of birth", "Relationship", "School"],
            [
                ["Harry Webb", "14/03/2015", "Child", "Sedgley St Mary’s"],
                ["Charlie Webb", "07/07/2018", "Child", "Sedgley St Mary’s"],
                ["Nicola Webb", "12/12/1989", "Mother", ""],
            ],
        ),
        Heading("What you are concerned about"),
        Table(
            [
                [
                    "Harry has had three fixed-term exclusions for hitting out; mum feels she cannot manage him at home."
                ]
            ]
        ),
        Heading("What is going well for the young person"),
        Table([["Harry loves football and responds well to his teaching assistant."]]),
        Heading("What you have done to address the situation"),
        Table(
            [
                [
                    "In school: Thrive sessions since January, a Learning Mentor twice a week, Parent Support Advisor meetings."
                ]
            ]
        ),
        Heading("What do you think needs to happen"),
        Table([["Family support worker and a parenting programme; school to continue Thrive."]]),
        Heading("Your details"),
        kv(
            ("Name", "Lisa Cartwright"),
            ("Role", "Parent Support Advisor"),
            ("Organisation", "Sedgley St Mary’s Primary"),
            ("Email", "l.cartwright@sedgleystmarys.example.sch.uk"),
            ("Telephone", "01632 960 381"),
            ("Date", "27/08/2025"),
            per_row=2,
        ),
    ]


def _cornwall_01() -> bytes:
    msg: EmailMessage = Mail(
        "Lisa Cartwright <l.cartwright@sedgleystmarys.example.sch.uk>",
        "earlyhelp.sedgley@dudley.gov.uk",
        "Early Help Hub request - H Webb",
        ON1,
        9,
    ).message()
    msg.set_content(
        "Early Help Hub request form below (please view this message as HTML).\n\nLisa Cartwright\n"
    )
    msg.add_alternative(render_html(_blocks1()), subtype="html")
    return as_bytes(msg)


ON2 = date(2026, 1, 7)
BODY2 = """Hi,

Please see the Early Help Hub request below - I filled it in with mum this morning.

EARLY HELP HUB REQUEST FORM

CONSENT
Consent for the referral to be made to the Early Help Hub: Yes
Consent for information to be shared with both Cornwall Council and Cornwall NHS Partnership Foundation Trust (CFT): Yes
Name of person providing consent (must have parental responsibility) or be a competent young person: Rebecca Doyle (mum)

FAMILY CONTACT DETAILS
Address: 18 Bent Street, Brierley Hill, DY5 1AA
Telephone: 07700 900 394
Child: Ethan Doyle, DOB 02/02/2014, Year 7 at Thorns Academy
Sister: Chloe Doyle, DOB 08/08/2010, Year 11 at Thorns Academy
Mum: Rebecca Doyle, DOB 04/04/1984

WHAT YOU ARE CONCERNED ABOUT
Ethan is refusing to attend and is up gaming most of the night. Chloe is a young carer for mum, who has depression.

WHAT IS GOING WELL FOR THE YOUNG PERSON
Ethan is bright and engages well with his form tutor.

WHAT YOU HAVE DONE TO ADDRESS THE SITUATION
Pastoral support plan, attendance meetings, referral to school nurse.

WHAT DO YOU THINK NEEDS TO HAPPEN
Family support, young carers assessment for Chloe, sleep hygiene support.

YOUR DETAILS
Name: Dean Shaw
Role: Head of Year 7, Thorns Academy, Stockwell Avenue, Quarry Bank DY5 2NU
Email: d.shaw@thorns.example.sch.uk
Tel: 01632 960 399
Date: 07/01/2026

Thanks
Dean
"""


def _cornwall_02() -> bytes:
    msg: EmailMessage = Mail(
        "Dean Shaw <d.shaw@thorns.example.sch.uk>",
        "earlyhelp.brierleyhill@dudley.gov.uk",
        "EHH request Doyle family",
        ON2,
        12,
    ).message()
    msg.set_content(BODY2)
    return as_bytes(msg)


CASES: tuple[CouncilCase, ...] = (
    CouncilCase(
        case_id="cornwall-ehh-01",
        council="Cornwall Council",
        source_url=URL,
        source_title=TITLE,
        layout="email: the EHH request form as tables in the HTML part only (text part a stub); consent questions first, "
        "'Name of person providing consent' names the mother; postcode inside the address cell",
        filename="message.eml",
        assessment_date=ON1,
        build=_cornwall_01,
        expected=Expected(
            form_type="early_help_assessment",
            people=(
                person("Harry Webb", date(2015, 3, 14), False, ON1),
                person("Charlie Webb", date(2018, 7, 7), False, ON1),
                person("Nicola Webb", date(1989, 12, 12), True, ON1),
            ),
            postcode="DY3 2DE",
            lead_professional_name="Lisa Cartwright",
            lead_professional_email="l.cartwright@sedgleystmarys.example.sch.uk",
            level_of_need=None,
        ),
    ),
    CouncilCase(
        case_id="cornwall-ehh-02",
        council="Cornwall Council",
        source_url=URL,
        source_title=TITLE,
        layout="plain-text email with the EHH headings typed in capitals and 'Label: value' lines; consent names only "
        "mum, the 15-year-old sister is not named; the academy's DY5 postcode (not in the table) after the family",
        filename="message.eml",
        assessment_date=ON2,
        build=_cornwall_02,
        expected=Expected(
            form_type="early_help_assessment",
            people=(
                person("Ethan Doyle", date(2014, 2, 2), False, ON2),
                person("Chloe Doyle", date(2010, 8, 8), False, ON2),
                person("Rebecca Doyle", date(1984, 4, 4), True, ON2),
            ),
            postcode="DY5 1AA",
            lead_professional_name="Dean Shaw",
            lead_professional_email="d.shaw@thorns.example.sch.uk",
            level_of_need=None,
            queue_reason="consent_missing",
        ),
    ),
)
