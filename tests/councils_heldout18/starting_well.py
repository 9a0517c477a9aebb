"""Starting Well Partnership – School Health Nursing Service (Public Health Nursing Team 5-19
years): electronic referrals from schools, parents, GPs and other professionals, processed by the
Access and Response Team with a response within 14 days; referral exclusion criteria; keeping
safe, emotional wellbeing and parenting support among the issues it helps with."""

# ruff: noqa: E501  (wording follows the published page)

from datetime import date

from tests.councils.kit import (
    CB,
    Boxes,
    F,
    Heading,
    L,
    Para,
    Span,
    Table,
    Title,
    dmy,
    dots,
    grid,
    kv,
    person,
    render_acroform,
    render_docx,
)
from tests.councils.model import CouncilCase, Expected
from tests.councils_heldout18._mail import FRONT_DOOR, plain

URL = "https://www.startingwellworcs.nhs.uk/shreferral"
TITLE = "Starting Well Partnership – School Health Nursing Service referral information and Referral Criteria for Public Health Nursing Team (5-19 years)"
COUNCIL = "Starting Well Partnership (School Health Nursing Service)"

ON1 = date(2026, 9, 24)


def _b1() -> bytes:
    return render_acroform(
        [
            Title(
                "School Health Nursing – Referral Form",
                "Public Health Nursing Team (5-19 years) – Access and Response Team",
            ),
            Para(
                "Please ensure you add your contact email address to the referral form. You should expect to have a response to your referral within 14 days."
            ),
            Heading("Q1 Referrer"),
            Table(
                [
                    [
                        L("Name"),
                        F("Rebecca Lane", "Q1a"),
                        L("Email"),
                        F("r.lane@priory.example.org", "Q1b"),
                    ],
                    [
                        L("School / organisation"),
                        F("Priory Primary, Dudley DY1 4AQ", "Q1c"),
                        L("Date"),
                        F(dmy(ON1), "Q1d"),
                    ],
                ]
            ),
            Heading("Q2 Child or young person"),
            Table(
                [
                    [L("Name"), F("Maisie Turner", "Q2a"), L("DOB"), F("18/06/2016", "Q2b")],
                    [
                        L("Home address"),
                        F("9 Northfield Road, Netherton DY2 9HF", "Q2c"),
                        L("Year group"),
                        F("Year 5", "Q2d"),
                    ],
                ]
            ),
            Heading("Q3 Parents / carers at home"),
            Table(
                [
                    [L("Name"), F("Jodie Turner", "Q3a"), L("DOB"), F("10/01/1994", "Q3b")],
                    [L("Name"), F("Lee Turner", "Q3c"), L("DOB"), F("24/04/1992", "Q3d")],
                ]
            ),
            Heading("Q4 Issues (tick all that apply)"),
            Table(
                [
                    [
                        CB(False, "Growth and development", name="Q4a"),
                        CB(True, "Healthy lifestyles (diet, sleep)", name="Q4b"),
                        CB(True, "Emotional wellbeing", name="Q4c"),
                        CB(False, "Keeping safe", name="Q4d"),
                    ]
                ]
            ),
            Heading("Q5 Level of need"),
            Table(
                [
                    [
                        CB(False, "Level 1", name="Q5a"),
                        CB(True, "Level 2", name="Q5b"),
                        CB(False, "Level 3", name="Q5c"),
                        CB(False, "Level 4", name="Q5d"),
                    ]
                ]
            ),
            Heading(
                "Q6 Consent (consent from parent/carer is always required for children in year groups R-6)"
            ),
            Table(
                [
                    [
                        L("Parent/carer consent – names"),
                        F("Jodie Turner and Lee Turner (both spoke to me and agreed)", "Q6a"),
                    ]
                ]
            ),
            Heading("Q7 Details"),
            Table(
                [
                    [
                        F(
                            "Maisie is wetting at night and is anxious about a school residential; parents would like school nurse support and a sleep routine plan.",
                            "Q7a",
                        )
                    ]
                ]
            ),
        ],
        title="School Health Nursing referral",
    )


ON2 = date(2026, 10, 21)


