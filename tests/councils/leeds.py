"""Leeds: Early Help Request form (a request for early help support through an Early Help Hub or cluster)."""

# ruff: noqa: E501  (labels and answers are copied verbatim from the published form)

from datetime import date

from tests.councils.kit import (
    CB,
    Cell,
    Heading,
    L,
    Para,
    Table,
    Title,
    kv,
    person,
    render_docx,
)
from tests.councils.model import CouncilCase, Expected

URL = "https://www.leedsscp.org.uk/Practitioners/Section-11/Standard-7"
TITLE = "Leeds Safeguarding Children Partnership – Section 11 audit guidance, Question 7.3 (Early Help Assessment; Early Help Request form to request early help support through an Early Help Hub or cluster)"
ON = date(2025, 11, 26)


def _build() -> bytes:
    people = [
        (
            "Kacper Nowak",
            "07/07/2012",
            "Child (this request is about)",
            "Yes",
            "Too young – views recorded",
        ),
        ("Zofia Nowak", "19/03/1988", "Mother", "Yes", "Z. Nowak"),
        ("Marta Nowak", "01/12/2009", "Sister", "Yes", "Marta Nowak"),
        ("Piotr Nowak", "05/05/1985", "Father", "No – lives in Leeds (LS9)", ""),
    ]
    rows: list[list[Cell]] = [
        [L(""), *[L(f"Person {i}") for i in range(1, 5)]],
        [L("Name"), *[p[0] for p in people]],
        [L("Date of birth"), *[p[1] for p in people]],
        [L("Relationship"), *[p[2] for p in people]],
        [L("Lives at the family address?"), *[p[3] for p in people]],
        [L("Consent to this request (signature)"), *[p[4] for p in people]],
    ]
    blocks = [
        Title("Early Help Request form"),
        Para(
            "Use this form to make a request for early help support through an Early Help Hub or cluster, or to refer a child or young person to an early help support service."
        ),
        Heading("Request is for"),
        Table(
            [
                [CB(True, "Early Help Hub / cluster support")],
                [CB(False, "Restorative Early Support")],
                [CB(False, "Multi-Systemic Therapy")],
                [CB(False, "Signpost")],
                [CB(False, "Family Together Leeds")],
            ]
        ),
        Heading("Family members"),
        Table(rows, widths=[1.4, 1, 1, 1, 1]),
        kv(
            ("Family address", "30 Lawnswood Road, Wordsley, Kingswinford DY6 7AA"),
            ("Main contact telephone", "07700 900 866"),
            per_row=1,
        ),
        Heading("Reason for request"),
        Table(
            [
                [
                    "Kacper (13) has ADHD and is at risk of exclusion; mum works shifts and Marta (15) looks after him after school. Dad left in the summer."
                ]
            ]
        ),
        Heading("Early Help Assessment"),
        kv(
            (
                "Has an Early Help Assessment been completed?",
                "Yes – 19/11/2025, kept on the lead professional’s file and uploaded to MOSAIC",
            )
        ),
        Heading("Person making the request"),
        kv(
            ("Name", "Ifeoma Adeyemi"),
            ("Role", "Cluster Family Support Worker"),
            ("Organisation", "Kingswinford & Wall Heath Cluster"),
            ("Email", "i.adeyemi@kwhcluster.example.org.uk"),
            ("Telephone", "01632 960 869"),
            ("Date", "26/11/2025"),
            per_row=2,
        ),
    ]
    return render_docx(blocks)


CASES: tuple[CouncilCase, ...] = (
    CouncilCase(
        case_id="leeds-ehr-01",
        council="Leeds City Council",
        source_url=URL,
        source_title=TITLE,
        layout="Word Early Help Request, hard: service ☒/☐ list first; family members one column per person (Person 1-4) with "
        "rows Name / Date of birth / Relationship / Lives at the family address? / Consent; the father in column 4 lives in Leeds",
        filename="referral.docx",
        assessment_date=ON,
        build=_build,
        expected=Expected(
            form_type="early_help_assessment",
            people=(
                person("Kacper Nowak", date(2012, 7, 7), False, ON),
                person("Zofia Nowak", date(1988, 3, 19), True, ON),
                person("Marta Nowak", date(2009, 12, 1), True, ON),
            ),
            postcode="DY6 7AA",
            lead_professional_name="Ifeoma Adeyemi",
            lead_professional_email="i.adeyemi@kwhcluster.example.org.uk",
            level_of_need=None,
        ),
    ),
)
