"""Islington: Children's Services request for service form (Children's Services Contact Team), consent first."""

# ruff: noqa: E501  (labels and answers are copied verbatim from the published form)

from datetime import date
from email.message import EmailMessage

from tests.councils.kit import (
    DOCX_MIME,
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
)
from tests.councils.model import CouncilCase, Expected

URL = "http://www.islingtonscb.org.uk/Pages/Are%20you%20worried%20about%20a%20child.aspx"
TITLE = "Islington Children’s Services: request for service form (Children’s Services Contact Team, CSCT – new referral and request for service form from 1st May 2017)"
ON = date(2025, 9, 30)


def _form() -> bytes:
    blocks = [
        Title("Islington Children’s Services: request for service form"),
        Para(
            "Unless consent has been gained, requests for service will not be accepted. Please confirm that you have "
            "gained explicit consent from parents/carers and/or young people for this request for service."
        ),
        Heading("Consent"),
        grid(
            ["", "Name", "Relationship", "How consent was given", "Date"],
            [
                [
                    "✓",
                    "Funmi Oduya",
                    "Mother",
                    "Signed our consent form (copy held in school)",
                    "29/09/2025",
                ],
                [
                    "✓",
                    "Beatrice Oduya",
                    "Grandmother – lives at the address",
                    "Signed our consent form (copy held in school)",
                    "29/09/2025",
                ],
            ],
        ),
        Heading("Child / young person"),
        kv(
            ("Name", "Samuel Oduya"),
            ("Date of birth", "18/08/2018"),
            ("Address", "27 Stafford Street, Dudley"),
            ("Postcode", "DY1 2QP"),
            ("School", "St John’s Primary, Kates Hill"),
            ("Year group", "Year 3"),
            per_row=2,
        ),
        Heading("Household members"),
        grid(
            ["Name", "Date of birth", "Relationship to child"],
            [
                ["Funmi Oduya", "09/09/1990", "Mother"],
                ["Beatrice Oduya", "06/06/1960", "Maternal grandmother"],
            ],
        ),
        Heading("GP"),
        kv(
            ("GP practice", "Kates Hill Surgery"),
            ("GP address", "Hall Street, Dudley DY1 1AA"),
            per_row=2,
        ),
        Heading("Reason for request"),
        Table(
            [
                [
                    "Samuel (7) is awaiting an ADHD assessment; mum works shifts and gran, who has dementia, looks after him. "
                    "Request: family support and a carer's assessment."
                ]
            ]
        ),
        Heading("Referrer"),
        kv(
            ("Name", "Joseph Adeyemi"),
            ("Role", "Inclusion Manager"),
            ("Organisation", "St John’s Primary School"),
            ("Telephone", "01632 960 462"),
            ("Email", "j.adeyemi@stjohns.example.sch.uk"),
            ("Date", "30/09/2025"),
            per_row=2,
        ),
    ]
    return render_docx(blocks)


def _build() -> bytes:
    msg: EmailMessage = Mail(
        "Joseph Adeyemi <j.adeyemi@stjohns.example.sch.uk>",
        "earlyhelp.dudleycentral@dudley.gov.uk",
        "Request for service - S.O. (Year 3)",
        ON,
        15,
    ).message()
    msg.set_content(
        "Good afternoon,\n\nPlease find attached a request for service for Samuel. Mum and gran both signed our "
        "consent form yesterday.\n\nJoseph Adeyemi\nInclusion Manager\n"
    )
    msg.add_attachment(
        _form(),
        maintype=DOCX_MIME[0],
        subtype=DOCX_MIME[1],
        filename="Request for service S Oduya.docx",
    )
    return as_bytes(msg)


CASES: tuple[CouncilCase, ...] = (
    CouncilCase(
        case_id="islington-rfs-01",
        council="London Borough of Islington",
        source_url=URL,
        source_title=TITLE,
        layout="email with the Word request for service attached: a ✓-ticked consent table naming mother and the "
        "resident grandmother comes first; the GP's address is another Dudley-table postcode",
        filename="message.eml",
        assessment_date=ON,
        build=_build,
        expected=Expected(
            form_type="early_help_assessment",
            people=(
                person("Samuel Oduya", date(2018, 8, 18), False, ON),
                person("Funmi Oduya", date(1990, 9, 9), True, ON),
                person("Beatrice Oduya", date(1960, 6, 6), True, ON),
            ),
            postcode="DY1 2QP",
            lead_professional_name="Joseph Adeyemi",
            lead_professional_email="j.adeyemi@stjohns.example.sch.uk",
            level_of_need=None,
        ),
    ),
)
