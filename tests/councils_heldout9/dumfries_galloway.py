"""Dumfries and Galloway: how to refer a young person (P6 to S6) for mental health support through
youth work; the criteria and getting consent from the young person; one-to-one or group support."""

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
)
from tests.councils.model import CouncilCase, Expected
from tests.councils_heldout9._mail import FRONT_DOOR, plain

URL = "https://dumfriesandgalloway.gov.uk/youthwork/mental-health-support-young-people-school/step-by-step/how-refer-young-person-mental-health-support"
TITLE = "Dumfries and Galloway Council – How to refer a young person for mental health support (the step-by-step process for professionals submitting a referral on behalf of a young person (P6 to S6): before you submit a referral – the criteria and getting consent from the young person; one-to-one or group support; the lead youth development worker will accept or signpost the referral)"
COUNCIL = "Dumfries and Galloway Council"


def _referral(
    on: str,
    support: str,
    referrer: list[tuple[str, str]],
    yp: list[tuple[str, str]],
    household: list[list[str]],
    why: str,
    consent: list[object],
) -> list[object]:
    return [
        Title(
            "Referral – Mental Health Support for Young People",
            "Dumfries and Galloway Council Youth Work (P6 to S6)",
        ),
        Para(
            "Before you submit a referral check the criteria and make sure you have the young person's consent. The lead youth development worker will accept the referral or signpost to other support."
        ),
        Heading("Type of support requested"),
        Table(
            [
                [
                    Boxes(
                        (
                            CB(support == "one", "One-to-one support"),
                            CB(support == "group", "Group support"),
                        )
                    )
                ]
            ]
        ),
        Heading("1. Referrer"),
        kv(*referrer, ("Date of referral", on), per_row=2),
        Heading("2. Young person"),
        kv(*yp, per_row=2),
        Heading("3. Parent / carer and household"),
        grid(["Name", "Date of birth", "Relationship", "Same address as young person?"], household),
        Heading("4. Reason for referral"),
        Para(why),
        Heading("5. Consent"),
        *consent,
    ]


ON1 = date(2026, 1, 13)


def _b1() -> bytes:
    body = """Hi,

The family below moved from Stranraer to Dudley over Christmas. Jack was on our one-to-one youth work mental health support and would like to carry on with something similar. I have copied the headings of our referral form.

REFERRAL - MENTAL HEALTH SUPPORT FOR YOUNG PEOPLE (P6 to S6)
Type of support: one-to-one

1. Referrer
Name: Kirsty Maxwell
Role: Youth Development Worker
Address: Youth Work Office, Stranraer DG9 7JJ
Email: kirsty.maxwell@dg-youthwork.example.gov.uk
Phone: 07700 900713
Date of referral: 13/01/2026

2. Young person
Name: Jack McCulloch
Date of birth: 29/05/2010
Stage: S4
Address: 17 Upper Gornal Road, Gornal Wood, DY3 2DE

3. Parent / carer and household
Wendy McCulloch, 11/11/1983, mother, same address
Ben McCulloch, 06/02/2014, brother, same address

4. Reason for referral
Jack (15) has low mood and panic attacks; he found the one-to-one sessions helpful.

5. Consent
Young person's consent: Yes - Jack McCulloch agreed on 12/01/2026
Parent/carer informed and agrees: Yes - Wendy McCulloch

Thanks, Kirsty
"""
    return plain(
        "Kirsty Maxwell <kirsty.maxwell@dg-youthwork.example.gov.uk>",
        FRONT_DOOR,
        "Referral for mental health support - Jack McCulloch",
        ON1,
        body,
    )


ON2 = date(2026, 3, 31)


def _b2() -> bytes:
    return render_docx(
        _referral(
            "31/03/2026",
            "group",
            [
                ("Name", "Alan Herries"),
                ("Role", "Pupil Support Teacher"),
                ("Address", "Dumfries Academy annexe, Dumfries DG1 1JP"),
                ("Email", "alan.herries@dumfries-annexe.example.sch.uk"),
                ("Phone", "01632 960716"),
            ],
            [
                ("Name", "Holly Maxwell"),
                ("Date of birth", "08/09/2011"),
                ("Stage", "S3 (leaving us 03/04/2026)"),
                ("Address", "27 Stafford Street, Dudley"),
                ("Postcode", "DY1 1AA"),
            ],
            [
                ["Gail Maxwell", "19/12/1979", "Mother", "Yes"],
                ["Steven Maxwell", "01/01/1978", "Father", "Yes"],
            ],
            "Holly (14) has been struggling with anxiety and friendships; a group for young people would help her settle in Dudley.",
            [
                Table(
                    [
                        [
                            L("Has the young person given consent to this referral?"),
                            Boxes((CB(False, "Yes"), CB(False, "No"))),
                        ],
                        [L("Parent / carer consent"), "Gail Maxwell – yes, by phone 30/03/2026"],
                        [L("Notes"), "Holly was absent on the day; not yet asked."],
                    ]
                )
            ],
        )
    )


