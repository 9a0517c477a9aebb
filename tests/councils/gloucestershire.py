"""Gloucestershire: Early Help Request for Support (RFS) with the Single Consent form."""

# ruff: noqa: E501  (labels and answers are copied verbatim from the published form)

from datetime import date

from tests.councils.kit import (
    SDT,
    Heading,
    PageBreak,
    Para,
    Table,
    Title,
    grid,
    kv,
    person,
    render_docx,
)
from tests.councils.model import CouncilCase, Expected

URL = "https://www.glosfamiliesdirectory.org.uk/kb5/gloucs/glosfamilies/family.page?familychannel=3_2_4_1"
TITLE = "Gloucestershire Information Sharing and Consent – ‘Single Consent form’ to be completed when submitting an Early Help Request for Support form (RFS)"
ON = date(2025, 4, 9)


def _build() -> bytes:
    blocks = [
        Title("Early Help Request for Support (RFS)"),
        Heading("Child / young person"),
        kv(
            ("First name", SDT("Amelia")),
            ("Last name", SDT("Price")),
            ("Date of birth", SDT("15/03/2012", "date", iso="2012-03-15")),
            ("Gender", SDT("Female", "drop", ("Female", "Male", "Other"))),
            ("Address", SDT("52 Hayley Park Road, Halesowen")),
            ("Postcode", SDT("B62 8AA")),
            ("School", SDT("Windsor High School")),
            ("UPN", SDT(None)),
            per_row=2,
        ),
        Heading("Other children in the household"),
        grid(
            ["First name", "Last name", "Date of birth", "School / setting"],
            [
                ["Theo", "Price", "10/10/2016", "Hasbury Primary"],
                [SDT(None), SDT(None), SDT(None, "date"), SDT(None)],
            ],
        ),
        Heading("Parent / Carer 1"),
        kv(
            ("Name", SDT("Joanne Price")),
            ("Relationship", SDT("Mother", "drop", ("Mother", "Father", "Step-parent", "Carer"))),
            ("Date of birth", SDT("30/01/1983", "date", iso="1983-01-30")),
            ("Address (if different)", SDT(None)),
            per_row=2,
        ),
        Heading("Parent / Carer 2"),
        kv(
            ("Name", SDT(None)),
            ("Relationship", SDT(None, "drop", ("Mother", "Father", "Step-parent", "Carer"))),
            ("Date of birth", SDT(None, "date")),
            ("Address (if different)", SDT(None)),
            per_row=2,
        ),
        Heading("Significant adults not living in the household"),
        grid(
            ["Name", "Relationship", "Address", "Contact"],
            [
                [
                    "Mark Price",
                    "Father",
                    "11 Chester Road, Kidderminster DY10 1TE",
                    "Alternate weekends",
                ]
            ],
        ),
        Heading("Reason for request"),
        Table(
            [
                [
                    SDT(
                        "Amelia (13) is self-harming and isolating since moving schools; mum would like a family support worker and help to access counselling."
                    )
                ]
            ]
        ),
        Heading("Practitioner making the request"),
        kv(
            ("Name", SDT("Carla Bennett")),
            ("Role", SDT("Pastoral Support Manager")),
            ("Organisation", SDT("Windsor High School")),
            ("Address", SDT("Richmond Street, Halesowen B63 4BB")),
            ("Telephone", SDT("01632 960 446")),
            ("Email", SDT("c.bennett@windsorhigh.example.sch.uk")),
            ("Date", SDT("09/04/2025", "date", iso="2025-04-09")),
            per_row=2,
        ),
        PageBreak(),
        Title("Single Consent form"),
        Para(
            "It must be explained to a child (aged 12 or over) and adult(s) with responsibility for a child or young person "
            "what it means to give consent and how, when and why their information will be shared."
        ),
        Para(
            "Information will only be shared when it will mean a better service is provided to a child, young person "
            "and/or family, helps keep a child or family safe or helps keep other people safe."
        ),
        grid(
            [
                "Name",
                "Parent / carer or child (aged 12 or over)",
                "I agree to my information being shared",
                "Signature",
                "Date",
            ],
            [
                ["Joanne Price", "Parent", "Yes", "J Price", "09/04/2025"],
                ["Amelia Price", "Child (13)", "Yes", "Amelia", "09/04/2025"],
            ],
        ),
    ]
    return render_docx(blocks)


CASES: tuple[CouncilCase, ...] = (
    CouncilCase(
        case_id="gloucestershire-rfs-01",
        council="Gloucestershire County Council",
        source_url=URL,
        source_title=TITLE,
        layout="Word RFS with content controls, hard: key child in label/value pairs, siblings table with an empty "
        "placeholder row, Parent/Carer 2 left as 'Click here to enter text.'/'Choose an item.', the father in a "
        "'not living in the household' table (Kidderminster DY10); consent on its own page (Single Consent form)",
        filename="referral.docx",
        assessment_date=ON,
        build=_build,
        expected=Expected(
            form_type="early_help_assessment",
            people=(
                person("Amelia Price", date(2012, 3, 15), True, ON),
                person("Theo Price", date(2016, 10, 10), False, ON),
                person("Joanne Price", date(1983, 1, 30), True, ON),
            ),
            postcode="B62 8AA",
            lead_professional_name="Carla Bennett",
            lead_professional_email="c.bennett@windsorhigh.example.sch.uk",
            level_of_need=None,
        ),
    ),
)
