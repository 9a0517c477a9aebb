"""Carers Hub (The Carers Centre) Young Carers Referral: an online form or a Word form; the young
person answers 8 multiple choice questions first (with optional follow-ups), completed with the
young person so that it reflects their experiences."""

# ruff: noqa: E501  (wording follows the published page)

from datetime import date

from tests.councils.kit import (
    CB,
    Boxes,
    F,
    Heading,
    Para,
    Title,
    grid,
    kv,
    person,
    render_acroform,
    render_docx,
)
from tests.councils.model import CouncilCase, Expected
from tests.councils_heldout13._bits import yn
from tests.councils_heldout13._mail import FRONT_DOOR, plain

URL = "https://carershub.co.uk/services/services-for-young-carers/young-carers-referral/"
TITLE = "Carers Hub – Young Carers Referral (online form or Word form; Fair Processing Notice; the young person: please complete this with the young person, you must answer the 8 multiple choice questions)"
COUNCIL = "Carers Hub (The Carers Centre young carers service)"

_Q = (
    "1 Do you carry out personal care, manual handling or administer medication?",
    "2 Do you get worried/angry/stressed as a result of your caring role?",
    "3 Is your school life impacted by your caring role?",
    "4 Is your social life impacted by your caring role?",
    "5 Do you know what to do and who to contact in an emergency? (Answer 1-5, 5 being very confident)",
    "6 Do you feel well supported by the professionals in your life?",
    "7 Do you feel able to make independent choices in your life?",
    "8 Do you get any time for yourself away from caring?",
)


def _questions(answers: tuple[str, ...]) -> list[object]:
    return [
        Heading("The young person"),
        Para("Please ask the young person the following: (Please complete this with the young person, it is important it reflects their experiences.)"),
        kv(*zip(_Q, answers, strict=True)),
    ]


ON1 = date(2026, 9, 8)


def _b1() -> bytes:
    body = "\n".join(
        [
            "New form submission: Young Carers Referral",
            "Submitted: 08/09/2026 15:42",
            "",
            "THE YOUNG PERSON",
            *(f"{q}: {a}" for q, a in zip(_Q, ("Yes", "Yes", "Sometimes", "Yes", "2", "No", "Sometimes", "No"), strict=True)),
            "1b If relevant, please detail which personal care or medication-related tasks you carry out: Reminds mum to take her tablets and collects prescriptions.",
            "",
            "YOUNG PERSON'S DETAILS",
            "First name: Kacper",
            "Surname: Nowak",
            "Date of birth: 22/07/2013",
            "Address: 27 Priory Street, Dudley",
            "Postcode: DY1 2QP",
            "School: Dudley Castle Academy",
            "",
            "WHO DOES THE YOUNG PERSON CARE FOR?",
            "Name: Agnieszka Nowak | Relationship: Mum | Date of birth: 15/02/1984 | Condition: depression and anxiety",
            "",
            "OTHER PEOPLE IN THE HOUSEHOLD",
            "Name: Zofia Nowak | Relationship: Sister | Date of birth: 03/03/2021",
            "",
            "CONSENT",
            "Has the parent/carer consented to this referral? Yes - Agnieszka Nowak, by phone on 08/09/2026",
            "Has the young person consented to this referral? Yes",
            "",
            "REFERRER",
            "Name: Tom Ashby",
            "Role: Learning Mentor",
            "Organisation: Dudley Castle Academy, Castle Hill, Dudley DY1 2HQ",
            "Email: tom.ashby@academy.example.org",
            "Telephone: 01632 960744",
        ]
    )
    return plain(
        "Carers Hub web forms <noreply@carershub.example.org>",
        FRONT_DOOR,
        "Form submission: Young Carers Referral - Kacper Nowak",
        ON1,
        body + "\n",
    )


ON2 = date(2026, 11, 2)


def _b2() -> bytes:
    return render_docx(
        [
            Title("Young Carers Referral Form", "Please return with the Fair Processing Notice signed by the parent / carer."),
            *_questions(("No", "Yes", "Yes – late most days since the move", "Yes", "3", "Sometimes", "Yes", "Sometimes")),
            Heading("Young person's details"),
            kv(
                ("First name", "Leah"),
                ("Surname", "Doyle"),
                ("Date of birth", "10/10/2010"),
                ("Home address", "Temporary B&B placed by Housing on 30/10/2026 – address to follow"),
                ("Postcode", "to follow"),
                ("School / college", "Dudley College of Technology"),
                per_row=2,
            ),
            Heading("Who does the young person care for?"),
            grid(["Name", "Relationship", "Date of birth", "Condition"], [["Siobhan Doyle", "Mum", "30/03/1983", "COPD, oxygen at night"]]),
            Heading("Other people in the household"),
            grid(["Name", "Relationship", "Date of birth"], [["Callum Doyle", "Brother", "06/06/2015"]]),
            Heading("Referrer"),
            kv(
                ("Name", "Farah Iqbal"),
                ("Role", "Housing Options Officer"),
                ("Organisation", "Council Plus, Castle Street, Dudley DY1 1LA"),
                ("Email", "farah.iqbal@housing.example.gov.uk"),
                ("Date", "02/11/2026"),
                per_row=2,
            ),
            Heading("Consent (Fair Processing Notice)"),
            grid(
                ["Name", "Signature", "Date"],
                [["Siobhan Doyle", "S. Doyle", "02/11/2026"], ["Leah Doyle", "Leah Doyle", "02/11/2026"]],
            ),
        ]
    )


