"""Blackburn with Darwen: the Early Help Assessment and contacts to the Children's Advice and Duty
Service (CADS), on the Continuum of Need and Response (CoNR) framework."""

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
)
from tests.councils.model import CouncilCase, Expected
from tests.councils_heldout6._mail import FRONT_DOOR, with_attachment

URL = "https://blackburndarwenchildcare.proceduresonline.com/p_bwd_mash_pract_guide.html"
TITLE = "Blackburn with Darwen Children's Advice and Duty Service (CADS) Practice Guidance (Children's Continuum of Need and Response Framework – Blackburn with Darwen CSAP; Risk Management Toolkit; Assessment Protocol; Information Sharing Protocol)"
URL2 = "https://docslib.org/doc/5740545/working-well-with-children-families-in-lancashire"
TITLE2 = "Working Well with Children & Families in Lancashire – Part 3 Blackburn with Darwen Children's Services (Section Two: Contacts & Referrals into Children's Social Care – Children's Advice & Duty Service (CADS); Section Four: Early Help Assessments; Early Help Family Support)"
COUNCIL = "Blackburn with Darwen Borough Council"

ON1 = date(2026, 4, 29)


def _build_01() -> bytes:
    blocks: list[object] = [
        Title(
            "Early Help Assessment",
            "Blackburn with Darwen – Working Well with Children and Families",
        ),
        Heading("Continuum of Need and Response – level"),
        Table(
            [
                [
                    FCB(False, "Level 1 Universal"),
                    FCB(True, "Level 2 Universal Plus"),
                    FCB(False, "Level 3 Intensive"),
                    FCB(False, "Level 4 Specialist"),
                ]
            ]
        ),
        Heading("Assessment completed by"),
        Table(
            [
                [L("Name"), FT("Natasha Greenwood"), L("Role"), FT("Family Support Worker")],
                [
                    L("Organisation"),
                    FT("Early Help Family Support, Stourbridge locality"),
                    L("Email"),
                    FT("natasha.greenwood@earlyhelp.example.gov.uk"),
                ],
                [L("Telephone"), FT("07700 900 874"), L("Date completed"), FT("29/04/2026")],
            ]
        ),
        Heading("Family members"),
        grid(
            ["Name", "DOB", "Gender", "Relationship", "Lives at address"],
            [
                [FT("Amy Clarke"), FT("16/12/1989"), FT("F"), FT("Mother"), FCB(True, "Yes")],
                [FT("Jordan Clarke"), FT("21/09/2008"), FT("M"), FT("Son"), FCB(True, "Yes")],
                [
                    FT("Tilly-Rose Clarke"),
                    FT("12/03/2015"),
                    FT("F"),
                    FT("Daughter"),
                    FCB(True, "Yes"),
                ],
                [FT(None), FT(None), FT(None), FT(None), FCB(False, "Yes")],
            ],
        ),
        Table(
            [
                [L("Address"), FT("44 Crystal Drive, Lye, Stourbridge")],
                [L("Postcode"), FT("DY9 7AA")],
            ]
        ),
        Heading("What's working well / what are we worried about?"),
        Para(
            "Mum is warm and keeps a good routine. Tilly-Rose (11) is anxious about moving to high school; Jordan (17) is NEET and up all night gaming."
        ),
        Heading("Consent"),
        Para(
            "I/we have had the Early Help Assessment explained and agree to information being shared with the agencies in the plan."
        ),
        grid(
            ["Name", "Signature", "Date"],
            [
                [FT("Amy Clarke"), FT("A Clarke"), FT("29/04/2026")],
                [FT("Jordan Clarke"), FT("J Clarke"), FT("29/04/2026")],
            ],
        ),
    ]
    return render_docx(blocks)


ON2 = date(2026, 11, 18)


