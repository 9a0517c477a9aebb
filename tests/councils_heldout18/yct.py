"""YCT Support: counselling for children and young people; 'If a child requests counselling and
is able to understand what is involved in the process, then they have the right to access
counselling'; parents/carers of primary school aged children are informed of any referral."""

# ruff: noqa: E501  (wording follows the published page)

from datetime import date

from tests.councils.kit import (
    F,
    Heading,
    L,
    Para,
    Span,
    Table,
    Title,
    dmy,
    dmy2,
    grid,
    kv,
    person,
    render_acroform,
    render_docx,
    render_pdf,
)
from tests.councils.model import CouncilCase, Expected

URL = "https://yctsupport.com/what-if-i-dont-want-counselling/"
TITLE = "YCT Support – What if I don't want my child to receive counselling? (What if s/he refuses to have counselling?)"
COUNCIL = "YCT Support (children's counselling)"

ON1 = date(2026, 9, 21)


def _b1() -> bytes:
    return render_docx(
        [
            Title("Counselling Referral", "YCT Support"),
            Para(
                "The decision about whether or not to take up the offer of counselling is entirely voluntary for children just as it would be for an adult."
            ),
            Table(
                [
                    [L("Child"), "Jessica Parry", L("DOB"), "12/12/2012", L("Year"), "8"],
                    [L("Address"), Span("21 Lawnswood Avenue, Wordsley, Stourbridge DY8 2SE", 5)],
                    [L("School"), Span("Summerhill School, Kingswinford DY6 9XE", 5)],
                ]
            ),
            Heading("Family"),
            grid(
                ["Name", "DOB", "Relationship", "Consent given (X)"],
                [
                    ["Jessica Parry", "12/12/2012", "Child", "X"],
                    ["Andrea Parry", "03/06/1982", "Mum", "X"],
                    ["Keith Parry", "19/09/1950", "Grandad (lives with us)", "X"],
                ],
            ),
            Para(
                "Consent recorded: Jessica asked for counselling herself; mum and grandad were informed and agree (signed copies held in school)."
            ),
            Heading("Why?"),
            Para(
                "Friendship breakdown and low mood since her parents separated; she has asked to see a counsellor."
            ),
            kv(
                ("Referrer", "Mr Paul Winters, Head of Year 8"),
                ("Email", "p.winters@summerhill.example.org"),
                ("Date", dmy(ON1)),
                per_row=3,
            ),
        ]
    )


ON2 = date(2026, 10, 14)


def _b2() -> bytes:
    return render_acroform(
        [
            Title("YCT Support – Online Counselling Referral"),
            Heading("Young person"),
            Table(
                [
                    [
                        L("Name"),
                        F("Bradley Hunt", "yct[child][name]"),
                        L("DOB"),
                        F("04/04/2011", "yct[child][dob]"),
                    ]
                ]
            ),
            Table(
                [
                    [
                        L("Address"),
                        F("Room 6, Hope House hostel (temporary)", "yct[address][line1]"),
                    ],
                    [L("Postcode"), F("TBC", "yct[address][postcode]")],
                ]
            ),
            Heading("Parent / carer"),
            Table(
                [
                    [
                        L("Name"),
                        F("Shelley Hunt", "yct[carer][name]"),
                        L("DOB"),
                        F("17/01/1990", "yct[carer][dob]"),
                    ]
                ]
            ),
            Heading("Consent"),
            Table(
                [
                    [L("Young person agrees"), F("Yes – Bradley Hunt", "yct[consent][child]")],
                    [
                        L("Parent informed and agrees"),
                        F("Yes – Shelley Hunt", "yct[consent][carer]"),
                    ],
                ]
            ),
            Heading("Referrer"),
            Table(
                [
                    [
                        L("Name"),
                        F("Marie Doyle", "yct[ref][name]"),
                        L("Email"),
                        F("marie.doyle@college.example.ac.uk", "yct[ref][email]"),
                    ],
                    [
                        L("Organisation"),
                        F("Dudley College, Broadway, Dudley DY1 4AS", "yct[ref][org]"),
                        L("Date"),
                        F(dmy(ON2), "yct[ref][date]"),
                    ],
                ]
            ),
        ],
        title="YCT referral",
    )


