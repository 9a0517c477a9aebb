"""Safe Families for Children: the screening questions to answer before making a referral and the
blank referral form that follows them, as published."""

# ruff: noqa: E501  (wording follows the published form)

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
    render_pdf,
)
from tests.councils.model import CouncilCase, Expected

URL = "https://docest.com/doc/122191/safe-families-will-respond-to-a-referral-with-a-home-visit-to-the-referred-family-therefore"
TITLE = "Safe Families for Children – Screening questions to answer before making a referral (1. at least one child under the age of 12? 2. downwards trajectory towards needing accommodating? 3. lead parent/carer has parental responsibility? 4./5. level of risk High/Medium/Low; 6. agree on behalf of your local authority to the terms and conditions; 7. lead parent/carer aware of the referral and agree to a home visit within 2 working days) – the blank referral form begins on page 3"
COUNCIL = "Safe Families for Children"


def _yn(yes: bool) -> Boxes:
    return Boxes((CB(yes, "Yes"), CB(not yes, "No")))


def _hml(v: str) -> Boxes:
    return Boxes(tuple(CB(v == x, x) for x in ("High", "Medium", "Low")))


def _screening(risk_home: str, risk_family: str) -> list[object]:
    return [
        Heading("Screening questions to answer before making a referral"),
        Table(
            [
                [
                    L("1. Does this referral involve at least one child under the age of 12?"),
                    _yn(True),
                ],
                [
                    L(
                        "2. Without Safe Families for Children's support, are one or more children in the family on a downwards trajectory towards needing accommodating?"
                    ),
                    _yn(True),
                ],
                [L("3. Does the lead parent/carer have parental responsibility?"), _yn(True)],
                [
                    L(
                        "4. What level of risk is associated with Safe Families for Children staff or volunteers regularly visiting the home?"
                    ),
                    _hml(risk_home),
                ],
                [
                    L(
                        "5. What level of risk do the family members present to Safe Families for Children staff or volunteers?"
                    ),
                    _hml(risk_family),
                ],
                [
                    L(
                        "6. Do you agree (on behalf of your local authority) to the terms and conditions of Safe Families for Children?"
                    ),
                    _yn(True),
                ],
                [
                    L(
                        "7. Is the lead parent/carer contact aware of the referral, clear about the support that Safe Families for Children offer and agree to a home visit within 2 working days?"
                    ),
                    _yn(True),
                ],
            ]
        ),
    ]


ON1 = date(2026, 2, 10)


def _b1() -> bytes:
    return render_docx(
        [
            Title("Safe Families for Children – Referral Form"),
            *_screening("Low", "Low"),
            Heading("Referrer (local authority)"),
            kv(
                ("Name", "Marcia Campbell"),
                ("Role", "Family Support Worker, Early Help"),
                ("Email", "marcia.campbell@earlyhelp-dudley.example.gov.uk"),
                ("Telephone", "01632 960881"),
                ("Date", "10/02/2026"),
                per_row=2,
            ),
            Heading("Lead professional for the family"),
            kv(
                ("Name", "Joel Adeyemi"),
                ("Role", "Early Help Lead Practitioner"),
                ("Email", "joel.adeyemi@earlyhelp-dudley.example.gov.uk"),
                per_row=3,
            ),
            Heading("Lead parent/carer"),
            kv(
                ("Name", "Stacey Hughes"),
                ("Date of birth", "25/06/1994"),
                ("Address", "4 Wolverhampton Street, Dudley"),
                ("Postcode", "DY1 2QP"),
                per_row=2,
            ),
            Heading("Children"),
            grid(
                ["First name", "Surname", "Date of birth", "Lives with lead parent?"],
                [
                    ["Maddison", "Hughes", "14/04/2018", "Yes"],
                    ["Riley", "Hughes", "09/09/2022", "Yes"],
                ],
            ),
            Heading("What support is requested?"),
            Para(
                "Host family for occasional weekend respite and a family friend volunteer; mum has no network since her mother died."
            ),
            Heading("Lead parent/carer agreement"),
            grid(["Signed", "Print name", "Date"], [["S. Hughes", "Stacey Hughes", "10/02/2026"]]),
        ]
    )


ON2 = date(2026, 6, 16)


def _b2() -> bytes:
    return render_acroform(
        [
            Title("Safe Families for Children – Referral Form"),
            *_screening("Medium", "Low"),
            Heading("Referrer"),
            Table(
                [
                    [L("Name"), F("Priya Sandhu", "Text1")],
                    [L("Role"), F("Social Worker, Assessment and Intervention", "Text2")],
                    [L("Email"), F("priya.sandhu@csc-dudley.example.gov.uk", "Text3")],
                    [L("Date"), F("16/06/2026", "Text4")],
                ]
            ),
            Heading("Family"),
            Table(
                [
                    [L("Lead parent/carer"), F("Joanne Carter (DOB 12/10/1985)", "Text5")],
                    [L("Address"), F("27 Sandringham Road, Sedgley", "Text6")],
                    [L("Postcode"), F("DY3 4PQ", "Text7")],
                    [L("Child 1"), F("Brandon Carter 03/01/2011", "Text8")],
                    [L("Child 2"), F("Lily-Mae Carter 28/02/2019", "Text9")],
                    [L("Other adults in the home"), F("none", "Text10")],
                ]
            ),
            Heading("Why now?"),
            Table(
                [
                    [
                        F(
                            "Mum is having surgery in July; no one to look after Lily-Mae for five nights. Brandon (15) has agreed to stay with his uncle.",
                            "Text11",
                        )
                    ]
                ]
            ),
            Heading("Agreement"),
            Table(
                [
                    [L("Lead parent/carer"), F("Joanne Carter – signed 16/06/2026", "Text12")],
                    [
                        L("Young person (if 14+)"),
                        F("Brandon Carter – agrees, signed 16/06/2026", "Text13"),
                    ],
                ]
            ),
        ],
        "Safe Families referral",
    )


