"""Unidentified council: CAF 2 Swift and Easy Access Referral Form (Every Child Matters)."""

# ruff: noqa: E501  (labels and answers are copied verbatim from the published form)

from datetime import date

from tests.councils.kit import (
    CB,
    Boxes,
    Heading,
    L,
    Para,
    Table,
    Title,
    grid,
    kv,
    person,
    render_pdf,
)
from tests.councils.model import CouncilCase, Expected

URL = "https://paperzz.com/doc/7195254/every-child-matters"
TITLE = "Common Assessment Framework For Children and Young People (CAF) – CAF 2 Swift and Easy Access Referral Form"
ON = date(2025, 11, 26)


def _yn(v: bool) -> Boxes:
    return Boxes((CB(v, "Yes"), CB(not v, "No")))


def _build() -> bytes:
    blocks = [
        Title(
            "Common Assessment Framework For Children and Young People (CAF)",
            "Change For Children – Every Child Matters",
        ),
        Table(
            [
                [
                    L("CAF 2"),
                    L("Date of telephone referral"),
                    "N/A",
                    L("Date of written referral -"),
                    "26/11/2025",
                ]
            ]
        ),
        Heading("Swift and Easy Access Referral Form"),
        Para(
            "Notes for use: If you are completing form electronically, text boxes will expand to fit your text. "
            "Where check boxes appear, insert an ‘X’ in those that apply."
        ),
        Heading("Identifying details"),
        Para("Record details of unborn baby, child or young person being referred"),
        Table(
            [
                [L("Name"), "Jessica Lowe", L("Other names"), "Jess"],
                [
                    Boxes((CB(False, "Male"), CB(True, "Female"), CB(False, "Unknown"))),
                    "",
                    L("Date of birth/EDD"),
                    "17/04/2010",
                ],
                [
                    L("Address"),
                    "5 Amblecote Road, Brierley Hill",
                    L("Contact tel.no"),
                    "07700 900 216",
                ],
                [L("Postcode"), "DY5 2HT", L("Religion"), "None"],
            ]
        ),
        Table(
            [
                [
                    L("Are parents/carers aware of this referral?"),
                    _yn(True),
                    L("Do you have consent?"),
                    _yn(True),
                ],
                [
                    L("Is young person aware of this referral?"),
                    _yn(True),
                    L("Do you have consent?"),
                    _yn(True),
                ],
            ]
        ),
        Heading("Parent/Carer Details"),
        kv(
            ("Name", "Marie Lowe"),
            ("DOB", "03/03/1976"),
            ("Address & postcode (If different)", ""),
            ("Contact tel. no.", "07700 900 215"),
            ("Relationship to unborn baby, infant, child or young person", "Mother"),
            ("Parental responsibility?", "Yes"),
            per_row=2,
        ),
        Heading("Family composition"),
        Para(
            "NB – please tick the end column if a sibling is also being referred to a service or for a social "
            "work assessment"
        ),
        grid(
            ["First name", "Last name", "DOB", "Address if different", "Relationship", ""],
            [["Harry", "Lowe", "12/08/2013", "", "Brother", ""]],
        ),
        Heading("Details of person(s) making this referral"),
        kv(
            ("Name", "Andrea Bloom"),
            ("Contact tel. no", "01632 960 736"),
            ("Address", "Thorns Collegiate Academy, Thorns Road, Quarry Bank DY5 2NU"),
            ("Role", "Attendance Officer"),
            ("Organisation", "Thorns Collegiate Academy"),
            ("Email", "a.bloom@thorns.example.sch.uk"),
            per_row=2,
        ),
        Heading("Services working with this infant, child or young person – add other services"),
        grid(["Service", "Name", "Contact"], [["School nurse", "Gill Harper", "01632 960 740"]]),
        Heading("Reason for referral"),
        Para(
            "Jessica has missed 40% of sessions; she says she is bullied online. Mum and Jessica want "
            "support from the Early Help service."
        ),
    ]
    return render_pdf(blocks, "CAF 2")


CASES: tuple[CouncilCase, ...] = (
    CouncilCase(
        case_id="caf2-swift-01",
        council="Unidentified council (CAF 2 Swift and Easy Access Referral Form)",
        source_url=URL,
        source_title=TITLE,
        layout="flattened PDF CAF 2: consent as 'Are parents/carers aware? / Do you have consent?' and 'Is "
        "young person aware? / Do you have consent?' Yes boxes (no signatures); Family composition table; "
        "referrer's address (same district, DY5 2NU) after the family",
        filename="referral.pdf",
        assessment_date=ON,
        build=_build,
        expected=Expected(
            form_type="early_help_assessment",
            people=(
                person("Jessica Lowe", date(2010, 4, 17), True, ON),
                person("Marie Lowe", date(1976, 3, 3), True, ON),
                person("Harry Lowe", date(2013, 8, 12), False, ON),
            ),
            postcode="DY5 2HT",
            lead_professional_name="Andrea Bloom",
            lead_professional_email="a.bloom@thorns.example.sch.uk",
            level_of_need=None,
        ),
    ),
)
