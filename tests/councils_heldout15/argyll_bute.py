"""Argyll and Bute Council: the Child's Plan as the council's guidance describes it (SHANARRI
well-being indicators of need; immediate and longer term plans; services to meet care, education,
health and development needs; the views of the child; any person/s with parental
responsibility/rights; any other person involved; arrangements for contact)."""

# ruff: noqa: E501  (wording follows the published page)

from datetime import date

from tests.councils.kit import (
    CB,
    Boxes,
    Cell,
    F,
    Heading,
    L,
    Para,
    Span,
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

URL = "https://www.argyll-bute.gov.uk/social-care-and-health/fostering-and-adoption/child-plans"
TITLE = "Argyll and Bute Council – Child Plans (SHANARRI well-being indicators of need; immediate and longer term plans; views of the child; any person/s with parental responsibility/rights; any other person involved in the Child's Plan; arrangements for contact)"
COUNCIL = "Argyll and Bute Council (Child's Plan)"

_SHANARRI = ("Safe", "Healthy", "Achieving", "Nurtured", "Active", "Respected", "Responsible", "Included")


def _indicators(need: set[str]) -> Table:
    rows: list[list[Cell]] = [[L("Well-being indicator"), L("Need identified?"), L("Comment")]]
    for ind in _SHANARRI:
        rows.append([ind, Boxes((CB(ind in need, "Yes"), CB(ind not in need, "No"))), "see summary" if ind in need else ""])
    return Table(rows)


ON1 = date(2026, 9, 21)


def _b1() -> bytes:
    return render_docx(
        [
            Title("Argyll and Bute – Child's Plan", "Getting it right for every child"),
            Table(
                [
                    [L("Child's name"), "Ruaridh Campbell", L("Date of birth"), "04/03/2011"],
                    [L("Home address"), Span("Flat 2, 18 Stourbridge Road, Wordsley DY6 7AA", 3)],
                    [L("Previous address (until August 2026)"), Span("12 Combie Street, Oban PA34 4HU", 3)],
                    [L("Date of plan"), "21/09/2026", L("Plan review date"), "14/12/2026"],
                ]
            ),
            Heading("Any person/s with parental responsibility/rights"),
            grid(
                ["Name", "Relationship", "Date of birth", "Lives with the child?"],
                [
                    ["Eilidh Campbell", "Mother", "17/10/1984", "Yes"],
                    ["Alasdair Campbell", "Father", "02/02/1982", "No – lives in Oban, PA34 5PL, fortnightly phone contact"],
                ],
            ),
            Heading("Any other person involved in the Child's Plan"),
            grid(
                ["Name", "Role", "Contact"],
                [
                    ["Morven Campbell", "Sister (lives at home), DOB 30/06/2017", "—"],
                    ["Mr Iain MacLeod", "Named Person, Pupil Support Teacher", "Ridgewood Academy, DY8 3NX, 01632 960274"],
                    ["Fiona Baird", "Lead Professional – Family Support Worker", "fiona.baird@familyhub.example.gov.uk, 07700 900318"],
                ],
            ),
            Heading("SHANARRI well-being indicators of need"),
            _indicators({"Nurtured", "Included", "Achieving"}),
            Heading("Immediate and longer term plans for the child"),
            Para("Immediate: a place on the Year 11 nurture group and a family support worker for mum after the move. Longer term: re-engage Ruaridh with football and a Dudley Early Help plan to replace the Oban Child's Plan."),
            Heading("The views of the child"),
            Para("'I miss my pals but I want to get my exams.'"),
            Heading("Arrangements for contact"),
            Para("Dad phones every second Sunday; Ruaridh will spend October holidays in Oban."),
            Heading("Agreement"),
            Para("Eilidh Campbell (mum) and Ruaridh Campbell (15) have read this plan and agree to it being shared with the Dudley Early Help front door and the school. Signed E. Campbell / R Campbell, 21 September 2026."),
        ]
    )


ON2 = date(2026, 10, 12)


def _b2() -> bytes:
    return render_acroform(
        [
            Title("Child's Plan – Argyll and Bute", "Part 1: details"),
            kv(
                ("Child's name", F("Skye Macintyre", "Text1")),
                ("Date of birth", F("09/11/2019", "Text2")),
                ("Home address", F("41 Hill Road, Dudley", "Text3")),
                ("Postcode", F("DY2 0AB", "Text4")),
                ("Date of plan", F("12/10/2026", "Text5")),
            ),
            Heading("Any person/s with parental responsibility/rights"),
            grid(
                ["Name", "Relationship / date of birth"],
                [
                    [F("Shona Macintyre", "Text6"), F("Mother, 25/01/1995", "Text7")],
                    [F("Catriona Macintyre", "Text8"), F("Maternal grandmother (lives in the home, date of birth not given)", "Text9")],
                ],
            ),
            Heading("SHANARRI well-being indicators of need"),
            kv(("Needs identified", F("Healthy (speech delay), Nurtured (mum's low mood)", "Text10"))),
            Heading("Named Person / Lead Professional"),
            kv(
                ("Named Person", F("Rhona Dewar, Health Visitor, Brierley Hill Health Centre DY5 3EE", "Text11")),
                ("Email", F("rhona.dewar@nhs.example.net", "Text12")),
            ),
            Heading("Agreement to the plan"),
            grid(
                ["Name", "Signature", "Date"],
                [
                    [F("Shona Macintyre", "Text13"), F("S Macintyre", "Text14"), F("12/10/2026", "Text15")],
                    [F("Catriona Macintyre", "Text16"), F("", "Text17"), F("", "Text18")],
                ],
            ),
        ],
        title="Child's Plan Part 1",
    )


ON3 = date(2026, 11, 9)

_BODY3 = """Good afternoon,

I am forwarding the SHANARRI summary from the Child's Plan we held for this family in Argyll
and Bute before their move, as I am very worried this week.

Child: Lewis McKenzie, DOB 14/08/2015
Lives with: Donna McKenzie (mother, DOB 03/05/1990) and Kyle Brady (mum's partner, DOB 21/07/1988)
Address: 9 Tansey Green Road, Brierley Hill DY5 1AA

SHANARRI well-being indicators of need (Date of plan 09/11/2026)
[X] Safe - AT RISK OF SIGNIFICANT HARM (Lewis disclosed being hit with a belt on Friday)
[ ] Healthy
[X] Nurtured
[ ] Achieving

Views of the child: 'I don't want to go home when Kyle is there.'
Persons with parental responsibility: Donna McKenzie. Father Scott McKenzie lives in
Dunoon PA23 7HH, no contact.

Donna McKenzie and Kyle Brady signed the plan agreement on 09/11/2026 before the disclosure.
I have phoned the Dudley MASH as well.

Kirsty Lamont
Named Person / Depute Head, Kingswinford Primary
kirsty.lamont@schools.example.org  01632 960551
"""


def _b3() -> bytes:
    return plain(
        "Kirsty Lamont <kirsty.lamont@schools.example.org>",
        FRONT_DOOR,
        "URGENT Child's Plan SHANARRI summary - Lewis McKenzie",
        ON3,
        _BODY3,
    )


CASES: tuple[CouncilCase, ...] = (
    CouncilCase(
        "heldout15-argyll-bute-01",
        COUNCIL,
        URL,
        TITLE,
        "Word Child's Plan with merged address rows (home DY6 7AA above a previous Oban address), parental responsibility grid with dad away, sister listed under 'any other person involved', SHANARRI Yes/No ticks; agreement a sentence naming mum and the 15-year-old",
        "referral.docx",
        ON1,
        _b1,
        Expected(
            "early_help_assessment",
            (
                person("Ruaridh Campbell", date(2011, 3, 4), True, ON1),
                person("Eilidh Campbell", date(1984, 10, 17), True, ON1),
                person("Morven Campbell", date(2017, 6, 30), False, ON1),
            ),
            "DY6 7AA",
            "Fiona Baird",
            "fiona.baird@familyhub.example.gov.uk",
            None,
        ),
    ),
    CouncilCase(
        "heldout15-argyll-bute-02",
        COUNCIL,
        URL,
        TITLE,
        "fillable PDF whose fields are Text1..Text18 as in converted forms: grandmother living in the home (no date of birth) has empty signature and date fields",
        "referral.pdf",
        ON2,
        _b2,
        Expected(
            "early_help_assessment",
            (
                person("Skye Macintyre", date(2019, 11, 9), False, ON2),
                person("Shona Macintyre", date(1995, 1, 25), True, ON2),
                person("Catriona Macintyre", None, False, ON2),
            ),
            "DY2 0AB",
            "Rhona Dewar",
            "rhona.dewar@nhs.example.net",
            None,
            queue_reason="consent_missing",
        ),
    ),
    CouncilCase(
        "heldout15-argyll-bute-03",
        COUNCIL,
        URL,
        TITLE,
        "plain-text email of a SHANARRI summary with [X] Safe – AT RISK OF SIGNIFICANT HARM; father in Dunoon outside the household",
        "message.eml",
        ON3,
        _b3,
        Expected(
            "early_help_assessment",
            (
                person("Lewis McKenzie", date(2015, 8, 14), False, ON3),
                person("Donna McKenzie", date(1990, 5, 3), True, ON3),
                person("Kyle Brady", date(1988, 7, 21), True, ON3),
            ),
            "DY5 1AA",
            "Kirsty Lamont",
            "kirsty.lamont@schools.example.org",
            None,
            safeguarding=True,
            queue_reason="safeguarding_concern",
        ),
    ),
)