ON3 = date(2026, 11, 24)


def _b3() -> bytes:
    return render_pdf(
        [
            Title("Safe Families for Children – Referral Form"),
            *_screening("Low", "Low"),
            Heading("Lead parent/carer"),
            kv(
                ("SURNAME, Forename", "KHAN, Rubina"),
                ("Date of birth", "1.2.1990"),
                ("Address", "10 Cradley Road, Cradley Heath"),
                ("Postcode", "B64 5AA"),
                per_row=2,
            ),
            Heading("Other adults in the household"),
            kv(
                ("SURNAME, Forename", "KHAN, Tariq"),
                ("Date of birth", "9.9.1988"),
                ("Relationship", "Father"),
                per_row=3,
            ),
            Heading("Children"),
            grid(
                ["SURNAME, Forename", "Date of birth", "School / nursery"],
                [
                    ["KHAN, Yusuf", "30.6.2016", "Corngreaves Primary"],
                    ["KHAN, Hana", "4.4.2023", "—"],
                ],
            ),
            Heading("Referrer"),
            kv(
                ("Name", "Emma Blakemore"),
                ("Role", "Family Hub Practitioner"),
                ("Email", "emma.blakemore@familyhub.example.gov.uk"),
                ("Date", "24.11.2026"),
                per_row=2,
            ),
            Heading("Support requested"),
            Para(
                "Dad has been admitted to hospital long term; mum does not drive and needs help with school runs and a befriender."
            ),
            Heading("Agreement"),
            Para(
                "Rubina Khan (lead parent) agreed to this referral and to a home visit on 24.11.2026. Tariq Khan agreed by phone from the ward."
            ),
        ],
        "Safe Families referral",
    )


CASES: tuple[CouncilCase, ...] = (
    CouncilCase(
        "heldout10-safe-families-01",
        COUNCIL,
        URL,
        TITLE,
        "Word referral with the seven published screening questions as ☒/☐ rows (High/Medium/Low risk, not a level); a separate 'Lead professional for the family' names the lead practitioner apart from the referring worker; 'Signed / Print name / Date' row",
        "referral.docx",
        ON1,
        _b1,
        Expected(
            "early_help_assessment",
            (
                person("Stacey Hughes", date(1994, 6, 25), True, ON1),
                person("Maddison Hughes", date(2018, 4, 14), False, ON1),
                person("Riley Hughes", date(2022, 9, 9), False, ON1),
            ),
            "DY1 2QP",
            "Joel Adeyemi",
            "joel.adeyemi@earlyhelp-dudley.example.gov.uk",
            None,
        ),
    ),
    CouncilCase(
        "heldout10-safe-families-02",
        COUNCIL,
        URL,
        TITLE,
        "fillable PDF whose text fields are named Text1..Text13 as in a converted form; children as 'Brandon Carter 03/01/2011' in one field each; the 15-year-old's agreement in its own field",
        "referral.pdf",
        ON2,
        _b2,
        Expected(
            "early_help_assessment",
            (
                person("Joanne Carter", date(1985, 10, 12), True, ON2),
                person("Brandon Carter", date(2011, 1, 3), True, ON2),
                person("Lily-Mae Carter", date(2019, 2, 28), False, ON2),
            ),
            "DY3 4PQ",
            "Priya Sandhu",
            "priya.sandhu@csc-dudley.example.gov.uk",
            None,
        ),
    ),
    CouncilCase(
        "heldout10-safe-families-03",
        COUNCIL,
        URL,
        TITLE,
        "flattened PDF referral with every name as 'SURNAME, Forename' and d.m.yyyy dates; father in his own 'Other adults' block, consent recorded in a sentence naming both parents",
        "referral.pdf",
        ON3,
        _b3,
        Expected(
            "early_help_assessment",
            (
                person("Rubina Khan", date(1990, 2, 1), True, ON3),
                person("Tariq Khan", date(1988, 9, 9), True, ON3),
                person("Yusuf Khan", date(2016, 6, 30), False, ON3),
                person("Hana Khan", date(2023, 4, 4), False, ON3),
            ),
            "B64 5AA",
            "Emma Blakemore",
            "emma.blakemore@familyhub.example.gov.uk",
            None,
        ),
    ),
)
