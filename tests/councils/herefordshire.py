"""Herefordshire: Multi-Agency Referral Form (consent section before the child's details)."""

# ruff: noqa: E501  (labels and answers are copied verbatim from the published form)

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
)
from tests.councils.model import CouncilCase, Expected

URL = "https://docsbay.net/accommodation-to-become-looked-after"
TITLE = "Herefordshire Multi-Agency Referral Form (Amended February 2017)"
ON = date(2026, 2, 3)


def _yes(on: bool = True) -> Boxes:
    return Boxes((CB(on, "Yes"), CB(not on, "No")))


def _build() -> bytes:
    blocks = [
        Title("Herefordshire Multi-Agency Referral Form", "Amended February 2017"),
        Para(
            "This form is to be used by all professional agencies referring a child/young person to "
            "Children’s Well Being Services (Children’s Social Care) for assessment as a child in need of:"
        ),
        Table(
            [
                [CB(True, "support services;")],
                [CB(False, "child protection; or")],
                [CB(False, "accommodation (to become looked after).")],
            ]
        ),
        Para(
            "It is your responsibility to provide as much information as possible and to inform the "
            "parent/carer of your referral unless in doing so you believe that the child/young person "
            "would be placed at risk of significant harm."
        ),
        Para(
            "If you do not have any relevant information for specific sections please state “No "
            "Information Available” or “Not Applicable”. Please do not leave sections blank."
        ),
        Heading("Consent"),
        kv(
            ("Have you informed the child/family that you are making this referral?", _yes()),
            ("If ‘no’, please state why not:", "Not Applicable"),
            ("Has consent been obtained for the sharing of information between agencies?", _yes()),
            (
                "Who gave the consent?",
                "Kerry Walsh (mother) and Jordan Walsh (aged 15) – both "
                "agreed in person on 03/02/2026",
            ),
            (
                "Whose information is covered by the consent?",
                "Kerry Walsh, Jordan Walsh and Mia Walsh",
            ),
            widths=[3, 4],
        ),
        Heading("Details of the child(ren)"),
        Para("Record details of unborn baby, infant, child or young person being referred"),
        grid(
            [
                "Name",
                "Also known as",
                "Date of birth/EDD",
                "Male/Female",
                "School/Early Years setting",
            ],
            [
                ["Jordan Walsh", "", "22/07/2010", "Male", "The Dormston School"],
                ["Mia Walsh", "", "14/12/2017", "Female", "Priory Primary School"],
            ],
        ),
        kv(
            ("Home address", "27 Priory Street, Dudley"),
            ("Postcode", "DY1 4RN"),
            ("Telephone", "07700 900 611"),
            per_row=3,
        ),
        Heading("Details of parents/carers"),
        grid(
            [
                "Name",
                "D.O.B.",
                "Relationship to child",
                "Parental responsibility?",
                "Address & postcode (if different)",
            ],
            [
                ["Kerry Walsh", "05/01/1988", "Mother", "Yes", "Same as child"],
                [
                    "Paul Walsh",
                    "17/09/1985",
                    "Father (does not live at the home)",
                    "Yes",
                    "4 Canal Side, Tipton DY4 7AA",
                ],
            ],
        ),
        Heading("Details of referrer"),
        kv(
            ("Name", "Anita Kaur"),
            ("Role", "Designated Safeguarding Lead"),
            ("Agency", "The Dormston School"),
            ("Address", "Mill Bank, Sedgley, DY3 1SN"),
            ("Telephone", "01632 960 871"),
            ("Email", "a.kaur@dormston.example.sch.uk"),
            ("Date of referral", "03/02/2026"),
            per_row=2,
        ),
    ]
    return render_docx(blocks, header="OFFICIAL – SENSITIVE when complete")


CASES: tuple[CouncilCase, ...] = (
    CouncilCase(
        case_id="herefordshire-marf-01",
        council="Herefordshire Council",
        source_url=URL,
        source_title=TITLE,
        layout="Word MARF: Consent questions ('Who gave the consent?' in words) come before the "
        "child's details; a non-resident father listed with his own Tipton address; referrer last",
        filename="referral.docx",
        assessment_date=ON,
        build=_build,
        expected=Expected(
            form_type="early_help_assessment",
            people=(
                person("Kerry Walsh", date(1988, 1, 5), True, ON),
                person("Jordan Walsh", date(2010, 7, 22), True, ON),
                person("Mia Walsh", date(2017, 12, 14), False, ON),
            ),
            postcode="DY1 4RN",
            lead_professional_name="Anita Kaur",
            lead_professional_email="a.kaur@dormston.example.sch.uk",
            level_of_need=None,
        ),
    ),
)
