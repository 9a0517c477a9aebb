"""Rethink Advocacy: 'I'm worried about a child/young person' – safeguarding and protecting
local children; a downloadable children and young people referral form for advocacy support
(exploring options, communicating views and wishes, supporting them in meetings)."""

# ruff: noqa: E501  (wording follows the published page)

from datetime import date

from tests.councils.kit import (
    CB,
    F,
    Heading,
    L,
    Para,
    Table,
    Title,
    dmy,
    grid,
    kv,
    longdate,
    person,
    render_acroform,
    render_docx,
    render_pdf,
)
from tests.councils.model import CouncilCase, Expected
from tests.councils_heldout18._bits import yn

URL = "https://www.rethinkadvocacy.org.uk/get-help/other-ways-we-can-help/i-m-worried-about-a-child-young-person/"
TITLE = "Rethink Advocacy – I'm worried about a child/young person (children and young people referral form)"
COUNCIL = "Rethink Advocacy (children and young people)"

ON1 = date(2026, 9, 29)


def _b1() -> bytes:
    return render_docx(
        [
            Title("Children and Young People Referral Form", "Advocacy support"),
            Heading("Consent"),
            Table(
                [
                    [L("Does the young person want an advocate?"), yn(True)],
                    [L("Has the parent/carer agreed to this referral?"), yn(False)],
                    [
                        L("If no, why?"),
                        "Mum (Tracey Lowe) does not want Rethink or any service involved and refused to sign.",
                    ],
                ]
            ),
            Heading("Child / young person"),
            kv(
                ("Name", "Jordan Lowe"),
                ("DOB", "12/03/2011"),
                ("Address", "8 Dock Lane, Tipton DY4 0RE"),
                ("School", "Alexandra High, Tipton DY4 7NR"),
            ),
            Heading("Who lives at home?"),
            grid(
                ["Name", "DOB", "Relationship"],
                [["Tracey Lowe", "01/01/1980", "Mum"], ["Kian Lowe", "20/06/2019", "Brother"]],
            ),
            Heading("What does the young person want help with?"),
            Para(
                "Jordan (15) wants someone to help him say what he thinks at his school review meetings about a managed move."
            ),
            Heading("Signatures"),
            grid(
                ["Name", "Signature", "Date"],
                [["Jordan Lowe", "Jordan Lowe", dmy(ON1)], ["Tracey Lowe", "", ""]],
            ),
            kv(
                ("Referrer", "Abdul Rahman, Youth Worker"),
                ("Email", "abdul.rahman@youthservice.example.org"),
                ("Phone", "07700 900742"),
            ),
        ]
    )


ON2 = date(2026, 10, 27)


def _b2() -> bytes:
    return render_acroform(
        [
            Title("Rethink Advocacy – CYP Referral"),
            Heading("Young person"),
            Table(
                [
                    [
                        L("First name"),
                        F("Amira", "CYP-FirstName"),
                        L("Last name"),
                        F("Haddad", "CYP-LastName"),
                    ],
                    [
                        L("Date of birth"),
                        F("17/02/2013", "CYP-DOB"),
                        L("Gender"),
                        F("Female", "CYP-Gender"),
                    ],
                ]
            ),
            Table(
                [
                    [L("Address"), F("22 Stafford Street, Dudley", "Home-Address")],
                    [L("Postcode"), F("DY1 1AA", "Home-Postcode")],
                ]
            ),
            Heading("Parent / carer"),
            Table(
                [
                    [
                        L("Name"),
                        F("Nadia Haddad", "Carer1-Name"),
                        L("DOB"),
                        F("09/10/1982", "Carer1-DOB"),
                    ],
                    [
                        L("Name"),
                        F("Karim Haddad", "Carer2-Name"),
                        L("DOB"),
                        F("30/07/1979", "Carer2-DOB"),
                    ],
                ]
            ),
            Heading("Consent"),
            Table(
                [
                    [
                        CB(
                            True, "Parent/carer consent given (Nadia Haddad)", name="Consent-Carer1"
                        ),
                        CB(
                            True, "Parent/carer consent given (Karim Haddad)", name="Consent-Carer2"
                        ),
                        CB(True, "Young person agrees", name="Consent-CYP"),
                    ]
                ]
            ),
            Heading("Referrer"),
            Table(
                [
                    [
                        L("Name"),
                        F("Helen Marsh", "Ref-Name"),
                        L("Email"),
                        F("helen.marsh@camhs.example.net", "Ref-Email"),
                    ],
                    [
                        L("Organisation"),
                        F("CAMHS, Ridge Hill, Stourbridge DY8 5ST", "Ref-Org"),
                        L("Date"),
                        F(dmy(ON2), "Ref-Date"),
                    ],
                ]
            ),
            Heading("Reason"),
            Table(
                [
                    [
                        F(
                            "Amira wants support to share her views in meetings about her CAMHS care plan and a move to a specialist school.",
                            "Reason",
                        )
                    ]
                ]
            ),
        ],
        title="Rethink CYP referral",
    )


