"""Brighton & Hove: Early Help Hub (EHH) Referral Form with the three consents the EHH guidance requires."""

# ruff: noqa: E501  (labels and answers are copied verbatim from the published form)

from datetime import date

from tests.councils.kit import (
    CB,
    Block,
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

URL = "https://docsbay.net/guidance-on-gaining-consent-in-order-to-refer-to-the-early-help-hub"
TITLE = "Brighton & Hove City Council Early Help Hub – Guidance on gaining consent in order to refer to the Early Help Hub (EHH Referral Form)"

_CONSENTS = (
    "Consent to make a referral to the Early Help Hub – this means to pass on your client’s details to the Early Help "
    "Hub and to ask the Hub for some additional support for that family",
    "Consent to share your client/s information with other professionals who will provide support to the family",
    "Consent for their information to be shared with Government for the purposes of a National Evaluation",
)


def _layout(
    d: dict[str, str],
    ticks: tuple[bool, bool, bool],
    level: int | None,
    family: list[list[str]],
    signs: list[list[str]],
) -> list[Block]:
    return [
        Title("Early Help Hub Referral Form"),
        Heading("Referrer"),
        kv(
            ("Name", d["ref"]),
            ("Role", d["role"]),
            ("Organisation", d["org"]),
            ("Address", d["ref_addr"]),
            ("Telephone", d["ref_tel"]),
            ("Email", d["ref_email"]),
            ("Date of referral", d["date"]),
            per_row=2,
        ),
        Heading("Level of need (Right Support at the Right Time)"),
        Table(
            [
                [
                    Boxes(
                        (
                            CB(level == 1, "Level 1. Universal"),
                            CB(level == 2, "Level 2. Family Help"),
                            CB(level == 3, "Level 3. Specialist Services"),
                        )
                    )
                ]
            ]
        ),
        Heading("Child / young person being referred"),
        kv(
            ("First name", d["first"]),
            ("Surname", d["surname"]),
            ("Date of birth", d["dob"]),
            ("Gender", d["gender"]),
            ("Address", d["address"]),
            ("Postcode", d["postcode"]),
            ("School", d["school"]),
            ("School address", d["school_addr"]),
            per_row=2,
        ),
        Heading("Other family members"),
        grid(["Name", "Relationship", "Date of birth", "Lives with the child?"], family),
        Heading("Reason for referral"),
        Table([[d["reason"]]]),
        Heading("Consent"),
        Para(
            "The Early Help Hub needs consent to refer and consent to share information in order for a referral to be "
            "accepted. In order to make a referral you need to ensure that your client/s understand they are consenting to "
            "three things:"
        ),
        Table(
            [
                [L(f"{i + 1}."), CB(on, text)]
                for i, (on, text) in enumerate(zip(ticks, _CONSENTS, strict=True))
            ],
            widths=[1, 12],
        ),
        Para("Client signatures to confirm this consent", bold=True),
        grid(["Name", "Parent / carer / young person", "Signature", "Date"], signs),
    ]


ON1 = date(2025, 5, 19)
D1 = {
    "ref": "Nadia Whitehouse",
    "role": "Learning Mentor",
    "org": "Crestwood School",
    "ref_addr": "Bells Lane, Stourbridge DY8 1AA",
    "ref_tel": "01632 960 311",
    "ref_email": "n.whitehouse@crestwood.example.sch.uk",
    "date": "19/05/2025",
    "first": "Olivia",
    "surname": "Grant",
    "dob": "02/02/2015",
    "gender": "F",
    "address": "7 Norton Road, Stourbridge",
    "postcode": "DY8 2SE",
    "school": "Greenfield Primary",
    "school_addr": "Greenfield Avenue, Stourbridge DY8 1AL",
    "reason": "Olivia (10) is withdrawn since her grandmother died; Freddie (14) has taken on a lot of caring for mum, "
    "who has MS. Mum would like young carers support for Freddie and help for Olivia.",
}
FAMILY1 = [
    ["Kelly Grant", "Mother", "10/10/1985", "Yes"],
    ["Freddie Grant", "Brother", "19/05/2011", "Yes"],
    ["Paul Grant", "Father", "not known", "No – lives in Kidderminster"],
]
SIGNS1 = [
    ["Kelly Grant", "Parent", "K. Grant", "19/05/2025"],
    ["Freddie Grant", "Young person", "Freddie Grant", "19/05/2025"],
]

ON2 = date(2026, 4, 14)
D2 = {
    "ref": "Tom Beddow",
    "role": "Youth Worker",
    "org": "Wordsley Youth Hub",
    "ref_addr": "Brierley Hill Road, Wordsley DY8 5SP",
    "ref_tel": "01632 960 327",
    "ref_email": "tom.beddow@youthhub.example.org.uk",
    "date": "14/04/2026",
    "first": "Ben",
    "surname": "Fletcher",
    "dob": "10/01/2011",
    "gender": "M",
    "address": "21 Ashwood Park, Wall Heath, Kingswinford",
    "postcode": "DY6 0LQ",
    "school": "Summerhill School",
    "school_addr": "Lodge Lane, Kingswinford DY6 9XE",
    "reason": "Ben (15) has been cannabis-using and staying out late; mum wants help with boundaries and for Ben to see "
    "a substance misuse worker.",
}
FAMILY2 = [
    ["Laura Fletcher", "Mother", "08/08/1982", "Yes"],
    ["Isla Fletcher", "Sister", "03/03/2017", "Yes"],
]
SIGNS2 = [
    ["Laura Fletcher", "Parent", "L Fletcher", "14/04/2026"],
    ["Ben Fletcher", "Young person", "", ""],
]


def _brighton_01() -> bytes:
    return render_docx(_layout(D1, (True, True, True), 2, FAMILY1, SIGNS1))


def _brighton_02() -> bytes:
    return render_pdf(
        _layout(D2, (True, True, False), None, FAMILY2, SIGNS2),
        title="Early Help Hub Referral Form",
    )


CASES: tuple[CouncilCase, ...] = (
    CouncilCase(
        case_id="brighton-hove-ehh-01",
        council="Brighton & Hove City Council",
        source_url=URL,
        source_title=TITLE,
        layout="Word EHH referral, hard: Level 1/2/3 ☒/☐ with Level 2 ticked; key child in label/value pairs and the "
        "others in a table (father 'lives in Kidderminster'); the three numbered consents ticked; a brother turning "
        "14 on the day signs; school address a Dudley-table postcode",
        filename="referral.docx",
        assessment_date=ON1,
        build=_brighton_01,
        expected=Expected(
            form_type="early_help_assessment",
            people=(
                person("Olivia Grant", date(2015, 2, 2), False, ON1),
                person("Kelly Grant", date(1985, 10, 10), True, ON1),
                person("Freddie Grant", date(2011, 5, 19), True, ON1),
            ),
            postcode="DY8 2SE",
            lead_professional_name="Nadia Whitehouse",
            lead_professional_email="n.whitehouse@crestwood.example.sch.uk",
            level_of_need=2,
        ),
    ),
    CouncilCase(
        case_id="brighton-hove-ehh-02",
        council="Brighton & Hove City Council",
        source_url=URL,
        source_title=TITLE,
        layout="flattened PDF EHH referral: no level ticked; two of the three consents ticked; the 15-year-old "
        "referred young person's signature row left empty",
        filename="referral.pdf",
        assessment_date=ON2,
        build=_brighton_02,
        expected=Expected(
            form_type="early_help_assessment",
            people=(
                person("Ben Fletcher", date(2011, 1, 10), False, ON2),
                person("Laura Fletcher", date(1982, 8, 8), True, ON2),
                person("Isla Fletcher", date(2017, 3, 3), False, ON2),
            ),
            postcode="DY6 0LQ",
            lead_professional_name="Tom Beddow",
            lead_professional_email="tom.beddow@youthhub.example.org.uk",
            level_of_need=None,
            queue_reason="consent_missing",
        ),
    ),
)
