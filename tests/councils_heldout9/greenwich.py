"""Royal Greenwich: Early Help & Prevention (the Greenwich Early Help and Prevention Strategy),
from the Royal Greenwich Safeguarding Children Partnership's page."""

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
    render_html,
)
from tests.councils.model import CouncilCase, Expected
from tests.councils_heldout9._mail import FRONT_DOOR, html_only

URL = (
    "https://greenwichsafeguardingchildren.org.uk/policies-practice-guidance/early-help-prevention/"
)
TITLE = "Royal Greenwich Safeguarding Children Partnership – Early Help & Prevention (Greenwich Early Help and Prevention Strategy: early help is support for children of all ages that improves a family's resilience and outcomes or reduces the chance of a problem getting worse; everyone and every agency has a role to play)"
COUNCIL = "Royal Borough of Greenwich"

_INTRO = "Early help is support for children of all ages that improves a family's resilience and outcomes or reduces the chance of a problem getting worse. Please complete this request with the family. If you think a child is at risk of significant harm, do not use this form: contact children's social care or the police."


def _request(
    on: str,
    requester: list[tuple[str, str]],
    lead: list[tuple[str, str]] | None,
    family: list[list[str]],
    address: list[tuple[str, str]],
    others: list[list[str]],
    worries: str,
    consent: list[object],
) -> list[object]:
    blocks: list[object] = [
        Title(
            "Early Help Request for Support", "Royal Borough of Greenwich – Early Help & Prevention"
        ),
        Para(_INTRO),
        Heading("Section A – Person making the request"),
        kv(*requester, ("Date of request", on), per_row=2),
    ]
    if lead is not None:
        blocks += [
            Heading("Lead Professional (if different from the person making the request)"),
            kv(*lead, per_row=2),
        ]
    blocks += [
        Heading("Section B – Family members living in the home"),
        grid(
            [
                "First name",
                "Last name",
                "Date of birth",
                "Relationship to child",
                "School / setting",
            ],
            family,
        ),
        kv(*address, per_row=2),
        Heading("Section C – Other important people not living in the home"),
        grid(["Name", "Relationship", "Address"], others or [["", "", ""]]),
        Heading(
            "Section D – What is working well? What are we worried about? What needs to happen?"
        ),
        Para(worries),
        Heading("Section E – Family agreement"),
        *consent,
    ]
    return blocks


ON1 = date(2026, 3, 17)


def _b1() -> bytes:
    return render_acroform(
        _request(
            "17/03/2026",
            [
                ("Name", "Funmi Adeyemi"),
                ("Role", "Health Visitor"),
                ("Agency", "Eltham Health Visiting Team, Passey Place, London SE9 5DQ"),
                ("Telephone", "01632 960634"),
                ("Email", "funmi.adeyemi@greenwich-hv.example.nhs.uk"),
            ],
            [
                ("Name", "Carla Timmins"),
                ("Role", "Family Support Worker"),
                ("Agency", "Gornal Family Hub"),
                ("Email", "carla.timmins@gornal-hub.example.org.uk"),
            ],
            [
                ["Louise", "PRICE", "05/09/1992", "Mother", ""],
                ["Ashley", "PRICE", "14/02/1991", "Father", ""],
                ["Oscar", "PRICE", "01/12/2023", "Son", "none"],
                ["Ruby", "PRICE", "27/02/2026", "Daughter", "none"],
            ],
            [("Home address", "22 Abbey Road, Lower Gornal, Dudley"), ("Postcode", "DY3 1AB")],
            [["Margaret Price", "Paternal grandmother", "Woolwich, London SE18 6HQ"]],
            "Working well: both parents are loving and keen for help. Worries: Mum has low mood since Ruby's birth (EPDS 15) and the family moved from Eltham in January with no network; Oscar's speech is delayed. Needs to happen: a family support worker at the family hub, a referral to the perinatal mental health team and a Stay and Play place.",
            [
                Table(
                    [
                        [
                            L(
                                "Has the family agreed to this request and to information being shared?"
                            ),
                            Boxes((CB(True, "Yes"), CB(False, "No"))),
                        ],
                        [L("Parent/carer signature"), "L Price   A Price"],
                        [L("Date"), "17/03/2026"],
                    ]
                )
            ],
        ),
        "Early Help Request for Support",
    )


ON2 = date(2026, 5, 12)


def _b2() -> bytes:
    return render_docx(
        _request(
            "12/05/2026",
            [
                ("Name", "Simon Oduya"),
                ("Role", "Designated Safeguarding Lead"),
                ("Agency", "Thomas Tallis Annexe, Kidbrooke, London SE3 9PX"),
                ("Telephone", "01632 960638"),
                ("Email", "s.oduya@kidbrooke-annexe.example.sch.uk"),
            ],
            None,
            [
                ["Nadia", "HUSSEIN", "30/06/1983", "Mother", ""],
                ["Yusuf", "HUSSEIN", "12/05/2012", "Son", "Year 9 (moving school)"],
                ["Amira", "HUSSEIN", "09/01/2017", "Daughter", "Year 4"],
            ],
            [("Home address", "5 Swan Street, Stourbridge"), ("Postcode", "DY8 1AA")],
            [],
            "The family moved to Stourbridge at Easter. Yusuf turns 14 today; he has been missing lessons, and Mum is worried about older boys he has met online. Mum asks for early help: mentoring for Yusuf and help for her with school admissions.",
            [
                Para(
                    "We agree to this request being made and to the information on this form being shared with the services who can help us."
                ),
                Table(
                    [
                        [
                            L("Signed"),
                            "N. Hussein",
                            L("Print name"),
                            "Nadia Hussein",
                            L("Date"),
                            "12/05/2026",
                        ],
                        [L("Signed"), "", L("Print name"), "Yusuf Hussein", L("Date"), ""],
                    ]
                ),
            ],
        )
    )


