"""Liverpool: Multi Agency Referral Form headings, typed into the body of an email."""

# ruff: noqa: E501  (labels and answers are copied verbatim from the published form)

from datetime import date

from tests.councils.kit import Mail, as_bytes, person, png_logo
from tests.councils.model import CouncilCase, Expected

URL = "https://atelim.com/referrer-name---job-title.html"
TITLE = "Multi Agency Referral Form: Consideration for Statutory Assessment (Liverpool, Careline 0151 233 3700)"
ON = date(2025, 8, 28)

SECTIONS: list[tuple[str, list[str]]] = [
    (
        "Referrer name / Job title",
        [
            "Emma Doherty, Parent Support Adviser, Gornal Wood Primary School",
            "Address: Zoar Street, Lower Gornal, Dudley DY3 2PQ",
            "Tel: 01632 960 274   Email: e.doherty@gornalwood.example.sch.uk",
            "Date: 28/08/2025",
        ],
    ),
    (
        "Details of child(ren) being referred including siblings.",
        [
            "Riley Jones  DOB 14/03/2016  Male  Gornal Wood Primary (Year 5)",
            "Sienna Jones  DOB 09/09/2011  Female  Ellowes Hall Sports College",
            "Address: 88 Temple Street, Lower Gornal, Dudley, DY3 2DE",
        ],
    ),
    (
        "Childs principal carers.",
        [
            "Mum – Kelly Jones, DOB 25/12/1985, lives at the home address",
            "Nan – Pat Jones, DOB 17/07/1958, lives at the home address",
        ],
    ),
    (
        "Parental responsibility- Please indicate who holds parental responsibility (legal guardian) and "
        "provide address and contact number.",
        ["Kelly Jones, as above, 07700 900 688"],
    ),
    (
        "Details of key professionals involved e.g. GP, Health Visitor, School.",
        [
            "GP: Dr P Hale, Gornal Surgery, Abbey Road, Gornal Wood DY3 2PG",
            "School: Gornal Wood Primary (referrer)",
        ],
    ),
    (
        "Do any of the following issues affect the child? If so please provide details within the reason "
        "for Referral.",
        [
            "Domestic violence – historic (Riley's father, no contact since 2023)",
            "Mental Health – mum",
        ],
    ),
    (
        "Reasons for the Referral- Clearly state the cause(s) for concern. Please refer to the Levels of Need "
        "Framework.",
        [
            "Level 3. Riley's attendance is 79% and he is withdrawn; Sienna is caring for "
            "him before school. Mum has asked for intensive family support."
        ],
    ),
    (
        "Have you received consent from the parent or those who have parental responsibility to make this "
        "referral to Children’s Services? (If not please state the reason why)",
        [
            "Yes – Kelly Jones, Pat Jones and Sienna all signed our school consent form on 28/08/2025 "
            "(signed copy held in school)."
        ],
    ),
    ("Are there any special requirements for the child/family?", ["No"]),
]


def _build() -> bytes:
    msg = Mail(
        "Emma Doherty <e.doherty@gornalwood.example.sch.uk>",
        "earlyhelp.dudleynorth@dudley.gov.uk",
        "Referral - Riley and Sienna Jones",
        ON,
        15,
    ).message()
    text = [
        "Good afternoon,",
        "",
        "Please accept this referral, set out under the Multi Agency Referral Form headings.",
        "",
    ]
    html = [
        '<html><body style="font-family:Calibri">',
        "<p>Good afternoon,</p>",
        "<p>Please accept this referral, set out under the Multi Agency Referral Form headings.</p>",
    ]
    for head, lines in SECTIONS:
        text += [head, *lines, ""]
        html.append(f"<p><b>{head}</b><br>" + "<br>".join(lines) + "</p>")
    text += ["Kind regards", "Emma Doherty", "Parent Support Adviser"]
    html.append(
        "<p>Kind regards<br>Emma Doherty<br>Parent Support Adviser<br>"
        '<img src="cid:logo@gornalwood" alt="Gornal Wood Primary School" width="24" height="24"></p>'
        "</body></html>"
    )
    msg.set_content("\n".join(text) + "\n")
    msg.add_alternative("\n".join(html), subtype="html")
    html_part = next(p for p in msg.iter_parts() if p.get_content_type() == "text/html")
    html_part.add_related(
        png_logo(),
        maintype="image",
        subtype="png",
        cid="<logo@gornalwood>",
        filename="image001.png",
    )
    return as_bytes(msg)


CASES: tuple[CouncilCase, ...] = (
    CouncilCase(
        case_id="liverpool-marf-01",
        council="Liverpool City Council",
        source_url=URL,
        source_title=TITLE,
        layout="email: referral typed into the message body under the MARF's headings (plain and HTML "
        "alternatives, school logo inline by cid); people in sentences; 'Level 3' written in the reasons",
        filename="message.eml",
        assessment_date=ON,
        build=_build,
        expected=Expected(
            form_type="early_help_assessment",
            people=(
                person("Riley Jones", date(2016, 3, 14), False, ON),
                person("Sienna Jones", date(2011, 9, 9), True, ON),
                person("Kelly Jones", date(1985, 12, 25), True, ON),
                person("Pat Jones", date(1958, 7, 17), True, ON),
            ),
            postcode="DY3 2DE",
            lead_professional_name="Emma Doherty",
            lead_professional_email="e.doherty@gornalwood.example.sch.uk",
            level_of_need=3,
        ),
    ),
)
