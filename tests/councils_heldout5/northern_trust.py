"""Northern Ireland (Northern Health and Social Care Trust): referral to a Family Support Hub,
early non-stigmatising support for families below the threshold for statutory social work;
referrals that belong with statutory social services are redirected to the Gateway."""

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
)
from tests.councils.model import CouncilCase, Expected

URL = "https://www.northerntrust.hscni.net/2015/06/29/supporting-families/"
TITLE = "Northern Health and Social Care Trust – Supporting families (family support hub model; five hubs: Larne/Carrick, Newtownabbey, Ballymena/Antrim, Magherafelt/Cookstown, Coleraine/Ballymoney/Moyle; early, non-stigmatising support for families whose difficulties would not meet the threshold for statutory social work intervention; referrals that should have come to statutory social services are re-directed)"

COUNCIL = "Northern Health and Social Care Trust (Northern Ireland Family Support Hubs)"

HUBS = (
    "Larne/Carrick",
    "Newtownabbey",
    "Ballymena/Antrim",
    "Magherafelt/Cookstown",
    "Coleraine/Ballymoney/Moyle",
)

ON1 = date(2026, 4, 8)


def _build_01() -> bytes:
    blocks: list[object] = [
        Title("Family Support Hub – Referral Form", "Northern Health and Social Care Trust"),
        Para(
            "Referrals are accepted with parental consent for families whose needs do not meet the threshold for statutory social work intervention."
        ),
        Table([[L("Hub"), Boxes(tuple(CB(h == "Ballymena/Antrim", h) for h in HUBS))]]),
        Heading("Referrer"),
        kv(
            ("Name", "Siobhan Quinn"),
            ("Organisation", "Health Visiting, Antrim Health Centre (moved to Dudley 0-19 team)"),
            ("Address", "Station Road, Antrim BT41 4BS"),
            ("Email", "siobhan.quinn@nhs.example.net"),
            ("Telephone", "07700 900 733"),
            ("Date", "08/04/2026"),
            per_row=2,
        ),
        Heading("Family"),
        grid(
            ["Name", "Date of birth", "Relationship", "Lives at address"],
            [
                ["Ciara Doherty", "17/03/1997", "Mother", "Yes"],
                ["Sean Doherty", "02/11/1995", "Father", "Yes"],
                ["Orla Doherty", "25/05/2022", "Daughter", "Yes"],
                ["Cillian Doherty", "09/01/2026", "Son", "Yes"],
            ],
        ),
        kv(("Address", "18 Stafford Street, Brierley Hill"), ("Postcode", "DY5 3BB"), per_row=2),
        Heading("Reason for referral / support requested"),
        Para(
            "Family moved from Antrim in March for Sean's work; no family nearby; Ciara has low mood since Cillian's birth; Orla (3) needs a nursery place. Requesting a family support worker and parenting group."
        ),
        Heading("Parental consent"),
        Table(
            [
                [
                    L(
                        "I/We consent to this referral to the Family Support Hub and to information being shared with the Hub members"
                    ),
                    "",
                ],
                [L("Signed (parent/carer)"), "C Doherty     S Doherty"],
                [L("Print name(s)"), "Ciara Doherty, Sean Doherty"],
                [L("Date"), "08/04/2026"],
            ]
        ),
    ]
    return render_docx(blocks)


ON2 = date(2026, 12, 1)


def _build_02() -> bytes:
    n = [0]

    def t(value: str) -> F:
        n[0] += 1
        return F(value, f"Text{n[0]}")

    blocks: list[object] = [
        Title("Family Support Hub – Referral Form", "Northern Health and Social Care Trust"),
        Heading("Screening – before you refer"),
        Table(
            [
                [
                    L(
                        "Do the family's difficulties meet the threshold for statutory social work intervention? If yes, refer to the Gateway instead"
                    ),
                    t("Yes – Gateway phoned 01/12/2026 and asked for this form to be sent as well"),
                ],
                [
                    L("Risk of significant harm identified?"),
                    Boxes((CB(True, "Yes", "Check Box1"), CB(False, "No", "Check Box2"))),
                ],
            ]
        ),
        Heading("Referrer"),
        Table(
            [
                [L("Name"), t("Declan Murphy"), L("Organisation"), t("Education Welfare Service")],
                [L("Email"), t("declan.murphy@ews.example.org"), L("Date"), t("01/12/2026")],
            ]
        ),
        Heading("Family"),
        Table(
            [
                [L("Name"), L("Date of birth"), L("Relationship")],
                [t("Shauna Kelly"), t("22/07/1990"), t("Mother")],
                [t("Aoife Kelly"), t("13/09/2012"), t("Daughter")],
                [t("Niall Kelly"), t("06/02/2017"), t("Son")],
            ]
        ),
        Table([[L("Address"), t("3 Swan Street, Dudley")], [L("Postcode"), t("DY2 9HF")]]),
        Heading("Reason for referral"),
        Table(
            [
                [
                    t(
                        "Aoife (14) has not attended for five weeks; at the home visit the house had no heating or food, Mum was intoxicated and Niall (9) had an untreated burn on his hand."
                    )
                ]
            ]
        ),
        Heading("Parental consent"),
        Table([[L("Signed (parent/carer)"), t("S Kelly")], [L("Date"), t("28/11/2026")]]),
    ]
    return render_acroform(blocks, "Family Support Hub referral")


CASES: tuple[CouncilCase, ...] = (
    CouncilCase(
        case_id="heldout5-northern-trust-fsh-01",
        council=COUNCIL,
        source_url=URL,
        source_title=TITLE,
        layout="Word Family Support Hub referral: the five published hubs as ☒/☐ in one cell; referrer's old Antrim BT41 4BS address before the family; household grid then Address / Postcode pairs; parental consent as an 'I/We consent …' row with both signatures on one line and 'Print name(s)' below",
        filename="referral.docx",
        assessment_date=ON1,
        build=_build_01,
        expected=Expected(
            form_type="early_help_assessment",
            people=(
                person("Ciara Doherty", date(1997, 3, 17), True, ON1),
                person("Sean Doherty", date(1995, 11, 2), True, ON1),
                person("Orla Doherty", date(2022, 5, 25), False, ON1),
                person("Cillian Doherty", date(2026, 1, 9), False, ON1),
            ),
            postcode="DY5 3BB",
            lead_professional_name="Siobhan Quinn",
            lead_professional_email="siobhan.quinn@nhs.example.net",
            level_of_need=None,
        ),
    ),
    CouncilCase(
        case_id="heldout5-northern-trust-fsh-02",
        council=COUNCIL,
        source_url=URL,
        source_title=TITLE,
        layout="fillable PDF Hub referral with meaningless field names (Text1..TextN, Check Box1/2): the screening questions at the top answered 'Yes – Gateway phoned' (meets the threshold for statutory social work) and 'Risk of significant harm identified? ☒ Yes'; the 14-year-old has no consent",
        filename="referral.pdf",
        assessment_date=ON2,
        build=_build_02,
        expected=Expected(
            form_type="early_help_assessment",
            people=(
                person("Shauna Kelly", date(1990, 7, 22), True, ON2),
                person("Aoife Kelly", date(2012, 9, 13), False, ON2),
                person("Niall Kelly", date(2017, 2, 6), False, ON2),
            ),
            postcode="DY2 9HF",
            lead_professional_name="Declan Murphy",
            lead_professional_email="declan.murphy@ews.example.org",
            level_of_need=None,
            safeguarding=True,
            queue_reason="safeguarding_concern",
        ),
    ),
)
