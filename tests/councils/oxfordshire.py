"""Oxfordshire: Early Help Assessment, Part A Consent before the family's details."""

# ruff: noqa: E501  (labels and answers are copied verbatim from the published form)

from datetime import date

from tests.councils.kit import (
    Block,
    Heading,
    L,
    Para,
    Table,
    Title,
    grid,
    kv,
    longdate,
    person,
    render_docx,
    render_pdf,
)
from tests.councils.model import CouncilCase, Expected, Person

URL = "https://docest.com/doc/643037/early-help-assessment"
TITLE = "Oxfordshire Early Help Assessment (Part A Consent; Family Background and Information)"


def _layout(
    d: dict[str, str], sigs: list[list[str]], kids: list[list[str]], adults: list[list[str]]
) -> list[Block]:
    child_rows = [[str(i), *k] for i, k in enumerate(kids, 1)]
    child_rows += [[str(i), "", "", "", "", "", "", ""] for i in range(len(kids) + 1, 7)]
    return [
        Title("Early Help Assessment"),
        Para(
            "We want all children in Oxfordshire to have the best start in life, to enable them to "
            "reach their full potential. The aim of this Early Help Assessment is to work with you and "
            "those around you, to help understand what is going on and to decide on the best way forward."
        ),
        Heading("Part A"),
        Heading("Consent"),
        Para(
            "This section confirms your consent for the author to liaise with other professionals during "
            "this process and to share information with other agencies and professionals throughout and "
            "on completion."
        ),
        kv(
            ("Who is involved in completing this assessment?", d["involved"]),
            (
                "Are you happy for the information on this assessment to be stored and shared with other "
                "relevant professionals and agencies? Yes / No",
                "Yes",
            ),
            ("Who would you like to receive a copy?", d["copy"]),
            ("Is there anyone you do not want to see this assessment?", "No"),
            widths=[3, 2],
        ),
        grid(["Family signatures and printed name", "Date"], list(sigs), [3, 1]),
        grid(["Author’s Signature", "Date"], [[d["author_sig"], d["signed"]]], [3, 1]),
        kv(
            (
                "If you are sending this form by email can you confirm that you have consent to share it? "
                "Yes / No",
                "Yes",
            ),
            widths=[3, 1],
        ),
        Heading("Family Background and Information"),
        kv(("Date Assessment started", d["started"])),
        Para("Details of all children in your family", bold=True),
        grid(
            [
                "",
                "Name",
                "DoB/due date",
                "Gender",
                "Ethnicity",
                "Religion",
                "Name of school or educational setting",
                "Address (if different from family address)",
            ],
            child_rows,
            [0.4, 2, 1.6, 1, 1.2, 1, 2, 2],
        ),
        kv(("Main family address (including postcode)", d["address"]), widths=[2, 3]),
        Para("Details of parents/carers and other adults in the household", bold=True),
        grid(
            [
                "Name",
                "DoB",
                "Relationship to child(ren)",
                "Address (if different from family address)",
            ],
            list(adults),
        ),
        Para("Author details", bold=True),
        Table(
            [
                [L("Name"), d["author"], L("Role"), d["role"]],
                [L("Organisation"), d["org"], L("Email"), d["email"]],
                [L("Work address"), d["org_addr"], L("Telephone"), d["tel"]],
            ]
        ),
    ]


def _ld(y: int, m: int, dd: int) -> str:
    return longdate(date(y, m, dd))


ON1 = date(2026, 3, 3)
D1 = {
    "involved": "Karen and Steve Hughes, Harvey, Ellie and Josh; Sarah Quinn (author)",
    "copy": "Karen Hughes",
    "author_sig": "S. Quinn",
    "signed": longdate(ON1),
    "started": _ld(2026, 2, 9),
    "address": "9 Lawnswood Road, Wordsley, Stourbridge DY6 7AA",
    "author": "Sarah Quinn",
    "role": "Pastoral Lead",
    "org": "Crestwood School",
    "email": "s.quinn@crestwood.example.sch.uk",
    "org_addr": "Bromley Lane, Kingswinford DY6 8QG",
    "tel": "01632 960 661",
}
SIGS1 = [
    ["K Hughes – KAREN HUGHES", longdate(ON1)],
    ["S. Hughes – STEVE HUGHES", longdate(ON1)],
    ["Harvey Hughes – HARVEY HUGHES", longdate(ON1)],
]
KIDS1 = [
    ["Harvey Hughes", _ld(2009, 10, 30), "Male", "White British", "None", "Crestwood School", ""],
    ["Ellie Hughes", _ld(2012, 3, 3), "Female", "White British", "None", "Crestwood School", ""],
    ["Josh Hughes", _ld(2016, 7, 19), "Male", "White British", "None", "Blanford Mere Primary", ""],
]
ADULTS1 = [
    ["Karen Hughes", _ld(1984, 5, 2), "Mother", ""],
    ["Steve Hughes", _ld(1982, 1, 25), "Father", ""],
]

