"""Southend-on-Sea: Early Help Family Support Assessment (EHFSA)."""

# ruff: noqa: E501  (labels are copied verbatim from the published pages)

from datetime import date

from tests.councils.kit import (
    Heading,
    Para,
    Table,
    Title,
    grid,
    kv,
    person,
    render_docx,
    render_pdf,
)
from tests.councils.model import CouncilCase, Expected

URL1 = "http://www.southend.gov.uk/southendchildren/info/1/early_help"
TITLE1 = (
    "Southend Early Help Front Door process guide (Early Help Family Support Assessments, EHFSA)"
)
URL2 = "https://www.safeguardingsouthend.co.uk/children/early-help.html"
TITLE2 = "Safeguarding Southend – Early Help and Family Support Assessment (EHFSA)"
NOTE = (
    "Please complete as fully as possible with full details of the lead child, all persons living within the "
    "household, absent parents and other adults who play a key role on the child/ren's lives. Each assessment "
    "is for the family. Consent must be evidenced from the parents/carers."
)

ON1 = date(2026, 3, 5)


def _build_01() -> bytes:
    blocks = [
        Title("Early Help Family Support Assessment (EHFSA)"),
        Para(NOTE),
        Heading("Lead child"),
        kv(
            ("Name", "Chloe Baxter"),
            ("Date of birth", "03/12/2012"),
            ("Address", "45 Halesowen Road, Netherton, Dudley"),
            ("Postcode", "DY2 0AB"),
            ("School", "Hillcrest School, Netherton"),
            ("NHS / UPN", ""),
            per_row=2,
        ),
        Heading("All persons living within the household"),
        grid(
            ["Name", "Date of birth", "Relationship to lead child"],
            [
                ["Donna Baxter", "09/07/1984", "Mother"],
                ["Aaron Baxter", "28/02/2009", "Brother"],
            ],
        ),
        Heading("Absent parents"),
        grid(
            ["Name", "Address", "Contact with children"],
            [["Wayne Baxter", "14 Comberton Road, Kidderminster DY10 1UA", "Occasional"]],
        ),
        Heading("Other adults who play a key role in the child/ren's lives"),
        grid(
            ["Name", "Relationship", "Lives in household?"],
            [["Jean Mills", "Maternal grandmother", "No"]],
        ),
        Heading("Assessment"),
        Table(
            [
                [
                    "Chloe has been self-harming (superficial cuts) and has told her form tutor she feels no one listens. Aaron has left college. Mum works two jobs."
                ]
            ]
        ),
        Heading("Lead Professional (if known)"),
        Table([[""]]),
        Heading("Completed by"),
        kv(
            ("Name", "Naomi Fletcher"),
            ("Role", "Learning Mentor, Hillcrest School"),
            ("Email", "n.fletcher@hillcrest.example.sch.uk"),
            ("Telephone", "01632 960 118"),
            ("Date", "05/03/2026"),
            per_row=2,
        ),
        Heading("Consent"),
        grid(
            ["Name", "Signature", "Date"],
            [
                ["Donna Baxter", "consent gained", "05/03/2026"],
                ["Aaron Baxter", "consent gained", "05/03/2026"],
                ["Chloe Baxter", "consent gained", "05/03/2026"],
            ],
        ),
    ]
    return render_docx(blocks, footer="EHFSA v2.0")


ON2 = date(2026, 4, 1)


def _build_02() -> bytes:
    blocks = [
        Title("Early Help and Family Support Assessment (EHFSA)"),
        Para(NOTE),
        Heading("Lead child"),
        kv(
            ("Name", "Ruby Dunn"),
            ("Date of birth", "13/06/2019"),
            ("Address", "Flat 2, 30 High Street, Quarry Bank, Brierley Hill DY5 2HT"),
            ("School", "Thorns Primary School"),
            per_row=2,
        ),
        Heading("All persons living within the household"),
        grid(
            ["Name", "Date of birth", "Relationship to lead child"],
            [
                ["Kayleigh Dunn", "11/11/1995", "Mother"],
                ["Ross Whitmore", "20/02/1991", "Mum's partner"],
                ["Alfie Whitmore", "01/01/2023", "Half-brother"],
            ],
        ),
        Heading("Absent parents"),
        grid(
            ["Name", "Address", "Contact with children"],
            [["Not known (Ruby's father)", "", "None"]],
        ),
        Heading("Lead Professional"),
        kv(
            ("Name", "Marie Lowe"),
            ("Role", "Health Visitor, 0-19 Service"),
            ("Email", "marie.lowe@nhs.example.net"),
            per_row=3,
        ),
        Heading("Completed by"),
        kv(
            ("Name", "Stacey Bright"),
            ("Role", "Manager, Little Acorns Nursery, Brierley Hill DY5 3UP"),
            ("Email", "stacey@littleacorns.example.co.uk"),
            ("Date", "01/04/2026"),
            per_row=2,
        ),
        Heading("Consent"),
        grid(
            ["Name", "Signature", "Date"],
            [
                ["Kayleigh Dunn", "consent gained", "01/04/2026"],
                ["Ross Whitmore", "", ""],
            ],
        ),
    ]
    return render_pdf(blocks, "EHFSA")


CASES: tuple[CouncilCase, ...] = (
    CouncilCase(
        case_id="heldout2-southend-ehfsa-01",
        council="Southend-on-Sea City Council",
        source_url=URL1,
        source_title=TITLE1,
        layout="Word EHFSA: lead child block, 'All persons living within the household', 'Absent parents' (Kidderminster) and key adults in separate tables; 'consent gained' typed in every signature box; Lead Professional box left empty",
        filename="referral.docx",
        assessment_date=ON1,
        build=_build_01,
        expected=Expected(
            form_type="early_help_assessment",
            people=(
                person("Chloe Baxter", date(2012, 12, 3), True, ON1),
                person("Donna Baxter", date(1984, 7, 9), True, ON1),
                person("Aaron Baxter", date(2009, 2, 28), True, ON1),
            ),
            postcode="DY2 0AB",
            lead_professional_name="Naomi Fletcher",
            lead_professional_email="n.fletcher@hillcrest.example.sch.uk",
            level_of_need=None,
        ),
    ),
    CouncilCase(
        case_id="heldout2-southend-ehfsa-02",
        council="Southend-on-Sea City Council",
        source_url=URL2,
        source_title=TITLE2,
        layout="flattened PDF EHFSA: named Lead Professional (health visitor) apart from the nursery author; mother's partner living in the household has an empty signature row",
        filename="referral.pdf",
        assessment_date=ON2,
        build=_build_02,
        expected=Expected(
            form_type="early_help_assessment",
            people=(
                person("Ruby Dunn", date(2019, 6, 13), False, ON2),
                person("Kayleigh Dunn", date(1995, 11, 11), True, ON2),
                person("Ross Whitmore", date(1991, 2, 20), False, ON2),
                person("Alfie Whitmore", date(2023, 1, 1), False, ON2),
            ),
            postcode="DY5 2HT",
            lead_professional_name="Marie Lowe",
            lead_professional_email="marie.lowe@nhs.example.net",
            level_of_need=None,
            queue_reason="consent_missing",
        ),
    ),
)
