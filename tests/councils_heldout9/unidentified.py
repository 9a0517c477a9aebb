"""Two published blank forms whose council the stored copy does not name: an Inter-Agency Referral
(to one single agency) and an Incredible Years Baby Programme referral form."""

# ruff: noqa: E501  (wording follows the published forms)

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
)
from tests.councils.model import CouncilCase, Expected

URL_IAR = "https://docsbay.net/inter-agency-referral"
TITLE_IAR = "Inter-Agency Referral – 'This form is to be used to refer to one single agency. If you are requiring early intervention or a Team around the Family an Early Help Assessment should be completed' (names of child(ren) and young people; other household members; Child Protection Referral / Referral to statutory agency)"
URL_IY = "https://docest.com/doc/435435/incredible-years-baby-programme-a-programme-supporting-early-attachment-and-brain-development"
TITLE_IY = "Incredible Years Baby Programme – a programme supporting early attachment and brain development: referral form (1. Referrer information; 2. Family information – Primary Carer 1 / Primary Carer 2, Children 1-4; 3. Referral information; 4. Service request)"


def _yn(yes: bool) -> Boxes:
    return Boxes((CB(yes, "Yes"), CB(not yes, "No")))


ON1 = date(2026, 4, 14)


def _b1() -> bytes:
    return render_docx(
        [
            Title("Inter-Agency Referral"),
            Para(
                "This form is to be used to refer to one single agency. If you are requiring early intervention or a Team around the Family an Early Help Assessment should be completed. Please see attached guidance on how to complete this form."
            ),
            kv(
                ("Referrer", "Hollie Jennings"),
                ("Agency / role", "Attendance Officer, Amblecote Primary Federation"),
                ("Address", "Vicarage Road, Amblecote, Stourbridge DY8 4JW"),
                ("Telephone number:", "01632 960752"),
                ("Email", "h.jennings@amblecote-fed.example.sch.uk"),
                ("Date", "14/04/2026"),
                per_row=2,
            ),
            Heading(
                "Names of child(ren) and young people you are referring. Include unborn children and children not living in the family home."
            ),
            grid(
                ["Last Name", "First Name", "Age/DOB/EDD", "Gender M/F", "Religion"],
                [
                    ["WARD", "Tyler", "9 – 02/08/2016", "M", "None"],
                    ["WARD", "Summer", "6 – 19/12/2019", "F", "None"],
                ],
            ),
            Heading(
                "Names of other household members who are significant to child(ren) young person"
            ),
            grid(
                ["Last Name", "First Name", "Age/DOB/EDD", "Gender M/F", "Religion"],
                [
                    ["WARD", "Joanne", "35 – 07/05/1990", "F", "None"],
                    ["PEARSON", "Lee", "38 – 21/10/1987", "M", "None"],
                ],
            ),
            kv(
                (
                    "Name of parents or carers with whom the child(ren) lives (give address if different from the child):",
                    "Joanne Ward (mother) and Lee Pearson (mother's partner), 5 Bredon Road, Amblecote DY9 7AA",
                ),
                ("Telephone number: / Mobile number:", "07700 900753"),
            ),
            Heading("What services are already working with the child / family?"),
            grid(
                ["Name", "Agency", "Address", "Telephone"],
                [["Dr Patel", "GP", "Wollaston Surgery, Stourbridge DY8 3NX", "01632 960754"]],
            ),
            Heading("Child Protection Referral / Referral to statutory agency"),
            Table(
                [
                    [L("Is this a child protection referral?"), _yn(False)],
                    [
                        L(
                            "Have you discussed this referral with all those who hold Parental Responsibility for the child(ren) you are referring?"
                        ),
                        _yn(True),
                    ],
                    [
                        L(
                            "Depending on your agency, have you discussed this referral with your line manager and/or designated professional?"
                        ),
                        _yn(True),
                    ],
                ]
            ),
            Heading(
                "Why are you referring the child(ren)? What has your agency done? What actions have you taken?"
            ),
            Para(
                "Referral to the Early Help attendance and family support service only. Tyler's attendance is 81%; school has held two attendance meetings and put in a breakfast club place. Mum and Lee agreed on 13/04/2026 and signed the school's consent slip (held in school)."
            ),
        ]
    )


ON2 = date(2026, 9, 15)


