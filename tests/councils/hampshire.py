"""Hampshire: Level 2 request for support form (Family Support Service: Session of Support or a parenting course)."""

# ruff: noqa: E501  (labels and answers are copied verbatim from the published form)

from datetime import date

from tests.councils.kit import (
    CB,
    SDT,
    Block,
    Boxes,
    Cell,
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
    render_docx,
)
from tests.councils.model import CouncilCase, Expected

URL = "https://www.hants.gov.uk/socialcareandhealth/childrenandfamilies/early-help/professionals/intervention"
TITLE = "Hampshire early help intervention pathway – Low or one-off support needs: Level 2 request for support form (Family Support Service, Session of Support (SOS))"

DISTRICTS = (
    "Basingstoke and Deane",
    "East Hampshire",
    "Eastleigh",
    "Fareham and Gosport",
    "Hart and Rushmoor",
    "Havant",
    "New Forest",
    "Test Valley",
    "Winchester",
)


def _blocks(
    d: dict[str, Cell],
    level: int | None,
    sos: bool,
    rows: list[list[Cell]],
    consent: list[list[Cell]],
) -> list[Block]:
    return [
        Title("Level 2 request for support form", "Family Support Service"),
        Para(
            "Any professional can send a request (with consent of the parents or carers) to the Family Support Service for "
            "a one-off Session of Support (SOS) or referral to a specific parenting course."
        ),
        kv(("District", d["district"]), ("Date of request", d["date"]), per_row=2),
        Heading("Support requested"),
        Table(
            [
                [CB(sos, "One-off Session of Support (SOS)", "SOS")],
                [CB(not sos, "Referral to a specific parenting course (please name)", "Course")],
                [L("Course name"), d["course"]],
            ]
        ),
        Heading("Level of need"),
        Table([[Boxes(tuple(CB(level == n, f"Level {n}", f"Level {n}") for n in (1, 2, 3, 4)))]]),
        Heading("What the family is concerned about"),
        Table([[d["concern"]]]),
        Heading("Family details"),
        grid(["Name", "Date of birth", "Relationship", "School / setting"], rows),
        kv(
            ("Address", d["address"]),
            ("Postcode", d["postcode"]),
            ("Telephone", d["tel"]),
            per_row=1,
        ),
        Heading("Consent of the parents or carers"),
        grid(["Name", "Consent given", "Signature", "Date"], consent),
        Heading("Professional making the request"),
        kv(
            ("Name", d["ref_name"]),
            ("Role", d["ref_role"]),
            ("Organisation", d["ref_org"]),
            ("Email", d["ref_email"]),
            ("Telephone", d["ref_tel"]),
            per_row=2,
        ),
    ]


ON1 = date(2025, 10, 15)


def _hampshire_01() -> bytes:
    d: dict[str, Cell] = {
        "district": SDT("Havant", "drop", DISTRICTS),
        "date": SDT("15/10/2025", "date", iso="2025-10-15"),
        "course": SDT(None),
        "concern": SDT(
            "Sibling arguments and fighting every evening; Ethan (14) refuses to come home on time. Mum wants one session to plan routines and boundaries."
        ),
        "address": SDT("22 Wollescote Road, Pedmore"),
        "postcode": SDT("DY9 0QQ"),
        "tel": SDT("07700 900 733"),
        "ref_name": SDT("Beth Morgan"),
        "ref_role": SDT("Family Liaison Officer"),
        "ref_org": SDT("Ridgewood High School"),
        "ref_email": SDT("b.morgan@ridgewood.example.sch.uk"),
        "ref_tel": SDT("01632 960 737"),
    }
    rows: list[list[Cell]] = [
        [
            SDT("Ethan Green"),
            SDT("02/02/2011"),
            SDT("Son", "drop", ("Son", "Daughter", "Mother", "Father")),
            SDT("Ridgewood High School"),
        ],
        [
            SDT("Lily Green"),
            SDT("16/06/2016"),
            SDT("Daughter", "drop", ("Son", "Daughter", "Mother", "Father")),
            SDT("Wollescote Primary"),
        ],
        [
            SDT("Michelle Green"),
            SDT("08/08/1983"),
            SDT("Mother", "drop", ("Son", "Daughter", "Mother", "Father")),
            SDT(None),
        ],
        [
            SDT(None),
            SDT(None),
            SDT(None, "drop", ("Son", "Daughter", "Mother", "Father")),
            SDT(None),
        ],
    ]
    consent: list[list[Cell]] = [
        [
            SDT("Michelle Green (mother)"),
            Boxes((CB(True, "Yes"), CB(False, "No"))),
            SDT("M Green"),
            SDT("15/10/2025"),
        ],
        [
            SDT("Ethan Green (young person)"),
            Boxes((CB(True, "Yes"), CB(False, "No"))),
            SDT("Ethan Green"),
            SDT("15/10/2025"),
        ],
    ]
    return render_docx(_blocks(d, 2, True, rows, consent))


