"""POCAR: support for parents to address drug and alcohol difficulties to achieve their
parenting goals, enhance safety and stability for children, increase parents' self-esteem and
reduce isolation; the online referral's pages (parent details, children's details with legal
status with Children's Services, pen pictures, what will help, referrer details)."""

# ruff: noqa: E501  (wording follows the published page)

from datetime import date

from tests.councils.kit import (
    Heading,
    L,
    Para,
    Span,
    Table,
    Title,
    dmy,
    grid,
    kv,
    longdate,
    person,
    render_docx,
    render_html,
    render_pdf,
)
from tests.councils.model import CouncilCase, Expected
from tests.councils_heldout18._mail import FRONT_DOOR, html_only

URL = "https://www.tfaforms.com/4847054"
TITLE = "POCAR Referral (online referral form: parent details, children's details, pen pictures, referrer details)"
COUNCIL = "POCAR (parents' drug and alcohol programme)"

_AIMS = "The overall aims of POCAR are: support parents to address drug and alcohol difficulties to achieve their parenting goals; enhance safety and stability for children; increase parents' self-esteem and confidence; reduce isolation and build resilience."

ON1 = date(2026, 9, 22)


def _b1() -> bytes:
    return render_docx(
        [
            Title("POCAR Referral", "Page 1"),
            Para(_AIMS),
            Para(
                "Please tell us more about the family you are referring. We aim to contact the parent within 2 weeks of receiving this referral."
            ),
            Heading("Parent details"),
            Para(
                "We will use these to contact the parent. Please complete a separate referral if referring more than one parent or carer."
            ),
            kv(
                ("Full name", "Natalie Walsh"),
                ("Date of birth", "04/11/1991"),
                ("Address", "Flat 9, Tansey Green Road, Pensnett, Kingswinford"),
                ("Postcode", "DY6 7AA"),
                ("Mobile", "07700 900611"),
                ("Safe to text?", "Yes"),
            ),
            Heading("Page 2 – Children's details"),
            Para(
                "We need these to understand the family and for our safeguarding procedures. We will not contact the children or any carers without further discussion and consent."
            ),
            grid(
                [
                    "Full Name",
                    "Date of Birth",
                    "Age (at time of referral)",
                    "Legal Status with Children's Services (CPP, CIN, LAC etc.)",
                ],
                [
                    ["Mason Walsh", "16/08/2017", "9", "None"],
                    ["Evie Walsh", "21/03/2021", "5", "None"],
                ],
            ),
            Table(
                [
                    [
                        L("Other adults in the home"),
                        Span(
                            "None – Natalie is a lone parent. The children's father (Dean Walsh) lives in Wolverhampton WV4 6AE and has supervised contact.",
                            3,
                        ),
                    ]
                ]
            ),
            Heading("Page 3 – Pen Picture for the children"),
            Para(
                "Mason is doing well at school but worries about mum; Evie attends nursery three days a week."
            ),
            Heading("Pen Picture for the adults"),
            Para(
                "Natalie has been abstinent from alcohol for 4 months with the recovery service and wants help with routines and confidence."
            ),
            Heading("Page 5 – Referrer Details"),
            kv(
                ("Name", "Joanne Fisher"),
                ("Service", "Recovery Navigator, Atlantic House Recovery Service, Dudley DY1 2HQ"),
                ("Email", "joanne.fisher@recovery.example.org"),
                ("Date", longdate(ON1)),
            ),
            Para(
                "Natalie has read this referral and agrees to it. Signed: N. Walsh   Date: "
                + longdate(ON1)
            ),
        ]
    )


ON2 = date(2026, 10, 13)


def _b2() -> bytes:
    return render_pdf(
        [
            Title("POCAR Referral", "Parent details – Children's details – Referrer Details"),
            kv(
                ("Parent name", "Shane Dolan"),
                ("DOB", dmy(date(1986, 1, 30))),
                ("Address", "27 Mount Pleasant, Quarry Bank, Brierley Hill DY5 2HT"),
                per_row=1,
            ),
            Para("Partner in the home: Kerry Dolan (DOB 12/06/1989)."),
            grid(
                ["Full Name", "Date of Birth", "Age", "Legal Status with Children's Services"],
                [
                    ["Jayden Dolan", "07/09/2014", "12", "CIN"],
                    ["Poppy Dolan", "15/02/2023", "3", "CIN"],
                ],
            ),
            Heading("Safety"),
            Table(
                [
                    [
                        L("Is any child at risk of significant harm?"),
                        "Yes / No (delete as appropriate):  Yes",
                    ],
                    [
                        L("Details"),
                        "Police attended a disturbance on 11/10/2026; Shane was intoxicated and Poppy was found alone in the garden. Social worker informed.",
                    ],
                ]
            ),
            Heading("Consent"),
            Para(
                "Shane and Kerry Dolan both agreed to this referral and signed on " + dmy(ON2) + "."
            ),
            Heading("Referrer Details"),
            kv(
                ("Name", "Priya Sandhu"),
                ("Role", "Social Worker, Children's Services"),
                ("Email", "priya.sandhu@childrens.example.gov.uk"),
                ("Date", dmy(ON2)),
                per_row=2,
            ),
        ],
        title="POCAR referral",
    )


