"""Gateshead: Early Help Assessment (EHA) and Team Around the Family (TAF)."""

# ruff: noqa: E501  (wording follows the published page)

from datetime import date

from tests.councils.kit import (
    CB,
    SDT,
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

URL = "https://www.gateshead.gov.uk/article/13573/Gateshead-Early-Help-Assessment-EHA-and-Team-Around-the-Family-TAF"
TITLE = "Gateshead Early Help Assessment (EHA) and Team Around the Family (TAF) – the EHA informs a multi-agency support plan owned and reviewed by the TAF, co-ordinated by a Lead Practitioner"

ABOUT = (
    "The Gateshead Early Help Assessment (EHA) is a tool used across our early help system to support conversations "
    "with families about their needs and concerns. Where multiple needs have been identified, the EHA should inform a "
    "multi-agency support plan which is owned and reviewed by the Team Around the Family (TAF) process with the family "
    "at its heart and co-ordinated by a Lead Practitioner."
)
GENDERS = ("Male", "Female", "Other", "Prefer not to say")
REL = ("Mother", "Father", "Step-parent", "Son", "Daughter", "Grandparent", "Other")

ON1 = date(2026, 5, 6)


def _row(
    name: str | None, dob: str | None, iso: str | None, gender: str | None, rel: str | None
) -> list[Cell]:
    return [
        SDT(name),
        SDT(dob, kind="date", iso=iso),
        SDT(gender, kind="drop", items=GENDERS),
        SDT(rel, kind="drop", items=REL),
    ]


def _build_01() -> bytes:
    blocks = [
        Title("Gateshead Early Help Assessment (EHA)"),
        Para(ABOUT),
        Heading("1. Assessment completed by"),
        kv(
            ("Name", SDT("Jo Harper")),
            ("Role", SDT("Health Visitor")),
            ("Agency", SDT("0-19 Public Health Nursing, Wordsley Clinic, Stourbridge DY8 5QG")),
            ("Email", SDT("jo.harper@nhs.example.net")),
            ("Date of assessment", SDT("06/05/2026", kind="date", iso="2026-05-06")),
            per_row=2,
        ),
        Heading("2. Lead Practitioner (if different)"),
        Para(
            "The Lead Practitioner role is often held by a professional already working with the family, or where the family agrees that the LP is best placed to provide and co-ordinate support."
        ),
        kv(
            ("Name", SDT("Dan Whitfield")),
            ("Role / agency", SDT("Family Support Worker, Wordsley Family Hub")),
            ("Email", SDT("dan.whitfield@familyhub.example.gov.uk")),
            ("Telephone", SDT("01632 960 938")),
            per_row=2,
        ),
        Heading("3. Family details"),
        kv(
            ("Family address", SDT("3 Mill Street, Wordsley, Stourbridge")),
            ("Postcode", SDT("DY8 1AA")),
            per_row=2,
        ),
        Table(
            [
                [L("Name"), L("Date of birth"), L("Gender"), L("Relationship to the child")],
                _row("Leanne Cooper", "17/09/1990", "1990-09-17", "Female", "Mother"),
                _row("Mark Cooper", "01/04/1988", "1988-04-01", "Male", "Father"),
                _row("Sophie Cooper", "23/02/2014", "2014-02-23", "Female", "Daughter"),
                _row("Max Cooper", "11/11/2017", "2017-11-11", "Male", "Son"),
                _row(None, None, None, None, None),
            ]
        ),
        Heading("4. What is working well? What are we worried about? What needs to happen?"),
        Table(
            [
                [
                    L("Working well"),
                    SDT("Both parents want help; grandparents nearby; Max settled at school."),
                ],
                [
                    L("Worries"),
                    SDT(
                        "Sophie (12) not eating at school, weight loss; dad’s drinking has increased since losing his licence."
                    ),
                ],
                [
                    L("Needs to happen"),
                    SDT(
                        "TAF meeting within 4 weeks; school nurse for Sophie; dad to self-refer to the alcohol service."
                    ),
                ],
            ],
            [1, 4],
        ),
        Heading("5. Family agreement"),
        Para(
            "We agree to this Early Help Assessment and to the information in it being shared with the members of our Team Around the Family."
        ),
        Table(
            [
                [L("Name"), L("Signature"), L("Date")],
                [
                    SDT("Leanne Cooper"),
                    SDT("L Cooper"),
                    SDT("06/05/2026", kind="date", iso="2026-05-06"),
                ],
                [
                    SDT("Mark Cooper"),
                    SDT("Mark Cooper"),
                    SDT("06/05/2026", kind="date", iso="2026-05-06"),
                ],
                [SDT(None), SDT(None), SDT(None, kind="date")],
            ]
        ),
    ]
    return render_docx(blocks, header="Gateshead Early Help – EHA")


ON2 = date(2026, 9, 10)


def _build_02() -> bytes:
    n = iter(range(1, 300))

    def t(v: str) -> F:
        return F(v, f"Text{next(n)}")

    c = iter(range(1, 40))

    def cb(on: bool, cap: str) -> CB:
        return CB(on, cap, name=f"Check Box{next(c)}")

    blocks = [
        Title("Gateshead Early Help Assessment (EHA)"),
        Para(ABOUT),
        Heading("1. Assessment completed by"),
        kv(
            ("Name", t("Sue Brennan")),
            ("Role", t("Family Liaison Officer")),
            ("Agency", t("Ocker Hill Academy, Tipton DY4 0DS")),
            ("Email", t("s.brennan@ockerhill.example.sch.uk")),
            ("Date of assessment", t("10/09/2026")),
            per_row=2,
        ),
        Heading("2. Lead Practitioner (if different)"),
        kv(("Name", t("")), ("Role / agency", t("")), per_row=2),
        Heading("3. Family details"),
        kv(("Family address", t("58 Coppice Lane, Tipton")), ("Postcode", t("DY4 0RE")), per_row=2),
        Table(
            [
                [L("Name"), L("Date of birth"), L("Gender"), L("Relationship to the child")],
                [t("Kerry Lowe"), t("25/06/1992"), t("F"), t("Mother")],
                [t("Jamie Bird"), t("13/12/1990"), t("M"), t("Step-father (lives with us)")],
                [t("Ava Lowe"), t("08/05/2016"), t("F"), t("Child")],
            ]
        ),
        Heading("4. What is working well? What are we worried about? What needs to happen?"),
        Table(
            [
                [
                    t(
                        "Worries: Ava has told school she is scared when mum and Jamie argue; mum says arguments are about money. Needs to happen: family support, debt advice, TAF in October."
                    )
                ]
            ]
        ),
        Heading("Is a Team Around the Family needed?"),
        Table([[Boxes((cb(True, "Yes"), cb(False, "No")))]]),
        Heading("5. Family agreement"),
        Para(
            "We agree to this Early Help Assessment and to the information in it being shared with the members of our Team Around the Family."
        ),
        Table(
            [
                [L("Name"), L("Signature"), L("Date")],
                [t("Kerry Lowe"), t("K. Lowe"), t("10/09/2026")],
                [t("Jamie Bird"), t(""), t("")],
            ]
        ),
    ]
    return render_acroform(blocks, "Gateshead Early Help Assessment")


CASES: tuple[CouncilCase, ...] = (
    CouncilCase(
        case_id="heldout3-gateshead-eha-01",
        council="Gateshead Council",
        source_url=URL,
        source_title=TITLE,
        layout="Word EHA in content controls (date pickers, gender/relationship drop-downs, an empty family row and an empty agreement row left as 'Click here to enter text.'/'Choose an item.'); health visitor's clinic (DY8 5QG) first; a Lead Practitioner (if different) named apart from the assessor",
        filename="referral.docx",
        assessment_date=ON1,
        build=_build_01,
        expected=Expected(
            form_type="early_help_assessment",
            people=(
                person("Leanne Cooper", date(1990, 9, 17), True, ON1),
                person("Mark Cooper", date(1988, 4, 1), True, ON1),
                person("Sophie Cooper", date(2014, 2, 23), False, ON1),
                person("Max Cooper", date(2017, 11, 11), False, ON1),
            ),
            postcode="DY8 1AA",
            lead_professional_name="Dan Whitfield",
            lead_professional_email="dan.whitfield@familyhub.example.gov.uk",
            level_of_need=None,
        ),
    ),
    CouncilCase(
        case_id="heldout3-gateshead-eha-02",
        council="Gateshead Council",
        source_url=URL,
        source_title=TITLE,
        layout="fillable PDF with meaningless field names (Text1..TextN, Check Box1..): Lead Practitioner fields left empty; the step-father who lives in the household has an empty signature and date in the family agreement",
        filename="referral.pdf",
        assessment_date=ON2,
        build=_build_02,
        expected=Expected(
            form_type="early_help_assessment",
            people=(
                person("Kerry Lowe", date(1992, 6, 25), True, ON2),
                person("Jamie Bird", date(1990, 12, 13), False, ON2),
                person("Ava Lowe", date(2016, 5, 8), False, ON2),
            ),
            postcode="DY4 0RE",
            lead_professional_name="Sue Brennan",
            lead_professional_email="s.brennan@ockerhill.example.sch.uk",
            level_of_need=None,
            queue_reason="consent_missing",
        ),
    ),
)
