"""ABEL: the referral form whose 'Permission' sections ('Permission for this referral has been
given' and 'Consent to information being shared') must be completed by the young person and the
parent/carer before the referral can be processed; ABEL operates an open access policy."""

# ruff: noqa: E501  (wording follows the published form)

from datetime import date

from tests.councils.kit import (
    CB,
    Boxes,
    F,
    Heading,
    L,
    Para,
    Table,
    Title,
    grid,
    kv,
    person,
    render_acroform,
    render_docx,
)
from tests.councils.model import CouncilCase, Expected
from tests.councils_heldout11._mail import FRONT_DOOR, with_attachment

URL = "https://docest.com/doc/433881/minutes-of-the-meeting-which-identified-this-referral-as-the-appropriate-way-forward-are"
TITLE = "ABEL referral form (Minutes of the meeting which identified this referral as the appropriate way forward are attached; Details Of Organisation Making The Referral; ABEL operates an OPEN ACCESS POLICY; 1. General Information; 2. Permission – 'Permission for this referral has been given' and 'Consent to information being shared' both sections have to be completed by the young person and parent/carer before the referral can be processed)"
COUNCIL = "ABEL (young people's referral project)"

OPEN_ACCESS = "Please note that ABEL operates an OPEN ACCESS POLICY and the information you give on this form will be shared with the young person and their parents/carers."
BOTH = "'Permission for this referral has been given' and 'Consent to information being shared' – both sections have to be completed by the young person and parent/carer before the referral can be processed."


def _yn(yes: bool) -> Boxes:
    return Boxes((CB(yes, "Yes"), CB(not yes, "No")))


ON1 = date(2026, 5, 14)


def _b1() -> bytes:
    return render_docx(
        [
            Title(
                "ABEL – Referral Form",
                "Minutes of the meeting which identified this referral as the appropriate way forward are attached.",
            ),
            Heading("Details Of Organisation Making The Referral"),
            kv(
                ("Organisation", "Windmill Hill Academy – Inclusion"),
                ("Address", "Stourbridge Road, Halesowen B63 2UP"),
                ("Name of referrer", "Gemma Holloway"),
                ("Position", "Inclusion Manager"),
                ("Telephone", "01632 960411"),
                ("Email", "g.holloway@windmillhill.example.sch.uk"),
                per_row=2,
            ),
            Para(OPEN_ACCESS),
            Heading("1. General Information"),
            kv(
                ("Young person's name", "Mason Whitehouse"),
                ("Date of birth", "02/09/2010"),
                ("Home address", "41 Hollybush Lane, Brierley Hill"),
                ("Postcode", "DY5 1AA"),
                ("School / Year", "Windmill Hill Academy, Year 11"),
                ("Parent/carer", "Kelly Whitehouse (mother)"),
                per_row=2,
            ),
            grid(
                ["Other people living at the home address", "Relationship", "Date of birth"],
                [
                    ["Kelly Whitehouse", "Mother", "19/03/1987"],
                    ["Dean Parkes", "Mum's partner", "07/11/1983"],
                    ["Ruby Whitehouse", "Sister", "25/06/2016"],
                ],
            ),
            Heading("Reason for referral"),
            Para(
                "Mason's attendance has fallen to 71% since Christmas; two fixed-term exclusions for walking out of lessons. The review meeting on 12/05/2026 agreed a referral to ABEL for one-to-one mentoring and a family session. Mum and Dean both attended."
            ),
            Heading("2. Permission"),
            Para(BOTH),
            Table(
                [
                    [
                        L("Permission for this referral has been given"),
                        L("Signature"),
                        L("Print name"),
                        L("Date"),
                    ],
                    ["Young person", "M. Whitehouse", "Mason Whitehouse", "14/05/2026"],
                    ["Parent/carer", "K Whitehouse", "Kelly Whitehouse", "14/05/2026"],
                ]
            ),
            Table(
                [
                    [
                        L("Consent to information being shared"),
                        L("Signature"),
                        L("Print name"),
                        L("Date"),
                    ],
                    ["Young person", "M. Whitehouse", "Mason Whitehouse", "14/05/2026"],
                    ["Parent/carer", "K Whitehouse", "Kelly Whitehouse", "14/05/2026"],
                    ["Parent/carer", "D. Parkes", "Dean Parkes", "14/05/2026"],
                ]
            ),
        ]
    )


