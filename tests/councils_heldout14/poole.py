"""Borough of Poole: Early Help and Assessment of Need – the Poole Threshold of Need and the
Continuum of Support (1 Universal; 2 Universal Plus, additional needs; 3 Partnership Plus,
vulnerable; 4 Statutory/Specialist, in need of protection) and the Poole Early Help Assessment
(PEHA)."""

# ruff: noqa: E501  (wording follows the published page)

from datetime import date

from tests.councils.kit import (
    CB,
    SDT,
    Boxes,
    F,
    Heading,
    Para,
    Title,
    grid,
    kv,
    person,
    render_acroform,
    render_docx,
)
from tests.councils.model import CouncilCase, Expected

URL = "http://www.poole.gov.uk/communities-and-people/children-and-family-care/early-help/?vAction=customCSS&CSS=Gamma"
TITLE = "Borough of Poole – Early Help and Assessment of Need (Poole Threshold of Need and the Continuum of Support; Universal, Universal Plus, Partnership Plus, Statutory/Specialist; the Poole Early Help Assessment (PEHA))"
COUNCIL = "Poole (Borough of Poole Early Help)"

_HEAD = [
    Title("Poole Early Help Assessment (PEHA)", "The right help at the right time"),
]


def _levels(n: int, names: bool = False) -> Boxes:
    caps = ["1 Universal", "2 Universal Plus", "3 Partnership Plus", "4 Statutory/Specialist"]
    return Boxes(tuple(CB(i + 1 == n, c, f"Level {i + 1}" if names else None) for i, c in enumerate(caps)))


ON1 = date(2026, 9, 17)


def _b1() -> bytes:
    return render_docx(
        [
            *_HEAD,
            Heading("Section 1: Details of assessment"),
            kv(
                ("Date of assessment", SDT("17/09/2026", "date", iso="2026-09-17")),
                ("Assessment completed by", SDT("Lauren Pike")),
                ("Agency and role", SDT("Family Support Worker, Netherton Children's Centre")),
                ("Email", SDT("lauren.pike@childrenscentre.example.gov.uk")),
                ("Telephone", SDT(None)),
                per_row=1,
            ),
            Heading("Section 2: Family details"),
            kv(("Family address", SDT("31 Baptist End Road, Netherton, Dudley")), ("Postcode", SDT("DY2 9HF")), per_row=2),
            grid(
                ["Family name", "First name", "DOB", "Relationship", "School / setting"],
                [
                    ["Cooper", "Danielle", "08/01/1991", "Mum", SDT(None)],
                    ["Cooper", "Riley", "24/10/2012", "Son", "Hillcrest School"],
                    ["Cooper", "Ava", "02/02/2019", "Daughter", "Netherton Primary"],
                    ["Cooper", "Aaron", "16/05/1989", "Dad (separated, lives in Poole BH15 2RU)", "—"],
                ],
            ),
            Heading("Section 3: Level of need"),
            kv(("Level on the Continuum of Support (tick one)", _levels(3))),
            Heading("Section 4: Strengths and needs"),
            Para("Riley (13) excluded twice this term; Ava's speech is delayed; mum is in debt after the separation. Family hoping for a Team Around the Family."),
            Heading("Section 5: Consent"),
            Para("I understand the information recorded in this PEHA and agree that it may be shared with the agencies named, to get the right help at the right time."),
            grid(["Name", "Signature", "Date"], [["Danielle Cooper", "D Cooper", "17/09/2026"], [SDT(None), SDT(None), SDT(None)]]),
        ]
    )


ON2 = date(2026, 11, 2)


def _b2() -> bytes:
    return render_acroform(
        [
            *_HEAD,
            Heading("Section 1: Details of assessment"),
            kv(
                ("Date of assessment", F("02/11/2026", "AssessmentDate")),
                ("Completed by", F("Hannah Ward", "AuthorName")),
                ("Agency / role", F("Learning Mentor, Ormiston Forge Academy, Wrights Lane, Cradley Heath B64 5AA", "AuthorAgency")),
                ("Email", F("hannah.ward@forge.example.org", "AuthorEmail")),
            ),
            Heading("Section 2: Family details"),
            kv(("Address", F("Flat 9, Stourbridge Road, Stourbridge", "FamilyAddress")), ("Postcode", F("DY8 1AA", "FamilyPostcode"))),
            grid(
                ["Name", "DOB", "Relationship"],
                [
                    [F("Naomi Clarke", "Member1Name"), F("19/04/1988", "Member1DOB"), F("Mum", "Member1Rel")],
                    [F("Tyrese Clarke", "Member2Name"), F("02/11/2012", "Member2DOB"), F("Son", "Member2Rel")],
                ],
            ),
            Heading("Section 3: Level of need"),
            kv(("Level (tick one)", _levels(2, names=True))),
            Heading("Section 5: Consent"),
            grid(
                ["Name", "Signature", "Date"],
                [
                    [F("Naomi Clarke", "Consent1Name"), F("N Clarke", "Consent1Sig"), F("02/11/2026", "Consent1Date")],
                    [F("Tyrese Clarke", "Consent2Name"), F("", "Consent2Sig"), F("", "Consent2Date")],
                ],
            ),
        ],
        title="PEHA",
    )


