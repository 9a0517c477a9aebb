"""Published blank forms whose stored copy names no council: an Early help / Safeguarding
referral (Level 2 & 3 / Level 4), an Early Help Step-Down Plan from CIN or CP, and an
Inter-Agency Referral to one single agency."""

# ruff: noqa: E501  (wording follows the published forms)

from datetime import date

from tests.councils.kit import (
    CB,
    Boxes,
    F,
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
from tests.councils_heldout12._mail import FRONT_DOOR, with_attachment

URL_EH = "https://docsbay.net/email-the-completed-form-to"
TITLE_EH = "Early help referral ☐ Safeguarding referral ☐ – Early help support or targeted support – Level 2 & 3 / Safeguarding concern – Level 4; 1. Referrer details; 1a. Child's details; 1b. Siblings and other related children's details; 2a. Parent/carer details"
COUNCIL_EH = "Unidentified council (Early help / Safeguarding referral form, Level 2 & 3 / Level 4)"

URL_SD = "https://docsbay.net/step-down-plan-from-cin-or-cp"
TITLE_SD = "Early Help Step-Down Plan – from CIN or CP (Family name and case file number in Liquid Logic; Main address of family; What type of plan did this require? CIN / CP; Date of Step Down Meeting; Family Details: Last name / First name / Relationship / DOB; 1) Family and Environment)"
COUNCIL_SD = "Unidentified council (Early Help Step-Down Plan from CIN or CP)"

URL_IA = "https://docsbay.net/inter-agency-referral"
TITLE_IA = "Inter-Agency Referral (this form is to be used to refer to one single agency; names of child(ren) and young people you are referring, include unborn children and children not living in the family home; names of other household members; If there is already a Team Around the Family, please detail who is the lead professional; Is this a child protection referral? Yes No)"
COUNCIL_IA = "Unidentified council (Inter-Agency Referral to a single agency)"


def _yn(v: bool, name: str | None = None) -> Boxes:
    return Boxes((CB(v, "Yes", f"{name} Yes" if name else None), CB(not v, "No", f"{name} No" if name else None)))


def _eh_top(early: bool, name: str | None = None) -> list[object]:
    n1 = f"{name} early" if name else None
    n2 = f"{name} safeguarding" if name else None
    return [
        Title("Early Help and Safeguarding Referral Form"),
        Table([[Boxes((CB(early, "Early help referral", n1), CB(not early, "Safeguarding referral", n2)))]]),
        Heading("Early help support or targeted support – Level 2 & 3"),
        Para("For an early help referral, the referral must always be discussed with the family and consent for the referral should always be sought from those with parental responsibility."),
    ]


ON1 = date(2026, 2, 12)


def _b1() -> bytes:
    return render_docx(
        [
            *_eh_top(True),
            kv(
                ("Have you obtained consent from the family to discuss and share information with appropriate agencies?", "☒ Yes ☐ No – Stacey Morris and Lee Morris, 12/02/2026"),
            ),
            Heading("Safeguarding concern – Level 4"),
            Para("(not applicable)"),
            Heading("1. Referrer details"),
            kv(
                ("Name", "Andrea Whittle"),
                ("Role / agency", "Health Visitor, Sedgley Clinic, Sedgley DY3 1RJ"),
                ("Email address", "andrea.whittle@hv.example.nhs.uk"),
                ("Date", "12/02/2026"),
                per_row=2,
            ),
            Heading("1a. Child's details"),
            kv(
                ("Name of child", "Harley Morris"),
                ("Date of Birth or Expected Date of Delivery", "01/06/2023"),
                ("Gender", "☒ M ☐ F ☐ Unknown"),
                ("Child's address and postcode", "28 Dudley Road, Sedgley, Dudley DY3 2DE"),
                per_row=2,
            ),
            Heading("1b. Siblings and other related children's details"),
            grid(
                ["full name", "DOB", "Address", "Relationship to child referred?", "Father's full name"],
                [
                    ["Ava Morris", "10/10/2025", "as above", "sister", "Lee Morris"],
                    ["Kacey Bennett", "22/03/2016", "with her father, 9 Brook Street, Lye DY9 7AA", "half-sister", "Craig Bennett"],
                ],
            ),
            Heading("2a. Parent/carer details"),
            grid(
                ["full name", "DOB", "Address and contact number", "Relationship to child referred?", "Do they have parental responsibility"],
                [
                    ["Stacey Morris", "05/12/1995", "as child – 07700 900512", "mother", "☒ Yes ☐ No ☐ Unknown"],
                    ["Lee Morris", "14/02/1993", "as child – 07700 900513", "father", "☒ Yes ☐ No ☐ Unknown"],
                ],
            ),
            Heading("3. Reason for referral"),
            Para("Harley's speech is delayed and mum is low since Ava's birth; parents ask for a family support worker and a stay-and-play place."),
        ]
    )


ON2 = date(2026, 7, 14)


def _b2() -> bytes:
    return render_acroform(
        [
            *_eh_top(False, "referral type"),
            kv(("Have you obtained consent from the family to discuss and share information with appropriate agencies?", _yn(False, "eh consent"))),
            Heading("Safeguarding concern – Level 4"),
            Para("For a safeguarding children referral, it is good practice to inform those with parental responsibility of your referral, unless to do so would place the child at further risk of harm."),
            kv(
                ("Have you obtained consent from the family to share information with appropriate agencies?", _yn(False, "sg consent")),
                ("If no, reason why", "Child disclosed sexual abuse by a family member; informing parents may place her at risk."),
                ("Have you informed the family that you are making a referral?", _yn(False, "informed")),
            ),
            Heading("1. Referrer details"),
            Table(
                [
                    [L("Name"), F("Louise Crane", "referrer name"), L("Email address"), F("l.crane@brierleyhill.example.sch.uk", "referrer email")],
                    [L("Date"), F("14/07/2026", "referral date")],
                ]
            ),
            Heading("1a. Child's details"),
            Table(
                [
                    [L("Name of child"), F("Summer Price", "child name"), L("Date of Birth"), F("30/04/2015", "child dob")],
                    [L("Child's address and postcode"), F("2 Moor Street, Brierley Hill DY5 2HT", "child address")],
                ]
            ),
            Heading("2a. Parent/carer details"),
            Table(
                [
                    [L("full name"), L("DOB"), L("Relationship to child referred?")],
                    [F("Natalie Price", "parent1 name"), F("19/09/1989", "parent1 dob"), F("mother", "parent1 rel")],
                    [F("Gavin Price", "parent2 name"), F("02/02/1987", "parent2 dob"), F("stepfather", "parent2 rel")],
                ]
            ),
        ],
        "Early help and safeguarding referral",
    )


def _sd_section(title: str, consider: str, strengths: str, actions: list[list[str]], score: int) -> list[object]:
    return [
        Heading(title),
        Para(consider),
        kv(("Strengths and Needs", strengths)),
        Para("Plan - To be completed during step-down meeting if actions(s) are required"),
        grid(["Needs", "Actions", "People responsible", "Outcomes", "Completion date"], actions),
        Table([[L("Score"), Boxes(tuple(CB(i == score, str(i)) for i in range(1, 6)))]]),
    ]


ON3 = date(2026, 4, 7)


def _b3() -> bytes:
    return render_docx(
        [
            Title("Early Help", "Step-Down Plan – from CIN or CP"),
            Para("Please complete this form electronically. Once completed the final page must be printed, signed and all documentation emailed."),
            kv(
                ("Family name and case file number in Liquid Logic:", "ADEBAYO – LL 2231876"),
                ("Main address of family:", "55 Wellington Road, Dudley DY1 1AA"),
                ("Start Date of original Assessment:", "02/09/2025"),
                ("What type of plan did this require?", "☒ CIN ☐ CP"),
                ("Time period of original plan:", "October 2025 – March 2026"),
                ("Date of Step Down Meeting:", "07/04/2026"),
            ),
            Heading("Family Details"),
            grid(
                ["Last name", "First name", "Relationship", "DOB"],
                [
                    ["Adebayo", "Funmi", "Mother", "23/06/1986"],
                    ["Adebayo", "Tobi", "Son", "08/08/2010"],
                    ["Adebayo", "Kemi", "Daughter", "12/12/2014"],
                ],
            ),
            Heading("Reason for original Child in Need or Child Protection Plan"),
            Para("Tobi missing from home and associating with older males; mum struggling after a bereavement."),
            *_sd_section(
                "1) Family and Environment – 1a) Family, parenting and household relationships",
                "Consider: Household composition, separated parents and relationship between them, extended family members.",
                "Mum has re-established boundaries; no missing episodes since January.",
                [["Routines at weekends", "Parenting sessions", "Family Support Worker", "Tobi home by 9pm", "30/06/2026"]],
                4,
            ),
            Heading("Lead Practitioner following step-down"),
            kv(
                ("Name", "Samira Begum"),
                ("Role", "Early Help Family Support Worker"),
                ("Email", "samira.begum@earlyhelp.example.gov.uk"),
                per_row=3,
            ),
            Heading("Social Worker"),
            kv(("Name", "Oliver Grant"), ("Email", "oliver.grant@csc-dudley.example.gov.uk"), per_row=2),
            Heading("Signatures"),
            grid(
                ["Name", "Signature", "Date"],
                [
                    ["Funmi Adebayo", "F. Adebayo", "07/04/2026"],
                    ["Tobi Adebayo", "Tobi A", "07/04/2026"],
                    ["Oliver Grant (Social Worker)", "O Grant", "07/04/2026"],
                ],
            ),
        ]
    )


ON4 = date(2026, 10, 27)


def _b4() -> bytes:
    return render_pdf(
        [
            Title("Early Help", "Step-Down Plan – from CIN or CP"),
            kv(
                ("Family name and case file number in Liquid Logic:", "WRIGHT – LL 2240912"),
                ("Main address of family:", "No fixed address – staying with friends in Brierley Hill while awaiting a housing offer"),
                ("What type of plan did this require?", "☐ CIN ☒ CP"),
                ("Date of Step Down Meeting:", "27/10/2026"),
            ),
            Heading("Family Details"),
            grid(
                ["Last name", "First name", "Relationship", "DOB"],
                [["Wright", "Danielle", "Mother", "03/10/1997"], ["Wright", "Logan", "Son", "17/01/2021"]],
            ),
            *_sd_section(
                "1b) Accommodation",
                "Consider: Do they have basic amenities and facilities appropriate to the age and development of all family members?",
                "Mum has left the perpetrator; housing register Band A.",
                [["Stable home", "Housing options and homeless application", "Housing officer", "Tenancy", "31/12/2026"]],
                2,
            ),
            Heading("Lead Practitioner following step-down"),
            kv(("Name", "Marcus Bell"), ("Email", "marcus.bell@earlyhelp.example.gov.uk"), per_row=2),
            Heading("Signatures"),
            grid(
                ["Name", "Signature", "Date"],
                [["Danielle Wright", "D Wright", "27/10/2026"], ["Hayley Jones (Social Worker)", "H Jones", "27/10/2026"]],
            ),
        ],
        "Step-down plan",
    )


ON5 = date(2026, 11, 3)


def _form5() -> bytes:
    return render_docx(
        [
            Title("Inter-Agency Referral"),
            Para("This form is to be used to refer to one single agency. If you are requiring early intervention or a Team around the Family an Early Help Assessment should be completed."),
            Heading("Names of child(ren) and young people you are referring. Include unborn children and children not living in the family home."),
            grid(
                ["Last Name", "First Name", "Age/DOB/EDD", "Gender M/F", "Address if not the family home"],
                [
                    ["PRICE", "Mollie", "06/06/2018", "F", ""],
                    ["PRICE", "Ethan", "15/08/2013", "M", "Lives with his dad, 3 Owen Street, Tipton DY4 7AA"],
                ],
            ),
            Heading("Names of other household members who are significant to child(ren) young person"),
            grid(["Last Name", "First Name", "Age/DOB/EDD", "Gender M/F"], [["PRICE", "Dean", "21/01/1990", "M"]]),
            Heading("Name of parents or carers with whom the child(ren) lives (give address if different from the child)"),
            kv(
                ("Name", "Gemma Price, 19 Hill Street, Brierley Hill DY5 1AA"),
                ("Telephone number", "01632 960801"),
                ("Mobile number", "07700 900801"),
                per_row=1,
            ),
            Heading("What services are already working with the child / family?"),
            grid(
                ["Name", "Agency", "Address", "Telephone"],
                [["Mrs K Dhillon", "Brockmoor Primary (DSL)", "Brockmoor, Brierley Hill DY5 3UZ", "01632 960802"]],
            ),
            Heading("If there is already a Team Around the Family, please detail who is the lead professional, previous interventions and the outcome that followed"),
            Para("Lead professional: Carla Nunes, Early Help Practitioner (carla.nunes@earlyhelp.example.gov.uk). TAF since June; parenting course completed."),
            Heading("Child Protection Referral / Referral to statutory agency"),
            kv(
                ("Is this a child protection referral?", "☐ Yes ☒ No"),
                ("Have you discussed this referral with all those who hold Parental Responsibility for the child(ren) you are referring?", "☒ Yes ☐ No – Gemma Price and Dean Price, 03/11/2026; both agree"),
            ),
            Heading("Why are you referring the child(ren)?"),
            Para("Referral to the Early Help Family Support service for sleep and behaviour work with Mollie."),
            kv(("Referrer", "Kiran Dhillon, DSL, Brockmoor Primary – k.dhillon@brockmoor.example.sch.uk – 03/11/2026")),
        ]
    )


def _b5() -> bytes:
    return with_attachment(
        "Kiran Dhillon <k.dhillon@brockmoor.example.sch.uk>",
        FRONT_DOOR,
        "Inter-agency referral - PRICE",
        ON5,
        "Good morning,\n\nPlease find attached an inter-agency referral for Mollie Price. Carla Nunes is lead professional for the TAF.\n\nKind regards\nKiran Dhillon\nDesignated Safeguarding Lead\n",
        _form5(),
        "Inter-Agency Referral - Price.docx",
    )


CASES: tuple[CouncilCase, ...] = (
    CouncilCase(
        "heldout12-unidentified-ehsg-01",
        COUNCIL_EH,
        URL_EH,
        TITLE_EH,
        "Word form, hard: ☒ Early help referral under the combined 'Level 2 & 3' heading (no level); child's address and postcode in one cell; a half-sister in 1b living with her father at another Dudley-table postcode (DY9 7AA); consent answer naming both parents",
        "referral.docx",
        ON1,
        _b1,
        Expected(
            "early_help_assessment",
            (
                person("Harley Morris", date(2023, 6, 1), False, ON1),
                person("Ava Morris", date(2025, 10, 10), False, ON1),
                person("Stacey Morris", date(1995, 12, 5), True, ON1),
                person("Lee Morris", date(1993, 2, 14), True, ON1),
            ),
            "DY3 2DE",
            "Andrea Whittle",
            "andrea.whittle@hv.example.nhs.uk",
            None,
        ),
    ),
    CouncilCase(
        "heldout12-unidentified-ehsg-02",
        COUNCIL_EH,
        URL_EH,
        TITLE_EH,
        "fillable PDF of the same form with named fields and checkboxes: ☒ Safeguarding referral and the 'Safeguarding concern – Level 4' questions answered No / No, family not informed",
        "referral.pdf",
        ON2,
        _b2,
        Expected(
            "early_help_assessment",
            (
                person("Summer Price", date(2015, 4, 30), False, ON2),
                person("Natalie Price", date(1989, 9, 19), False, ON2),
                person("Gavin Price", date(1987, 2, 2), False, ON2),
            ),
            "DY5 2HT",
            "Louise Crane",
            "l.crane@brierleyhill.example.sch.uk",
            4,
            safeguarding=True,
            queue_reason="safeguarding_concern",
        ),
    ),
    CouncilCase(
        "heldout12-unidentified-stepdown-01",
        COUNCIL_SD,
        URL_SD,
        TITLE_SD,
        "Word step-down plan from a CIN plan (☒ CIN ☐ CP) as published: Liquid Logic number with the family name, Last name | First name grid, strengths/needs and 1-5 score rows; Lead Practitioner following step-down named apart from the social worker; mum and the 15-year-old sign",
        "stepdown.docx",
        ON3,
        _b3,
        Expected(
            "step_down",
            (
                person("Funmi Adebayo", date(1986, 6, 23), True, ON3),
                person("Tobi Adebayo", date(2010, 8, 8), True, ON3),
                person("Kemi Adebayo", date(2014, 12, 12), False, ON3),
            ),
            "DY1 1AA",
            "Samira Begum",
            "samira.begum@earlyhelp.example.gov.uk",
            None,
        ),
    ),
    CouncilCase(
        "heldout12-unidentified-stepdown-02",
        COUNCIL_SD,
        URL_SD,
        TITLE_SD,
        "flattened PDF step-down plan from a CP plan: 'Main address of family: No fixed address – staying with friends'; accommodation section with a score of 2; Lead Practitioner following step-down",
        "stepdown.pdf",
        ON4,
        _b4,
        Expected(
            "step_down",
            (
                person("Danielle Wright", date(1997, 10, 3), True, ON4),
                person("Logan Wright", date(2021, 1, 17), False, ON4),
            ),
            None,
            "Marcus Bell",
            "marcus.bell@earlyhelp.example.gov.uk",
            None,
            queue_reason="postcode_missing",
        ),
    ),
    CouncilCase(
        "heldout12-unidentified-interagency-01",
        COUNCIL_IA,
        URL_IA,
        TITLE_IA,
        "email with the Word inter-agency referral attached, hard: a child 'not living in the family home' (with his dad in Tipton, Sandwell DY4 7AA) in the referred-children grid; the family postcode only in the parents' line; TAF lead professional named in a sentence; PR question naming both adults",
        "message.eml",
        ON5,
        _b5,
        Expected(
            "early_help_assessment",
            (
                person("Mollie Price", date(2018, 6, 6), False, ON5),
                person("Dean Price", date(1990, 1, 21), True, ON5),
                person("Gemma Price", None, True, ON5),
            ),
            "DY5 1AA",
            "Carla Nunes",
            "carla.nunes@earlyhelp.example.gov.uk",
            None,
        ),
    ),
)