ON3 = date(2026, 11, 12)


def _b3() -> bytes:
    return render_pdf(
        [
            Title("Counselling Referral – Primary", "YCT Support"),
            kv(
                ("Date", dmy2(ON3)),
                ("Referrer", "Mrs Angela Cross, SENCO"),
                ("Email", "a.cross@lyeprimary.example.org"),
                ("School", "Lye Primary, Stourbridge DY9 8DZ"),
                per_row=2,
            ),
            Heading("Child"),
            kv(
                ("Name", "Daisy Morgan"),
                ("DOB", dmy2(date(2018, 1, 9))),
                ("Home address", "4 Cemetery Road, Lye, Stourbridge DY9 7AA"),
                per_row=1,
            ),
            Heading("Lives with"),
            grid(
                ["Name", "DOB", "Relationship"],
                [["Patricia Morgan", dmy2(date(1961, 4, 27)), "Grandmother (special guardian)"]],
            ),
            Heading("Parents informed"),
            Para(
                "All parents/carers of primary school aged children will be informed of any referral for counselling. Grandmother informed and agrees."
            ),
            Table(
                [
                    [
                        L("Print name"),
                        "PATRICIA MORGAN",
                        L("Signature"),
                        "P. Morgan",
                        L("Date"),
                        dmy2(ON3),
                    ]
                ]
            ),
        ],
        title="YCT primary referral",
    )


CASES: tuple[CouncilCase, ...] = (
    CouncilCase(
        "heldout18-yct-01",
        COUNCIL,
        URL,
        TITLE,
        "Word counselling referral with a six-column child row, merged address and school rows (school at DY6 9XE); a 'Consent given (X)' column marked X for the 13-year-old, mum and grandad who lives in the home; 'signed copies held in school'",
        "referral.docx",
        ON1,
        _b1,
        Expected(
            "early_help_assessment",
            (
                person("Jessica Parry", date(2012, 12, 12), True, ON1),
                person("Andrea Parry", date(1982, 6, 3), True, ON1),
                person("Keith Parry", date(1950, 9, 19), True, ON1),
            ),
            "DY8 2SE",
            "Paul Winters",
            "p.winters@summerhill.example.org",
            None,
        ),
    ),
    CouncilCase(
        "heldout18-yct-02",
        COUNCIL,
        URL,
        TITLE,
        "fillable PDF with web-form bracket field names (yct[child][name], yct[address][postcode]): family in a hostel, Postcode 'TBC'; the college's DY1 4AS the only postcode",
        "referral.pdf",
        ON2,
        _b2,
        Expected(
            "early_help_assessment",
            (
                person("Bradley Hunt", date(2011, 4, 4), True, ON2),
                person("Shelley Hunt", date(1990, 1, 17), True, ON2),
            ),
            None,
            "Marie Doyle",
            "marie.doyle@college.example.ac.uk",
            None,
            queue_reason="postcode_missing",
        ),
    ),
    CouncilCase(
        "heldout18-yct-03",
        COUNCIL,
        URL,
        TITLE,
        "flattened PDF primary referral with dd/mm/yy dates: the child lives with her grandmother (special guardian) who signs with a print name in capitals; school at DY9 8DZ above the home postcode",
        "referral.pdf",
        ON3,
        _b3,
        Expected(
            "early_help_assessment",
            (
                person("Daisy Morgan", date(2018, 1, 9), False, ON3),
                person("Patricia Morgan", date(1961, 4, 27), True, ON3),
            ),
            "DY9 7AA",
            "Angela Cross",
            "a.cross@lyeprimary.example.org",
            None,
        ),
    ),
)