ON3 = date(2026, 12, 2)


def _b3() -> bytes:
    return render_pdf(
        [
            Title("Children and Young People Referral Form – Advocacy"),
            kv(
                ("Date of referral", longdate(ON3)),
                ("Referred by", "Lauren Pike, School Nurse"),
                ("Email", "lauren.pike@nhs.example.net"),
                per_row=1,
            ),
            Heading("Young person and family"),
            grid(
                ["Name", "Date of birth", "Relationship", "Address"],
                [
                    [
                        "Oliver Grant",
                        longdate(date(2012, 12, 2)),
                        "Young person",
                        "14 Ashwood Drive, Sedgley DY3 1AB",
                    ],
                    ["Rachel Grant", "9 April 1981", "Mum", "as above"],
                    ["Sam Grant", "26 September 2016", "Brother", "as above"],
                ],
            ),
            Heading("What would the young person like help with?"),
            Para(
                "Oliver (14 today) wants his views heard at the Team Around the Family meeting about moving schools."
            ),
            Heading("Agreement"),
            Table(
                [
                    [L("Young person"), "Signed: O Grant", L("Date"), longdate(ON3)],
                    [L("Parent/carer"), "Signed: Rachel Grant", L("Date"), longdate(ON3)],
                ]
            ),
            Para("Boxes: " + " ".join(["☒ Young person aware", "☒ Parent aware"])),
        ],
        title="Rethink referral",
    )


CASES: tuple[CouncilCase, ...] = (
    CouncilCase(
        "heldout18-rethink-01",
        COUNCIL,
        URL,
        TITLE,
        "Word advocacy referral with the consent Yes/No block first: parent/carer agreed ☒ No ('refused to sign') and her signature row empty; the 15-year-old signs; school at DY4 7NR",
        "referral.docx",
        ON1,
        _b1,
        Expected(
            "early_help_assessment",
            (
                person("Jordan Lowe", date(2011, 3, 12), True, ON1),
                person("Tracey Lowe", date(1980, 1, 1), False, ON1),
                person("Kian Lowe", date(2019, 6, 20), False, ON1),
            ),
            "DY4 0RE",
            "Abdul Rahman",
            "abdul.rahman@youthservice.example.org",
            None,
            queue_reason="consent_missing",
        ),
    ),
    CouncilCase(
        "heldout18-rethink-02",
        COUNCIL,
        URL,
        TITLE,
        "fillable PDF with hyphenated field names (CYP-FirstName, Home-Postcode, Carer1-Name); first and last name in separate fields; consent checkboxes naming each parent; CAMHS at DY8 5ST",
        "referral.pdf",
        ON2,
        _b2,
        Expected(
            "early_help_assessment",
            (
                person("Amira Haddad", date(2013, 2, 17), False, ON2),
                person("Nadia Haddad", date(1982, 10, 9), True, ON2),
                person("Karim Haddad", date(1979, 7, 30), True, ON2),
            ),
            "DY1 1AA",
            "Helen Marsh",
            "helen.marsh@camhs.example.net",
            None,
        ),
    ),
    CouncilCase(
        "heldout18-rethink-03",
        COUNCIL,
        URL,
        TITLE,
        "flattened PDF with dates written '2 December 2012': the young person exactly 14 on the day signs 'O Grant'; address in each family grid row ('as above')",
        "referral.pdf",
        ON3,
        _b3,
        Expected(
            "early_help_assessment",
            (
                person("Oliver Grant", date(2012, 12, 2), True, ON3),
                person("Rachel Grant", date(1981, 4, 9), True, ON3),
                person("Sam Grant", date(2016, 9, 26), False, ON3),
            ),
            "DY3 1AB",
            "Lauren Pike",
            "lauren.pike@nhs.example.net",
            None,
        ),
    ),
)