def _b2() -> bytes:
    rows: list[list[Cell]] = [
        [
            L(""),
            L("PRIMARY CARER 1 (e.g. mother/father)"),
            L("PRIMARY CARER 2 (e.g. mother/father)"),
        ],
        [L("Name*"), "Precious Moyo", "Tendai Moyo"],
        [L("Telephone*"), "07700 900757", "07700 900758"],
        [L("Date of birth"), "02/02/1996", "11/06/1993"],
        [
            L("Address and postcode*"),
            "9 Thorns Road, Quarry Bank, Brierley Hill DY5 1AA",
            "Flat 6, 20 Lichfield Street, Walsall WS1 1TU",
        ],
        [L("Contact email"), "p.moyo@family.example.com", ""],
        [L("Relationship to child*"), "Mother", "Father (lives separately)"],
        [L("Lone parent?"), "Yes", "No"],
    ]
    return render_acroform(
        [
            Title(
                "Incredible Years Baby Programme",
                "A programme supporting early attachment and brain development – referral form",
            ),
            Heading("1. REFERRER INFORMATION"),
            kv(
                ("Family eStart / Mosaic ID", "ES-77120"),
                (
                    "Referrer's agency/service*",
                    "Health Visiting, Brierley Hill Health and Social Care Centre",
                ),
                ("Referrer's name*", "Dawn Fellows"),
                ("Referrer's telephone*", "01632 960759"),
                ("Referrer's email *", "dawn.fellows@dudley-hv.example.nhs.uk"),
                ("Date of referral", "15/09/2026"),
                per_row=2,
            ),
            Para(
                "If the family has a named social worker, it is your responsibility as the referrer to ensure the social worker is made aware of and in agreement with this referral being made."
            ),
            Heading("2. FAMILY INFORMATION"),
            Table(rows),
            grid(
                [
                    "CHILDREN",
                    "Name / Date of Birth",
                    "Gender",
                    "Name of Preschool/Nursery/School/Childminder",
                ],
                [
                    ["Child1*", "Nyasha Moyo – 28/05/2026", "Female", "none"],
                    ["Child 2", "", "", ""],
                ],
            ),
            Heading("3. REFERRAL INFORMATION"),
            Para(
                "Please outline what is currently working well for the family: Precious is attending baby clinic and is warm with Nyasha. What you or the family are worried about: Precious has low mood, is isolated since moving from Walsall and finds Nyasha's crying hard."
            ),
            Heading("4. SERVICE REQUEST*"),
            Table(
                [
                    [
                        Boxes(
                            (
                                CB(True, "Incredible Years Baby Programme"),
                                CB(False, "Incredible Years Toddler Programme"),
                            )
                        )
                    ]
                ]
            ),
            Table([[L("Parent/carer consent to referral"), "Precious Moyo agreed 15/09/2026"]]),
        ],
        "Incredible Years Baby Programme referral",
    )


CASES: tuple[CouncilCase, ...] = (
    CouncilCase(
        "heldout9-unidentified-iar-01",
        "Unidentified council (Inter-Agency Referral to one single agency)",
        URL_IAR,
        TITLE_IAR,
        "Word Inter-Agency Referral as published: children and 'other household members' in two Last Name | First Name | Age/DOB/EDD grids (age and date in one cell); the family's DY9 postcode only inside the parents-or-carers sentence; school's DY8 4JW and GP's DY8 3NX; consent slip 'held in school'",
        "referral.docx",
        ON1,
        _b1,
        Expected(
            "early_help_assessment",
            (
                person("Tyler Ward", date(2016, 8, 2), False, ON1),
                person("Summer Ward", date(2019, 12, 19), False, ON1),
                person("Joanne Ward", date(1990, 5, 7), True, ON1),
                person("Lee Pearson", date(1987, 10, 21), True, ON1),
            ),
            "DY9 7AA",
            "Hollie Jennings",
            "h.jennings@amblecote-fed.example.sch.uk",
            None,
        ),
    ),
    CouncilCase(
        "heldout9-unidentified-iy-01",
        "Unidentified council (Incredible Years Baby Programme referral)",
        URL_IY,
        TITLE_IY,
        "fillable PDF Incredible Years referral as published, hard: Primary Carer 1 / Primary Carer 2 side by side, each with its own 'Address and postcode*'; carer 2 (father) lives in Walsall WS1; baby in the Child1 row",
        "referral.pdf",
        ON2,
        _b2,
        Expected(
            "early_help_assessment",
            (
                person("Precious Moyo", date(1996, 2, 2), True, ON2),
                person("Nyasha Moyo", date(2026, 5, 28), False, ON2),
            ),
            "DY5 1AA",
            "Dawn Fellows",
            "dawn.fellows@dudley-hv.example.nhs.uk",
            None,
        ),
    ),
)
