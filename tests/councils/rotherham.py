"""Rotherham: Early Help Assessment & Support Plan for Children & Families."""

# ruff: noqa: E501  (labels and answers are copied verbatim from the published form)

from datetime import date

from tests.councils.kit import (
    Block,
    Cell,
    F,
    Heading,
    L,
    Para,
    Table,
    Title,
    grid,
    person,
    render_acroform,
    render_docx,
)
from tests.councils.model import CouncilCase, Expected

URL = "https://docsbay.net/children-young-peoples-details"
TITLE = "Rotherham Early Help Assessment & Support Plan for Children & Families"


def _adult_block(title: str, a: dict[str, str], acro: bool, k: str) -> list[Block]:
    def v(key: str) -> Cell:
        return F(a.get(key, ""), f"{k} {key}") if acro else a.get(key, "")

    return [
        Heading(title),
        Table(
            [
                [
                    L("Name"),
                    v("name"),
                    L("Gender (M/F)"),
                    v("gender"),
                    L("Ethnicity"),
                    v("ethnicity"),
                ],
                [
                    L("Relationship to child(ren)"),
                    v("rel"),
                    L("Date of Birth"),
                    v("dob"),
                    L(""),
                    "",
                ],
                [
                    L("Address (if different from above)"),
                    v("address"),
                    L("Telephone Number"),
                    v("tel"),
                    L(""),
                    "",
                ],
                [L("Postcode"), v("postcode"), L("Mobile Number"), v("mobile"), L(""), ""],
            ]
        ),
    ]


def _layout(
    d: dict[str, str],
    kids: list[list[str]],
    adults: list[tuple[str, dict[str, str]]],
    consent: list[list[str]],
    acro: bool,
) -> list[Block]:
    def v(key: str) -> Cell:
        return F(d.get(key, ""), key.replace("_", " ").title()) if acro else d.get(key, "")

    kid_rows: list[list[Cell]] = [
        [F(c, f"Child{i} {j}") if acro else c for j, c in enumerate([str(i), *k])]
        for i, k in enumerate(kids, 1)
    ]
    blocks: list[Block] = [
        Title("Early Help Assessment & Support Plan", "for Children & Families"),
        Table([[L("Ref Number"), v("ref"), L("Date Assessment Started"), v("started")]]),
        Heading("Children / Young Peoples Details"),
        grid(
            [
                "Child",
                "Name",
                "Date of Birth dd/mm/yy",
                "Gender (M/F)",
                "Disabilities",
                "Ethnicity",
                "School/Nursery/College",
            ],
            kid_rows,
            [0.6, 2, 1.3, 0.9, 1.2, 1.2, 2],
        ),
        Heading("Primary Home Address"),
        Table(
            [
                [L("Address"), v("address"), L("Telephone Number"), v("tel")],
                [L("Postcode"), v("postcode"), L("Mobile Number"), v("mobile")],
            ]
        ),
        Heading("Secondary Home Address"),
        Table(
            [
                [L("Address"), v("address2"), L("Telephone Number"), v("tel2")],
                [L("Postcode"), v("postcode2"), L("Mobile Number"), v("mobile2")],
            ]
        ),
    ]
    for i, (title, a) in enumerate(adults):
        blocks += _adult_block(title, a, acro, f"Adult{i + 1}")
    blocks += [
        Heading("Name of Lead Professional Completing the Assessment"),
        Table(
            [
                [L("Name"), v("lp"), L("Date"), v("lp_date")],
                [L("Position"), v("lp_pos"), L("Organisation"), v("lp_org")],
                [L("Email"), v("lp_email"), L("Telephone Number"), v("lp_tel")],
                [L("Manager’s Name"), v("mgr"), L("Manager’s contact details"), v("mgr_tel")],
            ]
        ),
        Heading("Information Sharing and Consent"),
        Para(
            "Rotherham Council is committed to offering Early Help to children and families as problems "
            "begin to emerge. In order to support you and your family, it may be necessary for your "
            "information to be shared between Council departments and other relevant organisations."
        ),
        grid(
            ["Name", "Relationship", "Signature", "Date"],
            [
                [F(c, f"Consent{i} {j}") if acro else c for j, c in enumerate(r)]
                for i, r in enumerate(consent, 1)
            ],
        ),
    ]
    return blocks


