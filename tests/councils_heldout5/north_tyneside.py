"""North Tyneside: the Early Help Assessment (EHA) led by a partner practitioner and supported by
the Early Help and Coordination Team (EHC)."""

# ruff: noqa: E501  (wording follows the published pages)

from datetime import date

from tests.councils.kit import (
    CB,
    Boxes,
    Cell,
    Heading,
    L,
    Para,
    Table,
    Title,
    grid,
    kv,
    person,
    render_docx,
    render_pdf,
)
from tests.councils.model import CouncilCase, Expected
from tests.councils_heldout5._mail import FRONT_DOOR, plain

URL = "https://my.northtyneside.gov.uk/category/500/early-help"
TITLE = "North Tyneside Council – Early help (the Early Help and Coordination Team (EHC) support partners and professionals who complete and lead an Early Help Assessment (EHA); case consultancy for complex cases; monitoring the quality of EHAs, action plans and reviews)"
URL_S = "https://southlandsnt.org.uk/safeguarding/eha"
TITLE_S = "Southlands School, North Tyneside – EHA (Early Help Assessment) (North Tyneside Safeguarding Children Board's Threshold Document; a single SMART action plan reviewed regularly; worries about harm go to the Front Door; the lead person for the EHA named in each school)"

COUNCIL = "North Tyneside Council"


def _columns(cols: list[dict[str, str]]) -> Table:
    rows = (
        ("Name", "name"),
        ("Date of birth", "dob"),
        ("Relationship", "rel"),
        ("Lives in the household?", "lives"),
        ("Agrees to the EHA (signature)", "sig"),
    )
    head: list[Cell] = [L("")]
    head += [L(f"Family member {i + 1}") for i in range(len(cols))]
    body: list[list[Cell]] = [[L(label), *[c.get(key, "") for c in cols]] for label, key in rows]
    return Table([head, *body])


ON1 = date(2026, 1, 20)


def _build_01() -> bytes:
    blocks: list[object] = [
        Title(
            "Early Help Assessment (EHA)",
            "North Tyneside – registered with the Early Help and Coordination Team",
        ),
        Heading("Lead of the EHA"),
        kv(
            ("Name", "Alison Reid"),
            ("Agency / role", "Health Visitor, 0-19 Service"),
            ("Email", "alison.reid@nhs.example.net"),
            ("Telephone", "07700 900 270"),
            ("Date EHA started", "20/01/2026"),
            per_row=2,
        ),
        Heading("Family address"),
        kv(("Address", "11 Greenfield Road, Kingswinford"), ("Postcode", "DY6 0LQ"), per_row=2),
        Heading("Family members"),
        _columns(
            [
                {
                    "name": "Rebecca Hart",
                    "dob": "12/12/1995",
                    "rel": "Mother",
                    "lives": "Yes",
                    "sig": "R Hart",
                },
                {
                    "name": "Jordan Hart",
                    "dob": "04/04/1993",
                    "rel": "Father",
                    "lives": "Yes",
                    "sig": "J Hart",
                },
                {
                    "name": "Mason Hart",
                    "dob": "21/08/2023",
                    "rel": "Son",
                    "lives": "Yes",
                    "sig": "–",
                },
                {
                    "name": "Brenda Hart",
                    "dob": "09/09/1966",
                    "rel": "Paternal grandmother",
                    "lives": "No – 8 Church Street, Brierley Hill DY5 2HT",
                    "sig": "–",
                },
            ]
        ),
        Heading("What is working well? What are we worried about?"),
        kv(
            (
                "Working well",
                "Mason is meeting his milestones; both parents attend every appointment; Nan helps with childcare.",
            ),
            (
                "Worried about",
                "Mum has anxiety and panic attacks since Mason's birth; Dad on zero-hours work; rent arrears of £1,200.",
            ),
        ),
        Heading("Action plan (SMART)"),
        grid(
            ["What", "Who", "When"],
            [
                ["Talking Therapies self-referral", "Rebecca / HV", "By 03/02/2026"],
                ["Debt advice appointment", "Jordan", "By 10/02/2026"],
            ],
        ),
    ]
    return render_docx(blocks)


ON2 = date(2026, 5, 13)


def _build_02() -> bytes:
    blocks: list[object] = [
        Title("Early Help Assessment (EHA)", "North Tyneside – school EHA"),
        Para(
            "Where a child's needs are thought to be at an appropriate level for early help (see the Threshold Document), the school undertakes an EHA."
        ),
        Heading("Assessment completed by"),
        kv(
            ("Name", "Peter Quinn"),
            ("Role", "Teaching Assistant, Tenterfields Primary"),
            ("School address", "Tenterfields Primary, Halesowen B63 2TS"),
            ("Date", "13/05/2026"),
            per_row=2,
        ),
        Heading("Lead person for the EHA (named staff member)"),
        kv(
            ("Name", "Deborah Shaw"),
            ("Role", "Family Support Lead"),
            ("Email", "d.shaw@tenterfields.example.sch.uk"),
            per_row=3,
        ),
        Heading("Child and family"),
        grid(
            ["Name", "Date of birth", "Relationship", "Living at home"],
            [
                ["Tia Marshall", "30/01/2018", "Child", "Yes"],
                ["Ruby Marshall", "30/01/2018", "Twin sister", "Yes"],
                ["Kayleigh Marshall", "19/03/1991", "Mother", "Yes"],
                ["Nathan Ward", "02/11/1990", "Mother's partner", "Yes"],
            ],
        ),
        kv(("Home address", "27 Stourbridge Road, Halesowen B63 3BL")),
        Heading("Summary"),
        Para(
            "Twins (8) often arrive without breakfast and are tired; Nathan works away; Mum has asked for help with sleep routines and a holiday club place."
        ),
        Heading("Consent"),
        Table(
            [
                [
                    L("Family member"),
                    L("I agree to this EHA and to information being shared"),
                    L("Signed"),
                    L("Date"),
                ],
                [
                    "Kayleigh Marshall",
                    Boxes((CB(True, "Yes"), CB(False, "No"))),
                    "K Marshall",
                    "13/05/2026",
                ],
                ["Nathan Ward", Boxes((CB(True, "Yes"), CB(False, "No"))), "N Ward", "13/05/2026"],
            ]
        ),
    ]
    return render_pdf(blocks, "Early Help Assessment")


