"""Somerset: Early Help Assessment V6.0 (consent as a practitioner's statement)."""

# ruff: noqa: E501  (labels and answers are copied verbatim from the published form)

from datetime import date

from tests.councils.kit import (
    Block,
    Cell,
    F,
    Heading,
    L,
    Para,
    Span,
    Table,
    Title,
    grid,
    longdate,
    person,
    render_acroform,
    render_docx,
)
from tests.councils.model import CouncilCase, Expected

URL = "https://docsbay.net/1-initial-details"
TITLE = "Somerset Early Help Assessment (EHA) V6.0 – 1. Initial Details"
LAYOUT_NOTE = (
    "child's details first then 'Person undertaking this assessment' with 'Address including "
    "postcode'; consent is the statement 'I, [professional name and role] have discussed the "
    "information with [names] and the child [name] on [date]...'"
)


def _v(value: str, acro: bool, name: str) -> Cell:
    return F(value, name) if acro else value


def _layout(d: dict[str, object], acro: bool) -> list[Block]:
    child = d["child"]
    assert isinstance(child, tuple)
    kids = d["kids"]
    adults = d["adults"]
    workers = d["workers"]
    assert isinstance(kids, list)
    assert isinstance(adults, list)
    assert isinstance(workers, list)
    return [
        Title("Early Help Assessment", "Early Help is everyone’s responsibility"),
        Para(
            "When a child, young person or family is in need of support it is important to identify "
            "the best way forward at the earliest opportunity. When the EHA is completed, and with "
            "the informed agreement of family members concerned, please send the assessment "
            "document to the EHA Team."
        ),
        Heading("1. Initial Details"),
        grid(
            [
                "Child’s/Young Person’s first name",
                "Child’s/Young Person’s surname",
                "Date of birth",
            ],
            [
                [
                    _v(child[0], acro, "Text1"),
                    _v(child[1], acro, "Text2"),
                    _v(child[2], acro, "Text3"),
                ]
            ],
        ),
        Table(
            [
                [L("Address including postcode"), _v(str(d["address"]), acro, "Text4")],
                [
                    L("Number of children/Young People involved in this assessment"),
                    _v(str(len(kids)), acro, "Text5"),
                ],
            ],
            [2, 3],
        ),
        Heading("2. Person undertaking this assessment"),
        Table(
            [
                [
                    L("Date EHA started"),
                    _v(str(d["started"]), acro, "Text6"),
                    L("Date EHA was last reviewed (date of last TAC meeting)"),
                    _v("N/A", acro, "Text7"),
                ],
                [L("Name of practitioner"), Span(_v(str(d["worker"]), acro, "Text8"), 3)],
                [L("Job title"), Span(_v(str(d["role"]), acro, "Text9"), 3)],
                [
                    L("Address including postcode"),
                    Span(_v(str(d["worker_addr"]), acro, "Text10"), 3),
                ],
                [
                    L("Email address"),
                    _v(str(d["email"]), acro, "Text11"),
                    L("Phone number"),
                    _v(str(d["phone"]), acro, "Text12"),
                ],
            ]
        ),
        Para(
            "If there is an immediate risk to a child/young person please call Somerset Direct on "
            "0300 123 2224 – V6.0 Page 1 of 12"
        ),
        Heading("3. Personal data: Consent to the completion of an Early Help Assessment"),
        Table([[_v(str(d["statement"]), acro, "Consent statement")]]),
        Para(
            "I, [professional name and role] have identified a Tier 4 Safeguarding issue. I have "
            "assessed that it would place the child[ren]/young person at risk of significant harm "
            "to seek consent ..."
        ),
        Heading("4. Children and young people in this family"),
        grid(
            ["Name", "Date of birth", "Gender", "School / setting"],
            [
                [
                    _v(c, acro, f"Child {i} {h}")
                    for c, h in zip(k, ("Name", "DOB", "Gender", "School"), strict=True)
                ]
                for i, k in enumerate(kids, 1)
            ],
        ),
        Heading(
            "5. Adults in this home and adults who do not live with the child/young person but "
            "are important to them"
        ),
        grid(
            ["Name", "Relationship to child/young person", "Date of birth", "Lives in this home?"],
            [
                [
                    _v(c, acro, f"Adult {i} {h}")
                    for c, h in zip(a, ("Name", "Rel", "DOB", "Home"), strict=True)
                ]
                for i, a in enumerate(adults, 1)
            ],
        ),
        Heading("6. Who is working with this family at the moment"),
        grid(
            ["Name", "Agency / role", "Address including postcode", "Phone"],
            [
                [
                    _v(c, acro, f"Worker {i} {h}")
                    for c, h in zip(w, ("Name", "Agency", "Addr", "Phone"), strict=True)
                ]
                for i, w in enumerate(workers, 1)
            ],
        ),
        Heading("8. Summary of need"),
        Table([[_v(str(d["summary"]), acro, "Summary of need")]]),
    ]


