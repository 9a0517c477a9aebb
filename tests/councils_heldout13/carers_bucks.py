"""Carers Bucks Young Carers Project: referral criteria (the person cared for is a parent, sibling
or other relative with an illness, disability or substance dependency) and a referral form with
Risk Indicators, because most Young Carer assessments are a lone home visit."""

# ruff: noqa: E501  (wording follows the published page)

from datetime import date

from tests.councils.kit import (
    CB,
    Boxes,
    Heading,
    Para,
    Title,
    grid,
    kv,
    person,
    render_docx,
    render_pdf,
)
from tests.councils.model import CouncilCase, Expected
from tests.councils_heldout13._bits import yn
from tests.councils_heldout13._mail import FRONT_DOOR, with_attachment

URL = "https://docest.com/doc/28667/carers-bucks-young-carers-project"
TITLE = "Carers Bucks Young Carers Project – Referral Criteria; Guidelines for completing a Young Carers Referral (complete all sections including Risk Indicators; most assessments are a lone visit within the family home)"
COUNCIL = "Carers Bucks Young Carers Project"


def _criteria() -> list[object]:
    return [
        Title("Young Carers Referral Form", "Carers Bucks Young Carers Project"),
        Para("Please complete all sections of the referral form (including Risk Indicators). We are unable to process a referral without all relevant information."),
        Heading("Referral Criteria"),
        kv(
            ("The person being cared for is a parent, sibling or other relative", CB(True, "")),
            ("They have an illness, disability or substance dependency that limits day-to-day activities", CB(True, "")),
            ("They require someone to take care of them (intimate care, general care, childcare or emotional support)", CB(True, "")),
            ("The young person is significantly impacted by the caring role", CB(True, "")),
        ),
    ]


def _risk(dv: bool, pets: str, lone: bool) -> list[object]:
    return [
        Heading("Risk Indicators"),
        kv(
            ("Domestic violence in the home", yn(dv)),
            ("Pets", pets),
            ("Any risk to a lone worker visiting the home?", yn(not lone)),
            ("If yes, alternative location for assessment (e.g. school)", "" if lone else "School – Jayden's choice"),
        ),
    ]


ON1 = date(2026, 9, 21)


def _b1() -> bytes:
    return render_docx(
        [
            *_criteria(),
            Heading("Young Carer's Details"),
            kv(
                ("First Name", "Maisie"),
                ("Last Name", "Holt"),
                ("Date of Birth", "10/03/2014"),
                ("Age", "12"),
                ("Address", "5 Delph Road, Brierley Hill"),
                ("Postcode", "DY5 2HT"),
                ("School", "Brierley Hill Primary (Year 7 transfer pending)"),
                ("GP", "Brierley Hill Surgery"),
                per_row=2,
            ),
            Heading("Person Being Cared For"),
            grid(
                ["Name", "Relationship to young carer", "Date of Birth", "Lives with young carer Y/N", "Condition"],
                [["Dawn Holt", "Mum", "02/11/1985", "Y", "Multiple sclerosis – uses a wheelchair outdoors"]],
            ),
            Heading("Other Household Members"),
            grid(
                ["Name", "Relationship to young carer", "Date of Birth (if under 18)", "Has caring responsibilities? Y/N"],
                [["Toby Holt", "Brother", "25/01/2019", "N"]],
            ),
            Heading("Significant Others (e.g. absent parent, extended family)"),
            grid(["Name", "Relationship", "Level of contact"], [["Lee Holt", "Dad – lives in Kidderminster DY10 1QX", "Alternate weekends"]]),
            Heading("How they care"),
            Para("Maisie helps mum dress most mornings, prepares tea three nights a week and takes Toby to school when mum has a flare-up. She has said she worries about mum falling when she is at school."),
            *_risk(False, "One dog (friendly)", True),
            Heading("Referrer Details"),
            kv(
                ("Name of Referrer", "Priya Kaur"),
                ("Job Title", "SENCo"),
                ("Organisation and address", "Brierley Hill Primary School, Mill Street, Brierley Hill DY5 3EE"),
                ("Email", "p.kaur@brierleyhillprimary.example.org"),
                ("Telephone", "01632 960530"),
                ("Date", "21/09/2026"),
                per_row=2,
            ),
            Heading("Consent"),
            kv(
                ("Has the family agreed to this referral?", yn(True)),
                ("Young carer aware of and agrees to the referral?", yn(True)),
                ("Parent / Guardian signature", "Dawn Holt"),
                ("Date", "21/09/2026"),
                per_row=2,
            ),
        ]
    )


ON2 = date(2026, 10, 6)


def _b2() -> bytes:
    return render_pdf(
        [
            *_criteria(),
            Heading("Young Carer's Details"),
            kv(
                ("First Name", "Ellis"),
                ("Last Name", "Nwosu"),
                ("Date of Birth", "14/05/2011"),
                ("Age", "15"),
                ("Address", "42 Himley Road, Gornal Wood, Dudley"),
                ("Postcode", "DY3 2DE"),
                ("School", "The Crestwood School"),
                per_row=2,
            ),
            Heading("Person Being Cared For"),
            grid(
                ["Name", "Relationship to young carer", "Date of Birth", "Lives with young carer Y/N", "Condition"],
                [["Amara Nwosu", "Sister", "01/12/2016", "Y", "Cerebral palsy, PEG fed"]],
            ),
            Heading("Other Household Members"),
            grid(
                ["Name", "Relationship to young carer", "Date of Birth (if under 18)", "Has caring responsibilities? Y/N"],
                [["Grace Nwosu", "Mum", "08/08/1980", "Y"]],
            ),
            Heading("How they care"),
            Para("Ellis does night feeds twice a week while mum works nights, and supervises Amara after school. Late to school most Mondays; falling asleep in lessons."),
            *_risk(False, "None", True),
            Heading("Referrer Details"),
            kv(
                ("Name of Referrer", "Hannah Cole"),
                ("Job Title", "School Nurse"),
                ("Organisation and address", "School Health Team, Stourbridge Health Centre, Stourbridge DY8 3NX"),
                ("Email", "hannah.cole@nhs.example.net"),
                ("Date", "06/10/2026"),
                per_row=2,
            ),
            Heading("Consent"),
            kv(
                ("Has the family agreed to this referral?", "Yes – Grace Nwosu (mum) signed 06/10/2026"),
                ("Is the young person aware of this referral?", Boxes((CB(False, "Yes"), CB(True, "No – school will speak to Ellis next week")))),
            ),
        ],
        title="Young Carers Referral",
    )


