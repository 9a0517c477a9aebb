"""Stirling: Named Person and Lead Professional guidance (GIRFEC; the Named Person is the health
visitor from birth, the head teacher or depute once at school; the Child's Plan)."""

# ruff: noqa: E501  (wording follows the published page)

from datetime import date

from tests.councils.kit import (
    Heading,
    L,
    Para,
    Table,
    Title,
    grid,
    kv,
    longdate,
    person,
    render_acroform,
    render_docx,
    render_pdf,
)
from tests.councils.model import CouncilCase, Expected

URL = "https://blogs.glowscotland.org.uk/st/asnoutreachstirling/named-person-and-lead-professional-guidance/"
TITLE = "Stirling ASN Outreach – Named Person and Lead Professional Guidance (GIRFEC, Children and Young People (Scotland) Act 2014; Named Person is the health visitor from birth until school, the head teacher or depute head teacher once at school; duties to share information and to support the Named Person and delivery of the Child's Plan)"
COUNCIL = "Stirling Council"


def _plan(
    on: str,
    named_person: list[tuple[str, str]],
    lead: list[tuple[str, str]],
    family: list[list[str]],
    address: list[tuple[str, str]],
    needs: str,
    plan: list[list[str]],
    signatures: list[list[str]],
) -> list[object]:
    return [
        Title("Child's Plan", "Getting it right for every child – Stirling"),
        Para(
            "A Child's Plan is needed when a child's wellbeing needs are met by more than one agency. The Lead Professional coordinates the plan with the child, family and the Named Person."
        ),
        Heading("1. Plan details"),
        kv(("Date of plan", on), ("Review date", "in 12 weeks"), per_row=2),
        Heading("2. Named Person"),
        kv(*named_person, per_row=2),
        Heading("3. Lead Professional"),
        kv(*lead, per_row=2),
        Heading("4. Child and family"),
        grid(["Full name", "Date of birth", "Relationship", "Lives with child"], family),
        kv(*address, per_row=2),
        Heading("5. Wellbeing needs (SHANARRI)"),
        Para(needs),
        Heading("6. What needs to happen, who will do it and by when"),
        grid(["Action", "Who", "When"], plan),
        Heading("7. Agreement to the plan"),
        Para(
            "We have been involved in making this plan and agree to it being shared with the people who will help us."
        ),
        grid(["Name", "Signature", "Date"], signatures),
    ]


ON1 = date(2026, 2, 3)


def _b1() -> bytes:
    return render_docx(
        _plan(
            "03/02/2026",
            [
                ("Name", "Fraser Ogilvie"),
                ("Role", "Depute Head Teacher"),
                ("School", "Raploch Primary annexe, Stirling FK8 1RD"),
                ("Email", "fraser.ogilvie@raploch-annexe.example.sch.uk"),
            ],
            [
                ("Name", "Anita Kaur"),
                ("Role", "Family Support Worker"),
                ("Agency", "Brierley Hill Family Hub"),
                ("Email", "anita.kaur@brierleyhill-hub.example.org.uk"),
                ("Telephone", "01632 960702"),
            ],
            [
                ["Chloe Anne Murray", "19/06/2015", "Child", "Yes"],
                ["Stacey Murray", "08/02/1991", "Mother", "Yes"],
                ["Darren Murray", "27/11/1989", "Father", "No – Bannockburn, Stirling FK7 8HJ"],
            ],
            [("Home address", "5 Bank Street, Brierley Hill"), ("Postcode", "DY5 2HT")],
            "Healthy: Chloe has ADHD and medication needs reviewing. Included: she has no friends at her new school. Nurtured: Mum is on her own since the move and asks for help with routines.",
            [
                ["Medication review with the new GP", "Mum", "March 2026"],
                ["Weekly family support visits", "Lead Professional", "from February 2026"],
                ["Lunch club and buddy", "School", "February 2026"],
            ],
            [["Stacey Murray", "S Murray", "03/02/2026"], ["Chloe Murray", "Chloe", "03/02/2026"]],
        )
    )


ON2 = date(2026, 7, 7)


def _b2() -> bytes:
    return render_acroform(
        _plan(
            "07/07/2026",
            [
                ("Name", "Heather Robertson"),
                ("Role", "Health Visitor"),
                ("Base", "Stirling Health Centre, Stirling FK8 2ET"),
                ("Email", "heather.robertson@fv-hv.example.nhs.uk"),
            ],
            [
                ("Name", "Heather Robertson"),
                ("Role", "Health Visitor (also Lead Professional)"),
                ("Agency", "NHS Forth Valley"),
                ("Email", "heather.robertson@fv-hv.example.nhs.uk"),
                ("Telephone", "01632 960706"),
            ],
            [
                ["Leo Wallace", "02/10/2024", "Child", "Yes"],
                ["Hayley Wallace", "16/05/1998", "Mother", "Yes"],
                ["Jack Wallace", "30/01/1997", "Father", "Yes"],
            ],
            [("Home address", "41 Stourbridge Road, Halesowen"), ("Postcode", "B63 3BL")],
            "Healthy: Leo has reflux and poor weight gain. Nurtured: the family have moved to Halesowen for Jack's work and have no family nearby.",
            [
                ["Dietitian referral", "Lead Professional", "July 2026"],
                ["Children's centre Stay and Play", "Mum", "August 2026"],
            ],
            [
                ["Hayley Wallace", "H Wallace", "07/07/2026"],
                ["Jack Wallace", "J Wallace", "07/07/2026"],
            ],
        ),
        "Child's Plan",
    )


