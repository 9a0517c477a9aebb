"""Victim Support (young victims of crime): working in partnership with parents and
professionals; 'If you wish to refer a child to Victim Support then we always require consent
from the child and, where safe, the parent before referral'; a working together agreement;
information shared without permission when worried about a child's safety."""

# ruff: noqa: E501  (wording follows the published page)

from datetime import date

from tests.councils.kit import (
    CB,
    SDT,
    Boxes,
    Heading,
    L,
    Para,
    Table,
    Title,
    dmy,
    grid,
    kv,
    person,
    render_docx,
    render_html,
)
from tests.councils.model import CouncilCase, Expected
from tests.councils_heldout18._mail import FRONT_DOOR, html_only

URL = "https://www.victimsupport.org.uk/help-and-support/young-victims-crime/partnership-working-and-confidentiality"
TITLE = "Victim Support – Partnership working and confidentiality (young victims of crime)"
COUNCIL = "Victim Support (young victims of crime)"

_RULE = "If you wish to refer a child to Victim Support then we always require consent from the child and, where safe, the parent before referral."

ON1 = date(2026, 9, 30)


def _b1() -> bytes:
    return render_docx(
        [
            Title("Young Victims Referral", "Victim Support"),
            Heading("Safeguarding"),
            Table(
                [
                    [
                        L("Are you worried about the child's safety now?"),
                        Boxes((CB(True, "YES"), CB(False, "NO"))),
                    ],
                    [L("Risk of significant harm"), Boxes((CB(True, "YES"), CB(False, "NO")))],
                    [
                        L("Details"),
                        "Ellis was assaulted by a group who have threatened to come to the house; police log 0412 of 29/09/2026.",
                    ],
                ]
            ),
            Heading("Child / young person"),
            kv(
                ("Name", "Ellis Ward"),
                ("DOB", "06/01/2013"),
                ("Address", "73 Bull Street, Brierley Hill DY5 3BB"),
                ("School", "Crestwood School, Kingswinford DY6 8QG"),
                per_row=2,
            ),
            Heading("Family"),
            grid(
                ["Name", "DOB", "Relationship"],
                [["Lisa Ward", "18/08/1983", "Mum"], ["Callum Ward", "22/02/2016", "Brother"]],
            ),
            Heading("Consent"),
            Para(_RULE),
            grid(
                ["Name", "Consent", "Date"],
                [["Ellis Ward", "Yes – E Ward", dmy(ON1)], ["Lisa Ward", "Yes – L Ward", dmy(ON1)]],
            ),
            kv(
                ("Referrer", "PC Dan Hopkins"),
                ("Email", "dan.hopkins@police.example.org"),
                per_row=2,
            ),
        ]
    )


ON2 = date(2026, 10, 28)


def _b2() -> bytes:
    html = render_html(
        [
            Title("Young Victims – Referral"),
            Para(_RULE),
            Heading("Young person"),
            kv(
                ("Name", "Kai Brennan"),
                ("Date of birth", "19/05/2010"),
                (
                    "Home address",
                    "3 Oakham Road, Dudley DY2 7AB (family now living at 12 Highgate Road, Dudley DY2 0AB)",
                ),
            ),
            Heading("Household"),
            grid(
                ["Name", "DOB", "Relationship"],
                [
                    ["Paula Brennan", "08/03/1976", "Mum"],
                    ["Kai Brennan", "19/05/2010", "Young person referred"],
                ],
            ),
            Heading("Consent"),
            Table(
                [
                    [L("Parent consent"), "Yes – Paula Brennan agreed by phone " + dmy(ON2)],
                    [L("Young person consent"), "Not yet asked – Kai was too upset to talk today"],
                ]
            ),
            Heading("What happened"),
            Para(
                "Kai (16) was robbed at knifepoint on his way home from college; he is not sleeping and won't leave the house."
            ),
            Heading("Referrer"),
            kv(
                ("Name", "Gemma Shaw, Witness Care Officer"),
                ("Email", "gemma.shaw@witnesscare.example.org"),
                ("Date", dmy(ON2)),
            ),
        ]
    )
    return html_only(
        "Gemma Shaw <gemma.shaw@witnesscare.example.org>",
        FRONT_DOOR,
        "Young victim referral - Kai BRENNAN",
        ON2,
        "Please see the HTML version of this message.",
        html,
    )


