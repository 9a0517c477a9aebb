"""South Ayrshire: reporting a concern about a child (Named Person; Children and Families Social
Work Initial Response Team; the social worker's questions: What are you worried about and why?
What is the impact on the child(ren)? What has happened? How do you know? ...)."""

# ruff: noqa: E501  (wording follows the published page)

from datetime import date

from tests.councils.kit import (
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
)
from tests.councils.model import CouncilCase, Expected
from tests.councils_heldout8._mail import FRONT_DOOR, plain

URL = "https://hscp.south-ayrshire.gov.uk/article/52156/Reporting-a-concern"
TITLE = "South Ayrshire Health and Social Care Partnership – Reporting a concern (speak to the 'Named Person'; Children and Families Social Work Initial Response Team; What are you worried about and why? What is the impact on the child(ren)? What has happened? How do you know? How long have you been worried? What do you feel could be done to help?)"
COUNCIL = "South Ayrshire Council (South Ayrshire Health and Social Care Partnership)"

_QUESTIONS = (
    "What are you worried about and why?",
    "What is the impact on the child(ren)?",
    "What has happened?",
    "How do you know?",
    "How long have you been worried about this child/young person?",
    "Given what you know about this child(ren), what do you feel could be done to help?",
)

ON1 = date(2026, 4, 7)


def _b1() -> bytes:
    body = f"""Reporting a concern – child wellbeing (request for early help)

Date: {ON1:%d/%m/%Y}
From: Mrs Alison Kerr, Named Person (Head Teacher), Forehill Primary School, Ayr KA7 3DT
Tel 01632 960661, a.kerr@forehill.example.sch.uk

Child: Harris Kennedy, born 22/05/2019
Lives with: mum Shona Kennedy (born 08/01/1990) and her partner Jamie Reid (born 19/09/1988), at 14 Birmingham Street, Halesowen, B63 3BL (family moved from Ayr at Easter)

{_QUESTIONS[0]}
Harris arrives hungry and tired; mum says money is very tight since the move.

{_QUESTIONS[1]}
He is falling asleep in class and has stopped playing with others.

{_QUESTIONS[2]}
No single incident; a gradual change over the last term.

{_QUESTIONS[3]}
Staff observation and what mum has told me.

{_QUESTIONS[4]}
Since January 2026.

{_QUESTIONS[5]}
Help with benefits and food, and a family support worker.

Consent: Shona Kennedy and Jamie Reid both agreed to this being shared with Dudley early help when I spoke to them on 06/04/2026.

Alison Kerr"""
    return plain(
        "Alison Kerr <a.kerr@forehill.example.sch.uk>",
        FRONT_DOOR,
        "Concern – Harris Kennedy (moved to Halesowen)",
        ON1,
        body,
    )


def _form(
    on: date,
    you: list[tuple[str, str]],
    children: list[list[str]],
    adults: list[list[str]],
    address: str,
    answers: tuple[str, str, str, str, str, str],
    signatures: list[list[str]],
) -> list[object]:
    return [
        Title(
            "Reporting a Concern – Child or Young Person",
            "Children and Families Social Work – Initial Response Team",
        ),
        Para(
            "If you have general concerns about a child's wellbeing, speak to the Named Person. If the child is in immediate danger contact Police Scotland on 999."
        ),
        Heading("About you"),
        kv(*you, ("Date", longdate(on)), per_row=2),
        Heading("About the child(ren)"),
        grid(["Name (SURNAME, Forename)", "Age", "Date of birth", "School"], children),
        Heading("Parents / carers at the same address"),
        grid(["Name (SURNAME, Forename)", "Date of birth", "Relationship"], adults),
        kv(("Address", address)),
        Heading("Your concern"),
        Table([[L(q), a] for q, a in zip(_QUESTIONS, answers, strict=True)]),
        Heading("Agreement of parents / carers to this being shared"),
        grid(["Signed", "Print name", "Date"], signatures),
    ]


ON2 = date(2026, 8, 18)


