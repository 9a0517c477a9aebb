"""Safer Shetland (Shetland Child Protection Committee): why a child or young person might need
your help; worried about a child? share it with someone who can help – Police Scotland, the
Scottish Children's Reporter Administration, Social Work; appropriate confidentiality."""

# ruff: noqa: E501  (wording follows the published page)

from datetime import date

from tests.councils.kit import (
    CB,
    FT,
    Boxes,
    F,
    Heading,
    Para,
    Title,
    grid,
    kv,
    person,
    render_acroform,
    render_docx,
    render_html,
)
from tests.councils.model import CouncilCase, Expected
from tests.councils_heldout14._mail import FRONT_DOOR, html_only

URL = "https://www.safershetland.com/child-protection/for-everyone"
TITLE = "Safer Shetland – Child Protection: for everyone (why a child or young person might need your help; worried about a child? share it with someone who can help)"
COUNCIL = "Shetland Child Protection Committee (Safer Shetland)"

_HEAD = [
    Title("Sharing a Concern about a Child or Young Person", "It's everyone's job to make sure that children get help when they need it"),
]

ON1 = date(2026, 9, 30)


def _b1() -> bytes:
    return render_docx(
        [
            *_HEAD,
            Heading("Who is sharing this concern?"),
            kv(("Name", FT("Marion Tait")), ("Job", FT("Community Midwife")), ("Email", FT("marion.tait@nhs.example.net")), ("Date", FT("30/09/26")), ("Phone", FT(None)), per_row=1),
            Heading("The child / young person and household (SURNAME, Forename)"),
            grid(
                ["Name", "Date of birth", "Relationship", "Address"],
                [
                    ["JAMIESON, Kerry", "04/04/00", "Mother", "11 Wrens Hill Road, Dudley DY1 4RN"],
                    ["JAMIESON, Mia", "17/08/25", "Daughter", "same"],
                    ["HALCROW, Liam", "—", "Mia's father", "Lerwick, Shetland ZE1 0LZ – not at the address"],
                ],
            ),
            Heading("Why might the child need help?"),
            Para("Young mum moved from Shetland to Dudley at 34 weeks to be near her aunt; no GP registration yet, low mood after the birth, baby's weight faltering. Kerry would welcome a family support worker."),
            Heading("Does the family know about this and agree?"),
            kv(("Family aware", Boxes((CB(True, "Yes"), CB(False, "No")))), ("Consent", FT("Given by Kerry Jamieson 30/09/26"))),
        ]
    )


ON2 = date(2026, 11, 4)


def _b2() -> bytes:
    return render_acroform(
        [
            *_HEAD,
            Heading("Who is sharing this concern?"),
            kv(
                ("Name", F("Robbie Anderson", "ConcernBy")),
                ("Job / service", F("Youth Development Worker, Islesburgh, Lerwick ZE1 0EQ", "ConcernByService")),
                ("Email", F("robbie.anderson@youth.example.org", "ConcernByEmail")),
                ("Date", F("04/11/2026", "ConcernDate")),
            ),
            Heading("The child / young person"),
            kv(("Name", F("Lewis Smith", "YPName")), ("Date of birth", F("13/06/2010", "YPDOB")), ("Home address", F("16 Kingsway, Wollaston, Stourbridge", "YPAddress")), ("Postcode", F("DY8 4HB", "YPPostcode"))),
            Heading("Others in the household"),
            grid(
                ["Name", "Date of birth", "Relationship"],
                [[F("Karen Smith", "HH1Name"), F("21/09/1976", "HH1DOB"), F("Mother", "HH1Rel")], [F("Gordon Smith", "HH2Name"), F("01/12/1972", "HH2DOB"), F("Father", "HH2Rel")]],
            ),
            Heading("Does the family know about this and agree?"),
            kv(
                ("Young person agrees", Boxes((CB(True, "Yes", "YPAgreeYes"), CB(False, "No", "YPAgreeNo")))),
                ("Parents agree", Boxes((CB(True, "Yes", "ParentsAgreeYes"), CB(False, "No", "ParentsAgreeNo")))),
                ("Names", F("Lewis, Karen and Gordon Smith", "AgreeNames")),
            ),
        ],
        title="Sharing a concern",
    )


