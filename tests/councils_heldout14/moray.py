"""Moray Council: the Child's Planning Process (GIRFEC in Moray) – Child's Plan documents in
sections: A 'Who's Who?', B 'Why do we need a plan?', C 'What does everyone think?', D Action
Plan, E Chronology; Named Person and Lead Professional."""

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
    grid,
    kv,
    person,
    render_acroform,
    render_docx,
)
from tests.councils.model import CouncilCase, Expected
from tests.councils_heldout14._mail import FRONT_DOOR, plain

URL = "http://moray.gov.uk/moray_standard/page_102559.html"
TITLE = "Moray Council – Child's Planning Process (Child's Plan documents: Section A – Who's Who?; Section B – Why do we need a plan?; Section C – What does everyone think?; Section D – Action Plan; Section E – Chronology)"
COUNCIL = "Moray Council (Child's Planning Process)"

_HEAD = [
    Title("CHILD'S PLAN", "Getting it Right for Every Child"),
]

ON1 = date(2026, 9, 14)


def _b1() -> bytes:
    return render_docx(
        [
            *_HEAD,
            Heading("SECTION A – WHO'S WHO?"),
            Table(
                [
                    [L("Date Child's Plan prepared"), "14/09/2026", L("Plan type"), "Child's Plan (targeted intervention requested)"],
                    [L("Child's full name"), "Isla Grace Innes", L("Date of birth"), "11/03/2016"],
                    [L("Home address"), Span("27 Vicarage Street, Dudley", 1), L("Postcode"), "DY8 2SE"],
                    [L("Unique reference (SEEMiS / CHI)"), Span("SCN 7731204", 3)],
                ]
            ),
            Heading("Parents / carers and others who live with the child"),
            grid(
                ["Name", "Relationship", "Date of birth", "Parental rights and responsibilities?"],
                [
                    ["Fiona Innes", "Mother", "02/08/1985", "Yes"],
                    ["Callum Innes", "Brother", "19/01/2010", "—"],
                ],
            ),
            Para("Parent not living with the child: Stuart Innes (father), Elgin IV30 1BX – indirect contact, holds PRRs."),
            Heading("Named Person"),
            kv(
                ("Name", "Mrs Ailsa Gordon"),
                ("Designation", "Head Teacher"),
                ("Contact details", "Wollaston Primary, Bridgnorth Road, Stourbridge DY8 3NX – 01632 960418 – ailsa.gordon@schools.example.org"),
            ),
            Heading("Lead Professional"),
            kv(
                ("Name", "Declan Munro"),
                ("Agency / designation", "Family Support Worker, Stourbridge Family Hub"),
                ("Contact details", "07700 900562 – declan.munro@familyhub.example.gov.uk"),
            ),
            Heading("SECTION B – WHY DO WE NEED A PLAN?"),
            Para("Family moved from Moray in July. Isla (10) has not settled, is anxious and is refusing to eat at school; Callum (16) has taken on the school runs and missed college. Mum wants help with routines and a referral to the Dudley Early Help front door to continue the plan."),
            Heading("SECTION C – WHAT DOES EVERYONE THINK?"),
            kv(
                ("Child's views", "'I want my old school back but I like my new bedroom.'"),
                ("Parent's views", "Fiona would like one worker to coordinate things and help with the move."),
            ),
            Heading("Agreement to share this plan"),
            grid(
                ["Name", "Signature", "Date"],
                [
                    ["Fiona Innes", "F. Innes", "14/09/2026"],
                    ["Callum Innes", "C Innes", "14/09/2026"],
                    ["Named Person", "A. Gordon", "14/09/2026"],
                ],
            ),
        ]
    )


ON2 = date(2026, 10, 5)


def _b2() -> bytes:
    return render_acroform(
        [
            *_HEAD,
            Heading("SECTION A – WHO'S WHO?"),
            kv(
                ("Date Child's Plan prepared", F("05/10/2026", "Text1")),
                ("Child's full name", F("Kayden Ross", "Text2")),
                ("Date of birth", F("27/06/2018", "Text3")),
                ("Home address", F("4 Hill Street, Quarry Bank, Brierley Hill DY5 2HT", "Text4")),
            ),
            Heading("Who lives with the child?"),
            grid(
                ["Name", "Relationship", "Date of birth"],
                [
                    [F("Leanne Ross", "Text5"), F("Mother", "Text6"), F("13/12/1994", "Text7")],
                    [F("Jamie Paterson", "Text8"), F("Mum's partner (lives in the home)", "Text9"), F("30/04/1990", "Text10")],
                ],
            ),
            Heading("Named Person"),
            kv(
                ("Name / designation", F("Shona Grant, Health Visitor", "Text11")),
                ("Contact details", F("Quarry Bank Clinic, High Street, Brierley Hill DY5 3UZ; shona.grant@nhs.example.net", "Text12")),
            ),
            Heading("SECTION B – WHY DO WE NEED A PLAN?"),
            kv(("Wellbeing needs", F("Kayden (8) has speech delay and is missing appointments; home conditions poor; mum low in mood.", "Text13"))),
            Heading("Agreement to the Child's Plan"),
            grid(
                ["Name", "Signature", "Date"],
                [
                    [F("Leanne Ross", "Text14"), F("L Ross", "Text15"), F("05/10/2026", "Text16")],
                    [F("Jamie Paterson", "Text17"), F("", "Text18"), F("", "Text19")],
                ],
            ),
        ],
        title="Moray Child's Plan Section A",
    )


