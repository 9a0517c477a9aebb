"""Northern Ireland: Family Support Hubs (Children and Young People's Strategic Partnership):
early, non-stigmatising support for families whose difficulties do not meet the threshold for
statutory social work, by referral with the family's consent."""

# ruff: noqa: E501  (wording follows the published report)

from datetime import date

from tests.councils.kit import (
    CB,
    Boxes,
    Heading,
    L,
    Para,
    Table,
    Title,
    dots,
    grid,
    kv,
    person,
    render_docx,
    render_pdf,
)
from tests.councils.model import CouncilCase, Expected
from tests.councils_heldout9._mail import FRONT_DOOR, with_attachment

URL = "https://vdocuments.net/family-support-hubs-in-northern-ireland-cypsphscni-benefits-of-early-intervention.html"
TITLE = "Family Support Hubs in Northern Ireland – cypsp.hscni.net (Children and Young People's Strategic Partnership: Definition and Purpose of Family Support Hubs; The development of Family Support Hubs; Regional Coordination of Family Support Hubs; benefits of early intervention family support services in addressing family problems at an earlier stage)"
COUNCIL = "Children and Young People's Strategic Partnership (Northern Ireland Family Support Hubs)"

_HARDIKER = (
    "Level 1 – universal",
    "Level 2 – vulnerable (Family Support Hub)",
    "Level 3 – complex (statutory)",
    "Level 4 – acute / immediate risk",
)


def _hub(
    on: str,
    hub: str,
    level: int | None,
    referrer: list[tuple[str, str]],
    family: list[list[str]],
    address: list[tuple[str, str]],
    why: str,
    consent: list[object],
) -> list[object]:
    return [
        Title("Family Support Hub Referral Form", hub),
        Para(
            "Family Support Hubs provide early, non-stigmatising support for families whose difficulties would not meet the threshold for statutory social work intervention. Referrals are made with the family's consent."
        ),
        Heading("Level of need (Hardiker)"),
        Table([[Boxes(tuple(CB(level == i + 1, t) for i, t in enumerate(_HARDIKER)))]]),
        Heading("Referrer"),
        kv(*referrer, ("Date", on), per_row=2),
        Heading("Family details"),
        grid(["Surname", "Forename", "Date of birth", "Relationship", "School / work"], family),
        kv(*address, per_row=2),
        Heading("Reason for referral and support requested"),
        Para(why),
        Heading("Consent"),
        *consent,
    ]


ON1 = date(2026, 3, 24)


def _b1() -> bytes:
    return render_docx(
        _hub(
            "24/03/2026",
            "Western Area Family Support Hub (Fermanagh)",
            2,
            [
                ("Name", "Siobhan Maguire"),
                ("Role", "Social Work Assistant, Gateway"),
                ("Address", "Tyrone and Fermanagh Hospital site, Omagh BT79 0NS"),
                ("Email", "siobhan.maguire@western-gateway.example.hscni.net"),
                ("Telephone", "01632 960742"),
            ],
            [
                ["QUINN", "Aoife", "02/11/1994", "Mother", "Part-time, retail"],
                ["QUINN", "Cian", "15/08/2016", "Son", "P6 (moving school)"],
                ["QUINN", "Orla", "09/04/2021", "Daughter", "Nursery"],
            ],
            [
                ("Address", "14 Castle Street, Dudley"),
                ("Postcode", "DY1 4RN"),
                ("Previous address", "Enniskillen BT74 7BA"),
            ],
            "Aoife and the children have moved from Enniskillen to Dudley to live near her sister. Cian has been diagnosed with ADHD and Aoife needs help with routines and a parenting programme. Needs assessed at Level 2 (Hub).",
            [
                Table(
                    [
                        [
                            L("Family consent to referral and sharing information"),
                            Boxes((CB(True, "Yes"), CB(False, "No"))),
                        ],
                        [L("Signed"), "Aoife Quinn"],
                        [L("Date"), "24/03/2026"],
                    ]
                )
            ],
        )
    )


ON2 = date(2026, 8, 18)


def _b2() -> bytes:
    pdf = render_pdf(
        _hub(
            dots(ON2),
            "South Eastern Family Support Hub (North Down)",
            None,
            [
                ("Name", "Gillian Patterson"),
                ("Role", "Education Welfare Officer"),
                ("Address", "Education Authority, Bangor BT20 4BU"),
                ("Email", "gillian.patterson@ea-ewo.example.org.uk"),
                ("Telephone", "07700 900745"),
            ],
            [
                ["MCKEOWN", "Tina", "13/03/1981", "Mother", ""],
                ["MCKEOWN", "Ryan", "27/07/2009", "Son", "Year 12"],
                ["MCKEOWN", "Chloe", "04/12/2014", "Daughter", "Year 7"],
            ],
            [("Address", "21 Lawnswood Drive, Wordsley, Stourbridge"), ("Postcode", "DY8 4HB")],
            "Ryan (17) has refused school for a term and is up most nights gaming; Chloe is anxious about the move to Stourbridge. Mum asks for family support.",
            [
                Para(
                    "I/We give consent for this referral to be made and for information to be shared with the agencies in the Hub."
                ),
                Table([[L("Signed"), "T McKeown", L("Date"), dots(ON2)]]),
            ],
        ),
        "Family Support Hub Referral",
    )
    return with_attachment(
        "Gillian Patterson <gillian.patterson@ea-ewo.example.org.uk>",
        FRONT_DOOR,
        "Family Support Hub referral - McKeown (moved to Stourbridge)",
        ON2,
        "Hello,\n\nThe McKeown family have moved to Stourbridge before their Hub referral was heard. Attached is the referral form (signed by Mum on 18/08/2026) for your early help team.\n\nGillian Patterson\nEducation Welfare Officer",
        pdf,
        "FSH referral McKeown.pdf",
    )


