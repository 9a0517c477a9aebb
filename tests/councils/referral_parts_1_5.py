"""Unidentified council: referral form in five parts (basic details, parent and child views, consent, referrer)."""

# ruff: noqa: E501  (labels and answers are copied verbatim from the published form)

from datetime import date

from tests.councils.kit import (
    Heading,
    Para,
    Table,
    Title,
    grid,
    kv,
    person,
    render_pdf,
)
from tests.councils.model import CouncilCase, Expected

URL = "https://docest.com/doc/403560/part-1-should-be-completed-by-the-referrer"
TITLE = "Referral form – Part 1 should be completed by the referrer (Part 4: parent/carer and child/young person consent to information sharing)"
ON = date(2026, 5, 6)


def _build() -> bytes:
    blocks = [
        Title("Referral form"),
        Para("Part 1 should be completed by the referrer."),
        Para(
            "Part 2 - the referrer should ensure that the views of the parent/carer are recorded (but see footnote)"
        ),
        Para(
            "Part 3 - where it is appropriate to secure the views of the child or young person, these should be recorded "
            "here."
        ),
        Para(
            "Part 4 seeks the consent via signature of the parent/carer and child/young person to the sharing among "
            "agencies of relevant information held by each agency."
        ),
        Para("Part 5 should be completed by the referrer."),
        Heading("PART 1 Basic details"),
        kv(
            ("Child/Young Person’s full name:", "Owen James Jeffries"),
            ("Date of Birth:", "06/05/2012"),
            ("Parent/Carer full name:", "Michelle Jeffries"),
            ("Parent/Carer address:", "15 Brook Street, Quarry Bank, Brierley Hill DY5 2HT"),
            widths=[1, 2],
        ),
        Heading("PART 2 Parent/Carer Views – see footnote"),
        kv(
            (
                "What would you like the outcome to be for your child?",
                "For Owen to get help with his anger and to stay in school.",
            ),
            widths=[1, 2],
        ),
        Heading("PART 3 Child/Young Person Views – see footnote"),
        kv(
            (
                "What would you like to happen and who do you think could help with this?",
                "Owen did not want to say anything today.",
            ),
            widths=[1, 2],
        ),
        Heading("PART 4 Parent/carer and child/young person consent to information sharing"),
        Para(
            "Sometimes when you and your family have a problem you may need to speak with a lot of different people such "
            "as teachers, early help practitioners, doctors, speech therapists, social workers etc. to get help. In order "
            "to help/ enable these professionals to work together to help you or your family, they often need to share "
            "information that each of them holds."
        ),
        Para(
            "We would like, therefore, to have your consent to the agencies (usually Education, Early Help, Children’s "
            "Social Services and Health) sharing the information held by them that may prove useful in helping to plan for "
            "meeting your or your child’s needs."
        ),
        grid(
            ["", "Signature", "Print name", "Date"],
            [
                ["Parent/carer", "M. Jeffries", "Michelle Jeffries", "06/05/2026"],
                ["Child/young person", "", "", ""],
            ],
        ),
        Heading("PART 5 Referrer"),
        kv(
            ("Name", "Priya Bains"),
            ("Role / agency", "Behaviour Support Teacher, Learning Support Service"),
            ("Address", "Saltwells Education Centre, Netherton DY2 0AP"),
            ("Telephone", "01632 960 503"),
            ("Email", "priya.bains@lss.example.gov.uk"),
            ("Date", "06/05/2026"),
            per_row=2,
        ),
        Table(
            [
                [
                    "Footnote: Where the referral is made for a very young child, or at the time of diagnosis, it may be considered inappropriate to seek child or parental views."
                ]
            ]
        ),
    ]
    return render_pdf(blocks, title="Referral form")


CASES: tuple[CouncilCase, ...] = (
    CouncilCase(
        case_id="parts-1-5-referral-01",
        council="Unidentified council (referral form in Parts 1–5)",
        source_url=URL,
        source_title=TITLE,
        layout="flattened PDF in five Parts: one child and one parent only, the parent's address holding the postcode; "
        "Part 4 signature grid with the child/young person row empty on his 14th birthday; middle name kept",
        filename="referral.pdf",
        assessment_date=ON,
        build=_build,
        expected=Expected(
            form_type="early_help_assessment",
            people=(
                person("Owen James Jeffries", date(2012, 5, 6), False, ON),
                person("Michelle Jeffries", None, True, ON),
            ),
            postcode="DY5 2HT",
            lead_professional_name="Priya Bains",
            lead_professional_email="priya.bains@lss.example.gov.uk",
            level_of_need=None,
            queue_reason="consent_missing",
        ),
    ),
)
