"""Bradford: Common Referral Form (children's centre / Early Help / social work assessment)."""

# ruff: noqa: E501  (labels and answers are copied verbatim from the published form)

from datetime import date
from email.message import EmailMessage

from tests.councils.kit import (
    CB,
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

URL = "https://docsbay.net/early-help-assessment"
TITLE = "Bradford Common Referral Form (request for Children’s Centre / Early Help / social work assessment)"
ON = date(2025, 12, 9)


def _form() -> bytes:
    blocks = [
        Title("Common Referral Form"),
        Para("Threshold guidance is available at link."),
        Para("I am making a request for (please tick):", bold=True),
        Table(
            [
                [CB(False, "Children’s Centre support")],
                [CB(True, "Early Help support")],
                [
                    CB(
                        False,
                        "A social work assessment – concerns about a child’s immediate safety and well-being",
                    )
                ],
            ]
        ),
        Para(
            "Please ensure all sections are fully completed, if information is not known please indicate "
            "rather than leave blank. Please ensure you have parents’/Carers’ consent to this referral. We will "
            "only accept referrals for Early Help with parents’ consent."
        ),
        Heading("Referrer details"),
        kv(
            ("Name", "Yasmin Akhtar"),
            ("Role", "Health Visitor"),
            ("Organisation", "Kingswinford Health Centre"),
            ("Address", "Standhills Road, Kingswinford DY6 8DN"),
            ("Telephone", "01632 960 629"),
            ("Email", "yasmin.akhtar2@nhs.net"),
            per_row=2,
        ),
        Heading("Child / children"),
        grid(
            ["Surname", "First name", "Date of birth", "Gender", "School / nursery"],
            [
                ["Kowalski", "Antoni", "12.2.2024", "M", "—"],
                ["Kowalski", "Lena", "3.9.2020", "F", "Blanford Mere Nursery"],
            ],
        ),
        kv(("Address", "7 Enville Road, Wall Heath"), ("Postcode", "DY6 0LQ"), per_row=2),
        Heading("Parents / carers"),
        grid(
            ["Surname", "First name", "Date of birth", "Relationship", "Address if different"],
            [
                ["Kowalska", "Agnieszka", "14.6.1993", "Mother", ""],
                ["Kowalski", "Marek", "2.1.1991", "Father", ""],
            ],
        ),
        Heading("AGREEMENT & CONSENT"),
        Para(
            "If you would welcome support with your family then we need your agreement for agencies to "
            "co-ordinate any support you may be receiving from other agencies through sharing information "
            "with them."
        ),
        grid(
            ["Name", "Signature", "Date"],
            [
                ["Agnieszka Kowalska", "A. Kowalska", "9.12.2025"],
                ["Marek Kowalski", "M Kowalski", "9.12.2025"],
            ],
        ),
        Heading("Reason for request"),
        Para(
            "Antoni was born prematurely and mum is low in mood; the family would like a family support "
            "worker and help to find a children's centre group."
        ),
    ]
    return render_docx(blocks)


def _build() -> bytes:
    inner: EmailMessage = Mail(
        "Yasmin Akhtar <yasmin.akhtar2@nhs.net>",
        "admin.brierleyhill@dudley.gov.uk",
        "Early help referral - Kowalski family",
        ON,
        11,
    ).message()
    inner.set_content("Hi, referral attached for the Kowalski family (Wall Heath). Thanks, Yasmin")
    inner.add_attachment(
        _form(),
        maintype=DOCX_MIME[0],
        subtype=DOCX_MIME[1],
        filename="Common Referral Form - Kowalski.docx",
    )
    outer: EmailMessage = Mail(
        "Brierley Hill Admin <admin.brierleyhill@dudley.gov.uk>",
        "earlyhelp.brierleyhill@dudley.gov.uk",
        "FW: Early help referral - Kowalski family",
        ON,
        14,
    ).message()
    outer.set_content(
        "Forwarding to the cluster inbox – came to the admin mailbox by mistake.\n\nJan"
    )
    outer.add_attachment(inner, filename="Early help referral - Kowalski family.eml")
    return as_bytes(outer)


CASES: tuple[CouncilCase, ...] = (
    CouncilCase(
        case_id="bradford-crf-01",
        council="City of Bradford Metropolitan District Council",
        source_url=URL,
        source_title=TITLE,
        layout="email forwarding a message/rfc822 whose .docx attachment is the Common Referral Form: "
        "'I am making a request for (please tick)' with Early Help support ticked; AGREEMENT & CONSENT "
        "signature table; mother's surname spelled Kowalska",
        filename="message.eml",
        assessment_date=ON,
        build=_build,
        expected=Expected(
            form_type="early_help_assessment",
            people=(
                person("Antoni Kowalski", date(2024, 2, 12), False, ON),
                person("Lena Kowalski", date(2020, 9, 3), False, ON),
                person("Agnieszka Kowalska", date(1993, 6, 14), True, ON),
                person("Marek Kowalski", date(1991, 1, 2), True, ON),
            ),
            postcode="DY6 0LQ",
            lead_professional_name="Yasmin Akhtar",
            lead_professional_email="yasmin.akhtar2@nhs.net",
            level_of_need=None,
        ),
    ),
)