def _b2() -> bytes:
    return render_docx(
        [
            Title("Request for School Health Nursing Support"),
            Table(
                [
                    [
                        L("Is the child or young person aware of the request for support?"),
                        Boxes((CB(True, "Yes"), CB(False, "No"))),
                    ],
                    [
                        L("Is the parent/carer aware of the request for support?"),
                        Boxes((CB(True, "Yes"), CB(False, "No"))),
                    ],
                    [
                        L("Are there any safeguarding concerns?"),
                        Boxes((CB(True, "Yes"), CB(False, "No"))),
                    ],
                    [
                        L("Please tick"),
                        Boxes(
                            (
                                CB(
                                    True,
                                    "Child at risk of significant harm – referred to Children's Services today",
                                ),
                                CB(False, "Child in Need"),
                                CB(False, "Early help"),
                            )
                        ),
                    ],
                ]
            ),
            Heading("Child / young person"),
            kv(
                ("Name", "Summer Reid"),
                ("DOB", "08/05/2012"),
                ("Address", "Flat 14, Kelvin Court, Lye, Stourbridge DY9 7AA"),
                ("School", "Pedmore High, Stourbridge DY9 0AB"),
            ),
            Heading("Family at home"),
            grid(
                ["Name", "DOB", "Relationship"],
                [["Toni Reid", "15/09/1988", "Mum"], ["Marcus Reid", "01/11/1985", "Stepdad"]],
            ),
            Heading("Concern"),
            Para(
                "Summer (14) disclosed to her tutor that an older man she met online picks her up after school and gives her vapes and alcohol. DSL has contacted MASH."
            ),
            Heading("Consent"),
            Table(
                [
                    [L("Signed (young person)"), "S. Reid", L("Signed (parent)"), "T. Reid"],
                    [L("Stepdad"), "M. Reid", L("Date"), dmy(ON2)],
                ]
            ),
            kv(
                ("Referrer", "Naomi Clarke, DSL"),
                ("Email", "n.clarke@pedmore.example.org"),
                per_row=2,
            ),
            Table([[L("Response"), Span("Access and Response Team – office use", 3)]]),
        ]
    )


ON3 = date(2026, 11, 25)

_BODY3 = f"""Hello,

I'm the school nurse for St Mark's. Writing to ask for early help for a family I saw today
({dots(ON3)}) - I am using the School Health referral headings.

Child: Harry Stokes, DOB 3.9.2014, Year 8
Brother: Jake Stokes, DOB 21.1.2011
Parents at home: Wayne Stokes (DOB 12.5.1979) and Carla Stokes (DOB 30.10.1982)
Home address: 77 Oak Road, Tipton, DY4 0RE
(School: St Mark's Academy, 1 Church Street, Tipton DY4 8RJ)

Issues: healthy lifestyles (weight), emotional wellbeing, parenting strategies.
Harry is being bullied about his weight and won't eat at school. Parents would like a
parenting group and a family support worker.

Consent: Mum and Dad both agreed on the phone today (verbal consent), and Jake (15) was
in the room and said he was happy for his information to be shared too.

Thanks
Zoe Whitehouse
School Nurse, Public Health Nursing Team 5-19
zoe.whitehouse@nhs.example.net
"""


def _b3() -> bytes:
    return plain(
        "Zoe Whitehouse <zoe.whitehouse@nhs.example.net>",
        FRONT_DOOR,
        "School Health referral - Harry STOKES",
        ON3,
        _BODY3,
    )


CASES: tuple[CouncilCase, ...] = (
    CouncilCase(
        "heldout18-startingwell-01",
        COUNCIL,
        URL,
        TITLE,
        "fillable PDF with question-numbered field names (Q1a, Q2c, Q5b): Level 2 checkbox ticked in a Level 1-4 row; the school at DY1 4AQ in the referrer block; consent a field naming both parents",
        "referral.pdf",
        ON1,
        _b1,
        Expected(
            "early_help_assessment",
            (
                person("Maisie Turner", date(2016, 6, 18), False, ON1),
                person("Jodie Turner", date(1994, 1, 10), True, ON1),
                person("Lee Turner", date(1992, 4, 24), True, ON1),
            ),
            "DY2 9HF",
            "Rebecca Lane",
            "r.lane@priory.example.org",
            2,
        ),
    ),
    CouncilCase(
        "heldout18-startingwell-02",
        COUNCIL,
        URL,
        TITLE,
        "Word request for support with the page's awareness questions first as ☒/☐ Yes/No pairs: 'safeguarding concerns?' ☒ Yes and 'Child at risk of significant harm' ticked; school at DY9 0AB; initial+surname signatures",
        "referral.docx",
        ON2,
        _b2,
        Expected(
            "early_help_assessment",
            (
                person("Summer Reid", date(2012, 5, 8), True, ON2),
                person("Toni Reid", date(1988, 9, 15), True, ON2),
                person("Marcus Reid", date(1985, 11, 1), True, ON2),
            ),
            "DY9 7AA",
            "Naomi Clarke",
            "n.clarke@pedmore.example.org",
            None,
            safeguarding=True,
            queue_reason="safeguarding_concern",
        ),
    ),
    CouncilCase(
        "heldout18-startingwell-03",
        COUNCIL,
        URL,
        TITLE,
        "plain-text email from a school nurse with dates written 3.9.2014 and the school's Tipton DY4 8RJ in brackets under the home address; verbal consent for both parents and the 15-year-old in sentences",
        "message.eml",
        ON3,
        _b3,
        Expected(
            "early_help_assessment",
            (
                person("Harry Stokes", date(2014, 9, 3), False, ON3),
                person("Jake Stokes", date(2011, 1, 21), True, ON3),
                person("Wayne Stokes", date(1979, 5, 12), True, ON3),
                person("Carla Stokes", date(1982, 10, 30), True, ON3),
            ),
            "DY4 0RE",
            "Zoe Whitehouse",
            "zoe.whitehouse@nhs.example.net",
            None,
        ),
    ),
)
