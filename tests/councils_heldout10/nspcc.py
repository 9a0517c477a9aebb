"""NSPCC: the Referral/Initial Information Record for Domestic Abuse: Recovering Together (DART),
as published by the NSPCC Gillingham Service Centre."""

# ruff: noqa: E501  (wording follows the published form)

from datetime import date

from tests.councils.kit import (
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
from tests.councils_heldout10._mail import FRONT_DOOR, with_attachment

URL = "https://docsbay.net/doc/365502/nspcc-hull-family-centre"
TITLE = "NSPCC Gillingham Service Centre – Referral/Initial Information Record, Domestic Abuse: Recovering Together (referrals not signed by family members will not be considered; children aged 7-14, only one sibling per family, not living with the perpetrator; Referrer details; Service user details/family composition; Perpetrators details; Significant others)"
COUNCIL = "NSPCC (Domestic Abuse: Recovering Together)"

_HEAD = [
    Title("NSPCC", "Referral/Initial Information Record – Domestic Abuse: Recovering Together"),
    Para(
        "We would encourage completion of referral form with parent/carer. Referrals not signed by family members will not be considered."
    ),
    Para(
        "Please note we can only accept referrals for: children aged 7-14 years old; only one sibling per family; children who are not living with the perpetrator of abuse."
    ),
]

_COMP = [
    "Name of Child being referred",
    "Gender",
    "DOB",
    "Relationship to referred adult",
    "Child looked after by Local Authority",
    "Ethnic Code",
    "First language",
]


def _sign(rows: list[list[str]]) -> list[object]:
    return [
        Heading("Family agreement"),
        Para(
            "I agree to this referral to the NSPCC and to the information on this form being shared with the service."
        ),
        grid(["Name", "Signature", "Date"], rows),
    ]


ON1 = date(2026, 1, 27)


def _b1() -> bytes:
    return render_docx(
        [
            *_HEAD,
            kv(("Mother/Carers Surname:", "PATEL"), ("Telephone No.:", "07700 900841"), per_row=2),
            Heading("Referrer details"),
            kv(
                ("Contact Name(s):", "Hannah Woolley"),
                ("Agency Name (if any):", "Black Country Women's Aid – outreach"),
                ("Town:", "Tipton"),
                ("Postcode:", "DY4 9AA"),
                ("Tel:", "01632 960842"),
                ("Email:", "h.woolley@bcwa-outreach.example.org.uk"),
                per_row=2,
            ),
            Heading("Service user details/family composition"),
            grid(
                _COMP,
                [
                    ["Arjun Patel", "M", "14/08/2017", "Son", "No", "A1", "English"],
                    [
                        "Mira Patel",
                        "F",
                        "02/02/2022",
                        "Daughter (not referred)",
                        "No",
                        "A1",
                        "English",
                    ],
                ],
            ),
            kv(
                ("Address of child being referred", "12 Park Lane, Tipton, DY4 7AA"),
                ("Which school does referred child attend?", "Great Bridge Primary"),
                ("Name of Woman being referred", "Kavita Patel (DOB 09/07/1990)"),
                ("Ethnic origin code", "5"),
            ),
            Heading("Perpetrators details"),
            kv(
                ("Name:", "Sanjay Patel"),
                ("Current address:", "40 Dudley Road, Kates Hill, Dudley DY1 4RN"),
                ("Relationship to service user:", "Ex-husband, father of both children"),
                ("Date of birth:", "11/03/1986"),
                ("Any contact with the child:", "Yes – supervised at a contact centre monthly"),
                per_row=2,
            ),
            Heading(
                "Significant others (extended family/friends/professionals) who are not members of referred person's household."
            ),
            kv(
                ("Name:", "Rekha Shah"),
                ("Relationship:", "Maternal grandmother"),
                ("Address:", "Wednesbury"),
                per_row=3,
            ),
            Heading("Reason for referral"),
            Para(
                "Kavita left the family home in October 2025 after years of coercive control; non-molestation order in place. Arjun (8) is wetting the bed and hitting his sister. Mum would like the Recovering Together group and some early help for the family."
            ),
            *_sign([["Kavita Patel", "K Patel", "27/01/2026"]]),
        ]
    )


ON2 = date(2026, 4, 28)


def _b2() -> bytes:
    return render_pdf(
        [
            *_HEAD,
            kv(
                ("Mother/Carers Surname:", "O'CONNOR"),
                ("Telephone No.:", "07700 900845"),
                per_row=2,
            ),
            Heading("Referrer details"),
            kv(
                ("Contact Name(s):", "Martin Ellis"),
                ("Agency Name (if any):", "NSPCC Gillingham Service Centre (case transferred)"),
                ("Town:", "Gillingham"),
                ("Postcode:", "ME7 1EF"),
                ("Tel:", "01632 960846"),
                ("Email:", "martin.ellis@nspcc-gillingham.example.org.uk"),
                per_row=2,
            ),
            Heading("Service user details/family composition"),
            grid(
                _COMP,
                [
                    ["Niamh O'Connor", "F", "23/10/2013", "Daughter", "No", "1", "English"],
                    [
                        "Sean O'Connor",
                        "M",
                        "01/04/2011",
                        "Son (not referred – only one sibling per family)",
                        "No",
                        "1",
                        "English",
                    ],
                ],
            ),
            kv(
                ("Address of child being referred", "Flat 2, 7 Wellington Road, Bilston WV14 9AA"),
                ("Which school does referred child attend?", "Moseley Park School"),
                ("Name of Woman being referred", "Bernadette O'Connor, DOB 16/06/1984"),
            ),
            Heading("Perpetrators details"),
            kv(
                ("Name:", "Declan Ward"),
                ("Current address:", "HMP Elmley"),
                ("Relationship to service user:", "Ex-partner"),
                ("Any contact with the child:", "No"),
                per_row=2,
            ),
            Heading("Reason for referral"),
            Para(
                "The family moved from Chatham to Bilston in April 2026. Niamh (12) completed the assessment for the group in Gillingham; Sean (15) has refused to talk about the abuse and did not want to sign."
            ),
            *_sign(
                [
                    ["Bernadette O'Connor", "B. O'Connor", "28/04/2026"],
                    ["Niamh O'Connor", "Niamh", "28/04/2026"],
                    ["Sean O'Connor", "", ""],
                ]
            ),
        ],
        "NSPCC DART referral",
    )


ON3 = date(2026, 11, 10)


def _b3() -> bytes:
    form = render_docx(
        [
            *_HEAD,
            kv(("Mother/Carers Surname:", "Lloyd"), ("Telephone No.:", "07700 900848"), per_row=2),
            Heading("Referrer details"),
            kv(
                ("Contact Name(s):", "Dawn Pritchard"),
                ("Agency Name (if any):", "Sedgley Family Hub"),
                ("Town:", "Sedgley"),
                ("Postcode:", "DY3 1RJ"),
                ("Tel:", "01632 960849"),
                ("Email:", "dawn.pritchard@sedgley-hub.example.gov.uk"),
                per_row=2,
            ),
            Heading("Service user details/family composition"),
            grid(
                _COMP,
                [["Tia Lloyd", "F", "05/05/2016", "Daughter", "No", "11", "English"]],
            ),
            kv(
                ("Address of child being referred", "as above"),
                ("Mother's address", "55 Gospel End Road, Sedgley DY3 1AB"),
                ("Which school does referred child attend?", "Red Hall Primary"),
                ("Name of Woman being referred", "Chantelle Lloyd (DOB 30/12/1993)"),
            ),
            Heading("Perpetrators details"),
            kv(
                ("Name:", "not known to referrer"), ("Any contact with the child:", "No"), per_row=2
            ),
            Heading("Reason for referral"),
            Para(
                "Tia (10) witnessed domestic abuse by mum's ex-partner; mum would like group work for Tia and support for herself."
            ),
            *_sign([["Chantelle Lloyd", "C Lloyd", "10/11/2026"]]),
        ]
    )
    return with_attachment(
        "Dawn Pritchard <dawn.pritchard@sedgley-hub.example.gov.uk>",
        FRONT_DOOR,
        "Referral - Tia Lloyd - NSPCC DART form",
        ON3,
        "Hi,\n\nI have completed the NSPCC Recovering Together referral form with mum and attach it here for early help triage as well.\n\nThanks\nDawn Pritchard\nFamily Hub Worker",
        form,
        "NSPCC DART referral Lloyd.docx",
    )


CASES: tuple[CouncilCase, ...] = (
    CouncilCase(
        "heldout10-nspcc-dart-01",
        COUNCIL,
        URL,
        TITLE,
        "Word DART referral as published: 'Mother/Carers Surname' first; the family's DY4 7AA postcode only inside 'Address of child being referred'; the referrer's Tipton postcode and the ex-husband's Dudley-table DY1 4RN under Perpetrators details; grandmother under significant others",
        "referral.docx",
        ON1,
        _b1,
        Expected(
            "early_help_assessment",
            (
                person("Arjun Patel", date(2017, 8, 14), False, ON1),
                person("Mira Patel", date(2022, 2, 2), False, ON1),
                person("Kavita Patel", date(1990, 7, 9), True, ON1),
            ),
            "DY4 7AA",
            "Hannah Woolley",
            "h.woolley@bcwa-outreach.example.org.uk",
            None,
        ),
    ),
    CouncilCase(
        "heldout10-nspcc-dart-02",
        COUNCIL,
        URL,
        TITLE,
        "flattened PDF DART referral transferred from Gillingham (ME7 referrer postcode first): the 15-year-old brother, not referred, has an empty signature row",
        "referral.pdf",
        ON2,
        _b2,
        Expected(
            "early_help_assessment",
            (
                person("Niamh O'Connor", date(2013, 10, 23), True, ON2),
                person("Sean O'Connor", date(2011, 4, 1), False, ON2),
                person("Bernadette O'Connor", date(1984, 6, 16), True, ON2),
            ),
            "WV14 9AA",
            "Martin Ellis",
            "martin.ellis@nspcc-gillingham.example.org.uk",
            None,
            queue_reason="consent_missing",
        ),
    ),
    CouncilCase(
        "heldout10-nspcc-dart-03",
        COUNCIL,
        URL,
        TITLE,
        "email with the Word DART form attached: child's address 'as above' and the postcode in a separate 'Mother's address' row; the hub's Sedgley DY3 1RJ (not in the table) in the referrer block",
        "message.eml",
        ON3,
        _b3,
        Expected(
            "early_help_assessment",
            (
                person("Tia Lloyd", date(2016, 5, 5), False, ON3),
                person("Chantelle Lloyd", date(1993, 12, 30), True, ON3),
            ),
            "DY3 1AB",
            "Dawn Pritchard",
            "dawn.pritchard@sedgley-hub.example.gov.uk",
            None,
        ),
    ),
)
