"""Spurgeons Dudley Young Carers Service: the professionals' referral form to the Dudley Young
Carer Services (important information, eligibility criteria, MACA questions on page 3)."""

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
from tests.councils_heldout12._mail import FRONT_DOOR, with_attachment

URL = "https://paperzz.com/doc/6895517/professionals-referral-form"
TITLE = "Spurgeons Dudley Young Carers Service – Referral form to the Dudley Young Carer Services (IMPORTANT INFORMATION - PLEASE READ; Eligibility Criteria: High Level Support / Targeted support; the young person needs to answer the MACA assessment questions on page 3)"
COUNCIL = "Spurgeons Dudley Young Carers Service"

_INTRO = [
    Title(
        "Referral form to the Dudley Young Carer Services",
        "Spurgeons Dudley Young Carers Service, The Workspace, All Saints Road, Wolverhampton WV2 1EL  Tel: 01902 877550",
    ),
    Heading("IMPORTANT INFORMATION - PLEASE READ"),
    Para(
        "Spurgeons Dudley Young Carers services have a responsibility to work with children, young people and families in a considered and thoughtful manner. Therefore before completing the referral, it would be appreciated if you: 1. Read the eligibility criteria for the project (If unsure please call to discuss) 2. Discuss with the parent/guardian and the young person about the reason for the referral 3. Involve the young person and family in the completion of the form"
    ),
    Para(
        "We also ask that when you complete the referral form: 1. The young person needs to answer the MACA assessment questions on page 3 2. Please complete the form with as much detail as possible"
    ),
]


def _eligibility(high: bool) -> list[object]:
    return [
        Heading("Eligibility Criteria"),
        Table(
            [
                [
                    CB(high, "High Level Support of complex needs"),
                    "Requiring a co-ordinated multi-agency response to needs, lead professional required linked to CAF, 1to1 support (8 weeks time limited intervention), high levels of unmet need.",
                ],
                [
                    CB(not high, "Targeted support and individual support"),
                    "Requires additional 1:1 support (8 weeks time limited intervention), needs are established and can be met with identified resources",
                ],
            ]
        ),
    ]


def _maca(answers: tuple[str, ...]) -> list[object]:
    qs = (
        "Clean your own bedroom",
        "Do food shopping",
        "Help the person you care for to get dressed or undressed",
        "Keep the person you care for company",
        "Look after your brothers or sisters on your own",
    )
    return [
        Heading("Page 3 – MACA questions (to be answered by the young person)"),
        grid(
            ["In the last month, how often did you…", "Never / Some of the time / A lot of the time"],
            [[q, a] for q, a in zip(qs, answers, strict=True)],
        ),
    ]


ON1 = date(2026, 3, 9)


def _b1() -> bytes:
    return render_docx(
        [
            *_INTRO,
            *_eligibility(False),
            Heading("Young Carer's Details"),
            kv(
                ("Surname", "GRIFFITHS"),
                ("Forename", "Tia-Louise"),
                ("Date of Birth", "09/03/2012"),
                ("Age", "14"),
                ("Address", "14 Priory Road, Dudley"),
                ("Postcode", "DY1 4RN"),
                ("School", "Year 9, Sedgley Park Academy"),
                ("Gender", "Female"),
                per_row=2,
            ),
            Heading("Person(s) cared for"),
            grid(
                ["Name", "Relationship to young carer", "Condition", "Lives with young carer?"],
                [["Joanne Griffiths", "Mother", "Multiple sclerosis – uses a wheelchair outdoors", "Yes"]],
            ),
            Heading("Other household members"),
            grid(
                ["Name", "Date of Birth", "Relationship"],
                [
                    ["Joanne Griffiths", "21/07/1984", "Mother"],
                    ["Mason Griffiths", "02/10/2017", "Brother"],
                ],
            ),
            Heading("Reason for referral"),
            Para(
                "Tia-Louise helps mum shower and dress most mornings, gets Mason ready for school and does the evening meal. She is often late for registration and has dropped out of netball."
            ),
            *_maca(("A lot of the time", "Some of the time", "A lot of the time", "A lot of the time", "Some of the time")),
            Heading("Referrer Details"),
            kv(
                ("Name", "Holly Prescott"),
                ("Job Title", "Pastoral Manager"),
                ("Agency", "Sedgley Park Academy, Bilston Road, Sedgley DY3 1RJ"),
                ("Email", "h.prescott@sedgleypark.example.sch.uk"),
                ("Telephone", "01632 960214"),
                ("Date", "09/03/2026"),
                per_row=2,
            ),
            Heading("Consent"),
            Para(
                "I agree to this referral being made to Spurgeons Dudley Young Carers Service and to the information on this form being shared with the service."
            ),
            grid(
                ["Name", "Signature", "Date"],
                [
                    ["Joanne Griffiths (parent)", "J Griffiths", "09/03/2026"],
                    ["Tia-Louise Griffiths (young person)", "Tia-Louise Griffiths", "09/03/2026"],
                ],
            ),
        ]
    )


