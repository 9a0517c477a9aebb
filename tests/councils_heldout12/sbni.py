"""Safeguarding Board for Northern Ireland (SBNI) procedures: Referrals to the HSC Trust
Children's Gateway Single Point of Entry (the responsibility to refer; information about the
child's developmental needs, the parents' capacity and the wider family and environment)."""

# ruff: noqa: E501  (wording follows the published procedure)

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

URL = "https://www.proceduresonline.com/sbni/p_referrals.html"
TITLE = "SBNI procedures – Referrals (anyone who has concerns about a child/young person's welfare can make a referral to the local HSC Trust Children's Gateway Single Point of Entry; 2. The Responsibility to Refer; 3. Making a Referral to children's social services)"
COUNCIL = "Safeguarding Board for Northern Ireland (SBNI) – Children's Gateway referral"


def _yn(v: bool) -> Boxes:
    return Boxes((CB(v, "Yes"), CB(not v, "No")))


def _info(dev: str, cap: str, wider: str) -> list[object]:
    return [
        Heading("Information about the child/young person"),
        kv(
            ("Developmental / communication needs", dev),
            ("Capacity of parents and carers to meet these needs", cap),
            ("Wider family and environment", wider),
        ),
    ]


ON1 = date(2026, 3, 3)


def _b1() -> bytes:
    return render_pdf(
        [
            Title("Referral to Children's Social Services – Gateway Single Point of Entry"),
            Para("In an emergency a referral should be made directly to the police."),
            Heading("Referrer"),
            kv(
                ("Name", "Bronagh Kelly"),
                ("Role", "Midwife, Russells Hall Hospital, Dudley DY1 2HQ"),
                ("Email", "bronagh.kelly@maternity.example.nhs.uk"),
                ("Date and time", "03/03/2026 14:20"),
                ("Discussed with Designated Safeguarding Lead?", _yn(True)),
                per_row=2,
            ),
            Heading("Child / young person"),
            kv(
                ("Name", "Baby Hollis (unborn, EDD 28/03/2026)"),
                ("Address", "16 Hill Road, Netherton, Dudley DY2 0AB"),
                per_row=1,
            ),
            Heading("Household"),
            grid(
                ["Name", "Relationship", "Date of birth"],
                [["Kayleigh Hollis", "Mother", "09/05/2004"], ["Jordan Hollis", "Half-brother", "11/11/2022"], ["Reece Carter", "Mother's partner", "Unknown"]],
            ),
            *_info(
                "Jordan (3) has no health visitor contact since November.",
                "Mum disclosed daily cannabis and heroin use by her partner; partner threatened her at the antenatal clinic today.",
                "Police attended the address twice in February.",
            ),
            kv(
                ("Do you believe the child/young person has suffered, or is likely to suffer, significant harm?", _yn(True)),
                ("Are the parents aware of this referral?", _yn(False)),
            ),
        ],
        "Gateway referral",
    )


ON2 = date(2026, 6, 9)


def _b2() -> bytes:
    return render_docx(
        [
            Title("Referral to Children's Social Services – Gateway Single Point of Entry"),
            Heading("Child / young person"),
            kv(
                ("Name", "Cian O'Neill"),
                ("Date of birth", "14/02/2014"),
                ("Address", "8 Stafford Street, Dudley"),
                ("Postcode", "DY1 2QP"),
                per_row=2,
            ),
            Heading("Parents / carers and household"),
            grid(
                ["Name", "Relationship", "Date of birth", "Address if different"],
                [
                    ["Niamh O'Neill", "Mother", "01/07/1985", ""],
                    ["Sean O'Neill", "Brother", "05/05/2017", ""],
                    ["Patrick O'Neill", "Father", "24/04/1983", "Omagh, Co Tyrone"],
                ],
            ),
            *_info(
                "Cian has autism; no speech and language support since the move from Omagh.",
                "Mum loving but exhausted; no respite.",
                "Family moved to Dudley in April to be near mum's sister.",
            ),
            kv(
                ("Do you believe the child has suffered, or is likely to suffer, significant harm?", _yn(False)),
                ("Parent consent to referral", "Niamh O'Neill – signed 09/06/2026. Cian (12) aware and agrees."),
            ),
            Heading("Referrer"),
            kv(
                ("Name", "Eimear Rooney"),
                ("Role", "SENCo, Priory Primary School, Dudley DY1 4AS"),
                ("Email", "e.rooney@prioryprimary.example.sch.uk"),
                ("Date", "09/06/2026"),
                per_row=2,
            ),
        ]
    )


CASES: tuple[CouncilCase, ...] = (
    CouncilCase(
        "heldout12-sbni-gateway-01",
        COUNCIL,
        URL,
        TITLE,
        "flattened PDF Gateway referral for an unborn baby: hospital's DY1 2HQ before the family; household grid with a partner whose date of birth is 'Unknown'; 'likely to suffer significant harm? ☒ Yes', parents not aware",
        "referral.pdf",
        ON1,
        _b1,
        Expected(
            "early_help_assessment",
            (
                person("Kayleigh Hollis", date(2004, 5, 9), False, ON1),
                person("Jordan Hollis", date(2022, 11, 11), False, ON1),
                person("Reece Carter", None, False, ON1),
            ),
            "DY2 0AB",
            "Bronagh Kelly",
            "bronagh.kelly@maternity.example.nhs.uk",
            None,
            safeguarding=True,
            queue_reason="safeguarding_concern",
        ),
    ),
    CouncilCase(
        "heldout12-sbni-gateway-02",
        COUNCIL,
        URL,
        TITLE,
        "Word Gateway referral with the procedure's three information headings; father in the household grid with 'Omagh, Co Tyrone' as his address; significant harm ☒ No; mum's signature and the 12-year-old's agreement in one cell; school's DY1 4AS last",
        "referral.docx",
        ON2,
        _b2,
        Expected(
            "early_help_assessment",
            (
                person("Cian O'Neill", date(2014, 2, 14), True, ON2),
                person("Niamh O'Neill", date(1985, 7, 1), True, ON2),
                person("Sean O'Neill", date(2017, 5, 5), False, ON2),
            ),
            "DY1 2QP",
            "Eimear Rooney",
            "e.rooney@prioryprimary.example.sch.uk",
            None,
        ),
    ),
)
