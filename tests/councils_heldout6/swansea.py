"""Swansea: a Team Around the Family referral (Families First; emerging additional needs to
complex needs; a TAF coordinator brings the family and agencies together)."""

# ruff: noqa: E501  (wording follows the published page)

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
    render_docx,
    render_pdf,
)
from tests.councils.model import CouncilCase, Expected

URL = "https://ipc.brookes.ac.uk/publications/review-of-team-around-the-family-arrangements-in-swansea"
TITLE = "Institute of Public Care – Review of Team around the Family arrangements in Swansea (December 2013: identify families with additional needs greater than one agency can address; explore the whole family's strengths and needs; wrap support around them; a spectrum of need from 'emerging additional needs' through to 'complex needs')"
COUNCIL = "City and County of Swansea"

ON1 = date(2026, 3, 3)


def _build_01() -> bytes:
    blocks: list[object] = [
        Title("Team Around the Family (TAF) – Referral Form", "Swansea Families First – TAF Team"),
        Heading("Level of need"),
        Table([[Boxes((CB(True, "Emerging additional needs"), CB(False, "Complex needs")))]]),
        Heading("1. Family details"),
        grid(
            ["Full name", "Date of birth", "Relationship to the main carer", "Living at home?"],
            [
                ["Rhian Evans", "24/08/1986", "Main carer (mother)", "Yes"],
                ["Gareth Evans", "13/03/1984", "Husband", "Yes"],
                ["Cerys Evans", "01/07/2010", "Daughter", "Yes"],
                ["Owain Evans", "30/04/2014", "Son", "Yes"],
            ],
        ),
        kv(
            ("Family address", "19 Kent Street, Upper Gornal, Dudley"),
            ("Postcode", "DY3 1AB"),
            ("Welsh language preferred?", "No – English"),
            per_row=3,
        ),
        Heading("2. Referrer"),
        kv(
            ("Name", "Bethan Hughes"),
            ("Agency", "Wellbeing Officer, Gornal Wood Library Hub"),
            ("Address", "Gornal Wood, DY3 2PF"),
            ("Email", "bethan.hughes@wellbeing.example.org.uk"),
            ("Date", "03/03/2026"),
            per_row=2,
        ),
        Heading("3. Why does the family need more than one agency?"),
        Para(
            "Gareth lost his job; debts and rent arrears. Cerys (15) has stopped going to school; Owain (11) bed-wetting. The family would like a TAF with school, debt advice and the youth service."
        ),
        Heading("4. Family consent"),
        Para(
            "We understand why this referral is being made and agree to the TAF team contacting the agencies listed."
        ),
        Table(
            [
                [L("Signed (parent/carer)"), "Rhian Evans", L("Date"), "03/03/2026"],
                [L("Signed (parent/carer)"), "Gareth Evans", L("Date"), "03/03/2026"],
                [L("Signed (young person)"), "Cerys Evans", L("Date"), "03/03/2026"],
            ]
        ),
    ]
    return render_docx(blocks)


ON2 = date(2026, 8, 12)


def _build_02() -> bytes:
    blocks: list[object] = [
        Title("Team Around the Family (TAF) – Referral Form", "Swansea Families First – TAF Team"),
        Heading("Level of need"),
        Table([[Boxes((CB(False, "Emerging additional needs"), CB(True, "Complex needs")))]]),
        Heading("1. Family details"),
        grid(
            ["Full name", "Date of birth", "Relationship to the main carer", "Living at home?"],
            [
                ["Danielle Price", "19/11/1991", "Main carer (mother)", "Yes"],
                ["Mason Price", "04/01/2017", "Son", "Yes"],
                ["Margaret Price", "not known", "Maternal grandmother", "Yes – moved in 2025"],
            ],
        ),
        kv(
            ("Family address", "72 Halesowen Road, Old Hill, B62 8AA"),
            ("Welsh language preferred?", "No"),
            per_row=2,
        ),
        Heading("2. Referrer"),
        kv(
            ("Name", "Llinos Morgan"),
            ("Agency", "Family Support Worker, Swansea Council (Sketty), SA2 0GH"),
            ("Email", "llinos.morgan@swansea.example.gov.uk"),
            ("Date", "12/08/2026"),
            per_row=2,
        ),
        Heading("3. Why does the family need more than one agency?"),
        Para(
            "Family moved from Swansea to be near Danielle's sister. Mason (9) has an ALN plan that needs transferring; Danielle's mental health has deteriorated."
        ),
        Heading("4. Family consent"),
        Table(
            [
                [L("Signed (parent/carer)"), "D Price", L("Date"), "12/08/2026"],
                [L("Signed (parent/carer)"), "", L("Date"), ""],
            ]
        ),
    ]
    return render_pdf(blocks, "TAF referral")


CASES: tuple[CouncilCase, ...] = (
    CouncilCase(
        case_id="heldout6-swansea-taf-01",
        council=COUNCIL,
        source_url=URL,
        source_title=TITLE,
        layout="Word TAF referral: 'Emerging additional needs' / 'Complex needs' ☒/☐ (no numbered level); family grid first with 'Living at home?'; address, postcode and Welsh-language preference three pairs to a row; library hub's DY3 2PF after the family; signed rows for both parents and the 15-year-old",
        filename="referral.docx",
        assessment_date=ON1,
        build=_build_01,
        expected=Expected(
            form_type="early_help_assessment",
            people=(
                person("Rhian Evans", date(1986, 8, 24), True, ON1),
                person("Gareth Evans", date(1984, 3, 13), True, ON1),
                person("Cerys Evans", date(2010, 7, 1), True, ON1),
                person("Owain Evans", date(2014, 4, 30), False, ON1),
            ),
            postcode="DY3 1AB",
            lead_professional_name="Bethan Hughes",
            lead_professional_email="bethan.hughes@wellbeing.example.org.uk",
            level_of_need=None,
        ),
    ),
    CouncilCase(
        case_id="heldout6-swansea-taf-02",
        council=COUNCIL,
        source_url=URL,
        source_title=TITLE,
        layout="flattened PDF TAF referral from a Swansea worker (SA2 0GH) for a family who moved: the grandmother living at home has date of birth 'not known' and the second 'Signed (parent/carer)' row is blank",
        filename="referral.pdf",
        assessment_date=ON2,
        build=_build_02,
        expected=Expected(
            form_type="early_help_assessment",
            people=(
                person("Danielle Price", date(1991, 11, 19), True, ON2),
                person("Mason Price", date(2017, 1, 4), False, ON2),
                person("Margaret Price", None, False, ON2),
            ),
            postcode="B62 8AA",
            lead_professional_name="Llinos Morgan",
            lead_professional_email="llinos.morgan@swansea.example.gov.uk",
            level_of_need=None,
            queue_reason="consent_missing",
        ),
    ),
)
