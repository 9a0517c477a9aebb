"""Suffolk: Multi-Agency Referral Form (to Children's Social Care)."""

# ruff: noqa: E501  (labels are copied verbatim from the published form)

from datetime import date

from tests.councils.kit import (
    CB,
    DOCX_MIME,
    Boxes,
    Heading,
    Mail,
    Para,
    Table,
    Title,
    as_bytes,
    grid,
    kv,
    person,
    render_docx,
    render_pdf,
)
from tests.councils.model import CouncilCase, Expected

URL = "https://ro.scribd.com/document/120871851/Multi-agency-Refferal-form"
TITLE = (
    "Suffolk Multi-Agency Referral Form (to Childrens Social Care) – RESTRICTED (When completed)"
)
GUIDANCE = (
    "This form is to be used to make a referral to Childrens Social Care in relation to a child, or to confirm "
    "in writing a referral already made by telephone (all professionals making telephone referrals to Suffolk "
    "childrens social services must confirm this in writing within 24 hours)."
)
SAFEGUARDING = (
    "Safeguarding concern If you believe that a child or young person may be at imminent and significant risk "
    "of harm, you should call the Customer First immediately on 0808 800 4005 and then fully complete this form "
    "to confirm your referral within 24hrs of your call."
)


def _head() -> list[object]:
    return [
        Para("RESTRICTED (When completed)", bold=True),
        Title("Multi-Agency Referral Form (to Childrens Social Care)"),
        Heading("Important Guidance Please read this section carefully"),
        Para(GUIDANCE),
        Para(SAFEGUARDING),
    ]


ON1 = date(2026, 1, 20)


def _build_01() -> bytes:
    blocks = [
        *_head(),
        Heading("Safeguarding concern"),
        kv(
            (
                "Do you believe this child may be at imminent and significant risk of harm?",
                Boxes((CB(True, "Yes"), CB(False, "No"))),
            ),
            (
                "Telephone referral made to Customer First",
                "Yes - 20/01/2026 09:40, spoke to duty social worker",
            ),
        ),
        Heading("Details of the child"),
        kv(
            ("Surname", "HARRIS"),
            ("Forename(s)", "Poppy Jane"),
            ("Date of birth", "14/02/2018"),
            ("Gender", "Female"),
            ("Address", "8 Stourbridge Road, Lye, Stourbridge DY9 7AA"),
            ("School", "Lye Primary School, Chapel Street, Lye DY9 8BT"),
            per_row=2,
        ),
        Heading("Parents / carers and others in the household"),
        grid(
            ["Name", "Date of birth", "Relationship to child", "Address if different"],
            [
                ["Kelly Harris", "02/04/1994", "Mother", ""],
                ["Jason Clarke", "17/08/1991", "Mother's partner (lives with family)", ""],
            ],
        ),
        Heading("Consent"),
        kv(
            (
                "Have the parents/carers been informed of this referral?",
                Boxes((CB(False, "Yes"), CB(True, "No"))),
            ),
            (
                "If no, why not?",
                "Poppy disclosed that Jason hit her with a belt; bruising seen on her upper arm. Informing the household would place Poppy at further risk.",
            ),
        ),
        Heading("Reason for referral"),
        Table(
            [
                [
                    "Disclosure to class teacher at 08:55 on 20/01/2026. Marks seen by DSL. Poppy is frightened to go home."
                ]
            ]
        ),
        Heading("Referrer"),
        kv(
            ("Name", "Rebecca Hall"),
            ("Role", "Designated Safeguarding Lead"),
            ("Agency", "Lye Primary School"),
            ("Telephone", "01632 960 540"),
            ("Email", "rebecca.hall@lyeprimary.example.sch.uk"),
            ("Date", "20/01/2026"),
            per_row=2,
        ),
    ]
    return render_pdf(blocks, "Multi-Agency Referral Form")


ON2 = date(2026, 2, 24)


