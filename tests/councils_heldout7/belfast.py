"""Belfast Health and Social Care Trust: UNOCINI preliminary assessment and referral (A1) into the
Children's Gateway Service (Understanding the Needs of Children in Northern Ireland)."""

# ruff: noqa: E501  (wording follows the published guidance)

from datetime import date

from tests.councils.kit import (
    CB,
    Boxes,
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

URL = "https://vdocument.in/unocini-guidance-education-authority-the-process-of-unocini-is-far-more-important.html"
TITLE = "UNOCINI Understanding the Needs of Children in Northern Ireland – Appendix Three: UNOCINI Guidance, Preliminary Assessment and Referral (make a referral using UNOCINI (A1) into the Gateway Service)"
COUNCIL = "Belfast Health and Social Care Trust (Children's Gateway)"


def _blocks(
    on: str,
    kind: str,
    child: list[list[str]],
    addr: list[tuple[str, str]],
    carers: list[list[str]],
    you: list[tuple[str, str]],
    needs: str,
    informed: str,
    consent: str,
) -> list[object]:
    return [
        Title(
            "UNOCINI Preliminary Assessment and Referral (A1)",
            "Understanding the Needs of Children in Northern Ireland",
        ),
        Table(
            [
                [
                    L("Purpose"),
                    Boxes(
                        (
                            CB(kind == "pa", "Preliminary Assessment"),
                            CB(kind == "ref", "Referral to Gateway Service"),
                        )
                    ),
                ]
            ]
        ),
        Heading("1. Referral Information"),
        kv(*you, ("Date of referral", on), per_row=2),
        Heading("2. Child/Young Person's Details"),
        grid(["Surname", "Forename(s)", "Date of Birth", "Gender", "Relationship"], child),
        kv(*addr, per_row=2),
        Heading("3. Parents/Carers and other household members"),
        grid(
            [
                "Surname",
                "Forename(s)",
                "Date of Birth",
                "Relationship",
                "Parental Responsibility",
                "Address if different",
            ],
            carers,
        ),
        Heading("4. Needs, strengths, risks and protective factors"),
        Para(needs),
        Heading("5. Consent"),
        Table(
            [
                [L("Have the parents/carers been informed of this referral?"), informed],
                [L("Has consent been obtained? Give names of those who gave consent"), consent],
            ]
        ),
    ]


ON1 = date(2026, 1, 20)


def _b1() -> bytes:
    return render_docx(
        _blocks(
            "20/01/2026",
            "ref",
            [
                ["McCANN", "Aoife", "07/07/2012", "F", "Subject"],
                ["McCANN", "Cian", "15/02/2016", "M", "Brother"],
            ],
            [("Address", "12 Birmingham Road, Dudley"), ("Postcode", "DY1 4RN")],
            [
                ["McCANN", "Siobhan", "21/03/1986", "Mother", "Yes", ""],
                [
                    "McCANN",
                    "Declan",
                    "10/09/1984",
                    "Father",
                    "Yes",
                    "28 Falls Road, Belfast BT12 4PD",
                ],
            ],
            [
                ("Name", "Grainne O'Neill"),
                ("Designation", "Education Welfare Officer, Education Authority"),
                ("Address", "40 Academy Street, Belfast BT1 2NQ"),
                ("Email", "grainne.oneill@eani.example.org.uk"),
            ],
            "Aoife (13) is a young carer for Mum, who has MS; Cian's attendance 78%. Family ask for family support and young carers' service.",
            "Yes",
            "Yes – Siobhan McCann (mother) and Aoife McCann",
        )
    )


ON2 = date(2026, 7, 1)


def _b2() -> bytes:
    return render_acroform(
        _blocks(
            "01/07/2026",
            "ref",
            [["QUINN", "Ryan", "23/11/2009", "M", "Subject"]],
            [("Address", "3 Hagley Road, Stourbridge"), ("Postcode", "DY9 0QQ")],
            [
                ["QUINN", "Martina", "14/02/1975", "Mother", "Yes", ""],
                ["QUINN", "Patrick", "30/05/1973", "Father", "Yes", ""],
            ],
            [
                ("Name", "Dr Ciaran Doherty"),
                ("Designation", "GP"),
                ("Address", "Lye Health Centre, Stourbridge DY9 8RL"),
                ("Email", "ciaran.doherty@nhs.example.net"),
            ],
            "Ryan (16) has anxiety and has not left the house for six weeks; parents ask for family support while he waits for CAMHS.",
            "Yes",
            "Yes – Martina Quinn, Patrick Quinn and Ryan Quinn (aged 16) agreed at surgery 01/07/2026",
        ),
        "UNOCINI Referral",
    )


ON3 = date(2026, 9, 14)


def _b3() -> bytes:
    return render_pdf(
        _blocks(
            "14/09/2026",
            "ref",
            [["KELLY", "Erin", "02/01/2020", "F", "Subject"]],
            [("Address", "Flat 6, 18 Stafford Street, Dudley DY1 2QP")],
            [
                ["KELLY", "Roisin", "19/07/1998", "Mother", "Yes", ""],
                ["BRENNAN", "Sean", "04/04/1996", "Mother's partner", "No", ""],
            ],
            [
                ("Name", "Orla Devlin"),
                ("Designation", "Family Support Hub Co-ordinator"),
                ("Address", "Ashton Centre, Belfast BT15 2GS"),
                ("Email", "orla.devlin@hub.example.org.uk"),
            ],
            "Erin (6) is often collected late and hungry; Roisin has asked for help with routines and budgeting.",
            "Yes",
            "Yes – Roisin Kelly and Sean Brennan, both signed 14/09/2026",
        ),
        "UNOCINI Referral",
    )


CASES: tuple[CouncilCase, ...] = (
    CouncilCase(
        "heldout7-belfast-unocini-01",
        COUNCIL,
        URL,
        TITLE,
        "Word UNOCINI A1: Preliminary Assessment / Referral ☒/☐, referrer (Belfast BT1) first, SURNAME | Forename(s) grids, Address and Postcode side by side, father with his own Belfast BT12 address, consent names mum and the 13-year-old",
        "referral.docx",
        ON1,
        _b1,
        Expected(
            "early_help_assessment",
            (
                person("Aoife McCann", date(2012, 7, 7), True, ON1),
                person("Cian McCann", date(2016, 2, 15), False, ON1),
                person("Siobhan McCann", date(1986, 3, 21), True, ON1),
            ),
            "DY1 4RN",
            "Grainne O'Neill",
            "grainne.oneill@eani.example.org.uk",
            None,
        ),
    ),
    CouncilCase(
        "heldout7-belfast-unocini-02",
        COUNCIL,
        URL,
        TITLE,
        "fillable PDF UNOCINI A1 from a GP (surgery DY9 8RL, a Dudley postcode not in the table): consent answer names both parents and the 16-year-old",
        "referral.pdf",
        ON2,
        _b2,
        Expected(
            "early_help_assessment",
            (
                person("Ryan Quinn", date(2009, 11, 23), True, ON2),
                person("Martina Quinn", date(1975, 2, 14), True, ON2),
                person("Patrick Quinn", date(1973, 5, 30), True, ON2),
            ),
            "DY9 0QQ",
            "Ciaran Doherty",
            "ciaran.doherty@nhs.example.net",
            None,
        ),
    ),
    CouncilCase(
        "heldout7-belfast-unocini-03",
        COUNCIL,
        URL,
        TITLE,
        "flattened PDF UNOCINI A1 from a Family Support Hub (BT15): address and postcode in one cell; mother's partner in the household without PR; both sign",
        "referral.pdf",
        ON3,
        _b3,
        Expected(
            "early_help_assessment",
            (
                person("Erin Kelly", date(2020, 1, 2), False, ON3),
                person("Roisin Kelly", date(1998, 7, 19), True, ON3),
                person("Sean Brennan", date(1996, 4, 4), True, ON3),
            ),
            "DY1 2QP",
            "Orla Devlin",
            "orla.devlin@hub.example.org.uk",
            None,
        ),
    ),
)
