"""Falkirk (Scotland, GIRFEC): the Integrated Assessment Framework's Form 1 (The Child or Young
Person and Family Profile) with Form 8 (Consent to Share Information), raised by the Named
Person."""

# ruff: noqa: E501  (wording follows the published page)

from datetime import date

from tests.councils.kit import (
    CB,
    Boxes,
    Cell,
    Heading,
    L,
    PageBreak,
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

URL = "http://www.falkirk.gov.uk/services/children-families/policies-strategies/girfec.aspx"
TITLE = "Falkirk Council – Getting it Right for Every Child (GIRFEC) (every child has a Named Person: Health Visitor pre-birth until school, then Headteacher / Depute / Guidance / Pastoral Teacher; wellbeing indicators SHANARRI; Integrated Assessment Framework forms: Form 1 – The Child or Young Person and Family Profile; Form 2 – SHANARRI Observations and Assessment; Form 8 – Consent to Share Information)"

COUNCIL = "Falkirk Council"

SHANARRI = (
    "Safe",
    "Healthy",
    "Achieving",
    "Nurtured",
    "Active",
    "Respected",
    "Responsible",
    "Included",
)


def _shanarri(concerns: set[str]) -> Table:
    rows: list[list[Cell]] = [[L("Wellbeing indicator"), L("Concern?")]]
    rows += [[w, Boxes((CB(w in concerns, "Yes"), CB(w not in concerns, "No")))] for w in SHANARRI]
    return Table(rows)


ON1 = date(2026, 2, 11)


def _build_01() -> bytes:
    blocks: list[object] = [
        Title(
            "Form 1 – The Child or Young Person and Family Profile",
            "Integrated Assessment Framework – Getting it Right for Every Child",
        ),
        Heading("Child or young person"),
        kv(
            ("Forename", "Lewis"),
            ("Surname", "McAllister"),
            ("Date of birth", "03/08/2014"),
            ("Home address", "44 Tanhouse Avenue, Dudley"),
            ("Postcode", "DY1 1AA"),
            ("School", "St Joseph's RC Primary"),
            per_row=2,
        ),
        Heading("Named Person"),
        kv(
            ("Name", "Fiona Baird"),
            ("Designation", "Depute Headteacher"),
            ("Establishment", "St Joseph's RC Primary, Dudley DY2 7DJ"),
            ("Email", "f.baird@stjosephs.example.sch.uk"),
            per_row=2,
        ),
        Heading("Family members living with the child"),
        grid(
            ["Name", "Relationship", "Date of birth"],
            [
                ["Karen McAllister", "Mother", "10/10/1983"],
                ["Ross McAllister", "Father", "28/02/1981"],
                ["Eilidh McAllister", "Sister", "17/05/2010"],
            ],
        ),
        Heading("Significant others not living with the child"),
        grid(
            ["Name", "Relationship", "Address"],
            [["Morag Kerr", "Grandmother", "12 Park Street, Falkirk FK1 1RE"]],
        ),
        Heading("Wellbeing indicators (SHANARRI)"),
        _shanarri({"Healthy", "Achieving", "Included"}),
        Para(
            "Lewis has a stammer and is refusing to read aloud; he has no friends since the family moved from Falkirk in the summer."
        ),
        PageBreak(),
        Title("Form 8 – Consent to Share Information"),
        Para(
            "I agree that information about me / my child may be shared between the agencies named in the Child's Plan to support my child's wellbeing."
        ),
        grid(
            ["Name", "Relationship", "Signature", "Date"],
            [
                ["Karen McAllister", "Mother", "K McAllister", "11/02/2026"],
                ["Ross McAllister", "Father", "R McAllister", "11/02/2026"],
                ["Eilidh McAllister", "Sister (15)", "E McAllister", "11/02/2026"],
            ],
        ),
    ]
    return render_docx(blocks)


ON2 = date(2026, 9, 16)


def _build_02() -> bytes:
    blocks: list[object] = [
        Title(
            "Form 1 – The Child or Young Person and Family Profile",
            "Integrated Assessment Framework – Getting it Right for Every Child",
        ),
        Heading("Named Person"),
        kv(
            ("Name", "Iain Murray"),
            ("Designation", "Guidance Teacher"),
            ("Establishment", "Pedmore High School"),
            ("Email", "i.murray@pedmore.example.sch.uk"),
            per_row=2,
        ),
        Heading("Child or young person"),
        kv(
            ("Forename", "Kirsty"),
            ("Surname", "Donnelly"),
            ("Date of birth", "21/01/2011"),
            ("Home address", "9 Tame Road, Tipton DY4 0RE"),
            per_row=2,
        ),
        Heading("Family members living with the child"),
        grid(
            ["Name", "Relationship", "Date of birth"],
            [
                ["Angela Donnelly", "Mother", "05/12/1979"],
                ["Conor Donnelly", "Brother", "14/04/2019"],
            ],
        ),
        Heading("Wellbeing indicators (SHANARRI)"),
        _shanarri({"Healthy", "Nurtured", "Responsible"}),
        Para(
            "Kirsty (15) is caring for Mum after Mum's surgery and is often late; she says she is 'fine'."
        ),
        PageBreak(),
        Title("Form 8 – Consent to Share Information"),
        Para(
            "I agree that information about me / my child may be shared between the agencies named in the Child's Plan to support my child's wellbeing."
        ),
        grid(
            ["Name", "Relationship", "Signature", "Date"],
            [
                ["Angela Donnelly", "Mother", "A Donnelly", "16/09/2026"],
                ["Kirsty Donnelly", "Young person", "", ""],
            ],
        ),
    ]
    return render_pdf(blocks, "GIRFEC Form 1 and Form 8")


CASES: tuple[CouncilCase, ...] = (
    CouncilCase(
        case_id="heldout5-falkirk-iaf-01",
        council=COUNCIL,
        source_url=URL,
        source_title=TITLE,
        layout="Word GIRFEC Form 1 (Child or Young Person and Family Profile) then Form 8 (Consent to Share Information) on its own page: the Named Person block (school's DY2 7DJ) after the child; 'Significant others not living with the child' holding the grandmother in Falkirk; SHANARRI indicators as Yes/No ☒/☐; both parents and the 15-year-old sister sign",
        filename="referral.docx",
        assessment_date=ON1,
        build=_build_01,
        expected=Expected(
            form_type="early_help_assessment",
            people=(
                person("Lewis McAllister", date(2014, 8, 3), False, ON1),
                person("Karen McAllister", date(1983, 10, 10), True, ON1),
                person("Ross McAllister", date(1981, 2, 28), True, ON1),
                person("Eilidh McAllister", date(2010, 5, 17), True, ON1),
            ),
            postcode="DY1 1AA",
            lead_professional_name="Fiona Baird",
            lead_professional_email="f.baird@stjosephs.example.sch.uk",
            level_of_need=None,
        ),
    ),
    CouncilCase(
        case_id="heldout5-falkirk-iaf-02",
        council=COUNCIL,
        source_url=URL,
        source_title=TITLE,
        layout="flattened PDF of Form 1 and Form 8: Named Person first; the home address with postcode in one value; Form 8 grid where the 15-year-old young carer's row has no signature or date",
        filename="referral.pdf",
        assessment_date=ON2,
        build=_build_02,
        expected=Expected(
            form_type="early_help_assessment",
            people=(
                person("Kirsty Donnelly", date(2011, 1, 21), False, ON2),
                person("Angela Donnelly", date(1979, 12, 5), True, ON2),
                person("Conor Donnelly", date(2019, 4, 14), False, ON2),
            ),
            postcode="DY4 0RE",
            lead_professional_name="Iain Murray",
            lead_professional_email="i.murray@pedmore.example.sch.uk",
            level_of_need=None,
            queue_reason="consent_missing",
        ),
    ),
)
