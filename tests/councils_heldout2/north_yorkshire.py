"""North Yorkshire: NYSCP Universal Referral Form."""

# ruff: noqa: E501  (labels are copied verbatim from the published pages)

from datetime import date

from tests.councils.kit import (
    CB,
    F,
    Heading,
    L,
    Mail,
    Para,
    Table,
    Title,
    as_bytes,
    grid,
    kv,
    person,
    render_acroform,
    render_html,
)
from tests.councils.model import CouncilCase, Expected

URL1 = "https://safeguardingchildren.co.uk/news/new-universal-referral-form"
TITLE1 = "NYSCP New Universal Referral Form (what the worries are, strengths and safety, referrer's analysis)"
URL2 = "https://www.proceduresonline.com/northyorkshire/scb/p_referrals.html"
TITLE2 = "North Yorkshire SCP Referrals – Universal Referral Form (CSC, Disabled Children's Service, Healthy Child Programme, Early Help Service, Prevent)"
SERVICES = (
    "Children Social Care (CSC)",
    "Disabled Children's Service",
    "Healthy Child Programme",
    "Early Help Service",
    "Prevent",
)

ON1 = date(2026, 1, 28)


def _blocks_01() -> list[object]:
    return [
        Title("Universal Referral Form", "North Yorkshire Safeguarding Children Partnership"),
        Para(
            "To talk to the family first unless doing so would place the child or another at risk of harm."
        ),
        Heading("Service requested"),
        Table([[CB(s == "Early Help Service", s)] for s in SERVICES]),
        Heading("Details of the child(ren)"),
        grid(
            ["Forename", "Surname", "Date of birth", "Gender", "School / setting"],
            [
                ["Ellie", "Whitehouse", "06/06/2017", "F", "Holly Hall Primary"],
                ["Finley", "Whitehouse", "14/01/2021", "M", "Nursery (2 days)"],
            ],
        ),
        kv(
            ("Home address", "22 Stafford Street, Dudley"),
            ("Postcode", "DY1 4RN"),
            ("Religion / ethnicity", "None / White British"),
        ),
        Heading("Parents / carers and relevant people around the child"),
        grid(
            ["Name", "Date of birth", "Relationship", "Address", "Lives with child?"],
            [
                ["Sarah Whitehouse", "19/09/1993", "Mother", "As child", "Yes"],
                [
                    "Craig Whitehouse",
                    "02/02/1990",
                    "Father",
                    "Flat 3, 18 Owen Street, Tipton DY4 7AA",
                    "No",
                ],
            ],
        ),
        Heading("Consent"),
        kv(
            ("Has parental consent been obtained?", "Yes"),
            (
                "Details",
                "Sarah Whitehouse (mum) consented by phone on 28/01/2026 - consent gained verbally. Dad not contacted.",
            ),
        ),
        Heading("What are the worries?"),
        Para(
            "Mum has post-natal depression returning; Ellie late to school most days; Finley missed 2-year check."
        ),
        Heading("What is working well (strengths and safety)?"),
        Para("Maternal grandmother nearby; mum is open with professionals and wants help."),
        Heading("Referrer's analysis"),
        Para(
            "Needs can be met by early help: family support and health visiting. No safeguarding concern."
        ),
        Heading("Referrer"),
        kv(
            ("Name", "Anita Sharma"),
            ("Role", "Health Visitor"),
            ("Agency", "0-19 Service, Holly Hall Clinic, Stourbridge Road, Dudley DY1 2QX"),
            ("Email", "anita.sharma@nhs.example.net"),
            ("Telephone", "01632 960 915"),
            ("Date", "28/01/2026"),
            per_row=2,
        ),
    ]


def _build_01() -> bytes:
    msg = Mail(
        "Anita Sharma <anita.sharma@nhs.example.net>",
        "earlyhelp.frontdoor@dudley.example.gov.uk",
        "Universal Referral Form - Whitehouse children",
        ON1,
        hour=14,
    ).message()
    msg.set_content("This message contains a referral form. Please view it in HTML.\n")
    msg.add_alternative(render_html(_blocks_01()), subtype="html")
    return as_bytes(msg)


ON2 = date(2026, 2, 17)


