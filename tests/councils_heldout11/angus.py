"""Angus Council: Child Protection Guidelines and Procedures for Schools & Learning and Early
Years (updated December 2016) – the Angus Five Stage Intervention Process (Appendix 1), the CP1
(Appendix 3B), the Child Protection Designated Officer and informing parents/carers."""

# ruff: noqa: E501  (wording follows the published guidance)

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
from tests.councils_heldout11._mail import FRONT_DOOR, plain

URL = "https://docslib.org/doc/2629517/children-and-learning-directorate"
TITLE = "Angus Council Children and Learning Directorate – Child Protection Guidelines and Procedures, Schools & Learning and Early Years (updated December 2016): Roles and Responsibilities (Head Teacher/Manager, Child Protection Designated Officer (CPDO)); Informing Parents/Carers; Reporting Child Protection Concerns; Initial Referral Discussion (IRD); Appendix 1 Angus Five Stage Intervention Process; Appendix 3B CP1"
COUNCIL = "Angus Council"


def _stages(ticked: int) -> Boxes:
    names = ("Stage 1", "Stage 2", "Stage 3", "Stage 4", "Stage 5")
    return Boxes(tuple(CB(i + 1 == ticked, n) for i, n in enumerate(names)))


def _yn(yes: bool) -> Boxes:
    return Boxes((CB(yes, "Yes"), CB(not yes, "No")))


ON1 = date(2026, 4, 21)


def _b1() -> bytes:
    return render_pdf(
        [
            Title("Request for Multi-Agency Support", "Angus Five Stage Intervention Process"),
            Para(
                "Stages 1-2: support within the school / single agency. Stage 3 onwards: multi-agency planning with the Named Person. Attach the chronology of significant events."
            ),
            Table([[L("Stage reached"), _stages(3)]]),
            Heading("Named Person / person completing this form"),
            kv(
                ("Name", "Fiona Strachan"),
                ("Designation", "Depute Head Teacher (Named Person)"),
                ("School", "Ashwood Primary, Wordsley"),
                ("School address", "Ashwood Park, Wordsley, Stourbridge DY8 5PD"),
                ("Email", "f.strachan@ashwood.example.sch.uk"),
                ("Date", "21/04/2026"),
                per_row=2,
            ),
            Heading("Child / young person"),
            kv(
                ("Name", "Callum Duncan"),
                ("Date of birth", "09/08/2017"),
                ("Home address", "3 Brook Street, Lye, Stourbridge"),
                ("Postcode", "DY9 7AA"),
                ("Previous address", "Glamis Road, Forfar DD8 1BT (until August 2025)"),
                ("Class", "P4 / Year 4"),
                per_row=2,
            ),
            Heading("Family"),
            grid(
                ["Name", "Relationship", "Date of birth", "Address if different"],
                [
                    ["Morag Duncan", "Mother", "12/01/1989", ""],
                    ["Stuart Duncan", "Father", "30/06/1986", ""],
                    ["Isla Duncan", "Sister", "15/02/2015", ""],
                ],
            ),
            Heading("Concerns and support so far"),
            Para(
                "Callum has struggled since the move from Forfar: sleep, toileting accidents and outbursts in class. Stage 2 supports (nurture group, playground buddy) since November have helped a little. The family would like parenting support and help with Isla's worry about her dad's redundancy."
            ),
            Heading("Informing Parents/Carers"),
            Table(
                [
                    [L("Parents/carers informed of this request?"), _yn(True)],
                    [
                        L("Agreement"),
                        "Morag and Stuart Duncan agree to this request and to information being shared (meeting 20/04/2026).",
                    ],
                    [L("Signed (parent/carer)"), "M Duncan   S. Duncan"],
                ]
            ),
        ],
        "Angus request for support",
    )


ON2 = date(2026, 7, 2)


def _b2() -> bytes:
    return render_docx(
        [
            Title(
                "CP1 – Child Protection Concern",
                "To be completed by the Child Protection Designated Officer (CPDO) and sent within 24 hours of the telephone referral",
            ),
            kv(
                ("CPDO", "Gordon Milne"),
                ("Establishment", "Saltwells Nursery and Family Centre"),
                ("Address", "Saltwells Road, Netherton DY2 8PG"),
                ("Email", "g.milne@saltwells.example.org"),
                ("Telephone", "01632 960562"),
                ("Date / time of concern", "02/07/2026 09:40"),
                per_row=2,
            ),
            Heading("Child"),
            grid(
                ["Surname", "Forename(s)", "DOB", "Gender"],
                [
                    ["MCGREGOR", "Poppy", "11/10/2022", "F"],
                    ["MCGREGOR", "Alfie", "03/05/2025", "M"],
                ],
            ),
            kv(("Home address", "58 Cradley Road, Dudley"), ("Postcode", "DY1 2QP"), per_row=2),
            Heading("Parents / carers and others in the household"),
            grid(
                ["Name", "Relationship", "DOB", "Lives in household"],
                [
                    ["Shannon McGregor", "Mother", "06/06/2001", "Yes"],
                    ["Liam Tansley", "Mother's partner", "19/09/1996", "Yes"],
                ],
            ),
            Heading("Nature of concern"),
            Table(
                [
                    [
                        L("Is this a child protection concern (risk of significant harm)?"),
                        _yn(True),
                    ],
                    [
                        L("Category"),
                        Boxes(
                            (
                                CB(True, "Physical"),
                                CB(False, "Emotional"),
                                CB(False, "Sexual"),
                                CB(True, "Neglect"),
                            )
                        ),
                    ],
                ]
            ),
            Para(
                "Poppy arrived with a bruise to her cheek and finger-tip bruising on her upper arm. She said 'Liam squeezed me'. Alfie's nappy had not been changed overnight. Telephoned the duty social worker at 09:55; IRD requested."
            ),
            Heading("Informing Parents/Carers"),
            Table(
                [
                    [L("Have parents/carers been informed?"), _yn(False)],
                    [
                        L("If no, why not?"),
                        "Advised by the duty social worker not to inform the mother before the IRD as it may place the children at further risk.",
                    ],
                ]
            ),
            Para("Signed (CPDO): G. Milne      Date: 02/07/2026"),
        ]
    )


