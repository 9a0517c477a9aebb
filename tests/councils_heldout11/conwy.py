"""Conwy County Borough Council: the Social Services annual report – Connected Persons, and
working with Y Bont, who run Family Group Conferences, to have early discussions with the
family network (the re-launched Public Law Outline)."""

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
from tests.councils_heldout11._mail import FRONT_DOOR, plain

URL = "https://conwysocialservicesannualreport.org.uk/?p=3701"
TITLE = "Conwy Social Services Annual Report – Developing our Connected Persons Team (a relative, friend or other person connected with a child; usually in the child's interests to remain with family or friends); the re-launched Public Law Outline (PLO); working with Y Bont, who run Family Group Conferences, to encourage early discussions with families"
COUNCIL = "Conwy County Borough Council"


def _yn(yes: bool) -> Boxes:
    return Boxes((CB(yes, "Yes"), CB(not yes, "No")))


ON1 = date(2026, 3, 31)


def _b1() -> bytes:
    return render_docx(
        [
            Title(
                "Family Group Conference – Referral",
                "Family network meeting: bringing together the child's family and friends to make a plan",
            ),
            Heading("Referrer"),
            kv(
                ("Name", "Bethan Lloyd-Williams"),
                ("Role", "Family Liaison Officer"),
                ("Agency", "Hob Green Primary School"),
                ("Address", "Hob Green Road, Stourbridge DY9 8HH"),
                ("Email", "b.lloydwilliams@hobgreen.example.sch.uk"),
                ("Date", "31/03/2026"),
                per_row=2,
            ),
            Heading("Child(ren)"),
            grid(
                ["Name", "DOB", "Address"],
                [
                    ["Ffion Jones", "14/06/2014", "6 Wallbrook Street, Kingswinford DY6 0LQ"],
                    ["Rhys Jones", "29/01/2019", "as above"],
                ],
            ),
            Heading("Parents and people with parental responsibility"),
            grid(
                ["Name", "Relationship", "PR", "Lives with the children"],
                [
                    ["Sian Jones", "Mother", _yn(True), _yn(True)],
                    ["Gareth Jones", "Father", _yn(True), _yn(True)],
                ],
            ),
            Heading("Family network (family, friends, connected persons)"),
            grid(
                ["Name", "Relationship", "Where they live"],
                [
                    ["Eirlys Pugh", "Maternal grandmother", "Llandudno LL30 2TL"],
                    ["Aled Jones", "Paternal uncle", "Wall Heath"],
                    ["Cerys Owen", "Family friend", "Kingswinford"],
                ],
            ),
            Heading("Why a Family Group Conference now?"),
            Para(
                "Dad starts a six-month residential rehabilitation programme in May. Mum works shifts; the family want to plan who will do school runs and weekends so the children can stay at home."
            ),
            Heading("Agreement"),
            Table(
                [
                    [L("Have the parents agreed to a Family Group Conference?"), _yn(True)],
                    [L("Signed"), "Sian Jones   Gareth Jones"],
                    [
                        L("Has the child been asked?"),
                        "Yes – Ffion (11) would like Nain (grandmother) to come",
                    ],
                ]
            ),
        ]
    )


ON2 = date(2026, 8, 25)


def _b2() -> bytes:
    body = (
        "Hi,\n\n"
        "Referral for a Family Group Conference / family network meeting (our old Conwy form headings).\n\n"
        "FAMILY NAME: ROBERTS\n"
        "Address: 44 Worcester Street, Stourbridge DY8 2SE\n\n"
        "Living in the household:\n"
        "- Jade Roberts (mum), DOB 19/05/1998\n"
        "- Brenda Roberts (maternal grandmother, lives with them), DOB 03/03/1965\n"
        "- Kayden Roberts, DOB 10/10/2019\n"
        "- Lacey Roberts, DOB 01/04/2023\n\n"
        "Not in the household: Craig Pritchard (children's father), 5 Brook Street, Lye DY9 7AA.\n\n"
        "Why: nan has been doing most of the childcare but is waiting for a hip operation; mum is 20 weeks pregnant. "
        "We would like the wider family to agree a plan before the baby arrives.\n\n"
        "Agreement: Mum (Jade Roberts) has agreed to the referral and to a co-ordinator contacting her.\n\n"
        "Date: 25/08/2026\n\n"
        "Kerry Evans\nHealth Visitor, Stourbridge 0-19 Team\nkerry.evans@bchft.example.nhs.uk\n07700 900461"
    )
    return plain(
        "Kerry Evans <kerry.evans@bchft.example.nhs.uk>",
        FRONT_DOOR,
        "FGC referral - Roberts family",
        ON2,
        body,
    )


CASES: tuple[CouncilCase, ...] = (
    CouncilCase(
        "heldout11-conwy-fgc-01",
        COUNCIL,
        URL,
        TITLE,
        "Word Family Group Conference referral: the children's address (with postcode) inside the children grid; family network table of relatives living elsewhere (Llandudno LL30, Wall Heath); both parents' names in one 'Signed' cell",
        "referral.docx",
        ON1,
        _b1,
        Expected(
            "early_help_assessment",
            (
                person("Ffion Jones", date(2014, 6, 14), False, ON1),
                person("Rhys Jones", date(2019, 1, 29), False, ON1),
                person("Sian Jones", None, True, ON1),
                person("Gareth Jones", None, True, ON1),
            ),
            "DY6 0LQ",
            "Bethan Lloyd-Williams",
            "b.lloydwilliams@hobgreen.example.sch.uk",
            None,
        ),
    ),
    CouncilCase(
        "heldout11-conwy-fgc-02",
        COUNCIL,
        URL,
        TITLE,
        "plain-text email referral under the Conwy FGC headings: 'FAMILY NAME: ROBERTS'; a grandmother living in the household; the agreement names only mum; the father's Lye DY9 7AA (a Dudley-table postcode) after the household, outside it",
        "message.eml",
        ON2,
        _b2,
        Expected(
            "early_help_assessment",
            (
                person("Jade Roberts", date(1998, 5, 19), True, ON2),
                person("Brenda Roberts", date(1965, 3, 3), False, ON2),
                person("Kayden Roberts", date(2019, 10, 10), False, ON2),
                person("Lacey Roberts", date(2023, 4, 1), False, ON2),
            ),
            "DY8 2SE",
            "Kerry Evans",
            "kerry.evans@bchft.example.nhs.uk",
            None,
            queue_reason="consent_missing",
        ),
    ),
)
