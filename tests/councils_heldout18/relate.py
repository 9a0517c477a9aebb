"""Relate: counselling, mediation and group work; in some locations reducing parental conflict
programmes; a referrer decides with the service user whether Relate would help and how to
access it; some funded sessions through partnership agreements."""

# ruff: noqa: E501  (wording follows the published page)

from datetime import date

from tests.councils.kit import (
    CB,
    DOCX_MIME,
    Boxes,
    Heading,
    L,
    Mail,
    Para,
    Span,
    Table,
    Title,
    as_bytes,
    dmy,
    dmy2,
    grid,
    kv,
    person,
    render_docx,
    render_pdf,
)
from tests.councils.model import CouncilCase, Expected
from tests.councils_heldout18._mail import FRONT_DOOR

URL = "https://www.relate.org.uk/what-we-do/information-professionals"
TITLE = "Relate – Information for professionals (information for healthcare professionals: counselling, mediation, reducing parental conflict programmes)"
COUNCIL = "Relate (reducing parental conflict)"

ON1 = date(2026, 9, 9)


def _b1() -> bytes:
    return render_docx(
        [
            Title("Reducing Parental Conflict – Professional Referral", "Relate"),
            Para(
                "Please decide, along with your service user, if Relate would be a helpful form of support at this time."
            ),
            Table(
                [
                    [
                        L("Service requested"),
                        Boxes(
                            (
                                CB(False, "Counselling"),
                                CB(False, "Mediation"),
                                CB(True, "Reducing parental conflict programme"),
                                CB(False, "One session therapy"),
                            )
                        ),
                    ],
                    [
                        L("Level of need"),
                        Boxes(
                            (
                                CB(False, "Level 1"),
                                CB(True, "Level 2"),
                                CB(False, "Level 3"),
                                CB(False, "Level 4"),
                            )
                        ),
                    ],
                ]
            ),
            Heading("Parents"),
            Table(
                [
                    [L("Parent 1"), "Ryan Hollis", L("DOB"), "08/02/1988"],
                    [L("Parent 2"), "Sophie Hollis", L("DOB"), "27/05/1990"],
                    [L("Home address"), Span("3 Furnace Hill, Halesowen B62 8AA", 3)],
                ]
            ),
            Heading("Children"),
            grid(
                ["Name", "DOB", "School / nursery"],
                [
                    ["Noah Hollis", "13/10/2016", "Olive Hill Primary, B62 9AP"],
                    ["Ava Hollis", "02/04/2019", "Olive Hill Primary"],
                ],
            ),
            Heading("What is happening?"),
            Para(
                "Frequent arguments in front of the children since Ryan's redundancy; no domestic abuse disclosed (DASH screened: standard). Both parents want to attend."
            ),
            Heading("Agreement"),
            grid(
                ["Print name", "Signed", "Date"],
                [["RYAN HOLLIS", "R Hollis", dmy(ON1)], ["SOPHIE HOLLIS", "S Hollis", dmy(ON1)]],
            ),
            kv(
                ("Referrer", "Karen Doyle, Health Visitor"),
                ("Email", "karen.doyle@nhs.example.net"),
                ("Tel", "01632 960733"),
                per_row=3,
            ),
        ]
    )


ON2 = date(2026, 10, 20)


def _b2() -> bytes:
    return render_pdf(
        [
            Title("Relate – Referral for Children and Young People's Counselling"),
            kv(
                ("Referred by", "Aisha Begum, Outreach Worker"),
                ("Email", "aisha.begum@womensrefuge.example.org"),
                ("Date", dmy(ON2)),
                per_row=1,
            ),
            Heading("Family"),
            grid(
                ["Name", "Date of birth", "Relationship"],
                [
                    ["Claire Benson", "14/08/1992", "Mother"],
                    ["Lily Benson", "30/01/2014", "Daughter"],
                    ["Jack Benson", "09/09/2018", "Son"],
                ],
            ),
            Table(
                [
                    [L("Current address"), "Refuge – address not disclosed"],
                    [L("Postcode"), "Withheld for safety"],
                    [
                        L("Contact via"),
                        "Relate Centre, 6 Castle Street, Worcester WR1 3AD (appointments)",
                    ],
                ]
            ),
            Heading("Reason for referral"),
            Para(
                "Lily (12) witnessed domestic abuse before the family fled; nightmares and anger at school. Mum asks for counselling for Lily and a parenting group for herself."
            ),
            Heading("Consent"),
            Para(
                "Claire Benson consents to this referral and to information being shared. Signed: C Benson "
                + dmy(ON2)
            ),
        ],
        title="Relate referral",
    )


ON3 = date(2026, 11, 24)


