"""Pembrokeshire County Council (with Carmarthenshire, Ceredigion and Hywel Dda University Health
Board): the West Wales Early Years 'How our services are organised' page (Healthy Child Wales
Programme; Health Visitor assessment of family resilience; standard, enhanced or intensive support)."""

# ruff: noqa: E501  (wording follows the published page)

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
)
from tests.councils.model import CouncilCase, Expected
from tests.councils_heldout10._mail import FRONT_DOOR, plain

URL = "https://earlyyearsstrategywest.wales/how-early-years-services-are-organised-in-our-region/"
TITLE = "Early Years Strategy West Wales – How our services are organised (Early Years services provided jointly by Carmarthenshire, Ceredigion and Pembrokeshire County Councils and Hywel Dda University Health Board; The Healthy Child Wales Programme; level of intervention determined by the Health Visitor's assessment of family resilience and vulnerability: standard, enhanced or more intensive support)"
COUNCIL = "Pembrokeshire County Council (West Wales Early Years partnership)"

ON1 = date(2026, 3, 31)


def _b1() -> bytes:
    return render_docx(
        [
            Title(
                "Health Visiting – Referral for Additional Family Support",
                "Healthy Child Wales Programme",
            ),
            Table(
                [
                    [
                        L("Healthy Child Wales Programme – family resilience assessment"),
                        Boxes(
                            (CB(False, "Universal"), CB(True, "Enhanced"), CB(False, "Intensive"))
                        ),
                    ]
                ]
            ),
            Heading("Child"),
            Table(
                [
                    [L("Name"), "Nia Rose Phillips", L("NHS No."), "485 777 3456"],
                    [L("Date of birth"), "dd 09 | mm 08 | yyyy 2025", L("Gender"), "F"],
                    [
                        L("Home address"),
                        "30 Mount Pleasant, Kingswinford",
                        L("Postcode"),
                        "DY6 0LQ",
                    ],
                ]
            ),
            Heading("Parents / carers and others living in the home"),
            grid(
                ["Name", "DOB", "Relationship to child", "Parental responsibility"],
                [
                    ["Chloe Phillips", "13/05/2002", "Mother", "Yes"],
                    ["Ben Phillips", "27/11/2000", "Father", "Yes"],
                ],
            ),
            Heading("Professionals involved"),
            grid(
                ["Role", "Name", "Address", "Telephone"],
                [
                    [
                        "GP",
                        "Dr Harries",
                        "Withybush Surgery, Haverfordwest SA61 2PY (until re-registration)",
                        "01632 960861",
                    ],
                    [
                        "Health Visitor (referring)",
                        "Angharad Protheroe",
                        "Pembroke Dock Clinic, SA72 6DQ",
                        "01632 960862",
                    ],
                ],
            ),
            Heading("Reason for referral"),
            Para(
                "Family moved from Pembroke Dock to Kingswinford in March 2026. Chloe has postnatal depression (GP reviewing medication) and is isolated; Nia is feeding and growing well. Enhanced health visiting support and a family hub worker requested."
            ),
            Heading("Consent"),
            Para(
                "Chloe Phillips and Ben Phillips have agreed to this referral and to information being shared with the Dudley health visiting team and family hub. Consent gained verbally at the home visit on 31/03/2026."
            ),
            kv(
                ("Referrer", "Angharad Protheroe, Health Visitor"),
                ("Email", "angharad.protheroe@hywel-hv.example.nhs.uk"),
                ("Date", "31/03/2026"),
                per_row=3,
            ),
        ]
    )


ON2 = date(2026, 8, 11)


def _b2() -> bytes:
    body = """Good afternoon,

Health visiting referral for additional family support (Healthy Child Wales Programme – intensive).

Child: Osian WILLIAMS, DOB 30/01/2024
Home address: "Staying with a friend in Stourbridge – the family do not yet have their own address and mum did not want the friend's address passed on"
Postcode: not known

Household:
- Cerys Williams (mum), DOB 04/04/1999
- Osian Williams, DOB 30/01/2024
- Tomos Williams (brother), DOB 17/06/2021

Dad: not involved, lives in Tenby.

Reason: The family left Tenby in July after mum's tenancy ended. Osian has missed his 18-month review and immunisations. Mum is anxious and has no money for nursery. Intensive support requested.

Consent: Cerys Williams agreed to this referral and to sharing information with the Dudley team (verbal, 11/08/2026).

Professionals: GP – Tenby Surgery, SA70 7EJ; previous health visitor – me.

Rhiannon Griffiths
Health Visitor, Tenby Clinic
rhiannon.griffiths@hywel-hv.example.nhs.uk
01632 960865
"""
    return plain(
        "Rhiannon Griffiths <rhiannon.griffiths@hywel-hv.example.nhs.uk>",
        FRONT_DOOR,
        "HV referral - Osian Williams - family moved to Stourbridge",
        ON2,
        body,
    )


CASES: tuple[CouncilCase, ...] = (
    CouncilCase(
        "heldout10-pembrokeshire-hv-01",
        COUNCIL,
        URL,
        TITLE,
        "Word health visiting referral: Universal/Enhanced/Intensive ☒/☐ (not a level of need); baby's date of birth in three boxes 'dd 09 | mm 08 | yyyy 2025'; professionals table with the GP's and clinic's Welsh postcodes; consent sentence naming both parents",
        "referral.docx",
        ON1,
        _b1,
        Expected(
            "early_help_assessment",
            (
                person("Nia Rose Phillips", date(2025, 8, 9), False, ON1),
                person("Chloe Phillips", date(2002, 5, 13), True, ON1),
                person("Ben Phillips", date(2000, 11, 27), True, ON1),
            ),
            "DY6 0LQ",
            "Angharad Protheroe",
            "angharad.protheroe@hywel-hv.example.nhs.uk",
            None,
        ),
    ),
    CouncilCase(
        "heldout10-pembrokeshire-hv-02",
        COUNCIL,
        URL,
        TITLE,
        "plain-text email referral: 'SURNAME' in capitals for the child only; family sofa-surfing, 'Postcode: not known'; the only postcode is the old Tenby GP's SA70",
        "message.eml",
        ON2,
        _b2,
        Expected(
            "early_help_assessment",
            (
                person("Cerys Williams", date(1999, 4, 4), True, ON2),
                person("Osian Williams", date(2024, 1, 30), False, ON2),
                person("Tomos Williams", date(2021, 6, 17), False, ON2),
            ),
            None,
            "Rhiannon Griffiths",
            "rhiannon.griffiths@hywel-hv.example.nhs.uk",
            None,
            queue_reason="postcode_missing",
        ),
    ),
)
