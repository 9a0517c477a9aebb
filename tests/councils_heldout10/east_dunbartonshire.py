"""Carers Link East Dunbartonshire: the Referral Form for Young Carers 8-25 (guidelines for
completion; consent of the parent/guardian of a young carer under 16; Red, Amber or Green)."""

# ruff: noqa: E501  (wording follows the published form)

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
    render_docx,
    render_html,
)
from tests.councils.model import CouncilCase, Expected
from tests.councils_heldout10._mail import FRONT_DOOR, html_only

URL = "https://www.surveymonkey.com/r/?sm=fiGfQfeq6kK0BnSYGX4ksI2MSpO%2Bt37Pye8mRjdOIdM%3D"
TITLE = "Referral Form for Young Carers 8-25 – Carers Link East Dunbartonshire (Guidelines for completion: the parent/guardian of the young carer (if under 16) should have knowledge of and consented to the referral; if consent is not possible or advisable, please explain why; the level of support offered will be categorised as Red, Amber or Green)"
COUNCIL = "Carers Link East Dunbartonshire (young carers service)"

_GUIDE = "The parent/guardian of the young carer (if under 16) should have knowledge of and consented to the referral before details are passed on to us. If consent is not possible or advisable, please explain why."


def _rag(colour: str) -> Table:
    return Table(
        [
            [
                L("Level of support (for office use)"),
                Boxes(tuple(CB(c == colour, c) for c in ("Red", "Amber", "Green"))),
            ]
        ]
    )


ON1 = date(2026, 3, 17)


def _blocks1() -> list[object]:
    return [
        Title("Referral Form for Young Carers 8-25", "Carers Link"),
        Para("Guidelines for completion"),
        Para(_GUIDE),
        Heading("About the young carer"),
        kv(
            ("First name", "Megan"),
            ("Surname", "Docherty"),
            ("Date of birth", "22.11.2009"),
            ("Age", "16"),
            ("Address", "3 Cot Lane, Kingswinford"),
            ("Postcode", "DY6 7AA"),
            ("School / college", "King Edward VI College, Stourbridge"),
            per_row=2,
        ),
        Heading("The person(s) cared for and others at home"),
        grid(
            [
                "Name",
                "Relationship to young carer",
                "Date of birth",
                "Lives with young carer?",
                "Illness / disability",
            ],
            [
                ["Siobhan Docherty", "Mother", "5.4.1980", "Yes", "Bipolar disorder"],
                ["Liam Docherty", "Brother", "18.9.2016", "Yes", "—"],
            ],
        ),
        Heading("Consent"),
        kv(
            (
                "Has the young carer agreed to this referral?",
                "Yes – Megan (16) agreed and helped fill this in",
            ),
            (
                "Has the parent/guardian consented to the referral?",
                "Yes – Siobhan Docherty, 17.3.2026",
            ),
            ("If consent is not possible or advisable, please explain why", "n/a"),
        ),
        Heading("Caring role"),
        Para(
            "Megan manages mum's medication, does the cooking and takes Liam to school. Mum had an inpatient admission in February. Megan is missing college on Mondays and wants to meet other young carers."
        ),
        _rag("Amber"),
        Heading("Referrer"),
        kv(
            ("Name", "Kirsty Baird"),
            ("Role", "Young Carers Development Worker"),
            ("Organisation", "Carers Link (referred on: family moved to Kingswinford)"),
            ("Address", "Kirkintilloch, G66 1XQ"),
            ("Email", "kirsty.baird@carerslink.example.org.uk"),
            ("Date", "17.3.2026"),
            per_row=2,
        ),
    ]


def _b1() -> bytes:
    return html_only(
        "Kirsty Baird <kirsty.baird@carerslink.example.org.uk>",
        FRONT_DOOR,
        "Young carer referral - Megan Docherty (moved to Kingswinford)",
        ON1,
        "This message is in HTML format. Please view it in a mail client that shows HTML.",
        render_html(_blocks1()),
    )


ON2 = date(2026, 9, 15)


def _b2() -> bytes:
    return render_docx(
        [
            Title("Referral Form for Young Carers 8-25", "Carers Link"),
            Para("Guidelines for completion"),
            Para(_GUIDE),
            Heading("About the young carer"),
            kv(
                ("First name", "Jamie"),
                ("Surname", "Boyle"),
                ("Date of birth", "07/02/2009"),
                ("Age", "17"),
                (
                    "Address",
                    "Temporary accommodation in Dudley (hostel) – new address to follow, family asked us not to write it down",
                ),
                ("Postcode", "to follow"),
                ("School / college", "Dudley College of Technology, The Broadway, Dudley DY1 4AS"),
                per_row=2,
            ),
            Heading("The person(s) cared for and others at home"),
            grid(
                [
                    "Name",
                    "Relationship to young carer",
                    "Date of birth",
                    "Lives with young carer?",
                    "Illness / disability",
                ],
                [
                    ["Margaret Boyle", "Mother", "19/08/1975", "Yes", "COPD, on oxygen"],
                    ["Ryan Boyle", "Brother", "30/04/2015", "Yes", "ADHD"],
                ],
            ),
            Heading("Consent"),
            kv(
                ("Has the young carer agreed to this referral?", "Yes – Jamie Boyle"),
                ("Has the parent/guardian consented to the referral?", "Yes – Margaret Boyle"),
            ),
            Heading("Caring role"),
            Para(
                "Jamie does all the shopping and personal care for mum and looks after Ryan after school. The family were evicted in August and are waiting for a tenancy."
            ),
            _rag("Red"),
            Heading("Referrer"),
            kv(
                ("Name", "Paul Devlin"),
                ("Role", "Student Support Adviser"),
                ("Organisation", "Dudley College of Technology"),
                ("Email", "paul.devlin@dudleycollege.example.ac.uk"),
                ("Date", "15/09/2026"),
                per_row=2,
            ),
        ]
    )


CASES: tuple[CouncilCase, ...] = (
    CouncilCase(
        "heldout10-carers-link-01",
        COUNCIL,
        URL,
        TITLE,
        "email whose only real part is HTML (tables of the Carers Link form; text part a stub): d.m.yyyy dates without leading zeros; Red/Amber/Green support level with Amber ticked (not a level of need); referrer's Kirkintilloch G66 address last",
        "message.eml",
        ON1,
        _b1,
        Expected(
            "early_help_assessment",
            (
                person("Megan Docherty", date(2009, 11, 22), True, ON1),
                person("Siobhan Docherty", date(1980, 4, 5), True, ON1),
                person("Liam Docherty", date(2016, 9, 18), False, ON1),
            ),
            "DY6 7AA",
            "Kirsty Baird",
            "kirsty.baird@carerslink.example.org.uk",
            None,
        ),
    ),
    CouncilCase(
        "heldout10-carers-link-02",
        COUNCIL,
        URL,
        TITLE,
        "Word Carers Link form for a family in a hostel: Postcode 'to follow'; the only postcode on the form is the college's (DY1 4AS, not the family's); Red ticked; both the 17-year-old and mum consent",
        "referral.docx",
        ON2,
        _b2,
        Expected(
            "early_help_assessment",
            (
                person("Jamie Boyle", date(2009, 2, 7), True, ON2),
                person("Margaret Boyle", date(1975, 8, 19), True, ON2),
                person("Ryan Boyle", date(2015, 4, 30), False, ON2),
            ),
            None,
            "Paul Devlin",
            "paul.devlin@dudleycollege.example.ac.uk",
            None,
            queue_reason="postcode_missing",
        ),
    ),
)