def _docx_02() -> bytes:
    blocks = [
        *_head(),
        Heading("Details of the child"),
        kv(
            ("Surname", "KHAN"),
            ("Forename(s)", "Mohammed Ali"),
            ("Date of birth", "11/11/2013"),
            ("Gender", "Male"),
            ("Address", "52 Colley Lane, Cradley, Halesowen"),
            ("Postcode", "B63 3BL"),
            ("GP", "Dr M. Patel, Cradley Surgery, Colley Gate, B63 2UH"),
            ("School", "Windsor High School"),
            per_row=2,
        ),
        Heading("Other children in the household"),
        grid(
            ["Name", "Date of birth", "Relationship", "School"],
            [["Zara Khan", "04/06/2010", "Sister", "Windsor High School (Year 11)"]],
        ),
        Heading("Parents / carers"),
        grid(
            ["Name", "Date of birth", "Relationship to child", "Parental responsibility"],
            [
                ["Nasreen Khan", "01/01/1982", "Mother", "Yes"],
                ["Imran Khan", "15/05/1979", "Father", "Yes"],
            ],
        ),
        Heading("Consent"),
        kv(
            ("Are the parents/carers aware of this referral?", "Yes"),
            (
                "Have they consented to the referral?",
                "Yes - Nasreen and Imran Khan, and Zara (15), agreed at the school nurse drop-in on 24/02/2026",
            ),
        ),
        Heading("Common Assessment Framework"),
        kv(
            (
                "Is a completed common assessment attached?",
                Boxes((CB(True, "Yes"), CB(False, "No"))),
            )
        ),
        Heading("Level of need (Threshold Matrix)"),
        Table(
            [
                [
                    Boxes(
                        (
                            CB(False, "Level 1"),
                            CB(True, "Level 2"),
                            CB(False, "Level 3"),
                            CB(False, "Level 4"),
                        )
                    )
                ]
            ]
        ),
        Heading("Reason for referral"),
        Table(
            [
                [
                    "Mohammed has type 1 diabetes and is missing insulin at school; mother has recently been diagnosed with MS and the family are struggling. Requesting family support."
                ]
            ]
        ),
        Heading("Referrer"),
        kv(
            ("Name", "Joanne Bakewell"),
            ("Role", "School Nurse"),
            ("Agency", "0-19 School Health Service"),
            ("Email", "joanne.bakewell@nhs.example.net"),
            ("Telephone", "01632 960 588"),
            ("Date", "24/02/2026"),
            per_row=2,
        ),
    ]
    return render_docx(blocks, header="RESTRICTED (When completed)")


def _build_02() -> bytes:
    msg = Mail(
        "Joanne Bakewell <joanne.bakewell@nhs.example.net>",
        "earlyhelp.frontdoor@dudley.example.gov.uk",
        "Referral - KHAN - MARF and CAF",
        ON2,
    ).message()
    msg.set_content(
        "Good afternoon,\n\nPlease find attached a MARF for Mohammed Khan. The CAF will follow separately.\n"
        "The family are aware and agree.\n\nKind regards\nJoanne Bakewell\nSchool Nurse\n"
    )
    maintype, subtype = DOCX_MIME
    msg.add_attachment(
        _docx_02(), maintype=maintype, subtype=subtype, filename="MARF KHAN Feb 2026.docx"
    )
    return as_bytes(msg)


CASES: tuple[CouncilCase, ...] = (
    CouncilCase(
        case_id="heldout2-suffolk-marf-01",
        council="Suffolk County Council",
        source_url=URL,
        source_title=TITLE,
        layout="flattened PDF MARF: 'Safeguarding concern … imminent and significant risk of harm' answered Yes with a box, parents not informed; mother's partner in the household table",
        filename="referral.pdf",
        assessment_date=ON1,
        build=_build_01,
        expected=Expected(
            form_type="early_help_assessment",
            people=(
                person("Poppy Jane Harris", date(2018, 2, 14), False, ON1),
                person("Kelly Harris", date(1994, 4, 2), False, ON1),
                person("Jason Clarke", date(1991, 8, 17), False, ON1),
            ),
            postcode="DY9 7AA",
            lead_professional_name="Rebecca Hall",
            lead_professional_email="rebecca.hall@lyeprimary.example.sch.uk",
            level_of_need=None,
            safeguarding=True,
            queue_reason="safeguarding_concern",
        ),
    ),
    CouncilCase(
        case_id="heldout2-suffolk-marf-02",
        council="Suffolk County Council",
        source_url=URL,
        source_title=TITLE,
        layout="email with the Word MARF attached: separate Postcode row, sister in 'Other children' table, consent answer naming both parents and the 15-year-old; 'Level 2' ticked among four level boxes; GP in the B63 district",
        filename="message.eml",
        assessment_date=ON2,
        build=_build_02,
        expected=Expected(
            form_type="early_help_assessment",
            people=(
                person("Mohammed Ali Khan", date(2013, 11, 11), False, ON2),
                person("Zara Khan", date(2010, 6, 4), True, ON2),
                person("Nasreen Khan", date(1982, 1, 1), True, ON2),
                person("Imran Khan", date(1979, 5, 15), True, ON2),
            ),
            postcode="B63 3BL",
            lead_professional_name="Joanne Bakewell",
            lead_professional_email="joanne.bakewell@nhs.example.net",
            level_of_need=2,
        ),
    ),
)
