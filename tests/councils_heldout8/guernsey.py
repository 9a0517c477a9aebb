"""Guernsey and Alderney: Islands Safeguarding Children Partnership, Multi Agency Support Hub
(MASH) Multi Agency Referral Form (MARF) - fillable; Level 1 or 2 referrals triaged to the
Family Support Services."""

# ruff: noqa: E501  (wording follows the published page)

from datetime import date

from tests.councils.kit import (
    CB,
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
    render_pdf,
)
from tests.councils.model import CouncilCase, Expected
from tests.councils_heldout8._mail import FRONT_DOOR, with_attachment

URL = "http://iscp.gg/article/118046/MASH"
TITLE = "Islands Safeguarding Children Partnership – Multi-Agency Support Hub (MASH) (Revised MASH Integrated Front Door Approach to Early Help & Safeguarding; Multi Agency Referral Form (MARF) – Fillable; referrals meeting Level 1 or 2 of the threshold triaged to the Family Support Services)"
COUNCIL = "States of Guernsey (Islands Safeguarding Children Partnership)"

_INTRO = "If you think a child might be in immediate danger, please call the Police. During normal office hours contact the MASH team; outside these hours call the Emergency Duty Team. Once completed please send to the Multi Agency Support Hub."


def _marf(
    on: str,
    level: int | None,
    referrer: tuple[str, str, str, str, str],
    child: tuple[str, str, str, str],
    address: str,
    postcode: str,
    household: list[list[str]],
    outside: list[list[str]],
    consent: tuple[bool, bool, str],
    why: str,
) -> list[object]:
    return [
        Title("Multi Agency Referral Form (MARF)", "Multi Agency Support Hub (MASH)"),
        Para(_INTRO),
        Heading("Section 1: Referrer details"),
        kv(
            ("Name", referrer[0]),
            ("Role", referrer[1]),
            ("Agency and address", referrer[2]),
            ("Telephone", referrer[3]),
            ("Email", referrer[4]),
            ("Date of referral", on),
            per_row=2,
        ),
        Heading("Section 2: Child / young person"),
        kv(
            ("First name", child[0]),
            ("Surname", child[1]),
            ("Date of birth", child[2]),
            ("Gender", child[3]),
            ("Home address", address),
            ("Postcode", postcode),
            per_row=2,
        ),
        Heading("Section 3: Parents / carers and others living in the household"),
        grid(
            [
                "First name",
                "Surname",
                "Date of birth",
                "Relationship to child",
                "Parental responsibility",
            ],
            household,
        ),
        Heading("Section 4: Significant people not living in the household"),
        grid(["Name", "Relationship", "Address / island"], outside or [["", "", ""]]),
        Heading("Section 5: Consent"),
        Table(
            [
                [
                    L("Are the parents/carers aware of this referral?"),
                    Boxes((CB(consent[0], "Yes"), CB(not consent[0], "No"))),
                ],
                [
                    L(
                        "Have the parents/carers consented to this referral and to information being shared?"
                    ),
                    Boxes((CB(consent[1], "Yes"), CB(not consent[1], "No"))),
                ],
                [L("Who gave consent?"), consent[2]],
            ]
        ),
        Heading("Section 6: Threshold – which level of the Threshold Framework do you consider?"),
        Table([[Boxes(tuple(CB(level == n, f"Level {n}") for n in (1, 2, 3, 4)))]]),
        Heading("Section 7: Reason for referral – what are you worried about?"),
        Para(why),
    ]


ON1 = date(2026, 2, 16)


def _b1() -> bytes:
    return render_acroform(
        _marf(
            "16/02/2026",
            2,
            (
                "Mrs Helen Le Page",
                "Pastoral Lead",
                "La Mare de Carteret Primary, Cobo, Castel, Guernsey GY5 7HY",
                "01632 960541",
                "h.lepage@lmdc.example.gg",
            ),
            ("Isla", "Mauger", "04/05/2017", "Female"),
            "27 Hagley Road, Stourbridge",
            "DY8 1AA",
            [
                ["Sarah", "Mauger", "09/10/1988", "Mother", "Yes"],
                ["Isla", "Mauger", "04/05/2017", "Self", ""],
                ["Alfie", "Mauger", "22/01/2022", "Brother", ""],
            ],
            [["Mark Mauger", "Father", "St Sampson, Guernsey GY2 4LU"]],
            (True, True, "Sarah Mauger (mother), 13/02/2026"),
            "The family moved to Stourbridge at half term after the parents separated. Isla is tearful and Mum is struggling with Alfie's sleep. Mum would like family support and a parenting course at Level 2.",
        ),
        "Multi Agency Referral Form",
    )


ON2 = date(2026, 5, 26)