ON3 = date(2026, 8, 4)


def _b3() -> bytes:
    html = render_html(
        _request(
            "04/08/2026",
            [
                ("Name", "Ola Bakare"),
                ("Role", "Youth Worker"),
                ("Agency", "Charlton Youth Hub, Charlton Church Lane, London SE7 7AA"),
                ("Telephone", "07700 900641"),
                ("Email", "ola.bakare@charltonyouth.example.org.uk"),
            ],
            None,
            [
                ["Tracey", "WALSH", "18/04/1986", "Mother", ""],
                ["Connor", "WALSH", "23/09/2009", "Son", "College (September)"],
                ["Lily", "WALSH", "02/03/2013", "Daughter", "Year 8"],
            ],
            [("Home address", "8 Church Street, Bilston"), ("Postcode", "WV14 9AA")],
            [["Dean Walsh", "Father", "41 Wellington Street, Woolwich, London SE18 6HQ"]],
            "Connor (16) and Lily moved to Bilston with Mum in July. Connor was attending our hub twice a week and wants to carry on with youth work and get a college place; Lily is missing her friends and Mum has asked for support with her behaviour at home.",
            [
                Table(
                    [
                        [
                            L(
                                "Has the family agreed to this request and to information being shared?"
                            ),
                            "Yes – Tracey Walsh and Connor Walsh both agreed and signed the paper copy on 04/08/2026 (held by the youth hub); Lily was present.",
                        ]
                    ]
                )
            ],
        )
    )
    return html_only(
        "Ola Bakare <ola.bakare@charltonyouth.example.org.uk>",
        FRONT_DOOR,
        "Early Help Request for Support – Walsh family (moved to Bilston)",
        ON3,
        "This message contains an Early Help Request for Support. Please view it in HTML.",
        html,
    )


CASES: tuple[CouncilCase, ...] = (
    CouncilCase(
        "heldout9-greenwich-ehr-01",
        COUNCIL,
        URL,
        TITLE,
        "fillable PDF Early Help Request for Support (field names from the labels: 'Name', 'First name 1' …): requester's Eltham SE9 address, then a 'Lead Professional (if different …)' block naming the family hub worker; a grandmother in Woolwich outside the home; both parents' typed signatures in one field",
        "referral.pdf",
        ON1,
        _b1,
        Expected(
            "early_help_assessment",
            (
                person("Louise Price", date(1992, 9, 5), True, ON1),
                person("Ashley Price", date(1991, 2, 14), True, ON1),
                person("Oscar Price", date(2023, 12, 1), False, ON1),
                person("Ruby Price", date(2026, 2, 27), False, ON1),
            ),
            "DY3 1AB",
            "Carla Timmins",
            "carla.timmins@gornal-hub.example.org.uk",
            None,
        ),
    ),
    CouncilCase(
        "heldout9-greenwich-ehr-02",
        COUNCIL,
        URL,
        TITLE,
        "Word request for support: 'Signed / Print name / Date' rows after the family agreement; mum signs, the son who turns exactly 14 on the day of the request has his name printed but no signature or date",
        "referral.docx",
        ON2,
        _b2,
        Expected(
            "early_help_assessment",
            (
                person("Nadia Hussein", date(1983, 6, 30), True, ON2),
                person("Yusuf Hussein", date(2012, 5, 12), False, ON2),
                person("Amira Hussein", date(2017, 1, 9), False, ON2),
            ),
            "DY8 1AA",
            "Simon Oduya",
            "s.oduya@kidbrooke-annexe.example.sch.uk",
            None,
            queue_reason="consent_missing",
        ),
    ),
    CouncilCase(
        "heldout9-greenwich-ehr-03",
        COUNCIL,
        URL,
        TITLE,
        "email with the request as HTML tables only (text part a stub): youth hub's Charlton SE7 address first; father in Woolwich with his own SE18 postcode outside the home; agreement in words naming mum and the 16-year-old, signed copy held by the hub",
        "message.eml",
        ON3,
        _b3,
        Expected(
            "early_help_assessment",
            (
                person("Tracey Walsh", date(1986, 4, 18), True, ON3),
                person("Connor Walsh", date(2009, 9, 23), True, ON3),
                person("Lily Walsh", date(2013, 3, 2), False, ON3),
            ),
            "WV14 9AA",
            "Ola Bakare",
            "ola.bakare@charltonyouth.example.org.uk",
            None,
        ),
    ),
)
