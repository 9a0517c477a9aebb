"""East Lothian Council: GIRFEC in East Lothian planning documents – the Wellbeing Concern form
used by all staff to record and raise wellbeing concerns, shared with the Named Education
Contact; the five key GIRFEC questions; Universal, Additional and Targeted levels of support."""

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
    kv,
    person,
    render_docx,
    render_pdf,
)
from tests.councils.model import CouncilCase, Expected
from tests.councils_heldout11._mail import FRONT_DOOR, with_attachment

URL = "https://sites.google.com/edubuzz.org/girfecineastlothian/planning-documents"
TITLE = "GIRFEC in East Lothian – Planning Documents (East Lothian's Child and Young Person's Planning Framework; Universal, Additional and Targeted levels of support; the Resilience Matrix; the five key GIRFEC questions; the Wellbeing Concern form should be used by all staff to record and raise wellbeing concerns and shared with the child or young person's Named Education Contact)"
COUNCIL = "East Lothian Council"

QUESTIONS = (
    "What is getting in the way of this child or young person's wellbeing?",
    "Do I have all the information I need to help this child or young person?",
    "What can I do now that is needed and appropriate to help this child or young person?",
    "What can my agency or organisation do now to help this child or young person?",
    "What additional help, if any, may be needed from others?",
)


def _level(v: str) -> Boxes:
    return Boxes(tuple(CB(v == x, x) for x in ("Universal", "Additional", "Targeted")))


def _yn(yes: bool) -> Boxes:
    return Boxes((CB(yes, "Yes"), CB(not yes, "No")))


def _five(answers: tuple[str, str, str, str, str]) -> Table:
    return Table([[L(q), a] for q, a in zip(QUESTIONS, answers, strict=True)])


ON1 = date(2026, 3, 5)


def _b1() -> bytes:
    return render_docx(
        [
            Title(
                "Wellbeing Concern Form",
                "Share with the child or young person's Named Education Contact",
            ),
            kv(
                ("Name of child / young person", "Oliver Grant"),
                ("Date of birth", "18/11/2015"),
                ("Home address", "9 Dibdale Road, Dudley"),
                ("Postcode", "DY1 4RN"),
                ("Parents / carers", "Hayley Grant (mum) and Scott Grant (dad), both at home"),
                ("Other children at home", "Poppy Grant, 13/07/2021"),
                per_row=2,
            ),
            Heading("Raised by"),
            kv(
                ("Name", "Sarah Quinn"),
                ("Role", "Class Teacher"),
                ("Named Education Contact", "Mr Ian Boyd, Depute Head"),
                ("Email", "s.quinn@priorypri.example.sch.uk"),
                ("Date", "05/03/2026"),
                per_row=2,
            ),
            Heading("Level of support"),
            Table([[L("Current level"), _level("Additional")]]),
            Heading("The five key questions"),
            _five(
                (
                    "Oliver (10) is grieving his grandad and has been hitting out at other children.",
                    "No – we do not know how things are at home since the funeral.",
                    "Daily check-in with his teacher; a quiet space at lunch.",
                    "Referral to the school counsellor (waiting list 10 weeks).",
                    "Family support for mum and dad, and bereavement support for Oliver.",
                )
            ),
            Heading("Parent / carer views and consent"),
            Table(
                [
                    [L("Consent to share this concern with other agencies"), _yn(True)],
                    [
                        L("Who gave consent"),
                        "Hayley Grant and Scott Grant, parents' evening 04/03/2026",
                    ],
                ]
            ),
        ]
    )


ON2 = date(2026, 10, 27)


def _b2_form() -> bytes:
    return render_pdf(
        [
            Title("Wellbeing Concern Form", "Share with the Named Education Contact"),
            kv(
                ("Name", "Ruby Laing"),
                ("DOB", "03/04/2012"),
                ("Home address", "14 Enville Road, Wall Heath, Kingswinford"),
                ("Postcode", "DY6 7AA"),
                ("New school", "Summerhill School, Kingswinford DY6 9AE"),
                ("Previous school", "Musselburgh Grammar, Musselburgh EH21 6NP"),
                per_row=2,
            ),
            Heading("Household"),
            Table(
                [
                    [L("Name"), L("Relationship"), L("DOB")],
                    ["Ruby Laing", "Young person", "03/04/2012"],
                    ["Fiona Laing", "Mum", "30/01/1980"],
                    ["Alistair Laing", "Dad", "11/05/1977"],
                ]
            ),
            Heading("Level of support"),
            Table([[L("Level"), _level("Targeted")]]),
            Heading("The five key questions"),
            _five(
                (
                    "Ruby (14) has been self-harming since the move; she says she has no friends here.",
                    "We have the CAMHS letter from Lothian; not the new referral.",
                    "Pastoral check-ins; safety plan shared with parents.",
                    "School counsellor weekly.",
                    "Early help family support and a young people's group.",
                )
            ),
            Heading("Consent"),
            Table(
                [
                    [L("Name"), L("Signed"), L("Date")],
                    ["Fiona Laing", "F Laing", "27/10/2026"],
                    ["Alistair Laing", "A Laing", "27/10/2026"],
                    ["Ruby Laing", "R. Laing", "27/10/2026"],
                ]
            ),
            Para(
                "Raised by: Karen Doig, Named Education Contact (Pastoral Support), karen.doig@summerhill.example.sch.uk – 27/10/2026"
            ),
        ],
        "Wellbeing Concern",
    )


