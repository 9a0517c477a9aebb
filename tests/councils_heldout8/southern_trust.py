"""Southern Health and Social Care Trust (Northern Ireland): referral to a Family Support Hub
(Armagh, Lurgan, Newry) – made with parental consent by any agency or professional who believes
the family would benefit from preventative support; below the Gateway Service threshold."""

# ruff: noqa: E501  (wording follows the published article)

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
from tests.councils_heldout8._mail import FRONT_DOOR, plain

URL = "http://www.banbridgeleader.co.uk/news/keeping-families-at-the-hub-of-the-community-1-3981272"
TITLE = "Banbridge Leader – Keeping families at the hub of the community (Southern Health and Social Care Trust Family Support Strategy; Family Support Hubs in Armagh, Lurgan and Newry; referrals made with parental consent by any agency or professional; families below the threshold for the Social Work Gateway Service)"
COUNCIL = "Southern Health and Social Care Trust (Northern Ireland)"

_HUBS = ("Armagh", "Lurgan", "Newry")


def _hub_form(
    on: str,
    hub: str,
    referrer: tuple[str, str, str, str, str],
    family: list[list[str]],
    address: str,
    postcode: str,
    needs: str,
    consent_rows: list[list[str]],
) -> list[object]:
    return [
        Title(
            "Family Support Hub – Referral Form",
            "Southern Health and Social Care Trust – Family Support Strategy",
        ),
        Para(
            "Family Support Hubs are a network of community, voluntary and statutory organisations providing early intervention for families who do not meet the threshold for statutory social work involvement. Referrals can only be accepted with parental consent. If you believe a child is at risk of significant harm, refer to the Gateway Service."
        ),
        Heading("Hub"),
        Table([[Boxes(tuple(CB(h == hub, h) for h in _HUBS))]]),
        Heading("Referrer"),
        kv(
            ("Name", referrer[0]),
            ("Designation", referrer[1]),
            ("Agency address", referrer[2]),
            ("Telephone", referrer[3]),
            ("Email", referrer[4]),
            ("Date of referral", on),
            per_row=2,
        ),
        Heading("Family details (all members of the household)"),
        grid(["Name", "Date of birth", "Relationship", "School / occupation"], family),
        kv(("Family address", address), ("Postcode", postcode), per_row=2),
        Heading("What support does the family need?"),
        Para(needs),
        Heading("Parental consent"),
        Para(
            "I/We give consent for this referral to be made to the Family Support Hub and for information about my/our family to be shared with the Hub members so that the right service can be offered."
        ),
        grid(["Signature", "Print name", "Date"], consent_rows),
    ]


ON1 = date(2026, 1, 19)


def _b1() -> bytes:
    return render_docx(
        _hub_form(
            "19/01/2026",
            "Newry",
            (
                "Mrs Siobhan McCann",
                "Vice Principal",
                "St Ronan's Primary, Newry BT35 6JU",
                "01632 960621",
                "s.mccann@stronans.example.sch.uk",
            ),
            [
                ["Ciara Quinn", "11/04/1992", "Mother", "Care assistant"],
                ["Eoin Quinn", "27/07/2015", "Son", "Year 5"],
                ["Orla Quinn", "09/09/2019", "Daughter", "P2"],
            ],
            "12 Sandringham Road, Netherton, Dudley",
            "DY2 9HF",
            "Ciara and the children moved to Dudley to live near her sister after Eoin's father left. Eoin is angry and withdrawn. Ciara would like parenting support and a children's counselling service near home.",
            [["C Quinn", "Ciara Quinn", "19/01/2026"]],
        )
    )


ON2 = date(2026, 5, 5)


def _b2() -> bytes:
    return render_pdf(
        _hub_form(
            "05/05/2026",
            "Lurgan",
            (
                "Niamh Donnelly",
                "Health Visitor",
                "Stourbridge Health Centre, Duke Street, Stourbridge DY8 1XX",
                "07700 900624",
                "niamh.donnelly@nhs.example.net",
            ),
            [
                ["Gareth Hamill", "30/01/1991", "Father", "Joiner"],
                ["Rebecca Hamill", "15/08/1993", "Mother", "On maternity leave"],
                ["Noah Hamill", "02/02/2026", "Son", "—"],
                ["Lily Hamill", "20/05/2022", "Daughter", "Nursery"],
            ],
            "40 Worcester Street, Stourbridge",
            "DY8 1AA",
            "Rebecca has post-natal depression; the family moved from Lurgan, Co Armagh (BT66 6AB) in March. Practical support at home and a Home-Start volunteer are requested.",
            [
                ["R Hamill", "Rebecca Hamill", "05/05/2026"],
                ["G. Hamill", "Gareth Hamill", "05/05/2026"],
            ],
        ),
        "Family Support Hub – Referral Form",
    )


