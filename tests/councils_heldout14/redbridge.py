"""London Borough of Redbridge: professionals working with children and young people – make a
referral, tell the parent or carer and get consent first (not needed for a child protection
concern); the Request for Safeguarding and Protection when a child is at immediate risk of
significant harm; parents not advised if that puts the child at risk."""

# ruff: noqa: E501  (wording follows the published page)

from datetime import date

from tests.councils.kit import (
    CB,
    Boxes,
    Heading,
    L,
    Para,
    Span,
    Table,
    Title,
    grid,
    kv,
    person,
    render_docx,
    render_pdf,
)
from tests.councils.model import CouncilCase, Expected
from tests.councils_heldout14._bits import yn
from tests.councils_heldout14._mail import FRONT_DOOR, plain

URL = "https://redbridge.gov.uk/adult-and-childrens-services/professionals-working-with-children-and-young-people"
TITLE = "Redbridge Council – Professionals working with children and young people (getting consent for a referral; Request for Safeguarding and Protection; request for information)"
COUNCIL = "Redbridge Council (Children's Social Care)"

ON1 = date(2026, 9, 16)


def _b1() -> bytes:
    return render_docx(
        [
            Title("Referral – child or family who may need support"),
            Heading("Getting consent for a referral"),
            kv(
                ("I have told the parent or carer about this referral", yn(True)),
                ("The parent or carer has given consent", yn(True)),
                ("Name(s) of those consenting", "Joanne Bailey (mum) and Marcus Bailey (dad)"),
            ),
            Heading("Child / children"),
            Table(
                [
                    [L("Surname"), L("First name"), L("DOB"), L("School")],
                    ["BAILEY", "Tia", "05/10/2017", "Priory Primary, Dudley DY1 4AS"],
                    ["BAILEY", "Reuben", "22/01/2021", "Nursery"],
                    [L("Home address"), Span("76 Priory Street, Dudley DY1 2QP", 3)],
                ]
            ),
            Heading("Parents / carers in the household"),
            grid(["Surname", "First name", "DOB", "Relationship"], [["BAILEY", "Joanne", "12/12/1992", "Mother"], ["BAILEY", "Marcus", "08/08/1990", "Father"]]),
            Heading("Reason for referral"),
            Para("Family relocated from Ilford (IG1) in the summer to be near grandparents. Tia has an ASD diagnosis and sleep problems; parents exhausted and asking for family support and short breaks information."),
            Heading("Referrer"),
            kv(("Name", "Ruth Okafor"), ("Role", "SENCo, Priory Primary"), ("Email", "ruth.okafor@priory.example.org"), ("Date", "16/09/2026"), per_row=2),
        ]
    )


ON2 = date(2026, 10, 22)


def _b2() -> bytes:
    return render_pdf(
        [
            Title("Request for Safeguarding and Protection", "Complete after your telephone call with as much information as possible"),
            kv(
                ("Is the child at immediate risk of significant harm?", Boxes((CB(True, "Yes"), CB(False, "No")))),
                ("Have the parents been advised of this referral?", Boxes((CB(False, "Yes"), CB(True, "No – advising them would put the child at risk")))),
            ),
            Heading("Child"),
            kv(("Name", "Lacey-Mae Turner"), ("DOB", "17/05/2012"), ("Address", "Flat 2, 8 Park Road, Halesowen B63 4HJ"), per_row=1),
            Heading("Household"),
            grid(["Name", "DOB", "Relationship"], [["Donna Turner", "29/03/1986", "Mother"], ["Kyle Turner", "12/10/2008", "Brother"]]),
            Heading("Concern"),
            Para("Lacey-Mae (14) disclosed to the school nurse that an adult male known to her brother has been giving her alcohol and taking her to a flat; possible child sexual exploitation."),
            Heading("Referrer"),
            kv(("Name", "Farah Qureshi"), ("Role", "School Nurse"), ("Email", "farah.qureshi@nhs.example.net"), ("Date", "22/10/2026"), per_row=2),
        ],
        title="Request for Safeguarding and Protection",
    )