ON2 = date(2025, 9, 24)
D2 = {
    "involved": "Amir and Sadia Iqbal, Noah Iqbal; Leanne Ward (author)",
    "copy": "Amir and Sadia Iqbal",
    "author_sig": "L Ward",
    "signed": longdate(ON2),
    "started": _ld(2025, 9, 10),
    "address": "31 Hagley Road, Halesowen B62 8AA",
    "author": "Leanne Ward",
    "role": "Family Support Worker",
    "org": "Old Swinford Hospital (pastoral team)",
    "email": "leanne.ward@oshpastoral.example.org.uk",
    "org_addr": "Heath Lane, Stourbridge DY8 1AA",
    "tel": "01632 960 908",
}
SIGS2 = [
    ["A Iqbal – AMIR IQBAL", longdate(ON2)],
    ["S Iqbal – SADIA IQBAL", longdate(ON2)],
    ["N. Iqbal – NOAH IQBAL", longdate(ON2)],
]
KIDS2 = [
    [
        "Noah Iqbal",
        _ld(2010, 1, 6),
        "Male",
        "Asian British – Pakistani",
        "Muslim",
        "Old Swinford Hospital",
        "",
    ],
    [
        "Zara Iqbal",
        _ld(2014, 11, 3),
        "Female",
        "Asian British – Pakistani",
        "Muslim",
        "Lutley Primary",
        "",
    ],
]
ADULTS2 = [
    ["Amir Iqbal", _ld(1980, 8, 14), "Father", ""],
    ["Sadia Iqbal", _ld(1983, 2, 27), "Mother", ""],
]


def _oxfordshire_01() -> bytes:
    return render_docx(_layout(D1, SIGS1, KIDS1, ADULTS1))


def _oxfordshire_02() -> bytes:
    return render_pdf(_layout(D2, SIGS2, KIDS2, ADULTS2), "Early Help Assessment")


def _p(name: str, y: int, m: int, d: int, signed: bool, on: date) -> Person:
    return person(name, date(y, m, d), signed, on)


CASES: tuple[CouncilCase, ...] = (
    CouncilCase(
        case_id="oxfordshire-eha-01",
        council="Oxfordshire County Council",
        source_url=URL,
        source_title=TITLE,
        layout="Word: consent page (family signatures and printed name | date) BEFORE the family "
        "details; numbered child rows 1-6; dates written '3 March 2012'; a child exactly 14 today "
        "has not signed",
        filename="referral.docx",
        assessment_date=ON1,
        build=_oxfordshire_01,
        expected=Expected(
            form_type="early_help_assessment",
            people=(
                _p("Harvey Hughes", 2009, 10, 30, True, ON1),
                _p("Ellie Hughes", 2012, 3, 3, False, ON1),
                _p("Josh Hughes", 2016, 7, 19, False, ON1),
                _p("Karen Hughes", 1984, 5, 2, True, ON1),
                _p("Steve Hughes", 1982, 1, 25, True, ON1),
            ),
            postcode="DY6 7AA",
            lead_professional_name="Sarah Quinn",
            lead_professional_email="s.quinn@crestwood.example.sch.uk",
            level_of_need=None,
            queue_reason="consent_missing",
        ),
    ),
    CouncilCase(
        case_id="oxfordshire-eha-02",
        council="Oxfordshire County Council",
        source_url=URL,
        source_title=TITLE,
        layout="flattened PDF of the same form, consent first, all 14+ signed; the author's work "
        "address is a Dudley postcode in another cluster",
        filename="referral.pdf",
        assessment_date=ON2,
        build=_oxfordshire_02,
        expected=Expected(
            form_type="early_help_assessment",
            people=(
                _p("Noah Iqbal", 2010, 1, 6, True, ON2),
                _p("Zara Iqbal", 2014, 11, 3, False, ON2),
                _p("Amir Iqbal", 1980, 8, 14, True, ON2),
                _p("Sadia Iqbal", 1983, 2, 27, True, ON2),
            ),
            postcode="B62 8AA",
            lead_professional_name="Leanne Ward",
            lead_professional_email="leanne.ward@oshpastoral.example.org.uk",
            level_of_need=None,
        ),
    ),
)
