"""South Gloucestershire: Single Assessment for Early Help (SAFEH) with its information sharing
consent form."""

# ruff: noqa: E501  (wording follows the published page)

from datetime import date

from tests.councils.kit import (
    F,
    Heading,
    L,
    PageBreak,
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

URL = "https://edocs.southglos.gov.uk/safeh-professional/pages/what-does-consent-for-safeh-mean/"
TITLE = "South Gloucestershire – Single Assessment for Early Help (SAFEH): What does information sharing consent mean? (families talked through the information sharing consent form; a family single assessment for early help)"

CONSENT_TEXT = (
    "A single assessment for early help is voluntary. Information shared will be kept confidential but may be used to "
    "access a range of support/services required to meet a child’s needs. The only time confidentiality will not be "
    "maintained is where a person may be at risk of significant harm, or where it is required by law to share "
    "information for family support or child protection procedures."
)

ON1 = date(2026, 3, 24)


def _build_01() -> bytes:
    blocks = [
        Title("Single Assessment for Early Help (SAFEH)", "Family assessment"),
        Heading("1. Details of the practitioner"),
        kv(
            ("Name", "Emma Sutton"),
            ("Organisation", "Withymoor Primary School, Turners Lane, Brierley Hill DY5 2PJ"),
            ("Role", "Learning Mentor"),
            ("Email", "e.sutton@withymoor.example.sch.uk"),
            ("Telephone", "01632 960 764"),
            ("Date of assessment", "24/03/2026"),
            per_row=2,
        ),
        Heading("2. The family"),
        kv(("Home address", "12 King Street, Dudley DY1 1AA")),
        grid(
            ["Name", "Date of birth", "Gender", "Relationship", "School / setting"],
            [
                ["Marie Louise Hickman", "01/12/1979", "F", "Mother", ""],
                ["Reece Hickman", "06/04/2008", "M", "Son", "Dudley College"],
                ["Tilly Hickman", "30/11/2014", "F", "Daughter", "Withymoor Primary"],
            ],
        ),
        Heading("3. What is the assessment about?"),
        Table(
            [
                [
                    "Tilly’s attendance has dropped to 79% since mum’s hospital admission in January; Reece (17) is doing most of the caring. "
                    "If one person has a problem it affects everyone: mum’s recovery, Reece’s college place and Tilly’s schooling all need support."
                ]
            ]
        ),
        Heading("4. Plan"),
        Table(
            [
                [L("What"), L("Who"), L("By when")],
                ["Young carers assessment for Reece", "Emma Sutton", "14/04/2026"],
                ["Attendance support plan for Tilly", "School", "Weekly"],
                ["Occupational therapy home visit", "Mum’s GP", "April"],
            ]
        ),
        PageBreak(),
        Title("Information sharing consent form", "Single Assessment for Early Help"),
        Para(CONSENT_TEXT),
        Para(
            "I have been talked through this consent form and the guidance, and I agree to information about me being shared for my family’s single assessment for early help."
        ),
        grid(
            ["Name", "Relationship", "Signature", "Date"],
            [
                ["Marie Hickman", "Mother", "M. L. Hickman", "24/03/2026"],
                ["Reece Hickman", "Son (17)", "R Hickman", "24/03/2026"],
            ],
        ),
    ]
    return render_docx(blocks)


ON2 = date(2026, 9, 16)


def _build_02() -> bytes:
    n = iter(range(1, 200))

    def t(v: str) -> F:
        return F(v, f"Text{next(n)}")

    blocks = [
        Title("Single Assessment for Early Help (SAFEH)", "Family assessment"),
        Heading("1. Details of the practitioner"),
        kv(
            ("Name", t("Gurpreet Sandhu")),
            (
                "Organisation",
                t(
                    "Brierley Hill Health and Social Care Centre, Venture Way, Brierley Hill DY5 1RU"
                ),
            ),
            ("Role", t("School Nurse")),
            ("Email", t("gurpreet.sandhu@nhs.example.net")),
            ("Date of assessment", t("16/09/2026")),
            per_row=2,
        ),
        Heading("2. The family"),
        kv(
            ("Home address", t("27 Wolverhampton Road, Wall Heath, Kingswinford")),
            ("Postcode", t("DY6 0LQ")),
            per_row=2,
        ),
        Table(
            [
                [L("Name"), L("Date of birth"), L("Relationship")],
                [t("Ryan Webb"), t("19/02/1985"), t("Father")],
                [t("Charlotte Webb"), t("07/07/1987"), t("Mother")],
                [t("Poppy Webb"), t("25/12/2011"), t("Daughter")],
                [t("Archie Webb"), t("14/08/2016"), t("Son")],
            ]
        ),
        Heading("3. What is the assessment about?"),
        Table(
            [
                [
                    t(
                        "Poppy (14) has an eating disorder diagnosis and is on the CAMHS waiting list; Archie is missing out. Parents asked for family support while they wait."
                    )
                ]
            ]
        ),
        Heading("Information sharing consent form"),
        Para(CONSENT_TEXT),
        Table(
            [
                [L("Name"), L("Signature"), L("Date")],
                [t("Ryan Webb"), t("signature held on file"), t("16/09/2026")],
                [t("Charlotte Webb"), t("signature held on file"), t("16/09/2026")],
                [t("Poppy Webb"), t("signature held on file"), t("16/09/2026")],
            ]
        ),
    ]
    return render_acroform(blocks, "Single Assessment for Early Help")


CASES: tuple[CouncilCase, ...] = (
    CouncilCase(
        case_id="heldout3-south-glos-safeh-01",
        council="South Gloucestershire Council",
        source_url=URL,
        source_title=TITLE,
        layout="Word family single assessment with the school's DY5 2PJ first and the home postcode at the end of the address line; a separate information sharing consent form on its own page after a page break, signed by mum (initials with her middle name) and the 17-year-old",
        filename="referral.docx",
        assessment_date=ON1,
        build=_build_01,
        expected=Expected(
            form_type="early_help_assessment",
            people=(
                person("Marie Louise Hickman", date(1979, 12, 1), True, ON1),
                person("Reece Hickman", date(2008, 4, 6), True, ON1),
                person("Tilly Hickman", date(2014, 11, 30), False, ON1),
            ),
            postcode="DY1 1AA",
            lead_professional_name="Emma Sutton",
            lead_professional_email="e.sutton@withymoor.example.sch.uk",
            level_of_need=None,
        ),
    ),
    CouncilCase(
        case_id="heldout3-south-glos-safeh-02",
        council="South Gloucestershire Council",
        source_url=URL,
        source_title=TITLE,
        layout="fillable PDF with meaningless field names (Text1..TextN): both parents and the 14-year-old have 'signature held on file' typed in their signature fields; school nurse's DY5 1RU base first",
        filename="referral.pdf",
        assessment_date=ON2,
        build=_build_02,
        expected=Expected(
            form_type="early_help_assessment",
            people=(
                person("Ryan Webb", date(1985, 2, 19), True, ON2),
                person("Charlotte Webb", date(1987, 7, 7), True, ON2),
                person("Poppy Webb", date(2011, 12, 25), True, ON2),
                person("Archie Webb", date(2016, 8, 14), False, ON2),
            ),
            postcode="DY6 0LQ",
            lead_professional_name="Gurpreet Sandhu",
            lead_professional_email="gurpreet.sandhu@nhs.example.net",
            level_of_need=None,
        ),
    ),
)