def _b2() -> bytes:
    return render_docx(
        _form(
            ON2,
            [
                ("Name", "Graham Wilson"),
                ("Agency", "Ayrshire College, Dam Park, Ayr KA8 0EU"),
                ("Role", "Student Support Adviser"),
                ("Email", "g.wilson@ayrshire-college.example.ac.uk"),
            ],
            [
                ["CRAWFORD, Ellie", "15", "03/04/2011", "Leaving Belmont Academy"],
                ["CRAWFORD, Max", "9", "29/10/2016", "—"],
            ],
            [
                ["CRAWFORD, Lynsey", "25/06/1985", "Mother"],
                ["CRAWFORD, Scott", "14/02/1983", "Father"],
            ],
            "6 Vicarage Road, Netherton, Dudley DY2 0AB",
            (
                "Ellie is a young carer for her mum, who has MS, and is missing school.",
                "She is exhausted and isolated.",
                "Ellie told me at enrolment that she does most of the care.",
                "Ellie and her mum told me.",
                "Since August.",
                "Young carers' support and help at home for Mum.",
            ),
            [
                ["L Crawford", "Lynsey Crawford", longdate(ON2)],
                ["", "", ""],
            ],
        )
    )


ON3 = date(2026, 11, 24)


def _b3() -> bytes:
    return render_docx(
        _form(
            ON3,
            [
                ("Name", "Dr Moira Paton"),
                ("Agency", "Ayr Hospital, Dalmellington Road, Ayr KA6 6DX"),
                ("Role", "Consultant Paediatrician"),
                ("Email", "moira.paton@nhs.example.scot"),
            ],
            [["MUIR, Ava", "6", "12/02/2020", "—"]],
            [
                ["MUIR, Kerry-Ann", "31/05/1996", "Mother"],
                ["MUIR, Thomas", "09/09/1955", "Grandfather"],
            ],
            "22 Enville Street, Lye, Stourbridge DY9 0QQ",
            (
                "Ava's epilepsy is poorly controlled and clinic appointments are missed.",
                "She has had three seizures at home this month.",
                "Mother and grandfather moved to Lye with Ava in October.",
                "Clinic records and mother's report.",
                "Six months.",
                "A family support worker to help with appointments and medication.",
            ),
            [
                ["K-A Muir", "Kerry-Ann Muir", longdate(ON3)],
                ["T Muir", "Thomas Muir", longdate(ON3)],
            ],
        )
    )


CASES: tuple[CouncilCase, ...] = (
    CouncilCase(
        "heldout8-south-ayrshire-concern-01",
        COUNCIL,
        URL,
        TITLE,
        "plain-text email typed under the Reporting a concern questions by a Named Person (Ayr KA7 school first): household in one 'Lives with' sentence with the postcode after the street, consent a sentence naming mum and her partner",
        "message.eml",
        ON1,
        _b1,
        Expected(
            "early_help_assessment",
            (
                person("Harris Kennedy", date(2019, 5, 22), False, ON1),
                person("Shona Kennedy", date(1990, 1, 8), True, ON1),
                person("Jamie Reid", date(1988, 9, 19), True, ON1),
            ),
            "B63 3BL",
            "Alison Kerr",
            "a.kerr@forehill.example.sch.uk",
            None,
        ),
    ),
    CouncilCase(
        "heldout8-south-ayrshire-concern-02",
        COUNCIL,
        URL,
        TITLE,
        "Word Reporting a Concern form from a college (Ayr KA8): 'SURNAME, Forename' names, dates written '18 August 2026', the six questions as a label/answer table, Signed | Print name | Date lines: the mother signs, the second line is left blank (father and the 15-year-old unsigned)",
        "referral.docx",
        ON2,
        _b2,
        Expected(
            "early_help_assessment",
            (
                person("Ellie Crawford", date(2011, 4, 3), False, ON2),
                person("Max Crawford", date(2016, 10, 29), False, ON2),
                person("Lynsey Crawford", date(1985, 6, 25), True, ON2),
                person("Scott Crawford", date(1983, 2, 14), False, ON2),
            ),
            "DY2 0AB",
            "Graham Wilson",
            "g.wilson@ayrshire-college.example.ac.uk",
            None,
            queue_reason="consent_missing",
        ),
    ),
    CouncilCase(
        "heldout8-south-ayrshire-concern-03",
        COUNCIL,
        URL,
        TITLE,
        "Word Reporting a Concern form from a hospital paediatrician (Ayr KA6): 'SURNAME, Forename' with a hyphenated forename, a grandfather in the household, both adults sign, dates in words",
        "referral.docx",
        ON3,
        _b3,
        Expected(
            "early_help_assessment",
            (
                person("Ava Muir", date(2020, 2, 12), False, ON3),
                person("Kerry-Ann Muir", date(1996, 5, 31), True, ON3),
                person("Thomas Muir", date(1955, 9, 9), True, ON3),
            ),
            "DY9 0QQ",
            "Moira Paton",
            "moira.paton@nhs.example.scot",
            None,
        ),
    ),
)
