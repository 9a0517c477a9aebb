"""Pointers Young Carers Project (Isle of Lewis, Western Isles): the project's referral form for a
young person, as published (underscore lines, Yes/ No questions, referrer information)."""

# ruff: noqa: E501  (wording follows the published form)

from datetime import date

from tests.councils.kit import (
    Heading,
    Para,
    Title,
    grid,
    person,
    render_docx,
    render_pdf,
)
from tests.councils.model import CouncilCase, Expected

URL = "https://docsbay.net/boosting-education-employment-training"
TITLE = "Pointers Young Carers Project – Referral Form (for young person being referred to project): Full Name, Address, Postcode, D.O.B., Age, Male/Female (delete as appropriate); Who is a Young Carer?; About the caring role; Is the young person aware of this referral form & can they be contacted? Yes/ No; If they are under 16, has the parent/guardian consented to this referral? Yes/ No; Referrer Information (01851 822 713/ 822 714)"
COUNCIL = "Pointers Young Carers Project (Western Isles)"

_WHO = "Who is a Young Carer? A young carer is a child or young person (up to the age of 18) whose life is affected by looking after someone with a disability or long term illness. The person they care for may be a parent, sibling, another family member or a friend and may not necessarily live in the same house as them."


def _line(label: str, value: str) -> str:
    return f"{label} {value}"


def _form(
    yp: list[str],
    caring: list[str],
    aware: str,
    consented: str,
    contact: str,
    parent: list[str],
    agencies: list[list[str]],
    why: str,
    referrer: list[str],
) -> list[object]:
    return [
        Title("Referral Form", "(for young person being referred to project)"),
        Para("\n".join(yp)),
        Para(_WHO),
        Heading("About the caring role"),
        Para("\n".join(caring)),
        Para(f"Is the young person aware of this referral form & can they be contacted? {aware}"),
        Para("(If not, please make young person aware of this referral)"),
        Para(
            f"If they are under 16, has the parent/guardian consented to this referral? {consented}"
        ),
        Para(f"Can their parent/guardian be contacted? {contact}"),
        Para("\n".join(parent)),
        Heading("Please give details of other agencies (if involved)"),
        grid(["Agency/Service", "Contact Name", "Contact Number"], agencies),
        Heading(
            "Please give details of why you have referred this young person to the Pointers Young Carers Project and what their main needs are:"
        ),
        Para(why),
        Heading("Referrer Information:"),
        Para("\n".join(referrer)),
    ]


ON1 = date(2026, 2, 24)


def _b1() -> bytes:
    return render_pdf(
        _form(
            [
                "Full Name ___Callum James Macleod___",
                "Address ___9 Stourbridge Road, Holly Hall, Dudley___ Postcode ___DY2 0AB___",
                "D.O.B. ___11/06/2013___ Age ___12___ Male/Female (delete as appropriate) Male",
                "School attending (if applicable) ___Holly Hall Academy___",
            ],
            [
                "Who do they help to care for? ___Mum (Fiona)___",
                "What is the illness/disability of person they care for? ___Multiple sclerosis, uses a wheelchair outdoors___",
                "What are the main caring responsibilities for this young person? ___Gets his little sister Isla (DOB 03/03/2020, lives with them) ready for school, helps mum with meals, collects prescriptions___",
            ],
            "Yes/ No — Yes",
            "Yes/ No — Yes, mum signed our consent slip on 24/02/2026",
            "Yes",
            [
                "Parent/guardian name ___Fiona Macleod (DOB 08/10/1986)___",
                "Parent/guardian address (if different from above) ___as above___ Postcode ______ Tel/mobile ___07700 900821___",
            ],
            [
                ["Adult social care (mum's care package)", "Duty worker", "01632 960823"],
                ["Holly Hall Academy – pastoral", "Mr D. Sutherland", "01632 960824"],
            ],
            "The family moved from Stornoway to Dudley in January 2026 to be near mum's sister. Callum was supported by Pointers on Lewis and is now isolated; he is late most mornings and has no young carers group locally. Please pass to the Dudley young carers service and early help.",
            [
                "Name ___Donald Sutherland___ Agency ___Holly Hall Academy___",
                "Job Title ___Head of Year 7___ Date of referral ___24/02/2026___",
                "Email ___d.sutherland@hollyhall.example.sch.uk___ Tel ___01632 960824___",
            ],
        ),
        "Pointers referral",
    )


ON2 = date(2026, 6, 3)


def _b2() -> bytes:
    return render_docx(
        _form(
            [
                "Full Name: Erin Morrison",
                "Address: 27 Queens Road, Lye, Stourbridge   Postcode: DY9 7AA",
                "D.O.B.: 03/06/2012   Age: 14   Male/Female (delete as appropriate): Female",
                "School attending (if applicable): Year 9, Lye Community School",
            ],
            [
                "Who do they help to care for? Dad (Kenneth Morrison)",
                "What is the illness/disability of person they care for? Alcohol dependency and depression",
                "What are the main caring responsibilities for this young person? Shopping, cooking, managing money, keeping an eye on dad at night",
            ],
            "Yes/ No — No (not yet spoken to Erin; will do so when she is back in school)",
            "Yes/ No — Yes (Mum, Shona Morrison, and Dad, Kenneth Morrison, at a meeting in school)",
            "Yes",
            [
                "Parent/guardian name: Shona Morrison (mum, DOB 14/04/1982); Kenneth Morrison (dad, DOB 29/01/1980)",
                "Parent/guardian address (if different from above): same address   Postcode: —   Tel/mobile: 07700 900827",
            ],
            [["School nurse", "Mrs A. Matheson", "01632 960828"]],
            "Erin turned 14 today. Mum works nights and says Erin is looking after dad most evenings; Erin's attendance has dropped to 81%. Both parents consent to the referral; Erin has not yet been asked.",
            [
                "Name: Anne Matheson   Agency: School Nursing, Stourbridge",
                "Job Title: School Nurse   Date of referral: 3 June 2026",
                "Email: anne.matheson@schoolnursing.example.nhs.uk",
            ],
        )
    )


