"""Caerphilly County Borough Council: the Family and Friends Team (children under a Care Order,
Special Guardianship Order or Supervision Order living with a family member; connected persons
assessment; discharge of Care Orders to Special Guardianship Orders; Information, Advice and
Assistance (IAA)). The forms laid out here are generic, in a Welsh council's bilingual style."""

# ruff: noqa: E501  (wording follows the published page)

from datetime import date

from tests.councils.kit import (
    CB,
    FT,
    Boxes,
    Heading,
    L,
    Para,
    Span,
    Table,
    Title,
    grid,
    kv,
    person,
    render_docx,
    render_pdf,
)
from tests.councils.model import CouncilCase, Expected

URL = "https://www.caerphilly.gov.uk/services/social-care/children-services/family-friends?lang=en-GB"
TITLE = "Caerphilly County Borough Council – Family and friends (Care Order, Special Guardianship Order or Supervision Order; connected persons assessment; strength-based approach; Information, Advice and Assistance (IAA))"
COUNCIL = "Caerphilly County Borough Council (Family and Friends Team)"

_ORDERS = ("Care Order", "Special Guardianship Order", "Supervision Order", "Child Arrangements Order", "None")


def _order(which: str) -> Boxes:
    return Boxes(tuple(CB(o == which, o) for o in _ORDERS))


ON1 = date(2026, 9, 15)


def _b1() -> bytes:
    return render_docx(
        [
            Title("Family and Friends Team / Tîm Teulu a Ffrindiau", "Request for family support – special guardians and connected persons"),
            Table(
                [
                    [L("Legal order / Gorchymyn cyfreithiol"), Span(_order("Special Guardianship Order"), 3)],
                    [L("Date of order"), "03/03/2024", L("Court"), "Wolverhampton Family Court"],
                ]
            ),
            Heading("Carers / Gofalwyr"),
            grid(
                ["Name", "Date of birth", "Relationship to children"],
                [["Patricia Jenkins", "19/06/1963", "Maternal grandmother (special guardian)"], ["Gareth Jenkins", "07/12/1960", "Maternal grandfather (special guardian)"]],
            ),
            Heading("Children living with the carers / Plant"),
            grid(
                ["Name", "Date of birth", "School"],
                [["Ffion Jenkins-Price", "12/02/2014", "The Crestwood School"], ["Osian Jenkins-Price", "27/10/2017", "Belle Vue Primary"]],
            ),
            kv(("Address of the carers", "18 Cot Lane, Kingswinford"), ("Postcode / Cod post", "DY5 3BB"), per_row=1),
            Heading("Birth parents (not living in the household)"),
            grid(
                ["Name", "Address", "Contact"],
                [["Carys Price (mother)", "7 Priory Street, Dudley DY1 1AA", "Supervised, monthly"], ["Not known (father)", "—", "None"]],
            ),
            Heading("Reason for request"),
            Para("Ffion (12) is struggling with contact with mum and her behaviour at home has deteriorated; the grandparents ask for a family support worker and a peer group for special guardians."),
            Heading("Worker completing this form"),
            kv(("Name", "Rhian Morgan"), ("Role", "Social Worker, Family and Friends Team"), ("Email", "rhian.morgan@caerphilly.example.gov.uk"), ("Phone", "01632 960845"), per_row=2),
            Heading("Carers' agreement / Cytundeb"),
            grid(
                ["Print name", "Signature", "Date"],
                [["Patricia Jenkins", "P. Jenkins", "15/09/2026"], ["Gareth Jenkins", "G. Jenkins", "15/09/2026"]],
            ),
        ]
    )


ON2 = date(2026, 10, 26)


def _b2() -> bytes:
    return render_docx(
        [
            Title("Step Down Request – Family and Friends Team to Early Help"),
            Para("Use this form when a Care Order has been discharged to a Special Guardianship Order and the family needs continuing early help."),
            Table(
                [
                    [L("Legal order now in place"), Span(_order("Special Guardianship Order"), 3)],
                    [L("Care Order discharged on"), "20/10/2026", L("Date of step down"), "26/10/2026"],
                    [L("Level of need at step down"), Span(Boxes((CB(False, "Level 1"), CB(False, "Level 2"), CB(True, "Level 3"), CB(False, "Level 4"))), 3)],
                ]
            ),
            Heading("Household"),
            grid(
                ["Name", "DOB", "Relationship"],
                [["Bethan Lloyd", "08/08/1979", "Aunt (special guardian)"], ["Mason Lloyd", "22/01/2016", "Nephew"], ["Lily-Mae Lloyd", "14/05/2019", "Niece"]],
            ),
            kv(("Address", "5 Hawne Lane, Halesowen B62 8AA"), per_row=1),
            Heading("Social worker stepping down"),
            kv(("Name", "Dylan Rees"), ("Email", "dylan.rees@caerphilly.example.gov.uk"), per_row=2),
            Heading("Lead Practitioner following step-down"),
            kv(("Name", "Sian Hughes"), ("Agency", "Halesowen Family Hub"), ("Email", "sian.hughes@familyhub.example.gov.uk"), per_row=3),
            Heading("Agreement"),
            Para("Bethan Lloyd agrees to the step down and to information being shared with the Family Hub. Signed: B Lloyd   Date: 26/10/2026"),
        ]
    )


