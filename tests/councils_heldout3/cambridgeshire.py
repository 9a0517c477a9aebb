"""Cambridgeshire: Early Help Assessment (EHA), submitted to the Early Help Hub (Think Family: one
Lead Professional, one family assessment, one family plan)."""

# ruff: noqa: E501  (wording follows the published pages)

from datetime import date

from tests.councils.kit import (
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

URL1 = "https://www.cambridgeshire.gov.uk/residents/children-and-families/parenting-and-family-support/providing-children-and-family-services-how-we-work"
TITLE1 = "Cambridgeshire County Council – Integrated Front Door (MASH and Early Help): before starting an Early Help Assessment the assessor should contact the Early Help Hub to check if an EHA already exists"
URL2 = "https://www.cambridgeshire.gov.uk/residents/children-and-families/parenting-and-family-support/providing-children-and-family-services-how-we-work/think-family/"
TITLE2 = "Cambridgeshire County Council – Think Family (One Lead Professional nominated to co-ordinate the work with the family; one thorough family assessment – the Early Help Assessment; one family plan)"

HUB_Q = "Have you contacted the Early Help Hub to check if an EHA already exists?"
THINK = (
    "Cambridgeshire works in a Think Family way: one Lead Professional, nominated to co-ordinate the work with the "
    "family; one thorough family assessment; one family plan, managed by the Lead Professional."
)


ON1 = date(2026, 3, 3)


def _build_01() -> bytes:
    blocks = [
        Title("Early Help Assessment (EHA)", "Cambridgeshire"),
        Para(THINK),
        kv(
            (HUB_Q, "Yes – 02/03/2026, no existing EHA"),
            ("Date of assessment", "03/03/2026"),
            per_row=2,
        ),
        Heading("Assessor"),
        kv(
            ("Name", "Rebecca Summers"),
            ("Role", "Nursery Manager"),
            ("Setting", "Little Explorers Nursery, Stafford Street, Dudley DY1 1RT"),
            ("Email", "rebecca@littleexplorers.example.co.uk"),
            per_row=2,
        ),
        Heading("Lead Professional"),
        kv(
            ("Name", "Carl Benton"),
            ("Role", "Family Worker, Dudley Central Family Hub"),
            ("Email", "carl.benton@familyhub.example.gov.uk"),
            ("Telephone", "01632 960 273"),
            per_row=2,
        ),
        Heading("Family address"),
        kv(("Address", "40 Stafford Street, Dudley"), ("Postcode", "DY1 4RN"), per_row=2),
        Heading("Family members"),
        Table(
            [
                [L(""), L("Person 1"), L("Person 2"), L("Person 3"), L("Person 4"), L("Person 5")],
                [L("Name"), "Gemma Fox", "Liam Shaw", "Harvey Fox", "Ivy Shaw", "Brenda Fox"],
                [
                    L("Date of birth"),
                    "14/06/1995",
                    "03/11/1993",
                    "28/08/2018",
                    "10/01/2023",
                    "21/04/1966",
                ],
                [
                    L("Relationship"),
                    "Mother",
                    "Mother’s partner, Ivy’s father",
                    "Son",
                    "Daughter",
                    "Maternal grandmother",
                ],
                [
                    L("Lives at the family address?"),
                    "Yes",
                    "Yes",
                    "Yes",
                    "Yes",
                    "No – lives in Brierley Hill",
                ],
                [
                    L("Agrees to this EHA being shared (signature)"),
                    "G Fox",
                    "Liam Shaw",
                    "",
                    "",
                    "",
                ],
            ],
            [1.6, 1, 1, 1, 1, 1],
        ),
        Heading("What is going well? What are we worried about? What needs to happen?"),
        Table(
            [
                [
                    L("Going well"),
                    "Harvey loves nursery; Liam works full time and does the school run.",
                ],
                [
                    L("Worried about"),
                    "Harvey’s speech is 18 months delayed; Gemma low since Ivy’s birth; the flat is damp.",
                ],
                [
                    L("Needs to happen"),
                    "Speech and language referral; perinatal mental health; landlord contacted about damp; TAF in six weeks.",
                ],
            ],
            [1, 4],
        ),
    ]
    return render_docx(blocks)


ON2 = date(2026, 7, 21)


def _build_02() -> bytes:
    blocks = [
        Title("Early Help Assessment (EHA)", "Cambridgeshire"),
        Para(THINK),
        kv((HUB_Q, "Yes"), ("Date of assessment", "21/07/2026"), per_row=2),
        Heading("Assessor / Lead Professional"),
        kv(
            ("Name", "Aaron Fisher"),
            ("Role", "Head of Year 9, Pensnett School of Technology"),
            ("Address", "High Oak, Pensnett DY5 4NR"),
            ("Email", "a.fisher@pensnett.example.sch.uk"),
            per_row=2,
        ),
        Heading("Family address"),
        kv(("Address", "6 Bradley Road, Pensnett"), ("Postcode", "dy53bb"), per_row=2),
        Heading("Family members"),
        grid(
            ["Name", "Date of birth", "Relationship", "Lives at the family address?"],
            [
                ["Steven Clarke", "30/01/1979", "Father", "Yes"],
                ["Maureen Clarke", "12/05/1952", "Paternal grandmother", "Yes"],
                ["Ethan Clarke", "21/07/2012", "Son", "Yes"],
                ["Grace Clarke", "02/12/2015", "Daughter", "Yes"],
            ],
        ),
        Heading("What is going well? What are we worried about? What needs to happen?"),
        kv(
            ("Going well", "Dad and nan work well together; both children attend well."),
            (
                "Worried about",
                "Ethan has been bullied online and is self-isolating in his room; Grace has started hiding food.",
            ),
            (
                "Needs to happen",
                "School counsellor for Ethan; online safety session for the family; school nurse to see Grace.",
            ),
        ),
        Heading("Consent"),
        Para(
            "We agree to this Early Help Assessment and to it being shared with the Early Help Hub and the services in our plan."
        ),
        grid(
            ["Name", "Signature", "Date"],
            [
                ["Steven Clarke", "S Clarke", "21/07/2026"],
                ["Maureen Clarke", "M. Clarke", "21/07/2026"],
                ["Ethan Clarke", "Ethan Clarke", "21/07/2026"],
            ],
        ),
    ]
    return render_pdf(blocks, "Early Help Assessment")


CASES: tuple[CouncilCase, ...] = (
    CouncilCase(
        case_id="heldout3-cambridgeshire-eha-01",
        council="Cambridgeshire County Council",
        source_url=URL1,
        source_title=TITLE1,
        layout="Word EHA: the Early Help Hub check first; assessor (nursery, DY1 1RT) and a separate Lead Professional block; family members one column per person (Person 1-5) with a 'Lives at the family address?' row (grandmother 'No') and a signature row signed by both adults",
        filename="referral.docx",
        assessment_date=ON1,
        build=_build_01,
        expected=Expected(
            form_type="early_help_assessment",
            people=(
                person("Gemma Fox", date(1995, 6, 14), True, ON1),
                person("Liam Shaw", date(1993, 11, 3), True, ON1),
                person("Harvey Fox", date(2018, 8, 28), False, ON1),
                person("Ivy Shaw", date(2023, 1, 10), False, ON1),
            ),
            postcode="DY1 4RN",
            lead_professional_name="Carl Benton",
            lead_professional_email="carl.benton@familyhub.example.gov.uk",
            level_of_need=None,
        ),
    ),
    CouncilCase(
        case_id="heldout3-cambridgeshire-eha-02",
        council="Cambridgeshire County Council",
        source_url=URL2,
        source_title=TITLE2,
        layout="flattened PDF EHA: one 'Assessor / Lead Professional' block with the school's DY5 4NR address; postcode typed 'dy53bb'; the resident grandmother and the son who turns 14 on the day sign the consent grid",
        filename="referral.pdf",
        assessment_date=ON2,
        build=_build_02,
        expected=Expected(
            form_type="early_help_assessment",
            people=(
                person("Steven Clarke", date(1979, 1, 30), True, ON2),
                person("Maureen Clarke", date(1952, 5, 12), True, ON2),
                person("Ethan Clarke", date(2012, 7, 21), True, ON2),
                person("Grace Clarke", date(2015, 12, 2), False, ON2),
            ),
            postcode="DY5 3BB",
            lead_professional_name="Aaron Fisher",
            lead_professional_email="a.fisher@pensnett.example.sch.uk",
            level_of_need=None,
        ),
    ),
)
