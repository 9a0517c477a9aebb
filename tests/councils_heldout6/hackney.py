"""Hackney: a request for support to the Hackney MASH (front door to Children's Social Care and
the Early Help Hub)."""

# ruff: noqa: E501  (wording follows the published page)

from datetime import date

from tests.councils.kit import (
    CB,
    Boxes,
    Heading,
    L,
    Para,
    Span,
    Table,
    Title,
    grid,
    kv,
    person,
    render_acroform,
    render_docx,
)
from tests.councils.model import CouncilCase, Expected

URL = "http://www.hackneylocaloffer.co.uk/kb5/hackney/localoffer/service.page?id=_B7Bm1XBLBM&localofferchannel=4"
TITLE = "Hackney MASH (Multi Agency Safeguarding Hub) Children's and Families Service (safeguarding or well-being concerns; make a request for support; the MASH's three core functions: front door for statutory social work, an Early Help Hub, an information sharing and advice hub)"
COUNCIL = "London Borough of Hackney"

ON1 = date(2026, 3, 24)


def _build_01() -> bytes:
    blocks: list[object] = [
        Title(
            "Request for Support", "Hackney Children and Families Service – MASH / Early Help Hub"
        ),
        Para(
            "If you feel a child is at immediate risk of harm, consider whether you need to call the Police on 999."
        ),
        Heading("What are you requesting?"),
        Table(
            [
                [
                    Boxes(
                        (
                            CB(False, "Statutory social work (safeguarding)"),
                            CB(True, "Early Help Hub – advice, guidance, referral to services"),
                            CB(False, "Advice only"),
                        )
                    )
                ]
            ]
        ),
        Heading("Your details"),
        Table(
            [
                [L("Name"), "Hannah Osei", L("Organisation"), "Dudley Family Hub (Lye)"],
                [L("Email"), "hannah.osei@familyhub.example.gov.uk", L("Phone"), "07700 900 615"],
                [L("Address"), Span("Lye Family Hub, Cross Walks Road, DY9 8RL", 3)],
                [
                    L("Date"),
                    "24/03/2026",
                    L("Lead professional (if not you)"),
                    "Kerry Lowe, SENCo, Valley Primary – k.lowe@valley.example.sch.uk",
                ],
            ]
        ),
        Heading("Children and young people"),
        grid(
            ["First name", "Surname", "DOB", "Gender", "School"],
            [
                ["Tyrese", "Campbell-Ward", "08/08/2015", "M", "Valley Primary"],
                ["Amara", "Campbell-Ward", "15/01/2020", "F", "Valley Primary Nursery"],
            ],
        ),
        Heading("Parents / carers"),
        grid(
            ["First name", "Surname", "DOB", "Relationship", "Address if different"],
            [
                ["Chantelle", "Ward", "30/06/1993", "Mother", "Same"],
                ["Andre", "Campbell", "11/11/1990", "Father", "London E8 1DY – weekend contact"],
            ],
        ),
        kv(("Family home address", "9 Stour Vale, Brierley Hill DY5 3BB")),
        Heading("Consent"),
        kv(
            ("Is the family aware of this request?", "Yes"),
            (
                "Has the parent/carer consented?",
                "Yes – Chantelle Ward signed the consent slip 24/03/2026",
            ),
        ),
        Heading("What are your worries? What is working well?"),
        Para(
            "Tyrese (10) has ADHD traits and is excluded at lunchtimes; Mum is a lone carer and wants a parenting programme. The SENCo will coordinate the TAF."
        ),
    ]
    return render_docx(blocks)


ON2 = date(2026, 9, 2)


def _build_02() -> bytes:
    blocks: list[object] = [
        Title(
            "Request for Support", "Hackney Children and Families Service – MASH / Early Help Hub"
        ),
        Heading("What are you requesting?"),
        Table(
            [
                [
                    Boxes(
                        (
                            CB(False, "Statutory social work (safeguarding)", "Check Box1"),
                            CB(True, "Early Help Hub", "Check Box2"),
                            CB(False, "Advice only", "Check Box3"),
                        )
                    )
                ]
            ]
        ),
        Heading("Your details"),
        kv(
            ("Name", "Gary Finch"),
            ("Organisation", "Youth Offending Service"),
            ("Email", "gary.finch@yos.example.gov.uk"),
            ("Date", "02/09/2026"),
            per_row=2,
        ),
        Heading("Children and young people"),
        grid(
            ["First name", "Surname", "DOB", "Gender"],
            [["Callum", "Reilly", "27/04/2010", "M"], ["Sophie", "Reilly", "13/02/2014", "F"]],
        ),
        Heading("Parents / carers"),
        grid(
            ["First name", "Surname", "DOB", "Relationship"],
            [["Donna", "Reilly", "05/05/1978", "Mother"]],
        ),
        kv(("Family home address", "41 Wolverhampton Street, Dudley DY1 1AA")),
        Heading("Consent"),
        kv(
            ("Is the family aware of this request?", "Yes"),
            ("Has the parent/carer consented?", "Yes – Donna Reilly, verbally, 02/09/2026"),
        ),
        Heading("What are your worries?"),
        Para(
            "Callum (16) on a referral order; Sophie (12) worried about him; Mum asks for family support. Callum himself was not present and has not been asked."
        ),
    ]
    return render_acroform(blocks, "Request for Support")


CASES: tuple[CouncilCase, ...] = (
    CouncilCase(
        case_id="heldout6-hackney-rfs-01",
        council=COUNCIL,
        source_url=URL,
        source_title=TITLE,
        layout="Word request for support with the MASH's three functions as ☒/☐ (Early Help Hub ticked); referrer block with the family hub's DY9 8RL in a merged address cell and a 'Lead professional (if not you)' cell naming the SENCo; hyphenated children's surname; father in Hackney E8 with an 'Address if different'",
        filename="referral.docx",
        assessment_date=ON1,
        build=_build_01,
        expected=Expected(
            form_type="early_help_assessment",
            people=(
                person("Tyrese Campbell-Ward", date(2015, 8, 8), False, ON1),
                person("Amara Campbell-Ward", date(2020, 1, 15), False, ON1),
                person("Chantelle Ward", date(1993, 6, 30), True, ON1),
            ),
            postcode="DY5 3BB",
            lead_professional_name="Kerry Lowe",
            lead_professional_email="k.lowe@valley.example.sch.uk",
            level_of_need=None,
        ),
    ),
    CouncilCase(
        case_id="heldout6-hackney-rfs-02",
        council=COUNCIL,
        source_url=URL,
        source_title=TITLE,
        layout="fillable PDF request for support with label-derived field names and checkboxes 'Check Box1'..'Check Box3': mother consents verbally; the 16-year-old on a referral order has not been asked",
        filename="referral.pdf",
        assessment_date=ON2,
        build=_build_02,
        expected=Expected(
            form_type="early_help_assessment",
            people=(
                person("Callum Reilly", date(2010, 4, 27), False, ON2),
                person("Sophie Reilly", date(2014, 2, 13), False, ON2),
                person("Donna Reilly", date(1978, 5, 5), True, ON2),
            ),
            postcode="DY1 1AA",
            lead_professional_name="Gary Finch",
            lead_professional_email="gary.finch@yos.example.gov.uk",
            level_of_need=None,
            queue_reason="consent_missing",
        ),
    ),
)
