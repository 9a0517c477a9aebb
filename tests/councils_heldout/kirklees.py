"""Kirklees: Child Protection Family Support – Multi-Agency Referral Form (MARF)."""

# ruff: noqa: E501  (labels are copied verbatim from the published form)

from datetime import date

from tests.councils.kit import CB, Boxes, Heading, Para, Title, grid, kv, person, render_pdf
from tests.councils.model import CouncilCase, Expected

URL = "https://docsbay.net/kirklees-council-child-protection-family-support-multi-agency-referral-form-marf"
TITLE = "Kirklees Council Child Protection Family Support – Multi-Agency Referral Form (MARF)"
ON = date(2026, 2, 9)


def _build() -> bytes:
    blocks = [
        Title("Kirklees Council Child Protection Family Support – Multi-Agency Referral Form (MARF)"),
        Para(
            "The purpose of the MARF is to support information sharing and decision making about children "
            "and young people in need of protection and support to ensure they receive the right help from "
            "the right agency at the right time. This form must be completed as comprehensively as possible "
            "for children and families in need of help and support at all levels of the CoNR."
        ),
        Heading("Child/ren/young person subject to the referral details:"),
        grid(
            ["First Name", "Surname", "Child’s DOB", "M/F", "Ethnicity", "First Language", "School / Nursery", "Home Address"],
            [
                ["Kacper", "Nowak", "14/02/2011", "M", "White Polish", "Polish", "Ridgewood Academy", "5 Ketley Road, Stourbridge DY9 0QQ"],
                ["Zofia", "Nowak", "30/06/2014", "F", "White Polish", "Polish", "Pedmore Primary", "As above"],
            ],
        ),
        Para("Does the child/young person have a disability or additional health issues? If so please provide details.  No"),
        Heading("Parents, other members of the household and significant family members:"),
        grid(
            ["Full Name", "Relationship to child", "DOB", "M/F", "Ethnicity", "First Language", "Home Address", "Contact No"],
            [
                ["Agnieszka Nowak", "Mother", "02/09/1986", "F", "White Polish", "Polish", "5 Ketley Road, Stourbridge DY9 0QQ", "07700 900 702"],
                ["Piotr Nowak", "Father", "17/03/1984", "M", "White Polish", "Polish", "Flat 3, 18 Trinity Street, Huddersfield HD1 4DX (separated, not at home)", "07700 900 703"],
                ["Marek Zielinski", "Maternal uncle (lives with family)", "25/12/1990", "M", "White Polish", "Polish", "5 Ketley Road, Stourbridge DY9 0QQ", "07700 900 704"],
            ],
        ),
        Heading("Parental responsibility"),
        grid(["Child", "Person with PR", "Relationship to child"], [["Kacper and Zofia", "Agnieszka Nowak, Piotr Nowak", "Mother, Father"]]),
        Heading("Consent"),
        Para(
            "Help and support to children and families presenting at level, 2 and 3 of the Continuum of Need "
            "Response (CoNR) can only be provided on the basis of informed consent. Concerns at level 4 of the "
            "CoNR do not require consent for referrals to be made or information shared."
        ),
        Para(
            "Informed consent means that the person on whose behalf the referral is being made understands "
            "that any offer or help will be based on an assessment of need and that this will require agencies "
            "to share information."
        ),
        kv(
            ("Level of the CoNR", Boxes((CB(False, "Level 2"), CB(True, "Level 3"), CB(False, "Level 4")))),
            ("Has informed consent been given?", Boxes((CB(True, "Yes"), CB(False, "No")))),
            ("Name(s) of person(s) giving consent", "Agnieszka Nowak (mother), Marek Zielinski (uncle) and Kacper Nowak (aged 14), at a meeting in school on 09/02/2026"),
        ),
        Heading("Referrer details"),
        kv(
            ("Name", "Helen Ashworth"),
            ("Role", "Head of Year 10"),
            ("Agency", "Ridgewood Academy, Park Road West, Stourbridge DY8 1QX"),
            ("Telephone", "01632 960 720"),
            ("Email", "h.ashworth@ridgewood.example.sch.uk"),
            ("Date", "09/02/2026"),
            per_row=2,
        ),
        Heading("Reason for referral"),
        Para(
            "Kacper is caring for his sister most evenings while his mother works night shifts; he has missed "
            "22 sessions this term and presents as exhausted. The family would welcome a Family Support worker."
        ),
    ]
    return render_pdf(blocks, "Kirklees MARF")


CASES: tuple[CouncilCase, ...] = (
    CouncilCase(
        case_id="heldout-kirklees-marf-01",
        council="Kirklees Council",
        source_url=URL,
        source_title=TITLE,
        layout="flattened PDF MARF: eight-column child table with the address in the last column; household table mixing a resident uncle and a separated father at a Huddersfield address; 'Level 3' ticked on the CoNR; consent names the people in words",
        filename="referral.pdf",
        assessment_date=ON,
        build=_build,
        expected=Expected(
            form_type="early_help_assessment",
            people=(
                person("Kacper Nowak", date(2011, 2, 14), True, ON),
                person("Zofia Nowak", date(2014, 6, 30), False, ON),
                person("Agnieszka Nowak", date(1986, 9, 2), True, ON),
                person("Marek Zielinski", date(1990, 12, 25), True, ON),
            ),
            postcode="DY9 0QQ",
            lead_professional_name="Helen Ashworth",
            lead_professional_email="h.ashworth@ridgewood.example.sch.uk",
            level_of_need=3,
        ),
    ),
)
