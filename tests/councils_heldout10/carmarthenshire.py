"""Carmarthenshire County Council: 'Right Help at the Right Time' (the Mid and West Wales
Regional Safeguarding Children Board's framework of levels 1-4) on the Family Information Service."""

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

URL = "https://fis.carmarthenshire.gov.wales/local-services/right-help-right-time"
TITLE = "Carmarthenshire Family Information Service – Right Help at the Right Time (The Mid and West Wales Regional Safeguarding Children Board (CYSUR) framework: Level 1 needs – core universal needs; early support; targeted support for multiple needs; significant needs requiring a Care and Support plan provided by Children's Services)"
COUNCIL = "Carmarthenshire County Council"

_LEVELS = (
    "Level 1 – core universal needs, met by universal services",
    "Level 2 – early support / a little extra help",
    "Level 3 – targeted support for multiple needs (Team Around the Family)",
    "Level 4 – significant needs: Care and Support plan / child protection, Children's Services",
)


def _levels(n: int) -> list[object]:
    return [
        Heading(
            "Right Help at the Right Time – which level of need best describes this family? (tick one)"
        ),
        Table([[CB(i + 1 == n, t)] for i, t in enumerate(_LEVELS)]),
    ]


def _yn(yes: bool) -> Boxes:
    return Boxes((CB(yes, "Yes"), CB(not yes, "No")))


ON1 = date(2026, 2, 16)


def _b1() -> bytes:
    return render_docx(
        [
            Title(
                "Request for Support – Families First / Team Around the Family",
                "Right Help at the Right Time",
            ),
            *_levels(3),
            Heading("Section 1 – Family details"),
            kv(
                ("Family address", "8 Beech Avenue, Quarry Bank, Brierley Hill"),
                ("Postcode", "DY5 2HT"),
                per_row=2,
            ),
            grid(
                ["Surname", "First name", "Date of birth", "Relationship", "Lives at address"],
                [
                    ["JONES", "Carys", "12/12/1988", "Mother", "Yes"],
                    ["JONES", "Dylan", "29/07/2012", "Son", "Yes"],
                    ["JONES", "Efa", "14/01/2018", "Daughter", "Yes"],
                    ["PRICE", "Gareth", "03/03/1987", "Mother's partner", "Yes"],
                ],
            ),
            Heading("Section 2 – Practitioner completing this request"),
            kv(
                ("Name", "Rhian Davies"),
                ("Role / agency", "Family Engagement Officer, Thorns Primary"),
                ("Email", "rhian.davies@thorns.example.sch.uk"),
                ("Telephone", "01632 960851"),
                per_row=2,
            ),
            Heading("Section 3 – Lead Worker (Team Around the Family)"),
            kv(
                ("Name", "Owain Hughes"),
                ("Agency", "Team Around the Family, Brierley Hill locality"),
                ("Email", "owain.hughes@taf-brierleyhill.example.gov.uk"),
                per_row=3,
            ),
            Heading("Section 4 – What are we worried about? What is working well?"),
            Para(
                "Family relocated from Llanelli in December 2025. Dylan (13) has been excluded twice from his new school; Carys has debts and the family use the food bank. Gareth works away. Multiple needs: targeted support, Level 3."
            ),
            Heading("Section 5 – Consent"),
            grid(
                ["Name", "Signature", "Date"],
                [
                    ["Carys Jones", "C. Jones", "16/02/2026"],
                    ["Gareth Price", "G Price", "16/02/2026"],
                ],
            ),
        ]
    )


ON2 = date(2026, 7, 7)


def _b2() -> bytes:
    return render_acroform(
        [
            Title("Request for Support – Children's Services", "Right Help at the Right Time"),
            *_levels(4),
            Heading("Section 1 – Child / young person"),
            kv(
                ("Surname", "Evans"),
                ("First name", "Mali"),
                ("Date of birth", "07/07/2020"),
                ("Address", "16 Windmill Street, Netherton, Dudley"),
                ("Postcode", "DY2 9HF"),
                per_row=2,
            ),
            Heading("Others in the household"),
            grid(
                ["Name", "Date of birth", "Relationship"],
                [
                    ["Leanne Evans", "21/09/1995", "Mother"],
                    ["Kyle Bowen", "02/10/1992", "Mother's partner"],
                ],
            ),
            Heading("Section 2 – Referrer"),
            kv(
                ("Name", "Helen Rees"),
                ("Role / agency", "Health Visitor, Hywel Dda UHB (family moved, case handed over)"),
                ("Base", "Carmarthen Health Centre, SA31 1NG"),
                ("Email", "helen.rees@hywel-hv.example.nhs.uk"),
                ("Date", "07/07/2026"),
                per_row=2,
            ),
            Heading("Section 3 – Consent"),
            Table(
                [
                    [L("Have parents been told of this request?"), _yn(False)],
                    [
                        L("If no, why not?"),
                        "Mali disclosed that Kyle hurt her; telling the adults could place her at risk. Police informed.",
                    ],
                ]
            ),
            Heading("Section 4 – Concerns"),
            Para(
                "Mali (6 today) has a burn mark on her forearm and told nursery staff 'Kyle did it with his lighter'."
            ),
        ],
        "Request for Support",
    )


