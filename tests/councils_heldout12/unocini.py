"""UNOCINI (Understanding the Needs of Children in Northern Ireland): the preliminary assessment
and referral into the Gateway Service (UNOCINI A1), with its three assessment areas and the
Threshold of Needs levels."""

# ruff: noqa: E501  (wording follows the published guidance)

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

URL = "https://vdocument.in/unocini-guidance-education-authority-the-process-of-unocini-is-far-more-important.html"
TITLE = "UNOCINI Understanding the Needs of Children in Northern Ireland – Appendix Three: UNOCINI Guidance, Preliminary Assessment and Referral (undertake a preliminary assessment with the family & child; make a referral using UNOCINI (A1) into the Gateway Service)"
COUNCIL = "UNOCINI – Understanding the Needs of Children in Northern Ireland (preliminary assessment and referral)"


def _levels(n: int, name: str | None = None) -> Boxes:
    return Boxes(tuple(CB(i == n, f"Level {i}", f"{name} {i}" if name else None) for i in (1, 2, 3, 4)))


def _areas(child: str, parents: str, wider: str) -> list[object]:
    return [
        Heading("Preliminary Assessment"),
        kv(
            ("1. The needs of the child or young person", child),
            ("2. The capacity of parents/carers to meet these needs", parents),
            ("3. Wider family and environmental factors", wider),
        ),
    ]


ON1 = date(2026, 2, 3)


def _b1() -> bytes:
    return render_docx(
        [
            Title("UNOCINI (A1) – Preliminary Assessment and Referral"),
            Para("Understanding the Needs of Children in Northern Ireland. This form was completed with the family and child."),
            Heading("Part 1 – Child / young person"),
            kv(
                ("Surname", "McCANN"),
                ("Forename(s)", "Orla"),
                ("Date of birth", "11/08/2016"),
                ("Home address", "5 Kent Street, Netherton, Dudley"),
                ("Postcode", "DY2 0AB"),
                ("School", "St Joseph's RC Primary"),
                per_row=2,
            ),
            Heading("Family composition (all those living in the household)"),
            grid(
                ["Surname", "Forename", "Relationship to child", "Date of birth"],
                [
                    ["McCANN", "Siobhan", "Mother", "19/03/1990"],
                    ["McCANN", "Eoin", "Brother", "02/12/2020"],
                ],
            ),
            *_areas(
                "Orla's attendance is 82%; she is anxious and often unwell on Mondays.",
                "Mum is coping but isolated since the family moved from Newry last summer.",
                "No extended family nearby; private rented flat with damp.",
            ),
            Heading("Threshold of Needs – level of need (tick one)"),
            Table([[L("Level"), _levels(2)]]),
            Heading("Parent/carer informed and consent to referral"),
            grid(
                ["Name", "Signature", "Date"],
                [["Siobhan McCann", "S McCann", "03/02/2026"]],
            ),
            Heading("Referrer"),
            kv(
                ("Name", "Gráinne Doherty"),
                ("Designation", "Health Visitor"),
                ("Address", "Netherton Health Centre, Halesowen Road, Netherton DY2 9PU"),
                ("Email", "grainne.doherty@hv.example.nhs.uk"),
                ("Date", "03/02/2026"),
                per_row=2,
            ),
        ]
    )


ON2 = date(2026, 5, 12)


def _b2() -> bytes:
    return render_pdf(
        [
            Title("UNOCINI (A1) – Preliminary Assessment and Referral"),
            Heading("Referrer"),
            kv(
                ("Name", "Ciaran Boyle"),
                ("Designation", "Designated Teacher for Child Protection"),
                ("Address", "Wordsley Academy, Brierley Hill Road, Stourbridge DY8 5PD"),
                ("Email", "c.boyle@wordsley.example.sch.uk"),
                ("Date", "12/05/2026"),
                per_row=2,
            ),
            Heading("Child / young person"),
            kv(
                ("Surname", "KEANE"),
                ("Forename(s)", "Darragh"),
                ("Date of birth", "04/06/2013"),
                ("Address", "40 Lodge Lane, Wordsley, Stourbridge DY8 4HB"),
                per_row=2,
            ),
            Heading("Family composition"),
            grid(
                ["Name", "Relationship", "Date of birth"],
                [
                    ["Aoife Keane", "Mother", "27/01/1987"],
                    ["Paul Keane", "Stepfather", "15/10/1984"],
                ],
            ),
            *_areas(
                "Darragh came to school with bruising to his upper arm and said his stepdad 'grabbed him'.",
                "Mother says Darragh fell; stepfather not known to school.",
                "Police called to the address in April (domestic incident).",
            ),
            Heading("Threshold of Needs – level of need"),
            Table([[L("Level"), _levels(4)]]),
            kv(
                ("Do you believe this child is at risk of significant harm?", Boxes((CB(True, "Yes"), CB(False, "No")))),
                ("Have parents been informed of this referral?", "No – informing them may place the child at risk. Telephoned to the Gateway 12/05/2026 10:40."),
            ),
        ],
        "UNOCINI referral",
    )