ON3 = date(2026, 11, 30)


def _b3() -> bytes:
    return render_pdf(
        [
            Title("Family and Friends Team – Request for support (connected persons)"),
            kv(("Connected person's address", "12 Kent Street, Upper Gornal, Dudley DY3 1AB"), ("Legal order", "Supervision Order"), per_row=1),
            grid(
                ["Name", "Date of birth", "Relationship"],
                [["Joanne Evans", "30/03/1976", "Aunt (connected person)"], ["Kyle Evans", "04/02/2009", "Joanne's son"], ["Amelia Watkins", "19/09/2015", "Niece (placed)"]],
            ),
            Heading("Completed by"),
            kv(("Name", "Owain Thomas"), ("Email", "owain.thomas@caerphilly.example.gov.uk"), per_row=2),
            Heading("Consent"),
            Table(
                [
                    [L("Joanne Evans"), "Agreed – signed J Evans 30.11.2026"],
                    [L("Kyle Evans (17)"), "Consent refused – Kyle does not want his information shared"],
                ]
            ),
            Para("Signature of worker: " + "O. Thomas"),
            Table([[L("Office use: IAA reference"), FT(None)]]),
        ],
        title="Connected persons support",
    )


CASES: tuple[CouncilCase, ...] = (
    CouncilCase(
        "heldout15-caerphilly-01",
        COUNCIL,
        URL,
        TITLE,
        "bilingual Word request from the Family and Friends Team: legal-order tick row merged across the table, special guardian grandparents and children in separate grids, birth mother outside the household at a Dudley-table postcode (DY1 1AA); print name / signature grid",
        "referral.docx",
        ON1,
        _b1,
        Expected(
            "early_help_assessment",
            (
                person("Patricia Jenkins", date(1963, 6, 19), True, ON1),
                person("Gareth Jenkins", date(1960, 12, 7), True, ON1),
                person("Ffion Jenkins-Price", date(2014, 2, 12), False, ON1),
                person("Osian Jenkins-Price", date(2017, 10, 27), False, ON1),
            ),
            "DY5 3BB",
            "Rhian Morgan",
            "rhian.morgan@caerphilly.example.gov.uk",
            None,
        ),
    ),
    CouncilCase(
        "heldout15-caerphilly-02",
        COUNCIL,
        URL,
        TITLE,
        "Word step-down from a discharged Care Order to early help: ☒ Level 3 in a merged row, the Lead Practitioner following step-down named apart from the social worker, postcode inside the one-line address; agreement a sentence",
        "referral.docx",
        ON2,
        _b2,
        Expected(
            "step_down",
            (
                person("Bethan Lloyd", date(1979, 8, 8), True, ON2),
                person("Mason Lloyd", date(2016, 1, 22), False, ON2),
                person("Lily-Mae Lloyd", date(2019, 5, 14), False, ON2),
            ),
            "B62 8AA",
            "Sian Hughes",
            "sian.hughes@familyhub.example.gov.uk",
            3,
        ),
    ),
    CouncilCase(
        "heldout15-caerphilly-03",
        COUNCIL,
        URL,
        TITLE,
        "flattened PDF connected-persons request: consent as a two-row table where the aunt's 17-year-old son refuses; empty legacy field in an office-use row",
        "referral.pdf",
        ON3,
        _b3,
        Expected(
            "early_help_assessment",
            (
                person("Joanne Evans", date(1976, 3, 30), True, ON3),
                person("Kyle Evans", date(2009, 2, 4), False, ON3),
                person("Amelia Watkins", date(2015, 9, 19), False, ON3),
            ),
            "DY3 1AB",
            "Owain Thomas",
            "owain.thomas@caerphilly.example.gov.uk",
            None,
            queue_reason="consent_missing",
        ),
    ),
)