ON3 = date(2026, 9, 22)


def _b3() -> bytes:
    return render_pdf(
        [
            *_plan(
                longdate(ON3),
                [
                    ("Name", "Douglas Grieve"),
                    ("Role", "Head Teacher"),
                    ("School", "Cowie Primary annexe, Stirling FK7 7BQ"),
                    ("Email", "douglas.grieve@cowie-annexe.example.sch.uk"),
                ],
                [
                    ("Name", "Douglas Grieve"),
                    ("Role", "Head Teacher (Named Person and Lead Professional)"),
                    ("Email", "douglas.grieve@cowie-annexe.example.sch.uk"),
                    ("Telephone", "01632 960709"),
                ],
                [
                    ["Poppy Anderson", "12/03/2016", "Child", "Yes"],
                    ["Rachel Anderson", "07/09/1984", "Mother", "Yes"],
                    ["Martin Anderson", "25/04/1983", "Father", "Yes"],
                    ["Kieran Anderson", "04/01/2011", "Brother", "Yes"],
                ],
                [
                    ("Home address", "88 High Street, Wollaston, Stourbridge"),
                    ("Postcode", "DY8 2SE"),
                ],
                "Respected / Nurtured: Poppy is withdrawn and has told staff her brother is 'always angry'; Mum asks for help with Kieran's behaviour at home and for Poppy to have a nurture group.",
                [
                    ["Nurture group", "New school", "October 2026"],
                    ["Family support", "Early help (request)", "October 2026"],
                ],
                [
                    ["Rachel Anderson", "R. Anderson", "22/09/2026"],
                    ["Kieran Anderson", "", ""],
                    ["Martin Anderson", "", ""],
                ],
            ),
            Table(
                [
                    [
                        L("Note"),
                        "Dad and Kieran (15) were not at the meeting; the plan will be taken home for them to sign.",
                    ]
                ]
            ),
        ],
        "Child's Plan",
    )


CASES: tuple[CouncilCase, ...] = (
    CouncilCase(
        "heldout9-stirling-cp-01",
        COUNCIL,
        URL,
        TITLE,
        "Word Child's Plan: Named Person (Stirling FK8 school) and a separately named Lead Professional before the family; full name with a middle name in the family grid; father marked 'No – Bannockburn FK7'; agreement table with a child's first-name signature",
        "referral.docx",
        ON1,
        _b1,
        Expected(
            "early_help_assessment",
            (
                person("Chloe Anne Murray", date(2015, 6, 19), True, ON1),
                person("Stacey Murray", date(1991, 2, 8), True, ON1),
            ),
            "DY5 2HT",
            "Anita Kaur",
            "anita.kaur@brierleyhill-hub.example.org.uk",
            None,
        ),
    ),
    CouncilCase(
        "heldout9-stirling-cp-02",
        COUNCIL,
        URL,
        TITLE,
        "fillable PDF Child's Plan from a health visitor who is both Named Person and Lead Professional (the same person twice); Stirling FK8 base first; both parents sign",
        "referral.pdf",
        ON2,
        _b2,
        Expected(
            "early_help_assessment",
            (
                person("Leo Wallace", date(2024, 10, 2), False, ON2),
                person("Hayley Wallace", date(1998, 5, 16), True, ON2),
                person("Jack Wallace", date(1997, 1, 30), True, ON2),
            ),
            "B63 3BL",
            "Heather Robertson",
            "heather.robertson@fv-hv.example.nhs.uk",
            None,
        ),
    ),
    CouncilCase(
        "heldout9-stirling-cp-03",
        COUNCIL,
        URL,
        TITLE,
        "flattened PDF Child's Plan dated in words ('22 September 2026'): agreement table with mum's signature and empty rows for dad and the 15-year-old brother, and a note that they have not signed",
        "referral.pdf",
        ON3,
        _b3,
        Expected(
            "early_help_assessment",
            (
                person("Poppy Anderson", date(2016, 3, 12), False, ON3),
                person("Rachel Anderson", date(1984, 9, 7), True, ON3),
                person("Martin Anderson", date(1983, 4, 25), False, ON3),
                person("Kieran Anderson", date(2011, 1, 4), False, ON3),
            ),
            "DY8 2SE",
            "Douglas Grieve",
            "douglas.grieve@cowie-annexe.example.sch.uk",
            None,
            queue_reason="consent_missing",
        ),
    ),
)