ON2 = date(2026, 4, 22)


def _hampshire_02() -> bytes:
    d: dict[str, Cell] = {
        "district": F("Eastleigh", "District"),
        "date": F("22/04/2026", "Date of request"),
        "course": F("Talking Teens - 4 week course", "Course name"),
        "concern": F(
            "Mason is staying out late and mum is worried about who he is with; low-level attendance issues.",
            "Concern",
        ),
        "address": F("14 Claughton Road, Dudley", "Address"),
        "postcode": F("DY1 1AA", "Postcode"),
        "tel": F("07700 900 745", "Telephone"),
        "ref_name": F("Craig Whitfield", "Referrer name"),
        "ref_role": F("Attendance Officer", "Referrer role"),
        "ref_org": F("Castle High School, Dudley", "Referrer organisation"),
        "ref_email": F("c.whitfield@castlehigh.example.sch.uk", "Referrer email"),
        "ref_tel": F("01632 960 748", "Referrer telephone"),
    }
    rows: list[list[Cell]] = [
        [
            F("Mason Reid", "Name 1"),
            F("22/04/2012", "DOB 1"),
            F("Son", "Relationship 1"),
            F("Castle High School", "School 1"),
        ],
        [
            F("Alfie Reid", "Name 2"),
            F("09/09/2018", "DOB 2"),
            F("Son", "Relationship 2"),
            F("Priory Primary", "School 2"),
        ],
        [
            F("Donna Reid", "Name 3"),
            F("13/12/1988", "DOB 3"),
            F("Mother", "Relationship 3"),
            F("", "School 3"),
        ],
    ]
    consent: list[list[Cell]] = [
        [
            F("Donna Reid", "Consent name 1"),
            Boxes((CB(True, "Yes", "Consent 1 Yes"), CB(False, "No", "Consent 1 No"))),
            F("D.Reid", "Signature 1"),
            F("22/04/2026", "Consent date 1"),
        ],
        [
            F("Mason Reid", "Consent name 2"),
            Boxes((CB(False, "Yes", "Consent 2 Yes"), CB(False, "No", "Consent 2 No"))),
            F("", "Signature 2"),
            F("", "Consent date 2"),
        ],
    ]
    return render_acroform(
        _blocks(d, None, False, rows, consent), title="Level 2 request for support form"
    )


CASES: tuple[CouncilCase, ...] = (
    CouncilCase(
        case_id="hampshire-l2-01",
        council="Hampshire County Council",
        source_url=URL,
        source_title=TITLE,
        layout="Word Level 2 request with content controls (district drop-down, date picker, an empty placeholder family row): "
        "SOS / parenting course ☒/☐, 'Level 2' ticked among Level 1-4; consent grid signed by mum and the 14-year-old",
        filename="referral.docx",
        assessment_date=ON1,
        build=_hampshire_01,
        expected=Expected(
            form_type="early_help_assessment",
            people=(
                person("Ethan Green", date(2011, 2, 2), True, ON1),
                person("Lily Green", date(2016, 6, 16), False, ON1),
                person("Michelle Green", date(1983, 8, 8), True, ON1),
            ),
            postcode="DY9 0QQ",
            lead_professional_name="Beth Morgan",
            lead_professional_email="b.morgan@ridgewood.example.sch.uk",
            level_of_need=2,
        ),
    ),
    CouncilCase(
        case_id="hampshire-l2-02",
        council="Hampshire County Council",
        source_url=URL,
        source_title=TITLE,
        layout="fillable PDF of the Level 2 request (fields 'Name 1', 'Consent 2 Yes', ...): no level box ticked; the son "
        "who turns 14 on the day has an empty consent row with neither box ticked",
        filename="referral.pdf",
        assessment_date=ON2,
        build=_hampshire_02,
        expected=Expected(
            form_type="early_help_assessment",
            people=(
                person("Mason Reid", date(2012, 4, 22), False, ON2),
                person("Alfie Reid", date(2018, 9, 9), False, ON2),
                person("Donna Reid", date(1988, 12, 13), True, ON2),
            ),
            postcode="DY1 1AA",
            lead_professional_name="Craig Whitfield",
            lead_professional_email="c.whitfield@castlehigh.example.sch.uk",
            level_of_need=None,
            queue_reason="consent_missing",
        ),
    ),
)