ON3 = date(2026, 10, 21)


def _b3() -> bytes:
    return render_pdf(
        [
            Title("Request for Support – Families First", "Right Help at the Right Time"),
            *_levels(2),
            Heading("Section 1 – Family details"),
            kv(
                ("Current address", "71 High Street, Dudley"),
                ("Postcode", "DY1 1AA"),
                ("Previous address", "19 Hagley Road, Halesowen"),
                ("Previous postcode", "B62 8AA"),
                ("Moved to current address", "September 2026"),
                per_row=2,
            ),
            grid(
                ["Surname", "First name", "Date of birth", "Relationship"],
                [
                    ["Thomas", "Sioned", "05/01/1997", "Mother"],
                    ["Thomas", "Macsen", "11/11/2022", "Son"],
                ],
            ),
            Heading("Section 2 – Practitioner completing this request"),
            kv(
                ("Name", "Bethan Lewis"),
                ("Role / agency", "Flying Start Health Visitor, Ammanford (transfer)"),
                ("Address", "Ammanford Health Centre, SA18 2EB"),
                ("Email", "bethan.lewis@flyingstart.example.nhs.uk"),
                per_row=2,
            ),
            Heading("Section 3 – What would help?"),
            Para(
                "Sioned is a young lone parent new to Dudley with no family nearby. Macsen's speech is delayed. Early support requested: Level 2, parenting group and a stay-and-play."
            ),
            Heading("Section 4 – Consent"),
            Para(
                "I agree to this request for support and to information being shared with the services who can help my family."
            ),
            grid(["Signed", "Print name", "Date"], [["S Thomas", "Sioned Thomas", "21/10/2026"]]),
        ],
        "Request for Support",
    )


CASES: tuple[CouncilCase, ...] = (
    CouncilCase(
        "heldout10-carmarthenshire-rfs-01",
        COUNCIL,
        URL,
        TITLE,
        "Word request for support: the four Right Help at the Right Time levels as ☒/☐ rows with Level 3 ticked; SURNAME first in capitals; a separate 'Lead Worker (Team Around the Family)' block names someone other than the school practitioner",
        "referral.docx",
        ON1,
        _b1,
        Expected(
            "early_help_assessment",
            (
                person("Carys Jones", date(1988, 12, 12), True, ON1),
                person("Dylan Jones", date(2012, 7, 29), False, ON1),
                person("Efa Jones", date(2018, 1, 14), False, ON1),
                person("Gareth Price", date(1987, 3, 3), True, ON1),
            ),
            "DY5 2HT",
            "Owain Hughes",
            "owain.hughes@taf-brierleyhill.example.gov.uk",
            3,
        ),
    ),
    CouncilCase(
        "heldout10-carmarthenshire-rfs-02",
        COUNCIL,
        URL,
        TITLE,
        "fillable PDF request with Level 4 ticked (fields from the labels); parents deliberately not told; health visitor's SA31 base after the family",
        "referral.pdf",
        ON2,
        _b2,
        Expected(
            "early_help_assessment",
            (
                person("Mali Evans", date(2020, 7, 7), False, ON2),
                person("Leanne Evans", date(1995, 9, 21), False, ON2),
                person("Kyle Bowen", date(1992, 10, 2), False, ON2),
            ),
            "DY2 9HF",
            "Helen Rees",
            "helen.rees@hywel-hv.example.nhs.uk",
            4,
            safeguarding=True,
            queue_reason="safeguarding_concern",
        ),
    ),
    CouncilCase(
        "heldout10-carmarthenshire-rfs-03",
        COUNCIL,
        URL,
        TITLE,
        "flattened PDF request with Level 2 ticked: Current address / Postcode and Previous address / Previous postcode side by side (the previous one B62 8AA, a Dudley-table postcode in another cluster); 'Signed / Print name / Date' row",
        "referral.pdf",
        ON3,
        _b3,
        Expected(
            "early_help_assessment",
            (
                person("Sioned Thomas", date(1997, 1, 5), True, ON3),
                person("Macsen Thomas", date(2022, 11, 11), False, ON3),
            ),
            "DY1 1AA",
            "Bethan Lewis",
            "bethan.lewis@flyingstart.example.nhs.uk",
            2,
        ),
    ),
)