ON3 = date(2026, 12, 9)


def _blocks3() -> list[object]:
    return [
        *_HEAD,
        Heading("Who is sharing this concern?"),
        kv(("Name", "Iona Leask"), ("Job", "Family Liaison, Netherton Park Primary"), ("Email", "iona.leask@nethertonpark.example.org"), ("Date", "09/12/2026"), per_row=2),
        Heading("The household"),
        kv(("Address", "5 Cradley Road, Netherton, Dudley DY2 9HF")),
        grid(
            ["Name", "Date of birth", "Relationship"],
            [["Lorraine Irvine", "30/05/1984", "Mum"], ["Kieran Irvine", "02/02/2010", "Son"], ["Hollie Irvine", "15/07/2018", "Daughter"]],
        ),
        Heading("Why might the child need help?"),
        Para("Hollie's attendance is 72% and she arrives hungry; mum has lost her job. Kieran (16) is often at home in the day."),
        Heading("Does the family know about this and agree?"),
        Para("Mum consents to this referral (spoken to at school 09/12/2026)."),
    ]


def _b3() -> bytes:
    return html_only(
        "Iona Leask <iona.leask@nethertonpark.example.org>",
        FRONT_DOOR,
        "Concern - IRVINE family",
        ON3,
        "Please view this email in HTML.",
        render_html(_blocks3()),
    )


CASES: tuple[CouncilCase, ...] = (
    CouncilCase(
        "heldout14-shetland-01",
        COUNCIL,
        URL,
        TITLE,
        "Word concern form of legacy FORMTEXT fields (empty ones show en-spaces); household grid 'SURNAME, Forename' with dd/mm/yy dates, the baby's father in Lerwick ZE1 0LZ 'not at the address'; consent a field naming mum",
        "referral.docx",
        ON1,
        _b1,
        Expected(
            "early_help_assessment",
            (
                person("Kerry Jamieson", date(2000, 4, 4), True, ON1),
                person("Mia Jamieson", date(2025, 8, 17), False, ON1),
            ),
            "DY1 4RN",
            "Marion Tait",
            "marion.tait@nhs.example.net",
            None,
        ),
    ),
    CouncilCase(
        "heldout14-shetland-02",
        COUNCIL,
        URL,
        TITLE,
        "fillable PDF with CamelCase field names: the youth worker's Lerwick ZE1 0EQ above the young person's DY8 4HB; Yes checkboxes for the 16-year-old and for the parents, all three named in one field",
        "referral.pdf",
        ON2,
        _b2,
        Expected(
            "early_help_assessment",
            (
                person("Lewis Smith", date(2010, 6, 13), True, ON2),
                person("Karen Smith", date(1976, 9, 21), True, ON2),
                person("Gordon Smith", date(1972, 12, 1), True, ON2),
            ),
            "DY8 4HB",
            "Robbie Anderson",
            "robbie.anderson@youth.example.org",
            None,
        ),
    ),
    CouncilCase(
        "heldout14-shetland-03",
        COUNCIL,
        URL,
        TITLE,
        "HTML-only email of the concern form from a primary school: 'Mum consents' is the only consent; her 16-year-old son at home is not named",
        "message.eml",
        ON3,
        _b3,
        Expected(
            "early_help_assessment",
            (
                person("Lorraine Irvine", date(1984, 5, 30), True, ON3),
                person("Kieran Irvine", date(2010, 2, 2), False, ON3),
                person("Hollie Irvine", date(2018, 7, 15), False, ON3),
            ),
            "DY2 9HF",
            "Iona Leask",
            "iona.leask@nethertonpark.example.org",
            None,
            queue_reason="consent_missing",
        ),
    ),
)