ON3 = date(2026, 9, 15)


def _b3() -> bytes:
    return render_acroform(
        [
            Title("UNOCINI (A1) – Preliminary Assessment and Referral"),
            Heading("Child / young person"),
            Table(
                [
                    [L("Surname"), F("Quinn", "child_surname"), L("Forename"), F("Megan", "child_forename")],
                    [L("Date of birth"), F("23/02/2012", "child_dob"), L("Postcode"), F("DY6 0LQ", "child_postcode")],
                    [L("Address"), F("12 Summerhill, Kingswinford", "child_address")],
                ]
            ),
            Heading("Family composition"),
            Table(
                [
                    [L("Name"), L("Relationship"), L("Date of birth"), L("Lives in household")],
                    [F("Declan Quinn", "fam1_name"), F("Father", "fam1_rel"), F("30/07/1979", "fam1_dob"), F("Yes", "fam1_home")],
                    [F("Connor Quinn", "fam2_name"), F("Brother", "fam2_rel"), F("18/11/2007", "fam2_dob"), F("Yes", "fam2_home")],
                    [F("Bernadette Quinn", "fam3_name"), F("Mother", "fam3_rel"), F("05/05/1981", "fam3_dob"), F("No – lives in Dungannon", "fam3_home")],
                ]
            ),
            *_areas(
                "Megan is self-harming and refusing school since her mother left.",
                "Dad works nights; Connor (18) looks after Megan.",
                "Mother in Northern Ireland, phone contact only.",
            ),
            Heading("Threshold of Needs – level of need"),
            Table([[L("Level"), _levels(3, "level")]]),
            Heading("Lead professional (if identified)"),
            Table(
                [
                    [L("Name"), F("Rachel Osei", "lead_name"), L("Email"), F("rachel.osei@earlyhelp.example.gov.uk", "lead_email")],
                ]
            ),
            Heading("Consent"),
            Table(
                [
                    [L("Parent/carer"), F("Declan Quinn – signed 15/09/2026", "consent_parent")],
                    [L("Young person"), F("Megan Quinn – signed 15/09/2026", "consent_yp")],
                    [L("Other household members 14+"), F("Connor Quinn – signed 15/09/2026", "consent_other")],
                ]
            ),
            Heading("Referrer"),
            Table(
                [
                    [L("Name"), F("Mark Feeney, Pastoral Lead", "ref_name"), L("Email"), F("m.feeney@summerhill.example.sch.uk", "ref_email")],
                    [L("Date"), F("15/09/2026", "ref_date")],
                ]
            ),
        ],
        "UNOCINI referral",
    )


CASES: tuple[CouncilCase, ...] = (
    CouncilCase(
        "heldout12-unocini-01",
        COUNCIL,
        URL,
        TITLE,
        "Word UNOCINI A1 with the guidance's three assessment areas; family composition grid in Surname | Forename order (McCANN); 'Level 2' ticked in a Level 1-4 row; health centre's DY2 9PU (not in the table) last",
        "referral.docx",
        ON1,
        _b1,
        Expected(
            "early_help_assessment",
            (
                person("Orla McCann", date(2016, 8, 11), False, ON1),
                person("Siobhan McCann", date(1990, 3, 19), True, ON1),
                person("Eoin McCann", date(2020, 12, 2), False, ON1),
            ),
            "DY2 0AB",
            "Gráinne Doherty",
            "grainne.doherty@hv.example.nhs.uk",
            2,
        ),
    ),
    CouncilCase(
        "heldout12-unocini-02",
        COUNCIL,
        URL,
        TITLE,
        "flattened PDF A1 with the referrer block first: Level 4 ☒ and 'at risk of significant harm? ☒ Yes', parents not informed, telephoned to the Gateway",
        "referral.pdf",
        ON2,
        _b2,
        Expected(
            "early_help_assessment",
            (
                person("Darragh Keane", date(2013, 6, 4), False, ON2),
                person("Aoife Keane", date(1987, 1, 27), False, ON2),
                person("Paul Keane", date(1984, 10, 15), False, ON2),
            ),
            "DY8 4HB",
            "Ciaran Boyle",
            "c.boyle@wordsley.example.sch.uk",
            4,
            safeguarding=True,
            queue_reason="safeguarding_concern",
        ),
    ),
    CouncilCase(
        "heldout12-unocini-03",
        COUNCIL,
        URL,
        TITLE,
        "fillable PDF A1 with named fields (child_postcode, fam1_name …, level 3 checkbox): mother in the family grid marked 'No – lives in Dungannon'; a lead professional named apart from the referring pastoral lead; an 18-year-old brother signs",
        "referral.pdf",
        ON3,
        _b3,
        Expected(
            "early_help_assessment",
            (
                person("Megan Quinn", date(2012, 2, 23), True, ON3),
                person("Declan Quinn", date(1979, 7, 30), True, ON3),
                person("Connor Quinn", date(2007, 11, 18), True, ON3),
            ),
            "DY6 0LQ",
            "Rachel Osei",
            "rachel.osei@earlyhelp.example.gov.uk",
            3,
        ),
    ),
)