ON3 = date(2026, 11, 24)


def _b3() -> bytes:
    return render_acroform(
        [
            Title("Young Carers Referral Form"),
            *_questions(("Yes", "Sometimes", "No", "Yes", "4", "Yes", "Sometimes", "No")),
            Heading("Young person's details"),
            kv(
                ("First name", F("Harvey", "YP first name")),
                ("Surname", F("Green", "YP surname")),
                ("Date of birth", F("09/01/2012", "YP DOB")),
                ("Home address", F("31 Hagley Road, Halesowen", "YP address")),
                ("Postcode", F("B63 4HJ", "YP postcode")),
                ("GP surgery", F("Halesowen Medical Practice, B63 3HN", "YP GP")),
                per_row=2,
            ),
            Heading("Who does the young person care for?"),
            grid(["Name", "Relationship", "Date of birth", "Condition"], [[F("Lisa Green", "Cared for name"), "Mum", "12/05/1986", "Fibromyalgia, chronic pain"]]),
            Heading("Other people in the household"),
            grid(["Name", "Relationship", "Date of birth"], [[F("Oscar Green", "Household 1 name"), "Brother", "09/09/2016"]]),
            Heading("Parents not living with the young person"),
            kv(
                ("Name", F("Steve Green (dad)", "Other parent name")),
                ("Address", F("12 Wolverhampton Street, Dudley DY1 1AA – Harvey stays Saturdays", "Other parent address")),
            ),
            Heading("Consent"),
            kv(
                ("Has the parent/carer consented to this referral?", Boxes((CB(True, "Yes", "Parent consent Yes"), CB(False, "No", "Parent consent No")))),
                ("Name of parent/carer giving consent", F("Lisa Green", "Parent consent name")),
                ("Has the young person consented to this referral?", Boxes((CB(True, "Yes", "YP consent Yes"), CB(False, "No", "YP consent No")))),
                ("Date", F("24/11/2026", "Consent date")),
            ),
            Heading("Referrer"),
            kv(
                ("Name", F("Nadia Hussain", "Referrer name")),
                ("Role", F("Student Support Officer, Halesowen College", "Referrer role")),
                ("Email", F("nadia.hussain@halesowen-college.example.org", "Referrer email")),
                ("Wants feedback?", yn(True)),
            ),
        ],
        title="Young Carers Referral",
    )


CASES: tuple[CouncilCase, ...] = (
    CouncilCase(
        "heldout13-carers-hub-01",
        COUNCIL,
        URL,
        TITLE,
        "email body: the on-line form's submission notice in plain text, the 8 questions first, then 'First name / Surname', cared-for and household lines; mum's consent by phone named, young person 'Yes'",
        "message.eml",
        ON1,
        _b1,
        Expected(
            "early_help_assessment",
            (
                person("Kacper Nowak", date(2013, 7, 22), True, ON1),
                person("Agnieszka Nowak", date(1984, 2, 15), True, ON1),
                person("Zofia Nowak", date(2021, 3, 3), False, ON1),
            ),
            "DY1 2QP",
            "Tom Ashby",
            "tom.ashby@academy.example.org",
            None,
        ),
    ),
    CouncilCase(
        "heldout13-carers-hub-02",
        COUNCIL,
        URL,
        TITLE,
        "Word young carers referral (8 questions first): family in a temporary B&B, 'address to follow', Postcode 'to follow'; the housing office's DY1 1LA the only postcode; both 14+ sign the Fair Processing grid",
        "referral.docx",
        ON2,
        _b2,
        Expected(
            "early_help_assessment",
            (
                person("Leah Doyle", date(2010, 10, 10), True, ON2),
                person("Siobhan Doyle", date(1983, 3, 30), True, ON2),
                person("Callum Doyle", date(2015, 6, 6), False, ON2),
            ),
            None,
            "Farah Iqbal",
            "farah.iqbal@housing.example.gov.uk",
            None,
            queue_reason="postcode_missing",
        ),
    ),
    CouncilCase(
        "heldout13-carers-hub-03",
        COUNCIL,
        URL,
        TITLE,
        "fillable PDF with named fields, hard: GP postcode B63 3HN beside the home postcode; dad outside the household at a Dudley-table postcode (DY1 1AA); Yes/No consent checkboxes for parent and young person",
        "referral.pdf",
        ON3,
        _b3,
        Expected(
            "early_help_assessment",
            (
                person("Harvey Green", date(2012, 1, 9), True, ON3),
                person("Lisa Green", date(1986, 5, 12), True, ON3),
                person("Oscar Green", date(2016, 9, 9), False, ON3),
            ),
            "B63 4HJ",
            "Nadia Hussain",
            "nadia.hussain@halesowen-college.example.org",
            None,
        ),
    ),
)
