"""West Berkshire: Berkshire West threshold guidance (levels of help; Contact and Referral;
consent and information sharing)."""

# ruff: noqa: E501  (wording follows the published page)

from datetime import date

from tests.councils.kit import Heading, Para, Title, grid, kv, person, render_docx, render_html
from tests.councils.model import CouncilCase, Expected
from tests.councils_heldout7._mail import FRONT_DOOR, html_only

URL = "https://berkshirewestsafeguardingchildrenpartnership.org.uk/scp/wokingham/wokingham-threshold-guidance"
TITLE = "Berkshire West Safeguarding Children Partnership – Threshold Guidance (West Berkshire, Reading and Wokingham; Levels of Help; Consent and Information Sharing; Early Help)"
COUNCIL = "West Berkshire Council"

ON1 = date(2026, 4, 28)


def _b1() -> bytes:
    return render_docx(
        [
            Title("Early Help Referral", "West Berkshire Family Hub – Additional Help"),
            Heading("Section A – Child(ren)"),
            grid(
                ["Name", "DOB", "School / setting"],
                [
                    ["Freya Lambourne", "09/09/2012", "Kennet School, Thatcham RG19 4LL"],
                    ["Archie Lambourne", "13/02/2017", "Francis Baily Primary"],
                ],
            ),
            Heading("Section B – Parents / carers in the household"),
            grid(
                ["Name", "DOB", "Relationship", "Address"],
                [
                    [
                        "Michelle Lambourne",
                        "27/08/1984",
                        "Mother",
                        "8 Church Road, Pensnett, Kingswinford DY6 7AA",
                    ],
                    ["Craig Lambourne", "06/06/1983", "Father", "as above"],
                ],
            ),
            Heading("Section C – Referrer"),
            kv(
                ("Name", "Olivia Hart"),
                ("Role", "Family Liaison, Kennet School"),
                ("Email", "o.hart@kennet.example.sch.uk"),
                ("Date", "28/04/2026"),
                per_row=2,
            ),
            Heading("Section D – Level of help and reasons"),
            Para(
                "Freya (13) self-harming superficially; parents arguing about money. Request family hub support and school counselling."
            ),
            Heading("Section E – Consent"),
            Para(
                "I have discussed this referral with Michelle Lambourne and Craig Lambourne, who agree to it and to information being shared. Signed: O Hart  28/04/2026"
            ),
        ]
    )


ON2 = date(2026, 12, 1)


def _b2() -> bytes:
    blocks: list[object] = [
        Title("Early Help Referral", "West Berkshire Family Hub – Additional Help"),
        Heading("Section A – Child(ren)"),
        grid(
            ["Name", "DOB", "School / setting"],
            [["Logan Fisher", "22/01/2019", "St Joseph's Catholic Primary, Newbury RG14 7BS"]],
        ),
        Heading("Section B – Parents / carers in the household"),
        grid(
            ["Name", "DOB", "Relationship", "Address"],
            [["Tanya Fisher", "10/10/1994", "Mother", "sofa surfing – no fixed address"]],
        ),
        Heading("Section C – Referrer"),
        kv(
            ("Name", "Gurpreet Bains"),
            ("Role", "Housing Officer"),
            ("Email", "gurpreet.bains@housing.example.gov.uk"),
            ("Date", "01/12/2026"),
        ),
        Heading("Section D – Level of help and reasons"),
        Para(
            "Family evicted on 20/11/2026; Tanya and Logan staying with friends, moving between addresses. Needs help with housing application and school transport."
        ),
        Heading("Section E – Consent"),
        Para("Tanya Fisher consented by phone on 01/12/2026."),
    ]
    return html_only(
        "Gurpreet Bains <gurpreet.bains@housing.example.gov.uk>",
        FRONT_DOOR,
        "Early Help Referral – L Fisher",
        ON2,
        "This message contains an HTML form. Please view in HTML.",
        render_html(blocks),
    )


ON3 = date(2026, 6, 16)


def _b3() -> bytes:
    from tests.councils.kit import render_acroform

    return render_acroform(
        [
            Title("Early Help Referral", "West Berkshire Family Hub – Additional Help"),
            Heading("Section A – Child(ren)"),
            grid(
                ["Name", "DOB", "School / setting"],
                [["Isabelle Hurst", "03/11/2018", "Spurcroft Primary, Thatcham RG19 3XX"]],
            ),
            Heading("Section B – Parents / carers in the household"),
            grid(
                ["Name", "DOB", "Relationship", "Address"],
                [["Lauren Hurst", "22/04/1991", "Mother", "16 Hagley Road, Stourbridge DY8 2SE"]],
            ),
            Heading("Section C – Referrer"),
            kv(
                ("Name", "Claire Ashby"),
                ("Role", "Family Support Worker, Spurcroft Primary"),
                ("Email", "c.ashby@spurcroft.example.sch.uk"),
                ("Date", "16/06/2026"),
                per_row=2,
            ),
            Heading("Section D – Level of help and reasons"),
            Para(
                "Level 2 – Additional Help. Isabelle is anxious at separation; Mum is newly single and asks for a parenting course."
            ),
            Heading("Section E – Consent"),
            Para(
                "Lauren Hurst agrees to this referral and to information being shared. Signed: L Hurst 16/06/2026"
            ),
        ],
        "Early Help Referral",
    )


CASES: tuple[CouncilCase, ...] = (
    CouncilCase(
        "heldout7-west-berkshire-ehr-01",
        COUNCIL,
        URL,
        TITLE,
        "Word Early Help referral in lettered sections A–E: children with their schools (RG19 4LL) first, parents with the address inside their grid row, consent a referrer's statement naming both parents",
        "referral.docx",
        ON1,
        _b1,
        Expected(
            "early_help_assessment",
            (
                person("Freya Lambourne", date(2012, 9, 9), False, ON1),
                person("Archie Lambourne", date(2017, 2, 13), False, ON1),
                person("Michelle Lambourne", date(1984, 8, 27), True, ON1),
                person("Craig Lambourne", date(1983, 6, 6), True, ON1),
            ),
            "DY6 7AA",
            "Olivia Hart",
            "o.hart@kennet.example.sch.uk",
            None,
        ),
    ),
    CouncilCase(
        "heldout7-west-berkshire-ehr-02",
        COUNCIL,
        URL,
        TITLE,
        "email with the referral as HTML tables only: family of no fixed address, only the school's RG14 postcode on the form; consent by phone",
        "message.eml",
        ON2,
        _b2,
        Expected(
            "early_help_assessment",
            (
                person("Logan Fisher", date(2019, 1, 22), False, ON2),
                person("Tanya Fisher", date(1994, 10, 10), True, ON2),
            ),
            None,
            "Gurpreet Bains",
            "gurpreet.bains@housing.example.gov.uk",
            None,
            queue_reason="postcode_missing",
        ),
    ),
    CouncilCase(
        "heldout7-west-berkshire-ehr-03",
        COUNCIL,
        URL,
        TITLE,
        "fillable PDF of the lettered referral: 'Level 2 – Additional Help' written at the start of Section D, school's RG19 in the children's grid, single mum signs",
        "referral.pdf",
        ON3,
        _b3,
        Expected(
            "early_help_assessment",
            (
                person("Isabelle Hurst", date(2018, 11, 3), False, ON3),
                person("Lauren Hurst", date(1991, 4, 22), True, ON3),
            ),
            "DY8 2SE",
            "Claire Ashby",
            "c.ashby@spurcroft.example.sch.uk",
            2,
        ),
    ),
)
