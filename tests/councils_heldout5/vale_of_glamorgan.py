"""Vale of Glamorgan (Wales): Families First – a Team Around the Family (TAF) request using the
Joint Assessment Family Framework (JAFF), for families at tiers 2 and 3 of the Vale's model of
need."""

# ruff: noqa: E501  (wording follows the published pages)

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
)
from tests.councils.model import CouncilCase, Expected

URL = "https://www.valeofglamorgan.gov.uk/en/our_council/Council-Structure/minutes,_agendas_and_reports/reports/scrutiny_sch/2013/13-06-17/Families-First-Services.aspx"
TITLE = "The Vale of Glamorgan Council – Scrutiny Committee (Social Care and Health), 17 June 2013: Update on the Development of Families First Services (Welsh Government Families First grant; multi-agency early intervention; in the Vale's model of need and service provision, services at tiers 2 and 3)"
URL_WG = (
    "https://www.gov.wales/families-first-annual-performance-figures-summary-report-2018-2023-html"
)
TITLE_WG = "Welsh Government – Families First annual performance figures summary report 2018-2023 (key elements: Joint Assessment Family Framework (JAFF), a strengths-based evaluation of families' needs; the Team Around the Family (TAF); commissioned projects; a disability focus)"

COUNCIL = "Vale of Glamorgan Council"


def _tiers(ticked: int) -> Table:
    return Table(
        [
            [L("Tier of need (Vale of Glamorgan model of need)")],
            [Boxes((CB(ticked == 2, "Tier 2", "Tier 2"), CB(ticked == 3, "Tier 3", "Tier 3")))],
        ]
    )


ON1 = date(2026, 3, 18)


def _build_01() -> bytes:
    blocks: list[object] = [
        Title(
            "Families First – Team Around the Family request",
            "Joint Assessment Family Framework (JAFF) – Part 1",
        ),
        _tiers(2),
        Heading("Family"),
        grid(
            ["Name", "Date of birth", "Relationship", "Disability?"],
            [
                ["Rhian Evans", "06/09/1988", "Mother", "No"],
                ["Gethin Evans", "12/04/1986", "Father", "No"],
                ["Osian Evans", "29/11/2015", "Son", "Yes – autism"],
                ["Megan Evans", "03/03/2019", "Daughter", "No"],
            ],
        ),
        kv(("Address", "15 Wollaston Road, Stourbridge"), ("Postcode", "DY8 4HB"), per_row=2),
        Heading("Strengths"),
        Para("Close family; Nain and Taid (in Barry) phone every day; Dad has steady work."),
        Heading("What matters to the family"),
        Para(
            "Getting Osian to sleep and to school without meltdowns; a break for Mum; meeting other families with autistic children."
        ),
        Heading("Person completing the JAFF"),
        kv(
            ("Name", "Elin Rowlands"),
            ("Role", "Family Support Worker, Families First"),
            ("Email", "elin.rowlands@familiesfirst.example.org"),
            ("Telephone", "01632 960 366"),
            ("Date", "18/03/2026"),
            per_row=2,
        ),
        Heading("Consent"),
        Para(
            "We agree to a Team Around the Family and to our information being shared with the members of the TAF."
        ),
        grid(
            ["Name", "Signature", "Date"],
            [["Rhian Evans", "R Evans", "18/03/2026"], ["Gethin Evans", "G Evans", "18/03/2026"]],
        ),
    ]
    return render_docx(blocks)


ON2 = date(2026, 10, 6)