ON3 = date(2026, 10, 6)


def _b3() -> bytes:
    return render_docx(
        [
            *_form(
                [
                    "Full Name ___Lewis Maciver___",
                    "Address ___14 Green Park Road, Sedgley, Dudley___ Postcode ___DY3 1AB___",
                    "D.O.B. ___20/10/2010___ Age ___15___ Male/Female (delete as appropriate) Male",
                    "School attending (if applicable) ___The Dormston School, Sedgley___",
                ],
                [
                    "Who do they help to care for? ___His brother Finlay Maciver (DOB 15/05/2016, lives at home), autism and epilepsy___",
                    "What is the illness/disability of person they care for? ___Autism, epilepsy (nocturnal seizures)___",
                    "What are the main caring responsibilities for this young person? ___Watches Finlay at night when mum is on shift; helps with medication___",
                ],
                "Yes/ No — Yes, Lewis is happy to be contacted",
                "Yes/ No — n/a (Lewis is 15; mum also agrees)",
                "Yes",
                [
                    "Parent/guardian name ___Catriona Maciver (DOB 01/12/1985)___",
                    "Parent/guardian address (if different from above) ___as above___ Postcode ______ Tel/mobile ___07700 900831___",
                ],
                [["Children's disability team", "Key worker Jo Pryce", "01632 960832"]],
                "Lewis is tired in school and has said he can't go on the Year 11 residential because nobody else can do nights. Mum and Lewis both want young carers support and a young carer's assessment.",
                [
                    "Name ___Sarah Evans___ Agency ___The Dormston School___",
                    "Job Title ___Designated Safeguarding Lead___ Date of referral ___06/10/2026___",
                    "Email ___s.evans@dormston.example.sch.uk___",
                ],
            ),
            Heading("Consent"),
            grid(
                ["Signed", "Print name", "Date"],
                [
                    ["C Maciver", "Catriona Maciver", "06/10/2026"],
                    ["Lewis Maciver", "Lewis Maciver", "06/10/2026"],
                ],
            ),
        ]
    )


CASES: tuple[CouncilCase, ...] = (
    CouncilCase(
        "heldout10-western-isles-pointers-01",
        COUNCIL,
        URL,
        TITLE,
        "flattened PDF of the published Pointers form as typed over its ___ lines: 'Postcode ___' on the address line; the younger sister only inside the caring-responsibilities answer; parent/guardian consent Yes/ No answered Yes naming mum",
        "referral.pdf",
        ON1,
        _b1,
        Expected(
            "early_help_assessment",
            (
                person("Callum James Macleod", date(2013, 6, 11), False, ON1),
                person("Fiona Macleod", date(1986, 10, 8), True, ON1),
                person("Isla Macleod", date(2020, 3, 3), False, ON1),
            ),
            "DY2 0AB",
            "Donald Sutherland",
            "d.sutherland@hollyhall.example.sch.uk",
            None,
        ),
    ),
    CouncilCase(
        "heldout10-western-isles-pointers-02",
        COUNCIL,
        URL,
        TITLE,
        "Word copy of the Pointers form with 'Label: value' lines; the young carer turns exactly 14 on the referral date and 'aware of this referral' is answered No; both parents in one parent/guardian line and named in the consent answer",
        "referral.docx",
        ON2,
        _b2,
        Expected(
            "early_help_assessment",
            (
                person("Erin Morrison", date(2012, 6, 3), False, ON2),
                person("Shona Morrison", date(1982, 4, 14), True, ON2),
                person("Kenneth Morrison", date(1980, 1, 29), True, ON2),
            ),
            "DY9 7AA",
            "Anne Matheson",
            "anne.matheson@schoolnursing.example.nhs.uk",
            None,
            queue_reason="consent_missing",
        ),
    ),
    CouncilCase(
        "heldout10-western-isles-pointers-03",
        COUNCIL,
        URL,
        TITLE,
        "Word Pointers form with a 'Signed / Print name / Date' table added after the referrer; the cared-for brother named in the caring-role answer; 15-year-old young carer and mum both sign",
        "referral.docx",
        ON3,
        _b3,
        Expected(
            "early_help_assessment",
            (
                person("Lewis Maciver", date(2010, 10, 20), True, ON3),
                person("Finlay Maciver", date(2016, 5, 15), False, ON3),
                person("Catriona Maciver", date(1985, 12, 1), True, ON3),
            ),
            "DY3 1AB",
            "Sarah Evans",
            "s.evans@dormston.example.sch.uk",
            None,
        ),
    ),
)
