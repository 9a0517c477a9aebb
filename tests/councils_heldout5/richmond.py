"""Kingston and Richmond (Achieving for Children): the Single Point of Access (SPA) referral
form, with the partnership's Level 2a / 2b early help threshold."""

# ruff: noqa: E501  (wording follows the published pages)

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
    render_docx,
    render_pdf,
)
from tests.councils.model import CouncilCase, Expected
from tests.councils_heldout5._mail import FRONT_DOOR, with_attachment

URL = "https://www.richmond.gov.uk/make_a_referral_to_spa"
TITLE = "London Borough of Richmond upon Thames – Make a referral to the Single Point of Access (Kingston and Richmond; informed consent to share; consent from the parent/carer unless this would place the child at further risk of significant harm; young people aged 16 or 17 presumed competent; details of the child, of the parent or carer, and the needs causing concern)"
URL_T = "https://kingstonandrichmondsafeguardingchildrenpartnership.org.uk/guidance-policies-and-procedures/threshold/"
TITLE_T = "Kingston and Richmond Safeguarding Children Partnership – Threshold (London Threshold Document; early help offer around Tier 2/Level 2: Level 2a Early Help Resilience Networks; Level 2b Early Help Assessment used by Early Help Teams)"

COUNCIL = (
    "London Borough of Richmond upon Thames (Kingston and Richmond SPA, Achieving for Children)"
)

ON1 = date(2026, 3, 24)


def _build_01() -> bytes:
    blocks: list[object] = [
        Title(
            "Single Point of Access – referral form",
            "Kingston and Richmond – Achieving for Children",
        ),
        Para(
            "It is your responsibility to ensure you have received informed consent to share the information you provide within this "
            "referral form. Young people aged 16 or 17 are presumed to be competent for the purposes of consent."
        ),
        Heading("Level of need (London Threshold Document)"),
        Table(
            [
                [CB(False, "Level 2a – Early Help Resilience Network")],
                [CB(True, "Level 2b – Early Help Assessment used by Early Help Teams")],
                [CB(False, "Level 3 / Level 4 – Children's Social Care")],
            ]
        ),
        Heading("Informed consent"),
        kv(
            ("Has the parent/carer given informed consent?", "Yes – Donna Hughes, 24/03/2026"),
            (
                "Has the young person (16 or 17) given consent?",
                "Yes – Liam Hughes (16) agreed and signed in clinic, 24/03/2026",
            ),
        ),
        Heading("Details of the child"),
        kv(
            ("First name", "Liam"),
            ("Last name", "Hughes"),
            ("Date of birth", "30/11/2009"),
            ("Gender", "Male"),
            ("Address", "3 Rectory Road, Stourbridge"),
            ("Postcode", "DY9 0QQ"),
            per_row=2,
        ),
        Heading("Other children in the household"),
        grid(["First name", "Last name", "Date of birth"], [["Poppy", "Hughes", "12/06/2014"]]),
        Heading("Details of the parent or carer"),
        kv(
            ("Name", "Donna Hughes"),
            ("Relationship", "Mother"),
            ("Date of birth", "18/02/1983"),
            ("Telephone", "07700 900 604"),
            per_row=2,
        ),
        Heading("The needs causing concern"),
        Para(
            "Liam was excluded from college for cannabis use and is anxious and low; Poppy is worried about him. Mum asks for a youth worker and family support."
        ),
        Heading("About you"),
        kv(
            ("Name", "Tom Gallagher"),
            ("Role", "Substance Misuse Worker, Young People's Service"),
            ("Address", "Wolverhampton Street, Dudley DY1 1DB"),
            ("Email", "tom.gallagher@ypservice.example.org"),
            per_row=2,
        ),
    ]
    return render_docx(blocks)


ON2 = date(2026, 7, 2)


