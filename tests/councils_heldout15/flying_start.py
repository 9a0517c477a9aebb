"""Flying Start (the Welsh Government's targeted Early Years programme for families with children
under 4): the Flying Start Health Programme Guidance names its four entitlements (part-time
childcare for 2-3 year olds, an intensive health visiting service, parenting support, speech,
language and communication support) and its multidisciplinary team; the referral forms laid out
here are generic."""

# ruff: noqa: E501  (wording follows the published page)

from datetime import date

from tests.councils.kit import (
    CB,
    SDT,
    Boxes,
    F,
    Heading,
    L,
    Para,
    Table,
    Title,
    grid,
    kv,
    person,
    render_acroform,
    render_docx,
    render_pdf,
)
from tests.councils.model import CouncilCase, Expected
from tests.councils_heldout15._bits import deleted

URL = "https://fdocuments.in/document/flying-start-health-programme-guidance-2-introduction-flying-start-is-the.html"
TITLE = "Flying Start Health Programme Guidance, May 2017 (Welsh Government targeted Early Years programme for families with children under 4: childcare for 2-3 year olds; intensive health visiting; parenting support; speech, language and communication)"
COUNCIL = "Flying Start (Welsh Government Early Years programme)"

_ENT = ("Childcare (2-3 year olds)", "Intensive health visiting", "Parenting support", "Speech, language and communication")


def _ents(on: set[str]) -> Boxes:
    return Boxes(tuple(CB(e in on, e) for e in _ENT))


ON1 = date(2026, 9, 17)


def _b1() -> bytes:
    return render_docx(
        [
            Title("Flying Start – Multidisciplinary Team Referral"),
            Table([[L("Entitlement requested"), _ents({"Parenting support", "Speech, language and communication"})]]),
            Heading("Child"),
            kv(
                ("Child's name", SDT("Alfie Davies")),
                ("Date of birth", SDT("12/06/2023", kind="date", iso="2023-06-12")),
                ("NHS number", SDT(None)),
                ("Address", SDT("31 Hall Street, Dudley DY1 4RN")),
                per_row=1,
            ),
            Heading("Parents / carers in the household"),
            grid(
                ["Name", "Date of birth", "Relationship"],
                [["Chloe Davies", "28/02/2000", "Mother"], ["Ryan Pritchard", "13/09/1998", "Father"]],
            ),
            Heading("Other children"),
            Table([[SDT(None)]]),
            Heading("Health visitor"),
            kv(("Name", "Megan Roberts"), ("Base", "Dudley Central Clinic, DY1 1HF"), ("Email", "megan.roberts@nhs.example.net"), ("Date", SDT("17/09/2026", kind="date", iso="2026-09-17")), per_row=2),
            Heading("Parental consent"),
            grid(["Parent", "Signature", "Date"], [["Chloe Davies", "C Davies", "17/09/2026"], ["Ryan Pritchard", "R. Pritchard", "17/09/2026"]]),
        ]
    )


ON2 = date(2026, 10, 21)


def _b2() -> bytes:
    return render_pdf(
        [
            Title("Flying Start – Multidisciplinary Team Referral"),
            kv(("Child's name", "Poppy Hughes"), ("Date of birth", "05/01/2024"), ("Address", "2 Dock Lane, Dudley DY1 2QP"), per_row=1),
            grid(["Name", "Date of birth", "Relationship"], [["Natalie Hughes", "11/11/2001", "Mother"], ["Poppy Hughes", "05/01/2024", "Child"]]),
            Heading("Safeguarding"),
            Table(
                [
                    [L("Is there a child protection concern? Yes / No (delete as appropriate)"), deleted(True)],
                    [L("Details"), "Unexplained bruising to Poppy's upper arms seen at the 21-month review; mum's ex-partner has been returning to the home."],
                ]
            ),
            Heading("Referrer"),
            kv(("Name", "Ceri Edwards"), ("Role", "Flying Start Health Visitor"), ("Email", "ceri.edwards@nhs.example.net"), ("Date", "21/10/2026"), per_row=2),
            Heading("Consent"),
            Para("Natalie Hughes agreed to the referral (verbal consent 21/10/2026)."),
        ],
        title="Flying Start referral",
    )


