"""Renfrewshire Council: child protection – what to do if you're worried about a child or young
person's welfare, what you should look out for, what you should do, your details, what may
happen to the child and their family."""

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
)
from tests.councils.model import CouncilCase, Expected
from tests.councils_heldout12._mail import FRONT_DOOR, plain

URL = "https://www.renfrewshire.gov.uk/article/3290/Child-protection"
TITLE = "Renfrewshire Council – Child protection (What to do if you're worried about a child or young person's welfare, what you should look out for, what you should do, your details, what may happen to the child and their family)"
COUNCIL = "Renfrewshire Council"

ON1 = date(2026, 4, 29)


def _b1() -> bytes:
    body = """Dear Front Door,

Following my phone call at 09:15 today. I have set this out under the headings of the Renfrewshire child protection page I used in my last job.

WHAT YOU HAVE SEEN OR BEEN TOLD
Child: Nathan Kerr, DOB 16/01/2015
Address: 2 Brook Street, Lye, Stourbridge DY9 7AA
Nathan told his teacher this morning that mum's boyfriend "hit him with a belt" last night. Red marks to the back of both legs seen by the first aider.

WHAT YOU SHOULD LOOK OUT FOR (signs noted)
- unexplained bruising or bruising in an unusual place: YES
- seems afraid to go home: YES

HOUSEHOLD
Mum: Lisa Kerr, DOB 08/03/1990
Mum's partner: Darren Pugh, DOB unknown, stays most nights
Sister: Maisie Kerr, DOB 22/06/2020

IS THIS A CHILD PROTECTION CONCERN? YES - child at risk of significant harm.
Have parents been told? NO - not told, to keep Nathan safe.

YOUR DETAILS
Joanne Whitehouse, Designated Safeguarding Lead
Lye Community School, Stourbridge DY9 8BT
j.whitehouse@lyecommunity.example.sch.uk / 01632 960544
29/04/2026
"""
    return plain(
        "Joanne Whitehouse <j.whitehouse@lyecommunity.example.sch.uk>",
        FRONT_DOOR,
        "URGENT - child protection follow-up - Nathan Kerr",
        ON1,
        body,
        hour=11,
    )


ON2 = date(2026, 8, 18)


def _b2() -> bytes:
    return render_docx(
        [
            Title("Worried about a child or young person's welfare", "Referral – your details and the child's details"),
            Heading("Your details"),
            kv(
                ("Name", "Rosa Martinez"),
                ("Organisation", "Kingswinford Children's Centre, Moss Grove, Kingswinford DY6 9HS"),
                ("Email", "rosa.martinez@childrenscentre.example.gov.uk"),
                ("Telephone", "01632 960590"),
                ("Date", "18/08/2026"),
                per_row=2,
            ),
            Heading("The child or young person"),
            kv(
                ("Name", "Lily Paterson"),
                ("Date of birth", "02/02/2022"),
                ("Address", "44 Standhills Road, Kingswinford"),
                ("Postcode", "DY6 7AA"),
                per_row=2,
            ),
            Heading("Parents / carers and household"),
            grid(
                ["Name", "Relationship", "Date of birth", "Lives with the child?"],
                [
                    ["Hannah Paterson", "Mother", "14/10/1999", "Yes"],
                    ["Jamie Paterson", "Father", "03/01/1998", "Yes"],
                    ["Moira Paterson", "Grandmother", "27/05/1970", "No – Paisley"],
                ],
            ),
            Heading("What you should do – your concern"),
            Para("Not a child protection concern. Young parents struggling with Lily's behaviour and their debts; both would like family support."),
            kv(("Is this a child protection concern?", Boxes((CB(False, "Yes"), CB(True, "No"))))),
            Heading("What may happen to the child and their family – family's agreement"),
            grid(
                ["Name", "Signature", "Date"],
                [["Hannah Paterson", "H Paterson", "18/08/2026"], ["Jamie Paterson", "J Paterson", "18/08/2026"]],
            ),
        ]
    )


CASES: tuple[CouncilCase, ...] = (
    CouncilCase(
        "heldout12-renfrewshire-cp-01",
        COUNCIL,
        URL,
        TITLE,
        "plain-text email follow-up of a phone call under the page's headings (what you have seen, what you should look out for, your details): 'IS THIS A CHILD PROTECTION CONCERN? YES'; mum's partner who stays most nights with no DOB; referrer last",
        "message.eml",
        ON1,
        _b1,
        Expected(
            "early_help_assessment",
            (
                person("Nathan Kerr", date(2015, 1, 16), False, ON1),
                person("Lisa Kerr", date(1990, 3, 8), False, ON1),
                person("Darren Pugh", None, False, ON1),
                person("Maisie Kerr", date(2020, 6, 22), False, ON1),
            ),
            "DY9 7AA",
            "Joanne Whitehouse",
            "j.whitehouse@lyecommunity.example.sch.uk",
            None,
            safeguarding=True,
            queue_reason="safeguarding_concern",
        ),
    ),
    CouncilCase(
        "heldout12-renfrewshire-cp-02",
        COUNCIL,
        URL,
        TITLE,
        "Word referral under the page's headings with 'Your details' (children's centre DY6 9HS) first; grandmother in the household grid marked 'No – Paisley'; child protection concern ☒ No; both parents sign",
        "referral.docx",
        ON2,
        _b2,
        Expected(
            "early_help_assessment",
            (
                person("Lily Paterson", date(2022, 2, 2), False, ON2),
                person("Hannah Paterson", date(1999, 10, 14), True, ON2),
                person("Jamie Paterson", date(1998, 1, 3), True, ON2),
            ),
            "DY6 7AA",
            "Rosa Martinez",
            "rosa.martinez@childrenscentre.example.gov.uk",
            None,
        ),
    ),
)
