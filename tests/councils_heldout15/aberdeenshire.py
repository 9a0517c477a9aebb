"""Aberdeenshire Council: the Support Directory for Families, Authority Staff and Partner Agencies
names the areas a family may need help with (benefits, childcare and respite, education and
learning, financial help, general support, health, housing, social work); the request form laid
out here is generic, in the directory's numbered-areas style."""

# ruff: noqa: E501  (wording follows the published page)

from datetime import date

from tests.councils.kit import (
    CB,
    Boxes,
    Heading,
    L,
    Para,
    Span,
    Table,
    Title,
    grid,
    kv,
    person,
    render_docx,
    render_html,
    render_pdf,
)
from tests.councils.model import CouncilCase, Expected
from tests.councils_heldout15._mail import FRONT_DOOR, html_only

URL = "https://docslib.org/doc/598565/support-directory-for-families-authority-staff-and-partner-agencies"
TITLE = "Aberdeenshire Council – Support Directory for Families, Authority Staff and Partner Agencies (1 Benefits; 2 Childcare and Respite; 5 Education and Learning; 7 Financial Help; 8 General Support; 9 Health; 11 Housing; 15 Social Work)"
COUNCIL = "Aberdeenshire Council (Support for Families)"

_AREAS = ("1 Benefits", "2 Childcare and respite", "5 Education and learning", "7 Financial help", "9 Health", "11 Housing", "15 Social work")


def _areas(ticked: set[str]) -> Boxes:
    return Boxes(tuple(CB(a in ticked, a) for a in _AREAS))


ON1 = date(2026, 9, 28)


def _b1() -> bytes:
    return render_docx(
        [
            Title("Aberdeenshire – Request for Support for a Family", "From mountain to sea"),
            Para("Please tick the areas of the Support Directory where the family needs help:"),
            Table([[_areas({"1 Benefits", "7 Financial help", "11 Housing"})]]),
            Heading("Family members living at the address"),
            grid(
                ["SURNAME, Forename", "Date of birth", "Relationship"],
                [
                    ["GORDON, Kirsteen", "11/01/1989", "Mother"],
                    ["GORDON, Callum", "23/05/2013", "Son"],
                    ["GORDON, Ellie", "02/12/2021", "Daughter"],
                ],
            ),
            kv(
                ("Current address", "64 Vicar Street, Sedgley, Dudley"),
                ("Postcode", "DY3 2DE"),
                ("Previous address", "3 Station Road, Inverurie AB51 4RA (until June 2026)"),
                per_row=1,
            ),
            Heading("Referrer"),
            kv(("Name", "Graham Ritchie"), ("Role", "Family Learning Worker"), ("Email", "graham.ritchie@learning.example.org"), ("Base", "Sedgley Library, DY3 2NU"), per_row=2),
            Heading("What is happening for the family?"),
            Para("Universal Credit claim stopped after the move from Inverurie; rent arrears; Callum (13) worried about money and missing school."),
            Heading("Consent"),
            Table([[L("I agree to this request and to information being shared."), "Signed: K. Gordon", "Date: 28/09/2026"]]),
        ]
    )


ON2 = date(2026, 10, 19)


def _b2() -> bytes:
    return render_pdf(
        [
            Title("Aberdeenshire – Request for Support for a Family"),
            Table([[L("Areas of need"), _areas({"11 Housing", "2 Childcare and respite"})]]),
            Heading("Family members living at the address"),
            grid(
                ["SURNAME, Forename", "Date of birth", "Relationship"],
                [["FORBES, Leanne", "05/09/1993", "Mother"], ["FORBES, Tyler", "17/04/2018", "Son"]],
            ),
            Table(
                [
                    [L("Current address"), Span("Staying with Leanne's aunt after eviction – address to be confirmed", 3)],
                    [L("Postcode"), "TBC", L("Phone"), "07700 900614"],
                ]
            ),
            Heading("Referrer"),
            kv(("Name", "Mrs Anne Cruickshank"), ("Role", "Nursery Manager, Little Acorns, Netherton DY2 8EE"), ("Email", "anne.cruickshank@nursery.example.org"), per_row=1),
            Heading("Consent"),
            grid(["Name", "Signature", "Date"], [["Leanne Forbes", "L Forbes", "19/10/2026"]]),
        ],
        title="Request for Support",
    )


