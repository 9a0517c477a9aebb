"""Tees Safeguarding Children Procedures: Accessing Help and Services – the continuum of need
from universal to early help (coordinated through an early help assessment) to children in need
(section 17) and child protection (section 47); consult your safeguarding lead; the Children's
Hub."""

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

URL = "https://www.teescpp.org.uk/procedures-for-the-safeguarding-process/1-accessing-help-and-services/"
TITLE = "Tees Child Protection Procedures – 1. Accessing Help and Services (continuum of need; early help assessment; section 17 children in need; section 47; consult your safeguarding lead; the Children's Hub)"
COUNCIL = "Tees Safeguarding Children Procedures (Children's Hub)"


def _where(eh: bool, cin: bool, cp: bool) -> Boxes:
    return Boxes((CB(eh, "Early help (early help assessment)"), CB(cin, "Child in need (s17)"), CB(cp, "Child protection (s47)")))


ON1 = date(2026, 10, 1)


def _b1() -> bytes:
    return render_docx(
        [
            Title("Children's Hub – Request for Help and Services"),
            kv(
                ("Where on the continuum of need do you think this child is?", _where(True, False, False)),
                ("Have you consulted your safeguarding lead?", yn(True)),
                ("Safeguarding lead consulted", "Mr D. Hutton, DSL, Sedgley Park School, Sedgley DY3 2NU"),
            ),
            Heading("Child and family"),
            Table(
                [
                    [L("Name"), L("Date of birth"), L("Relationship"), L("Lives at the address?")],
                    ["Jayden Bell", "08/03/2011", "Child", "Yes"],
                    ["Nicole Bell", "25/06/1985", "Mother", "Yes"],
                    ["Shaun Bell", "19/09/1983", "Father", "Yes"],
                    [L("Address"), Span("21 Wellington Road, Dudley DY3 1AB", 3)],
                ]
            ),
            Heading("What help is needed?"),
            Para("Jayden (15) is at risk of permanent exclusion; parents report aggression at home. An early help assessment has been started with the family and a Team Around the Family is planned."),
            Heading("Person making the request"),
            kv(("Name", "Helen Dobson"), ("Role", "Attendance Officer"), ("Email", "helen.dobson@sedgleypark.example.org"), ("Date", "01/10/2026"), per_row=2),
            Heading("Lead professional (if different)"),
            kv(("Name", "Mark Leighton"), ("Role", "Family Support Worker"), ("Email", "mark.leighton@familyhub.example.gov.uk"), per_row=3),
            Heading("Consent"),
            grid(["Name", "Signed", "Date"], [["Nicole Bell", "N Bell", "01/10/2026"], ["Shaun Bell", "S. Bell", "01/10/2026"], ["Jayden Bell", "J Bell", "01/10/2026"]]),
        ]
    )


ON2 = date(2026, 11, 12)


def _b2() -> bytes:
    return render_pdf(
        [
            Title("Internal Request – Step Across to Early Help", "For Children's Services staff only"),
            kv(
                ("Social worker", "Owen Pritchard"),
                ("Team", "Assessment Team (s17)"),
                ("Email", "owen.pritchard@csc.example.gov.uk"),
                ("Date", "12/11/2026"),
                per_row=2,
            ),
            kv(("Outcome of assessment", "No further social care action – needs can be met by an early help assessment and plan"), ("Continuum of need", _where(True, False, False))),
            Heading("Family"),
            grid(
                ["Name", "DOB", "Relationship", "LCS ID"],
                [["Sophie Hale", "03/05/1996", "Mother", "LCS 481190"], ["Archie Hale", "17/11/2019", "Son", "LCS 481191"], ["Isabelle Hale", "04/01/2024", "Daughter", "LCS 481192"]],
            ),
            kv(("Address", "6 Moss Grove, Kingswinford"), ("Postcode", "DY6 0LQ"), per_row=2),
            Heading("Family agreement"),
            Para("Sophie Hale agrees to the transfer to Early Help (signed copy held on file, 12/11/2026)."),
        ],
        title="Internal request",
    )


ON3 = date(2026, 12, 10)


def _b3() -> bytes:
    return render_docx(
        [
            Title("Children's Hub – Request for Help and Services"),
            kv(("Where on the continuum of need do you think this child is?", _where(True, False, False)), ("Have you consulted your safeguarding lead?", yn(True))),
            Heading("Child and family"),
            kv(
                ("Current address", "Moved to Brierley Hill last week – address to follow"),
                ("Postcode", "to follow"),
                ("Previous address", "14 Dovecot Street, Stockton-on-Tees TS18 1AU"),
            ),
            grid(["Name", "Date of birth", "Relationship"], [["Amber Lowe", "07/07/1999", "Mother"], ["Mason Lowe", "20/02/2018", "Son"]]),
            Heading("What help is needed?"),
            Para("Mason (8) has an EHCP; school place needed in Dudley; mum asking for help with the move and benefits."),
            Heading("Person making the request"),
            kv(("Name", "Carol Stephenson"), ("Role", "SEN Caseworker (transferring)"), ("Email", "carol.stephenson@sen.example.gov.uk"), ("Date", "10/12/2026"), per_row=2),
            Heading("Consent"),
            kv(("Signed", "Amber Lowe (print name)"), ("Date", "10/12/2026"), per_row=2),
        ]
    )


CASES: tuple[CouncilCase, ...] = (
    CouncilCase(
        "heldout14-tees-01",
        COUNCIL,
        URL,
        TITLE,
        "Word Children's Hub request with the continuum-of-need tick row and 'consulted your safeguarding lead?' first (school DSL at DY3 2NU); family table with a 'Lives at the address?' column and a merged address row; Lead professional (if different) named apart",
        "referral.docx",
        ON1,
        _b1,
        Expected(
            "early_help_assessment",
            (
                person("Jayden Bell", date(2011, 3, 8), True, ON1),
                person("Nicole Bell", date(1985, 6, 25), True, ON1),
                person("Shaun Bell", date(1983, 9, 19), True, ON1),
            ),
            "DY3 1AB",
            "Mark Leighton",
            "mark.leighton@familyhub.example.gov.uk",
            None,
        ),
    ),
    CouncilCase(
        "heldout14-tees-02",
        COUNCIL,
        URL,
        TITLE,
        "flattened PDF internal request from a s17 assessment social worker: LCS IDs in the family grid; 'signed copy held on file' for mum",
        "referral.pdf",
        ON2,
        _b2,
        Expected(
            "internal_request",
            (
                person("Sophie Hale", date(1996, 5, 3), True, ON2),
                person("Archie Hale", date(2019, 11, 17), False, ON2),
                person("Isabelle Hale", date(2024, 1, 4), False, ON2),
            ),
            "DY6 0LQ",
            "Owen Pritchard",
            "owen.pritchard@csc.example.gov.uk",
            None,
        ),
    ),
    CouncilCase(
        "heldout14-tees-03",
        COUNCIL,
        URL,
        TITLE,
        "Word Children's Hub request: current address 'to follow', Postcode 'to follow'; only the previous Stockton-on-Tees TS18 1AU postcode is given; print-name signature",
        "referral.docx",
        ON3,
        _b3,
        Expected(
            "early_help_assessment",
            (
                person("Amber Lowe", date(1999, 7, 7), True, ON3),
                person("Mason Lowe", date(2018, 2, 20), False, ON3),
            ),
            None,
            "Carol Stephenson",
            "carol.stephenson@sen.example.gov.uk",
            None,
            queue_reason="postcode_missing",
        ),
    ),
)
