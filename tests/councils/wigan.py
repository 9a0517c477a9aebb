"""Wigan: Early Help Part 1 – Assessment (sections 1, 2 and 8)."""

# ruff: noqa: E501  (labels and answers are copied verbatim from the published form)

from datetime import date

from tests.councils.kit import Heading, Para, Table, Title, grid, kv, person, render_docx
from tests.councils.model import CouncilCase, Expected

URL = "https://docsbay.net/early-help-guidance-document"
TITLE = "Wigan Early Help Guidance – Early Help Part 1 – Assessment (sections 1, 2, 8)"
ON = date(2025, 5, 20)


def _build() -> bytes:
    blocks = [
        Title(
            "Early Help Part 1 – Assessment",
            "Early Help number: (given on registration with the EIP Referral Team)",
        ),
        Heading("Section 1: Details of the child or young person"),
        kv(
            ("Forename", "Alfie"),
            ("Surname", "Dunn"),
            ("Date of birth", "02.02.2017"),
            ("Gender", "Male"),
            ("Address", "19 Bean Road, Dudley"),
            ("Postcode", "DY1  2QP"),
            ("School", "Jesson's CE Primary"),
            ("UPN", "—"),
            per_row=2,
        ),
        Heading("Section 2: Details of parent(s) / carer(s)"),
        kv(
            ("Name", "Chantelle Dunn"),
            ("Relationship to child", "Mother"),
            ("Date of birth", "30.08.1992"),
            ("Parental responsibility", "Yes"),
            ("Address", "As Section 1"),
            ("Telephone", "07700 900 342"),
            per_row=2,
        ),
        Para(
            "Additional children living at the main address and not receiving Early Help support",
            bold=True,
        ),
        grid(
            ["Name", "Date of birth", "Relationship to child"],
            [["Kacey Dunn", "11.12.2009", "Half-sister"], ["Bobby Dunn", "06.06.2022", "Brother"]],
        ),
        Heading("Section 8: Second parent / main carer"),
        kv(
            ("Name", "Liam Shaw"),
            ("Relationship to child", "Father – lives at the main address"),
            ("Date of birth", "14.01.1990"),
            ("Parental responsibility", "Yes"),
            per_row=2,
        ),
        Heading("Consent to share information"),
        Para(
            "I agree to the information in this Early Help assessment being shared with the agencies "
            "involved in supporting my family, and to it being registered with the EIP Referral Team."
        ),
        Table(
            [
                ["Parent/carer: Chantelle Dunn", "Signed: C Dunn", "Date: 20.05.2025"],
                [
                    "Parent/carer: Liam Shaw",
                    "Signed: consent gained verbally (phone, 20.05.2025)",
                    "Date: 20.05.2025",
                ],
                ["Young person: Kacey Dunn", "Signed: K Dunn", "Date: 20.05.2025"],
            ]
        ),
        Heading("Practitioner"),
        kv(
            ("Name", "Hayley Morris"),
            ("Agency", "Jesson's CE Primary School"),
            ("Email", "h.morris@jessons.example.sch.uk"),
            ("Telephone", "01632 960 191"),
            per_row=2,
        ),
    ]
    return render_docx(blocks)


CASES: tuple[CouncilCase, ...] = (
    CouncilCase(
        case_id="wigan-eh1-01",
        council="Wigan Council",
        source_url=URL,
        source_title=TITLE,
        layout="Word Early Help Part 1: child, then parent (Section 2) with other children at the address, "
        "second parent in Section 8; d.m.yyyy-style dates with leading zeros (02.02.2017); postcode typed "
        "with two spaces; one parent's consent 'gained verbally'",
        filename="referral.docx",
        assessment_date=ON,
        build=_build,
        expected=Expected(
            form_type="early_help_assessment",
            people=(
                person("Alfie Dunn", date(2017, 2, 2), False, ON),
                person("Chantelle Dunn", date(1992, 8, 30), True, ON),
                person("Kacey Dunn", date(2009, 12, 11), True, ON),
                person("Bobby Dunn", date(2022, 6, 6), False, ON),
                person("Liam Shaw", date(1990, 1, 14), True, ON),
            ),
            postcode="DY1 2QP",
            lead_professional_name="Hayley Morris",
            lead_professional_email="h.morris@jessons.example.sch.uk",
            level_of_need=None,
        ),
    ),
)