ON3 = date(2026, 10, 27)


def _b3() -> bytes:
    return render_acroform(
        _referral(
            "27/10/2026",
            "one",
            [
                ("Name", "Fiona Carruthers"),
                ("Role", "School Counsellor"),
                ("Address", "Annan Academy annexe, Annan DG12 6AP"),
                ("Email", "fiona.carruthers@annan-annexe.example.sch.uk"),
                ("Phone", "01632 960719"),
            ],
            [
                ("Name", "Ethan Bell"),
                ("Date of birth", "15/06/2013"),
                ("Stage", "S1"),
                ("Address", "6 Bath Road, Wollaston, Stourbridge"),
                ("Postcode", "DY8 2SE"),
            ],
            [
                ["Laura Bell", "03/03/1988", "Mother", "Yes"],
                ["Maisie Bell", "20/08/2019", "Sister", "Yes"],
            ],
            "Ethan (13) was bereaved of his father in 2025 and the family have moved to Stourbridge to be near his grandparents. He would like to keep talking to someone one-to-one.",
            [
                Table(
                    [
                        [
                            L("Has the young person given consent to this referral?"),
                            Boxes((CB(True, "Yes"), CB(False, "No"))),
                        ],
                        [L("Parent / carer consent"), "Laura Bell – signed 27/10/2026"],
                    ]
                )
            ],
        ),
        "Mental Health Support Referral",
    )


CASES: tuple[CouncilCase, ...] = (
    CouncilCase(
        "heldout9-dumfries-galloway-yw-01",
        COUNCIL,
        URL,
        TITLE,
        "plain-text email with the youth work referral typed under its headings: youth work office's Stranraer DG9 address first; household as comma-separated lines; the young person's and parent's consent in words",
        "message.eml",
        ON1,
        _b1,
        Expected(
            "early_help_assessment",
            (
                person("Jack McCulloch", date(2010, 5, 29), True, ON1),
                person("Wendy McCulloch", date(1983, 11, 11), True, ON1),
                person("Ben McCulloch", date(2014, 2, 6), False, ON1),
            ),
            "DY3 2DE",
            "Kirsty Maxwell",
            "kirsty.maxwell@dg-youthwork.example.gov.uk",
            None,
        ),
    ),
    CouncilCase(
        "heldout9-dumfries-galloway-yw-02",
        COUNCIL,
        URL,
        TITLE,
        "Word youth work referral: one-to-one / group ☒/☐ first; the young person's consent question has neither box ticked (not yet asked), only mum agrees by phone; the 14-year-old has not consented",
        "referral.docx",
        ON2,
        _b2,
        Expected(
            "early_help_assessment",
            (
                person("Holly Maxwell", date(2011, 9, 8), False, ON2),
                person("Gail Maxwell", date(1979, 12, 19), True, ON2),
                person("Steven Maxwell", date(1978, 1, 1), False, ON2),
            ),
            "DY1 1AA",
            "Alan Herries",
            "alan.herries@dumfries-annexe.example.sch.uk",
            None,
            queue_reason="consent_missing",
        ),
    ),
    CouncilCase(
        "heldout9-dumfries-galloway-yw-03",
        COUNCIL,
        URL,
        TITLE,
        "fillable PDF youth work referral (checkbox fields for the support type and the young person's consent): Annan DG12 school first; mum signs; the 13-year-old's consent ticked",
        "referral.pdf",
        ON3,
        _b3,
        Expected(
            "early_help_assessment",
            (
                person("Ethan Bell", date(2013, 6, 15), True, ON3),
                person("Laura Bell", date(1988, 3, 3), True, ON3),
                person("Maisie Bell", date(2019, 8, 20), False, ON3),
            ),
            "DY8 2SE",
            "Fiona Carruthers",
            "fiona.carruthers@annan-annexe.example.sch.uk",
            None,
        ),
    ),
)
