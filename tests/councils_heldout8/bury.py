"""Bury: Early Help Family Support Plan (EHFSP) on Bury's Continuum of Need and Thresholds
(Levels 1-5), Team Around the Family, and the Inter Agency Form for the Early Help Panel."""

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
    Table,
    Title,
    as_bytes,
    grid,
    kv,
    person,
    render_acroform,
    render_docx,
)
from tests.councils.model import CouncilCase, Expected
from tests.councils_heldout8._mail import FRONT_DOOR

URL = "https://www.bury.gov.uk/index.aspx?articleid=10814"
TITLE = "Bury Council – Early Help Family Support Plan (Continuum of Need and Thresholds: Level 1 universal; Level 2 single agency; Level 3 Multi-agency Support Package (Team around the Family); Level 4 significant needs, statutory; Level 5 complex and enduring needs; Inter Agency Form to the Early Help Panel)"
COUNCIL = "Bury Metropolitan Borough Council"

_LEVELS = (
    "Level 1 – no identified additional needs (universal services)",
    "Level 2 – additional needs met by a single agency or practitioner",
    "Level 3 – additional needs met by a Multi-agency Support Package (Team around the Family)",
    "Level 4 – significant needs that persist and have not been met by targeted support",
    "Level 5 – complex and enduring needs",
)


def _levels(n: int | None) -> Table:
    return Table([[CB(i + 1 == n, t)] for i, t in enumerate(_LEVELS)])


def _ehfsp(
    on: str,
    level: int | None,
    practitioner: tuple[str, str, str, str, str],
    family: list[list[str]],
    address: str,
    postcode: str,
    others: list[list[str]],
    story: str,
    consent: list[list[str]],
) -> list[object]:
    return [
        Title("Early Help Family Support Plan (EHFSP)", "Bury Children's Services – Early Help"),
        Para(
            "The EHFSP is not statutory: it is a voluntary process where consent is required from a person with parental responsibility. A parent or age appropriate child can ask for an EHFSP to be completed."
        ),
        Heading("Continuum of Need and Thresholds – current level (tick one)"),
        _levels(level),
        Heading("1. Practitioner completing the plan"),
        kv(
            ("Name", practitioner[0]),
            ("Role", practitioner[1]),
            ("Agency and address", practitioner[2]),
            ("Telephone", practitioner[3]),
            ("Email", practitioner[4]),
            ("Date plan started", on),
            per_row=2,
        ),
        Heading("2. Family members living in the household"),
        grid(
            [
                "Forename",
                "Surname",
                "Date of birth",
                "Relationship to child",
                "School / setting / employment",
            ],
            family,
        ),
        kv(("Family home address", address), ("Postcode", postcode), per_row=2),
        Heading("3. Significant others not living in the household"),
        grid(["Name", "Relationship", "Address"], others or [["", "", ""]]),
        Heading("4. The Story So Far"),
        Para(story),
        Heading("5. Family agreement"),
        Para(
            "We agree to the information in this plan being shared with the people and agencies in our Team around the Family so that we can be offered the right support. We understand we can withdraw our consent at any time."
        ),
        grid(["Name", "Relationship", "Signature", "Date"], consent),
    ]


ON1 = date(2026, 3, 10)


