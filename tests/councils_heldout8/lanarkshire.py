"""Lanarkshire: getting it right for every child in Lanarkshire – Universal Record of Concern /
Request for Assistance (a 'request for assistance' replacing 'referral forms' from one agency to
another; record the concern and the action the practitioner will take)."""

# ruff: noqa: E501  (wording follows the published paper)

from datetime import date

from tests.councils.kit import (
    CB,
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

URL = "https://docsbay.net/group-1-universal-record-of-concern-request-for-assistance"
TITLE = "getting it right for every child in Lanarkshire – Stage 2 Systems Change: Group 1. Universal Record of Concern / Request for Assistance (replacement of 'referral forms' from one agency to another with a 'request for assistance'; recording concerns and the action a practitioner will take)"
COUNCIL = "North Lanarkshire Council (getting it right for every child in Lanarkshire)"

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


def _wellbeing(ticked: set[str]) -> Table:
    return Table(
        [[CB(w in ticked, w) for w in _SHANARRI[:4]], [CB(w in ticked, w) for w in _SHANARRI[4:]]]
    )


def _rfa(
    on: str,
    named_person: tuple[str, str, str, str],
    lead: tuple[str, str, str] | None,
    child: list[tuple[str, str]],
    household: list[list[str]],
    concern: str,
    ticked: set[str],
    action: str,
    consent: list[tuple[str, str]],
) -> list[object]:
    blocks: list[object] = [
        Title(
            "Record of Concern / Request for Assistance",
            "getting it right for every child in Lanarkshire",
        ),
        Para(
            "Record the concern, the action you will take within your own agency, and whether you are asking another agency for assistance. If a child is at risk of significant harm follow child protection procedures immediately."
        ),
        Heading("1. Practitioner recording the concern"),
        kv(
            ("Name", named_person[0]),
            ("Role (e.g. Named Person)", named_person[1]),
            ("Agency / address", named_person[2]),
            ("Email", named_person[3]),
            ("Date", on),
            per_row=2,
        ),
    ]
    if lead:
        blocks.append(
            kv(
                (
                    "Lead Professional (where a child's plan is co-ordinated by another agency)",
                    f"{lead[0]}, {lead[1]}",
                ),
                ("Email", lead[2]),
                per_row=2,
            )
        )
    blocks += [
        Heading("2. Child or young person"),
        kv(*child, per_row=2),
        Heading("3. Family / household"),
        grid(["Name", "Date of birth", "Relationship to child", "Lives with child"], household),
        Heading("4. The concern"),
        Para(concern),
        Heading("5. Wellbeing indicators affected"),
        _wellbeing(ticked),
        Heading("6. Action / request for assistance"),
        Para(action),
        Heading("7. Views and agreement"),
        Table([[L(q), a] for q, a in consent]),
    ]
    return blocks


ON1 = date(2026, 2, 24)


def _b1() -> bytes:
    return render_docx(
        _rfa(
            "24/02/2026",
            (
                "Mrs Fiona Gallacher",
                "Named Person – Head Teacher",
                "St Aidan's Primary, Wishaw ML2 7PQ",
                "f.gallacher@staidans.example.sch.uk",
            ),
            (
                "Craig Baird",
                "Family Support Worker, Halesowen Family Hub",
                "craig.baird@familyhub.example.org.uk",
            ),
            [
                ("Forename", "Callum"),
                ("Surname", "Rennie"),
                ("Date of birth", "13/06/2016"),
                ("Home address", "21 Bromsgrove Road, Halesowen B62 8AA"),
            ],
            [
                ["Lorna Rennie", "09/03/1988", "Mother", "Yes"],
                ["Stuart Rennie", "21/11/1986", "Father", "Yes"],
                ["Kirsty Rennie", "30/01/2020", "Sister", "Yes"],
            ],
            "Callum's attendance fell to 80% before the family moved to Halesowen in February. He is anxious and has told staff he hears his parents argue at night.",
            {"Nurtured", "Achieving", "Included"},
            "Request for assistance sent to Dudley Early Help; the family hub worker has met the family and will be Lead Professional for the Child's Plan.",
            [
                ("Have the child's and parents' views been sought?", "Yes"),
                (
                    "Do the parents agree to this request for assistance and to information being shared?",
                    "Yes – Lorna and Stuart Rennie, 23/02/2026",
                ),
            ],
        )
    )


ON2 = date(2026, 6, 30)


def _b2() -> bytes:
    return render_acroform(
        _rfa(
            "30/06/2026",
            (
                "Grant Meikle",
                "Guidance Teacher (Named Person)",
                "Clyde Valley High School, Overtown, Wishaw ML2 0RS",
                "grant.meikle@cvhs.example.sch.uk",
            ),
            None,
            [
                ("Forename", "Abbie"),
                ("Surname", "McLeod"),
                ("Date of birth", "05/10/2011"),
                ("Home address", "3 Stafford Street, Dudley DY1 1AA"),
            ],
            [
                ["Donna McLeod", "17/04/1980", "Mother", "Yes"],
                ["Abbie McLeod", "05/10/2011", "Self", "Yes"],
            ],
            "Abbie (14) is self-harming and says she does not want to live in Dudley. Mum has asked for help finding counselling and a youth worker.",
            {"Healthy", "Included"},
            "Request for assistance to Dudley Early Help for counselling and youth work.",
            [
                ("Does Abbie agree to this request? Yes / No (delete as appropriate)", "Yes"),
                (
                    "Does the parent agree to this request? Yes / No (delete as appropriate)",
                    "Yes – Donna McLeod",
                ),
            ],
        ),
        "Request for Assistance",
    )


ON3 = date(2026, 10, 6)


def _b3() -> bytes:
    return render_pdf(
        _rfa(
            "06/10/2026",
            (
                "Sgt Alan Brodie",
                "Police Scotland, Concern Hub",
                "Hamilton Police Office, Campbell Street, Hamilton ML3 6AS",
                "alan.brodie@police.example.scot",
            ),
            None,
            [
                ("Forename", "Kayden"),
                ("Surname", "Shields"),
                ("Date of birth", "19/02/2018"),
                (
                    "Home address",
                    "No fixed address – staying with friends in the Dudley area (moved from Hamilton)",
                ),
            ],
            [
                ["Megan Shields", "24/12/1996", "Mother", "Yes"],
                ["Kayden Shields", "19/02/2018", "Self", "Yes"],
            ],
            "Police attended a disturbance at a flat in Blantyre (G72 0AA) on 03/10/2026 where Megan and Kayden had been staying. Megan has since left for the Dudley area; a friend's address at Brierley Hill (DY5 4AQ) was given but they have moved on.",
            {"Safe", "Nurtured"},
            "Request for assistance to Dudley to locate the family and offer support with housing.",
            [("Do the parents agree to this request?", "Yes – Megan Shields, by phone 05/10/2026")],
        ),
        "Record of Concern",
    )


CASES: tuple[CouncilCase, ...] = (
    CouncilCase(
        "heldout8-lanarkshire-rfa-01",
        COUNCIL,
        URL,
        TITLE,
        "Word Record of Concern / Request for Assistance from a Named Person (Wishaw ML2 school): Lead Professional for the Child's Plan named apart on one line; child in label/value pairs with the address and postcode in one cell; SHANARRI ☒/☐ in two rows; consent as question and answer naming both parents",
        "referral.docx",
        ON1,
        _b1,
        Expected(
            "early_help_assessment",
            (
                person("Callum Rennie", date(2016, 6, 13), False, ON1),
                person("Lorna Rennie", date(1988, 3, 9), True, ON1),
                person("Stuart Rennie", date(1986, 11, 21), True, ON1),
                person("Kirsty Rennie", date(2020, 1, 30), False, ON1),
            ),
            "B62 8AA",
            "Craig Baird",
            "craig.baird@familyhub.example.org.uk",
            None,
        ),
    ),
    CouncilCase(
        "heldout8-lanarkshire-rfa-02",
        COUNCIL,
        URL,
        TITLE,
        "fillable PDF Request for Assistance from a guidance teacher (ML2 0RS): the 14-year-old listed as 'Self' in the household; 'Yes / No (delete as appropriate)' agreement questions for her and for her mother",
        "referral.pdf",
        ON2,
        _b2,
        Expected(
            "early_help_assessment",
            (
                person("Abbie McLeod", date(2011, 10, 5), True, ON2),
                person("Donna McLeod", date(1980, 4, 17), True, ON2),
            ),
            "DY1 1AA",
            "Grant Meikle",
            "grant.meikle@cvhs.example.sch.uk",
            None,
        ),
    ),
    CouncilCase(
        "heldout8-lanarkshire-rfa-03",
        COUNCIL,
        URL,
        TITLE,
        "flattened PDF Record of Concern from the police concern hub (ML3): family of no fixed address; only the police office's ML3, the old Blantyre G72 and a friend's former Brierley Hill DY5 4AQ postcode appear",
        "referral.pdf",
        ON3,
        _b3,
        Expected(
            "early_help_assessment",
            (
                person("Kayden Shields", date(2018, 2, 19), False, ON3),
                person("Megan Shields", date(1996, 12, 24), True, ON3),
            ),
            None,
            "Alan Brodie",
            "alan.brodie@police.example.scot",
            None,
            queue_reason="postcode_missing",
        ),
    ),
)
