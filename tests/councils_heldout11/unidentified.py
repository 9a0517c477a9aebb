"""Published blank forms whose stored copy names no council: an Early Help Step-Down Plan from
CIN or CP, and an early help / safeguarding referral form."""

# ruff: noqa: E501  (wording follows the published forms)

from datetime import date

from tests.councils.kit import (
    CB,
    Boxes,
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

SD_URL = "https://docsbay.net/step-down-plan-from-cin-or-cp"
SD_TITLE = "Early Help Step-Down Plan – from CIN or CP (Family name and case file number in Liquid Logic; Main address of family; Start Date of original Assessment; What type of plan did this require? CIN / CP; Time period of original plan; Date of Step Down Meeting; Family Details – Last name / First name / Relationship / DOB; Reason for original Child in Need or Child Protection Plan; 1a Family, parenting and household relationships – Strengths and Needs, Plan, Score 1-5; the final page must be printed and signed)"
SD_COUNCIL = "Unidentified council (Early Help Step-Down Plan from CIN or CP)"

RF_URL = "https://docsbay.net/email-the-completed-form-to"
RF_TITLE = "Early help / safeguarding referral form (Early help referral ☐ Safeguarding referral ☐; Early help support or targeted support – Level 2 & 3: consent should always be sought from those with parental responsibility; Safeguarding concern – Level 4; 1. Referrer details; 1a. Child's details; 1b. Siblings and other related children's details; 2a. Parent/carer details – Do they have parental responsibility Yes☐ No☐ Unknown☐)"
RF_COUNCIL = "Unidentified council (early help / safeguarding referral form)"


def _score(n: int) -> Boxes:
    return Boxes(tuple(CB(i == n, str(i)) for i in range(1, 6)))


def _yn(yes: bool) -> Boxes:
    return Boxes((CB(yes, "Yes"), CB(not yes, "No")))


ON1 = date(2026, 7, 21)


def _b1() -> bytes:
    return render_docx(
        [
            Title(
                "Early Help Step-Down Plan – from CIN or CP",
                "Please complete this form electronically. Once completed the final page must be printed, signed and all documentation emailed.",
            ),
            Table(
                [
                    [
                        L("Family name and case file number in Liquid Logic"),
                        Span("OSBORNE / FARRELL – LL 771304", 3),
                    ],
                    [
                        L("Main address of family"),
                        "33 Stafford Street, Dudley DY1 1AA",
                        L("Start Date of original Assessment"),
                        "02/02/2026",
                    ],
                    [
                        L("What type of plan did this require?"),
                        Boxes((CB(True, "CIN"), CB(False, "CP"))),
                        L("Time period of original plan"),
                        "March – July 2026",
                    ],
                    [L("Date of Step Down Meeting"), Span("21/07/2026", 3)],
                ]
            ),
            Heading("Family Details"),
            grid(
                ["Last name", "First name", "Relationship", "DOB"],
                [
                    ["Osborne", "Kerry", "Mother", "18/10/1989"],
                    ["Farrell", "Liam", "Mother's partner", "25/03/1987"],
                    ["Osborne", "Jessica", "Daughter", "14/01/2011"],
                    ["Farrell", "Noah", "Son", "19/06/2021"],
                ],
            ),
            Heading("Reason for original Child in Need or Child Protection Plan"),
            Para(
                "Neglect of the home conditions and Jessica's non-attendance (54%) following mum's hospital admission."
            ),
            Heading("1) Family and Environment"),
            Heading("1a) Family, parenting and household relationships"),
            grid(
                ["Needs", "Actions", "People responsible", "Outcomes", "Completion date"],
                [
                    [
                        "Routines at bedtime for Noah",
                        "Parenting sessions at the family hub",
                        "Kerry, Liam, Early Help worker",
                        "Noah in bed by 7.30 most nights",
                        "30/09/2026",
                    ]
                ],
            ),
            Table([[L("Score"), _score(3)]]),
            Heading("1b) Accommodation"),
            Table([[L("Score"), _score(4)]]),
            Heading("Lead Practitioner after step down"),
            kv(
                (
                    "Social worker (closing)",
                    "Ben Whitfield, ben.whitfield@csc-dudley.example.gov.uk",
                ),
                ("Early Help Lead Practitioner", "Hayley Moss"),
                ("Lead Practitioner email", "hayley.moss@earlyhelp-dudley.example.gov.uk"),
                per_row=1,
            ),
            Heading("Signatures"),
            grid(
                ["Name", "Signature", "Date"],
                [
                    ["Kerry Osborne", "K Osborne", "21/07/2026"],
                    ["Liam Farrell", "L. Farrell", "21/07/2026"],
                    ["Jessica Osborne", "Jess O", "21/07/2026"],
                ],
            ),
        ]
    )


ON2 = date(2026, 9, 22)


def _b2() -> bytes:
    return render_pdf(
        [
            Title("Referral Form"),
            Table(
                [
                    [
                        L("Type of referral"),
                        Boxes(
                            (CB(True, "Early help referral"), CB(False, "Safeguarding referral"))
                        ),
                    ]
                ]
            ),
            Heading("Early help support or targeted support – Level 2 & 3"),
            Para(
                "For an early help referral, the referral must always be discussed with the family and consent for the referral should always be sought from those with parental responsibility."
            ),
            Table(
                [
                    [
                        L(
                            "Have you obtained consent from the family to discuss and share information with appropriate agencies?"
                        ),
                        _yn(True),
                    ],
                    [
                        L(
                            "We will not be able to progress your request for Early Help unless consent has been agreed"
                        ),
                        "Consent agreed by Amy Carter (mum) and Lee Carter (dad), 21/09/2026",
                    ],
                ]
            ),
            Heading("Safeguarding concern – Level 4"),
            Table(
                [
                    [
                        L("Have you informed the family that you are making a referral?"),
                        "n/a – early help referral",
                    ]
                ]
            ),
            Heading("1. Referrer details"),
            kv(
                ("Name", "Joanna Hart"),
                ("Role / agency", "SENCo, Lye Community School"),
                ("Address", "Stourbridge Road, Lye DY9 8HH"),
                ("Email address", "j.hart@lyecommunity.example.sch.uk"),
                ("Date", "22/09/2026"),
                per_row=2,
            ),
            Heading("1a. Child's details"),
            kv(
                ("Name of child", "Harry Carter"),
                ("Date of Birth or Expected Date of Delivery", "04/04/2017"),
                ("Age", "9"),
                ("Gender", Boxes((CB(True, "M"), CB(False, "F"), CB(False, "Unknown")))),
                ("Education provider/employer", "Lye Community School"),
                ("Child's address and postcode", "12 Pedmore Road, Lye, Stourbridge DY9 7AA"),
                per_row=2,
            ),
            Heading("1b. Siblings and other related children's details"),
            grid(
                ["full name", "DOB", "Address", "Relationship to child referred"],
                [["Maisie Carter", "11/11/2019", "Same address", "Sister"]],
            ),
            Heading("2a. Parent/carer details"),
            grid(
                [
                    "full name",
                    "DOB",
                    "Address and contact number",
                    "Relationship",
                    "Do they have parental responsibility",
                ],
                [
                    [
                        "Amy Carter",
                        "20/06/1990",
                        "Same as child, 07700 900733",
                        "Mother",
                        Boxes((CB(True, "Yes"), CB(False, "No"), CB(False, "Unknown"))),
                    ],
                    [
                        "Lee Carter",
                        "07/02/1988",
                        "Same as child",
                        "Father",
                        Boxes((CB(True, "Yes"), CB(False, "No"), CB(False, "Unknown"))),
                    ],
                ],
            ),
            Heading("Reason for referral"),
            Para(
                "Harry has ADHD and his exclusions are escalating; parents are asking for a parenting course and support at home."
            ),
        ],
        "Referral form",
    )


CASES: tuple[CouncilCase, ...] = (
    CouncilCase(
        "heldout11-unidentified-stepdown-01",
        SD_COUNCIL,
        SD_URL,
        SD_TITLE,
        "Word Step-Down Plan from a CIN plan, hard: 'OSBORNE / FARRELL – LL 771304' merged across the header grid; postcode inside 'Main address of family'; Last name before First name; 1-5 score rows; the closing social worker's email beside a named Early Help Lead Practitioner",
        "referral.docx",
        ON1,
        _b1,
        Expected(
            "step_down",
            (
                person("Kerry Osborne", date(1989, 10, 18), True, ON1),
                person("Liam Farrell", date(1987, 3, 25), True, ON1),
                person("Jessica Osborne", date(2011, 1, 14), True, ON1),
                person("Noah Farrell", date(2021, 6, 19), False, ON1),
            ),
            "DY1 1AA",
            "Hayley Moss",
            "hayley.moss@earlyhelp-dudley.example.gov.uk",
            None,
        ),
    ),
    CouncilCase(
        "heldout11-unidentified-ehsg-01",
        RF_COUNCIL,
        RF_URL,
        RF_TITLE,
        "flattened PDF early help / safeguarding referral as published: 'Early help referral' ticked under the combined heading 'Level 2 & 3' (no level); consent sentence naming both parents; 'Child's address and postcode' in one cell after the school's DY9 8HH",
        "referral.pdf",
        ON2,
        _b2,
        Expected(
            "early_help_assessment",
            (
                person("Harry Carter", date(2017, 4, 4), False, ON2),
                person("Maisie Carter", date(2019, 11, 11), False, ON2),
                person("Amy Carter", date(1990, 6, 20), True, ON2),
                person("Lee Carter", date(1988, 2, 7), True, ON2),
            ),
            "DY9 7AA",
            "Joanna Hart",
            "j.hart@lyecommunity.example.sch.uk",
            None,
        ),
    ),
)