def _b1() -> bytes:
    return render_docx(
        _ehfsp(
            "10/03/2026",
            3,
            (
                "Rachel Entwistle",
                "Family Support Worker",
                "Radcliffe Children's Centre, Radcliffe, Bury BL9 0JR",
                "01632 960512",
                "r.entwistle@bury-family.example.org.uk",
            ),
            [
                ["Danielle", "HOWARTH", "02/06/1989", "Mother", "Part-time, Co-op"],
                ["Craig", "PILLING", "14/01/1986", "Mother's partner", "Unemployed"],
                ["Kieran", "HOWARTH", "19/08/2010", "Child", "Ellowes Hall, Year 10"],
                ["Poppy", "PILLING", "03/12/2016", "Child", "Milking Green Primary, Year 4"],
            ],
            "9 Cherry Tree Drive, Gornal Wood, Dudley",
            "DY3 2DE",
            [["Lee Howarth", "Kieran's father", "31 Bolton Street, Ramsbottom, Bury BL0 9HU"]],
            "The family moved from Bury to Dudley in February 2026 to be near Danielle's mother. Kieran (15) is refusing school since the move and Poppy's bed-wetting has returned. Craig and Danielle argue about money; there has been no violence. At the TAF on 10/03/2026 the family agreed a Multi-agency Support Package: school attendance plan, parenting support and debt advice. This plan is sent to Dudley to continue the TAF.",
            [
                ["Danielle Howarth", "Mother", "D Howarth", "10/03/2026"],
                ["Craig Pilling", "Partner", "C. Pilling", "10/03/2026"],
                ["Kieran Howarth", "Self (15)", "Kieran H", "10/03/2026"],
            ],
        )
    )


ON2 = date(2026, 7, 7)


def _b2() -> bytes:
    return render_acroform(
        _ehfsp(
            "07/07/2026",
            2,
            (
                "Imran Siddiqui",
                "Learning Mentor",
                "Pensnett Learning Centre, High Street, Pensnett DY5 3DH",
                "01632 960527",
                "i.siddiqui@pensnett-lc.example.sch.uk",
            ),
            [
                ["Joanne", "ASHWORTH", "11/11/1981", "Mother", ""],
                ["Gary", "ASHWORTH", "25/04/1979", "Father", "HGV driver"],
                ["Tyler", "ASHWORTH", "06/02/2010", "Child", "Year 11"],
            ],
            "44 Queen Street, Wordsley, Stourbridge",
            "DY8 4HB",
            [],
            "Tyler (16) is anxious about his exams and has stopped eating at school; Mum asks for a mentor and a referral to the school nurse. Single agency support (Level 2).",
            [
                ["Joanne Ashworth", "Mother", "J Ashworth", "07/07/2026"],
                ["Gary Ashworth", "Father", "G Ashworth", "07/07/2026"],
                ["Tyler Ashworth", "Young person", "", ""],
            ],
        ),
        "Early Help Family Support Plan",
    )


ON3 = date(2026, 10, 20)


def _b3() -> bytes:
    form = render_docx(
        [
            Title(
                "Inter Agency Form", "Bury Children's Services – request to the Early Help Panel"
            ),
            Para(
                "Use this form to send a failing Team around the Family plan, with the Early Help Family Support Plan attached, for consideration at the Early Help Panel for a more targeted response."
            ),
            Heading("Level of need now (tick one)"),
            _levels(4),
            Heading("Referrer"),
            kv(
                ("Name", "Samantha Nuttall"),
                ("Designation", "Lead Professional / Family Support Worker"),
                ("Agency", "Bury Early Help, Prestwich Hub, Bury BL9 5EJ"),
                ("Email", "s.nuttall@bury-family.example.org.uk"),
                ("Telephone", "07700 900533"),
                ("Date", "20/10/2026"),
                per_row=2,
            ),
            Heading("Child / young person and household"),
            Table(
                [
                    [L("Surname"), L("Forename"), L("DOB"), L("Relationship"), L("Address")],
                    [
                        "O'HARA",
                        "Ruby",
                        "12/09/2013",
                        "Subject child",
                        "6 Church Road, Lye, Stourbridge DY9 0QQ",
                    ],
                    ["O'HARA", "Stacey", "30/03/1991", "Mother", "as above"],
                    ["O'HARA", "Finn", "17/05/2020", "Brother", "as above"],
                ]
            ),
            Heading("Why is the TAF plan failing?"),
            Para(
                "Three TAF reviews since May 2026 with no change. Ruby (13) is caring for Finn most evenings; Stacey's drinking has increased and Ruby was found by police walking alone at 1am on 18/10/2026. Needs are significant and persisting despite targeted support: Level 4, statutory assessment needed."
            ),
            Heading("Consent"),
            Table(
                [
                    [
                        L("Parent/carer aware of this request?"),
                        Boxes((CB(True, "Yes"), CB(False, "No"))),
                        L("Parent/carer consent given?"),
                        Boxes((CB(False, "Yes"), CB(True, "No"))),
                    ]
                ]
            ),
            Para("Stacey was told of the request on 20/10/2026 and did not agree to it."),
        ]
    )
    msg = Mail(
        "Samantha Nuttall <s.nuttall@bury-family.example.org.uk>",
        FRONT_DOOR,
        "Inter Agency Form – R O'Hara – Level 4",
        ON3,
        hour=16,
    ).message()
    msg.set_content(
        "Dear colleagues,\n\nThe O'Hara family moved to Lye in September and the Bury TAF plan has not worked. Please find the Inter Agency Form attached (Level 4). I have also phoned your front door.\n\nSamantha Nuttall\nBury Early Help"
    )
    msg.add_attachment(
        form, maintype=DOCX_MIME[0], subtype=DOCX_MIME[1], filename="Inter Agency Form OHara.docx"
    )
    return as_bytes(msg)


