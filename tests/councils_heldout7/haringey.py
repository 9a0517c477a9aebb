"""Haringey: Early Help 'Conversations 4 Change' (C4C), team around the family, practitioners in
universal settings keeping the lead, step-down from Children's Social Care through Early Help."""

# ruff: noqa: E501  (wording follows the published page)

from datetime import date

from tests.councils.kit import (
    CB,
    Boxes,
    Heading,
    L,
    Para,
    Span,
    Table,
    Title,
    grid,
    kv,
    person,
    render_docx,
    render_pdf,
)
from tests.councils.model import CouncilCase, Expected
from tests.councils_heldout7._mail import FRONT_DOOR, forwarded

URL = "https://schoolsbulletin.haringey.gov.uk/?p=765"
TITLE = "Haringey Schools Bulletin – collaborative working between schools and the Early Help service (stepped down from Children's Social Care through Early Help; 'Conversations 4 Change' (C4C); team around the family; universal settings retain the lead)"
COUNCIL = "London Borough of Haringey"

ON1 = date(2026, 1, 27)


def _b1() -> bytes:
    return render_docx(
        [
            Title(
                "Step Down to Early Help",
                "Haringey Children's Social Care → Early Help (Conversations 4 Change)",
            ),
            Table(
                [
                    [
                        L("Type of request"),
                        Boxes(
                            (
                                CB(True, "Step down from CIN plan"),
                                CB(False, "Step down from CP plan"),
                                CB(False, "Closure with universal support"),
                            )
                        ),
                    ]
                ]
            ),
            Heading("Social worker"),
            kv(
                ("Name", "Abena Mensah"),
                ("Team", "Children in Need Team 2"),
                ("Email", "abena.mensah@haringey.example.gov.uk"),
                ("Date", "27/01/2026"),
                per_row=2,
            ),
            Heading("Family"),
            Table([[L("Family name"), Span("OSEI / WRIGHT", 3)]]),
            grid(
                ["Surname", "Forename", "Date of birth", "Relationship"],
                [
                    ["OSEI", "Kwame", "06/08/2009", "Son"],
                    ["WRIGHT", "Bethany", "19/11/2015", "Daughter"],
                    ["OSEI", "Comfort", "23/03/1985", "Mother"],
                    ["WRIGHT", "Lee", "01/12/1983", "Step-father"],
                ],
            ),
            kv(("Home address", "62 Halesowen Road, Netherton, Dudley DY2 0AB")),
            Heading("Change-focused goals agreed (C4C)"),
            Para(
                "1. Kwame attends college every day. 2. No further police call-outs to the home. 3. Comfort and Lee complete the parenting programme."
            ),
            Heading("Lead practitioner after step down"),
            kv(
                ("Name", "Marcus Levy, Family Support Worker, Early Help"),
                ("Email", "marcus.levy@haringey.example.gov.uk"),
            ),
            Heading("Family agreement"),
            Para(
                "We agree to the step down to Early Help and to our information being shared with the team around the family: Comfort Osei, Lee Wright and Kwame Osei – signed at the CIN review on 27/01/2026."
            ),
        ]
    )


ON2 = date(2026, 8, 12)


def _b2() -> bytes:
    return render_pdf(
        [
            Title(
                "Early Help – Request for a Conversation 4 Change", "Haringey Early Help Service"
            ),
            Heading("School or setting (keeping the lead)"),
            kv(
                ("Name", "Ms Ayse Yilmaz"),
                ("Role", "Learning Mentor"),
                ("School", "Tiverton Primary, N15 6SP"),
                ("Email", "a.yilmaz@tiverton.example.sch.uk"),
                per_row=2,
            ),
            Heading("Family"),
            grid(
                ["Name", "Date of birth", "Relationship"],
                [
                    ["Deniz Kaya", "17/05/2018", "Child"],
                    ["Elif Kaya", "04/04/1990", "Mother"],
                    ["Emre Kaya", "11/11/2020", "Brother"],
                ],
            ),
            kv(("Address", "15 Oak Road, Tipton"), ("Postcode", "DY4 0RE"), per_row=2),
            Heading("What would help?"),
            Para(
                "Mum is a single parent with housing debt; Deniz is late most days. A short piece of practical support alongside school."
            ),
            Heading("Consent"),
            kv(
                (
                    "Parent/carer consent to the conversation and sharing",
                    "Yes – Elif Kaya, signed 12/08/2026",
                )
            ),
        ],
        "Request for a Conversation 4 Change",
    )


