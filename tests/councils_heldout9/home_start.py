"""Home-Start: the MESH referral form used by local Home-Start schemes (name of family, adults
caring for the children, 'Referred by', family doctor and health visitor, the √ list, and either
the parents' Privacy Notice & Consent Statement or the Referrer's Declaration)."""

# ruff: noqa: E501  (wording follows the published form)

from datetime import date

from tests.councils.kit import (
    CB,
    Boxes,
    Heading,
    PageBreak,
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

URL = "https://vdocuments.site/referral-form-mesh-web-view-we-are-unable-to-process-your-referral-until-we-have.html"
TITLE = "Home-Start Referral form (MESH) – 'Referrals will only be accepted if either (a) the Parent(s) have signed the Privacy Notice & Consent Statement (page 8), or (b) the Referrer has completed the Referrer's Declaration (page 9)'; Name of family; adults caring for the child(ren); Referred by; Family Doctor; Health Visitor; Please √ all that apply"
COUNCIL = "Home-Start UK (MESH referral form used by local Home-Start schemes)"

_TICKS = (
    "Lone parent *",
    "substance misuse",
    "domestic abuse",
    "mental health issues",
    "learning disabilities",
    "post natal depression",
    "Interpreter required",
    "teenage pregnancy 19yrs or younger *",
)


def _front(
    received: str,
    family: str,
    address: str,
    postcode: str,
    tel: str,
    adults: list[list[str]],
    referred: list[tuple[str, str]],
    doctor: list[tuple[str, str]],
    ticks: set[str],
    children: list[list[str]],
) -> list[object]:
    return [
        Title("Referral form", f"Date referral received (scheme use) {received}"),
        Para(
            "Please read: Referrals will only be accepted if either (a) the Parent(s) have signed the Privacy Notice & Consent Statement (page 8), or (b) the Referrer has completed the Referrer's Declaration (page 9). You do not need to complete both."
        ),
        kv(
            ("Name of family", family),
            ("Family Number (scheme use)", ""),
            ("Address", address),
            ("Postcode", postcode),
            ("Tel. No", tel),
            ("E mail", ""),
            per_row=2,
        ),
        Para("Please provide some details about the adults caring for the child(ren):"),
        grid(
            [
                "",
                "Name",
                "Main carer Y/N",
                "Resident in household Y/N",
                "Relationship to child(ren) if applicable",
            ],
            adults,
        ),
        Heading("Referred by"),
        kv(*referred, per_row=2),
        kv(*doctor, per_row=2),
        Para("Please √ all that apply to this family: *See guidance for definitions"),
        Table([[Boxes(tuple(CB(t in ticks, t) for t in _TICKS))]]),
        Heading("Children in the family"),
        grid(["Name", "Date of birth", "Gender", "Lives with family Y/N"], children),
    ]


def _privacy(signatures: list[list[str]]) -> list[object]:
    return [
        PageBreak(),
        Heading("Privacy Notice & Consent Statement (page 8)"),
        Para(
            "Home-Start will keep the information on this form safely and will only share it with other agencies with your permission, unless we are worried about the safety of a child or adult. I/We have read the Privacy Notice and agree to Home-Start holding our information and contacting us."
        ),
        grid(["Parent's name", "Signature", "Date"], signatures),
    ]


def _declaration(text: str, signed: list[tuple[str, str]]) -> list[object]:
    return [
        PageBreak(),
        Heading("Referrer's Declaration (page 9)"),
        Para(text),
        kv(*signed, per_row=2),
    ]


ON1 = date(2026, 2, 17)


def _b1() -> bytes:
    return render_docx(
        [
            *_front(
                "",
                "Bennett",
                "62 Wellington Road, Dudley",
                "DY1 1AA",
                "07700 900722",
                [
                    ["Mother/partner", "Natalie Bennett", "Y", "Y", "Mother"],
                    ["Father/partner", "Craig Bennett", "N", "N", "Father (lives in Walsall)"],
                    ["Other main carer[s]", "", "", "", ""],
                ],
                [
                    ("Date of referral", "17/02/2026"),
                    ("Name", "Joanne Pritchard"),
                    ("Role", "Health Visitor"),
                    ("Agency", "Dudley Health Visiting, Brierley Hill Health Centre"),
                    ("Address", "Albion Street, Brierley Hill"),
                    ("Postcode", "DY5 3EE"),
                    ("E mail", "joanne.pritchard@dudley-hv.example.nhs.uk"),
                    ("Tel", "01632 960725"),
                ],
                [
                    ("Family Doctor", "Dr Shah, Netherton Health Centre"),
                    ("Tel", "01632 960726"),
                    ("Health Visitor", "Joanne Pritchard"),
                    ("Other agencies involved", "none"),
                ],
                {"Lone parent *", "post natal depression"},
                [
                    ["Harry Bennett", "12/09/2022", "M", "Y"],
                    ["Rosie Bennett", "30/11/2025", "F", "Y"],
                ],
            ),
            *_privacy([["Natalie Bennett", "N Bennett", "17/02/2026"]]),
        ]
    )


ON2 = date(2026, 6, 9)


def _b2() -> bytes:
    return render_pdf(
        [
            *_front(
                "10/06/2026",
                "Cartwright-Ali",
                "4 Greenfield Avenue, Kingswinford (moved 01/06/2026; previous address 15 Enville Street, Stourbridge DY8 1XX)",
                "DY6 7AA",
                "07700 900729",
                [
                    ["Mother/partner", "Sophie Cartwright", "Y", "Y", "Mother"],
                    ["Father/partner", "Omar Ali", "Y", "Y", "Father"],
                    ["Other main carer[s]", "", "", "", ""],
                ],
                [
                    ("Date of referral", "09/06/2026"),
                    ("Name", "Lucy Bradley"),
                    ("Role", "Midwife"),
                    ("Agency", "Russells Hall Hospital community midwives"),
                    ("Address", "Pensnett Road, Dudley"),
                    ("Postcode", "DY1 2HQ"),
                    ("E mail", "lucy.bradley@dudley-mw.example.nhs.uk"),
                    ("Tel", "01632 960731"),
                ],
                [
                    ("Family Doctor", "Kingswinford Surgery"),
                    ("Tel", "01632 960732"),
                    ("Health Visitor", "not yet allocated"),
                    ("Other agencies involved", ""),
                ],
                {"mental health issues"},
                [
                    ["Zain Ali", "03/06/2026", "M", "Y"],
                    ["Layla Ali", "17/01/2024", "F", "Y"],
                ],
            ),
            *_declaration(
                "I confirm that I have discussed this referral with the parent(s) named below, that they understand what Home-Start offers and that they agree to this referral and to Home-Start contacting them.",
                [
                    ("Parent(s) consulted", "Sophie Cartwright and Omar Ali"),
                    ("Referrer's signature", "L Bradley"),
                    ("Print name", "Lucy Bradley"),
                    ("Date", "09/06/2026"),
                ],
            ),
        ],
        "Home-Start Referral form",
    )


ON3 = date(2026, 11, 3)


def _b3() -> bytes:
    return render_docx(
        [
            *_front(
                "",
                "Hughes",
                "Flat 2, new tenancy, Lye (full address to follow)",
                "",
                "07700 900735",
                [
                    ["Mother/partner", "Chantelle Hughes", "Y", "Y", "Mother"],
                    ["Father/partner", "", "", "", ""],
                    ["Other main carer[s]", "Brenda Hughes", "N", "Y", "Maternal grandmother"],
                ],
                [
                    ("Date of referral", "3 November 2026"),
                    ("Name", "Megan Foster"),
                    ("Role", "Children's Centre Outreach Worker"),
                    ("Agency", "Quarry Bank Children's Centre"),
                    ("Address", "Thorns Road, Quarry Bank"),
                    ("Postcode", "DY5 4AQ"),
                    ("E mail", "megan.foster@qb-childrenscentre.example.org.uk"),
                    ("Tel", "01632 960738"),
                ],
                [
                    ("Family Doctor", "Lye Health Centre"),
                    ("Tel", "01632 960739"),
                    ("Health Visitor", "Karen Doyle"),
                    ("Other agencies involved", "Housing options"),
                ],
                {"Lone parent *", "teenage pregnancy 19yrs or younger *"},
                [["Kai Hughes", "21/04/2026", "M", "Y"]],
            ),
            *_privacy(
                [
                    ["Chantelle Hughes", "C. Hughes", "03/11/2026"],
                    ["Brenda Hughes", "B Hughes", "03/11/2026"],
                ]
            ),
        ]
    )


CASES: tuple[CouncilCase, ...] = (
    CouncilCase(
        "heldout9-homestart-mesh-01",
        COUNCIL,
        URL,
        TITLE,
        "Word MESH referral form as published: 'Name of family' with one surname; adults table Mother/partner / Father/partner rows with 'Resident in household Y/N' (father N); 'Referred by' block with the health visitor's own Brierley Hill Postcode; √ list; Privacy Notice & Consent Statement on page 8 signed by mum",
        "referral.docx",
        ON1,
        _b1,
        Expected(
            "early_help_assessment",
            (
                person("Natalie Bennett", None, True, ON1),
                person("Harry Bennett", date(2022, 9, 12), False, ON1),
                person("Rosie Bennett", date(2025, 11, 30), False, ON1),
            ),
            "DY1 1AA",
            "Joanne Pritchard",
            "joanne.pritchard@dudley-hv.example.nhs.uk",
            None,
        ),
    ),
    CouncilCase(
        "heldout9-homestart-mesh-02",
        COUNCIL,
        URL,
        TITLE,
        "flattened PDF MESH referral, hard: the Address line carries the previous Stourbridge address with its DY8 1XX in brackets before the Postcode box (DY6 7AA); midwife's Dudley DY1 2HQ in 'Referred by'; Referrer's Declaration (page 9) naming both parents instead of their signatures",
        "referral.pdf",
        ON2,
        _b2,
        Expected(
            "early_help_assessment",
            (
                person("Sophie Cartwright", None, True, ON2),
                person("Omar Ali", None, True, ON2),
                person("Zain Ali", date(2026, 6, 3), False, ON2),
                person("Layla Ali", date(2024, 1, 17), False, ON2),
            ),
            "DY6 7AA",
            "Lucy Bradley",
            "lucy.bradley@dudley-mw.example.nhs.uk",
            None,
        ),
    ),
    CouncilCase(
        "heldout9-homestart-mesh-03",
        COUNCIL,
        URL,
        TITLE,
        "Word MESH referral for a family in a new tenancy 'full address to follow': Postcode box empty; the only postcode is the children's centre's Quarry Bank DY5 4AQ in 'Referred by'; grandmother resident but not main carer; both adults sign page 8",
        "referral.docx",
        ON3,
        _b3,
        Expected(
            "early_help_assessment",
            (
                person("Chantelle Hughes", None, True, ON3),
                person("Brenda Hughes", None, True, ON3),
                person("Kai Hughes", date(2026, 4, 21), False, ON3),
            ),
            None,
            "Megan Foster",
            "megan.foster@qb-childrenscentre.example.org.uk",
            None,
            queue_reason="postcode_missing",
        ),
    ),
)
