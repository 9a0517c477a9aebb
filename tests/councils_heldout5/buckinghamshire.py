"""Buckinghamshire: the Multi Agency Referral Form (MARF) used with the partnership's Thresholds
document (four levels of need; Consult, Consent and Contact)."""

# ruff: noqa: E501  (wording follows the published page)

from datetime import date

from tests.councils.kit import (
    CB,
    Boxes,
    Cell,
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
    render_pdf,
)
from tests.councils.model import CouncilCase, Expected

URL = "https://www.bucksscp.org.uk/professionals/thresholds-document/"
TITLE = "Buckinghamshire Safeguarding Children Partnership – Thresholds document & Early Help (four levels of need: Level 1 – children whose needs are met within universal services; Level 2 – children with additional needs showing early signs of vulnerability requiring early help; Level 3 – children in need who require statutory or specialist services and targeted early help; Level 4 – children who are suffering or likely to suffer significant harm; Multi Agency Referral Form (MARF); Consult, Consent and Contact)"

COUNCIL = "Buckinghamshire Council"

LEVELS = (
    "Level 1 – children whose needs are met within universal services",
    "Level 2 – children with additional needs showing early signs of vulnerability requiring early help",
    "Level 3 – children in need who require statutory or specialist services and targeted early help",
    "Level 4 – children who are suffering or likely to suffer significant harm",
)


def _levels(ticked: int | None) -> Table:
    rows: list[list[Cell]] = [
        [L("Which level of need do you consider applies? (see the Thresholds document)")]
    ]
    rows += [[CB(i + 1 == ticked, text, f"Level {i + 1}")] for i, text in enumerate(LEVELS)]
    return Table(rows)


def _steps(consulted: str, consent: str, contact: str) -> Table:
    return Table(
        [
            [L("1. Consult"), consulted],
            [L("2. Consent"), consent],
            [L("3. Contact"), contact],
        ]
    )


ON1 = date(2026, 1, 28)


def _build_01() -> bytes:
    blocks: list[object] = [
        Title("Multi Agency Referral Form (MARF)", "Buckinghamshire – First Response"),
        _levels(3),
        _steps(
            "Discussed with my DSL, Mrs P Holt, on 27/01/2026",
            "Both parents agreed to the referral and signed below",
            "Sent to First Response by secure email",
        ),
        Heading("Referrer"),
        kv(
            ("Name", "Claire Hadley"),
            ("Role", "Special Educational Needs Co-ordinator"),
            ("Agency", "Milking Bank Primary"),
            ("Address", "Milking Bank, Dudley DY1 2HQ"),
            ("Email", "c.hadley@milkingbank.example.sch.uk"),
            ("Telephone", "01632 960 125"),
            per_row=2,
        ),
        Heading("Child/young person"),
        kv(
            ("Surname", "NOWAK"),
            ("Forename(s)", "Oliwia"),
            ("Date of birth", "09/04/2016"),
            ("Gender", "Female"),
            ("Address", "51 Kent Street, Upper Gornal, Dudley"),
            ("Postcode", "DY3 2DE"),
            ("First language", "Polish"),
            ("Interpreter needed?", "For Dad – yes"),
            per_row=2,
        ),
        Heading("Household members"),
        grid(
            [
                "Surname",
                "Forename(s)",
                "Date of birth",
                "Relationship to child",
                "Parental responsibility",
            ],
            [
                ["NOWAK", "Marta", "14/05/1986", "Mother", "Yes"],
                ["NOWAK", "Piotr", "20/10/1983", "Father", "Yes"],
                ["NOWAK", "Filip", "03/02/2021", "Brother", "–"],
            ],
        ),
        Heading("Reason for referral"),
        Para(
            "Oliwia has autism (diagnosed 2024) and is on the EHCP pathway. Dad had a stroke in October and cannot work; family in "
            "rent arrears; Mum is caring for Dad and both children. Level 3: several services involved and not joined up – a lead "
            "professional and Team Around the Family are needed."
        ),
        Heading("Parent / carer consent"),
        grid(
            ["Name", "Signature", "Date"],
            [["Marta Nowak", "M. Nowak", "28/01/2026"], ["Piotr Nowak", "P. Nowak", "28/01/2026"]],
        ),
    ]
    return render_docx(blocks)


ON2 = date(2026, 4, 22)


def _build_02() -> bytes:
    blocks: list[object] = [
        Title("Multi Agency Referral Form (MARF)", "Buckinghamshire – First Response"),
        _levels(2),
        _steps(
            "Spoke to our family support worker",
            "Mother signed; son to sign at next visit",
            "Emailed",
        ),
        Heading("Referrer"),
        Table(
            [
                [L("Name"), "Daniel Akers", L("Agency"), "Housing Solutions"],
                [
                    L("Email"),
                    "daniel.akers@housing.example.gov.uk",
                    L("Telephone"),
                    "01632 960 386",
                ],
                [
                    L("Office address"),
                    "The Council House, Priory Road, Dudley DY1 1HF",
                    L("Date"),
                    "22/04/2026",
                ],
            ]
        ),
        Heading("Child/young person"),
        Table(
            [
                [L("Surname"), "BAILEY", L("Forename(s)"), "Connor"],
                [L("Date of birth"), "17/08/2011", L("Gender"), "Male"],
                [L("Address"), "12 Lodge Road, Kingswinford", L("Postcode"), "DY6 0LQ"],
            ]
        ),
        Heading("Household members"),
        Table(
            [
                [L("Surname"), L("Forename(s)"), L("Date of birth"), L("Relationship to child")],
                ["BAILEY", "Tracey", "02/02/1979", "Mother"],
                ["BAILEY", "Chloe", "25/12/2018", "Sister"],
            ]
        ),
        Heading("Reason for referral"),
        Table(
            [
                [
                    "Family evicted from private rented home; now in a council flat. Connor (14) is not attending since the move; Mum wants help with school transport and parenting support."
                ]
            ]
        ),
        Heading("Parent / carer / young person consent"),
        Table(
            [
                [L("Name"), L("I agree to this referral"), L("Signature"), L("Date")],
                [
                    "Tracey Bailey",
                    Boxes((CB(True, "Yes"), CB(False, "No"))),
                    "T Bailey",
                    "22/04/2026",
                ],
                ["Connor Bailey", Boxes((CB(False, "Yes"), CB(False, "No"))), "", ""],
            ]
        ),
    ]
    return render_acroform(blocks, "MARF")