def _form3() -> bytes:
    return render_docx(
        [
            Title("Relate – Family Counselling Referral"),
            kv(
                ("Date", dmy2(ON3)),
                ("Referrer", "Mark Ellison"),
                ("Role", "Pastoral Manager, Thorns Academy, Quarry Bank DY5 3UZ"),
                ("Email", "m.ellison@thorns.example.org"),
            ),
            Heading("Household"),
            grid(
                ["SURNAME, Forename", "DOB", "Relationship"],
                [
                    ["DUFFY, Kelly", "05/06/84", "Mother"],
                    ["DUFFY, Ellie-Mae", "18/11/10", "Daughter"],
                    ["DUFFY, Harvey", "22/07/15", "Son"],
                ],
            ),
            kv(("Home address", "16 Vicarage Road, Wollaston, Stourbridge DY8 4HB")),
            Table(
                [
                    [
                        L("Other parent (not in household)"),
                        "DUFFY, Paul – 8 Beecher Road, Lye, Stourbridge DY9 0QQ",
                    ]
                ]
            ),
            Heading("Consent"),
            grid(
                ["Name", "Agrees", "Signature", "Date"],
                [
                    ["Kelly Duffy", "Yes", "K Duffy", dmy2(ON3)],
                    ["Ellie-Mae Duffy", "Yes", "E Duffy", dmy2(ON3)],
                ],
            ),
            Heading("Reason"),
            Para(
                "Ellie-Mae (16) and mum are arguing daily since the parents separated; Harvey is withdrawn. Family counselling requested."
            ),
        ]
    )


def _b3() -> bytes:
    msg = Mail(
        "Mark Ellison <m.ellison@thorns.example.org>",
        FRONT_DOOR,
        "Referral form attached - DUFFY",
        ON3,
    ).message()
    msg.set_content(
        "Hello,\n\nPlease find attached a Relate family counselling referral for the Duffy family.\n\nMark Ellison\nPastoral Manager\n"
    )
    msg.add_attachment(
        _form3(), maintype=DOCX_MIME[0], subtype=DOCX_MIME[1], filename="Relate referral DUFFY.docx"
    )
    return as_bytes(msg)


CASES: tuple[CouncilCase, ...] = (
    CouncilCase(
        "heldout18-relate-01",
        COUNCIL,
        URL,
        TITLE,
        "Word reducing-parental-conflict referral with a service tick row and a ticked 'Level 2' in a Level 1-4 row; Parent 1 / Parent 2 label rows with a merged address row; Print name in capitals | Signed | Date",
        "referral.docx",
        ON1,
        _b1,
        Expected(
            "early_help_assessment",
            (
                person("Ryan Hollis", date(1988, 2, 8), True, ON1),
                person("Sophie Hollis", date(1990, 5, 27), True, ON1),
                person("Noah Hollis", date(2016, 10, 13), False, ON1),
                person("Ava Hollis", date(2019, 4, 2), False, ON1),
            ),
            "B62 8AA",
            "Karen Doyle",
            "karen.doyle@nhs.example.net",
            2,
        ),
    ),
    CouncilCase(
        "heldout18-relate-02",
        COUNCIL,
        URL,
        TITLE,
        "flattened PDF counselling referral from a refuge: 'Refuge – address not disclosed', Postcode 'Withheld for safety'; the only postcode the Relate centre's Worcester WR1 3AD",
        "referral.pdf",
        ON2,
        _b2,
        Expected(
            "early_help_assessment",
            (
                person("Claire Benson", date(1992, 8, 14), True, ON2),
                person("Lily Benson", date(2014, 1, 30), False, ON2),
                person("Jack Benson", date(2018, 9, 9), False, ON2),
            ),
            None,
            "Aisha Begum",
            "aisha.begum@womensrefuge.example.org",
            None,
            queue_reason="postcode_missing",
        ),
    ),
    CouncilCase(
        "heldout18-relate-03",
        COUNCIL,
        URL,
        TITLE,
        "email with a Word referral attached: 'SURNAME, Forename' grid with dd/mm/yy dates; the father outside the household at a Dudley-table postcode (DY9 0QQ); school at DY5 3UZ",
        "message.eml",
        ON3,
        _b3,
        Expected(
            "early_help_assessment",
            (
                person("Kelly Duffy", date(1984, 6, 5), True, ON3),
                person("Ellie-Mae Duffy", date(2010, 11, 18), True, ON3),
                person("Harvey Duffy", date(2015, 7, 22), False, ON3),
            ),
            "DY8 4HB",
            "Mark Ellison",
            "m.ellison@thorns.example.org",
            None,
        ),
    ),
)
