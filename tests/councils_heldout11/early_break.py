"""Early Break: making a referral to the young people's drug and alcohol service (referrals from
young people, parents/carers, family members and statutory and voluntary services; an Advocacy
Worker makes contact within 24 hours; a confidential service working within safeguarding
guidelines)."""

# ruff: noqa: E501  (wording follows the published page)

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
)
from tests.councils.model import CouncilCase, Expected
from tests.councils_heldout11._mail import FRONT_DOOR, plain

URL = "http://www.earlybreak.co.uk/making-a-referral/"
TITLE = "Early Break – Making A Referral (referrals for any young person using drugs or alcohol within our age ranges, from young people, their parents/carers and family members and from statutory and voluntary services such as education, health and Children's Social Care; referral form; What Happens When a Referral is Made? allocation to an Advocacy Worker who will try to make contact within 24 hours; a confidential service working within safeguarding guidelines)"
COUNCIL = "Early Break (young people's drug and alcohol service)"

CONFIDENTIAL = "Early Break is a confidential service and we work within safeguarding guidelines, which means at times information may have to be shared regarding the young person."


def _yn(yes: bool) -> Boxes:
    return Boxes((CB(yes, "Yes"), CB(not yes, "No")))


ON1 = date(2026, 1, 28)


def _b1() -> bytes:
    return render_docx(
        [
            Title("Early Break – Referral Form", "Young people's drug and alcohol service"),
            Para(CONFIDENTIAL),
            Heading("Young person"),
            kv(
                ("Surname", "HARRIS"),
                ("First name", "Kieran"),
                ("DOB", "06/05/2009"),
                ("Age", "16"),
                ("Address", "23 Priory Road, Dudley"),
                ("Postcode", "DY1 1AA"),
                ("School / college / work", "Not in education since Easter"),
                ("Mobile", "07700 900318"),
                per_row=2,
            ),
            Heading("Parent / carer and household"),
            grid(
                ["Surname", "First name", "Relationship", "DOB", "Lives with young person"],
                [
                    ["HARRIS", "Donna", "Mum", "15/11/1981", _yn(True)],
                    ["HARRIS", "Tia", "Sister", "08/08/2013", _yn(True)],
                ],
            ),
            Heading("Substances used"),
            grid(
                ["Substance", "How often", "Since when"],
                [
                    ["Cannabis", "Daily", "Age 14"],
                    ["Alcohol", "Weekends", "Age 15"],
                    ["Ketamine", "Tried twice", "December"],
                ],
            ),
            Heading("Reason for referral"),
            Para(
                "Kieran wants to cut down; mum found ketamine in his room. He has been threatened over a drug debt (police aware)."
            ),
            Heading("Referrer"),
            kv(
                ("Name", "Marcus Reid"),
                ("Agency", "Dudley Youth Service – detached team"),
                ("Address", "The Youth Hub, Stafford Street, Dudley DY1 3NE"),
                ("Email", "marcus.reid@dudleyyouth.example.org"),
                ("Date", "28/01/2026"),
                per_row=2,
            ),
            Heading("Consent"),
            Table(
                [
                    [
                        L("Is the young person aware of and agree to this referral?"),
                        _yn(True),
                        L("Signed (young person)"),
                        "Kieran Harris",
                    ],
                    [
                        L("Parent/carer aware and agrees?"),
                        _yn(True),
                        L("Signed (parent/carer)"),
                        "D Harris",
                    ],
                ]
            ),
        ]
    )


ON2 = date(2026, 7, 15)


def _b2() -> bytes:
    return render_acroform(
        [
            Title("Early Break – Referral Form"),
            Para(CONFIDENTIAL),
            Heading("Young person"),
            kv(
                ("Name", "Chelsea Dunn"),
                ("DOB", "30/09/2008"),
                ("Address", "No fixed abode – sofa-surfing with friends in Brierley Hill"),
                ("Postcode", "NFA"),
                ("Phone", "07700 900552"),
                per_row=2,
            ),
            Heading("Family"),
            grid(
                ["Name", "Relationship", "Contact / address"],
                [
                    [
                        "Lisa Dunn",
                        "Mum",
                        "Does not live with Chelsea – Tipton, no contact since June",
                    ]
                ],
            ),
            Heading("Reason for referral"),
            Para(
                "Chelsea (17) is drinking most days and using cocaine at weekends. She left mum's after an argument in June. Housing options appointment booked."
            ),
            Heading("Referrer"),
            kv(
                ("Name", "Jas Kaur"),
                ("Agency", "Black Country Women's Aid – young women's worker"),
                ("Email", "jas.kaur@bcwa.example.org.uk"),
                ("Date", "15/07/2026"),
                per_row=2,
            ),
            Heading("Consent"),
            Table(
                [
                    [L("Young person agrees to this referral"), _yn(True)],
                    [L("Signed"), F("C Dunn", "YP signature")],
                ]
            ),
        ],
        "Early Break referral",
    )