ON3 = date(2026, 11, 16)


def _pdf3() -> bytes:
    return render_pdf(
        [
            *_criteria(),
            Heading("Young Carer's Details"),
            kv(
                ("First Name", "Jayden"),
                ("Last Name", "Price"),
                ("Date of Birth", "16/11/2012"),
                ("Age", "14 today"),
                ("Address", "9 Bridgnorth Road, Wollaston, Stourbridge"),
                ("Postcode", "DY8 4HB"),
                per_row=2,
            ),
            Heading("Person Being Cared For"),
            grid(
                ["Name", "Relationship to young carer", "Date of Birth", "Lives with young carer Y/N", "Condition"],
                [["Mark Price", "Dad", "19/04/1979", "Y", "Alcohol dependency; liver disease"]],
            ),
            Heading("Other Household Members"),
            grid(
                ["Name", "Relationship to young carer", "Date of Birth (if under 18)", "Has caring responsibilities? Y/N"],
                [["Sandra Price", "Nan (moved in June)", "", "Y"]],
            ),
            *_risk(False, "Two cats", False),
            Heading("Referrer Details"),
            kv(
                ("Name of Referrer", "Owen Pritchard"),
                ("Job Title", "Recovery Worker, Adult Substance Misuse Service"),
                ("Organisation and address", "Ladbroke House, Stourbridge DY8 1QU"),
                ("Email", "owen.pritchard@recovery.example.org"),
                ("Date", "16/11/2026"),
                per_row=2,
            ),
            Heading("Consent"),
            grid(
                ["Name", "Signature", "Date"],
                [
                    ["Mark Price", "signature held on file", "16/11/2026"],
                    ["Jayden Price", "signature held on file", "16/11/2026"],
                    ["Sandra Price", "signature held on file", "16/11/2026"],
                ],
            ),
        ],
        title="Young Carers Referral",
    )


def _b3() -> bytes:
    return with_attachment(
        "Owen Pritchard <owen.pritchard@recovery.example.org>",
        FRONT_DOOR,
        "Young carer referral - Jayden PRICE",
        ON3,
        "Hello,\n\nPlease find attached a young carers referral for Jayden (14 today), completed with Jayden, his dad and his nan this morning. Signed copies are held on our file.\n\nOwen Pritchard\nRecovery Worker\n01632 960671\n",
        _pdf3(),
        "Young carers referral - Price.pdf",
    )


CASES: tuple[CouncilCase, ...] = (
    CouncilCase(
        "heldout13-carers-bucks-01",
        COUNCIL,
        URL,
        TITLE,
        "Word young carers referral: criteria tick list first, young carer's First Name / Last Name boxes, 'Person Being Cared For' and 'Other Household Members' grids, absent dad with a Kidderminster postcode, Risk Indicators; parent's typed signature",
        "referral.docx",
        ON1,
        _b1,
        Expected(
            "early_help_assessment",
            (
                person("Maisie Holt", date(2014, 3, 10), True, ON1),
                person("Dawn Holt", date(1985, 11, 2), True, ON1),
                person("Toby Holt", date(2019, 1, 25), False, ON1),
            ),
            "DY5 2HT",
            "Priya Kaur",
            "p.kaur@brierleyhillprimary.example.org",
            None,
        ),
    ),
    CouncilCase(
        "heldout13-carers-bucks-02",
        COUNCIL,
        URL,
        TITLE,
        "flattened PDF young carers referral: the 15-year-old young carer is not yet aware of the referral (☒ No); mum's consent written in words",
        "referral.pdf",
        ON2,
        _b2,
        Expected(
            "early_help_assessment",
            (
                person("Ellis Nwosu", date(2011, 5, 14), False, ON2),
                person("Amara Nwosu", date(2016, 12, 1), False, ON2),
                person("Grace Nwosu", date(1980, 8, 8), True, ON2),
            ),
            "DY3 2DE",
            "Hannah Cole",
            "hannah.cole@nhs.example.net",
            None,
            queue_reason="consent_missing",
        ),
    ),
    CouncilCase(
        "heldout13-carers-bucks-03",
        COUNCIL,
        URL,
        TITLE,
        "email with the flattened PDF referral attached: the young carer is exactly 14 on the day; nan in the household with no date of birth; 'signature held on file' for all three",
        "message.eml",
        ON3,
        _b3,
        Expected(
            "early_help_assessment",
            (
                person("Jayden Price", date(2012, 11, 16), True, ON3),
                person("Mark Price", date(1979, 4, 19), True, ON3),
                person("Sandra Price", None, True, ON3),
            ),
            "DY8 4HB",
            "Owen Pritchard",
            "owen.pritchard@recovery.example.org",
            None,
        ),
    ),
)
