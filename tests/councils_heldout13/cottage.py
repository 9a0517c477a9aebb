"""The Cottage Family Centre: referrals from Social Work, NHS, Housing Services, Education
Services or other organisations; families told within 1-3 days, a registration and assessment
meeting within 3-7 days, urgent referrals seen as a priority."""

# ruff: noqa: E501  (wording follows the published page)

from datetime import date

from tests.councils.kit import (
    CB,
    Boxes,
    Heading,
    Para,
    Title,
    grid,
    kv,
    person,
    render_docx,
    render_pdf,
)
from tests.councils.model import CouncilCase, Expected

URL = "https://www.thecottagefamilycentre.org.uk/about-us/referral"
TITLE = "The Cottage Family Centre – Referral (referrals can be made from Social Work, NHS, Housing Services, Education Services or other organisations; registration and assessment meeting within 3-7 days; urgent referrals seen as a priority)"
COUNCIL = "Cottage Family Centre (The Cottage)"


def _head(urgent: bool, source: str) -> list[object]:
    return [
        Title("The Cottage Family Centre – Referral Form"),
        kv(
            ("Referral from", Boxes(tuple(CB(s == source, s) for s in ("Social Work", "NHS", "Housing Services", "Education Services", "Other")))),
            ("Urgent?", Boxes((CB(urgent, "Yes"), CB(not urgent, "No")))),
        ),
    ]


ON1 = date(2026, 10, 13)


def _b1() -> bytes:
    return render_docx(
        [
            *_head(False, "NHS"),
            Heading("Family members (SURNAME, Forename)"),
            grid(
                ["Name", "Date of birth", "Relationship", "Lives at the address"],
                [
                    ["PATEL, Riya", "09/09/1998", "Mum", "Yes"],
                    ["SINGH, Arjun", "16/06/1996", "Dad (partner)", "Yes"],
                    ["PATEL, Anaya", "05/05/2026", "Baby", "Yes"],
                ],
            ),
            kv(("Address", "17 Cradley Road, Netherton, Dudley"), ("Postcode", "DY2 9HF"), per_row=2),
            Heading("Reason for referral"),
            Para("First-time parents, no family locally; mum's EPDS score 14; feeding and sleep routines; dad returning to shift work. Would benefit from baby group and parent support."),
            Heading("Referrer"),
            kv(
                ("Name", "Claire Bond"),
                ("Role", "Health Visitor"),
                ("Base", "Netherton Health Centre, DY2 9PU"),
                ("Email", "claire.bond@nhs.example.net"),
                ("Date", "13/10/2026"),
                per_row=2,
            ),
            Heading("Consent"),
            kv(("Parents aware of and agree to the referral?", "Yes – both (Riya Patel and Arjun Singh), 13/10/2026")),
        ]
    )


ON2 = date(2026, 10, 29)


def _b2() -> bytes:
    return render_pdf(
        [
            *_head(True, "Housing Services"),
            Heading("Family members (SURNAME, Forename)"),
            grid(
                ["Name", "Date of birth", "Relationship", "Lives at the address"],
                [
                    ["EVANS, Kelly", "01/01/2001", "Mum", "Yes"],
                    ["EVANS, Noah", "03/03/2024", "Son (twin)", "Yes"],
                    ["EVANS, Isaac", "03/03/2024", "Son (twin)", "Yes"],
                    ["EVANS, Josh", "08/08/2008", "Mum's brother", "Yes"],
                ],
            ),
            kv(("Address", "Flat 9, Avenue Road, Coseley"), ("Postcode", "WV14 9AA"), per_row=2),
            Heading("Reason for referral"),
            Para("Family moved from a hostel on 20/10/2026; flat unfurnished; twins' development checks overdue; mum says she is 'not coping'. Urgent – please see this week."),
            Heading("Referrer"),
            kv(
                ("Name", "Rosie Adeyemi"),
                ("Role", "Tenancy Sustainment Officer"),
                ("Base", "Housing Services, Coseley office, WV14 9JW"),
                ("Email", "rosie.adeyemi@housing.example.org"),
                ("Date", "29/10/2026"),
                per_row=2,
            ),
            Heading("Consent"),
            kv(("Consent", "Consent gained verbally from Kelly Evans and Josh Evans on 29/10/2026")),
        ],
        title="Cottage referral",
    )


CASES: tuple[CouncilCase, ...] = (
    CouncilCase(
        "heldout13-cottage-01",
        COUNCIL,
        URL,
        TITLE,
        "Word referral with the referral-source tick row (Social Work / NHS / Housing / Education / Other) first; family grid 'SURNAME, Forename' with parents of different surnames; health visitor last; consent naming both",
        "referral.docx",
        ON1,
        _b1,
        Expected(
            "early_help_assessment",
            (
                person("Riya Patel", date(1998, 9, 9), True, ON1),
                person("Arjun Singh", date(1996, 6, 16), True, ON1),
                person("Anaya Patel", date(2026, 5, 5), False, ON1),
            ),
            "DY2 9HF",
            "Claire Bond",
            "claire.bond@nhs.example.net",
            None,
        ),
    ),
    CouncilCase(
        "heldout13-cottage-02",
        COUNCIL,
        URL,
        TITLE,
        "flattened PDF urgent referral from housing: twins with the same date of birth, mum's 18-year-old brother in the household; verbal consent naming mum and the brother",
        "referral.pdf",
        ON2,
        _b2,
        Expected(
            "early_help_assessment",
            (
                person("Kelly Evans", date(2001, 1, 1), True, ON2),
                person("Noah Evans", date(2024, 3, 3), False, ON2),
                person("Isaac Evans", date(2024, 3, 3), False, ON2),
                person("Josh Evans", date(2008, 8, 8), True, ON2),
            ),
            "WV14 9AA",
            "Rosie Adeyemi",
            "rosie.adeyemi@housing.example.org",
            None,
        ),
    ),
)
