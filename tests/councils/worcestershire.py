"""Worcestershire: Early Help Assessment and Plan (Section 1 in free text)."""

# ruff: noqa: E501  (labels and answers are copied verbatim from the published form)

from datetime import date

from tests.councils.kit import Heading, L, Para, Table, Title, grid, kv, person, render_docx
from tests.councils.model import CouncilCase, Expected

URL = "https://docest.com/doc/448556/worcestershire-children-families-and-young-people"
TITLE = "Worcestershire Children, Families and Young People – Early Help Assessment and Plan"
ON = date(2026, 1, 27)


def _build() -> bytes:
    blocks = [
        Title("Early Help Assessment and Plan"),
        Para(
            "A set of guidance notes has been produced to support professionals with the completion of the "
            "Early Help Assessment and Plan. Please refer to the guidance notes in conjunction with this document."
        ),
        Heading("Section 1 Detail of Child/Children/Young Person"),
        Table(
            [
                [
                    L("Child/ren's/Young Person's Name/s"),
                    "Maisie Clarke-Ward and Tyler Clarke-Ward",
                ],
                [L("Date of Birth"), "Maisie 04/05/2011, Tyler 22/11/2016"],
                [L("Language or communication needs"), "None"],
                [
                    L("Names of Parent/Carers"),
                    "Jodie Clarke (mum, DOB 19/02/1990) and her partner Ryan Ward "
                    "(DOB 07/07/1988) – both live with the children",
                ],
                [L("Other people within the household"), "None"],
                [
                    L("Other family members (e.g. children/parents) not living in family home"),
                    "Maternal grandmother, Sue Clarke, visits weekly",
                ],
                [L("Other Significant Adults not in the household"), "None known"],
                [
                    L("Additional Information"),
                    "Family moved into the area in December; tenancy with a housing association.",
                ],
                [
                    L("Name and contact details of other professionals involved"),
                    "Mrs H Barton, Head of Pastoral, Ridgewood High School, Park Road West, Wollaston, Stourbridge "
                    "DY8 1AA (01632 960 740)\nSchool nurse team, 01632 960 741",
                ],
            ],
            [2, 3],
        ),
        kv(
            (
                "What does the child/young person want to happen?",
                "Maisie wants the arguing at home to stop and to be able to see her friends after school.",
            )
        ),
        Heading(
            "Section 2 Thinking about the child or children that you are worried about:(Your assessment)"
        ),
        grid(
            ["What are you worried about?", "What is working well?", "What needs to happen?"],
            [
                [
                    "Maisie (14) is caring for Tyler most evenings and missing school.",
                    "Mum is honest about struggling and wants help.",
                    "Family support worker; young carers assessment for Maisie.",
                ]
            ],
        ),
        Heading("Consent and signatures"),
        grid(
            ["Name", "Signature", "Date"],
            [
                ["Jodie Clarke", "J Clarke", "27/01/2026"],
                ["Ryan Ward", "R Ward", "27/01/2026"],
                ["Maisie Clarke-Ward", "M Clarke-Ward", "27/01/2026"],
            ],
        ),
        kv(
            ("Completed by", "Laura Fenn, Family Support Worker, Wollaston Family Hub"),
            ("Email", "laura.fenn@wollastonhub.example.org.uk"),
            ("Date", "27/01/2026"),
            per_row=3,
        ),
    ]
    return render_docx(blocks)


CASES: tuple[CouncilCase, ...] = (
    CouncilCase(
        case_id="worcestershire-eha-01",
        council="Worcestershire County Council",
        source_url=URL,
        source_title=TITLE,
        layout="Word: Section 1 rows of free text (names and dates of birth written in sentences); the "
        "form has no family address field, the only postcode is the school's",
        filename="referral.docx",
        assessment_date=ON,
        build=_build,
        expected=Expected(
            form_type="early_help_assessment",
            people=(
                person("Maisie Clarke-Ward", date(2011, 5, 4), True, ON),
                person("Tyler Clarke-Ward", date(2016, 11, 22), False, ON),
                person("Jodie Clarke", date(1990, 2, 19), True, ON),
                person("Ryan Ward", date(1988, 7, 7), True, ON),
            ),
            postcode=None,
            lead_professional_name="Laura Fenn",
            lead_professional_email="laura.fenn@wollastonhub.example.org.uk",
            level_of_need=None,
            queue_reason="postcode_missing",
        ),
    ),
)