def _build_02() -> bytes:
    blocks: list[object] = [
        Title(
            "Families First – Team Around the Family request",
            "Joint Assessment Family Framework (JAFF) – Part 1",
        ),
        _tiers(3),
        Heading("Referrer"),
        Table(
            [
                [
                    L("Name"),
                    "Gwen Parry",
                    L("Agency"),
                    "Education Welfare Service, Barry CF62 8ZJ (the family's previous area)",
                ],
                [L("Date"), "06/10/2026", L("Telephone"), "01632 960 377"],
            ]
        ),
        Heading("TAF lead worker (if known)"),
        Table(
            [
                [L("Name"), "Rhys Morgan", L("Email"), "rhys.morgan@fact.example.gov.uk"],
                [
                    L("Team"),
                    "FACT – Families Achieving Change Together",
                    L("Telephone"),
                    "01632 960 378",
                ],
            ]
        ),
        Heading("Family"),
        Table(
            [
                [L("Name"), L("Date of birth"), L("Relationship")],
                ["Tanya Jenkins", "28/04/1985", "Mother"],
                ["Bethan Jenkins", "17/07/2010", "Daughter"],
                ["Dylan Jenkins", "09/12/2014", "Son"],
            ]
        ),
        Table(
            [[L("Address"), "21 High Street, Wordsley, Stourbridge"], [L("Postcode"), "DY8 2SE"]]
        ),
        Heading("What matters"),
        Table(
            [
                [
                    "Bethan (16) has not attended since Year 10; Dylan has been excluded twice; Mum works two jobs and has asked for help with both children."
                ]
            ]
        ),
        Heading("Consent"),
        Table(
            [
                [L("Name"), L("Agrees"), L("Signature"), L("Date")],
                [
                    "Tanya Jenkins",
                    Boxes((CB(True, "Yes"), CB(False, "No"))),
                    "T Jenkins",
                    "06/10/2026",
                ],
                [
                    "Bethan Jenkins",
                    Boxes((CB(True, "Yes"), CB(False, "No"))),
                    "B Jenkins",
                    "06/10/2026",
                ],
            ]
        ),
    ]
    return render_acroform(blocks, "TAF request")


CASES: tuple[CouncilCase, ...] = (
    CouncilCase(
        case_id="heldout5-vale-of-glamorgan-taf-01",
        council=COUNCIL,
        source_url=URL,
        source_title=TITLE,
        layout="Word Families First TAF request (JAFF Part 1): Tier 2 / Tier 3 as ☒/☐ first ('Tier 2'); household grid with a disability column before the address; strengths and 'What matters' as free text mentioning grandparents in Barry; the person completing the JAFF after the family; both parents sign",
        filename="referral.docx",
        assessment_date=ON1,
        build=_build_01,
        expected=Expected(
            form_type="early_help_assessment",
            people=(
                person("Rhian Evans", date(1988, 9, 6), True, ON1),
                person("Gethin Evans", date(1986, 4, 12), True, ON1),
                person("Osian Evans", date(2015, 11, 29), False, ON1),
                person("Megan Evans", date(2019, 3, 3), False, ON1),
            ),
            postcode="DY8 4HB",
            lead_professional_name="Elin Rowlands",
            lead_professional_email="elin.rowlands@familiesfirst.example.org",
            level_of_need=2,
        ),
    ),
    CouncilCase(
        case_id="heldout5-vale-of-glamorgan-taf-02",
        council=COUNCIL,
        source_url=URL_WG,
        source_title=TITLE_WG,
        layout="fillable PDF of the TAF request with field names from the labels and checkboxes 'Tier 2' / 'Tier 3' ('Tier 3' ticked): referrer without an e-mail (Education Welfare in Barry, CF62 8ZJ) then a 'TAF lead worker (if known)' from the FACT team; mum and the 16-year-old agree and sign",
        filename="referral.pdf",
        assessment_date=ON2,
        build=_build_02,
        expected=Expected(
            form_type="early_help_assessment",
            people=(
                person("Tanya Jenkins", date(1985, 4, 28), True, ON2),
                person("Bethan Jenkins", date(2010, 7, 17), True, ON2),
                person("Dylan Jenkins", date(2014, 12, 9), False, ON2),
            ),
            postcode="DY8 2SE",
            lead_professional_name="Rhys Morgan",
            lead_professional_email="rhys.morgan@fact.example.gov.uk",
            level_of_need=3,
        ),
    ),
)
