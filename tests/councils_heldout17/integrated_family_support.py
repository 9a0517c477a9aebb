"""Integrated Family Support Service (the Welsh integrated family support teams set up under
the Children and Families (Wales) Measure), from the Deputy Minister's article 'Early
intervention could improve families' lives': multi-agency teams of social workers, family
workers, substance misuse professionals, nurses and health visitors working directly and
intensively with families with complex needs (first those where a parent misuses substances)
to keep children safely at home. The article describes the teams, not a form: the referral
forms use its roles and focus and plain labels for the rest."""

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
from tests.councils_heldout17._mail import FRONT_DOOR, html_only

URL = "https://careappointments.com/care-news/wales/77755/early-intervention-could-improve-families-lives-gwenda-thomas/"
TITLE = "Early intervention could improve families' lives – Gwenda Thomas (integrated family support teams, Children and Families (Wales) Measure)"
COUNCIL = "Integrated Family Support Service"

_CONCERNS = ("Parental substance misuse", "Domestic abuse", "Parental mental health", "Other complex need")


def _concerns(*on: int) -> Boxes:
    return Boxes(tuple(CB(i in on, c) for i, c in enumerate(_CONCERNS)))


ON1 = date(2026, 9, 22)


def _b1() -> bytes:
    return render_pdf(
        [
            Title("Integrated Family Support Service", "Referral for intensive family support"),
            Table([[L("Date"), "22/09/2026", L("Main concern"), _concerns(0)]]),
            Heading("Family"),
            grid(["Name", "DOB", "Relationship"], [["Jade Collins", "04/03/1995", "Mother"], ["Bobby Collins", "10/10/2019", "Son"]]),
            kv(("Address", "Withheld – family in refuge; contact via the worker only"), ("Postcode", "Withheld"), per_row=1),
            Heading("Worker"),
            kv(("Name", "Ceri Matthews"), ("Role", "Substance misuse worker"), ("Email", "ceri.matthews@ifss.example.org"), ("Office", "Dudley DY1 1HF"), per_row=2),
            Heading("Consent"),
            grid(["Name", "Signature", "Date"], [["Jade Collins", "J. Collins", "22/09/2026"]]),
        ],
        title="IFSS referral",
    )


ON2 = date(2026, 10, 27)


def _b2() -> bytes:
    return render_docx(
        [
            Title("Integrated Family Support Service – Referral"),
            Table(
                [
                    [L("Date of referral"), "27/10/2026", L("Referrer's agency"), "Health visiting"],
                    [L("Concerns (tick)"), Span(_concerns(0, 2), 3)],
                ]
            ),
            Heading("Children"),
            grid(["Name", "DOB"], [["Poppy Nash", "18/01/2021"], ["Harvey Nash", "09/09/2014"]]),
            Heading("Parents / carers in the home"),
            grid(["Name", "DOB", "Relationship"], [["Lisa Nash", "27/07/1984", "Mother"], ["Craig Nash", "02/02/1982", "Father"]]),
            kv(("Home address", "14 Lye Cross Road, Stourbridge DY9 0QQ"), per_row=1),
            Heading("Referrer"),
            kv(("Name", "Emma Carter"), ("Email", "emma.carter@hv.example.net"), ("Phone", "07700 900624"), per_row=2),
            Heading("Agreement"),
            Para("The family understand the service works with everyone in the home and agree to the referral."),
            grid(["Print name", "Signature", "Date"], [["Lisa Nash", "L Nash", "27/10/2026"], ["Craig Nash", "C. Nash", "27/10/2026"], ["Harvey Nash", "H Nash", "27/10/2026"]]),
        ]
    )


ON3 = date(2026, 12, 1)


def _b3() -> bytes:
    html = render_html(
        [
            Title("Integrated Family Support Service – referral"),
            kv(("Date", "01/12/2026"), ("Main concern", "Parental substance misuse (alcohol) – father in treatment")),
            Heading("Household"),
            grid(["Name", "DOB", "Relationship"], [["Gary Fisher", "13/03/1979", "Father"], ["Megan Fisher", "21/08/2008", "Daughter"], ["Ethan Fisher", "05/05/2013", "Son"]]),
            kv(("Address", "29 Pedmore Road, Lye, Stourbridge DY9 7AA")),
            Heading("Mother"),
            Para("Kelly Fisher lives separately at 12 Wolverhampton Street, Dudley DY1 1AA; contact arrangements in place."),
            Heading("Consent"),
            Para("Gary Fisher, Megan Fisher (18) and Ethan Fisher (13) agreed to the referral and signed on 01/12/2026."),
            Heading("Referrer"),
            kv(("Name", "Rhodri Owen, Social Worker"), ("Email", "rhodri.owen@childrens.example.gov.uk")),
        ]
    )
    return html_only("Rhodri Owen <rhodri.owen@childrens.example.gov.uk>", FRONT_DOOR, "IFSS referral - Fisher family", ON3, "Please see the HTML version of this message.", html)


CASES: tuple[CouncilCase, ...] = (
    CouncilCase(
        "heldout17-integrated-family-support-01",
        COUNCIL,
        URL,
        TITLE,
        "flattened PDF intensive-support referral: family in refuge with address and postcode 'Withheld'; only the worker's office DY1 1HF",
        "referral.pdf",
        ON1,
        _b1,
        Expected(
            "early_help_assessment",
            (person("Jade Collins", date(1995, 3, 4), True, ON1), person("Bobby Collins", date(2019, 10, 10), False, ON1)),
            None,
            "Ceri Matthews",
            "ceri.matthews@ifss.example.org",
            None,
            queue_reason="postcode_missing",
        ),
    ),
    CouncilCase(
        "heldout17-integrated-family-support-02",
        COUNCIL,
        URL,
        TITLE,
        "Word referral with a merged concerns row of four tick boxes (two ticked), children listed apart from parents, three 'Print name / Signature / Date' signers",
        "referral.docx",
        ON2,
        _b2,
        Expected(
            "early_help_assessment",
            (person("Poppy Nash", date(2021, 1, 18), False, ON2), person("Harvey Nash", date(2014, 9, 9), True, ON2), person("Lisa Nash", date(1984, 7, 27), True, ON2), person("Craig Nash", date(1982, 2, 2), True, ON2)),
            "DY9 0QQ",
            "Emma Carter",
            "emma.carter@hv.example.net",
            None,
        ),
    ),
    CouncilCase(
        "heldout17-integrated-family-support-03",
        COUNCIL,
        URL,
        TITLE,
        "HTML-only e-mail: the separated mother lives at a Dudley-table postcode DY1 1AA; consent in a sentence naming father, 18-year-old and 13-year-old",
        "message.eml",
        ON3,
        _b3,
        Expected(
            "early_help_assessment",
            (person("Gary Fisher", date(1979, 3, 13), True, ON3), person("Megan Fisher", date(2008, 8, 21), True, ON3), person("Ethan Fisher", date(2013, 5, 5), True, ON3)),
            "DY9 7AA",
            "Rhodri Owen",
            "rhodri.owen@childrens.example.gov.uk",
            None,
        ),
    ),
)
