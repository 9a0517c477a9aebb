"""Enfield: the Enfield Early Help Form, Part One (previously the CAF; statement of use; child's
details; significant harm question; CONSENT for Information Sharing), and the SPOE referral form
for safeguarding concerns (1. Type of referral; 2. Child/young person details; 3. Family
composition) with Word content controls."""

# ruff: noqa: E501  (labels copied from the published forms)

from datetime import date

from tests.councils.kit import (
    CB,
    SDT,
    Boxes,
    Cell,
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
from tests.councils_heldout4._mail import FRONT_DOOR, with_attachment

URL_EH = "https://docsbay.net/enfield-early-helpassessment-form"
TITLE_EH = "Enfield Early Help Form – Part One (previously known as Common Assessment Framework (CAF)): Statement of Use; Child/Young Persons Details; Is this child experiencing significant harm that requires statutory intervention?; CONSENT for Information Sharing"
URL_SPOE = "https://docsbay.net/statement-of-use"
TITLE_SPOE = "Enfield SPOE referral form – Statement of Use (used by all agencies to assess and refer children and families where there are safeguarding concerns): 1. Type of referral; 2. Child/young person details; 3. Family composition"

STATEMENT = "This form will be used by all agencies to assess and refer a family for targeted services that cannot be met within one service alone. Please complete as much of this form as is possible."
CONSENT_TEXT = (
    "In most circumstances the child or young person (if they are of an appropriate age and understanding) or their parent or carer should be provided with a copy of this referral form.\n"
    "Parents/carers, children and young people must give their explicit consent for information to be shared with other agencies in order to support need and offer additional services."
)


def _yn(yes: bool) -> Boxes:
    return Boxes((CB(yes, "Yes"), CB(not yes, "No")))


def _part_one(
    v: dict[str, str],
    children: list[list[Cell]],
    harm: bool,
    family: list[list[Cell]],
    signed: list[list[Cell]],
) -> list[object]:
    return [
        Title(
            "Enfield Early Help Form – Part One",
            "Previously known as Common Assessment Framework (CAF)",
        ),
        Heading("Statement of Use"),
        Para(STATEMENT),
        Heading("Child/Young Persons Details"),
        grid(["Name", "Surname", "Gender", "DOB/EDD", "Ethnicity", "Language(s) Spoken"], children),
        Table(
            [
                [L("Primary Address"), Span(v["address"], 3)],
                [L("Contact Numbers:"), Span(v["phone"], 3)],
                [L("Disability Y/N"), v["disability"], L("School Attending"), v["school"]],
            ],
            [1.4, 1.6, 1.4, 2.6],
        ),
        kv(("Interpreter/Signer required:", _yn(False))),
        kv(
            (
                "Is this child experiencing significant harm that requires statutory intervention?",
                _yn(harm),
            )
        ),
        Heading("CONSENT for Information Sharing"),
        Para(CONSENT_TEXT),
        Heading("Consent for information storage and information sharing"),
        kv(
            (
                "Have you obtained explicit consent from the parent / legal guardian / young person to share their information with other agencies in order for services to be offered as appropriate?",
                _yn(True),
            )
        ),
        Para(v["understands"]),
        kv(
            (
                "Are there safeguarding grounds for sharing this information without consent?",
                _yn(False),
            )
        ),
        grid(["Name", "Relationship", "Signature", "Date"], signed),
        Heading(
            "Summary of your current concerns. What worries do you have for the child/young person?"
        ),
        Table([[v["concerns"]]]),
        Heading("Parents / carers and other household members"),
        grid(["Name", "DOB", "Relationship", "Lives with child?"], family),
        Heading("Practitioner completing this form"),
        kv(
            ("Name", v["by"]),
            ("Agency", v["agency"]),
            ("Address", v["agency_addr"]),
            ("Email", v["email"]),
            ("Date", v["date"]),
            per_row=2,
        ),
    ]


ON1 = date(2026, 1, 21)


def _build_01() -> bytes:
    v = {
        "address": "7 Parsons Street, Dudley DY1 1AA",
        "phone": "07700 900 262 (mum)",
        "disability": "N",
        "school": "St James's C of E Primary",
        "understands": "Parent/Carer and or Child/Young Person (delete where appropriate) understands the information recorded on this form will be stored and used for the purpose of providing services to the family.",
        "concerns": "Aiden (8) has lost weight and is often tired; mum works nights and nan, who lives with them, is unwell. Attendance 88%. Request: family support, a breakfast club place and a school nurse review.",
        "by": "Gemma Lowe",
        "agency": "St James's C of E Primary School (Learning Mentor)",
        "agency_addr": "Salop Street, Eve Hill, Dudley DY1 3AX",
        "email": "g.lowe@stjamesdudley.example.sch.uk",
        "date": "21/01/2026",
    }
    blocks = _part_one(
        v,
        [["Aiden", "Carter", "M", "11/05/2017", "White British", "English"]],
        False,
        [
            ["Jodie Carter", "02/08/1990", "Mother", "Yes"],
            ["Pauline Carter", "23/03/1961", "Maternal grandmother", "Yes"],
            ["Lewis Carter", "15/02/2024", "Brother", "Yes"],
        ],
        [
            ["Jodie Carter", "Mother", "J Carter", "21/01/2026"],
            ["Pauline Carter", "Grandmother", "P. Carter", "21/01/2026"],
        ],
    )
    return render_docx(blocks)


ON2 = date(2026, 7, 1)


def _build_02() -> bytes:
    v = {
        "address": "52 High Street, Wollaston, Stourbridge",
        "phone": "07700 900 844",
        "disability": "Y – Hollie: cerebral palsy",
        "school": "Hollie – Pens Meadow School; Finley – Wollaston Primary",
        "understands": "Parent/Carer understands the information recorded on this form will be stored and used for the purpose of providing services to the family.",
        "concerns": "Mum is the main carer for Hollie (complex needs) and Finley; dad has just been made redundant. Request: short breaks assessment, young carers support for Finley, benefits advice.",
        "by": "Aaron Blake",
        "agency": "Community Children's Nursing Team",
        "agency_addr": "Russells Hall Hospital, Dudley DY1 2HQ",
        "email": "aaron.blake@nhs.example.net",
        "date": "01/07/2026",
    }
    blocks = _part_one(
        v,
        [
            ["Hollie", "Sandhu-Price", "F", "29/01/2016", "Mixed – White/Asian", "English"],
            ["Finley", "Sandhu-Price", "M", "10/10/2012", "Mixed – White/Asian", "English"],
        ],
        False,
        [
            ["Kirandeep Sandhu", "07/04/1985", "Mother", "Yes"],
            ["Gareth Price", "19/12/1983", "Father", "Yes"],
        ],
        [
            ["Kirandeep Sandhu", "Mother", "K Sandhu", "01/07/2026"],
            ["Gareth Price", "Father", "G Price", "01/07/2026"],
        ],
    )
    blocks.insert(6, kv(("Postcode", "DY8 2SE")))
    return render_pdf(blocks, "Enfield Early Help Form")


ON3 = date(2026, 4, 8)


def _spoe_docx() -> bytes:
    blocks: list[object] = [
        Title("SPOE Referral Form", "Enfield Single Point of Entry"),
        Heading("Statement of Use"),
        Para(
            "This form will be used by all agencies to assess and refer children and families where there are safeguarding concerns. Please complete as much of the form as you can."
        ),
        Heading("1. TYPE OF REFERRAL"),
        Table(
            [
                [
                    L("Are you concerned about the safeguarding of a child or young person?"),
                    "Yes",
                    "☒",
                    "No",
                    "☐",
                ]
            ]
        ),
        Para(
            "If you answered ‘Yes’ to question 1, please complete as much of sections 2-7 as possible and submit to the SPOE using the guidelines in section 8."
        ),
        Heading("2. CHILD/YOUNG PERSON DETAILS"),
        Table(
            [
                [
                    L("Forename(s)"),
                    SDT("Jayden"),
                    L("DOB/EDD"),
                    SDT("14/03/2013", kind="date", iso="2013-03-14"),
                ],
                [L("Surname(s)"), SDT("Okoro"), L("Gender"), SDT("Male")],
                [
                    L("Languages spoken"),
                    SDT("English, Igbo"),
                    L("Interpreter required?"),
                    "Yes ☐  No ☒",
                ],
                [
                    L("Primary address"),
                    SDT("29 Brook Road, Brierley Hill DY5 3BB"),
                    L("Contact number(s)"),
                    SDT("07700 900 713"),
                ],
                [
                    L("GP Name/Address"),
                    SDT("Dr Patel, Brierley Hill Health Centre, Venture Way DY5 1RU"),
                    L("NHS Number"),
                    SDT(None),
                ],
                [L("Religion"), SDT(None), L("School Attending"), SDT("The Crestwood School")],
                [L("Disability?"), "Yes ☐  No ☒", L("If ‘yes’, please provide details"), SDT(None)],
            ]
        ),
        Heading("3. FAMILY COMPOSITION"),
        grid(
            [
                "Name",
                "Address",
                "DOB/EDD",
                "Ethnicity",
                "Disability",
                "Language(s) spoken",
                "Interpreter/Signer Required? Y/N",
                "Relationship to child",
            ],
            [
                [
                    SDT("Grace Okoro"),
                    SDT("As above"),
                    SDT("02/02/1984"),
                    SDT("Black African"),
                    SDT("No"),
                    SDT("English, Igbo"),
                    SDT("N"),
                    SDT("Mother"),
                ],
                [
                    SDT("Chinedu Okoro"),
                    SDT("As above"),
                    SDT("28/11/1980"),
                    SDT("Black African"),
                    SDT("No"),
                    SDT("English, Igbo"),
                    SDT("N"),
                    SDT("Father"),
                ],
                [
                    SDT("Adaeze Okoro"),
                    SDT("As above"),
                    SDT("05/06/2018"),
                    SDT("Black African"),
                    SDT("No"),
                    SDT("English"),
                    SDT("N"),
                    SDT("Sister"),
                ],
                [
                    SDT(None),
                    SDT(None),
                    SDT(None),
                    SDT(None),
                    SDT(None),
                    SDT(None),
                    SDT(None),
                    SDT(None),
                ],
            ],
        ),
        Heading("4. Reason for referral"),
        Table(
            [
                [
                    SDT(
                        "Jayden (13) told his form tutor that his dad beat him with a shoe last night for a bad report; red marks on his forearm. He is scared to go home. Safeguarding concern – I believe he is at risk of significant harm."
                    )
                ]
            ]
        ),
        Heading("5. Are parents / carers aware of this referral? Do they consent?"),
        Table(
            [
                [
                    SDT(
                        "No – not informed; advised by the duty social worker not to contact the parents before the strategy discussion."
                    )
                ]
            ]
        ),
        Heading("6. Referrer details"),
        kv(
            ("Name", SDT("Natalie Osborne")),
            ("Role", SDT("Designated Safeguarding Lead")),
            ("Organisation", SDT("The Crestwood School, Kingswinford DY6 8QG")),
            ("Email", SDT("n.osborne@crestwood.example.sch.uk")),
            ("Date", SDT("08/04/2026", kind="date", iso="2026-04-08")),
            per_row=2,
        ),
    ]
    return render_docx(blocks)


def _build_03() -> bytes:
    return with_attachment(
        "Natalie Osborne <n.osborne@crestwood.example.sch.uk>",
        FRONT_DOOR,
        "URGENT - safeguarding referral - OKORO - phoned through 11:40",
        ON3,
        "Following my call to the front door at 11:40, the referral is attached (on the SPOE form I used at my last school).\n\nNatalie Osborne\nDSL\n",
        _spoe_docx(),
        "SPOE referral Okoro.docx",
        hour=12,
    )


CASES: tuple[CouncilCase, ...] = (
    CouncilCase(
        case_id="heldout4-enfield-ehf-01",
        council="London Borough of Enfield",
        source_url=URL_EH,
        source_title=TITLE_EH,
        layout="Word Enfield Early Help Form Part One in the published order: child's Name | Surname | Gender | DOB/EDD | Ethnicity | Language(s) grid, the postcode at the end of 'Primary Address'; 'significant harm … statutory intervention?' ☐ Yes ☒ No; CONSENT for Information Sharing with the '(delete where appropriate)' sentence left whole; signatures of mum and the resident grandmother; the school's DY1 3AX last",
        filename="referral.docx",
        assessment_date=ON1,
        build=_build_01,
        expected=Expected(
            form_type="early_help_assessment",
            people=(
                person("Aiden Carter", date(2017, 5, 11), False, ON1),
                person("Jodie Carter", date(1990, 8, 2), True, ON1),
                person("Pauline Carter", date(1961, 3, 23), True, ON1),
                person("Lewis Carter", date(2024, 2, 15), False, ON1),
            ),
            postcode="DY1 1AA",
            lead_professional_name="Gemma Lowe",
            lead_professional_email="g.lowe@stjamesdudley.example.sch.uk",
            level_of_need=None,
        ),
    ),
    CouncilCase(
        case_id="heldout4-enfield-ehf-02",
        council="London Borough of Enfield",
        source_url=URL_EH,
        source_title=TITLE_EH,
        layout="flattened PDF of Part One with two children in the child grid (double-barrelled surname, parents with single surnames), the address without a postcode and a separate Postcode row after it; Disability 'Y – …'; hospital nursing team's DY1 2HQ last; 'Parent/Carer' statement with the young-person words deleted; both parents sign",
        filename="referral.pdf",
        assessment_date=ON2,
        build=_build_02,
        expected=Expected(
            form_type="early_help_assessment",
            people=(
                person("Hollie Sandhu-Price", date(2016, 1, 29), False, ON2),
                person("Finley Sandhu-Price", date(2012, 10, 10), False, ON2),
                person("Kirandeep Sandhu", date(1985, 4, 7), True, ON2),
                person("Gareth Price", date(1983, 12, 19), True, ON2),
            ),
            postcode="DY8 2SE",
            lead_professional_name="Aaron Blake",
            lead_professional_email="aaron.blake@nhs.example.net",
            level_of_need=None,
        ),
    ),
    CouncilCase(
        case_id="heldout4-enfield-spoe-01",
        council="London Borough of Enfield",
        source_url=URL_SPOE,
        source_title=TITLE_SPOE,
        layout="email with the Word SPOE referral attached: '1. TYPE OF REFERRAL' answered Yes with the ☒ in its own cell; child details in content controls (date picker, empty NHS/Religion placeholders), the postcode inside 'Primary address', GP's DY5 1RU beside it; 3. FAMILY COMPOSITION eight-column grid with an empty placeholder row; parents not informed",
        filename="message.eml",
        assessment_date=ON3,
        build=_build_03,
        expected=Expected(
            form_type="early_help_assessment",
            people=(
                person("Jayden Okoro", date(2013, 3, 14), False, ON3),
                person("Grace Okoro", date(1984, 2, 2), False, ON3),
                person("Chinedu Okoro", date(1980, 11, 28), False, ON3),
                person("Adaeze Okoro", date(2018, 6, 5), False, ON3),
            ),
            postcode="DY5 3BB",
            lead_professional_name="Natalie Osborne",
            lead_professional_email="n.osborne@crestwood.example.sch.uk",
            level_of_need=None,
            safeguarding=True,
            queue_reason="safeguarding_concern",
        ),
    ),
)
