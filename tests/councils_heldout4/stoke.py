"""Stoke-on-Trent: the city's Early Help assessment under the Early Help and Prevention Strategy
(support from universal services, whole-family approach)."""

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
    kv,
    person,
    render_docx,
    render_pdf,
)
from tests.councils.model import CouncilCase, Expected
from tests.councils_heldout4._mail import FRONT_DOOR, with_attachment

URL = "https://safeguardingchildren.stoke.gov.uk/homepage/56/early-help-services"
TITLE = "Stoke-on-Trent Safeguarding Children Partnership – Early Help Services (getting the right level of support at the right time; support starts with universal services; a ‘whole family’ approach; Stoke-on-Trent Early Help and Prevention Strategy 2020-2024)"


def _people_grid(cols: list[dict[str, str]]) -> Table:
    rows = [
        ("Name", "name"),
        ("Date of birth", "dob"),
        ("Relationship to child", "rel"),
        ("Lives at the family address?", "lives"),
        ("Parental responsibility?", "pr"),
        ("School / work", "school"),
    ]
    head: list[Cell] = [L("")]
    head += [L(f"Person {i + 1}") for i in range(len(cols))]
    body: list[list[Cell]] = []
    for label, key in rows:
        line: list[Cell] = [L(label)]
        line += [c.get(key, "") for c in cols]
        body.append(line)
    return Table([head, *body])


ON1 = date(2026, 3, 12)


def _build_01() -> bytes:
    blocks: list[object] = [
        Title("Early Help Assessment – Whole Family", "Stoke-on-Trent City Council"),
        Para("Everyone in the household should be recorded. Use one column per person."),
        Heading("1. Who is completing this assessment?"),
        kv(
            ("Name", "Aisha Khan"),
            ("Role / agency", "Parent Support Adviser, Sutton Academy"),
            ("Address", "Sutton Academy, Sutton Road, Dudley DY2 8PG"),
            ("Email", "a.khan@suttonacademy.example.sch.uk"),
            ("Telephone", "01632 960 153"),
            ("Date", "12/03/2026"),
            per_row=2,
        ),
        Heading("2. Family address"),
        kv(("Address", "33 Swan Street, Dudley"), ("Postcode", "DY2 9HF"), per_row=2),
        Heading("3. Family members"),
        _people_grid(
            [
                {
                    "name": "Zainab Hussain",
                    "dob": "12/05/1986",
                    "rel": "Mother",
                    "lives": "Yes",
                    "pr": "Yes",
                    "school": "–",
                },
                {
                    "name": "Imran Hussain",
                    "dob": "01/02/1984",
                    "rel": "Father",
                    "lives": "Yes",
                    "pr": "Yes",
                    "school": "Taxi driver",
                },
                {
                    "name": "Hamza Hussain",
                    "dob": "20/10/2013",
                    "rel": "Son",
                    "lives": "Yes",
                    "pr": "–",
                    "school": "Sutton Academy Y7",
                },
                {
                    "name": "Maryam Hussain",
                    "dob": "03/03/2018",
                    "rel": "Daughter",
                    "lives": "Yes",
                    "pr": "–",
                    "school": "Priory Primary",
                },
                {
                    "name": "Nasreen Bibi",
                    "dob": "",
                    "rel": "Grandmother",
                    "lives": "No – Walsall",
                    "pr": "No",
                    "school": "–",
                },
            ]
        ),
        Heading("4. Why is support needed? (whole family)"),
        Table(
            [
                [
                    "Hamza (12) has ADHD (diagnosed 2025), exclusions for fighting; Maryam has eczema and poor sleep; parents exhausted. Family would like a parenting course for ADHD, a short break and help applying for DLA."
                ]
            ]
        ),
        Heading("5. Agreement to share information"),
        Table(
            [
                [L("Name"), L("Agree to share"), L("Signature"), L("Date")],
                [
                    "Zainab Hussain",
                    Boxes((CB(True, "Yes"), CB(False, "No"))),
                    "Z Hussain",
                    "12/03/2026",
                ],
                [
                    "Imran Hussain",
                    Boxes((CB(True, "Yes"), CB(False, "No"))),
                    "I Hussain",
                    "12/03/2026",
                ],
            ]
        ),
    ]
    return render_docx(blocks)


ON2 = date(2026, 6, 2)