ON3 = date(2026, 12, 1)


def _b3() -> bytes:
    return render_docx(
        [
            Title("Poole – Step Down to Early Help", "From Statutory/Specialist help to Partnership Plus"),
            Heading("Social worker"),
            kv(("Name", "Tom Hurst"), ("Team", "Children in Need Team"), ("Email", "tom.hurst@csc.example.gov.uk"), ("Date", "01/12/2026"), per_row=2),
            kv(("Current plan", Boxes((CB(True, "Child in Need plan"), CB(False, "Child Protection plan")))), ("Date of final CIN review", "24/11/2026")),
            Heading("Family"),
            kv(("Address", "5 Park Lane, Tipton DY4 0RE")),
            grid(
                ["Name", "DOB", "Relationship"],
                [["Stacey Webb", "27/07/1990", "Mum"], ["Darren Webb", "03/03/1988", "Dad"], ["Macie Webb", "09/12/2011", "Daughter"], ["Logan Webb", "14/02/2015", "Son"]],
            ),
            Heading("Level of need at step down"),
            kv(("Level (tick one)", _levels(3))),
            Heading("Lead Professional following step down"),
            kv(("Name", "Priya Nair"), ("Role", "Early Help Key Worker, Tipton Family Hub"), ("Email", "priya.nair@familyhub.example.gov.uk"), per_row=3),
            Heading("Family agreement to step down"),
            Para("We agree to our plan stepping down to Early Help and to our assessment and plan being shared."),
            grid(["Name", "Signature", "Date"], [["Stacey Webb", "S Webb", "01/12/2026"], ["Darren Webb", "D Webb", "01/12/2026"], ["Macie Webb", "Macie W", "01/12/2026"]]),
        ]
    )


CASES: tuple[CouncilCase, ...] = (
    CouncilCase(
        "heldout14-poole-01",
        COUNCIL,
        URL,
        TITLE,
        "Word PEHA with content controls (empty ones show 'Click here to enter text.'); separated dad at a Poole BH15 postcode in the family grid; '3 Partnership Plus' ticked on the Continuum of Support; consent paragraph and one signed row",
        "referral.docx",
        ON1,
        _b1,
        Expected(
            "early_help_assessment",
            (
                person("Danielle Cooper", date(1991, 1, 8), True, ON1),
                person("Riley Cooper", date(2012, 10, 24), False, ON1),
                person("Ava Cooper", date(2019, 2, 2), False, ON1),
            ),
            "DY2 9HF",
            "Lauren Pike",
            "lauren.pike@childrenscentre.example.gov.uk",
            3,
        ),
    ),
    CouncilCase(
        "heldout14-poole-02",
        COUNCIL,
        URL,
        TITLE,
        "fillable PDF PEHA with named fields and Level 1-4 checkboxes (2 Universal Plus checked): the son is exactly 14 on the day and his signature field is empty; academy at B64 5AA",
        "referral.pdf",
        ON2,
        _b2,
        Expected(
            "early_help_assessment",
            (
                person("Naomi Clarke", date(1988, 4, 19), True, ON2),
                person("Tyrese Clarke", date(2012, 11, 2), False, ON2),
            ),
            "DY8 1AA",
            "Hannah Ward",
            "hannah.ward@forge.example.org",
            2,
            queue_reason="consent_missing",
        ),
    ),
    CouncilCase(
        "heldout14-poole-03",
        COUNCIL,
        URL,
        TITLE,
        "Word step-down from a Child in Need plan (CIN ☒ / CP ☐): '3 Partnership Plus' ticked; Lead Professional following step down named apart from the social worker; both parents and the 14-year-old sign",
        "referral.docx",
        ON3,
        _b3,
        Expected(
            "step_down",
            (
                person("Stacey Webb", date(1990, 7, 27), True, ON3),
                person("Darren Webb", date(1988, 3, 3), True, ON3),
                person("Macie Webb", date(2011, 12, 9), True, ON3),
                person("Logan Webb", date(2015, 2, 14), False, ON3),
            ),
            "DY4 0RE",
            "Priya Nair",
            "priya.nair@familyhub.example.gov.uk",
            3,
        ),
    ),
)
