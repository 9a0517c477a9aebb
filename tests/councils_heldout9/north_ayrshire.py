"""North Ayrshire: GIRFEC roles and responsibilities (Named Person, Lead Professional, the five
questions) and the request for assistance Form sent to the Named Person Service."""

# ruff: noqa: E501  (wording follows the published page)

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
    render_pdf,
)
from tests.councils.model import CouncilCase, Expected
from tests.councils_heldout9._mail import FRONT_DOOR, with_attachment

URL = "https://girfecna.co.uk/practitioners/roles-responsibilities/"
TITLE = "GIRFEC North Ayrshire – Roles and responsibilities (Named Person; Lead Professional; five questions: What is getting in the way of this child or young person's wellbeing? … What additional help – if any – may be needed from others?; requests for a particular service are sent to the 'Named Person Service' using the request for assistance Form)"
COUNCIL = "North Ayrshire Council"

_QUESTIONS = (
    "1. What is getting in the way of this child or young person's wellbeing?",
    "2. Do I have all the information I need to help this child or young person?",
    "3. What can I do now to help this child or young person?",
    "4. What can my agency do to help this child or young person?",
    "5. What additional help – if any – may be needed from others?",
)


def _rfa(
    on: str,
    requester: list[tuple[str, str]],
    lead: list[tuple[str, str]] | None,
    child: list[object],
    answers: tuple[str, str, str, str, str],
    consent: list[object],
) -> list[object]:
    blocks: list[object] = [
        Title(
            "Request for Assistance",
            "Named Person Service – Getting it right for every child in North Ayrshire",
        ),
        Para(
            "Send this form to the Named Person Service when a child or young person needs a particular service. If you think a child is at risk of harm, follow child protection procedures."
        ),
        Heading("Section 1 – Person requesting assistance"),
        kv(*requester, ("Date of request", on), per_row=2),
    ]
    if lead is not None:
        blocks += [
            Heading("Lead Professional (where two or more agencies are working together)"),
            kv(*lead, per_row=2),
        ]
    blocks += [
        Heading("Section 2 – Child / young person and family"),
        *child,
        Heading("Section 3 – The five questions"),
    ]
    for q, a in zip(_QUESTIONS, answers, strict=True):
        blocks += [Para(q, bold=True), Para(a)]
    blocks += [Heading("Section 4 – Consent"), *consent]
    return blocks


ON1 = date(2026, 3, 3)


def _b1() -> bytes:
    return render_docx(
        _rfa(
            "03/03/2026",
            [
                ("Name", "Iona Munro"),
                ("Role", "Head Teacher (Named Person)"),
                ("School", "Castlepark Primary annexe, Irvine KA12 9LN"),
                ("Telephone", "01632 960690"),
                ("Email", "iona.munro@castlepark-annexe.example.sch.uk"),
            ],
            [
                ("Name", "Derek Hollis"),
                ("Agency", "Early Help Family Support, Halesowen"),
                ("Email", "derek.hollis@earlyhelp-halesowen.example.gov.uk"),
                ("Telephone", "01632 960691"),
            ],
            [
                grid(
                    ["First name", "Surname", "Date of birth", "Relationship to child"],
                    [
                        ["Ava", "Stewart", "05/05/2016", "Child"],
                        ["Claire", "Stewart", "10/10/1987", "Mother"],
                        ["Neil", "Stewart", "01/04/1985", "Father"],
                    ],
                ),
                kv(("Address", "70 Hagley Road, Halesowen"), ("Postcode", "B62 8AA"), per_row=2),
            ],
            (
                "Ava (9) has been diagnosed with dyslexia and is very anxious about starting a new school after the move to Halesowen; Dad works away.",
                "Yes – school reports, educational psychology letter.",
                "Share our support plan with the new school.",
                "We will hand over Named Person information.",
                "A family support worker to help Mum with routines and the school transition; the Lead Professional below has agreed to coordinate.",
            ),
            [
                Table(
                    [
                        [
                            L("Parent/carer consent to this request"),
                            Boxes((CB(True, "Yes"), CB(False, "No"))),
                        ],
                        [L("Signed"), "Claire Stewart / Neil Stewart"],
                        [L("Date"), "03/03/2026"],
                    ]
                )
            ],
        )
    )


def _dob(d: date) -> list[str]:
    return [f"{d.day:02d}", f"{d.month:02d}", f"{d.year}"]


ON2 = date(2026, 6, 16)


def _b2() -> bytes:
    rows = [
        ["Kirsty", "Paterson", *_dob(date(1993, 8, 19)), "Mother"],
        ["Lewis", "Paterson", *_dob(date(2010, 12, 2)), "Son"],
        ["Ruby", "Paterson", *_dob(date(2019, 4, 26)), "Daughter"],
    ]
    return render_pdf(
        _rfa(
            "16/06/2026",
            [
                ("Name", "Craig Dunlop"),
                ("Role", "Guidance Teacher (Named Person)"),
                ("School", "Ardrossan Academy annexe, Ardrossan KA22 8ED"),
                ("Telephone", "07700 900694"),
                ("Email", "craig.dunlop@ardrossan-annexe.example.sch.uk"),
            ],
            None,
            [
                grid(["First name", "Surname", "DD", "MM", "YYYY", "Relationship to child"], rows),
                kv(("Address", "33 Ridgeway Avenue, Sedgley"), ("Postcode", "DY1 4RN"), per_row=2),
            ],
            (
                "Lewis (15) is a young carer for his mum, who has epilepsy; his attendance has dropped and he is isolated since moving to Sedgley.",
                "Mostly – we have not spoken to the new school yet.",
                "Pass on our young carer statement.",
                "Continue contact with Lewis until he starts at the new school.",
                "A young carers service and a family support worker.",
            ),
            [
                Para(
                    "Kirsty Paterson (mother) and Lewis Paterson (15) consent to this request: signed 16/06/2026."
                )
            ],
        ),
        "Request for Assistance",
    )