ON2 = date(2026, 2, 26)


def _b2() -> bytes:
    return render_acroform(
        [
            Title(
                "ABEL Referral Form",
                "Minutes of the meeting which identified this referral as the appropriate way forward are attached.",
            ),
            Heading("Details Of Organisation Making The Referral"),
            Table(
                [
                    [L("Organisation"), F("Dudley College – Student Services", "Text1")],
                    [L("Address"), F("The Broadway, Dudley DY1 4AS", "Text2")],
                    [L("Referrer"), F("Paul Adeyemi, Student Support Officer", "Text3")],
                    [
                        L("Email / telephone"),
                        F("p.adeyemi@dudleycoll.example.ac.uk / 01632 960733", "Text4"),
                    ],
                ]
            ),
            Para(OPEN_ACCESS),
            Heading("1. General Information"),
            Table(
                [
                    [L("Young person"), F("BOOTH, Tyler", "Text5")],
                    [L("D.O.B."), F("11/01/2010", "Text6")],
                    [L("Address"), F("9 Kingswinford Road, Dudley", "Text7")],
                    [L("Postcode"), F("DY2 9HF", "Text8")],
                    [L("Parent/carer"), F("BOOTH, Sharon (mum) 30/08/1979", "Text9")],
                    [
                        L("Others at home"),
                        F("BOOTH, Alan (grandad) 04/04/1951 – lives with the family", "Text10"),
                    ],
                ]
            ),
            Heading("Reason for referral"),
            Table(
                [
                    [
                        F(
                            "Tyler (16) left Year 11 with no GCSEs and started a Level 1 course in January; he has missed 9 of the last 15 sessions. He says he is up all night gaming and helps his grandad, who has COPD. Requesting ABEL mentoring.",
                            "Text11",
                        )
                    ]
                ]
            ),
            Heading("2. Permission"),
            Para(BOTH),
            Table(
                [
                    [
                        L("Permission for this referral has been given – young person"),
                        F("Tyler Booth – signed 26/02/2026", "Text12"),
                    ],
                    [
                        L("Permission for this referral has been given – parent/carer"),
                        F("Sharon Booth – signed 26/02/2026", "Text13"),
                    ],
                    [
                        L("Consent to information being shared – young person"),
                        F("Tyler Booth – signed 26/02/2026", "Text14"),
                    ],
                    [
                        L("Consent to information being shared – parent/carer"),
                        F("Sharon Booth – signed 26/02/2026", "Text15"),
                    ],
                    [L("Date"), F("26/02/2026", "Text16")],
                ]
            ),
        ],
        "ABEL referral",
    )


ON3 = date(2026, 9, 29)


def _b3_form() -> bytes:
    return render_docx(
        [
            Title("ABEL – Referral Form"),
            Para(
                "Minutes of the meeting which identified this referral as the appropriate way forward are attached."
            ),
            Heading("Details Of Organisation Making The Referral"),
            kv(
                ("Organisation", "Ridgewood High School, Wollaston"),
                ("Address", "Park Road West, Stourbridge DY8 3TR"),
                ("Name", "Ms Leanne Cartwright"),
                ("Role", "Learning Mentor"),
                ("Email", "l.cartwright@ridgewood.example.sch.uk"),
                ("Date of referral", "29/09/2026"),
                per_row=2,
            ),
            Para(OPEN_ACCESS),
            Heading("1. General Information"),
            grid(
                ["Surname", "First name", "D.O.B.", "Relationship", "Lives at home"],
                [
                    ["RAHMAN", "Aisha", "17/12/2012", "Young person", _yn(True)],
                    ["RAHMAN", "Nasreen", "08/02/1984", "Mother", _yn(True)],
                    ["RAHMAN", "Imran", "23/07/1981", "Father", _yn(True)],
                    ["RAHMAN", "Zayn", "14/03/2019", "Brother", _yn(True)],
                ],
            ),
            kv(
                ("Home address", "12 Enville Street, Stourbridge"),
                ("Postcode", "DY8 1AA"),
                per_row=2,
            ),
            Heading("Reason for referral"),
            Para(
                "Aisha (13) is very anxious about coming into school; she has had panic attacks in the corridor. Parents met us on 24/09/2026 and agreed to ABEL's small group work."
            ),
            Heading("2. Permission"),
            Para(BOTH),
            grid(
                [
                    "",
                    "Permission for this referral has been given",
                    "Consent to information being shared",
                    "Date",
                ],
                [
                    ["Young person", "Aisha Rahman", "Aisha Rahman", "29/09/2026"],
                    ["Parent/carer", "N. Rahman", "N. Rahman", "29/09/2026"],
                    ["Parent/carer", "I Rahman", "I Rahman", "29/09/2026"],
                ],
            ),
        ]
    )