ON3 = date(2026, 11, 11)


def _build_03() -> bytes:
    body = (
        "Hi,\n\n"
        "As discussed, please register this EHA. Summary of Part 1 below (I do not have the form on my laptop).\n\n"
        "EHA lead: Fiona Grant, Youth Worker, Stourbridge Youth Hub\n"
        "Email: fiona.grant@youthhub.example.org   Tel: 01632 960 880\n"
        "Date of EHA: 11/11/2026\n\n"
        "Address: 48 Worcester Street, Stourbridge, DY9 0QQ\n\n"
        "Family:\n"
        "1. Carol Simmons, DOB 14/02/1978, mother - consent given, signed today\n"
        "2. Ethan Simmons, DOB 09/06/2009, son (17) - did not want to sign yet, wants to think about it\n"
        "3. Lily Simmons, DOB 22/10/2012, daughter - agreed\n\n"
        "Dad (Paul Simmons) lives in Gateshead, no contact.\n\n"
        "Worries: Ethan has left college and is staying up all night gaming; Lily (14) says she is worried about her brother and "
        "about Mum's drinking. Mum wants family mediation and help for Ethan to get an apprenticeship.\n\n"
        "Thanks, Fiona\n"
    )
    return plain(
        "Fiona Grant <fiona.grant@youthhub.example.org>",
        FRONT_DOOR,
        "EHA registration - SIMMONS",
        ON3,
        body,
    )


CASES: tuple[CouncilCase, ...] = (
    CouncilCase(
        case_id="heldout5-north-tyneside-eha-01",
        council=COUNCIL,
        source_url=URL,
        source_title=TITLE,
        layout="Word EHA with one column per family member (rows Name / DOB / Relationship / Lives in the household? / Agrees (signature)); the grandmother in column 4 lives at a Brierley Hill address carrying another Dudley-table postcode (DY5 2HT); the family Address and Postcode above the grid",
        filename="referral.docx",
        assessment_date=ON1,
        build=_build_01,
        expected=Expected(
            form_type="early_help_assessment",
            people=(
                person("Rebecca Hart", date(1995, 12, 12), True, ON1),
                person("Jordan Hart", date(1993, 4, 4), True, ON1),
                person("Mason Hart", date(2023, 8, 21), False, ON1),
            ),
            postcode="DY6 0LQ",
            lead_professional_name="Alison Reid",
            lead_professional_email="alison.reid@nhs.example.net",
            level_of_need=None,
        ),
    ),
    CouncilCase(
        case_id="heldout5-north-tyneside-eha-02",
        council=COUNCIL,
        source_url=URL_S,
        source_title=TITLE_S,
        layout="flattened PDF school EHA: the teaching assistant who completed it (school B63 2TS) then a separate 'Lead person for the EHA (named staff member)' with the only e-mail; twins with the same date of birth; consent grid with ☒ Yes for mum and her partner",
        filename="referral.pdf",
        assessment_date=ON2,
        build=_build_02,
        expected=Expected(
            form_type="early_help_assessment",
            people=(
                person("Tia Marshall", date(2018, 1, 30), False, ON2),
                person("Ruby Marshall", date(2018, 1, 30), False, ON2),
                person("Kayleigh Marshall", date(1991, 3, 19), True, ON2),
                person("Nathan Ward", date(1990, 11, 2), True, ON2),
            ),
            postcode="B63 3BL",
            lead_professional_name="Deborah Shaw",
            lead_professional_email="d.shaw@tenterfields.example.sch.uk",
            level_of_need=None,
        ),
    ),
    CouncilCase(
        case_id="heldout5-north-tyneside-eha-03",
        council=COUNCIL,
        source_url=URL,
        source_title=TITLE,
        layout="plain-text email summarising Part 1 of the EHA in numbered 'Name, DOB …, relationship – consent' lines: the 17-year-old 'did not want to sign yet'; the father in Gateshead in a sentence; address line before the family",
        filename="message.eml",
        assessment_date=ON3,
        build=_build_03,
        expected=Expected(
            form_type="early_help_assessment",
            people=(
                person("Carol Simmons", date(1978, 2, 14), True, ON3),
                person("Ethan Simmons", date(2009, 6, 9), False, ON3),
                person("Lily Simmons", date(2012, 10, 22), True, ON3),
            ),
            postcode="DY9 0QQ",
            lead_professional_name="Fiona Grant",
            lead_professional_email="fiona.grant@youthhub.example.org",
            level_of_need=None,
            queue_reason="consent_missing",
        ),
    ),
)
