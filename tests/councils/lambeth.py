"""Lambeth: Multi Agency Referral Form for Early Help or Child Protection."""

# ruff: noqa: E501  (labels and answers are copied verbatim from the published form)

from datetime import date

from tests.councils.kit import (
    Block,
    Heading,
    L,
    Mail,
    Para,
    Span,
    Table,
    Title,
    as_bytes,
    grid,
    kv,
    person,
    render_docx,
    render_html,
)
from tests.councils.model import CouncilCase, Expected

URL = "https://docest.com/doc/280256/lambeth-integrated-referral-hub"
TITLE = "Lambeth Integrated Referral Hub – Multi Agency Referral Form for Early Help or Child Protection"


def _layout(d: dict[str, str], kids: list[list[str]], adults: list[list[str]]) -> list[Block]:
    return [
        Title("Multi Agency Referral Form for Early Help or Child Protection"),
        Para("PLEASE READ AND CONSIDER THE FOLLOWING:", bold=True),
        Para(
            "Is this child at immediate risk of serious harm or injury? if so call 999 and ask for the police."
        ),
        Para(
            "Complete this form fully and provide as much detail as possible, incomplete forms result "
            "in delays which can place a child at significant risk"
        ),
        Para(
            "NB. All telephone referrals should be followed up in writing using this form within 24 hours."
        ),
        Heading("A. REFERRER"),
        Table(
            [
                [L("Name of Referrer:"), d["name"], L("Date of Referral:"), d["date"]],
                [
                    L("Agency/School:"),
                    d["agency"],
                    L("Role of person completing referral:"),
                    d["role"],
                ],
                [L("Telephone Number"), d["tel"], L("Email address"), d["email"]],
                [
                    L("Have you discussed this with your designated safeguarding lead?"),
                    Span(d["dsl_discussed"], 3),
                ],
                [L("Name and contact of designated Safeguarding lead"), Span(d["dsl"], 3)],
                [
                    L(
                        "Using the Lambeth LSCB Threshold Document – what tier (3 or 4) do you consider the "
                        "current risk to and needs of this child (and/ or their family) to be?"
                    ),
                    Span(d["tier"], 3),
                ],
                [
                    L(
                        "Has your agency completed any other assessment regarding this child or family? "
                        "(Including CAF/Early Help Assessment)"
                    ),
                    Span(d["other"], 3),
                ],
            ]
        ),
        Para("If yes, please attach to this form"),
        Heading("B.CHILD – Details of Child/ren being referred"),
        grid(
            [
                "First name",
                "Surname",
                "Date of birth(dd/mm/yy)",
                "Gender (m/f)",
                "Is there a known disability? Y/N (provide details)",
            ],
            list(kids),
        ),
        kv(
            ("Home address:", d["home"]),
            ("Contact/Telephone of parents:", d["parent_tel"]),
            ("Ethnicity:", d["ethnicity"]),
            ("Language:", "English"),
            per_row=2,
        ),
        Heading("C. PARENTS/CARERS AND OTHER HOUSEHOLD MEMBERS"),
        grid(
            [
                "First name",
                "Surname",
                "Date of birth(dd/mm/yy)",
                "Relationship to child",
                "Parental responsibility Y/N",
            ],
            list(adults),
        ),
        Heading("D. CONSENT"),
        kv(
            ("Have the parents/carers been informed of this referral?", d["informed"]),
            ("Who gave consent, and how?", d["consent"]),
            widths=[2, 3],
        ),
        Heading("E. REASON FOR REFERRAL"),
        Table([[d["reason"]]]),
    ]


ON1 = date(2025, 11, 21)
D1 = {
    "name": "Marcus Bell",
    "date": "21/11/2025",
    "agency": "Quarry Bank Primary School",
    "role": "Deputy Headteacher",
    "tel": "01632 960 232",
    "email": "m.bell@quarrybank.example.sch.uk",
    "dsl_discussed": "Yes (delete as appropriate)",
    "dsl": "Name: Mrs P Evans, 01632 960 230",
    "tier": "3",
    "other": "No (delete as appropriate)",
    "home": "58 High Street, Quarry Bank, Brierley Hill DY5 3BB",
    "parent_tel": "07700 900 144",
    "ethnicity": "White British",
    "informed": "Yes (delete as appropriate)",
    "consent": "Danielle Rowe (mother) – consent gained verbally by telephone on 21/11/2025",
    "reason": "Kai's attendance has fallen to 82% this term and he is often late and hungry. Mum "
    "has told staff she is struggling since losing her job and asked for help with routines.",
}
KIDS1 = [["Kai", "Rowe", "09/04/13", "m", "N"], ["Lily-Mae", "Rowe", "27/10/20", "f", "N"]]
ADULTS1 = [["Danielle", "Rowe", "30/06/91", "Mother", "Y"]]

