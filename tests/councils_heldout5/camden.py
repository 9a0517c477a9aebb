"""Camden: the CAF referral form professionals complete and e-mail to the MASH (Children and
Families Contact Service: MASH and First Stop Early Help team)."""

# ruff: noqa: E501  (wording follows the published page)

from datetime import date

from tests.councils.kit import (
    FCB,
    FT,
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

URL = "https://www.camdenrise.co.uk/web/guest/childrens-safeguarding-social-work"
TITLE = "Camden Council – Are you worried about a child? (Children and Families Contact Service: the Multi-agency Safeguarding Hub (MASH) and the First Stop Early Help team; CAF referrals by professionals: complete a CAF referral form and email it to MASH; threshold criteria)"

COUNCIL = "London Borough of Camden"

ON1 = date(2026, 3, 5)


def _build_01() -> bytes:
    blocks: list[object] = [
        Title(
            "Common Assessment Framework (CAF) – referral form",
            "Camden Children and Families Contact Service – First Stop Early Help",
        ),
        Para(
            "Complete this form when additional needs cannot be met by universal services, and email it to the MASH."
        ),
        Heading("Practitioner completing the CAF"),
        Table(
            [
                [
                    L("Name"),
                    FT("Natalie Brooks"),
                    L("Agency"),
                    FT("Brierley Hill Children's Centre"),
                ],
                [
                    L("Address"),
                    FT("Brierley Hill Children's Centre, Bank Street, DY5 4AQ"),
                    L("Telephone"),
                    FT("01632 960 348"),
                ],
                [
                    L("Email"),
                    FT("n.brooks@cc.example.gov.uk"),
                    L("Date CAF completed"),
                    FT("05/03/2026"),
                ],
            ]
        ),
        Heading("Details of the child or young person"),
        Table(
            [
                [L("Given name(s)"), FT("Maisie"), L("Family name"), FT("Holloway")],
                [L("Date of birth"), FT("12/12/2022"), L("Gender"), FCB(True, "Female")],
                [L("Address"), FT("8 Swan Street, Dudley"), L("Postcode"), FT("DY2 9HF")],
                [L("GP"), FT("Netherton Health Centre"), L("Nursery"), FT(None)],
            ]
        ),
        Heading("Parents/carers and other family members"),
        grid(
            [
                "Name",
                "Relationship",
                "Date of birth",
                "Lives with child",
                "Parental responsibility",
            ],
            [
                [
                    FT("Danielle Holloway"),
                    FT("Mother"),
                    FT("07/04/2003"),
                    FCB(True, "Yes"),
                    FCB(True, "Yes"),
                ],
                [
                    FT("Marcus Holloway-Bennett"),
                    FT("Father"),
                    FT("19/08/2001"),
                    FCB(True, "Yes"),
                    FCB(True, "Yes"),
                ],
                [
                    FT("Pauline Holloway"),
                    FT("Maternal grandmother"),
                    FT(None),
                    FCB(False, "Yes"),
                    FCB(False, "Yes"),
                ],
            ],
        ),
        Heading("Assessment summary"),
        kv(
            (
                "Development of the child",
                "Maisie (3) has no words yet and does not point; hearing test booked.",
            ),
            ("Parents and carers", "Young parents, both keen; Dad works nights; Mum isolated."),
            (
                "Family and environment",
                "One-bedroom flat, damp. Grandmother lives in Wolverhampton and visits at weekends.",
            ),
        ),
        Heading("Consent"),
        Para(
            "I understand the information recorded on this form and agree that it may be shared with the services named to help my family."
        ),
        grid(
            ["Name", "Signature", "Date"],
            [
                [FT("Danielle Holloway"), FT("D Holloway"), FT("05/03/2026")],
                [FT("Marcus Holloway-Bennett"), FT("M Holloway-Bennett"), FT("05/03/2026")],
            ],
        ),
    ]
    return render_docx(blocks)


ON2 = date(2026, 8, 20)


def _build_02() -> bytes:
    blocks: list[object] = [
        Title(
            "Common Assessment Framework (CAF) – referral form",
            "Camden Children and Families Contact Service – First Stop Early Help",
        ),
        Heading("Practitioner completing the CAF"),
        kv(
            ("Name", "Priya Banerjee"),
            ("Agency", "Parent Support Adviser, Maidenhill Primary"),
            ("Address", "Maidenhill Primary, Stourbridge DY9 8RL"),
            ("Email", "p.banerjee@maidenhill.example.sch.uk"),
            ("Date CAF completed", "20/08/2026"),
            per_row=2,
        ),
        Heading("Details of the child or young person"),
        kv(
            ("Given name(s)", "Harvey"),
            ("Family name", "Lloyd"),
            ("Date of birth", "02/02/2015"),
            ("Address", "Staying with a friend of Mum's in Lye – address not given"),
            ("Postcode", "Not known"),
            ("Previous school", "St Aloysius RC Primary, London NW1 1LG"),
            per_row=2,
        ),
        Heading("Parents/carers and other family members"),
        grid(
            ["Name", "Relationship", "Date of birth", "Lives with child"],
            [
                ["Natasha Lloyd", "Mother", "29/05/1990", "Yes"],
                ["Tilly Lloyd", "Sister", "18/10/2019", "Yes"],
            ],
        ),
        Heading("Assessment summary"),
        Para(
            "Family fled Camden in July because of threats from Mum's ex-partner (police aware, crime reference given). "
            "Harvey (11) has started at Maidenhill; Tilly has no school place. Mum needs housing advice and an in-year admission for Tilly."
        ),
        Heading("Consent"),
        grid(["Name", "Signature", "Date"], [["Natasha Lloyd", "N Lloyd", "20/08/2026"]]),
    ]
    return render_pdf(blocks, "CAF referral")


CASES: tuple[CouncilCase, ...] = (
    CouncilCase(
        case_id="heldout5-camden-caf-01",
        council=COUNCIL,
        source_url=URL,
        source_title=TITLE,
        layout="Word CAF referral in legacy FORMTEXT fields (empty nursery field five en-spaces) with FORMCHECKBOX Yes boxes: practitioner's children's centre DY5 4AQ first; Given name(s) / Family name pairs; father with a double-barrelled surname; grandmother row with unticked 'Lives with child' and no date of birth; both parents sign",
        filename="referral.docx",
        assessment_date=ON1,
        build=_build_01,
        expected=Expected(
            form_type="early_help_assessment",
            people=(
                person("Maisie Holloway", date(2022, 12, 12), False, ON1),
                person("Danielle Holloway", date(2003, 4, 7), True, ON1),
                person("Marcus Holloway-Bennett", date(2001, 8, 19), True, ON1),
            ),
            postcode="DY2 9HF",
            lead_professional_name="Natalie Brooks",
            lead_professional_email="n.brooks@cc.example.gov.uk",
            level_of_need=None,
        ),
    ),
    CouncilCase(
        case_id="heldout5-camden-caf-02",
        council=COUNCIL,
        source_url=URL,
        source_title=TITLE,
        layout="flattened PDF CAF referral for a family staying with a friend: child's Postcode 'Not known'; the only postcodes are the school's DY9 8RL and the previous London school's NW1 1LG; mother signs",
        filename="referral.pdf",
        assessment_date=ON2,
        build=_build_02,
        expected=Expected(
            form_type="early_help_assessment",
            people=(
                person("Harvey Lloyd", date(2015, 2, 2), False, ON2),
                person("Natasha Lloyd", date(1990, 5, 29), True, ON2),
                person("Tilly Lloyd", date(2019, 10, 18), False, ON2),
            ),
            postcode=None,
            lead_professional_name="Priya Banerjee",
            lead_professional_email="p.banerjee@maidenhill.example.sch.uk",
            level_of_need=None,
            queue_reason="postcode_missing",
        ),
    ),
)
