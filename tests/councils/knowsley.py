"""Knowsley: MASH Multi Agency Referral Form (safeguarding or early help, YES/NO)."""

# ruff: noqa: E501  (labels and answers are copied verbatim from the published form)

from datetime import date
from email.message import EmailMessage

from tests.councils.kit import (
    DOCX_MIME,
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
)
from tests.councils.model import CouncilCase, Expected

URL = "https://docsbay.net/working-together-to-safeguard-children-2015"
TITLE = "Knowsley MASH Multi Agency Referral Form"


def _layout(d: dict[str, str], kids: list[list[str]], adults: list[list[str]]) -> list[Block]:
    return [
        Title("MASH MULTI AGENCY REFERRAL FORM"),
        Para(
            "This form should be used to access services for children who need to be protected or require "
            "the provision of Early Help. Once completed please email to"
        ),
        kv(
            (
                "Is your referral regarding a Safeguarding concern for a child or young person?",
                d["sg"],
            ),
            ("OR", ""),
            (
                "Is your referral a request for early help as you think the child or young person is vulnerable "
                "or in need of early help to achieve expected outcomes?",
                d["eh"],
            ),
            widths=[4, 1],
        ),
        Para(
            "Where you believe there is an immediate risk of significant harm please contact the police on 999"
        ),
        kv(
            ("NAME OF CHILD(REN)", d["children"]),
            ("Date of Birth", d["dobs"]),
            ("Address", d["address"]),
        ),
        Table(
            [
                [
                    *kv(
                        ("Name of person completing contact or referral", d["ref"]),
                        ("Relationship to child(ren) being referred", d["rel"]),
                    ).rows[0]
                ],
                [*kv(("Date / Time", d["when"]), ("Agency", d["agency"])).rows[0]],
                [*kv(("Telephone Number", d["tel"]), ("Mobile Number", d["mob"])).rows[0]],
                [
                    *kv(
                        ("Email", d["email"]),
                        (
                            "Name of MASH/Early Help Social Worker spoken to (If applicable)",
                            d["sw"],
                        ),
                    ).rows[0]
                ],
            ]
        ),
        Heading("Consent & confidentiality"),
        kv(
            ("Is the parent/carer aware of the referral?", d["aware"]),
            ("Has the parent/carer given consent to the referral being made?", d["consent"]),
            (
                "If the answer to either of the above is No, please provide an explanation as it is essential that "
                "professionals work in partnership with families.",
                d["why"],
            ),
            widths=[4, 2],
        ),
        Heading("Children/Young People under 18 living at the above address"),
        grid(
            [
                "First Name",
                "Surname",
                "Alias",
                "DOB (dd/mm/yyyy)",
                "M/F",
                "Age",
                "School",
                "Disability",
            ],
            list(kids),
        ),
        Heading("Adults living at the above address"),
        grid(
            [
                "First Name",
                "Surname",
                "DOB (dd/mm/yyyy)",
                "Relationship to child(ren)",
                "Parental Responsibility",
            ],
            list(adults),
        ),
        Heading("Reason for referral"),
        Table([[d["reason"]]]),
    ]


ON1 = date(2025, 6, 3)
D1 = {
    "sg": "NO",
    "eh": "YES",
    "children": "Oliver Brooks, Grace Brooks",
    "dobs": "19/08/2011, 02/04/2014",
    "address": "5 Ashwood Park, Wall Heath, Kingswinford DY6 0LQ",
    "ref": "Kate Summers",
    "rel": "Family Support Worker",
    "when": "03/06/2025 09:15",
    "agency": "Wall Heath Family Hub",
    "tel": "01632 960 350",
    "mob": "07700 900 350",
    "email": "kate.summers@wallheathhub.example.org.uk",
    "sw": "N/A",
    "aware": "YES",
    "consent": "YES – Mrs Brooks and Oliver signed our consent form on 03/06/2025",
    "why": "",
    "reason": "Mum has been diagnosed with depression; Oliver is anxious and refusing school. Requesting a "
    "TAF and CAMHS advice.",
}
KIDS1 = [
    ["Oliver", "Brooks", "", "19/08/2011", "M", "13", "Summerhill School", "No"],
    ["Grace", "Brooks", "", "02/04/2014", "F", "11", "Maidensbridge Primary", "No"],
]
ADULTS1 = [["Helen", "Brooks", "30/11/1983", "Mother", "Yes"]]

