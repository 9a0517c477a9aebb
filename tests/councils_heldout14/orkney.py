"""Orkney Islands Council with Police Scotland and NHS Orkney (Protect Orkney): child protection
in Scotland for children and young people under 18, signs to be concerned about in a child and
in a parent or carer, The Promise."""

# ruff: noqa: E501  (wording follows the published page)

from datetime import date

from tests.councils.kit import (
    FCB,
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
    render_pdf,
)
from tests.councils.model import CouncilCase, Expected
from tests.councils_heldout14._bits import deleted
from tests.councils_heldout14._mail import FRONT_DOOR, with_attachment

URL = "https://youth.protectorkney.co.uk/resources-for-young-people/child-protection-in-scotland"
TITLE = "Protect Orkney – Child Protection in Scotland (Orkney Islands Council, Police Scotland and NHS Orkney work together to keep children in Orkney safe, happy and healthy; signs to be concerned about a child; signs to be concerned about in a parent/carer)"
COUNCIL = "Orkney Islands Council (Protect Orkney)"

_HEAD = [
    Title("Orkney – Wellbeing Concern / Request for Support", "Safe, happy and healthy: everyone from unborn babies to the night before someone's 18th birthday"),
]


def _signs(food: bool, school: bool, caring: bool, injury: bool) -> Table:
    return kv(
        ("Signs to be concerned about a child", FCB(food, "Not getting enough food to eat")),
        ("", FCB(school, "Not regularly attending school or nursery")),
        ("", FCB(injury, "Showing signs of physical injury, such as bruises, scalds or burn marks")),
        ("", FCB(caring, "Inappropriate caring duties for siblings or parents")),
    )


ON1 = date(2026, 9, 21)


def _b1() -> bytes:
    return render_docx(
        [
            *_HEAD,
            Heading("About the child and family"),
            Table(
                [
                    [L("Child's name"), "Ruaridh Flett", L("Date of birth"), "07/02/2013"],
                    [L("Current address"), Span("40 Thorns Road, Quarry Bank, Brierley Hill", 1), L("Postcode"), "DY9 0QQ"],
                    [L("Previous address"), Span("22 Stanley Street, Lye, Stourbridge", 1), L("Postcode"), "DY9 7AA"],
                ]
            ),
            grid(
                ["Name", "Relationship", "Date of birth", "Lives with child?"],
                [
                    ["Heather Flett", "Mother", "23/03/1984", "Yes"],
                    ["Erlend Flett", "Brother", "12/12/2016", "Yes"],
                    ["Magnus Flett", "Father", "05/05/1980", "No – Kirkwall, Orkney KW15 1NY"],
                ],
            ),
            Heading("What are you worried about?"),
            _signs(False, True, True, False),
            Para("Ruaridh (13) has missed 19 sessions since moving from Orkney; he looks after Erlend while mum works shifts. Mum agrees a family support worker would help."),
            Heading("Person completing this form"),
            kv(("Name", "Kirsty Rendall"), ("Role", "Guidance Teacher"), ("Email", "kirsty.rendall@redhill.example.org"), ("Date", "21/09/2026"), per_row=2),
            Heading("Consent"),
            kv(("Parent / carer consent", "Heather Flett agreed to this request on 21/09/2026 (consent gained verbally).")),
        ]
    )


ON2 = date(2026, 10, 26)


def _pdf2() -> bytes:
    return render_pdf(
        [
            *_HEAD,
            Heading("Person completing this form"),
            kv(
                ("Name", "Inga Sinclair"),
                ("Role", "Women's Aid Children's Worker"),
                ("Address", "Junction Road, Kirkwall, Orkney KW15 1NY"),
                ("Email", "inga.sinclair@womensaid.example.org"),
                ("Date", "26/10/2026"),
                per_row=1,
            ),
            Heading("About the child and family"),
            kv(("Current address", "Refuge accommodation, Dudley area – address not disclosed"), ("Postcode", "Withheld"), per_row=2),
            grid(
                ["Name", "Relationship", "Date of birth"],
                [["Shona Linklater", "Mother", "09/09/1993"], ["Freya Linklater", "Daughter", "30/01/2019"]],
            ),
            Heading("What are you worried about?"),
            _signs(False, True, False, False),
            Para("Family fled domestic abuse in Orkney and are in a Dudley refuge. Freya (7) is not yet on a school roll."),
            Heading("Consent"),
            kv(("Signed (parent / carer)", "S. Linklater"), ("Date", "26/10/2026"), per_row=2),
        ],
        title="Orkney wellbeing concern",
    )


