"""Mind-U: outpatient emotional, behavioural and mental health support for children and young
people up to 18; referrals from GPs, schools and SENCOs, social workers or Early Help teams, CAMHS
and parents; triage within 5-10 working days (Accepted / Redirected / On Hold)."""

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
    dmy,
    grid,
    kv,
    person,
    render_acroform,
    render_docx,
)
from tests.councils.model import CouncilCase, Expected
from tests.councils_heldout18._mail import FRONT_DOOR, plain

URL = "https://www.mind-u.co.uk/referalpathway"
TITLE = "Mind-U – Referral Pathway (referral submission, triage and screening, outcome of triage)"
COUNCIL = "Mind-U (children and young people's outpatient service)"

ON1 = date(2026, 9, 14)


def _b1() -> bytes:
    return render_docx(
        [
            Title("Mind-U Referral", "1 Referral Submission"),
            Table(
                [
                    [
                        L("Who is referring?"),
                        Boxes(
                            (
                                CB(False, "GP / healthcare professional"),
                                CB(True, "School / SENCO / educational psychologist"),
                                CB(False, "Social worker / Early Help team"),
                                CB(False, "CAMHS"),
                                CB(False, "Parent / carer"),
                            )
                        ),
                    ],
                ]
            ),
            kv(
                ("Referrer name", SDT("Ms Farah Qureshi")),
                ("Role", SDT("SENCO, Castle High School, Dudley DY1 4AS")),
                ("Email", SDT("f.qureshi@castlehigh.example.org")),
                ("Telephone", SDT("01632 960212")),
                ("Date", SDT(dmy(ON1), kind="date", iso=ON1.isoformat())),
            ),
            Heading("The young person and family"),
            grid(
                ["Name", "Date of birth", "Relationship", "Lives with young person?"],
                [
                    ["Kayden Moss", "03/02/2012", "Young person referred", "—"],
                    ["Leanne Moss", "19/07/1987", "Mum", "Yes"],
                    ["Ruby Moss", "25/10/2018", "Sister", "Yes"],
                    [SDT(None), SDT(None), SDT(None), SDT(None)],
                ],
            ),
            kv(
                ("Home address", "12 Brick Kiln Street, Brierley Hill"),
                ("Postcode", "DY5 1AA"),
                per_row=2,
            ),
            Heading("2 Triage and Screening – what are the difficulties?"),
            Para(
                "Kayden has panic attacks in lessons and has stopped going to PE; mum reports poor sleep and meltdowns at home. School counselling (6 sessions) has ended."
            ),
            Heading("Consent"),
            Para(
                "The young person and parent/carer know about this referral and agree to information being shared with Mind-U for triage."
            ),
            grid(
                ["Name", "Signature", "Date"],
                [
                    ["Leanne Moss", "L Moss", dmy(ON1)],
                    ["Kayden Moss", "K. Moss", dmy(ON1)],
                ],
            ),
        ]
    )


ON2 = date(2026, 10, 6)


def _b2() -> bytes:
    n = iter(range(1, 40))

    def t(v: str) -> F:
        return F(v, f"Text{next(n)}")

    return render_acroform(
        [
            Title("Mind-U – Referral Form", "Completed electronically (converted form)"),
            Heading("Referrer"),
            Table(
                [
                    [
                        L("Name"),
                        t("Dr Owen Price"),
                        L("Organisation"),
                        t("Lye Valley Surgery, Stourbridge DY9 8DU"),
                    ],
                    [
                        L("Email"),
                        t("owen.price@nhs.example.net"),
                        L("Date of referral"),
                        t(dmy(ON2)),
                    ],
                ]
            ),
            Heading("Child / young person"),
            Table(
                [
                    [L("First name"), t("Isla"), L("Surname"), t("Pearce")],
                    [L("DOB"), t("11/05/2015"), L("School"), t("Hob Green Primary")],
                ]
            ),
            Heading("Parents / carers and others in the household"),
            Table(
                [
                    [L("Name"), L("Relationship"), L("DOB"), L("At this address?")],
                    [t("Gemma Pearce"), t("Mother"), t("02/03/1990"), t("Yes")],
                    [t("Liam Pearce"), t("Father"), t("28/08/1988"), t("Yes")],
                    [t("Archie Pearce"), t("Brother"), t("14/01/2020"), t("Yes")],
                ]
            ),
            Table(
                [[L("Address"), t("5 Cherry Tree Lane, Halesowen")], [L("Postcode"), t("B63 4HJ")]]
            ),
            Heading("Reason for referral"),
            Table(
                [
                    [
                        t(
                            "Selective eating and anxiety since starting Year 6; weight stable; parents want a parenting support plan alongside CBT."
                        )
                    ]
                ]
            ),
            Heading("Consent"),
            Table(
                [
                    [
                        L("Parents consent to this referral (names)"),
                        t("Gemma Pearce and Liam Pearce – both agreed in surgery on " + dmy(ON2)),
                    ]
                ]
            ),
        ],
        title="Mind-U referral",
    )