ON3 = date(2026, 11, 3)


def _b3() -> bytes:
    body = (
        "Dear Early Help team,\n\n"
        "I am Euan's Named Person (guidance teacher). I have used the headings from our old Angus request "
        "form as I moved down from Arbroath last year.\n\n"
        "STAGE: Stage 2 (single agency) moving to Stage 3 – requesting multi-agency support\n\n"
        "CHILD / YOUNG PERSON\n"
        "Name: Euan Lindsay\n"
        "DOB: 03/11/2012 (14 today)\n"
        "Address: 22 Wolverhampton Road, Kingswinford DY6 7AA\n"
        "School: Crestwood School, Year 9\n\n"
        "FAMILY\n"
        "Mother: Claire Lindsay, DOB 27/04/1985 - lives with Euan\n"
        "Brother: Jamie Lindsay, DOB 18/01/2018 - lives with Euan\n"
        "Father: Andrew Lindsay - lives in Arbroath (DD11 1QT), phone contact only\n\n"
        "CONCERNS\n"
        "Euan has been missing lessons and was found smoking cannabis on the field on 28/10/2026. "
        "Mum is working nights and says she cannot manage his behaviour.\n\n"
        "INFORMING PARENTS/CARERS / CONSENT\n"
        "Verbal consent given by Claire Lindsay (mum) on 03/11/2026, and by Euan himself, who turns 14 "
        "today and agreed at our meeting this morning.\n\n"
        "Date: 3 November 2026\n\n"
        "Mr Ross Kerr\nGuidance Teacher / Named Person\nCrestwood School\nross.kerr@crestwood.example.sch.uk\n01632 960287"
    )
    return plain(
        "Ross Kerr <ross.kerr@crestwood.example.sch.uk>",
        FRONT_DOOR,
        "Request for support - Euan Lindsay",
        ON3,
        body,
    )


CASES: tuple[CouncilCase, ...] = (
    CouncilCase(
        "heldout11-angus-fsi-01",
        COUNCIL,
        URL,
        TITLE,
        "flattened PDF request on the Angus Five Stage Intervention Process: 'Stage 3' ticked among Stages 1-5 (not a level); the Named Person's Wordsley DY8 5PD and a Forfar 'Previous address' around the home postcode; parents' agreement as a sentence plus signatures",
        "referral.pdf",
        ON1,
        _b1,
        Expected(
            "early_help_assessment",
            (
                person("Callum Duncan", date(2017, 8, 9), False, ON1),
                person("Morag Duncan", date(1989, 1, 12), True, ON1),
                person("Stuart Duncan", date(1986, 6, 30), True, ON1),
                person("Isla Duncan", date(2015, 2, 15), False, ON1),
            ),
            "DY9 7AA",
            "Fiona Strachan",
            "f.strachan@ashwood.example.sch.uk",
            None,
        ),
    ),
    CouncilCase(
        "heldout11-angus-cp1-01",
        COUNCIL,
        URL,
        TITLE,
        "Word CP1 completed by the CPDO: 'Is this a child protection concern (risk of significant harm)? Yes' ticked with abuse categories; SURNAME | Forename(s) grid; parents not informed on social work advice",
        "referral.docx",
        ON2,
        _b2,
        Expected(
            "early_help_assessment",
            (
                person("Poppy McGregor", date(2022, 10, 11), False, ON2),
                person("Alfie McGregor", date(2025, 5, 3), False, ON2),
                person("Shannon McGregor", date(2001, 6, 6), False, ON2),
                person("Liam Tansley", date(1996, 9, 19), False, ON2),
            ),
            "DY1 2QP",
            "Gordon Milne",
            "g.milne@saltwells.example.org",
            None,
            safeguarding=True,
            queue_reason="safeguarding_concern",
        ),
    ),
    CouncilCase(
        "heldout11-angus-fsi-02",
        COUNCIL,
        URL,
        TITLE,
        "plain-text email under the Angus request headings: a young person exactly 14 on the day gives verbal consent with his mother; the father in Arbroath listed but living elsewhere; 'Stage 2 … moving to Stage 3'",
        "message.eml",
        ON3,
        _b3,
        Expected(
            "early_help_assessment",
            (
                person("Euan Lindsay", date(2012, 11, 3), True, ON3),
                person("Claire Lindsay", date(1985, 4, 27), True, ON3),
                person("Jamie Lindsay", date(2018, 1, 18), False, ON3),
            ),
            "DY6 7AA",
            "Ross Kerr",
            "ross.kerr@crestwood.example.sch.uk",
            None,
        ),
    ),
)