ON2 = date(2026, 6, 22)


def _b2() -> bytes:
    return render_acroform(
        [
            *_INTRO,
            Heading("Eligibility Criteria"),
            Table(
                [
                    [Boxes((CB(True, "High Level Support of complex needs", "Check1"),))],
                    [Boxes((CB(False, "Targeted support and individual support", "Check2"),))],
                ]
            ),
            Heading("Young Carer's Details"),
            Table(
                [
                    [L("Name"), F("Ellis Nash", "Text1")],
                    [L("Date of Birth"), F("15/01/2015", "Text2")],
                    [L("School"), F("Wollescote Primary School, Oakfield Road, Stourbridge DY8 2SE", "Text3")],
                    [L("Home address"), F("3 Hawthorn Drive, Brierley Hill", "Text4")],
                    [L("Postcode"), F("DY5 2HT", "Text5")],
                ]
            ),
            Heading("Person(s) cared for"),
            Table(
                [
                    [
                        F(
                            "Dad – Craig Nash (DOB 03/05/1980), stroke in January, left side weak, not driving or working",
                            "Text6",
                        )
                    ]
                ]
            ),
            Heading("Other household members"),
            Table(
                [
                    [L("1"), F("Kerry Nash – Mum – 30/11/1982 – works full time", "Text7")],
                    [L("2"), F("Ruby Nash – Sister – 11/06/2008 – at college", "Text8")],
                ]
            ),
            Heading("Reason for referral"),
            Table(
                [
                    [
                        F(
                            "Ellis stays home to keep dad company, helps him with stairs and meals while mum is at work; he worries about leaving him and has missed 11 days since Easter.",
                            "Text9",
                        )
                    ]
                ]
            ),
            Heading("Referrer Details"),
            Table(
                [
                    [L("Name / Job Title"), F("Asha Mistry, Family Support Worker", "Text10")],
                    [L("Email"), F("asha.mistry@wollescote.example.sch.uk", "Text11")],
                    [L("Telephone"), F("01632 960377", "Text12")],
                    [L("Date"), F("22/06/2026", "Text13")],
                ]
            ),
            Heading("Consent"),
            Table(
                [
                    [L("Parent/guardian"), F("Kerry Nash and Craig Nash – both signed 22/06/2026", "Text14")],
                    [L("Young person / other household members 14+"), F("Ruby Nash (17) – signed 22/06/2026", "Text15")],
                ]
            ),
        ],
        "Dudley Young Carers referral",
    )


ON3 = date(2026, 10, 5)