def _b2() -> bytes:
    return with_attachment(
        "Karen Doig <karen.doig@summerhill.example.sch.uk>",
        FRONT_DOOR,
        "Wellbeing concern - Ruby Laing",
        ON2,
        "Good afternoon,\n\nRuby joined us from East Lothian in September. I have completed the wellbeing concern form we were sent with her file (attached PDF) rather than retyping it. Family have signed.\n\nKaren Doig\nPastoral Support, Summerhill School",
        _b2_form(),
        "Wellbeing Concern - R Laing.pdf",
    )


ON3 = date(2026, 6, 23)


def _b3() -> bytes:
    return render_docx(
        [
            Title("Wellbeing Concern Form"),
            kv(
                ("Name of child / young person", "Tyler-Jay Murray"),
                ("Date of birth", "09/12/2017"),
                ("School", "Tenterfield Primary, Halesowen"),
                ("School address", "Tenterfield Road, Halesowen B63 2UP"),
                (
                    "Address / living arrangements",
                    "Moves between mum's and gran's – address not given",
                ),
                ("Parent / carer", "Kayleigh Murray (mum)"),
                per_row=2,
            ),
            Heading("Raised by"),
            kv(
                ("Name", "Dawn Fletcher"),
                ("Role", "Learning Mentor"),
                ("Email", "d.fletcher@tenterfield.example.sch.uk"),
                ("Date", "23/06/2026"),
                per_row=2,
            ),
            Heading("Level of support"),
            Table([[L("Level"), _level("Additional")]]),
            Heading("The five key questions"),
            _five(
                (
                    "Tyler-Jay (8) is hungry most mornings and wears the same uniform all week.",
                    "No – we need to know where he is living.",
                    "Breakfast club; spare uniform.",
                    "Free school meals application done.",
                    "Family support to help mum with housing and routines.",
                )
            ),
            Heading("Consent"),
            Table([[L("Parent/carer consents to sharing"), _yn(True)], [L("Signed"), "K. Murray"]]),
        ]
    )


CASES: tuple[CouncilCase, ...] = (
    CouncilCase(
        "heldout11-east-lothian-wcf-01",
        COUNCIL,
        URL,
        TITLE,
        "Word Wellbeing Concern form: both parents named in one 'Parents / carers' cell and the sibling in 'Other children at home'; the five key GIRFEC questions as a two-column table; Universal / Additional / Targeted (not a level); 'Who gave consent' naming both parents",
        "referral.docx",
        ON1,
        _b1,
        Expected(
            "early_help_assessment",
            (
                person("Oliver Grant", date(2015, 11, 18), False, ON1),
                person("Hayley Grant", None, True, ON1),
                person("Scott Grant", None, True, ON1),
                person("Poppy Grant", date(2021, 7, 13), False, ON1),
            ),
            "DY1 4RN",
            "Sarah Quinn",
            "s.quinn@priorypri.example.sch.uk",
            None,
        ),
    ),
    CouncilCase(
        "heldout11-east-lothian-wcf-02",
        COUNCIL,
        URL,
        TITLE,
        "email with the Wellbeing Concern form attached as a flattened PDF: the new school's Kingswinford DY6 9AE and the old Musselburgh EH21 6NP after the home postcode; 'Targeted' ticked; the referrer only in a closing 'Raised by' line",
        "message.eml",
        ON2,
        _b2,
        Expected(
            "early_help_assessment",
            (
                person("Ruby Laing", date(2012, 4, 3), True, ON2),
                person("Fiona Laing", date(1980, 1, 30), True, ON2),
                person("Alistair Laing", date(1977, 5, 11), True, ON2),
            ),
            "DY6 7AA",
            "Karen Doig",
            "karen.doig@summerhill.example.sch.uk",
            None,
        ),
    ),
    CouncilCase(
        "heldout11-east-lothian-wcf-03",
        COUNCIL,
        URL,
        TITLE,
        "Word Wellbeing Concern form with no home address ('Moves between mum's and gran's – address not given'); the only postcode is the school's Halesowen B63 2UP",
        "referral.docx",
        ON3,
        _b3,
        Expected(
            "early_help_assessment",
            (
                person("Tyler-Jay Murray", date(2017, 12, 9), False, ON3),
                person("Kayleigh Murray", None, True, ON3),
            ),
            None,
            "Dawn Fletcher",
            "d.fletcher@tenterfield.example.sch.uk",
            None,
            queue_reason="postcode_missing",
        ),
    ),
)