def _build_02() -> bytes:
    n = iter(range(1, 200))
    c = iter(range(1, 50))

    def t(v: str) -> F:
        return F(v, f"Text{next(n)}")

    def cb(on: bool, cap: str) -> CB:
        return CB(on, cap, name=f"Check Box{next(c)}")

    blocks = [
        Title("Universal Referral Form", "North Yorkshire Safeguarding Children Partnership"),
        Heading("Service requested"),
        Table([[cb(s == "Early Help Service", s)] for s in SERVICES]),
        Heading("Details of the child(ren)"),
        Table(
            [
                [
                    L("Forename"),
                    L("Surname"),
                    L("Date of birth"),
                    L("Gender"),
                    L("School / setting"),
                ],
                [t("Mason"), t("Bates"), t("01/04/2010"), t("M"), t("Summerhill School")],
                [t("Isla"), t("Bates"), t("09/09/2013"), t("F"), t("Summerhill School")],
            ]
        ),
        kv(("Home address", t("6 Greenfield Avenue, Kingswinford")), ("Postcode", t("DY6 0LQ"))),
        Heading("Parents / carers"),
        Table(
            [
                [L("Name"), L("Date of birth"), L("Relationship"), L("Lives with child?")],
                [t("Nicola Bates"), t("22/02/1985"), t("Mother"), t("Yes")],
            ]
        ),
        Heading("Consent"),
        kv(
            ("Has parental consent been obtained?", t("Yes")),
            (
                "Is the young person (13+) aware and has he/she consented?",
                t("No - Mason did not want to talk about it"),
            ),
        ),
        Heading("What are the worries?"),
        Table(
            [
                [
                    t(
                        "Mason is refusing school and up all night gaming; angry outbursts at home, Isla scared of him."
                    )
                ]
            ]
        ),
        Heading("Referrer"),
        kv(
            ("Name", t("Ruth Ellison")),
            ("Role", t("Learning Mentor")),
            ("Agency", t("Summerhill School, Kingswinford DY6 9XE")),
            ("Email", t("r.ellison@summerhill.example.sch.uk")),
            ("Date", t("17/02/2026")),
            per_row=2,
        ),
    ]
    return render_acroform(blocks, "Universal Referral Form")


CASES: tuple[CouncilCase, ...] = (
    CouncilCase(
        case_id="heldout2-north-yorkshire-urf-01",
        council="North Yorkshire Council",
        source_url=URL1,
        source_title=TITLE1,
        layout="email whose HTML part carries the Universal Referral Form (text part only says 'view it in HTML'): service tick list, worries / strengths / analysis headings, father at a Tipton address whose postcode is in the table, consent gained verbally from mum",
        filename="message.eml",
        assessment_date=ON1,
        build=_build_01,
        expected=Expected(
            form_type="early_help_assessment",
            people=(
                person("Ellie Whitehouse", date(2017, 6, 6), False, ON1),
                person("Finley Whitehouse", date(2021, 1, 14), False, ON1),
                person("Sarah Whitehouse", date(1993, 9, 19), True, ON1),
            ),
            postcode="DY1 4RN",
            lead_professional_name="Anita Sharma",
            lead_professional_email="anita.sharma@nhs.example.net",
            level_of_need=None,
        ),
    ),
    CouncilCase(
        case_id="heldout2-north-yorkshire-urf-02",
        council="North Yorkshire Council",
        source_url=URL2,
        source_title=TITLE2,
        layout="fillable PDF with meaningless names (Text1.., Check Box1..5): 'parental consent obtained? Yes' but the 15-year-old's own consent answered No",
        filename="referral.pdf",
        assessment_date=ON2,
        build=_build_02,
        expected=Expected(
            form_type="early_help_assessment",
            people=(
                person("Mason Bates", date(2010, 4, 1), False, ON2),
                person("Isla Bates", date(2013, 9, 9), False, ON2),
                person("Nicola Bates", date(1985, 2, 22), True, ON2),
            ),
            postcode="DY6 0LQ",
            lead_professional_name="Ruth Ellison",
            lead_professional_email="r.ellison@summerhill.example.sch.uk",
            level_of_need=None,
            queue_reason="consent_missing",
        ),
    ),
)
