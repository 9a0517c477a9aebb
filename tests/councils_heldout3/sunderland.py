"""Sunderland: Early Help Registration and Consent Form (sent with the Early Help Plan to the Early
Help Advice and Allocations Team)."""

# ruff: noqa: E501  (wording follows the published page)

from datetime import date

from tests.councils.kit import (
    Heading,
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

URL = "https://www.sunderlandccg.nhs.uk/corporate/safeguarding/safeguarding-children/resources/information-for-professionals/"
TITLE = "Sunderland – Information for professionals (Early Help Assessments: send a Registration and Consent Form, signed by the parent, and your current Early Help Plan; SSCB Multi Agency Guide to our Thresholds of Need)"

PURPOSE = (
    "To make a request for additional Early Help support, please send this Registration and Consent Form, "
    "signed by the parent, and your current Early Help Plan and any Reviews to the Early Help Advice and "
    "Allocations Team. For enquiries about Early Help Assessments please ring 0191 561 4084."
)
THRESHOLD = "Please say which level of the SSCB Multi Agency Guide to our Thresholds of Need the family’s needs sit at."
CONSENT = (
    "I/We agree to this registration and to the Early Help Plan being shared with the Early Help Advice and "
    "Allocations Team and the services who can support my/our family. I/We understand that information may be "
    "shared without consent if a child is at risk of significant harm."
)


def _form(
    children: list[list[str]],
    adults: list[list[str]],
    address: str,
    postcode: str,
    practitioner: tuple[tuple[str, str], ...],
    level: str,
    signatures: list[list[str]],
    on: str,
) -> list[object]:
    return [
        Title("Early Help Registration and Consent Form", "Sunderland Early Help"),
        Para(PURPOSE),
        Heading("Section A – Children and young people in the family"),
        grid(["Full name", "Date of birth", "Gender", "School / setting"], children),
        Heading("Section B – Parents / carers and other adults in the household"),
        grid(
            ["Full name", "Date of birth", "Relationship to children", "Parental responsibility"],
            adults,
        ),
        kv(("Family address", address), ("Postcode", postcode), per_row=2),
        Heading("Section C – Lead Practitioner completing the Early Help Plan"),
        kv(*practitioner, per_row=2),
        Heading("Section D – Level of need"),
        Para(THRESHOLD),
        kv(("Level of need (SSCB Thresholds of Need)", level)),
        Heading("Section E – Consent"),
        Para(CONSENT),
        grid(["Name", "Relationship", "Signature", "Date"], signatures),
        kv(("Date form completed", on)),
    ]


ON1 = date(2026, 2, 5)


def _build_01() -> bytes:
    blocks = _form(
        children=[
            ["Jayden Robson", "20/11/2011", "M", "Crestwood School (Year 9)"],
            ["Evie-Rose Robson", "09/06/2016", "F", "Church of the Ascension Primary (Year 4)"],
        ],
        adults=[
            ["Michelle Robson", "12/03/1985", "Mother", "Yes"],
            ["Paul Robson", "28/07/1983", "Father", "Yes"],
        ],
        address="44 Kingswinford Road, Wall Heath, Kingswinford",
        postcode="DY6 0LQ",
        practitioner=(
            ("Name", "Sian Roberts"),
            ("Role / agency", "Family Support Worker, Crestwood School"),
            ("Telephone", "01632 960 481"),
            ("Email", "s.roberts@crestwood.example.sch.uk"),
            ("Work address", "Crestwood School, Bromley Lane, Kingswinford DY6 8QG"),
        ),
        level="Level 2 (green)",
        signatures=[
            ["Michelle Robson", "Mother", "M Robson", "05/02/2026"],
            ["Paul Robson", "Father", "P. Robson", "05/02/2026"],
            ["Jayden Robson", "Young person (14)", "Jayden R", "05/02/2026"],
        ],
        on="05/02/2026",
    )
    blocks.append(Heading("Early Help Plan – summary"))
    blocks.append(
        Table(
            [
                [
                    "Jayden refusing school two days a week; Evie-Rose anxious at bedtime since the family’s house move. Plan: school mentor for Jayden, "
                    "sleep routine work with mum and dad, referral to the Young People’s Emotional Wellbeing drop-in. Review 19/03/2026."
                ]
            ]
        )
    )
    return render_docx(blocks, header="Sunderland Early Help – Registration and Consent Form")


ON2 = date(2026, 5, 14)


def _build_02() -> bytes:
    blocks = _form(
        children=[
            ["Chloe Anne Bennett", "03/09/2010", "F", "Red House Academy (Year 10)"],
            ["Harry Bennett", "17/02/2019", "M", "Mill Hill Primary (Year 2)"],
        ],
        adults=[["Laura Bennett", "06/10/1989", "Mother", "Yes"]],
        address="Flat 12, Priory Court, Dudley",
        postcode="DY1 1AA",
        practitioner=(
            ("Name", "Omar Siddiqui"),
            ("Role / agency", "School Nurse, 0-19 Service"),
            ("Telephone", "01632 960 733"),
            ("Email", "omar.siddiqui@nhs.example.net"),
            ("Work address", "Dudley Central Clinic, Hall Street, Dudley DY2 7BX"),
        ),
        level="",
        signatures=[
            ["Laura Bennett", "Mother", "L Bennett", "14/05/2026"],
            ["Chloe Bennett", "Young person", "", ""],
        ],
        on="14/05/2026",
    )
    blocks.append(Heading("Early Help Plan – summary"))
    blocks.append(
        Table(
            [
                [
                    "Chloe self-harming (superficial) and not sleeping; mum is struggling to get Harry to school on time. "
                    "Chloe did not want to sign today – she will think about it. Plan: school nurse weekly, Kooth, family support for routines."
                ]
            ]
        )
    )
    return render_pdf(blocks, "Early Help Registration and Consent Form")


CASES: tuple[CouncilCase, ...] = (
    CouncilCase(
        case_id="heldout3-sunderland-rcf-01",
        council="Sunderland City Council",
        source_url=URL,
        source_title=TITLE,
        layout="Word registration and consent form sent with the Early Help Plan: children and adults in separate grids, address and Postcode side by side, the school's DY6 postcode in the Lead Practitioner block; level typed 'Level 2 (green)'; Name | Relationship | Signature | Date consent grid signed by both parents and the 14-year-old",
        filename="referral.docx",
        assessment_date=ON1,
        build=_build_01,
        expected=Expected(
            form_type="early_help_assessment",
            people=(
                person("Jayden Robson", date(2011, 11, 20), True, ON1),
                person("Evie-Rose Robson", date(2016, 6, 9), False, ON1),
                person("Michelle Robson", date(1985, 3, 12), True, ON1),
                person("Paul Robson", date(1983, 7, 28), True, ON1),
            ),
            postcode="DY6 0LQ",
            lead_professional_name="Sian Roberts",
            lead_professional_email="s.roberts@crestwood.example.sch.uk",
            level_of_need=2,
        ),
    ),
    CouncilCase(
        case_id="heldout3-sunderland-rcf-02",
        council="Sunderland City Council",
        source_url=URL,
        source_title=TITLE,
        layout="flattened PDF of the same registration and consent form: level left blank; the 15-year-old's row in the consent grid has no signature or date (the plan summary says she did not want to sign)",
        filename="referral.pdf",
        assessment_date=ON2,
        build=_build_02,
        expected=Expected(
            form_type="early_help_assessment",
            people=(
                person("Chloe Anne Bennett", date(2010, 9, 3), False, ON2),
                person("Harry Bennett", date(2019, 2, 17), False, ON2),
                person("Laura Bennett", date(1989, 10, 6), True, ON2),
            ),
            postcode="DY1 1AA",
            lead_professional_name="Omar Siddiqui",
            lead_professional_email="omar.siddiqui@nhs.example.net",
            level_of_need=None,
            queue_reason="consent_missing",
        ),
    ),
)