ON3 = date(2026, 11, 23)

_BODY3 = """Dear Early Help front door,

Please accept this as a request for support. The family moved from Forres to Dudley last month and
I was Aisha's Named Person; I have set it out under our Child's Plan headings.

SECTION A - WHO'S WHO?
Child: Aisha Begum   DOB 09/09/2014
Lives with: Rukhsana Begum (mum, DOB 15/05/1982); Imran Begum (dad, DOB 01/01/1979);
Zara Begum (sister, DOB 22/02/2019)
Home address: 61 Wellington Road, Dudley DY3 1AB
Named Person (until transfer): Morag Stewart, Depute Head, Forres Academy, IV36 1FG

SECTION B - WHY DO WE NEED A PLAN?
Aisha (12) has been a young carer for dad (MS) and attendance fell to 78%. The family would like a
young carers assessment and help finding a GP.

SECTION C - WHAT DOES EVERYONE THINK?
Aisha: 'I don't mind helping dad but I'm tired.'
Parents: both want the support and agreed to this request on 23/11/2026 - Rukhsana Begum and
Imran Begum gave consent by phone to share this information.

Kind regards
Morag Stewart
Depute Head Teacher
morag.stewart@forres.example.org | 01632 960733
"""


def _b3() -> bytes:
    return plain(
        "Morag Stewart <morag.stewart@forres.example.org>",
        FRONT_DOOR,
        "Request for support - Aisha BEGUM (transfer from Moray)",
        ON3,
        _BODY3,
    )


CASES: tuple[CouncilCase, ...] = (
    CouncilCase(
        "heldout14-moray-01",
        COUNCIL,
        URL,
        TITLE,
        "Word Child's Plan Section A 'Who's Who?' with a merged address row, 'Parents / carers and others who live with the child' grid, father outside the home in Elgin; Named Person (school DY8 3NX) and a separate Lead Professional; agreement grid signed by mum and the 16-year-old",
        "referral.docx",
        ON1,
        _b1,
        Expected(
            "early_help_assessment",
            (
                person("Isla Grace Innes", date(2016, 3, 11), False, ON1),
                person("Fiona Innes", date(1985, 8, 2), True, ON1),
                person("Callum Innes", date(2010, 1, 19), True, ON1),
            ),
            "DY8 2SE",
            "Declan Munro",
            "declan.munro@familyhub.example.gov.uk",
            None,
        ),
    ),
    CouncilCase(
        "heldout14-moray-02",
        COUNCIL,
        URL,
        TITLE,
        "fillable PDF whose fields are Text1..Text19 as in converted forms: home address and postcode in one field; mum's partner living in the home has an empty signature field",
        "referral.pdf",
        ON2,
        _b2,
        Expected(
            "early_help_assessment",
            (
                person("Kayden Ross", date(2018, 6, 27), False, ON2),
                person("Leanne Ross", date(1994, 12, 13), True, ON2),
                person("Jamie Paterson", date(1990, 4, 30), False, ON2),
            ),
            "DY5 2HT",
            "Shona Grant",
            "shona.grant@nhs.example.net",
            None,
            queue_reason="consent_missing",
        ),
    ),
    CouncilCase(
        "heldout14-moray-03",
        COUNCIL,
        URL,
        TITLE,
        "plain-text email typed under the Child's Plan section headings by the former Named Person (Forres IV36 postcode in her line); 'Lives with' names on two lines; both parents' phone consent named in a sentence",
        "message.eml",
        ON3,
        _b3,
        Expected(
            "early_help_assessment",
            (
                person("Aisha Begum", date(2014, 9, 9), False, ON3),
                person("Rukhsana Begum", date(1982, 5, 15), True, ON3),
                person("Imran Begum", date(1979, 1, 1), True, ON3),
                person("Zara Begum", date(2019, 2, 22), False, ON3),
            ),
            "DY3 1AB",
            "Morag Stewart",
            "morag.stewart@forres.example.org",
            None,
        ),
    ),
)