def _b2() -> bytes:
    # a fillable MARF whose fields were never named: Text1, Text2 ... as in many converted forms
    n = iter(range(1, 60))

    def t(v: str) -> F:
        return F(v, f"Text{next(n)}")

    return render_acroform(
        [
            Title("Multi Agency Referral Form (MARF)", "Multi Agency Support Hub (MASH)"),
            Para(_INTRO),
            Heading("Section 1: Referrer details"),
            Table(
                [
                    [L("Name"), t("Dean Ogier"), L("Role"), t("Youth Worker")],
                    [
                        L("Agency and address"),
                        t("The Youth Commission, Le Bordage, St Peter Port GY1 1BU"),
                        L("Telephone"),
                        t("07700 900546"),
                    ],
                    [
                        L("Email"),
                        t("dean.ogier@youth.example.gg"),
                        L("Date of referral"),
                        t("26/05/2026"),
                    ],
                ]
            ),
            Heading("Section 2: Child / young person"),
            Table(
                [
                    [L("First name"), t("Leon"), L("Surname"), t("Robilliard")],
                    [L("Date of birth"), t("15/03/2012"), L("Gender"), t("Male")],
                    [
                        L("Home address"),
                        t("15 Ridgeway, Sedgley, Dudley"),
                        L("Postcode"),
                        t("DY1 4RN"),
                    ],
                ]
            ),
            Heading("Section 3: Parents / carers and others living in the household"),
            Table(
                [
                    [
                        L("First name"),
                        L("Surname"),
                        L("Date of birth"),
                        L("Relationship to child"),
                        L("Parental responsibility"),
                    ],
                    [t("Nicola"), t("Robilliard"), t("28/07/1984"), t("Mother"), t("Yes")],
                    [t("Ellis"), t("Robilliard"), t("02/01/2009"), t("Brother"), t("")],
                ]
            ),
            Heading("Section 5: Consent"),
            Table(
                [
                    [L("Are the parents/carers aware of this referral?"), t("Yes")],
                    [
                        L(
                            "Have the parents/carers consented to this referral and to information being shared?"
                        ),
                        t("Yes"),
                    ],
                    [L("Who gave consent?"), t("Nicola Robilliard (mother) by phone 25/05/2026")],
                ]
            ),
            Heading(
                "Section 6: Threshold – which level of the Threshold Framework do you consider?"
            ),
            Table([[t("Level 2")]]),
            Heading("Section 7: Reason for referral – what are you worried about?"),
            Table(
                [
                    [
                        t(
                            "Leon (14) has been stopped twice with older teenagers in Dudley town centre. Mum wants help. His brother Ellis (17) lives at home and has not been spoken to."
                        )
                    ]
                ]
            ),
        ],
        "MARF",
    )


ON3 = date(2026, 9, 14)


def _b3() -> bytes:
    pdf = render_pdf(
        _marf(
            "14/09/2026",
            None,
            (
                "Dr Anna Tostevin",
                "Community Paediatrician",
                "Children's Services, Le Vauquiedor, St Martin, Guernsey GY4 6UU",
                "01632 960549",
                "a.tostevin@health.example.gg",
            ),
            ("Millie", "Brehaut", "30/11/2019", "Female"),
            "3 Cradley Road, Netherton, Dudley",
            "DY2 0AB",
            [
                ["Kirsty", "Brehaut", "12/06/1993", "Mother", "Yes"],
                ["Jason", "Brehaut", "05/02/1990", "Father", "Yes"],
            ],
            [["Pauline Brehaut", "Paternal grandmother", "Vale, Guernsey GY3 5AB"]],
            (True, True, "Kirsty and Jason Brehaut, both parents, 11/09/2026"),
            "Millie has global developmental delay; the family have relocated to Dudley for Jason's work and have no support network. Parents ask for early help and a link to local services.",
        ),
        "Multi Agency Referral Form",
    )
    return with_attachment(
        "Anna Tostevin <a.tostevin@health.example.gg>",
        FRONT_DOOR,
        "MARF – Millie Brehaut (family moved to Dudley)",
        ON3,
        "Please find attached a MARF for a family who have moved from Guernsey to your area. Both parents have consented.\n\nDr A Tostevin",
        pdf,
        "MARF Brehaut.pdf",
    )


CASES: tuple[CouncilCase, ...] = (
    CouncilCase(
        "heldout8-guernsey-marf-01",
        COUNCIL,
        URL,
        TITLE,
        "fillable PDF MARF: referrer's school at Castel GY5 first, child in label/value pairs, household grid repeating the child as 'Self', father on Guernsey outside the household, Level 1-4 checkboxes with Level 2 checked",
        "referral.pdf",
        ON1,
        _b1,
        Expected(
            "early_help_assessment",
            (
                person("Isla Mauger", date(2017, 5, 4), False, ON1),
                person("Sarah Mauger", date(1988, 10, 9), True, ON1),
                person("Alfie Mauger", date(2022, 1, 22), False, ON1),
            ),
            "DY8 1AA",
            "Helen Le Page",
            "h.lepage@lmdc.example.gg",
            2,
        ),
    ),
    CouncilCase(
        "heldout8-guernsey-marf-02",
        COUNCIL,
        URL,
        TITLE,
        "fillable PDF MARF whose fields are unnamed (Text1, Text2 …, the level typed in a text field): consent names the mother only: neither the 14-year-old nor his 17-year-old brother at home is named",
        "referral.pdf",
        ON2,
        _b2,
        Expected(
            "early_help_assessment",
            (
                person("Leon Robilliard", date(2012, 3, 15), False, ON2),
                person("Nicola Robilliard", date(1984, 7, 28), True, ON2),
                person("Ellis Robilliard", date(2009, 1, 2), False, ON2),
            ),
            "DY1 4RN",
            "Dean Ogier",
            "dean.ogier@youth.example.gg",
            2,
            queue_reason="consent_missing",
        ),
    ),
    CouncilCase(
        "heldout8-guernsey-marf-03",
        COUNCIL,
        URL,
        TITLE,
        "email with the MARF attached as a flattened PDF: paediatrician's St Martin GY4 address first, both parents consent in words, grandmother on Guernsey outside the household, no level ticked",
        "message.eml",
        ON3,
        _b3,
        Expected(
            "early_help_assessment",
            (
                person("Millie Brehaut", date(2019, 11, 30), False, ON3),
                person("Kirsty Brehaut", date(1993, 6, 12), True, ON3),
                person("Jason Brehaut", date(1990, 2, 5), True, ON3),
            ),
            "DY2 0AB",
            "Anna Tostevin",
            "a.tostevin@health.example.gg",
            None,
        ),
    ),
)