def _docx_02() -> bytes:
    blocks: list[object] = [
        Title(
            "Contact to the Children's Advice and Duty Service (CADS)",
            "Blackburn with Darwen Children's Services",
        ),
        Heading("Continuum of Need and Response – level"),
        Table(
            [
                [
                    FCB(False, "Level 2 Universal Plus"),
                    FCB(False, "Level 3 Intensive"),
                    FCB(True, "Level 4 Specialist"),
                ]
            ]
        ),
        kv(("Discussed with CADS by telephone?", "Yes – 18/11/2026, 11:05")),
        Heading("Child"),
        kv(
            ("Name", "Summer Fletcher"),
            ("DOB", "07/06/2011"),
            ("Address", "3 Birch Close, Pensnett, DY6 7AA"),
            per_row=3,
        ),
        Heading("Household"),
        grid(
            ["Name", "DOB", "Relationship"],
            [
                ["Kelly Fletcher", "10/10/1985", "Mother"],
                ["Ryan Doherty", "22/02/1983", "Step-father"],
            ],
        ),
        Heading("Referrer"),
        kv(
            ("Name", "Helen Marsh"),
            ("Role", "DSL, Pensnett School of Technology, DY5 4HB"),
            ("Email", "h.marsh@pensnett.example.sch.uk"),
            ("Date", "18/11/2026"),
            per_row=2,
        ),
        Heading("Concerns"),
        Para(
            "Summer (15) disclosed that her step-father has been coming into her room at night. Summer does not want her mother told yet; parents not informed on CADS advice."
        ),
        Heading("Consent"),
        kv(("Has consent been obtained?", "No – consent not sought: risk of significant harm")),
    ]
    return render_docx(blocks)


def _build_02() -> bytes:
    return with_attachment(
        "Helen Marsh <h.marsh@pensnett.example.sch.uk>",
        FRONT_DOOR,
        "URGENT - Level 4 contact (phoned through) - S.F.",
        ON2,
        "Please see the attached contact form. I phoned this through at 11:05. I have used the Blackburn with Darwen CADS form from my last school.\n\nHelen Marsh, DSL",
        _docx_02(),
        "CADS contact.docx",
    )


CASES: tuple[CouncilCase, ...] = (
    CouncilCase(
        case_id="heldout6-blackburn-darwen-eha-01",
        council=COUNCIL,
        source_url=URL2,
        source_title=TITLE2,
        layout="Word EHA in legacy FORMTEXT fields with FORMCHECKBOX level boxes (CoNR Level 2 Universal Plus checked) and 'Lives at address' boxes; an empty family row of five en-spaces; address and postcode in separate rows; mum and the 17-year-old sign",
        filename="referral.docx",
        assessment_date=ON1,
        build=_build_01,
        expected=Expected(
            form_type="early_help_assessment",
            people=(
                person("Amy Clarke", date(1989, 12, 16), True, ON1),
                person("Jordan Clarke", date(2008, 9, 21), True, ON1),
                person("Tilly-Rose Clarke", date(2015, 3, 12), False, ON1),
            ),
            postcode="DY9 7AA",
            lead_professional_name="Natasha Greenwood",
            lead_professional_email="natasha.greenwood@earlyhelp.example.gov.uk",
            level_of_need=2,
        ),
    ),
    CouncilCase(
        case_id="heldout6-blackburn-darwen-cads-01",
        council=COUNCIL,
        source_url=URL,
        source_title=TITLE,
        layout="email with a Word CADS contact form attached: 'Level 4 Specialist' FORMCHECKBOX checked and phoned through; consent not sought because of risk of significant harm; school's DY5 4HB in the referrer's role cell",
        filename="message.eml",
        assessment_date=ON2,
        build=_build_02,
        expected=Expected(
            form_type="early_help_assessment",
            people=(
                person("Summer Fletcher", date(2011, 6, 7), False, ON2),
                person("Kelly Fletcher", date(1985, 10, 10), False, ON2),
                person("Ryan Doherty", date(1983, 2, 22), False, ON2),
            ),
            postcode="DY6 7AA",
            lead_professional_name="Helen Marsh",
            lead_professional_email="h.marsh@pensnett.example.sch.uk",
            level_of_need=4,
            safeguarding=True,
            queue_reason="safeguarding_concern",
        ),
    ),
)