def _b2() -> bytes:
    return with_attachment(
        "Inga Sinclair <inga.sinclair@womensaid.example.org>",
        FRONT_DOOR,
        "Request for support - LINKLATER (refuge)",
        ON2,
        "Hello,\n\nPlease find attached a request for support for a family now in refuge accommodation in Dudley. The address is withheld for safety; please contact me to arrange a visit.\n\nInga Sinclair\nChildren's Worker",
        _pdf2(),
        "Linklater request for support.pdf",
    )


ON3 = date(2026, 11, 16)


def _b3() -> bytes:
    return render_pdf(
        [
            *_HEAD,
            Heading("About the child and family"),
            kv(("Child's name", "Jack Drever"), ("Date of birth", "14/04/2022"), ("Address", "7 Kates Hill, Dudley DY2 0AB"), per_row=1),
            grid(
                ["Name", "Relationship", "Date of birth"],
                [["Amy Drever", "Mother", "18/06/2002"], ["Connor Muir", "Mum's partner", "01/02/2000"]],
            ),
            Heading("What are you worried about?"),
            _signs(True, False, False, True),
            Para("Bruising to both upper arms seen at nursery today; Jack said 'Connor grabbed me'."),
            kv(
                ("Do you believe this child is at risk of significant harm? Yes / No (delete as appropriate)", deleted(True)),
                ("Have the parents been told about this referral? Yes / No (delete as appropriate)", deleted(False)),
            ),
            Heading("Person completing this form"),
            kv(("Name", "Eilidh Scott"), ("Role", "Nursery Manager"), ("Email", "eilidh.scott@nursery.example.org"), ("Date", "16/11/2026"), per_row=2),
        ],
        title="Orkney wellbeing concern",
    )


CASES: tuple[CouncilCase, ...] = (
    CouncilCase(
        "heldout14-orkney-01",
        COUNCIL,
        URL,
        TITLE,
        "Word wellbeing concern, hard: 'Previous address' with another Dudley-table postcode (DY9 7AA) straight under the current one; father in Kirkwall in the 'Lives with child? No' row; signs-to-be-concerned FORMCHECKBOX list; verbal consent named",
        "referral.docx",
        ON1,
        _b1,
        Expected(
            "early_help_assessment",
            (
                person("Ruaridh Flett", date(2013, 2, 7), False, ON1),
                person("Heather Flett", date(1984, 3, 23), True, ON1),
                person("Erlend Flett", date(2016, 12, 12), False, ON1),
            ),
            "DY9 0QQ",
            "Kirsty Rendall",
            "kirsty.rendall@redhill.example.org",
            None,
        ),
    ),
    CouncilCase(
        "heldout14-orkney-02",
        COUNCIL,
        URL,
        TITLE,
        "email with the flattened PDF request attached: family in refuge, address 'not disclosed' and Postcode 'Withheld'; the women's aid worker's Kirkwall KW15 1NY the only postcode",
        "message.eml",
        ON2,
        _b2,
        Expected(
            "early_help_assessment",
            (
                person("Shona Linklater", date(1993, 9, 9), True, ON2),
                person("Freya Linklater", date(2019, 1, 30), False, ON2),
            ),
            None,
            "Inga Sinclair",
            "inga.sinclair@womensaid.example.org",
            None,
            queue_reason="postcode_missing",
        ),
    ),
    CouncilCase(
        "heldout14-orkney-03",
        COUNCIL,
        URL,
        TITLE,
        "flattened PDF wellbeing concern from a nursery: 'at risk of significant harm? Yes / No (delete as appropriate)' answered Yes; parents not told; mum's partner in the household grid",
        "referral.pdf",
        ON3,
        _b3,
        Expected(
            "early_help_assessment",
            (
                person("Jack Drever", date(2022, 4, 14), False, ON3),
                person("Amy Drever", date(2002, 6, 18), False, ON3),
                person("Connor Muir", date(2000, 2, 1), False, ON3),
            ),
            "DY2 0AB",
            "Eilidh Scott",
            "eilidh.scott@nursery.example.org",
            None,
            safeguarding=True,
            queue_reason="safeguarding_concern",
        ),
    ),
)
