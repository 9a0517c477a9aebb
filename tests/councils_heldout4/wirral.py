"""Wirral: the referral into Targeted Preventative Services via the Gateway (Birkenhead, Wallasey,
South and West localities; a Lead Professional identified at the allocation meeting completes the
Family CAF), and the Family Common Assessment Framework form."""

# ruff: noqa: E501  (wording follows the published page)

from collections.abc import Iterator
from datetime import date
from itertools import count

from tests.councils.kit import (
    CB,
    FCB,
    FT,
    Boxes,
    Cell,
    F,
    Heading,
    L,
    Para,
    Table,
    Title,
    kv,
    person,
    render_acroform,
    render_docx,
)
from tests.councils.model import CouncilCase, Expected

URL = "http://www.wirral.gov.uk/my-services/childrens-services/about-childrens-services/family-common-assessment-framework"
TITLE = "Wirral Council – Family Common Assessment Framework (all agencies can refer a family into Targeted Preventative Services via the Gateway using the referral form; multi-agency allocation meetings in the Birkenhead, Wallasey and South and West localities identify a Lead Professional to complete the Family CAF; Team around the Family)"

ON1 = date(2026, 4, 29)


def _build_01() -> bytes:
    blocks: list[object] = [
        Title(
            "Gateway Referral Form – Targeted Preventative Services", "Wirral Children's Services"
        ),
        Para(
            "All agencies can refer a family into Targeted Preventative Services via the Gateway using this form. A Lead Professional will be identified at the locality allocation meeting to complete the Family CAF."
        ),
        Heading("Locality"),
        Table(
            [
                [
                    FCB(False, "Birkenhead Locality"),
                    FCB(False, "Wallasey Locality"),
                    FCB(True, "South and West Localities"),
                ]
            ]
        ),
        Heading("Referrer details"),
        kv(
            ("Name", FT("Lucy Brennan")),
            ("Agency", FT("Wollescote Primary School")),
            ("Address", FT("Oakfield Road, Wollescote, Stourbridge DY9 8RL")),
            ("Telephone", FT("01632 960 345")),
            ("Email", FT("l.brennan@wollescote.example.sch.uk")),
            ("Date", FT("29/04/2026")),
            per_row=2,
        ),
        Heading("Family details"),
        kv(
            ("Family address", FT("31 Pedmore Road, Lye, Stourbridge")),
            ("Postcode", FT("DY9 7AA")),
            per_row=2,
        ),
        Table(
            [
                [L("Name"), L("Date of birth"), L("Relationship"), L("Lives at address")],
                [FT("Shauna McCarthy"), FT("03/07/1988"), FT("Mother"), FCB(True, "Yes")],
                [FT("Declan McCarthy"), FT("15/03/1987"), FT("Father"), FCB(True, "Yes")],
                [FT("Niamh McCarthy"), FT("28/09/2014"), FT("Daughter"), FCB(True, "Yes")],
                [FT("Rory McCarthy"), FT("11/02/2018"), FT("Son"), FCB(True, "Yes")],
                [FT(None), FT(None), FT(None), FCB(False, "Yes")],
            ]
        ),
        Heading("Reason for referral"),
        Table(
            [
                [
                    FT(
                        "Niamh (11) has been diagnosed with type 1 diabetes and is missing school; Rory is aggressive at home; dad has been off work with depression. Family want a whole-family plan."
                    )
                ]
            ]
        ),
        Heading("Consent"),
        Table(
            [
                [
                    L("Parent / carer consent to referral to the Gateway and information sharing"),
                    FCB(True, "Yes"),
                    FCB(False, "No"),
                ],
                [
                    L("Signed by"),
                    FT(
                        "Shauna McCarthy (signed 29/04/2026) and Declan McCarthy (signed 29/04/2026)"
                    ),
                    "",
                ],
            ]
        ),
    ]
    return render_docx(blocks)


ON2 = date(2026, 9, 17)


