"""KIDS, the disabled children's charity (working in partnership with disabled children, young
people and their parents and carers; Short Breaks; young carers services; families referred by
other organisations such as Home-Start). The referral forms laid out here are generic."""

# ruff: noqa: E501  (wording follows the published page)

from datetime import date

from tests.councils.kit import (
    CB,
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
)
from tests.councils.model import CouncilCase, Expected
from tests.councils_heldout15._mail import FRONT_DOOR, plain

URL = "https://www.rnrmc.org.uk/kids"
TITLE = "About KIDS – disabled children, young people and their parents and carers; bespoke packages of care; young carers (the W. Family referred to KIDS young carers by Home-Start)"
COUNCIL = "KIDS (disabled children's charity – Short Breaks and young carers)"

ON1 = date(2026, 10, 1)


def _b1() -> bytes:
    return render_docx(
        [
            Title("KIDS – Short Breaks Referral"),
            Heading("About the disabled child or young person"),
            kv(("Name", "Oliver Grant"), ("Date of birth", "08/05/2014"), ("Disability / diagnosis", "Autism, global developmental delay"), ("School", "The Brier School, DY6 9XE"), per_row=2),
            Heading("Home address"),
            Table([["4 Grange Road, Halesowen", "B63 4HJ"]]),
            Heading("Everyone who lives in the home"),
            grid(
                ["Name", "Relationship to child", "Date of birth", "Signature (16+)"],
                [
                    ["Claire Grant", "Mother", "27/07/1982", "C Grant"],
                    ["Steven Grant", "Father", "15/03/1980", "S Grant"],
                    ["Connor Grant", "Brother", "02/09/2007", "Connor Grant"],
                ],
            ),
            Heading("What short breaks would the family like?"),
            Para("Weekly swimming and a Saturday club so that Connor can take his college exams."),
            Heading("Referrer"),
            kv(("Name", "Karen Stokes"), ("Organisation", "Home-Start Dudley"), ("Email", "karen.stokes@homestart.example.org"), ("Date", "01/10/2026"), per_row=2),
        ]
    )


ON2 = date(2026, 10, 29)


def _b2() -> bytes:
    return render_acroform(
        [
            Title("KIDS – Young Carers Referral"),
            Heading("Young carer"),
            Table(
                [
                    [L("Name"), F("Millie Shaw", "yc_name"), L("Date of birth"), F("13/06/2011", "yc_dob")],
                    [L("Address"), F("52 Stourbridge Road, Lye, Stourbridge DY9 7AA", "yc_address")],
                ]
            ),
            Heading("Person cared for and household"),
            grid(
                ["Name", "Relationship", "Date of birth"],
                [[F("Tina Shaw", "hh1_name"), F("Mother (wheelchair user)", "hh1_rel"), F("01/01/1979", "hh1_dob")], [F("Mia Shaw", "hh2_name"), F("Sister", "hh2_rel"), F("20/02/2020", "hh2_dob")]],
            ),
            Heading("Agreement"),
            Table(
                [
                    [L("Parent/carer agrees"), CB(True, "Yes", "parent_yes"), F("Tina Shaw", "parent_sig")],
                    [L("Young person agrees"), CB(False, "Yes", "yp_yes"), F("not yet asked – will discuss at school", "yp_sig")],
                ]
            ),
            Heading("Referrer"),
            kv(("Name", F("Adam Price", "ref_name")), ("Email", F("adam.price@school.example.org", "ref_email")), ("Date", F("29/10/2026", "ref_date"))),
        ],
        title="KIDS young carers",
    )


ON3 = date(2026, 11, 26)

_BODY3 = """Hi,

I'm the KIDS young carers worker for this family and they have now moved into Dudley, so I'm
sending the referral details on in the body of this email (our form wouldn't attach).

FAMILY: Mum - Vicky WATSON (DOB 18/04/1984), uses crutches and a wheelchair (arthritis)
        Dad - Andrew WATSON (DOB 09/09/1981), Royal Navy, away at sea most of the year
        Tom WATSON (DOB 05/07/2015) and Ian WATSON (DOB 26/11/2012) - young carers
ADDRESS: 19 Tipton Road, Dudley DY4 0RE (Dad's base: HMNB Portsmouth PO1 3LT)

Both boys help mum with meals, shopping and getting about. Ian turns 14 today and says he
wants to come to the group; Tom is shy but keen.

Consent: Vicky Watson and Ian Watson both signed our referral today (26/11/2026); Andrew
Watson agreed by phone from the ship.

Thanks,
Priya Nair
Young Carers Worker, KIDS
priya.nair@kids.example.org
07700 900472
"""


def _b3() -> bytes:
    return plain("Priya Nair <priya.nair@kids.example.org>", FRONT_DOOR, "Young carers - WATSON family (moved to Dudley)", ON3, _BODY3)


CASES: tuple[CouncilCase, ...] = (
    CouncilCase(
        "heldout15-kids-01",
        COUNCIL,
        URL,
        TITLE,
        "Word Short Breaks referral: home address and postcode in an unlabelled two-cell row, household grid with a 'Signature (16+)' column signed by both parents and the 19-year-old brother; school DY6 9XE",
        "referral.docx",
        ON1,
        _b1,
        Expected(
            "early_help_assessment",
            (
                person("Oliver Grant", date(2014, 5, 8), False, ON1),
                person("Claire Grant", date(1982, 7, 27), True, ON1),
                person("Steven Grant", date(1980, 3, 15), True, ON1),
                person("Connor Grant", date(2007, 9, 2), True, ON1),
            ),
            "B63 4HJ",
            "Karen Stokes",
            "karen.stokes@homestart.example.org",
            None,
        ),
    ),
    CouncilCase(
        "heldout15-kids-02",
        COUNCIL,
        URL,
        TITLE,
        "fillable PDF young carers referral with named fields and checkboxes: parent ticked Yes, the 15-year-old young carer's box unticked and 'not yet asked'",
        "referral.pdf",
        ON2,
        _b2,
        Expected(
            "early_help_assessment",
            (
                person("Millie Shaw", date(2011, 6, 13), False, ON2),
                person("Tina Shaw", date(1979, 1, 1), True, ON2),
                person("Mia Shaw", date(2020, 2, 20), False, ON2),
            ),
            "DY9 7AA",
            "Adam Price",
            "adam.price@school.example.org",
            None,
            queue_reason="consent_missing",
        ),
    ),
    CouncilCase(
        "heldout15-kids-03",
        COUNCIL,
        URL,
        TITLE,
        "plain-text email with the family as indented 'Mum - Vicky WATSON' lines, dad at sea (naval base PO1 3LT) but part of the household and agreeing by phone; a son exactly 14 on the day signs",
        "message.eml",
        ON3,
        _b3,
        Expected(
            "early_help_assessment",
            (
                person("Vicky Watson", date(1984, 4, 18), True, ON3),
                person("Andrew Watson", date(1981, 9, 9), True, ON3),
                person("Tom Watson", date(2015, 7, 5), False, ON3),
                person("Ian Watson", date(2012, 11, 26), True, ON3),
            ),
            "DY4 0RE",
            "Priya Nair",
            "priya.nair@kids.example.org",
            None,
        ),
    ),
)
