"""Doncaster: Early Help on the Doncaster Levels of Need (Level 1 Universal, Level 2 Targeted
Additional, Level 3 Complex Multiple, Level 4 Statutory Specialist / Child Protection); Lead
Practitioner, Early Help Assessment and Team Around the Family; Early Help after a period of
care or protection under Children's Social Care."""

# ruff: noqa: E501  (wording follows the published pages)

from datetime import date

from tests.councils.kit import (
    CB,
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

URL = "https://doncaster.gov.uk/send-toolkit/early-help"
TITLE = "City of Doncaster Council – Early Help (Levels of Need: Level 1 Universal Needs; Level 2 Targeted Additional Needs; Level 3 Complex Multiple Needs; Level 4 Statutory Specialist/Child Protection Needs; Early Help Assessment and Team around the Family)"
URL3 = "https://www.doncaster.gov.uk/services/schools/early-help-professionals"
TITLE3 = "City of Doncaster Council – Early Help for professionals (Early Help as part of a support plan when a child has returned home from a period of care or protection under Children's Social Care; Lead Practitioner; whole family Early Help Assessment; Team Around the Family review meetings; consent form)"
COUNCIL = "City of Doncaster Council"

_LEVELS = (
    "LEVEL 1 – Universal Needs",
    "LEVEL 2 – Targeted Additional Needs",
    "LEVEL 3 – Complex Multiple Needs",
    "LEVEL 4 – Statutory Specialist/Child Protection Needs",
)


def _levels(n: int | None) -> Table:
    return Table(
        [
            [CB(i + 1 == n, t) for i, t in enumerate(_LEVELS[:2])],
            [CB(i + 3 == n, t) for i, t in enumerate(_LEVELS[2:])],
        ]
    )


ON1 = date(2026, 1, 27)


def _b1() -> bytes:
    return render_docx(
        [
            Title("Early Help Assessment", "Early Help in Doncaster – whole family assessment"),
            Heading("Levels of Need (tick the level that best describes the family now)"),
            _levels(2),
            Heading("Section 1 – Lead Practitioner"),
            kv(
                ("Lead Practitioner", "Mrs Kathryn Wragg"),
                ("Organisation", "Hexthorpe Primary Academy, Urban Road, Doncaster DN4 0HH"),
                ("Telephone", "01632 960561"),
                ("Email", "k.wragg@hexthorpe.example.sch.uk"),
                ("Date of assessment", "27/01/2026"),
                per_row=2,
            ),
            Heading("Section 2 – Family members"),
            Para("Write names as SURNAME, Forename."),
            grid(
                ["Name", "Date of birth", "Relationship", "Lives at family address (Y/N)"],
                [
                    ["BALOGUN, Grace Adeola", "22/03/1987", "Mother", "Y"],
                    ["BALOGUN, Samuel", "09/09/2015", "Son", "Y"],
                    ["BALOGUN, Esther", "14/12/2018", "Daughter", "Y"],
                    ["BALOGUN, Victor", "01/04/1984", "Father", "N – Doncaster DN1 2EA"],
                ],
            ),
            kv(
                ("Family address", "52 Brook Street, Kingswinford"),
                ("Postcode", "DY6 0LQ"),
                per_row=2,
            ),
            Heading(
                "Section 3 – What is working well? What are we worried about? What needs to happen?"
            ),
            Table(
                [
                    [
                        L("Working well"),
                        "Grace is a warm, consistent parent; the children attend well.",
                    ],
                    [
                        L("Worried about"),
                        "Since moving from Doncaster Grace has no support; Samuel's behaviour at home has escalated.",
                    ],
                    [
                        L("Needs to happen"),
                        "Parenting support and a family hub link in Dudley (Level 2).",
                    ],
                ]
            ),
            Heading("Section 4 – Consent"),
            Para(
                "I have read the Early Help leaflet and consent form. I agree to this Early Help Assessment and to information being shared with the services named in it."
            ),
            grid(
                ["Name", "Signature", "Date"],
                [["Grace Adeola Balogun", "G A Balogun", "27/01/2026"]],
            ),
        ]
    )


ON2 = date(2026, 4, 21)


def _b2() -> bytes:
    return render_pdf(
        [
            Title("Early Help Enquiry", "To the Early Help Hub"),
            Para(
                "For all enquiries where Early Help is needed contact the Early Help Hub. If at any stage you are concerned that a child is at risk of harm, make a referral to Children's Social Care."
            ),
            Heading("Person making the enquiry"),
            kv(
                ("Name", "PC 4471 Adam Greaves"),
                ("Agency", "South Yorkshire Police, Doncaster Central, College Road DN1 3AE"),
                ("Email", "adam.greaves@police.example.uk"),
                ("Date", "21/04/2026"),
                per_row=2,
            ),
            Heading("Agreed Lead Practitioner (if different from the person making the enquiry)"),
            kv(
                ("Name", "Shabana Hussain"),
                ("Role", "Family Practitioner, Brierley Hill Family Hub"),
                ("Email", "shabana.hussain@familyhub.example.org.uk"),
                ("Telephone", "01632 960566"),
                per_row=2,
            ),
            Heading("Children and adults in the household"),
            grid(
                ["Surname", "Forename", "DOB", "Relationship"],
                [
                    ["KERSHAW", "Liam", "07/07/2008", "Son"],
                    ["KERSHAW", "Evie", "18/02/2012", "Daughter"],
                    ["KERSHAW", "Michelle", "23/10/1982", "Mother"],
                    ["DYSON", "Paul", "11/05/1980", "Mother's partner"],
                ],
            ),
            kv(("Address", "2 Albion Street, Brierley Hill DY5 2HT")),
            Heading("Level of need"),
            _levels(3),
            Heading("Reason for enquiry"),
            Para(
                "Police attended a verbal argument between Michelle and Paul on 19/04/2026. No offences. Liam (17) has been excluded from college and Evie (14) is self-harming; family want a Team Around the Family."
            ),
            Heading("Consent"),
            grid(
                ["Family member", "Consent given (Y/N)", "How", "Date"],
                [
                    ["Michelle Kershaw", "Y", "Signed", "21/04/2026"],
                    ["Paul Dyson", "Y", "Signed", "21/04/2026"],
                    ["Liam Kershaw", "Y", "Signed", "21/04/2026"],
                    ["Evie Kershaw", "Y", "Verbal", "21/04/2026"],
                ],
            ),
        ],
        "Early Help Enquiry",
    )


ON3 = date(2026, 8, 11)


def _b3() -> bytes:
    return render_docx(
        [
            Title(
                "Step Down to Early Help", "Children's Social Care to Early Help – transfer record"
            ),
            Table(
                [
                    [L("Family name"), Span("THORNTON / MALIK", 3)],
                    [
                        L("Social Worker"),
                        "Gemma Clarkson",
                        L("Team"),
                        "Doncaster Children's Services, Civic Office, Waterdale DN1 3BU",
                    ],
                    [
                        L("Social Worker email"),
                        "gemma.clarkson@doncaster-cs.example.gov.uk",
                        L("Date of transfer meeting"),
                        "11/08/2026",
                    ],
                ]
            ),
            Heading("Current status"),
            Table(
                [
                    [
                        CB(False, "Child Protection Plan ending"),
                        CB(True, "Child in Need (Section 17) plan ending"),
                        CB(False, "Returned home from care"),
                    ]
                ]
            ),
            Heading("Household"),
            grid(
                ["Surname", "Forename", "Date of birth", "Relationship", "Mosaic ID"],
                [
                    ["THORNTON", "Jade", "04/01/1995", "Mother", "M812204"],
                    ["MALIK", "Hassan", "19/06/1993", "Father", "M812205"],
                    ["MALIK", "Zara", "25/09/2019", "Daughter", "M812206"],
                    ["MALIK", "Ayaan", "08/03/2024", "Son", "M812207"],
                ],
            ),
            kv(("Home address", "11 Hawne Lane, Halesowen"), ("Postcode", "B63 4HJ"), per_row=2),
            Heading("Why the family is stepping down"),
            Para(
                "The Child in Need plan has been reviewed three times; home conditions and Zara's nursery attendance are now good. Needs continue at Level 3 – Complex Multiple Needs with a Team Around the Family."
            ),
            Heading("Lead Practitioner following step down"),
            kv(
                ("Name", "Owen Parkes"),
                ("Role", "Early Help Family Practitioner, Halesowen Family Hub"),
                ("Email", "owen.parkes@familyhub.example.org.uk"),
                ("Telephone", "07700 900569"),
                per_row=2,
            ),
            Heading("Family agreement"),
            Para(
                "Jade Thornton and Hassan Malik agreed to the step down and to the Early Help Assessment on 11/08/2026 and signed the Doncaster consent form."
            ),
        ]
    )


CASES: tuple[CouncilCase, ...] = (
    CouncilCase(
        "heldout8-doncaster-eha-01",
        COUNCIL,
        URL,
        TITLE,
        "Word EHA: Levels of Need in two ☒/☐ rows with LEVEL 2 ticked; Lead Practitioner's Doncaster DN4 school first; 'SURNAME, Forename' names with a middle name; father in Doncaster marked N",
        "referral.docx",
        ON1,
        _b1,
        Expected(
            "early_help_assessment",
            (
                person("Grace Adeola Balogun", date(1987, 3, 22), True, ON1),
                person("Samuel Balogun", date(2015, 9, 9), False, ON1),
                person("Esther Balogun", date(2018, 12, 14), False, ON1),
            ),
            "DY6 0LQ",
            "Kathryn Wragg",
            "k.wragg@hexthorpe.example.sch.uk",
            2,
        ),
    ),
    CouncilCase(
        "heldout8-doncaster-ehe-01",
        COUNCIL,
        URL,
        TITLE,
        "flattened PDF Early Help Hub enquiry from police (DN1 station): agreed Lead Practitioner named apart from the enquirer; Surname | Forename grid; address and postcode in one cell; LEVEL 3 ticked; consent grid with a 14-year-old's verbal consent",
        "referral.pdf",
        ON2,
        _b2,
        Expected(
            "early_help_assessment",
            (
                person("Liam Kershaw", date(2008, 7, 7), True, ON2),
                person("Evie Kershaw", date(2012, 2, 18), True, ON2),
                person("Michelle Kershaw", date(1982, 10, 23), True, ON2),
                person("Paul Dyson", date(1980, 5, 11), True, ON2),
            ),
            "DY5 2HT",
            "Shabana Hussain",
            "shabana.hussain@familyhub.example.org.uk",
            3,
        ),
    ),
    CouncilCase(
        "heldout8-doncaster-stepdown-01",
        COUNCIL,
        URL3,
        TITLE3,
        "Word step-down from a Section 17 Child in Need plan: family name 'THORNTON / MALIK' merged across the grid, social worker's DN1 office first, Mosaic IDs, 'Level 3' in the reasons, Lead Practitioner following step down named apart, agreement a sentence naming both parents",
        "referral.docx",
        ON3,
        _b3,
        Expected(
            "step_down",
            (
                person("Jade Thornton", date(1995, 1, 4), True, ON3),
                person("Hassan Malik", date(1993, 6, 19), True, ON3),
                person("Zara Malik", date(2019, 9, 25), False, ON3),
                person("Ayaan Malik", date(2024, 3, 8), False, ON3),
            ),
            "B63 4HJ",
            "Owen Parkes",
            "owen.parkes@familyhub.example.org.uk",
            3,
        ),
    ),
)