ON1 = date(2025, 5, 6)
D1: dict[str, object] = {
    "child": ("Callum", "Bennett", "17/02/2010"),
    "address": "22 Wollaston Road, Stourbridge, DY8 4HB",
    "started": "06/05/2025",
    "worker": "Gemma Price",
    "role": "Family Support Worker",
    "worker_addr": "Lye Family Hub, Chapel Street, Lye, Stourbridge DY9 7AA",
    "email": "gemma.price@lyefamilyhub.example.org.uk",
    "phone": "01632 960 551",
    "statement": (
        "I, Gemma Price, Family Support Worker, have discussed the information with Lisa Bennett "
        f"and the child Callum Bennett on {longdate(ON1)} at 10:30am at Lye Family Hub, and I "
        "confirm that they have agreed to Early Help Assessment processing of their personal data "
        "as set out below."
    ),
    "kids": [
        ("Callum Bennett", "17/02/2010", "M", "Redhill School"),
        ("Millie Bennett", "30/08/2016", "F", "Wollaston Primary"),
    ],
    "adults": [("Lisa Bennett", "Mother", "11/11/1986", "Yes")],
    "workers": [
        (
            "Mrs J Okoro",
            "Head of Year 10, Redhill School",
            "Junction Road, Stourbridge DY8 1JX",
            "01632 960 110",
        ),
        (
            "Dr S Malik",
            "GP, Wollaston Surgery",
            "Bridgnorth Road, Stourbridge DY8 3NX",
            "01632 960 777",
        ),
    ],
    "summary": "Level 3 – complex needs: Callum's attendance 71%, anxiety, family finances. "
    "Request for multi-agency support through a Team Around the Child.",
}

ON2 = date(2026, 1, 12)
D2: dict[str, object] = {
    "child": ("Tyler", "Pike", "02/06/2009"),
    "address": "Flat 3, 41 Mill Street, Brierley Hill, dy5 2ht",
    "started": "12/01/2026",
    "worker": "Dean Foster",
    "role": "Youth Worker",
    "worker_addr": "Sandwell Youth Service, Oldbury B69 3DB",
    "email": "dean.foster@youth.example.gov.uk",
    "phone": "01632 960 402",
    "statement": (
        "I, Dean Foster, Youth Worker, have discussed the information with Sharon Pike and the "
        "child [name or delete if not discussed] on 12/01/2026 at 4pm at the family home, and I "
        "confirm that they have agreed to Early Help Assessment processing of their personal "
        "data as set out below."
    ),
    "kids": [
        ("Tyler Pike", "02/06/2009", "M", "Thorns Collegiate"),
        ("Jade Pike", "19/03/2015", "F", "Mount Pleasant Primary"),
    ],
    "adults": [("Sharon Pike", "Mother", "08/07/1983", "Yes")],
    "workers": [
        (
            "Ms R Dhillon",
            "SENCo, Thorns Collegiate",
            "Thorns Road, Brierley Hill DY5 2NU",
            "01632 960 300",
        )
    ],
    "summary": "",
}


def _somerset_01() -> bytes:
    return render_docx(_layout(D1, acro=False), footer="V6.0")


def _somerset_02() -> bytes:
    return render_acroform(_layout(D2, acro=True), "Somerset Early Help Assessment")


CASES: tuple[CouncilCase, ...] = (
    CouncilCase(
        case_id="somerset-eha-01",
        council="Somerset Council",
        source_url=URL,
        source_title=TITLE,
        layout="Word: " + LAYOUT_NOTE + "; practitioner's hub postcode is another Dudley one",
        filename="referral.docx",
        assessment_date=ON1,
        build=_somerset_01,
        expected=Expected(
            form_type="early_help_assessment",
            people=(
                person("Lisa Bennett", date(1986, 11, 11), True, ON1),
                person("Callum Bennett", date(2010, 2, 17), True, ON1),
                person("Millie Bennett", date(2016, 8, 30), False, ON1),
            ),
            postcode="DY8 4HB",
            lead_professional_name="Gemma Price",
            lead_professional_email="gemma.price@lyefamilyhub.example.org.uk",
            level_of_need=3,
        ),
    ),
    CouncilCase(
        case_id="somerset-eha-02",
        council="Somerset Council",
        source_url=URL,
        source_title=TITLE,
        layout="fillable PDF (fields Text1..Text12): "
        + LAYOUT_NOTE
        + "; the child placeholder left unfilled, postcode typed lower case",
        filename="referral.pdf",
        assessment_date=ON2,
        build=_somerset_02,
        expected=Expected(
            form_type="early_help_assessment",
            people=(
                person("Sharon Pike", date(1983, 7, 8), True, ON2),
                person("Tyler Pike", date(2009, 6, 2), False, ON2),
                person("Jade Pike", date(2015, 3, 19), False, ON2),
            ),
            postcode="DY5 2HT",
            lead_professional_name="Dean Foster",
            lead_professional_email="dean.foster@youth.example.gov.uk",
            level_of_need=None,
            queue_reason="consent_missing",
        ),
    ),
)