def _b3() -> bytes:
    return with_attachment(
        "Leanne Cartwright <l.cartwright@ridgewood.example.sch.uk>",
        FRONT_DOOR,
        "Referral – A Rahman (ABEL form)",
        ON3,
        "Hello,\n\nPlease find attached a referral for Aisha Rahman on the ABEL form we used to use. "
        "Both parents and Aisha have signed the permission sections.\n\nKind regards\nLeanne Cartwright\nLearning Mentor, Ridgewood High School\n01632 960418",
        _b3_form(),
        "ABEL referral - Rahman.docx",
    )


CASES: tuple[CouncilCase, ...] = (
    CouncilCase(
        "heldout11-abel-01",
        COUNCIL,
        URL,
        TITLE,
        "Word ABEL referral: 'Details Of Organisation Making The Referral' (Halesowen B63 2UP, not in the table) first; household grid; two Permission tables, the mother's partner signing only the information-sharing one",
        "referral.docx",
        ON1,
        _b1,
        Expected(
            "early_help_assessment",
            (
                person("Mason Whitehouse", date(2010, 9, 2), True, ON1),
                person("Kelly Whitehouse", date(1987, 3, 19), True, ON1),
                person("Dean Parkes", date(1983, 11, 7), True, ON1),
                person("Ruby Whitehouse", date(2016, 6, 25), False, ON1),
            ),
            "DY5 1AA",
            "Gemma Holloway",
            "g.holloway@windmillhill.example.sch.uk",
            None,
        ),
    ),
    CouncilCase(
        "heldout11-abel-02",
        COUNCIL,
        URL,
        TITLE,
        "fillable PDF ABEL referral with fields Text1..Text16: 'SURNAME, Forename' with dates of birth in the same field; the grandfather living at home is in 'Others at home' and signs nothing",
        "referral.pdf",
        ON2,
        _b2,
        Expected(
            "early_help_assessment",
            (
                person("Tyler Booth", date(2010, 1, 11), True, ON2),
                person("Sharon Booth", date(1979, 8, 30), True, ON2),
                person("Alan Booth", date(1951, 4, 4), False, ON2),
            ),
            "DY2 9HF",
            "Paul Adeyemi",
            "p.adeyemi@dudleycoll.example.ac.uk",
            None,
            queue_reason="consent_missing",
        ),
    ),
    CouncilCase(
        "heldout11-abel-03",
        COUNCIL,
        URL,
        TITLE,
        "email with the Word ABEL form attached: Surname | First name grid with a 'Lives at home' Yes/No column; Permission grid with the two consents as columns",
        "message.eml",
        ON3,
        _b3,
        Expected(
            "early_help_assessment",
            (
                person("Aisha Rahman", date(2012, 12, 17), True, ON3),
                person("Nasreen Rahman", date(1984, 2, 8), True, ON3),
                person("Imran Rahman", date(1981, 7, 23), True, ON3),
                person("Zayn Rahman", date(2019, 3, 14), False, ON3),
            ),
            "DY8 1AA",
            "Leanne Cartwright",
            "l.cartwright@ridgewood.example.sch.uk",
            None,
        ),
    ),
)