ON1 = date(2025, 6, 19)
D1 = {
    "ref": "",
    "started": "02/06/25",
    "address": "40 Hill Street, Brierley Hill",
    "tel": "",
    "postcode": "DY51AA",
    "mobile": "07700 900 260",
    "lp": "Natalie Grove",
    "lp_date": "19/06/25",
    "lp_pos": "Learning Mentor",
    "lp_org": "Brierley Hill Academy",
    "lp_email": "n.grove@bhacademy.example.sch.uk",
    "lp_tel": "01632 960 117",
    "mgr": "Mr D Shaw",
    "mgr_tel": "01632 960 110",
}
KIDS1 = [
    ["Kayden Moss", "11/11/08", "M", "None", "White British", "Brierley Hill Academy"],
    ["Tia Moss", "04/03/13", "F", "None", "White British", "Brierley Hill Academy"],
]
ADULTS1 = [
    (
        "Main Parent / Carer",
        {
            "name": "Leanne Moss",
            "gender": "F",
            "ethnicity": "White British",
            "rel": "Mother",
            "dob": "27/08/87",
            "mobile": "07700 900 260",
        },
    ),
    (
        "Other adult family/household member or significant other",
        {
            "name": "Gary Hunt",
            "gender": "M",
            "ethnicity": "White British",
            "rel": "Step-father (lives at home)",
            "dob": "14/01/84",
        },
    ),
]
CONSENT1 = [
    ["Leanne Moss", "Mother", "L Moss", "19/06/25"],
    ["Gary Hunt", "Step-father", "G. Hunt", "19/06/25"],
    ["Kayden Moss", "Self", "signature held on file", "19/06/25"],
]

ON2 = date(2026, 2, 24)
D2 = {
    "ref": "EH-4471",
    "started": "10/02/26",
    "address": "2 Baptist End Road, Netherton, Dudley",
    "tel": "",
    "postcode": "DY2 0AB",
    "mobile": "07700 900 831",
    "address2": "Dad's home (alternate weekends): 19 Gornal Road, Dudley",
    "postcode2": "DY3 2DE",
    "lp": "Imran Chaudhry",
    "lp_date": "24/02/26",
    "lp_pos": "Parent Support Adviser",
    "lp_org": "Netherton Primary",
    "lp_email": "i.chaudhry@nethertonprimary.example.sch.uk",
    "lp_tel": "01632 960 884",
    "mgr": "Mrs A Lowe",
    "mgr_tel": "01632 960 880",
}
KIDS2 = [["Skye Bradley", "08/08/17", "F", "ASD (diagnosed)", "White British", "Netherton Primary"]]
ADULTS2 = [
    (
        "Main Parent / Carer",
        {
            "name": "Rachel Bradley",
            "gender": "F",
            "ethnicity": "White British",
            "rel": "Mother",
            "dob": "03/03/90",
            "mobile": "07700 900 831",
        },
    )
]
CONSENT2 = [["Rachel Bradley", "Mother", "R Bradley", "24/02/26"]]


def _rotherham_01() -> bytes:
    return render_docx(_layout(D1, KIDS1, ADULTS1, CONSENT1, acro=False))


def _rotherham_02() -> bytes:
    return render_acroform(
        _layout(D2, KIDS2, ADULTS2, CONSENT2, acro=True), "Early Help Assessment"
    )


CASES: tuple[CouncilCase, ...] = (
    CouncilCase(
        case_id="rotherham-eha-01",
        council="Rotherham Metropolitan Borough Council",
        source_url=URL,
        source_title=TITLE,
        layout="Word: children table 'Date of Birth dd/mm/yy'; parent/carer and other adult in "
        "separate label/value blocks; consent table Name | Relationship | Signature | Date with "
        "'signature held on file'; postcode written without a space",
        filename="referral.docx",
        assessment_date=ON1,
        build=_rotherham_01,
        expected=Expected(
            form_type="early_help_assessment",
            people=(
                person("Kayden Moss", date(2008, 11, 11), True, ON1),
                person("Tia Moss", date(2013, 3, 4), False, ON1),
                person("Leanne Moss", date(1987, 8, 27), True, ON1),
                person("Gary Hunt", date(1984, 1, 14), True, ON1),
            ),
            postcode="DY5 1AA",
            lead_professional_name="Natalie Grove",
            lead_professional_email="n.grove@bhacademy.example.sch.uk",
            level_of_need=None,
        ),
    ),
    CouncilCase(
        case_id="rotherham-eha-02",
        council="Rotherham Metropolitan Borough Council",
        source_url=URL,
        source_title=TITLE,
        layout="fillable PDF of the same form with 'Secondary Home Address' filled (father's home, "
        "another Dudley postcode) below the Primary Home Address",
        filename="referral.pdf",
        assessment_date=ON2,
        build=_rotherham_02,
        expected=Expected(
            form_type="early_help_assessment",
            people=(
                person("Skye Bradley", date(2017, 8, 8), False, ON2),
                person("Rachel Bradley", date(1990, 3, 3), True, ON2),
            ),
            postcode="DY2 0AB",
            lead_professional_name="Imran Chaudhry",
            lead_professional_email="i.chaudhry@nethertonprimary.example.sch.uk",
            level_of_need=None,
        ),
    ),
)
