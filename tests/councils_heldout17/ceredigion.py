"""Ceredigion County Council, from the council's news of its residential accommodation scheme
(Porth Cynnal – Specialist Through Age and Wellbeing; keeping children and young people who need
care and support in their own county, close to school, family and Welsh-speaking communities;
bilingual provision a key priority). The page names the service area and its aims; the
bilingual request forms are laid out with plain labels in that style."""

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
    render_acroform,
    render_docx,
    render_pdf,
)
from tests.councils.model import CouncilCase, Expected

URL = "https://www.ceredigion.gov.uk/resident/news/2021/residential-accommodation-scheme-approved-to-enable-local-children-and-young-people-to-receive-care-in-their-own-county/"
TITLE = "Ceredigion County Council – Residential accommodation scheme approved to enable local children and young people to receive care in their own county (Porth Cynnal)"
COUNCIL = "Ceredigion County Council (Porth Cynnal)"

ON1 = date(2026, 9, 8)


def _b1() -> bytes:
    return render_docx(
        [
            Title("Porth Cynnal – Cais am Gymorth / Request for Support", "Cyngor Sir Ceredigion County Council"),
            Table([[L("Dyddiad / Date"), "08/09/2026", L("Iaith ddewisol / Preferred language"), Boxes((CB(True, "Cymraeg"), CB(False, "English")))]]),
            Heading("Plentyn / Child"),
            kv(("Enw / Name", "Gethin Davies"), ("Dyddiad geni / Date of birth", "19/04/2017"), ("Cyfeiriad / Address", "10 Castle Street, Dudley"), ("Cod post / Postcode", "DY3 2DE"), per_row=2),
            Heading("Aelwyd / Household"),
            grid(["Enw / Name", "Perthynas / Relationship", "Dyddiad geni / DOB"], [["Elin Davies", "Mam / Mother", "25/08/1990"], ["Rhys Davies", "Tad / Father", "14/02/1988"]]),
            Heading("Atgyfeiriwr / Referrer"),
            kv(("Enw / Name", "Manon Jenkins"), ("Swydd / Role", "Gweithiwr Cymorth i Deuluoedd / Family Support Worker"), ("E-bost / Email", "manon.jenkins@ceredigion.example.gov.uk"), ("Swyddfa / Office", "Penmorfa, Aberaeron SA46 0AT"), per_row=2),
            Heading("Caniatâd / Consent"),
            grid(["Enw / Name", "Llofnod / Signature", "Dyddiad / Date"], [["Elin Davies", "E. Davies", "08/09/2026"], ["Rhys Davies", "Rhys Davies", "08/09/2026"]]),
        ]
    )


ON2 = date(2026, 10, 12)


def _b2() -> bytes:
    return render_acroform(
        [
            Title("Porth Cynnal – Request for Support (fillable form)"),
            kv(("Date", "12/10/2026"), ("Referrer", "Alys Thomas, Youth Worker"), ("Email", "alys.thomas@youth.example.org"), per_row=1),
            Heading("Young person"),
            kv(("Name", "Cai Morgan"), ("Date of birth", "03/03/2009"), ("Home address", "22 Hagley Road, Stourbridge DY8 1AA"), per_row=1),
            Heading("Household"),
            grid(["Name", "Relationship", "DOB"], [["Bethan Morgan", "Mother", "30/06/1978"], ["Efa Morgan", "Sister", "15/09/2015"]]),
            Heading("Consent to request support"),
            Table([[L("Bethan Morgan – consents"), Boxes((CB(True, "Yes"), CB(False, "No")))], [L("Cai Morgan – consents"), Boxes((CB(False, "Yes"), CB(True, "No")))]]),
            kv(("Comments", "Cai (17) does not agree to the referral at this time and has not signed; mum has signed."), per_row=1),
            grid(["Name", "Signature", "Date"], [["Bethan Morgan", "B Morgan", "12/10/2026"], ["Cai Morgan", "Refused", ""]]),
        ],
        title="Porth Cynnal request",
    )


ON3 = date(2026, 11, 3)


def _b3() -> bytes:
    return render_pdf(
        [
            Title("Porth Cynnal – Specialist Through Age and Wellbeing", "Transfer request: family moving out of county"),
            Para("Completed with the family on 3 November 2026."),
            Heading("Family now living at"),
            kv(("Address", "5 Hagley Road, Halesowen"), ("Postcode", "B63 3BL"), ("Previous address", "Heol y Wig, Aberystwyth SY23 2LU"), per_row=1),
            Heading("Family members"),
            grid(["Name", "DOB", "Relationship", "Agreed and signed"], [["Nia Evans", "14/05/1992", "Mother", "✓ N Evans"], ["Tomos Evans", "27/10/2013", "Son", "✓ Tomos Evans"], ["Megan Evans", "02/12/2020", "Daughter", "under 14"]]),
            Heading("Worker transferring the family"),
            kv(("Name", "Dylan Rowlands"), ("Email", "dylan.rowlands@ceredigion.example.gov.uk"), ("Phone", "01632 960905"), per_row=1),
        ],
        title="Transfer request",
    )


CASES: tuple[CouncilCase, ...] = (
    CouncilCase(
        "heldout17-ceredigion-01",
        COUNCIL,
        URL,
        TITLE,
        "bilingual Welsh/English Word request ('Enw / Name', 'Cod post / Postcode') with a ☒ Cymraeg preferred-language row; council office SA46 0AT",
        "referral.docx",
        ON1,
        _b1,
        Expected(
            "early_help_assessment",
            (person("Gethin Davies", date(2017, 4, 19), False, ON1), person("Elin Davies", date(1990, 8, 25), True, ON1), person("Rhys Davies", date(1988, 2, 14), True, ON1)),
            "DY3 2DE",
            "Manon Jenkins",
            "manon.jenkins@ceredigion.example.gov.uk",
            None,
        ),
    ),
    CouncilCase(
        "heldout17-ceredigion-02",
        COUNCIL,
        URL,
        TITLE,
        "fillable PDF with per-person consent checkboxes: the 17-year-old's 'No' is ticked and his signature cell says 'Refused'",
        "referral.pdf",
        ON2,
        _b2,
        Expected(
            "early_help_assessment",
            (person("Cai Morgan", date(2009, 3, 3), False, ON2), person("Bethan Morgan", date(1978, 6, 30), True, ON2), person("Efa Morgan", date(2015, 9, 15), False, ON2)),
            "DY8 1AA",
            "Alys Thomas",
            "alys.thomas@youth.example.org",
            None,
            queue_reason="consent_missing",
        ),
    ),
    CouncilCase(
        "heldout17-ceredigion-03",
        COUNCIL,
        URL,
        TITLE,
        "flattened PDF transfer request: date only in a sentence ('3 November 2026'), an 'Agreed and signed' column of ✓ names, previous address Aberystwyth SY23 2LU",
        "referral.pdf",
        ON3,
        _b3,
        Expected(
            "early_help_assessment",
            (person("Nia Evans", date(1992, 5, 14), True, ON3), person("Tomos Evans", date(2013, 10, 27), True, ON3), person("Megan Evans", date(2020, 12, 2), False, ON3)),
            "B63 3BL",
            "Dylan Rowlands",
            "dylan.rowlands@ceredigion.example.gov.uk",
            None,
        ),
    ),
)