ON3 = date(2026, 10, 13)


def _build_03() -> bytes:
    blocks: list[object] = [
        Title("Multi Agency Referral Form (MARF)", "Buckinghamshire – First Response"),
        _levels(4),
        _steps(
            "Telephoned First Response 13/10/2026 11:05 – spoke to the duty social worker",
            "Not sought – Level 4, parents not informed on the advice of First Response",
            "MARF sent within 24 hours to confirm the telephone referral",
        ),
        Heading("Referrer"),
        kv(
            ("Name", "Jordan Hale"),
            ("Role", "Police Constable 4471"),
            ("Agency", "Police – Brierley Hill Neighbourhood Team"),
            ("Address", "Brierley Hill Police Station, Bank Street, DY5 3DH"),
            ("Email", "jordan.hale@police.example.uk"),
            per_row=2,
        ),
        Heading("Child/young person"),
        kv(
            ("Surname", "ROBERTS"),
            ("Forename(s)", "Skye"),
            ("Date of birth", "06/06/2010"),
            ("Address", "88 Dudley Road, Dudley DY1 1AA"),
            per_row=2,
        ),
        Heading("Household members"),
        grid(
            ["Surname", "Forename(s)", "Date of birth", "Relationship"],
            [
                ["ROBERTS", "Gemma", "30/09/1988", "Mother"],
                ["ROBERTS", "Alfie", "11/03/2014", "Brother"],
            ],
        ),
        Heading("Reason for referral"),
        Para(
            "Skye (16) was found at 02:30 in a car with two adult males not known to the family; she had alcohol and a new phone. "
            "Third missing episode this month. Concerns of child sexual exploitation."
        ),
    ]
    return render_pdf(blocks, "MARF")


CASES: tuple[CouncilCase, ...] = (
    CouncilCase(
        case_id="heldout5-buckinghamshire-marf-01",
        council=COUNCIL,
        source_url=URL,
        source_title=TITLE,
        layout="Word MARF opening with the four published level-of-need statements one per row as ☒/☐ ('Level 3 – children in need …' ticked) and the Consult / Consent / Contact steps; SURNAME in capitals before Forename(s); school's DY1 2HQ before the child; both parents sign",
        filename="referral.docx",
        assessment_date=ON1,
        build=_build_01,
        expected=Expected(
            form_type="early_help_assessment",
            people=(
                person("Oliwia Nowak", date(2016, 4, 9), False, ON1),
                person("Marta Nowak", date(1986, 5, 14), True, ON1),
                person("Piotr Nowak", date(1983, 10, 20), True, ON1),
                person("Filip Nowak", date(2021, 2, 3), False, ON1),
            ),
            postcode="DY3 2DE",
            lead_professional_name="Claire Hadley",
            lead_professional_email="c.hadley@milkingbank.example.sch.uk",
            level_of_need=3,
        ),
    ),
    CouncilCase(
        case_id="heldout5-buckinghamshire-marf-02",
        council=COUNCIL,
        source_url=URL,
        source_title=TITLE,
        layout="fillable PDF MARF with field names taken from the labels ('Postcode', 'Signature 2') and checkboxes 'Level 1'..'Level 4': 'Level 2' ticked; council office DY1 1HF beside the referrer; consent grid where the 14-year-old's row has neither box ticked and no signature",
        filename="referral.pdf",
        assessment_date=ON2,
        build=_build_02,
        expected=Expected(
            form_type="early_help_assessment",
            people=(
                person("Connor Bailey", date(2011, 8, 17), False, ON2),
                person("Tracey Bailey", date(1979, 2, 2), True, ON2),
                person("Chloe Bailey", date(2018, 12, 25), False, ON2),
            ),
            postcode="DY6 0LQ",
            lead_professional_name="Daniel Akers",
            lead_professional_email="daniel.akers@housing.example.gov.uk",
            level_of_need=2,
            queue_reason="consent_missing",
        ),
    ),
    CouncilCase(
        case_id="heldout5-buckinghamshire-marf-03",
        council=COUNCIL,
        source_url=URL,
        source_title=TITLE,
        layout="flattened PDF MARF with 'Level 4 – … suffering or likely to suffer significant harm' ticked and the Consult / Consent / Contact steps answered with the telephone referral; police station's DY5 3DH beside the referrer; exploitation concern",
        filename="referral.pdf",
        assessment_date=ON3,
        build=_build_03,
        expected=Expected(
            form_type="early_help_assessment",
            people=(
                person("Skye Roberts", date(2010, 6, 6), False, ON3),
                person("Gemma Roberts", date(1988, 9, 30), False, ON3),
                person("Alfie Roberts", date(2014, 3, 11), False, ON3),
            ),
            postcode="DY1 1AA",
            lead_professional_name="Jordan Hale",
            lead_professional_email="jordan.hale@police.example.uk",
            level_of_need=4,
            safeguarding=True,
            queue_reason="safeguarding_concern",
        ),
    ),
)
