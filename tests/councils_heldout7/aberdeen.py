"""Aberdeen: Getting it right for every child in Aberdeen, Operational Guidance 2016 (Named
Person Service; Lead Professional; Aberdeen City Model of Tiered Intervention; Joint Child
Protection Team)."""

# ruff: noqa: E501  (wording follows the published guidance)

from datetime import date

from tests.councils.kit import (
    CB,
    Boxes,
    Heading,
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
from tests.councils_heldout7._mail import FRONT_DOOR, with_attachment

URL = "https://pdfslide.us/documents/getting-it-right-for-every-child-in-aberdeen-getting-it-right-for-every-child.html"
TITLE = "Getting it right for every child in Aberdeen – Aberdeen Getting it Right Guidance 2016, Operational Guidance (Concerns about a child's safety: Joint Child Protection Team; Aberdeen City Model of Tiered Intervention; The Named Person Service; The Lead Professional)"
COUNCIL = "Aberdeen City Council"

_SHANARRI = (
    "Safe",
    "Healthy",
    "Achieving",
    "Nurtured",
    "Active",
    "Respected",
    "Responsible",
    "Included",
)


def _blocks(
    on: str,
    np: list[tuple[str, str]],
    lp: str | None,
    child: list[tuple[str, str]],
    family: list[list[str]],
    ticks: set[str],
    why: str,
    views: list[list[str]],
) -> list[object]:
    blocks: list[object] = [
        Title(
            "Request for Multi-Agency Support / Child's Plan",
            "Getting it right for every child in Aberdeen",
        ),
        Para(
            "If you believe that a child or young person is at risk of harm, or has been harmed, share information with the Joint Child Protection Team immediately – do not use this form."
        ),
        Heading("Named Person Service"),
        kv(*np, ("Date", on), per_row=2),
    ]
    if lp:
        blocks.append(kv(("Lead Professional (where a multi-agency Child's Plan is needed)", lp)))
    blocks += [
        Heading("Child or young person"),
        kv(*child, per_row=2),
        Heading("Household"),
        grid(["Name", "Date of birth", "Relationship", "Lives with child?"], family),
        Heading("Wellbeing indicators"),
        Table(
            [
                [Boxes(tuple(CB(s in ticks, s) for s in _SHANARRI[:4]))],
                [Boxes(tuple(CB(s in ticks, s) for s in _SHANARRI[4:]))],
            ]
        ),
        Heading("What is getting in the way of wellbeing?"),
        Para(why),
        Heading("Child or Young Person's Views / Working with Families – agreement to share"),
        grid(["Name", "Agrees to information being shared", "Date"], views),
    ]
    return blocks


ON1 = date(2026, 2, 10)


def _b1() -> bytes:
    return render_docx(
        _blocks(
            "10/02/2026",
            [
                ("Named Person", "Mrs Fiona Gordon, Depute Head Teacher"),
                ("Establishment", "Bucksburn Academy, AB21 9SL"),
                ("Email", "f.gordon@bucksburn.example.sch.uk"),
            ],
            "Calum Stewart, Guidance Teacher – c.stewart@bucksburn.example.sch.uk",
            [
                ("Name", "Lewis Robertson"),
                ("Date of birth", "19/03/2011"),
                ("Address", "2 Park Lane, Halesowen"),
                ("Postcode", "B63 4HJ"),
            ],
            [
                ["Shona Robertson", "08/08/1979", "Mother", "Yes"],
                ["Iain Robertson", "15/03/1977", "Father", "No – lives in Aberdeen AB10 1AB"],
                ["Eilidh Robertson", "27/10/2013", "Sister", "Yes"],
            ],
            {"Healthy", "Included", "Achieving"},
            "Lewis (14) is withdrawn since his parents separated; missed 12 days this term.",
            [["Shona Robertson", "Yes", "10/02/2026"], ["Lewis Robertson", "Yes", "10/02/2026"]],
        )
    )


ON2 = date(2026, 5, 6)


def _b2() -> bytes:
    return render_pdf(
        _blocks(
            "06/05/2026",
            [
                ("Named Person", "Laura Milne, Health Visitor"),
                ("Base", "Brierley Hill Health Centre, DY5 4AQ"),
                ("Email", "laura.milne@nhs.example.net"),
            ],
            None,
            [
                ("Name", "Harris Reid"),
                ("Date of birth", "12/12/2024"),
                ("Address", "44 Dudley Road, Brierley Hill DY5 1AA"),
            ],
            [
                ["Kayleigh Reid", "02/06/2001", "Mother", "Yes"],
                ["Connor Reid", "18/04/2010", "Uncle", "Yes – lives with the family"],
            ],
            {"Healthy", "Nurtured"},
            "Harris is underweight; Mum (24) is caring for her younger brother Connor (16) since their mother died.",
            [["Kayleigh Reid", "Yes", "06/05/2026"]],
        ),
        "Request for Multi-Agency Support",
    )


ON3 = date(2026, 10, 20)


def _b3() -> bytes:
    doc = render_docx(
        _blocks(
            "20/10/2026",
            [
                ("Named Person", "Mr Graeme Watt, Head Teacher"),
                ("Establishment", "Kingswinford Primary, DY6 9AE"),
                ("Email", "g.watt@kingswinford-pri.example.sch.uk"),
            ],
            None,
            [
                ("Name", "Ruby Anderson"),
                ("Date of birth", "01/04/2017"),
                ("Address", "19 Cross Street, Kingswinford DY6 0LQ"),
            ],
            [
                ["Nicola Anderson", "29/01/1988", "Mother", "Yes"],
                ["Scott Anderson", "11/05/1986", "Father", "Yes"],
            ],
            {"Respected", "Responsible"},
            "Ruby's behaviour at school has escalated; parents ask for a Child's Plan with CAMHS and family support.",
            [["Nicola Anderson", "Yes", "20/10/2026"], ["Scott Anderson", "Yes", "20/10/2026"]],
        )
    )
    return with_attachment(
        "Graeme Watt <g.watt@kingswinford-pri.example.sch.uk>",
        FRONT_DOOR,
        "Request for multi-agency support – R Anderson",
        ON3,
        "Dear colleagues,\n\nPlease find attached a request for multi-agency support for Ruby Anderson. Both parents agree.\n\nGraeme Watt\nHead Teacher",
        doc,
        "Request for support Anderson.docx",
    )


CASES: tuple[CouncilCase, ...] = (
    CouncilCase(
        "heldout7-aberdeen-girfec-01",
        COUNCIL,
        URL,
        TITLE,
        "Word request for multi-agency support: JCPT warning first, Named Person (school's AB21) then a Lead Professional named apart, SHANARRI ☒/☐ in two rows, father in Aberdeen AB10 marked 'No', agreement grid naming mum and the 14-year-old",
        "referral.docx",
        ON1,
        _b1,
        Expected(
            "early_help_assessment",
            (
                person("Lewis Robertson", date(2011, 3, 19), True, ON1),
                person("Shona Robertson", date(1979, 8, 8), True, ON1),
                person("Eilidh Robertson", date(2013, 10, 27), False, ON1),
            ),
            "B63 4HJ",
            "Calum Stewart",
            "c.stewart@bucksburn.example.sch.uk",
            None,
        ),
    ),
    CouncilCase(
        "heldout7-aberdeen-girfec-02",
        COUNCIL,
        URL,
        TITLE,
        "flattened PDF from a health visitor Named Person: a 16-year-old uncle living with the family is not in the agreement grid",
        "referral.pdf",
        ON2,
        _b2,
        Expected(
            "early_help_assessment",
            (
                person("Harris Reid", date(2024, 12, 12), False, ON2),
                person("Kayleigh Reid", date(2001, 6, 2), True, ON2),
                person("Connor Reid", date(2010, 4, 18), False, ON2),
            ),
            "DY5 1AA",
            "Laura Milne",
            "laura.milne@nhs.example.net",
            None,
            queue_reason="consent_missing",
        ),
    ),
    CouncilCase(
        "heldout7-aberdeen-girfec-03",
        COUNCIL,
        URL,
        TITLE,
        "email with the Word request attached from a head teacher Named Person; school's DY6 9AE and family's DY6 0LQ both in the form",
        "message.eml",
        ON3,
        _b3,
        Expected(
            "early_help_assessment",
            (
                person("Ruby Anderson", date(2017, 4, 1), False, ON3),
                person("Nicola Anderson", date(1988, 1, 29), True, ON3),
                person("Scott Anderson", date(1986, 5, 11), True, ON3),
            ),
            "DY6 0LQ",
            "Graeme Watt",
            "g.watt@kingswinford-pri.example.sch.uk",
            None,
        ),
    ),
)