ON3 = date(2026, 11, 18)


def _b3() -> bytes:
    body = (
        "Hello,\n\n"
        "Following my call this morning, here are the details for a referral to Early Break (drug and alcohol support) – "
        "I have used their referral form headings.\n\n"
        "Young person: Ethan Price, DOB 12/02/2011 (15)\n"
        "Address: 8 Vicarage Road, Wollaston, Stourbridge DY8 4HB\n"
        "Lives with: mum Natalie Price (DOB 26/06/1986) and brother Alfie Price (DOB 30/12/2017)\n"
        "School: Redhill School, Year 11\n\n"
        "Substances: vapes with THC daily, alcohol at weekends.\n"
        "Reason: Ethan collapsed at school on 13/11/2026 after a THC vape and was taken to A&E. He is frightened and wants help.\n\n"
        "Consent: verbal consent given by Ethan and by his mum Natalie Price on 18/11/2026.\n\n"
        "Thanks,\nClaire Whitaker\nSchool Nurse, 0-19 Service\nclaire.whitaker@bchft.example.nhs.uk\n01632 960919"
    )
    return plain(
        "Claire Whitaker <claire.whitaker@bchft.example.nhs.uk>",
        FRONT_DOOR,
        "Referral - Ethan Price (Early Break)",
        ON3,
        body,
    )


CASES: tuple[CouncilCase, ...] = (
    CouncilCase(
        "heldout11-early-break-01",
        COUNCIL,
        URL,
        TITLE,
        "Word Early Break referral: SURNAME and First name in separate cells two pairs per row; household grid with 'Lives with young person' Yes/No; the youth hub's DY1 3NE (not in the table) in the referrer block after the family; consent Yes/No with signatures",
        "referral.docx",
        ON1,
        _b1,
        Expected(
            "early_help_assessment",
            (
                person("Kieran Harris", date(2009, 5, 6), True, ON1),
                person("Donna Harris", date(1981, 11, 15), True, ON1),
                person("Tia Harris", date(2013, 8, 8), False, ON1),
            ),
            "DY1 1AA",
            "Marcus Reid",
            "marcus.reid@dudleyyouth.example.org",
            None,
        ),
    ),
    CouncilCase(
        "heldout11-early-break-02",
        COUNCIL,
        URL,
        TITLE,
        "fillable PDF Early Break referral for a 17-year-old of no fixed abode: Postcode field 'NFA'; mum listed under Family but not living with her",
        "referral.pdf",
        ON2,
        _b2,
        Expected(
            "early_help_assessment",
            (person("Chelsea Dunn", date(2008, 9, 30), True, ON2),),
            None,
            "Jas Kaur",
            "jas.kaur@bcwa.example.org.uk",
            None,
            queue_reason="postcode_missing",
        ),
    ),
    CouncilCase(
        "heldout11-early-break-03",
        COUNCIL,
        URL,
        TITLE,
        "plain-text email following up a phone referral under Early Break's headings: household in one sentence ('Lives with: mum … and brother …'); verbal consent from the 15-year-old and his mother",
        "message.eml",
        ON3,
        _b3,
        Expected(
            "early_help_assessment",
            (
                person("Ethan Price", date(2011, 2, 12), True, ON3),
                person("Natalie Price", date(1986, 6, 26), True, ON3),
                person("Alfie Price", date(2017, 12, 30), False, ON3),
            ),
            "DY8 4HB",
            "Claire Whitaker",
            "claire.whitaker@bchft.example.nhs.uk",
            None,
        ),
    ),
)