def _form3() -> bytes:
    return render_docx(
        [
            *_INTRO,
            *_eligibility(True),
            Heading("Young Carer's Details"),
            kv(
                ("Surname", "HUSSAIN"),
                ("Forename", "Ayaan"),
                ("Date of Birth", "02/04/2011"),
                ("Age", "15"),
                ("Address", "7 Cedar Road, Wordsley, Stourbridge"),
                ("Postcode", "DY8 4HB"),
                per_row=2,
            ),
            Heading("Person(s) cared for"),
            grid(
                ["Name", "Relationship to young carer", "Condition"],
                [["Nadia Hussain", "Mother", "Severe depression, agoraphobia"]],
            ),
            Heading("Other household members"),
            grid(
                ["Name", "Date of Birth", "Relationship"],
                [
                    ["Nadia Hussain", "09/09/1985", "Mother"],
                    ["Zara Hussain", "14/02/2019", "Sister"],
                ],
            ),
            Heading("Reason for referral"),
            Para(
                "Ayaan does the shopping and takes Zara to school; mum rarely leaves the house. He told the practice nurse he is 'tired all the time'."
            ),
            Heading("Is the young person aware of this referral?"),
            Para("No – mum asked that we speak to Ayaan together with her at her next appointment."),
            Heading("Referrer Details"),
            kv(
                ("Name", "Dr Helen Ward"),
                ("Job Title", "GP"),
                ("Agency", "Wordsley Green Health Centre, Wordsley DY8 5PD"),
                ("Email", "helen.ward@wordsleygreen.example.nhs.uk"),
                ("Date", "05/10/2026"),
                per_row=2,
            ),
            Heading("Consent"),
            grid(
                ["Name", "Signature", "Date"],
                [["Nadia Hussain (parent)", "N. Hussain", "05/10/2026"], ["", "", ""]],
            ),
        ]
    )


def _b3() -> bytes:
    return with_attachment(
        "Dr Helen Ward <helen.ward@wordsleygreen.example.nhs.uk>",
        FRONT_DOOR,
        "Young carer referral - HUSSAIN (Spurgeons form)",
        ON3,
        "Dear colleagues,\n\nI could not find your own young carers form so have used the Spurgeons one we keep at the practice. Mum has signed; Ayaan has not been told yet.\n\nHelen Ward\nGP\n",
        _form3(),
        "Spurgeons young carer referral - Hussain.docx",
    )


CASES: tuple[CouncilCase, ...] = (
    CouncilCase(
        "heldout12-spurgeons-yc-01",
        COUNCIL,
        URL,
        TITLE,
        "Word referral under the published IMPORTANT INFORMATION and Eligibility Criteria (☒ Targeted support, not a level); young carer exactly 14 on the day signs with mum; MACA grid; the academy's DY3 1RJ (not in the table) after the family",
        "referral.docx",
        ON1,
        _b1,
        Expected(
            "early_help_assessment",
            (
                person("Tia-Louise Griffiths", date(2012, 3, 9), True, ON1),
                person("Joanne Griffiths", date(1984, 7, 21), True, ON1),
                person("Mason Griffiths", date(2017, 10, 2), False, ON1),
            ),
            "DY1 4RN",
            "Holly Prescott",
            "h.prescott@sedgleypark.example.sch.uk",
            None,
        ),
    ),
    CouncilCase(
        "heldout12-spurgeons-yc-02",
        COUNCIL,
        URL,
        TITLE,
        "fillable PDF with fields Text1..Text15 as in a converted form, hard: the school's Stourbridge DY8 2SE (another Dudley-table postcode) in the field before the home address; the cared-for father only in a free-text field; both parents and the 17-year-old sister sign",
        "referral.pdf",
        ON2,
        _b2,
        Expected(
            "early_help_assessment",
            (
                person("Ellis Nash", date(2015, 1, 15), False, ON2),
                person("Craig Nash", date(1980, 5, 3), True, ON2),
                person("Kerry Nash", date(1982, 11, 30), True, ON2),
                person("Ruby Nash", date(2008, 6, 11), True, ON2),
            ),
            "DY5 2HT",
            "Asha Mistry",
            "asha.mistry@wollescote.example.sch.uk",
            None,
        ),
    ),
    CouncilCase(
        "heldout12-spurgeons-yc-03",
        COUNCIL,
        URL,
        TITLE,
        "email with the Word referral attached: the 15-year-old young carer is not aware of the referral and his signature row is empty; only mum signs",
        "message.eml",
        ON3,
        _b3,
        Expected(
            "early_help_assessment",
            (
                person("Ayaan Hussain", date(2011, 4, 2), False, ON3),
                person("Nadia Hussain", date(1985, 9, 9), True, ON3),
                person("Zara Hussain", date(2019, 2, 14), False, ON3),
            ),
            "DY8 4HB",
            "Helen Ward",
            "helen.ward@wordsleygreen.example.nhs.uk",
            None,
            queue_reason="consent_missing",
        ),
    ),
)