ON3 = date(2026, 11, 19)

_BODY3 = """Hi,

Referral for the Patel family - consent obtained, details below (I couldn't open your form).

Referrer: Dev Sharma, Family Support Worker, Redbridge Children's Centre
Email: dev.sharma@childrenscentre.example.gov.uk
Date: 19/11/2026

Family now living at: 33 Cemetery Road, Lye, Stourbridge DY9 7AA
Mum - Anjali Patel - DOB 14/02/1988
Daughter - Riya Patel - DOB 06/06/2015
Son - Arjun Patel - DOB 27/09/2019

Dad (Vikram Patel) has moved out and lives at 2 Castle Street, Dudley DY1 1AA; he sees the
children on Saturdays and is not part of the household.

Reason: the family moved from Redbridge after the separation; Riya (11) has stopped eating at
school, Arjun not registered with a GP. Mum asks for Early Help family support.

Consent: I told Anjali about this referral and she consented on 19/11/2026.

Dev
"""


def _b3() -> bytes:
    return plain(
        "Dev Sharma <dev.sharma@childrenscentre.example.gov.uk>",
        FRONT_DOOR,
        "Referral - PATEL family (moved from Redbridge)",
        ON3,
        _BODY3,
    )


CASES: tuple[CouncilCase, ...] = (
    CouncilCase(
        "heldout14-redbridge-01",
        COUNCIL,
        URL,
        TITLE,
        "Word referral with the 'Getting consent for a referral' block first (told ☒ Yes / consent ☒ Yes, both parents named); children grid in capital SURNAME with the school's DY1 4AS; home address a merged row under it",
        "referral.docx",
        ON1,
        _b1,
        Expected(
            "early_help_assessment",
            (
                person("Tia Bailey", date(2017, 10, 5), False, ON1),
                person("Reuben Bailey", date(2021, 1, 22), False, ON1),
                person("Joanne Bailey", date(1992, 12, 12), True, ON1),
                person("Marcus Bailey", date(1990, 8, 8), True, ON1),
            ),
            "DY1 2QP",
            "Ruth Okafor",
            "ruth.okafor@priory.example.org",
            None,
        ),
    ),
    CouncilCase(
        "heldout14-redbridge-02",
        COUNCIL,
        URL,
        TITLE,
        "flattened PDF Request for Safeguarding and Protection: 'immediate risk of significant harm?' ☒ Yes; parents not advised (☒ No – would put the child at risk)",
        "referral.pdf",
        ON2,
        _b2,
        Expected(
            "early_help_assessment",
            (
                person("Lacey-Mae Turner", date(2012, 5, 17), False, ON2),
                person("Donna Turner", date(1986, 3, 29), False, ON2),
                person("Kyle Turner", date(2008, 10, 12), False, ON2),
            ),
            "B63 4HJ",
            "Farah Qureshi",
            "farah.qureshi@nhs.example.net",
            None,
            safeguarding=True,
            queue_reason="safeguarding_concern",
        ),
    ),
    CouncilCase(
        "heldout14-redbridge-03",
        COUNCIL,
        URL,
        TITLE,
        "plain-text email, hard: 'Mum - Name - DOB' lines; the separated dad at another Dudley-table postcode (DY1 1AA) 'not part of the household'; consent in a sentence naming mum",
        "message.eml",
        ON3,
        _b3,
        Expected(
            "early_help_assessment",
            (
                person("Anjali Patel", date(1988, 2, 14), True, ON3),
                person("Riya Patel", date(2015, 6, 6), False, ON3),
                person("Arjun Patel", date(2019, 9, 27), False, ON3),
            ),
            "DY9 7AA",
            "Dev Sharma",
            "dev.sharma@childrenscentre.example.gov.uk",
            None,
        ),
    ),
)