ON2 = date(2026, 2, 18)
D2 = {
    "sg": "YES",
    "eh": "NO",
    "children": "Leah Moran",
    "dobs": "07/12/2010",
    "address": "31 St James's Road, Dudley DY1 2QP",
    "ref": "Sophie Grant",
    "rel": "School Counsellor",
    "when": "18/02/2026 12:30",
    "agency": "Castle High School",
    "tel": "01632 960 277",
    "mob": "",
    "email": "s.grant@castlehigh.example.sch.uk",
    "sw": "Duty SW (telephone 12:10)",
    "aware": "NO",
    "consent": "NO",
    "why": "Leah disclosed sexual exploitation by an adult known to her "
    "mother's partner; telling the family would place her at risk of significant harm.",
    "reason": "Leah (15) disclosed that an adult male is giving her alcohol and has sent her money for images.",
}
KIDS2 = [["Leah", "Moran", "", "07/12/2010", "F", "15", "Castle High School", "No"]]
ADULTS2 = [
    ["Donna", "Moran", "14/03/1986", "Mother", "Yes"],
    ["Wayne", "Ellis", "02/09/1979", "Mother's partner", "No"],
]


def _knowsley_01() -> bytes:
    return render_docx(_layout(D1, KIDS1, ADULTS1))


def _knowsley_02() -> bytes:
    doc = render_docx(_layout(D2, KIDS2, ADULTS2))
    msg: EmailMessage = Mail(
        "Sophie Grant <s.grant@castlehigh.example.sch.uk>",
        "earlyhelp.dudleycentral@dudley.gov.uk",
        "MASH referral - L Moran",
        ON2,
        12,
    ).message()
    msg.set_content(
        "Hello,\n\nPlease find attached a MASH referral form for Leah. I have already "
        "spoken to the duty social worker by telephone.\n\nKind regards\nSophie Grant\n"
        "School Counsellor, Castle High School\n"
    )
    msg.add_attachment(
        doc, maintype=DOCX_MIME[0], subtype=DOCX_MIME[1], filename="MASH referral L Moran.docx"
    )
    return as_bytes(msg)


CASES: tuple[CouncilCase, ...] = (
    CouncilCase(
        case_id="knowsley-mash-01",
        council="Knowsley Metropolitan Borough Council",
        source_url=URL,
        source_title=TITLE,
        layout="Word MASH form: 'Safeguarding concern? YES NO / OR / request for early help? YES NO' "
        "answered NO/YES; children named in one cell then in a 'living at the above address' table; "
        "label/value pairs two per row",
        filename="referral.docx",
        assessment_date=ON1,
        build=_knowsley_01,
        expected=Expected(
            form_type="early_help_assessment",
            people=(
                person("Oliver Brooks", date(2011, 8, 19), True, ON1),
                person("Grace Brooks", date(2014, 4, 2), False, ON1),
                person("Helen Brooks", date(1983, 11, 30), True, ON1),
            ),
            postcode="DY6 0LQ",
            lead_professional_name="Kate Summers",
            lead_professional_email="kate.summers@wallheathhub.example.org.uk",
            level_of_need=None,
        ),
    ),
    CouncilCase(
        case_id="knowsley-mash-02",
        council="Knowsley Metropolitan Borough Council",
        source_url=URL,
        source_title=TITLE,
        layout="email with the Word MASH form attached; Safeguarding concern answered YES, parents not "
        "aware and no consent",
        filename="message.eml",
        assessment_date=ON2,
        build=_knowsley_02,
        expected=Expected(
            form_type="early_help_assessment",
            people=(
                person("Leah Moran", date(2010, 12, 7), False, ON2),
                person("Donna Moran", date(1986, 3, 14), False, ON2),
                person("Wayne Ellis", date(1979, 9, 2), False, ON2),
            ),
            postcode="DY1 2QP",
            lead_professional_name="Sophie Grant",
            lead_professional_email="s.grant@castlehigh.example.sch.uk",
            level_of_need=None,
            safeguarding=True,
            queue_reason="safeguarding_concern",
        ),
    ),
)
