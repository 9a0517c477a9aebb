"""Isle of Wight: the Supporting Families professional referral (whole family approach; at least
three of the programme's criteria; families closed to Social Care)."""

# ruff: noqa: E501  (wording follows the published page)

from datetime import date

from tests.councils.kit import (
    CB,
    Cell,
    Heading,
    L,
    Para,
    Table,
    Title,
    grid,
    kv,
    person,
    render_html,
    render_pdf,
)
from tests.councils.model import CouncilCase, Expected
from tests.councils_heldout5._mail import FRONT_DOOR, html_only

URL = "https://iwc.iow.gov.uk/Council/OtherServices/Support-for-Families/Professional-referral-process1"
TITLE = "Isle of Wight Council – Support for Families: Professional referral process (Supporting Families Programme, whole family approach; eligible families meet at least three of: Education; Early Years Development; Mental Health and Physical Health; Promoting Recovery and Reducing Harm from Substance Use; Family Relationships; Child Abuse and Exploitation; Crime; Domestic Abuse; Housing; Financial Stability; families must be closed and not receiving Social Care intervention)"

COUNCIL = "Isle of Wight Council"

CRITERIA = (
    "Education concerns",
    "Early Years Development concerns",
    "Mental Health and Physical Health concerns",
    "Promoting Recovery and Reducing Harm from Substance Use",
    "Family Relationships concerns",
    "Child Abuse and Exploitation concerns",
    "Crime concerns",
    "Domestic Abuse",
    "Housing concerns",
    "Financial Stability",
)


def _criteria(ticked: set[int]) -> Table:
    rows: list[list[Cell]] = [[L("Criteria met (at least three)"), L("Tick")]]
    rows += [[c, CB(i in ticked, "")] for i, c in enumerate(CRITERIA)]
    return Table(rows, [5.0, 1.0])


ON1 = date(2026, 3, 3)


def _blocks_01() -> list[object]:
    return [
        Title(
            "Supporting Families – professional referral",
            "Isle of Wight Council – Support for Families",
        ),
        Table(
            [[L("Is the family open to Social Care?"), CB(False, "Yes"), CB(True, "No – closed")]]
        ),
        _criteria({0, 2, 8, 9}),
        Heading("Family details"),
        grid(
            ["Name", "Date of birth", "Relationship", "School / work"],
            [
                ["Jade Wilkes", "26/06/1989", "Mother", "Not working"],
                ["Kyle Wilkes", "13/05/2011", "Son", "Thorns Academy"],
                ["Scarlett Wilkes", "08/12/2016", "Daughter", "Quarry Bank Primary"],
            ],
        ),
        kv(
            ("Address", "22 Cradley Road, Quarry Bank, Brierley Hill"),
            ("Postcode", "DY5 1AA"),
            per_row=2,
        ),
        Heading("Consent"),
        kv(
            ("Does the family agree to the referral and to information being shared?", "Yes"),
            ("Who agreed", "Jade Wilkes and Kyle Wilkes (14) at a home visit, 03/03/2026"),
        ),
        Heading("Referrer"),
        kv(
            ("Name", "Callum Price"),
            ("Organisation", "Tenancy Support, Black Country Housing"),
            ("Office", "Cradley Heath B64 6QU"),
            ("Email", "callum.price@bchousing.example.org"),
            per_row=2,
        ),
        Heading("What support is requested?"),
        Para(
            "Kyle is on a reduced timetable; Mum has COPD and depression; the family faces eviction for rent arrears of £2,300. Family asks for a whole-family worker."
        ),
    ]


def _build_01() -> bytes:
    return html_only(
        "Callum Price <callum.price@bchousing.example.org>",
        FRONT_DOOR,
        "Supporting Families referral - WILKES",
        ON1,
        "Referral form below (HTML).",
        render_html(_blocks_01()),
    )


ON2 = date(2026, 7, 21)


