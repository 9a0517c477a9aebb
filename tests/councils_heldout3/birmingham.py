"""Birmingham: request for early help support, with the Right Help Right Time threshold applied."""

# ruff: noqa: E501  (wording follows the published page)

from datetime import date

from tests.councils.kit import (
    CB,
    Boxes,
    Cell,
    Heading,
    L,
    Para,
    Table,
    Title,
    grid,
    person,
    render_docx,
)
from tests.councils.model import CouncilCase, Expected

URL = "https://www.localofferbirmingham.co.uk/early-help-practitioners-handbook/"
TITLE = "Birmingham Early Help Handbook for practitioners (early help is the way professionals, communities and families work together across Birmingham; professionals with a concern should apply the Right Help Right Time threshold)"


def _above(*pairs: tuple[str, Cell]) -> Table:
    rows: list[list[Cell]] = []
    for label, value in pairs:
        rows.append([L(label)])
        rows.append([value])
    return Table(rows)


def _yes(on: bool) -> Boxes:
    return Boxes((CB(on, "Yes"), CB(not on, "No")))


ON = date(2026, 1, 29)


def _build() -> bytes:
    blocks = [
        Title("Request for Early Help Support", "Birmingham – Right Help, Right Time"),
        Para(
            "Early help is not a service, but the way professionals, communities and families work together. "
            "Before completing this request, apply the Right Help Right Time threshold."
        ),
        Heading("About you"),
        _above(
            ("Your name and role", "Sanjay Mehta, Parent Support Adviser"),
            ("Organisation and address", "The Coseley School, Henne Drive, Coseley WV14 9JW"),
            ("Email and telephone", "s.mehta@coseley.example.sch.uk – 01632 960 502"),
            ("Date", "29/01/2026"),
        ),
        Heading("About the family"),
        _above(
            ("Family address including postcode", "10 Oak Road, Sedgley, Dudley DY3 1AB"),
        ),
        grid(
            ["Name", "Date of birth", "Relationship", "Lives at this address?"],
            [
                ["Nathan Price", "16/07/2010", "Young person", "Yes"],
                ["Tanya Price", "09/01/1981", "Mother", "Yes"],
                ["Ruben Price", "28/02/2014", "Brother", "Yes"],
                ["Dean Price", "", "Father", "No – Walsall"],
            ],
        ),
        Heading("Consent"),
        _above(
            (
                "Is the parent/carer aware of this request and do they consent to information being shared?",
                _yes(True),
            ),
            ("Name of parent/carer giving consent", "Tanya Price"),
            ("Is the young person aware and do they consent? (Nathan, 15)", _yes(True)),
        ),
        Heading("What are you worried about?"),
        _above(
            (
                "Describe the needs and how they affect the children",
                "Nathan has been caught vaping in school twice, is missing lessons and is mixing with older boys; Tanya works two jobs and Ruben is alone after school. "
                "Right Help Right Time: additional needs that school cannot meet alone – no immediate safeguarding concern.",
            ),
            (
                "What has already been tried?",
                "Mentoring in school since September; a call with the community youth team.",
            ),
            (
                "What would the family like to happen?",
                "A youth worker for Nathan and an after-school place for Ruben.",
            ),
        ),
    ]
    return render_docx(blocks)


CASES: tuple[CouncilCase, ...] = (
    CouncilCase(
        case_id="heldout3-birmingham-rfs-01",
        council="Birmingham City Council",
        source_url=URL,
        source_title=TITLE,
        layout="Word request laid out label above value throughout; school's WV14 9JW (a Dudley-district postcode not in the table) first; father 'No – Walsall' in the household grid; consent as Yes/No ☒/☐ questions for the parent (named) and for the young person named with his age",
        filename="referral.docx",
        assessment_date=ON,
        build=_build,
        expected=Expected(
            form_type="early_help_assessment",
            people=(
                person("Nathan Price", date(2010, 7, 16), True, ON),
                person("Tanya Price", date(1981, 1, 9), True, ON),
                person("Ruben Price", date(2014, 2, 28), False, ON),
            ),
            postcode="DY3 1AB",
            lead_professional_name="Sanjay Mehta",
            lead_professional_email="s.mehta@coseley.example.sch.uk",
            level_of_need=None,
        ),
    ),
)
