"""Cardiff: Cardiff Family Advice and Support (early help approaches; Family Help; themes of
delivery based on Adverse Childhood Experiences)."""

# ruff: noqa: E501  (wording follows the published page)

from datetime import date

from tests.councils.kit import (
    CB,
    Boxes,
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

URL = "https://vdocuments.site/early-help-cardiff-family-advice-and-support-1-introduction-this-document.html"
TITLE = "Early Help – Cardiff Family Advice and Support: Early Help Approaches and Interventions (1. Introduction; six themes for advice, support & intervention: 1. Safeguarding …)"
COUNCIL = "Cardiff Council"

_THEMES = (
    "Safeguarding",
    "Parenting",
    "Emotional wellbeing",
    "Education",
    "Money and housing",
    "Health",
)


def _blocks(
    on: str,
    themes: set[str],
    you: list[tuple[str, str]],
    family: list[list[str]],
    addr: str,
    why: str,
    consent: str,
) -> list[object]:
    return [
        Title("Cardiff Family Advice and Support – Request for Help", "Cais am Gymorth"),
        Heading("Themes of support needed"),
        Table(
            [
                [Boxes(tuple(CB(t in themes, t) for t in _THEMES[:3]))],
                [Boxes(tuple(CB(t in themes, t) for t in _THEMES[3:]))],
            ]
        ),
        Heading("About the family"),
        grid(["Name", "Date of birth", "Relationship to child", "Living at home?"], family),
        kv(("Home address", addr)),
        Heading("What support is the family asking for?"),
        Para(why),
        Heading("Consent / Caniatâd"),
        Table(
            [[L("Has the family agreed to this request and to information being shared?"), consent]]
        ),
        Heading("Your details"),
        kv(*you, ("Date", on), per_row=2),
    ]


ON1 = date(2026, 3, 17)


def _b1() -> bytes:
    return render_docx(
        _blocks(
            "17/03/2026",
            {"Parenting", "Emotional wellbeing"},
            [
                ("Name", "Sian Pritchard"),
                ("Agency", "Health Visiting, Cardiff and Vale UHB"),
                ("Base", "Splott Health Centre, CF24 2EZ"),
                ("Email", "sian.pritchard@nhs.example.wales"),
            ],
            [
                ["Seren Davies", "30/06/2024", "Child", "Yes"],
                ["Ffion Davies", "14/01/1997", "Mother", "Yes"],
                ["Rhys Morgan", "03/05/1995", "Father", "Yes"],
                ["Gwen Davies", "22/11/1966", "Grandmother", "No – visits daily"],
            ],
            "31 Beach Road, Stourbridge DY8 4HB",
            "Mum has post-natal depression and Dad works nights; they ask for parenting support and a wellbeing group.",
            "Yes – Ffion Davies and Rhys Morgan, signed 17/03/2026",
        )
    )


ON2 = date(2026, 6, 25)


def _b2() -> bytes:
    return render_pdf(
        _blocks(
            "25/06/2026",
            {"Education", "Money and housing"},
            [
                ("Name", "Owain Jenkins"),
                ("Agency", "Education Welfare Officer"),
                ("Base", "County Hall, Atlantic Wharf, CF10 4UW"),
                ("Email", "owain.jenkins@cardiff.example.gov.uk"),
            ],
            [
                ["Tomos Evans", "05/02/2011", "Child", "Yes"],
                ["Mari Evans", "17/07/2014", "Child", "Yes"],
                ["Catrin Evans", "09/09/1981", "Mother", "Yes"],
            ],
            "6 Wolverhampton Street, Dudley DY3 1AB",
            "Tomos (15) attends 70%; family in rent arrears. Mum asks for help; Tomos was not present when the request was completed.",
            "Yes – Catrin Evans (mother), 25/06/2026",
        ),
        "Request for Help",
    )


ON3 = date(2026, 9, 9)


def _b3() -> bytes:
    return render_acroform(
        _blocks(
            "09/09/2026",
            {"Health", "Parenting"},
            [
                ("Name", "Nia Thomas"),
                ("Agency", "School Nurse, Cardiff and Vale UHB"),
                ("Base", "Llanishen Clinic, CF14 5GJ"),
                ("Email", "nia.thomas@nhs.example.wales"),
            ],
            [
                ["Dylan Price", "12/12/2015", "Child", "Yes"],
                ["Elin Price", "04/03/1989", "Mother", "Yes"],
                ["Gareth Price", "28/08/1987", "Father", "Yes"],
            ],
            "52 Wolverhampton Road, Dudley DY3 2DE",
            "Dylan (10) is overweight with asthma and misses appointments; parents ask for healthy-lifestyle and parenting support.",
            "Yes – Elin Price and Gareth Price, signed 09/09/2026",
        ),
        "Request for Help",
    )


CASES: tuple[CouncilCase, ...] = (
    CouncilCase(
        "heldout7-cardiff-fas-01",
        COUNCIL,
        URL,
        TITLE,
        "Word bilingual-titled request: six support themes as ☒/☐ first, family grid with a grandmother marked 'No – visits daily', consent question in words naming both parents, health visitor's CF24 base last",
        "referral.docx",
        ON1,
        _b1,
        Expected(
            "early_help_assessment",
            (
                person("Seren Davies", date(2024, 6, 30), False, ON1),
                person("Ffion Davies", date(1997, 1, 14), True, ON1),
                person("Rhys Morgan", date(1995, 5, 3), True, ON1),
            ),
            "DY8 4HB",
            "Sian Pritchard",
            "sian.pritchard@nhs.example.wales",
            None,
        ),
    ),
    CouncilCase(
        "heldout7-cardiff-fas-02",
        COUNCIL,
        URL,
        TITLE,
        "flattened PDF of the same request: consent from mother only, the 15-year-old not named; County Hall CF10 postcode at the end",
        "referral.pdf",
        ON2,
        _b2,
        Expected(
            "early_help_assessment",
            (
                person("Tomos Evans", date(2011, 2, 5), False, ON2),
                person("Mari Evans", date(2014, 7, 17), False, ON2),
                person("Catrin Evans", date(1981, 9, 9), True, ON2),
            ),
            "DY3 1AB",
            "Owain Jenkins",
            "owain.jenkins@cardiff.example.gov.uk",
            None,
            queue_reason="consent_missing",
        ),
    ),
    CouncilCase(
        "heldout7-cardiff-fas-03",
        COUNCIL,
        URL,
        TITLE,
        "fillable PDF of the request (label-derived field names, themes as checkboxes): clinic CF14 last, both parents in the consent answer",
        "referral.pdf",
        ON3,
        _b3,
        Expected(
            "early_help_assessment",
            (
                person("Dylan Price", date(2015, 12, 12), False, ON3),
                person("Elin Price", date(1989, 3, 4), True, ON3),
                person("Gareth Price", date(1987, 8, 28), True, ON3),
            ),
            "DY3 2DE",
            "Nia Thomas",
            "nia.thomas@nhs.example.wales",
            None,
        ),
    ),
)