def _build_02() -> bytes:
    blocks: list[object] = [
        Title(
            "Supporting Families – professional referral",
            "Isle of Wight Council – Support for Families",
        ),
        Para(
            "Please note: families must be closed and not receiving Social Care intervention.",
            bold=True,
        ),
        Heading("Referrer"),
        kv(
            ("Name", "Oliver Grant"),
            ("Organisation", "Jobcentre Plus work coach"),
            ("Address", "Jobcentre Plus, Dudley DY1 1RN"),
            ("Email", "oliver.grant@dwp.example.gov.uk"),
            ("Date", "21/07/2026"),
            per_row=2,
        ),
        Heading("Family details"),
        Table(
            [
                [L("Surname"), L("First name"), L("Date of birth"), L("Relationship")],
                ["MAHMOOD", "Tariq", "07/07/1981", "Father"],
                ["MAHMOOD", "Aisha", "23/02/1984", "Mother"],
                ["MAHMOOD", "Zain", "15/11/2007", "Son"],
                ["MAHMOOD", "Maryam", "04/04/2013", "Daughter"],
            ]
        ),
        kv(("Address", "6 Swan Street, Dudley DY2 9HF")),
        _criteria({4, 6, 9}),
        Heading("Consent"),
        grid(
            ["Name", "Signature", "Date"],
            [
                ["Tariq Mahmood", "T Mahmood", "21/07/2026"],
                ["Aisha Mahmood", "A Mahmood", "21/07/2026"],
                ["Zain Mahmood", "Z Mahmood", "21/07/2026"],
                ["Maryam Mahmood", "M Mahmood", "21/07/2026"],
            ],
        ),
        Heading("Support requested"),
        Para(
            "Zain (18) has a youth caution and has been out of work since leaving college; Dad's business closed; parents argue about money in front of Maryam."
        ),
    ]
    return render_pdf(blocks, "Supporting Families referral")


CASES: tuple[CouncilCase, ...] = (
    CouncilCase(
        case_id="heldout5-isle-of-wight-sf-01",
        council=COUNCIL,
        source_url=URL,
        source_title=TITLE,
        layout="email whose HTML part is the Supporting Families referral: 'open to Social Care?' ☒ No first, the ten published criteria as a two-column tick table (four ticked); household grid before the address; 'Who agreed' names mum and the 14-year-old; housing office B64 6QU in the referrer block",
        filename="message.eml",
        assessment_date=ON1,
        build=_build_01,
        expected=Expected(
            form_type="early_help_assessment",
            people=(
                person("Jade Wilkes", date(1989, 6, 26), True, ON1),
                person("Kyle Wilkes", date(2011, 5, 13), True, ON1),
                person("Scarlett Wilkes", date(2016, 12, 8), False, ON1),
            ),
            postcode="DY5 1AA",
            lead_professional_name="Callum Price",
            lead_professional_email="callum.price@bchousing.example.org",
            level_of_need=None,
        ),
    ),
    CouncilCase(
        case_id="heldout5-isle-of-wight-sf-02",
        council=COUNCIL,
        source_url=URL,
        source_title=TITLE,
        layout="flattened PDF Supporting Families referral: Jobcentre's DY1 1RN referrer block first; SURNAME | First name household grid; the criteria tick table after the family; all four family members sign, including the 18-year-old son",
        filename="referral.pdf",
        assessment_date=ON2,
        build=_build_02,
        expected=Expected(
            form_type="early_help_assessment",
            people=(
                person("Tariq Mahmood", date(1981, 7, 7), True, ON2),
                person("Aisha Mahmood", date(1984, 2, 23), True, ON2),
                person("Zain Mahmood", date(2007, 11, 15), True, ON2),
                person("Maryam Mahmood", date(2013, 4, 4), True, ON2),
            ),
            postcode="DY2 9HF",
            lead_professional_name="Oliver Grant",
            lead_professional_email="oliver.grant@dwp.example.gov.uk",
            level_of_need=None,
        ),
    ),
)