ON3 = date(2026, 8, 25)


def _b3() -> bytes:
    body = """Family Support Hub – Referral (Southern Trust form, typed into this email as our school's secure form is not working)

Hub: Armagh

Referrer: Mr Conor Hughes, Head of Year 12, St Patrick's Grammar, Cathedral Road, Armagh BT61 7QZ
Tel 01632 960627   Email c.hughes@stpats.example.sch.uk
Date of referral: 25/08/2026

Family details (all members of the household):
- Bronagh Murray, 14/03/1984, mother
- Ryan Murray, 02/12/2009, son (16) - was at our school, now moving to a Dudley college
- Aine Murray, 18/06/2013, daughter (13)

Family address: 8 Market Street, Kingswinford DY6 7AA (Ryan's new college: Kingswinford DY6 9AE)

What support does the family need?
Bronagh has asked for help with Ryan's anger at home and with debts following the move to England.

Parental consent:
Bronagh Murray gave consent by phone on 25/08/2026 for this referral and for information to be shared with the Hub members.

Conor Hughes"""
    return plain(
        "Conor Hughes <c.hughes@stpats.example.sch.uk>",
        FRONT_DOOR,
        "Family Support Hub referral – Murray",
        ON3,
        body,
    )


CASES: tuple[CouncilCase, ...] = (
    CouncilCase(
        "heldout8-southern-trust-fsh-01",
        COUNCIL,
        URL,
        TITLE,
        "Word Family Support Hub referral: Armagh/Lurgan/Newry ☒/☐ first, Newry BT35 school before the family, full names in one column, 'I/We give consent' statement with a Signature | Print name | Date grid signed by the mother",
        "referral.docx",
        ON1,
        _b1,
        Expected(
            "early_help_assessment",
            (
                person("Ciara Quinn", date(1992, 4, 11), True, ON1),
                person("Eoin Quinn", date(2015, 7, 27), False, ON1),
                person("Orla Quinn", date(2019, 9, 9), False, ON1),
            ),
            "DY2 9HF",
            "Siobhan McCann",
            "s.mccann@stronans.example.sch.uk",
            None,
        ),
    ),
    CouncilCase(
        "heldout8-southern-trust-fsh-02",
        COUNCIL,
        URL,
        TITLE,
        "flattened PDF Family Support Hub referral from a health visitor: her Stourbridge health centre DY8 1XX before the family's DY8 1AA, the old Lurgan BT66 postcode in the needs text, a three-month-old baby, both parents sign",
        "referral.pdf",
        ON2,
        _b2,
        Expected(
            "early_help_assessment",
            (
                person("Gareth Hamill", date(1991, 1, 30), True, ON2),
                person("Rebecca Hamill", date(1993, 8, 15), True, ON2),
                person("Noah Hamill", date(2026, 2, 2), False, ON2),
                person("Lily Hamill", date(2022, 5, 20), False, ON2),
            ),
            "DY8 1AA",
            "Niamh Donnelly",
            "niamh.donnelly@nhs.example.net",
            None,
        ),
    ),
    CouncilCase(
        "heldout8-southern-trust-fsh-03",
        COUNCIL,
        URL,
        TITLE,
        "plain-text email typed under the Hub form's headings: household as dash lines 'name, date, relationship', the college's DY6 9AE in the address line after the family's DY6 7AA, consent by phone naming the mother only while the 16-year-old lives at home",
        "message.eml",
        ON3,
        _b3,
        Expected(
            "early_help_assessment",
            (
                person("Bronagh Murray", date(1984, 3, 14), True, ON3),
                person("Ryan Murray", date(2009, 12, 2), False, ON3),
                person("Aine Murray", date(2013, 6, 18), False, ON3),
            ),
            "DY6 7AA",
            "Conor Hughes",
            "c.hughes@stpats.example.sch.uk",
            None,
            queue_reason="consent_missing",
        ),
    ),
)