def _build_02() -> bytes:
    n: Iterator[int] = count(1)

    def t(v: str) -> F:
        return F(v, f"Text{next(n)}")

    def cb(on: bool, cap: str) -> CB:
        return CB(on, cap, f"Check Box{next(n)}")

    members: list[tuple[str, str, str]] = [
        ("Jason Whitehouse", "24/12/1986", "Father"),
        ("Lorna Whitehouse", "06/08/1988", "Mother"),
        ("Ethan Whitehouse", "17/09/2012", "Son"),
        ("Isabelle Whitehouse", "04/01/2017", "Daughter"),
    ]

    def members_table() -> Table:
        rows: list[list[Cell]] = [[L("Name"), L("Date of birth"), L("Relationship")]]
        rows += [[t(a), t(b), t(c)] for a, b, c in members]
        return Table(rows)

    def consent_table() -> Table:
        consent: list[list[Cell]] = [[L("Name"), L("Signature"), L("Date")]]
        consent += [
            [t("Jason Whitehouse"), t("J Whitehouse"), t("17/09/2026")],
            [t("Lorna Whitehouse"), t("L Whitehouse"), t("17/09/2026")],
            [t("Ethan Whitehouse"), t(""), t("")],
        ]
        return Table(consent)

    blocks: list[object] = [
        Title("Family Common Assessment Framework (Family CAF)", "Wirral – Team Around the Family"),
        Heading("1. Lead Professional"),
        Table(
            [
                [
                    L("Name"),
                    t("Sunita Rai"),
                    L("Agency"),
                    t("Targeted Family Support – Dudley North"),
                ],
                [
                    L("Email"),
                    t("sunita.rai@familysupport.example.gov.uk"),
                    L("Telephone"),
                    t("01632 960 512"),
                ],
                [
                    L("Date of Family CAF"),
                    t("17/09/2026"),
                    L("Allocation meeting"),
                    t("10/09/2026"),
                ],
            ]
        ),
        Heading("2. Family"),
        Table([[L("Address"), t("11 Abbey Road, Gornal Wood, Dudley DY3 2DE")]]),
        members_table(),
        Heading("3. Family strengths and needs"),
        Table(
            [
                [
                    t(
                        "Ethan turns 14 today; he has been caught with cannabis at school and is hanging around with older boys; parents argue about how to handle it. Isabelle is doing well. Parents want help with boundaries and a mentor for Ethan."
                    )
                ]
            ]
        ),
        Heading("4. Consent to share information"),
        Table(
            [
                [
                    L("Has the family agreed to a Team Around the Family?"),
                    Boxes((cb(True, "Yes"), cb(False, "No"))),
                ]
            ]
        ),
        consent_table(),
    ]
    return render_acroform(blocks, "Family CAF")


CASES: tuple[CouncilCase, ...] = (
    CouncilCase(
        case_id="heldout4-wirral-gateway-01",
        council="Wirral Council",
        source_url=URL,
        source_title=TITLE,
        layout="Word Gateway referral with legacy FORMTEXT fields and FORMCHECKBOX locality boxes (Birkenhead / Wallasey / South and West) and 'Lives at address' boxes, an empty family row of en-space fields; school's DY9 8RL first; consent ☒ Yes and a 'Signed by' sentence naming both parents",
        filename="referral.docx",
        assessment_date=ON1,
        build=_build_01,
        expected=Expected(
            form_type="early_help_assessment",
            people=(
                person("Shauna McCarthy", date(1988, 7, 3), True, ON1),
                person("Declan McCarthy", date(1987, 3, 15), True, ON1),
                person("Niamh McCarthy", date(2014, 9, 28), False, ON1),
                person("Rory McCarthy", date(2018, 2, 11), False, ON1),
            ),
            postcode="DY9 7AA",
            lead_professional_name="Lucy Brennan",
            lead_professional_email="l.brennan@wollescote.example.sch.uk",
            level_of_need=None,
        ),
    ),
    CouncilCase(
        case_id="heldout4-wirral-fcaf-01",
        council="Wirral Council",
        source_url=URL,
        source_title=TITLE,
        layout="fillable PDF Family CAF with meaningless field names (Text1..TextN, Check Box n): Lead Professional block first, family address and postcode in one field; the son who turns 14 on the day has a consent row with empty signature and date",
        filename="referral.pdf",
        assessment_date=ON2,
        build=_build_02,
        expected=Expected(
            form_type="early_help_assessment",
            people=(
                person("Jason Whitehouse", date(1986, 12, 24), True, ON2),
                person("Lorna Whitehouse", date(1988, 8, 6), True, ON2),
                person("Ethan Whitehouse", date(2012, 9, 17), False, ON2),
                person("Isabelle Whitehouse", date(2017, 1, 4), False, ON2),
            ),
            postcode="DY3 2DE",
            lead_professional_name="Sunita Rai",
            lead_professional_email="sunita.rai@familysupport.example.gov.uk",
            level_of_need=None,
            queue_reason="consent_missing",
        ),
    ),
)