ON3 = date(2026, 11, 10)


def _b3() -> bytes:
    pdf = render_pdf(
        _rfa(
            "10/11/2026",
            [
                ("Name", "Morven Kerr"),
                ("Role", "Health Visitor (Named Person)"),
                ("Base", "Kilbirnie Health Centre, Kilbirnie KA25 6BU"),
                ("Telephone", "01632 960697"),
                ("Email", "morven.kerr@ayrshire-hv.example.nhs.uk"),
            ],
            None,
            [
                kv(
                    ("Child's name", "Olivia Grant"),
                    ("Date of birth", "14 February 2025"),
                    per_row=2,
                ),
                grid(
                    ["Parent / carer", "Date of birth", "Relationship"],
                    [
                        ["Nicole Grant", "3 March 2000", "Mother"],
                        ["Jordan Grant", "22 August 1999", "Father"],
                    ],
                ),
                kv(
                    ("Address", "10 Church Road, Lye, Stourbridge"),
                    ("Postcode", "DY9 0QQ"),
                    per_row=2,
                ),
            ],
            (
                "Olivia (21 months) was born early and has feeding difficulties; the family moved to Lye for Jordan's new job and are worried about money.",
                "Yes.",
                "Hand over to the Dudley health visiting team.",
                "Send Olivia's health record.",
                "Help to find a children's centre, a dietitian and benefits advice.",
            ),
            [
                Para(
                    "Both parents, Nicole and Jordan Grant, agreed to this request on 10 November 2026."
                )
            ],
        ),
        "Request for Assistance",
    )
    return with_attachment(
        "Morven Kerr <morven.kerr@ayrshire-hv.example.nhs.uk>",
        FRONT_DOOR,
        "Request for Assistance - Olivia Grant (family now in Lye)",
        ON3,
        "Good morning,\n\nPlease find attached our Request for Assistance for a family who have moved from North Ayrshire to Lye. Both parents have agreed.\n\nMorven Kerr, Health Visitor",
        pdf,
        "Request for Assistance Grant.pdf",
    )


CASES: tuple[CouncilCase, ...] = (
    CouncilCase(
        "heldout9-north-ayrshire-rfa-01",
        COUNCIL,
        URL,
        TITLE,
        "Word Request for Assistance to the Named Person Service: requester's Irvine KA12 school first, then a Lead Professional named apart; the five GIRFEC questions answered in turn; both parents sign on one line",
        "referral.docx",
        ON1,
        _b1,
        Expected(
            "early_help_assessment",
            (
                person("Ava Stewart", date(2016, 5, 5), False, ON1),
                person("Claire Stewart", date(1987, 10, 10), True, ON1),
                person("Neil Stewart", date(1985, 4, 1), True, ON1),
            ),
            "B62 8AA",
            "Derek Hollis",
            "derek.hollis@earlyhelp-halesowen.example.gov.uk",
            None,
        ),
    ),
    CouncilCase(
        "heldout9-north-ayrshire-rfa-02",
        COUNCIL,
        URL,
        TITLE,
        "flattened PDF Request for Assistance: family grid with dates of birth in three boxes (DD | MM | YYYY); Ardrossan KA22 school first; consent sentence naming mum and the 15-year-old",
        "referral.pdf",
        ON2,
        _b2,
        Expected(
            "early_help_assessment",
            (
                person("Kirsty Paterson", date(1993, 8, 19), True, ON2),
                person("Lewis Paterson", date(2010, 12, 2), True, ON2),
                person("Ruby Paterson", date(2019, 4, 26), False, ON2),
            ),
            "DY1 4RN",
            "Craig Dunlop",
            "craig.dunlop@ardrossan-annexe.example.sch.uk",
            None,
        ),
    ),
    CouncilCase(
        "heldout9-north-ayrshire-rfa-03",
        COUNCIL,
        URL,
        TITLE,
        "email with the Request for Assistance attached as a flattened PDF: health visitor's Kilbirnie KA25 base first; dates written '14 February 2025'; child in label/value pairs, parents in a grid",
        "message.eml",
        ON3,
        _b3,
        Expected(
            "early_help_assessment",
            (
                person("Olivia Grant", date(2025, 2, 14), False, ON3),
                person("Nicole Grant", date(2000, 3, 3), True, ON3),
                person("Jordan Grant", date(1999, 8, 22), True, ON3),
            ),
            "DY9 0QQ",
            "Morven Kerr",
            "morven.kerr@ayrshire-hv.example.nhs.uk",
            None,
        ),
    ),
)