ON2 = date(2026, 3, 16)
D2 = {
    "name": "Priya Natt",
    "date": "16/03/2026",
    "agency": "Halesowen Health Centre",
    "role": "School Nurse",
    "tel": "01632 960 515",
    "email": "priya.natt@nhs.net",
    "dsl_discussed": "Yes (delete as appropriate)",
    "dsl": "Name: Safeguarding Children Team, 01632 960 500",
    "tier": "4",
    "other": "No (delete as appropriate)",
    "home": "7 Belle Vale, Halesowen B63 4HJ",
    "parent_tel": "07700 900 872",
    "ethnicity": "White British",
    "informed": "No (delete as appropriate)",
    "consent": "Not sought – Ruby disclosed an assault by mum's partner; informing the family "
    "would place her at risk of significant harm",
    "reason": "Ruby (13) disclosed today that Craig Dunn hit her with a belt on Saturday. Bruising "
    "seen on her upper arm. She says she is frightened to go home tonight.",
}
KIDS2 = [["Ruby", "Hale", "02/02/13", "f", "N"], ["Finn", "Hale", "15/08/19", "m", "N"]]
ADULTS2 = [
    ["Gemma", "Hale", "11/05/89", "Mother", "Y"],
    ["Craig", "Dunn", "23/01/86", "Mother's partner (lives at the home)", "N"],
]


def _lambeth_01() -> bytes:
    return render_docx(_layout(D1, KIDS1, ADULTS1))


def _lambeth_02() -> bytes:
    msg = Mail(
        "Priya Natt <priya.natt@nhs.net>",
        "earlyhelp.secure@dudley.gcsx.gov.uk",
        "URGENT – Multi Agency Referral Form – Ruby Hale",
        ON2,
        13,
    ).message()
    msg.set_content("Please see HTML version of this message.\n")
    msg.add_alternative(render_html(_layout(D2, KIDS2, ADULTS2)), subtype="html")
    return as_bytes(msg)


CASES: tuple[CouncilCase, ...] = (
    CouncilCase(
        case_id="lambeth-marf-01",
        council="London Borough of Lambeth",
        source_url=URL,
        source_title=TITLE,
        layout="Word MARF: label/value pairs two per row; 'Yes / No (delete as appropriate)' with "
        "No deleted; 'what tier (3 or 4)' answered '3'; dd/mm/yy dates; consent gained verbally",
        filename="referral.docx",
        assessment_date=ON1,
        build=_lambeth_01,
        expected=Expected(
            form_type="early_help_assessment",
            people=(
                person("Danielle Rowe", date(1991, 6, 30), True, ON1),
                person("Kai Rowe", date(2013, 4, 9), False, ON1),
                person("Lily-Mae Rowe", date(2020, 10, 27), False, ON1),
            ),
            postcode="DY5 3BB",
            lead_professional_name="Marcus Bell",
            lead_professional_email="m.bell@quarrybank.example.sch.uk",
            level_of_need=3,
        ),
    ),
    CouncilCase(
        case_id="lambeth-marf-02",
        council="London Borough of Lambeth",
        source_url=URL,
        source_title=TITLE,
        layout="email: the MARF as tables in the HTML part of multipart/alternative, text part a "
        "stub 'Please see HTML version'; tier 4, parents deliberately not informed",
        filename="message.eml",
        assessment_date=ON2,
        build=_lambeth_02,
        expected=Expected(
            form_type="early_help_assessment",
            people=(
                person("Ruby Hale", date(2013, 2, 2), False, ON2),
                person("Finn Hale", date(2019, 8, 15), False, ON2),
                person("Gemma Hale", date(1989, 5, 11), False, ON2),
                person("Craig Dunn", date(1986, 1, 23), False, ON2),
            ),
            postcode="B63 4HJ",
            lead_professional_name="Priya Natt",
            lead_professional_email="priya.natt@nhs.net",
            level_of_need=4,
            safeguarding=True,
            queue_reason="safeguarding_concern",
        ),
    ),
)
