"""Plymouth: EHA Early Help Assessment (Word template with content controls)."""

# ruff: noqa: E501  (labels and answers are copied verbatim from the published form)

from datetime import date

from tests.councils.kit import (
    CB,
    SDT,
    Boxes,
    Heading,
    L,
    Para,
    Span,
    Table,
    Title,
    grid,
    person,
    render_docx,
)
from tests.councils.model import CouncilCase, Expected

URL = "https://docsbay.net/note-see-appendix-a-for-threshold-guidance-to-support-completion-of-the-form"
TITLE = "EHA Early Help Assessment 1 (Plymouth, Multi-Agency hub 01752 668000)"

ON1 = date(2025, 10, 14)
MUM = ("Kerry", "Doyle", date(1989, 4, 12))
LEO = ("Leo", "Doyle", date(2014, 9, 3))
AVA = ("Ava", "Doyle", date(2018, 1, 21))


def _drop(v: str | None, *items: str) -> SDT:
    return SDT(v, "drop", items or ((v,) if v else ()))


def _date(d: date | None) -> SDT:
    return SDT(d.strftime("%d/%m/%Y") if d else None, "date", iso=d.isoformat() if d else None)


def _plymouth_01() -> bytes:
    empty = SDT(None)
    family_rows = [
        [
            _drop("Ms", "Mr", "Mrs", "Miss", "Ms"),
            SDT(MUM[0]),
            SDT(MUM[1]),
            _date(MUM[2]),
            _drop("Mother"),
            _drop("Yes", "Yes", "No"),
        ],
        [
            _drop("Master", "Master", "Miss"),
            SDT(LEO[0]),
            SDT(LEO[1]),
            _date(LEO[2]),
            _drop("Son"),
            _drop("Yes", "Yes", "No"),
        ],
        [
            _drop("Miss", "Master", "Miss"),
            SDT(AVA[0]),
            SDT(AVA[1]),
            _date(AVA[2]),
            _drop("Daughter"),
            _drop("No", "Yes", "No"),
        ],
        [empty, empty, empty, empty, empty, empty],
        [empty, empty, empty, empty, empty, empty],
    ]
    blocks = [
        Title("EHA Early Help Assessment 1"),
        Para(
            "NOTE: SEE APPENDIX A FOR THRESHOLD GUIDANCE TO SUPPORT COMPLETION OF THE FORM.",
            bold=True,
        ),
        Heading("Safeguarding"),
        Table(
            [
                [
                    L("Is the child experiencing or at risk of significant harm?:"),
                    Boxes((CB(False, "Yes"), CB(True, "No"))),
                ]
            ],
            [3, 2],
        ),
        Para(
            "If you have determined that a child or young person is at risk of, or is being harmed, "
            "abused or suffering neglect contact the Multi-Agency hub on 01752 668000 or email"
        ),
        Para("In an emergency, please dial 999."),
        Heading("Person completing this form"),
        Table(
            [
                [
                    L("Title"),
                    _drop("Ms", "Mr", "Mrs", "Miss", "Ms", "Dr"),
                    L("Role"),
                    SDT("Learning Mentor"),
                ],
                [L("Forename(s)"), SDT("Helen"), L("Surname"), SDT("Marsh")],
                [
                    L("Organisation type"),
                    _drop("Education", "Education", "Health", "Other"),
                    L("Organisation name"),
                    SDT("Netherton Park Primary School"),
                ],
                [
                    L("Tel contact number (inc STD)"),
                    SDT("01632 960 214"),
                    L("Email"),
                    SDT("helen.marsh@nethertonpark.example.sch.uk"),
                ],
                [L("Date assessment started"), _date(ON1), L(""), ""],
                [
                    L("Name and contact details of Lead Professional (if different)"),
                    Span(SDT(None), 3),
                ],
            ]
        ),
        Heading("Assessment information"),
        Table(
            [
                [
                    L("Interpreter required"),
                    Boxes((CB(False, "Yes"), CB(True, "No"))),
                    Span(L("If Yes please choose from below:"), 2),
                ],
                [
                    L("Child’s first language"),
                    _drop(None, "English", "Polish", "Urdu"),
                    L("Adult’s first language"),
                    _drop(None, "English", "Polish", "Urdu"),
                ],
                [L("Any special requirements for the meeting"), Span(SDT(None), 3)],
            ]
        ),
        Heading("Details of key person of concern"),
        Table(
            [
                [L("Forename(s)"), SDT(LEO[0]), L("Surname"), SDT(LEO[1])],
                [L("Date of birth"), _date(LEO[2]), L("Ethnicity"), _drop("White British")],
                [L("Gender"), _drop("Male", "Male", "Female"), L(""), ""],
            ]
        ),
        Heading("Family address"),
        Table(
            [
                [L("House/flat number"), SDT("14"), L("Postcode"), SDT("DY2 9HF")],
                [L("First line of address"), Span(SDT("Cradley Road, Netherton, Dudley"), 3)],
                [L("Family contact number (inc STD)"), Span(SDT("07700 900 318"), 3)],
                [
                    L(
                        "Please enter contact details for the adult with primary care responsibility."
                    ),
                    Span(SDT("Kerry Doyle (mother), 07700 900 318"), 3),
                ],
            ]
        ),
        Heading("Family details"),
        Para(
            "Please enter details of the parent(s) or significant adult(s) with parental "
            "responsibilities as the first family member(s), followed by additional children "
            "involved in the assessment"
        ),
        grid(["Title", "Forename", "Surname", "DoB", "Relationship", "Present"], family_rows),
    ]
    return render_docx(blocks, header="EHA Assessment V2.16 Jan 2018", footer="Page 1")


CASES: tuple[CouncilCase, ...] = (
    CouncilCase(
        case_id="plymouth-eha-01",
        council="Plymouth City Council",
        source_url=URL,
        source_title=TITLE,
        layout="Word content controls throughout (Choose an item./Click here to enter text. left in "
        "empty fields, date pickers); Title|Forename|Surname|DoB|Relationship|Present family "
        "table; form as sent carries no consent section at all",
        filename="referral.docx",
        assessment_date=ON1,
        build=_plymouth_01,
        expected=Expected(
            form_type="early_help_assessment",
            people=(
                person("Kerry Doyle", MUM[2], False, ON1),
                person("Leo Doyle", LEO[2], False, ON1),
                person("Ava Doyle", AVA[2], False, ON1),
            ),
            postcode="DY2 9HF",
            lead_professional_name="Helen Marsh",
            lead_professional_email="helen.marsh@nethertonpark.example.sch.uk",
            level_of_need=None,
            queue_reason="consent_missing",
        ),
    ),
)