ON3 = date(2026, 10, 14)


def _b3() -> bytes:
    from tests.councils.kit import DOCX_MIME, Mail

    doc = render_docx(
        [
            Title(
                "Early Help – Request for a Conversation 4 Change", "Haringey Early Help Service"
            ),
            Heading("School or setting (keeping the lead)"),
            kv(
                ("Name", "Mr Tunde Bakare"),
                ("Role", "Assistant SENCO"),
                ("School", "Northumberland Park School, N17 0PG"),
                ("Email", "t.bakare@nps.example.sch.uk"),
                per_row=2,
            ),
            Heading("Family"),
            grid(
                ["Name", "Date of birth", "Relationship"],
                [
                    ["Jayden Campbell-Brown", "21/08/2012", "Child"],
                    ["Marcia Campbell", "15/05/1983", "Mother"],
                ],
            ),
            kv(("Address", "4 Grange Road, Kingswinford"), ("Postcode", "DY6 0LQ"), per_row=2),
            Heading("What would help?"),
            Para(
                "Jayden (14) has ADHD and was excluded for two days; Mum needs help managing his evenings."
            ),
            Heading("Consent"),
            kv(
                (
                    "Parent/carer consent to the conversation and sharing",
                    "Yes – Marcia Campbell and Jayden Campbell-Brown, 14/10/2026",
                )
            ),
        ]
    )
    inner = Mail(
        "Tunde Bakare <t.bakare@nps.example.sch.uk>",
        "earlyhelp@haringey.example.gov.uk",
        "C4C request Campbell-Brown",
        ON3,
        hour=9,
    ).message()
    inner.set_content("Please see the attached request. Family have moved to Dudley this week.")
    inner.add_attachment(
        doc, maintype=DOCX_MIME[0], subtype=DOCX_MIME[1], filename="C4C request.docx"
    )
    return forwarded(
        inner,
        "Haringey Early Help <earlyhelp@haringey.example.gov.uk>",
        FRONT_DOOR,
        "FW: C4C request Campbell-Brown",
        ON3,
        "Forwarding to Dudley as the family now live in your area.",
    )


CASES: tuple[CouncilCase, ...] = (
    CouncilCase(
        "heldout7-haringey-stepdown-01",
        COUNCIL,
        URL,
        TITLE,
        "Word step-down from a CIN plan (☒/☐ request type): family name 'OSEI / WRIGHT' merged across the grid, SURNAME | Forename table, C4C goals, lead practitioner after step down apart from the social worker, agreement a sentence naming three",
        "referral.docx",
        ON1,
        _b1,
        Expected(
            "step_down",
            (
                person("Kwame Osei", date(2009, 8, 6), True, ON1),
                person("Bethany Wright", date(2015, 11, 19), False, ON1),
                person("Comfort Osei", date(1985, 3, 23), True, ON1),
                person("Lee Wright", date(1983, 12, 1), True, ON1),
            ),
            "DY2 0AB",
            "Marcus Levy",
            "marcus.levy@haringey.example.gov.uk",
            None,
        ),
    ),
    CouncilCase(
        "heldout7-haringey-c4c-01",
        COUNCIL,
        URL,
        TITLE,
        "flattened PDF C4C request from a school keeping the lead: school's N15 postcode first, Address and Postcode side by side, single mum signs",
        "referral.pdf",
        ON2,
        _b2,
        Expected(
            "early_help_assessment",
            (
                person("Deniz Kaya", date(2018, 5, 17), False, ON2),
                person("Elif Kaya", date(1990, 4, 4), True, ON2),
                person("Emre Kaya", date(2020, 11, 11), False, ON2),
            ),
            "DY4 0RE",
            "Ayse Yilmaz",
            "a.yilmaz@tiverton.example.sch.uk",
            None,
        ),
    ),
    CouncilCase(
        "heldout7-haringey-c4c-02",
        COUNCIL,
        URL,
        TITLE,
        "email forwarding a message/rfc822 whose Word attachment is the C4C request: hyphenated surname for the child, consent names mum and the 14-year-old, school's N17 first",
        "message.eml",
        ON3,
        _b3,
        Expected(
            "early_help_assessment",
            (
                person("Jayden Campbell-Brown", date(2012, 8, 21), True, ON3),
                person("Marcia Campbell", date(1983, 5, 15), True, ON3),
            ),
            "DY6 0LQ",
            "Tunde Bakare",
            "t.bakare@nps.example.sch.uk",
            None,
        ),
    ),
)