ON3 = date(2026, 11, 16)


def _b3() -> bytes:
    html = render_html(
        [
            Title("Request for Support for a Family (Aberdeenshire format)"),
            Table([[L("Areas of need"), _areas({"5 Education and learning", "9 Health", "15 Social work"})]]),
            grid(
                ["SURNAME, Forename", "Date of birth", "Relationship"],
                [
                    ["REID, Alison", "29/03/1981", "Mother"],
                    ["REID, Finlay", "16/11/2012", "Son"],
                    ["REID, Isla", "08/08/2016", "Daughter"],
                ],
            ),
            kv(("Address", "22 Hagley Road, Halesowen"), ("Postcode", "B63 4HJ"), ("GP", "Hasbury Surgery, B63 3HN")),
            Heading("Referrer"),
            kv(("Name", "Neil Duguid"), ("Role", "Head of Year 9"), ("Email", "neil.duguid@halesowen.example.org")),
            Heading("Consent"),
            grid(
                ["Name", "Signature", "Date"],
                [["Alison Reid", "A. Reid", "16/11/2026"], ["Finlay Reid", "", ""]],
            ),
            Para("Finlay turns 14 today and was off school, so has not signed yet."),
        ]
    )
    return html_only(
        "Neil Duguid <neil.duguid@halesowen.example.org>",
        FRONT_DOOR,
        "Request for support - REID family",
        ON3,
        "This message is in HTML format.",
        html,
    )


CASES: tuple[CouncilCase, ...] = (
    CouncilCase(
        "heldout15-aberdeenshire-01",
        COUNCIL,
        URL,
        TITLE,
        "Word request with the Support Directory's numbered areas as a tick row first, 'SURNAME, Forename' household grid, previous Inverurie address under the home postcode, referrer's library DY3 2NU; consent statement, signature and date in one three-cell row",
        "referral.docx",
        ON1,
        _b1,
        Expected(
            "early_help_assessment",
            (
                person("Kirsteen Gordon", date(1989, 1, 11), True, ON1),
                person("Callum Gordon", date(2013, 5, 23), False, ON1),
                person("Ellie Gordon", date(2021, 12, 2), False, ON1),
            ),
            "DY3 2DE",
            "Graham Ritchie",
            "graham.ritchie@learning.example.org",
            None,
        ),
    ),
    CouncilCase(
        "heldout15-aberdeenshire-02",
        COUNCIL,
        URL,
        TITLE,
        "flattened PDF request: family staying with an aunt after eviction, 'address to be confirmed', Postcode 'TBC'; the nursery's DY2 8EE the only postcode",
        "referral.pdf",
        ON2,
        _b2,
        Expected(
            "early_help_assessment",
            (
                person("Leanne Forbes", date(1993, 9, 5), True, ON2),
                person("Tyler Forbes", date(2018, 4, 17), False, ON2),
            ),
            None,
            "Anne Cruickshank",
            "anne.cruickshank@nursery.example.org",
            None,
            queue_reason="postcode_missing",
        ),
    ),
    CouncilCase(
        "heldout15-aberdeenshire-03",
        COUNCIL,
        URL,
        TITLE,
        "HTML-only email (text part a stub) of the request as tables: a son exactly 14 on the day has an empty signature row; GP B63 3HN beside the home B63 4HJ",
        "message.eml",
        ON3,
        _b3,
        Expected(
            "early_help_assessment",
            (
                person("Alison Reid", date(1981, 3, 29), True, ON3),
                person("Finlay Reid", date(2012, 11, 16), False, ON3),
                person("Isla Reid", date(2016, 8, 8), False, ON3),
            ),
            "B63 4HJ",
            "Neil Duguid",
            "neil.duguid@halesowen.example.org",
            None,
            queue_reason="consent_missing",
        ),
    ),
)
