"""Trafford: the Early Help Assessment and Action Plan kept by a Case Coordinator / Lead
Practitioner, reviewed every 6-8 weeks before the family support meeting, with escalation to
Trafford Children's First Response."""

# ruff: noqa: E501  (wording follows the published page)

from datetime import date

from tests.councils.kit import (
    CB,
    Boxes,
    Heading,
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

URL = "https://www.traffordsafeguardingpartnership.org.uk/Early-Help/Reviewing-an-Early-Help-Assessment.aspx"
TITLE = "Trafford Strategic Safeguarding Partnership – Reviewing an Early Help Assessment (Case Coordinators/Lead Practitioners review the Early Help Assessment and Action Plan at least every 6-8 weeks, usually with parents/carers before the family support meeting; Graded Care Profile 2; escalation by referring to Trafford Children's First Response)"

COUNCIL = "Trafford Council"

ON1 = date(2026, 2, 26)


def _build_01() -> bytes:
    blocks: list[object] = [
        Title("Early Help Assessment and Action Plan – Review", "Trafford Early Help"),
        kv(
            ("Review number", "2"),
            ("Date of review", "26/02/2026"),
            ("Date of next family support meeting", "09/04/2026"),
            per_row=3,
        ),
        Heading("Case Coordinator / Lead Practitioner"),
        kv(
            ("Name", "Yvonne Ashby"),
            ("Agency", "Family Support Worker, Brierley Hill Family Hub"),
            ("Email", "yvonne.ashby@familyhub.example.gov.uk"),
            ("Telephone", "01632 960 590"),
            per_row=2,
        ),
        kv(
            (
                "Review notes taken by",
                "Sam Kaur, Attendance Officer, Quarry Bank Primary (s.kaur@quarrybank.example.sch.uk)",
            )
        ),
        Heading("Family"),
        grid(
            ["First name", "Surname", "Date of birth", "Relationship", "Present at review"],
            [
                ["Nicola", "Dainty", "13/07/1985", "Mother", "Yes"],
                ["Jack", "Dainty", "09/09/2011", "Son", "Yes"],
                ["Ella", "Dainty", "01/04/2014", "Daughter", "No – at school"],
            ],
        ),
        kv(("Family address", "10 High Street, Quarry Bank, Brierley Hill DY5 3BB")),
        Heading("Has the situation improved or deteriorated?"),
        Table(
            [
                [Boxes((CB(True, "Improved"), CB(False, "No change"), CB(False, "Deteriorated")))],
                [
                    "Ella's attendance up from 81% to 92%. Jack (14) still refusing Mondays at Thorns Academy; referral to the school counsellor made."
                ],
            ]
        ),
        Heading("Actions"),
        grid(
            ["Need", "Action", "Who", "By when", "Achieved?"],
            [
                [
                    "Morning routine",
                    "Visual timetable; alarm for Jack",
                    "Nicola / Yvonne",
                    "09/04/2026",
                    "Partly",
                ],
                [
                    "Jack's worries",
                    "School counsellor six sessions",
                    "Thorns Academy",
                    "30/04/2026",
                    "Started",
                ],
                ["Debt", "Citizens Advice appointment", "Nicola", "20/03/2026", "Yes"],
            ],
        ),
        Heading("Next steps"),
        Table(
            [
                [
                    Boxes(
                        (
                            CB(False, "Close the episode of Early Help"),
                            CB(True, "Continue the plan"),
                            CB(False, "Escalate to Trafford Children's First Response"),
                        )
                    )
                ]
            ]
        ),
        Heading("Agreement"),
        grid(
            ["Name", "Signature", "Date"],
            [
                ["Nicola Dainty", "N Dainty", "26/02/2026"],
                ["Jack Dainty", "Jack Dainty", "26/02/2026"],
            ],
        ),
    ]
    return render_docx(blocks)


ON2 = date(2026, 7, 9)


def _build_02() -> bytes:
    blocks: list[object] = [
        Title(
            "Early Help Assessment – Review and escalation",
            "Trafford Early Help – request to Trafford Children's First Response",
        ),
        Para(
            "Actions have not been achieved or there is no improvement: reassess the Early Help Assessment and consider escalation.",
            bold=True,
        ),
        Heading("Case Coordinator / Lead Practitioner"),
        kv(
            ("Name", "Mohammed Iqbal"),
            ("Agency", "Pastoral Manager, Leasowes High School"),
            ("Address", "Leasowes High School, Halesowen B62 8QF"),
            ("Email", "m.iqbal@leasowes.example.sch.uk"),
            per_row=2,
        ),
        Heading("Family"),
        kv(("Family address", "62 Manor Lane, Halesowen"), ("Postcode", "B62 8AA"), per_row=2),
        grid(
            ["Name", "Date of birth", "Relationship", "Lives at the family address"],
            [
                ["Lisa Cartwright", "20/01/1980", "Mother", "Yes"],
                ["Keith Cartwright", "11/11/1976", "Father", "Yes"],
                ["Bradley Cartwright", "15/05/2012", "Son", "Yes"],
                [
                    "Megan Cartwright",
                    "30/09/2008",
                    "Daughter",
                    "No – lives with her boyfriend in Trafford (M33 7ZF)",
                ],
            ],
        ),
        Heading("Graded Care Profile 2"),
        kv(
            ("Completed", "Yes, 01/07/2026"),
            ("Areas scoring 4 or 5", "Physical care (housing, hygiene), Love and care"),
            per_row=2,
        ),
        Heading("Review of the plan (review 3)"),
        Table(
            [
                [Boxes((CB(False, "Improved"), CB(True, "No change"), CB(False, "Deteriorated")))],
                [
                    "Home conditions remain very poor after two deep cleans; Bradley (14) regularly without lunch money and has head lice; parents engage at meetings but nothing changes."
                ],
            ]
        ),
        Heading("Escalation"),
        kv(
            (
                "Why is escalation needed?",
                "No meaningful or sustained positive change after 18 weeks of Early Help; neglect continues.",
            ),
            (
                "Are the parents aware of the escalation?",
                "Yes – both parents told at the review and agreed",
            ),
        ),
        Heading("Agreement"),
        grid(
            ["Name", "Signature", "Date"],
            [
                ["Lisa Cartwright", "L Cartwright", "09/07/2026"],
                ["Keith Cartwright", "K Cartwright", "09/07/2026"],
                ["Bradley Cartwright", "B Cartwright", "09/07/2026"],
            ],
        ),
    ]
    return render_pdf(blocks, "EHA review")


CASES: tuple[CouncilCase, ...] = (
    CouncilCase(
        case_id="heldout5-trafford-review-01",
        council=COUNCIL,
        source_url=URL,
        source_title=TITLE,
        layout="Word EHA and Action Plan review: review number and dates three pairs to a row; Case Coordinator / Lead Practitioner block named apart from the school officer who took the review notes (with her own e-mail); improved / no change / deteriorated ☒/☐; next-steps boxes; agreement signed by mum and the 14-year-old",
        filename="referral.docx",
        assessment_date=ON1,
        build=_build_01,
        expected=Expected(
            form_type="early_help_assessment",
            people=(
                person("Nicola Dainty", date(1985, 7, 13), True, ON1),
                person("Jack Dainty", date(2011, 9, 9), True, ON1),
                person("Ella Dainty", date(2014, 4, 1), False, ON1),
            ),
            postcode="DY5 3BB",
            lead_professional_name="Yvonne Ashby",
            lead_professional_email="yvonne.ashby@familyhub.example.gov.uk",
            level_of_need=None,
        ),
    ),
    CouncilCase(
        case_id="heldout5-trafford-review-02",
        council=COUNCIL,
        source_url=URL,
        source_title=TITLE,
        layout="flattened PDF review-and-escalation to Children's First Response after 'No change' (neglect, Graded Care Profile 2 scores): school's B62 8QF first; an adult daughter listed with 'No – lives with her boyfriend in Trafford (M33 7ZF)'; both parents and the 14-year-old sign",
        filename="referral.pdf",
        assessment_date=ON2,
        build=_build_02,
        expected=Expected(
            form_type="early_help_assessment",
            people=(
                person("Lisa Cartwright", date(1980, 1, 20), True, ON2),
                person("Keith Cartwright", date(1976, 11, 11), True, ON2),
                person("Bradley Cartwright", date(2012, 5, 15), True, ON2),
            ),
            postcode="B62 8AA",
            lead_professional_name="Mohammed Iqbal",
            lead_professional_email="m.iqbal@leasowes.example.sch.uk",
            level_of_need=None,
        ),
    ),
)