ON3 = date(2026, 11, 2)

_BODY3 = f"""Dear Front Door,

Please accept this as a Mind-U style referral (Referral Submission / Triage and Screening)
from our Early Help team - the family asked us to pass it to you as they have moved into Dudley.

Young person: Tyler Hughes, DOB 30/06/2011
Mum:          Donna Hughes, DOB 17/12/1985
Dad:          Craig Hughes, DOB 09/04/1983 (lives at home)
Address:      44 Cinder Bank, Netherton, Dudley DY2 9HF

What are the difficulties?
Tyler (15) is self-isolating in his room, not attending school since half term and has told
his tutor he feels hopeless. No current self-harm disclosed. Mum would like family support
and a mental health assessment.

Consent
Tyler and his mum agreed to this referral on {dmy(ON3)} and Donna signed our form.
Dad works nights and has not been asked yet - I will phone him this week.

Kind regards
Sian Cartwright
Family Support Worker
sian.cartwright@earlyhelp.example.org
07700 900318
"""


def _b3() -> bytes:
    return plain(
        "Sian Cartwright <sian.cartwright@earlyhelp.example.org>",
        FRONT_DOOR,
        "Referral - Tyler HUGHES (Mind-U pathway)",
        ON3,
        _BODY3,
    )


CASES: tuple[CouncilCase, ...] = (
    CouncilCase(
        "heldout18-mindu-01",
        COUNCIL,
        URL,
        TITLE,
        "Word referral of content controls opening with the 'Who is referring?' tick row from the pathway's referrer list; an empty household row showing placeholder text; SENCO's school at DY1 4AS; Name | Signature | Date grid with initial+surname signatures",
        "referral.docx",
        ON1,
        _b1,
        Expected(
            "early_help_assessment",
            (
                person("Kayden Moss", date(2012, 2, 3), True, ON1),
                person("Leanne Moss", date(1987, 7, 19), True, ON1),
                person("Ruby Moss", date(2018, 10, 25), False, ON1),
            ),
            "DY5 1AA",
            "Farah Qureshi",
            "f.qureshi@castlehigh.example.org",
            None,
        ),
    ),
    CouncilCase(
        "heldout18-mindu-02",
        COUNCIL,
        URL,
        TITLE,
        "fillable PDF converted from Word with fields Text1..TextN; GP surgery at DY9 8DU beside the referrer; consent a sentence naming both parents",
        "referral.pdf",
        ON2,
        _b2,
        Expected(
            "early_help_assessment",
            (
                person("Isla Pearce", date(2015, 5, 11), False, ON2),
                person("Gemma Pearce", date(1990, 3, 2), True, ON2),
                person("Liam Pearce", date(1988, 8, 28), True, ON2),
                person("Archie Pearce", date(2020, 1, 14), False, ON2),
            ),
            "B63 4HJ",
            "Owen Price",
            "owen.price@nhs.example.net",
            None,
        ),
    ),
    CouncilCase(
        "heldout18-mindu-03",
        COUNCIL,
        URL,
        TITLE,
        "plain-text email with 'Young person: / Mum: / Dad:' lines; the 15-year-old and mum agreed but dad at home 'has not been asked yet'",
        "message.eml",
        ON3,
        _b3,
        Expected(
            "early_help_assessment",
            (
                person("Tyler Hughes", date(2011, 6, 30), True, ON3),
                person("Donna Hughes", date(1985, 12, 17), True, ON3),
                person("Craig Hughes", date(1983, 4, 9), False, ON3),
            ),
            "DY2 9HF",
            "Sian Cartwright",
            "sian.cartwright@earlyhelp.example.org",
            None,
            queue_reason="consent_missing",
        ),
    ),
)
