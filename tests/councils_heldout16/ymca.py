"""YMCA Exeter, Children's Wellbeing Practitioners: referral, screening, an Assessment session,
up to three contact attempts ('if there is any reason why you might not be contactable … let us
know on your referral form'), Low-Intensity CBT and the Attendance Agreement."""

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
    grid,
    kv,
    person,
    render_docx,
    render_pdf,
)
from tests.councils.model import CouncilCase, Expected
from tests.councils_heldout16._bits import yn
from tests.councils_heldout16._mail import FRONT_DOOR, with_attachment

URL = "https://www.ymcaexeter.org.uk/cwp-refer/"
TITLE = "YMCA Exeter – Children's Wellbeing Practitioners: Refer (online referral forms, Attendance Agreement, screening and Assessment session)"
COUNCIL = "YMCA Exeter (Children's Wellbeing Practitioners)"

_HEAD = [Title("CHILDREN'S WELLBEING PRACTITIONERS – REFERRAL", "Low-Intensity CBT for children, young people and parents")]

ON1 = date(2026, 9, 3)


def _b1() -> bytes:
    return render_docx(
        [
            *_HEAD,
            Table([[L("I have read the 'About Us' section"), yn(True)], [L("Attendance Agreement explained"), yn(True)]]),
            Heading("Young person"),
            kv(
                ("Full name", SDT("Oliver Jack Harris")),
                ("Date of birth", SDT("14/02/2013", "date", iso="2013-02-14")),
                ("Address", SDT("21 Priory Road, Dudley DY1 4RN")),
                ("Any dates you will not be contactable (e.g. a holiday)", SDT(None)),
            ),
            Heading("Parent / carer (lives with the young person)"),
            kv(("Name", SDT("Rebecca Harris")), ("Date of birth", SDT("01/06/1984")), ("Relationship", SDT("Mum"))),
            Heading("Preferred contact"),
            Table([[Boxes((CB(True, "Phone"), CB(True, "Text"), CB(False, "Email")))]]),
            Heading("Referrer"),
            kv(("Name", SDT("Tom Green")), ("Role", SDT("SENCo, Priory Primary, DY1 4AS")), ("E-mail", SDT("tom.green@priory.example.org")), ("Date", SDT("03/09/2026"))),
            Heading("Consent"),
            Para("Oliver (13) and his mum have agreed to this referral and to the service contacting them. Signed: R Harris (parent), Oliver Harris (young person)."),
        ]
    )


ON2 = date(2026, 10, 8)


def _b2() -> bytes:
    return render_pdf(
        [
            *_HEAD,
            Heading("Young person"),
            kv(("Full name", "Maisie Evans"), ("Date of birth", "20/08/2010"), ("Address", "14 Beechwood Road, Dudley"), ("Postcode", "DY1 1AA"), ("School / college", "Dudley College, DY1 4AS")),
            Heading("Household"),
            grid(["Name", "DOB", "Relationship"], [["Joanne Evans", "11/03/1982", "Mum"], ["Lily Evans", "30/12/2015", "Sister"]]),
            Heading("Consent"),
            Table(
                [
                    [L("Parent/carer consents"), Boxes((CB(True, "Yes"), CB(False, "No")))],
                    [L("Young person (13+) consents"), Boxes((CB(False, "Yes"), CB(False, "No")))],
                    [L("Notes"), "Maisie not yet asked – mum will talk to her this week."],
                ]
            ),
            Heading("Referrer"),
            kv(("Name", "Dr Priya Nair"), ("Practice", "Kates Hill Surgery, DY2 7AB"), ("E-mail", "priya.nair@nhs.example.net"), ("Signed / date", "P. Nair 08/10/2026")),
        ],
        title="CWP referral",
    )


ON3 = date(2026, 11, 5)


def _attachment3() -> bytes:
    return render_pdf(
        [
            *_HEAD,
            Heading("Parent referral (child under 11)"),
            kv(("Child", "Theo Walker, DOB 09/04/2019"), ("Parent", "Stacey Walker, DOB 23/02/1994"), ("Parent's partner (lives in the home)", "Kyle Bennett, DOB 15/11/1992"), ("Address", "33 Talbot Street, Brierley Hill DY5 3BB")),
            kv(("Referrer", "Amy Turner, Family Support Worker"), ("E-mail", "amy.turner@familyhub.example.gov.uk"), ("Date", "05/11/2026")),
            Para("Stacey and Kyle both agreed to this referral for parent-led CBT for Theo's anxiety; both signed: S Walker, K Bennett."),
        ],
        title="CWP referral",
    )


def _b3() -> bytes:
    return with_attachment(
        "Amy Turner <amy.turner@familyhub.example.gov.uk>",
        FRONT_DOOR,
        "Referral attached - Theo WALKER",
        ON3,
        "Hello,\n\nPlease see the attached wellbeing referral. The family are happy to be contacted by phone.\n\nAmy Turner\n",
        _attachment3(),
        "Walker referral.pdf",
    )



CASES: tuple[CouncilCase, ...] = (
    CouncilCase(
        "heldout16-ymca-01",
        COUNCIL,
        URL,
        TITLE,
        "Word referral of content controls (a date control for the DOB, an empty 'not contactable' control showing placeholder text); Yes/No checks first; consent a sentence naming mum and the 13-year-old",
        "referral.docx",
        ON1,
        _b1,
        Expected(
            "early_help_assessment",
            (
                person("Oliver Jack Harris", date(2013, 2, 14), True, ON1),
                person("Rebecca Harris", date(1984, 6, 1), True, ON1),
            ),
            "DY1 4RN",
            "Tom Green",
            "tom.green@priory.example.org",
            None,
        ),
    ),
    CouncilCase(
        "heldout16-ymca-02",
        COUNCIL,
        URL,
        TITLE,
        "flattened PDF: parent consent ☒ Yes but the 16-year-old's Yes and No boxes both empty, 'not yet asked'; GP at DY2 7AB and college at DY1 4AS",
        "referral.pdf",
        ON2,
        _b2,
        Expected(
            "early_help_assessment",
            (
                person("Maisie Evans", date(2010, 8, 20), False, ON2),
                person("Joanne Evans", date(1982, 3, 11), True, ON2),
                person("Lily Evans", date(2015, 12, 30), False, ON2),
            ),
            "DY1 1AA",
            "Priya Nair",
            "priya.nair@nhs.example.net",
            None,
            queue_reason="consent_missing",
        ),
    ),
    CouncilCase(
        "heldout16-ymca-03",
        COUNCIL,
        URL,
        TITLE,
        "email with a flattened PDF parent referral attached: people as 'Name, DOB' lines including mum's partner who lives in the home; address and postcode in one line; both adults' initial+surname signatures in a sentence",
        "message.eml",
        ON3,
        _b3,
        Expected(
            "early_help_assessment",
            (
                person("Theo Walker", date(2019, 4, 9), False, ON3),
                person("Stacey Walker", date(1994, 2, 23), True, ON3),
                person("Kyle Bennett", date(1992, 11, 15), True, ON3),
            ),
            "DY5 3BB",
            "Amy Turner",
            "amy.turner@familyhub.example.gov.uk",
            None,
        ),
    ),
)