ON3 = date(2026, 11, 24)


def _b3() -> bytes:
    return render_pdf(
        _hub(
            "24/11/2026",
            "Western Area Family Support Hub (Derry / Londonderry)",
            2,
            [
                ("Name", "Declan Doherty"),
                ("Role", "Youth Worker"),
                ("Address", "Galliagh Youth Centre, Derry BT48 8LT"),
                ("Email", "declan.doherty@galliagh-youth.example.org.uk"),
                ("Telephone", "01632 960749"),
            ],
            [
                ["BRADLEY", "Niamh", "18/06/1990", "Mother", ""],
                ["BRADLEY", "Conor", "05/05/1988", "Father", "Labourer"],
                ["BRADLEY", "Erin", "11/10/2013", "Daughter", "Year 8"],
                ["BRADLEY", "Tiernan", "29/01/2018", "Son", "P4"],
            ],
            [
                ("Address", "7 Park Road, Tipton"),
                ("Postcode", "DY4 0RE"),
                ("Youth centre contact postcode", "BT48 8LT"),
            ],
            "Erin (13) attended our youth club; the family moved to Tipton for Conor's work. Erin is being bullied online and both parents want support for her and help settling in.",
            [
                Table(
                    [
                        [
                            L("Family consent to referral and sharing information"),
                            Boxes((CB(True, "Yes"), CB(False, "No"))),
                        ],
                        [L("Signed"), "Niamh Bradley   Conor Bradley"],
                        [L("Date"), "24/11/2026"],
                    ]
                )
            ],
        ),
        "Family Support Hub Referral",
    )


CASES: tuple[CouncilCase, ...] = (
    CouncilCase(
        "heldout9-cypsp-fsh-01",
        COUNCIL,
        URL,
        TITLE,
        "Word Family Support Hub referral: Hardiker Level 1-4 ☒/☐ row with Level 2 ticked; Gateway worker's Omagh BT79 address first; SURNAME | Forename grid; a 'Previous address' Enniskillen BT74 after the Dudley postcode",
        "referral.docx",
        ON1,
        _b1,
        Expected(
            "early_help_assessment",
            (
                person("Aoife Quinn", date(1994, 11, 2), True, ON1),
                person("Cian Quinn", date(2016, 8, 15), False, ON1),
                person("Orla Quinn", date(2021, 4, 9), False, ON1),
            ),
            "DY1 4RN",
            "Siobhan Maguire",
            "siobhan.maguire@western-gateway.example.hscni.net",
            2,
        ),
    ),
    CouncilCase(
        "heldout9-cypsp-fsh-02",
        COUNCIL,
        URL,
        TITLE,
        "email with the Hub referral attached as a flattened PDF dated d.m.yyyy: 'I/We give consent' signed by mum only; the 17-year-old son at home has not signed",
        "message.eml",
        ON2,
        _b2,
        Expected(
            "early_help_assessment",
            (
                person("Tina McKeown", date(1981, 3, 13), True, ON2),
                person("Ryan McKeown", date(2009, 7, 27), False, ON2),
                person("Chloe McKeown", date(2014, 12, 4), False, ON2),
            ),
            "DY8 4HB",
            "Gillian Patterson",
            "gillian.patterson@ea-ewo.example.org.uk",
            None,
            queue_reason="consent_missing",
        ),
    ),
    CouncilCase(
        "heldout9-cypsp-fsh-03",
        COUNCIL,
        URL,
        TITLE,
        "flattened PDF Hub referral from a Derry youth centre: Level 2 ticked; the youth centre's BT48 postcode repeated in a labelled row after the family's Postcode; both parents' signatures in one cell",
        "referral.pdf",
        ON3,
        _b3,
        Expected(
            "early_help_assessment",
            (
                person("Niamh Bradley", date(1990, 6, 18), True, ON3),
                person("Conor Bradley", date(1988, 5, 5), True, ON3),
                person("Erin Bradley", date(2013, 10, 11), False, ON3),
                person("Tiernan Bradley", date(2018, 1, 29), False, ON3),
            ),
            "DY4 0RE",
            "Declan Doherty",
            "declan.doherty@galliagh-youth.example.org.uk",
            2,
        ),
    ),
)