ON3 = date(2026, 11, 16)


def _b3() -> bytes:
    html = render_html(
        [
            Title("POCAR Referral"),
            Heading("Parent details"),
            kv(
                ("Full name", "Michelle Okafor"),
                ("Date of birth", "23/09/1984"),
                ("Address and postcode", "61 Hagley Road, Stourbridge DY8 1AA"),
            ),
            Heading("Children's details"),
            grid(
                ["Full Name", "Date of Birth", "Age", "Legal Status"],
                [
                    ["Daniel Okafor", "01/04/2011", "15", "None"],
                    ["Grace Okafor", "19/12/2016", "9", "None"],
                ],
            ),
            Heading("Consent"),
            Table(
                [
                    [L("Parent agrees to referral"), "✓ Michelle Okafor"],
                    [L("Young person (14+) agrees"), "✓ Daniel Okafor"],
                ]
            ),
            Heading("Referrer Details"),
            kv(
                ("Name", "Tom Bradley"),
                ("Agency", "Edgecliff High School, Kinver DY7 6AA"),
                ("Email", "t.bradley@edgecliff.example.org"),
                ("Date", dmy(ON3)),
            ),
        ]
    )
    return html_only(
        "Tom Bradley <t.bradley@edgecliff.example.org>",
        FRONT_DOOR,
        "POCAR referral - OKAFOR family",
        ON3,
        "This message is in HTML format. Please view it in an HTML-capable mail reader.",
        html,
    )


CASES: tuple[CouncilCase, ...] = (
    CouncilCase(
        "heldout18-pocar-01",
        COUNCIL,
        URL,
        TITLE,
        "Word referral in the form's page order (parent details, children's details with an Age and Legal Status column, pen pictures, referrer details); father at Wolverhampton WV4 6AE in a merged row; a one-line 'Signed: N. Walsh' with a long date",
        "referral.docx",
        ON1,
        _b1,
        Expected(
            "early_help_assessment",
            (
                person("Natalie Walsh", date(1991, 11, 4), True, ON1),
                person("Mason Walsh", date(2017, 8, 16), False, ON1),
                person("Evie Walsh", date(2021, 3, 21), False, ON1),
            ),
            "DY6 7AA",
            "Joanne Fisher",
            "joanne.fisher@recovery.example.org",
            None,
        ),
    ),
    CouncilCase(
        "heldout18-pocar-02",
        COUNCIL,
        URL,
        TITLE,
        "flattened PDF from a social worker: 'at risk of significant harm? Yes / No (delete as appropriate): Yes'; children with Legal Status CIN; partner named in a sentence",
        "referral.pdf",
        ON2,
        _b2,
        Expected(
            "early_help_assessment",
            (
                person("Shane Dolan", date(1986, 1, 30), True, ON2),
                person("Kerry Dolan", date(1989, 6, 12), True, ON2),
                person("Jayden Dolan", date(2014, 9, 7), False, ON2),
                person("Poppy Dolan", date(2023, 2, 15), False, ON2),
            ),
            "DY5 2HT",
            "Priya Sandhu",
            "priya.sandhu@childrens.example.gov.uk",
            None,
            safeguarding=True,
            queue_reason="safeguarding_concern",
        ),
    ),
    CouncilCase(
        "heldout18-pocar-03",
        COUNCIL,
        URL,
        TITLE,
        "HTML-only email (text part a stub) of the referral with address and postcode in one cell; ✓ glyph agreement rows for mum and the 15-year-old; the school's Kinver DY7 6AA in the referrer block",
        "message.eml",
        ON3,
        _b3,
        Expected(
            "early_help_assessment",
            (
                person("Michelle Okafor", date(1984, 9, 23), True, ON3),
                person("Daniel Okafor", date(2011, 4, 1), True, ON3),
                person("Grace Okafor", date(2016, 12, 19), False, ON3),
            ),
            "DY8 1AA",
            "Tom Bradley",
            "t.bradley@edgecliff.example.org",
            None,
        ),
    ),
)