ON3 = date(2026, 11, 18)


def _b3() -> bytes:
    return render_docx(
        [
            Title("Young Victims Referral and Working Together Agreement"),
            Heading("Young person"),
            Table(
                [
                    [
                        L("Name"),
                        SDT("Aaliyah Johnson"),
                        L("DOB"),
                        SDT("02/07/2013", kind="date", iso="2013-07-02"),
                    ],
                    [
                        L("Address"),
                        SDT("58 Wolverhampton Road, Sedgley"),
                        L("Postcode"),
                        SDT("DY3 1AB"),
                    ],
                    [L("Previous address"), SDT(None), L("GP"), SDT(None)],
                ]
            ),
            Heading("Family at home"),
            Table(
                [
                    [L("Parent / carer"), SDT("Denise Johnson"), L("DOB"), SDT("11/10/1980")],
                    [L("Sibling"), SDT("Tyrone Johnson"), L("DOB"), SDT("15/03/2007")],
                    [L("Other"), SDT(None), L("DOB"), SDT(None)],
                ]
            ),
            Heading("Working together agreement"),
            Para(
                _RULE
                + " We will include parents in the working together agreement, which details expectations for working together, including consent, confidentiality and safeguarding."
            ),
            Table(
                [
                    [L("Young person"), SDT("A Johnson"), L("Date"), SDT(dmy(ON3))],
                    [L("Parent"), SDT("D Johnson"), L("Date"), SDT(dmy(ON3))],
                    [L("Sibling (19)"), SDT("T Johnson"), L("Date"), SDT(dmy(ON3))],
                ]
            ),
            Heading("Referrer"),
            Table(
                [
                    [
                        L("Name"),
                        SDT("Claire Nolan"),
                        L("Email"),
                        SDT("claire.nolan@victimsupport.example.org"),
                    ],
                    [L("Date"), SDT(dmy(ON3)), L("Tel"), SDT("01632 960905")],
                ]
            ),
        ]
    )


CASES: tuple[CouncilCase, ...] = (
    CouncilCase(
        "heldout18-victimsupport-01",
        COUNCIL,
        URL,
        TITLE,
        "Word young victims referral with the Safeguarding block first: 'Risk of significant harm' ☒ YES ☐ NO; school at DY6 8QG; consent column 'Yes – E Ward'",
        "referral.docx",
        ON1,
        _b1,
        Expected(
            "early_help_assessment",
            (
                person("Ellis Ward", date(2013, 1, 6), True, ON1),
                person("Lisa Ward", date(1983, 8, 18), True, ON1),
                person("Callum Ward", date(2016, 2, 22), False, ON1),
            ),
            "DY5 3BB",
            "Dan Hopkins",
            "dan.hopkins@police.example.org",
            None,
            safeguarding=True,
            queue_reason="safeguarding_concern",
        ),
    ),
    CouncilCase(
        "heldout18-victimsupport-02",
        COUNCIL,
        URL,
        TITLE,
        "HTML-only email (text part a stub): mum consented by phone but the 16-year-old 'Not yet asked'; the old DY2 7AB address in the Home address field with the current DY2 0AB in brackets",
        "message.eml",
        ON2,
        _b2,
        Expected(
            "early_help_assessment",
            (
                person("Paula Brennan", date(1976, 3, 8), True, ON2),
                person("Kai Brennan", date(2010, 5, 19), False, ON2),
            ),
            "DY2 0AB",
            "Gemma Shaw",
            "gemma.shaw@witnesscare.example.org",
            None,
            queue_reason="consent_missing",
        ),
    ),
    CouncilCase(
        "heldout18-victimsupport-03",
        COUNCIL,
        URL,
        TITLE,
        "Word referral and working together agreement of content controls: empty previous address, GP and 'Other' household controls showing placeholder text; a date control for the DOB; the 19-year-old brother at home signs with the 13-year-old and mum",
        "referral.docx",
        ON3,
        _b3,
        Expected(
            "early_help_assessment",
            (
                person("Aaliyah Johnson", date(2013, 7, 2), True, ON3),
                person("Denise Johnson", date(1980, 10, 11), True, ON3),
                person("Tyrone Johnson", date(2007, 3, 15), True, ON3),
            ),
            "DY3 1AB",
            "Claire Nolan",
            "claire.nolan@victimsupport.example.org",
            None,
        ),
    ),
)