def _pdf_02() -> bytes:
    blocks: list[object] = [
        Title("Early Help Assessment – Whole Family", "Stoke-on-Trent City Council"),
        Para("Everyone in the household should be recorded. Use one column per person."),
        Heading("1. Who is completing this assessment?"),
        kv(
            ("Name", "Ben Whitehouse"),
            ("Role / agency", "Family Practitioner, Brierley Hill Family Hub"),
            ("Address", "Brierley Hill Family Hub, Moor Street DY5 3SY"),
            ("Email", "ben.whitehouse@familyhub.example.gov.uk"),
            ("Telephone", "01632 960 629"),
            ("Date", "02/06/2026"),
            per_row=2,
        ),
        Heading("2. Family address"),
        kv(("Address", "2 Church Street, Brierley Hill"), ("Postcode", "DY5 2HT"), per_row=2),
        Heading("3. Family members"),
        _people_grid(
            [
                {
                    "name": "Nicole Turner",
                    "dob": "27/07/1991",
                    "rel": "Mother",
                    "lives": "Yes",
                    "pr": "Yes",
                },
                {
                    "name": "Wayne Turner",
                    "dob": "15/03/1989",
                    "rel": "Father",
                    "lives": "Yes",
                    "pr": "Yes",
                },
                {
                    "name": "Lily Turner",
                    "dob": "09/01/2016",
                    "rel": "Daughter",
                    "lives": "Yes",
                    "pr": "–",
                },
                {
                    "name": "Alfie Turner",
                    "dob": "18/11/2021",
                    "rel": "Son",
                    "lives": "Yes",
                    "pr": "–",
                },
            ]
        ),
        Heading("4. Why is support needed? (whole family)"),
        Table(
            [
                [
                    "Home conditions poor, Lily often hungry at school and has head lice; Wayne works long shifts; both parents agree things have slipped since Alfie was born."
                ]
            ]
        ),
        Heading("5. Agreement to share information"),
        Table(
            [
                [L("Name"), L("Agree to share"), L("Signature"), L("Date")],
                [
                    "Nicole Turner",
                    Boxes((CB(True, "Yes"), CB(False, "No"))),
                    "N Turner",
                    "02/06/2026",
                ],
                ["Wayne Turner", Boxes((CB(False, "Yes"), CB(False, "No"))), "", ""],
            ]
        ),
    ]
    return render_pdf(blocks, "Early Help Assessment")


def _build_02() -> bytes:
    return with_attachment(
        "Ben Whitehouse <ben.whitehouse@familyhub.example.gov.uk>",
        FRONT_DOOR,
        "EHA - TURNER family",
        ON2,
        "Hi,\n\nEHA for the Turner family attached (the family used the Stoke form with their previous worker so I kept it). "
        "Dad was at work - I will get his agreement next week.\n\nBen\n",
        _pdf_02(),
        "EHA Turner.pdf",
    )


CASES: tuple[CouncilCase, ...] = (
    CouncilCase(
        case_id="heldout4-stoke-eha-01",
        council="Stoke-on-Trent City Council",
        source_url=URL,
        source_title=TITLE,
        layout="Word whole-family EHA with one column per person (Person 1-5) and rows Name / Date of birth / Relationship / Lives at the family address? / PR / School; the grandmother in column 5 lives in Walsall; school's DY2 8PG first; agree-to-share rows with ☒ Yes and signatures for both parents",
        filename="referral.docx",
        assessment_date=ON1,
        build=_build_01,
        expected=Expected(
            form_type="early_help_assessment",
            people=(
                person("Zainab Hussain", date(1986, 5, 12), True, ON1),
                person("Imran Hussain", date(1984, 2, 1), True, ON1),
                person("Hamza Hussain", date(2013, 10, 20), False, ON1),
                person("Maryam Hussain", date(2018, 3, 3), False, ON1),
            ),
            postcode="DY2 9HF",
            lead_professional_name="Aisha Khan",
            lead_professional_email="a.khan@suttonacademy.example.sch.uk",
            level_of_need=None,
        ),
    ),
    CouncilCase(
        case_id="heldout4-stoke-eha-02",
        council="Stoke-on-Trent City Council",
        source_url=URL,
        source_title=TITLE,
        layout="email with the flattened PDF whole-family EHA attached (one column per person): the father who lives at home has neither agree box ticked and an empty signature and date; the covering note says he was at work",
        filename="message.eml",
        assessment_date=ON2,
        build=_build_02,
        expected=Expected(
            form_type="early_help_assessment",
            people=(
                person("Nicole Turner", date(1991, 7, 27), True, ON2),
                person("Wayne Turner", date(1989, 3, 15), False, ON2),
                person("Lily Turner", date(2016, 1, 9), False, ON2),
                person("Alfie Turner", date(2021, 11, 18), False, ON2),
            ),
            postcode="DY5 2HT",
            lead_professional_name="Ben Whitehouse",
            lead_professional_email="ben.whitehouse@familyhub.example.gov.uk",
            level_of_need=None,
            queue_reason="consent_missing",
        ),
    ),
)