ON3 = date(2026, 11, 11)


def _b3() -> bytes:
    return render_acroform(
        [
            Title("Flying Start – Parenting Support Referral"),
            Heading("Child"),
            Table(
                [
                    [L("Child's name"), F("Maisie Carter", "child_name")],
                    [L("Date of birth (day / month / year)"), F("24", "dob_day"), F("03", "dob_month"), F("2023", "dob_year")],
                    [L("Address"), F("8 High Street, Moxley WV14 9AA", "address")],
                ]
            ),
            Heading("Parent / carer"),
            Table(
                [
                    [L("Name"), F("Jodie Carter", "parent1_name"), L("Date of birth"), F("19/08/1996", "parent1_dob")],
                    [L("Name"), F("Liam Carter", "parent2_name"), L("Date of birth"), F("02/04/1994", "parent2_dob")],
                ]
            ),
            Heading("Referrer"),
            kv(("Referrer", F("Tanya Blake, Nursery Officer, Moxley Nursery WV14 9JW", "referrer")), ("Date", F("11/11/2026", "ref_date"))),
            Heading("Lead professional (if not the referrer)"),
            kv(("Name", F("Gwen Parry", "lp_name")), ("Email", F("gwen.parry@nhs.example.net", "lp_email"))),
            Heading("Parent agreement"),
            Table(
                [
                    [L("Signed (parent 1)"), F("J Carter", "sig1"), L("Signed (parent 2)"), F("L Carter", "sig2")],
                ]
            ),
        ],
        title="Flying Start parenting referral",
    )


CASES: tuple[CouncilCase, ...] = (
    CouncilCase(
        "heldout15-flying-start-01",
        COUNCIL,
        URL,
        TITLE,
        "Word Flying Start referral in content controls (date pickers, 'Click here to enter text.' in the empty NHS number and other-children boxes), entitlement tick row; parents of different surnames sign; clinic DY1 1HF",
        "referral.docx",
        ON1,
        _b1,
        Expected(
            "early_help_assessment",
            (
                person("Alfie Davies", date(2023, 6, 12), False, ON1),
                person("Chloe Davies", date(2000, 2, 28), True, ON1),
                person("Ryan Pritchard", date(1998, 9, 13), True, ON1),
            ),
            "DY1 4RN",
            "Megan Roberts",
            "megan.roberts@nhs.example.net",
            None,
        ),
    ),
    CouncilCase(
        "heldout15-flying-start-02",
        COUNCIL,
        URL,
        TITLE,
        "flattened PDF Flying Start referral: 'Is there a child protection concern? Yes / No (delete as appropriate)' answered by deleting No; verbal consent",
        "referral.pdf",
        ON2,
        _b2,
        Expected(
            "early_help_assessment",
            (
                person("Poppy Hughes", date(2024, 1, 5), False, ON2),
                person("Natalie Hughes", date(2001, 11, 11), True, ON2),
            ),
            "DY1 2QP",
            "Ceri Edwards",
            "ceri.edwards@nhs.example.net",
            None,
            safeguarding=True,
            queue_reason="safeguarding_concern",
        ),
    ),
    CouncilCase(
        "heldout15-flying-start-03",
        COUNCIL,
        URL,
        TITLE,
        "fillable PDF with named fields and the child's date of birth in three fields (day / month / year); lead professional named apart from the nursery referrer (WV14 9JW)",
        "referral.pdf",
        ON3,
        _b3,
        Expected(
            "early_help_assessment",
            (
                person("Maisie Carter", date(2023, 3, 24), False, ON3),
                person("Jodie Carter", date(1996, 8, 19), True, ON3),
                person("Liam Carter", date(1994, 4, 2), True, ON3),
            ),
            "WV14 9AA",
            "Gwen Parry",
            "gwen.parry@nhs.example.net",
            None,
        ),
    ),
)