def _pdf_02() -> bytes:
    blocks: list[object] = [
        Title(
            "Single Point of Access – referral form",
            "Kingston and Richmond – Achieving for Children",
        ),
        Para(
            "If you are concerned about a child being at risk, phone the SPA for guidance prior to completing this form."
        ),
        kv(
            ("Have you phoned the SPA?", "Yes – 02/07/2026, spoke to duty manager"),
        ),
        Heading("Informed consent"),
        Table(
            [
                [
                    L("Has consent been sought from the parent/carer?"),
                    Boxes((CB(False, "Yes"), CB(True, "No"))),
                ],
                [
                    L("If not, why not?"),
                    "Obtaining this consent would place the child at further risk of significant harm: the disclosure is about mum's partner.",
                ],
            ]
        ),
        Heading("Details of the child"),
        kv(
            ("First name", "Ava"),
            ("Last name", "Price"),
            ("Date of birth", "15/01/2020"),
            ("Address", "40 Queens Road, Tipton DY4 0RE"),
            per_row=2,
        ),
        Heading("Details of the parent or carer"),
        grid(
            ["Name", "Relationship", "Date of birth", "Lives with the child"],
            [
                ["Sophie Price", "Mother", "11/11/1996", "Yes"],
                ["Callum Dyer", "Mother's partner", "02/09/1992", "Yes"],
            ],
        ),
        Heading("The needs causing concern"),
        Para(
            "Ava (6) told her teacher that Callum 'puts her in the dark cupboard' when she wets herself. Marks seen on both wrists this morning."
        ),
        Heading("About you"),
        kv(
            ("Name", "Hannah Blake"),
            ("Role", "Reception teacher, Great Bridge Primary"),
            ("Email", "h.blake@greatbridge.example.sch.uk"),
            ("Date", "02/07/2026"),
            per_row=2,
        ),
    ]
    return render_pdf(blocks, "SPA referral")


def _build_02() -> bytes:
    return with_attachment(
        "Hannah Blake <h.blake@greatbridge.example.sch.uk>",
        FRONT_DOOR,
        "URGENT - SPA referral - Ava PRICE",
        ON2,
        "Please see attached. I used the Kingston & Richmond SPA form I had from my last school; I have already phoned this through.\n\nHannah Blake\n",
        _pdf_02(),
        "SPA referral Ava Price.pdf",
    )


CASES: tuple[CouncilCase, ...] = (
    CouncilCase(
        case_id="heldout5-richmond-spa-01",
        council=COUNCIL,
        source_url=URL_T,
        source_title=TITLE_T,
        layout="Word SPA referral opening with the informed-consent paragraph and the Level 2a / 2b / 3-4 rows as ☒/☐ ('Level 2b' ticked); the 16-year-old's own consent recorded under the parent's; child's Address and Postcode as label/value pairs two per row; referrer (DY1 1DB) at the end",
        filename="referral.docx",
        assessment_date=ON1,
        build=_build_01,
        expected=Expected(
            form_type="early_help_assessment",
            people=(
                person("Liam Hughes", date(2009, 11, 30), True, ON1),
                person("Poppy Hughes", date(2014, 6, 12), False, ON1),
                person("Donna Hughes", date(1983, 2, 18), True, ON1),
            ),
            postcode="DY9 0QQ",
            lead_professional_name="Tom Gallagher",
            lead_professional_email="tom.gallagher@ypservice.example.org",
            level_of_need=2,
        ),
    ),
    CouncilCase(
        case_id="heldout5-richmond-spa-02",
        council=COUNCIL,
        source_url=URL,
        source_title=TITLE,
        layout="email with the flattened PDF SPA referral attached: 'Has consent been sought? ☒ No' because it would place the child at further risk of significant harm; SPA phoned first; mother and her partner in one parent/carer grid",
        filename="message.eml",
        assessment_date=ON2,
        build=_build_02,
        expected=Expected(
            form_type="early_help_assessment",
            people=(
                person("Ava Price", date(2020, 1, 15), False, ON2),
                person("Sophie Price", date(1996, 11, 11), False, ON2),
                person("Callum Dyer", date(1992, 9, 2), False, ON2),
            ),
            postcode="DY4 0RE",
            lead_professional_name="Hannah Blake",
            lead_professional_email="h.blake@greatbridge.example.sch.uk",
            level_of_need=None,
            safeguarding=True,
            queue_reason="safeguarding_concern",
        ),
    ),
)
