"""Betsi Cadwaladr University Health Board (North Wales), from the Bevan Commission's account of
its exemplar project 'Establishing a Family Wellbeing Service in Primary Care' with the North
Denbighshire and other North Wales primary care clusters: a pathway in primary care for early
identification of children and young people experiencing, or at risk of, a mental health
disorder, using familiar primary care information systems. The page names the service, the
cluster and the aims; the referral forms are generic around them."""

# ruff: noqa: E501  (wording follows the published page)

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

URL = "https://bevancommission.org/establishing-a-family-wellbeing-service-in-primary-care/"
TITLE = "Bevan Commission – Establishing a Family Wellbeing Service in Primary Care (Betsi Cadwaladr University Health Board and North Wales Primary Care Clusters)"
COUNCIL = "Betsi Cadwaladr University Health Board (Family Wellbeing Service)"

ON1 = date(2026, 9, 10)


def _b1() -> bytes:
    return render_pdf(
        [
            Title("Family Wellbeing Service – Primary Care", "Gwasanaeth Lles Teulu – Gofal Sylfaenol"),
            Para("For children and young people experiencing, or at risk of developing, emotional or mental health difficulties. Complete with the family."),
            Table([[L("Date completed"), "10/09/2026", L("Primary care cluster"), "Transferred from North Denbighshire cluster"]]),
            Heading("A. Family details"),
            grid(
                ["Name", "Date of birth", "Relationship", "Signature (14+)"],
                [["Ruby Lloyd", "21/07/2011", "Young person", "Ruby Lloyd"], ["Stephen Lloyd", "13/03/1976", "Father", "S. Lloyd"], ["Ivy Lloyd", "02/02/2019", "Sister", "n/a"]],
            ),
            kv(("Family home", "12 Kent Street, Upper Gornal, Dudley DY3 2DE"), ("Previous address", "Rhyl, LL18 5UJ (until August 2026)"), per_row=1),
            Heading("B. What is worrying the family?"),
            Para("Low mood and school refusal since the move; Ruby has asked for someone to talk to."),
            Heading("C. Practitioner"),
            kv(("Name", "Ffion Hughes"), ("Role", "Family Wellbeing Practitioner"), ("Email", "ffion.hughes@bcuhb.example.net"), ("Phone", "01632 960733"), per_row=2),
        ],
        title="Family Wellbeing Service",
    )


ON2 = date(2026, 10, 14)


def _b2() -> bytes:
    return render_docx(
        [
            Title("Family Wellbeing Service – request from primary care"),
            kv(("Date", "14/10/2026"), ("Requested by", "Dr Carys Evans, GP"), ("Practice", "Kates Hill Surgery, Dudley DY2 8EE"), ("Email", "carys.evans@kateshill.example.net"), per_row=2),
            Heading("Child and family"),
            grid(["Name", "DOB", "Relationship"], [["Mason Riley", "05/09/2018", "Child"], ["Danielle Riley", "28/04/1994", "Mother"]]),
            kv(("Home address", "Temporary accommodation – address to follow from Housing Options"), ("Postcode", "Not known"), per_row=1),
            Heading("Agreement"),
            grid(["Name", "Signature", "Date"], [["Danielle Riley", "D Riley", "14/10/2026"]]),
            Para("Practice address is for correspondence only."),
        ]
    )


ON3 = date(2026, 11, 11)


def _b3() -> bytes:
    return render_acroform(
        [
            Title("Family Wellbeing Service – Referral (fillable)"),
            Table([[L("Date"), F("11/11/2026", "Date of referral")]]),
            Heading("Child / young person"),
            Table(
                [
                    [L("Name"), F("Evie Jones", "Child name")],
                    [L("Date of birth (DD / MM / YYYY)"), F("04", "DOB Day"), F("06", "DOB Month"), F("2014", "DOB Year")],
                    [L("Address"), F("7 Wellington Road, Dudley", "Address line")],
                    [L("Postcode"), F("DY1 2QP", "Postcode")],
                ]
            ),
            Heading("Parents / carers living with the child"),
            grid(["Name", "Relationship", "Date of birth"], [["Laura Jones", "Mother", "16/08/1986"], ["Gareth Jones", "Stepfather", "03/01/1984"]]),
            Heading("Consent"),
            Table([[L("Family agree to referral"), Boxes((CB(True, "Yes"), CB(False, "No")))]]),
            grid(["Name", "Signature", "Date"], [["Laura Jones", "L Jones", "11/11/2026"], ["Gareth Jones", "G Jones", "11/11/2026"]]),
            Heading("Referrer"),
            kv(("Name", "Sian Parry"), ("Email", "sian.parry@bcuhb.example.net"), per_row=1),
        ],
        title="Family Wellbeing referral",
    )


CASES: tuple[CouncilCase, ...] = (
    CouncilCase(
        "heldout17-betsi-cadwaladr-01",
        COUNCIL,
        URL,
        TITLE,
        "flattened PDF bilingual Family Wellbeing form whose family grid carries a 'Signature (14+)' column; previous address in Rhyl LL18 5UJ",
        "referral.pdf",
        ON1,
        _b1,
        Expected(
            "early_help_assessment",
            (person("Ruby Lloyd", date(2011, 7, 21), True, ON1), person("Stephen Lloyd", date(1976, 3, 13), True, ON1), person("Ivy Lloyd", date(2019, 2, 2), False, ON1)),
            "DY3 2DE",
            "Ffion Hughes",
            "ffion.hughes@bcuhb.example.net",
            None,
        ),
    ),
    CouncilCase(
        "heldout17-betsi-cadwaladr-02",
        COUNCIL,
        URL,
        TITLE,
        "Word GP request: family in temporary accommodation with 'Postcode: Not known'; the only postcode is the practice's DY2 8EE",
        "referral.docx",
        ON2,
        _b2,
        Expected(
            "early_help_assessment",
            (person("Mason Riley", date(2018, 9, 5), False, ON2), person("Danielle Riley", date(1994, 4, 28), True, ON2)),
            None,
            "Carys Evans",
            "carys.evans@kateshill.example.net",
            None,
            queue_reason="postcode_missing",
        ),
    ),
    CouncilCase(
        "heldout17-betsi-cadwaladr-03",
        COUNCIL,
        URL,
        TITLE,
        "fillable PDF with named fields and the child's date of birth in three fields (DOB Day / DOB Month / DOB Year); Yes/No agreement checkboxes",
        "referral.pdf",
        ON3,
        _b3,
        Expected(
            "early_help_assessment",
            (person("Evie Jones", date(2014, 6, 4), False, ON3), person("Laura Jones", date(1986, 8, 16), True, ON3), person("Gareth Jones", date(1984, 1, 3), True, ON3)),
            "DY1 2QP",
            "Sian Parry",
            "sian.parry@bcuhb.example.net",
            None,
        ),
    ),
)