CASES: tuple[CouncilCase, ...] = (
    CouncilCase(
        "heldout8-bury-ehfsp-01",
        COUNCIL,
        URL,
        TITLE,
        "Word EHFSP: Continuum of Need Level 1-5 ☒/☐ list with Level 3 ticked first; practitioner's Bury BL9 address before the family; mother's partner and his daughter in the household; Kieran's father in Ramsbottom under significant others; consent table signed by three",
        "referral.docx",
        ON1,
        _b1,
        Expected(
            "early_help_assessment",
            (
                person("Danielle Howarth", date(1989, 6, 2), True, ON1),
                person("Craig Pilling", date(1986, 1, 14), True, ON1),
                person("Kieran Howarth", date(2010, 8, 19), True, ON1),
                person("Poppy Pilling", date(2016, 12, 3), False, ON1),
            ),
            "DY3 2DE",
            "Rachel Entwistle",
            "r.entwistle@bury-family.example.org.uk",
            3,
        ),
    ),
    CouncilCase(
        "heldout8-bury-ehfsp-02",
        COUNCIL,
        URL,
        TITLE,
        "fillable PDF EHFSP: Level 2 checkbox checked, learning centre's DY5 3DH before the family; both parents sign, the 16-year-old's consent row left empty",
        "referral.pdf",
        ON2,
        _b2,
        Expected(
            "early_help_assessment",
            (
                person("Joanne Ashworth", date(1981, 11, 11), True, ON2),
                person("Gary Ashworth", date(1979, 4, 25), True, ON2),
                person("Tyler Ashworth", date(2010, 2, 6), False, ON2),
            ),
            "DY8 4HB",
            "Imran Siddiqui",
            "i.siddiqui@pensnett-lc.example.sch.uk",
            2,
            queue_reason="consent_missing",
        ),
    ),
    CouncilCase(
        "heldout8-bury-iaf-01",
        COUNCIL,
        URL,
        TITLE,
        "email with the Word Inter Agency Form attached for the Early Help Panel: Level 4 ticked on the Level 1-5 list, address with postcode inside the household grid, consent Yes/No boxes with No ticked",
        "message.eml",
        ON3,
        _b3,
        Expected(
            "early_help_assessment",
            (
                person("Ruby O'Hara", date(2013, 9, 12), False, ON3),
                person("Stacey O'Hara", date(1991, 3, 30), False, ON3),
                person("Finn O'Hara", date(2020, 5, 17), False, ON3),
            ),
            "DY9 0QQ",
            "Samantha Nuttall",
            "s.nuttall@bury-family.example.org.uk",
            4,
            safeguarding=True,
            queue_reason="safeguarding_concern",
        ),
    ),
)
