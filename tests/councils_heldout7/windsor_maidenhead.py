"""Royal Borough of Windsor and Maidenhead: proposed Family Hub Service (Achieving for Children;
children's centres, youth centres, parenting service, family resilience service)."""

# ruff: noqa: E501  (wording follows the published page)

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
    render_acroform,
    render_docx,
)
from tests.councils.model import CouncilCase, Expected

URL = "https://www.sloughobserver.co.uk/news/18643091.windsor-maidenhead-residents-can-express-views-family-hubs/"
TITLE = "Slough Observer – Windsor and Maidenhead residents can express views on family hubs (RBWM proposed family hub services for children aged 0-19 and up to 25 with SEND; children's and youth centres, parenting service, family resilience service; Achieving for Children)"
COUNCIL = "Royal Borough of Windsor and Maidenhead"

_SERVICES = ("Children's centre", "Youth service", "Parenting service", "Family resilience service")


def _blocks(
    on: str,
    svc: set[str],
    you: list[tuple[str, str]],
    family: list[list[str]],
    addr: tuple[str, str],
    why: str,
    sig: list[list[str]],
) -> list[object]:
    return [
        Title(
            "Family Hub Service – Referral",
            "Achieving for Children on behalf of the Royal Borough of Windsor and Maidenhead",
        ),
        Heading("Service(s) requested"),
        Table([[Boxes(tuple(CB(s in svc, s) for s in _SERVICES))]]),
        Heading("Referrer"),
        kv(*you, ("Date", on), per_row=2),
        Heading("Family members"),
        grid(["First name", "Surname", "Date of birth", "Relationship"], family),
        kv(("Address", addr[0]), ("Postcode", addr[1]), per_row=2),
        Heading("Reason for referral"),
        Para(why),
        Heading("Parent / carer agreement"),
        grid(["Name", "Signature", "Date"], sig),
    ]


ON1 = date(2026, 4, 2)


def _b1() -> bytes:
    return render_docx(
        _blocks(
            "02/04/2026",
            {"Children's centre", "Parenting service"},
            [
                ("Name", "Kirsty Holloway"),
                ("Role", "Early Years SENCO, Riverside Nursery"),
                ("Address", "Maidenhead SL6 1RF"),
                ("Email", "k.holloway@riverside.example.sch.uk"),
            ],
            [
                ["Alfie", "Turner", "14/08/2022", "Child"],
                ["Jodie", "Turner", "26/02/1993", "Mother"],
                ["Sam", "Turner", "13/03/1992", "Father"],
            ],
            ("10 Hayes Lane, Lye, Stourbridge", "DY9 7AA"),
            "Alfie (3) has sensory needs and tantrums; parents ask for the parenting course and stay-and-play.",
            [["Jodie Turner", "J Turner", "02/04/2026"], ["Sam Turner", "S Turner", "02/04/2026"]],
        )
    )


ON2 = date(2026, 8, 27)


def _b2() -> bytes:
    return render_acroform(
        _blocks(
            "27/08/2026",
            {"Youth service", "Family resilience service"},
            [
                ("Name", "Josh Bennett"),
                ("Role", "Youth Offending Team Officer"),
                ("Address", "Windsor SL4 1DD"),
                ("Email", "josh.bennett@afc.example.org.uk"),
            ],
            [
                ["Mason", "Clarke", "19/06/2010", "Young person"],
                ["Donna", "Clarke", "07/07/1980", "Mother"],
                ["Harvey", "Clarke", "02/09/2013", "Brother"],
            ],
            ("88 Wellington Road, Tipton", "WV14 9AA"),
            "Mason (16) received a community resolution for shoplifting; Mum and Mason both want youth work and family resilience support.",
            [
                ["Donna Clarke", "D. Clarke", "27/08/2026"],
                ["Mason Clarke", "M Clarke", "27/08/2026"],
            ],
        ),
        "Family Hub Service Referral",
    )


ON3 = date(2026, 11, 24)


def _b3() -> bytes:
    return render_docx(
        _blocks(
            "24/11/2026",
            {"Family resilience service"},
            [
                ("Name", "Aisha Rahman"),
                ("Role", "Pastoral Manager, Furze Platt Senior School"),
                ("Address", "Maidenhead SL6 7NQ"),
                ("Email", "a.rahman@furzeplatt.example.sch.uk"),
            ],
            [
                ["Leah", "Foster", "05/05/2011", "Young person"],
                ["Natalie", "Foster", "18/01/1979", "Mother"],
                ["Gary", "Foster", "23/09/1976", "Father"],
            ],
            ("30 Lower High Street, Stourbridge", "DY8 1AA"),
            "Leah (15) and her parents argue constantly; she has run to her aunt's twice. Parents want family resilience support.",
            [
                ["Natalie Foster", "N Foster", "24/11/2026"],
                ["Gary Foster", "G Foster", "24/11/2026"],
                ["Leah Foster", "", ""],
            ],
        )
    )


CASES: tuple[CouncilCase, ...] = (
    CouncilCase(
        "heldout7-windsor-maidenhead-hub-01",
        COUNCIL,
        URL,
        TITLE,
        "Word Family Hub referral: the four hub services as one ☒/☐ row, nursery's SL6 before the family, First name | Surname grid, separate Postcode cell, agreement grid with typed signatures of both parents",
        "referral.docx",
        ON1,
        _b1,
        Expected(
            "early_help_assessment",
            (
                person("Alfie Turner", date(2022, 8, 14), False, ON1),
                person("Jodie Turner", date(1993, 2, 26), True, ON1),
                person("Sam Turner", date(1992, 3, 13), True, ON1),
            ),
            "DY9 7AA",
            "Kirsty Holloway",
            "k.holloway@riverside.example.sch.uk",
            None,
        ),
    ),
    CouncilCase(
        "heldout7-windsor-maidenhead-hub-02",
        COUNCIL,
        URL,
        TITLE,
        "fillable PDF Family Hub referral from a YOT officer (Windsor SL4): WV14 family postcode, mum and the 16-year-old sign",
        "referral.pdf",
        ON2,
        _b2,
        Expected(
            "early_help_assessment",
            (
                person("Mason Clarke", date(2010, 6, 19), True, ON2),
                person("Donna Clarke", date(1980, 7, 7), True, ON2),
                person("Harvey Clarke", date(2013, 9, 2), False, ON2),
            ),
            "WV14 9AA",
            "Josh Bennett",
            "josh.bennett@afc.example.org.uk",
            None,
        ),
    ),
    CouncilCase(
        "heldout7-windsor-maidenhead-hub-03",
        COUNCIL,
        URL,
        TITLE,
        "Word Family Hub referral from a secondary school (SL6 7NQ): both parents sign, the 15-year-old's agreement row left blank",
        "referral.docx",
        ON3,
        _b3,
        Expected(
            "early_help_assessment",
            (
                person("Leah Foster", date(2011, 5, 5), False, ON3),
                person("Natalie Foster", date(1979, 1, 18), True, ON3),
                person("Gary Foster", date(1976, 9, 23), True, ON3),
            ),
            "DY8 1AA",
            "Aisha Rahman",
            "a.rahman@furzeplatt.example.sch.uk",
            None,
            queue_reason="consent_missing",
        ),
    ),
)
