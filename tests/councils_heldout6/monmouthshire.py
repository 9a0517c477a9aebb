"""Monmouthshire: a referral to the Team Around the Family (TAF) service (TAF Co-ordinator and
TAF Project Workers; Families First; what matters to children and families)."""

# ruff: noqa: E501  (wording follows the published page)

from datetime import date

from tests.councils.kit import (
    CB,
    Boxes,
    Heading,
    Para,
    Table,
    Title,
    grid,
    kv,
    person,
    render_docx,
    render_html,
)
from tests.councils.model import CouncilCase, Expected
from tests.councils_heldout6._mail import FRONT_DOOR, html_only

URL = "http://democracy.monmouthshire.gov.uk/mgAi.aspx?ID=6114"
TITLE = "Monmouthshire County Council – Agenda item: Delivery Models for Family Support – Realignment of Team Around the Family (TAF) (TAF Co-ordinator and three TAF Project Workers; assessing families referred for a service; coordinating TAF meetings; funded through Families First; what matters to children and families under the Social Services and Well-being (Wales) Act 2014)"
COUNCIL = "Monmouthshire County Council"

ON1 = date(2026, 6, 17)


def _build_01() -> bytes:
    blocks: list[object] = [
        Title("Referral to Team Around the Family (TAF)", "Monmouthshire Families First"),
        Heading("What matters to the family?"),
        Para(
            "'We want the boys to stop fighting and for us to have some money left at the end of the month.'"
        ),
        Heading("Support requested"),
        Table(
            [
                [
                    Boxes(
                        (
                            CB(True, "TAF meeting and coordination"),
                            CB(True, "Brief intervention (TAF Project Worker)"),
                            CB(False, "Information and advice only"),
                        )
                    )
                ]
            ]
        ),
        Heading("Family"),
        grid(
            ["Forename", "Surname", "DOB", "Relationship", "At home"],
            [
                ["Nathan", "Jones", "12/03/1988", "Father", "Yes"],
                ["Carys", "Jones", "29/07/1989", "Mother", "Yes"],
                ["Dylan", "Jones", "05/05/2012", "Son", "Yes"],
                ["Iwan", "Jones", "18/10/2015", "Son", "Yes"],
            ],
        ),
        kv(("Address", "17 Sandringham Way, Dudley"), ("Postcode", "dy1 2qp"), per_row=2),
        Heading("Referrer"),
        kv(
            ("Name", "Seren Powell"),
            ("Service", "Education Welfare, Abergavenny (NP7 5HD)"),
            ("Email", "seren.powell@monmouthshire.example.gov.uk"),
            ("Date", "17/06/2026"),
            per_row=2,
        ),
        Heading("Consent"),
        Para(
            "Nathan Jones, Carys Jones and Dylan Jones (14) have agreed to this referral and signed below."
        ),
        grid(
            ["Name", "Signature"],
            [["Nathan Jones", "N Jones"], ["Carys Jones", "C Jones"], ["Dylan Jones", "D Jones"]],
        ),
    ]
    return render_docx(blocks)


ON2 = date(2026, 10, 21)


def _html_02() -> str:
    blocks: list[object] = [
        Title(
            "Referral to Team Around the Family (TAF)",
            "Monmouthshire Families First – online referral",
        ),
        Heading("What matters to the family?"),
        Para("Mum wants Keira to be able to go to college and to feel less alone."),
        Heading("Family"),
        grid(
            ["Forename", "Surname", "DOB", "Relationship", "At home"],
            [
                ["Angela", "Hurley", "01/01/1977", "Mother", "Yes"],
                ["Keira", "Hurley", "25/12/2009", "Daughter", "Yes"],
            ],
        ),
        kv(("Address", "90 Stourbridge Road, Halesowen B63 3BL")),
        Heading("Referrer"),
        kv(
            ("Name", "Martin Lloyd"),
            ("Service", "Carers Wales support worker"),
            ("Email", "martin.lloyd@carers.example.org.uk"),
            ("Date", "21/10/2026"),
        ),
        Heading("Consent"),
        kv(
            ("Has the family agreed to this referral?", "Yes"),
            ("Who agreed?", "Angela Hurley and Keira Hurley (16), in person"),
        ),
    ]
    return render_html(blocks)


def _build_02() -> bytes:
    return html_only(
        "Martin Lloyd <martin.lloyd@carers.example.org.uk>",
        FRONT_DOOR,
        "TAF referral - Hurley family",
        ON2,
        "Please see HTML version.",
        _html_02(),
    )


CASES: tuple[CouncilCase, ...] = (
    CouncilCase(
        case_id="heldout6-monmouthshire-taf-01",
        council=COUNCIL,
        source_url=URL,
        source_title=TITLE,
        layout="Word TAF referral opening with 'What matters to the family?' in the family's words; support ☒/☐ row; Forename | Surname grid with 'At home'; postcode typed lower case 'dy1 2qp'; Abergavenny NP7 office in the referrer block; both parents and the 14-year-old sign",
        filename="referral.docx",
        assessment_date=ON1,
        build=_build_01,
        expected=Expected(
            form_type="early_help_assessment",
            people=(
                person("Nathan Jones", date(1988, 3, 12), True, ON1),
                person("Carys Jones", date(1989, 7, 29), True, ON1),
                person("Dylan Jones", date(2012, 5, 5), True, ON1),
                person("Iwan Jones", date(2015, 10, 18), False, ON1),
            ),
            postcode="DY1 2QP",
            lead_professional_name="Seren Powell",
            lead_professional_email="seren.powell@monmouthshire.example.gov.uk",
            level_of_need=None,
        ),
    ),
    CouncilCase(
        case_id="heldout6-monmouthshire-taf-02",
        council=COUNCIL,
        source_url=URL,
        source_title=TITLE,
        layout="email whose HTML part is the on-line TAF referral (text part 'Please see HTML version.'); address and postcode on one line; 'Who agreed?' names mum and the 16-year-old young carer",
        filename="message.eml",
        assessment_date=ON2,
        build=_build_02,
        expected=Expected(
            form_type="early_help_assessment",
            people=(
                person("Angela Hurley", date(1977, 1, 1), True, ON2),
                person("Keira Hurley", date(2009, 12, 25), True, ON2),
            ),
            postcode="B63 3BL",
            lead_professional_name="Martin Lloyd",
            lead_professional_email="martin.lloyd@carers.example.org.uk",
            level_of_need=None,
        ),
    ),
)
