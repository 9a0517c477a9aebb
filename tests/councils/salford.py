"""Salford: CAF Form (Common Assessment Framework for Children and Young People)."""

# ruff: noqa: E501  (labels and answers are copied verbatim from the published form)

from datetime import date

from tests.councils.kit import (
    CB,
    Block,
    Boxes,
    Cell,
    F,
    Heading,
    L,
    Para,
    Span,
    Table,
    Title,
    grid,
    person,
    render_acroform,
    render_pdf,
)
from tests.councils.model import CouncilCase, Expected

URL = (
    "https://studylib.net/doc/16022610/caf-form--common-assessment-framework-for-children-and-yo..."
)
TITLE = "Salford CAF Form – Common Assessment Framework for Children and Young People (CAF)"


def _v(value: str, acro: bool, name: str, tip: str | None = None) -> Cell:
    return F(value, name, tip) if acro else value


def _layout(
    d: dict[str, str], parents: list[tuple[str, str, str, str]], others: list[list[str]], acro: bool
) -> list[Block]:
    blocks: list[Block] = [
        Title("CAF Form", "Common Assessment Framework for Children and Young People (CAF)"),
        Para("PLEASE ENSURE THAT ALL SECTIONS ARE COMPLETED", bold=True),
        Table(
            [
                [
                    L("Assessment Start Date"),
                    _v(d["start"], acro, "Assessment Start Date"),
                    L("Have you made a CAF enquiry?"),
                    Boxes((CB(True, "Yes", "enq_yes"), CB(False, "No", "enq_no"))),
                ]
            ]
        ),
        Para("Contact a CAF Coordinator on 0161 603 4239"),
        Heading("Details of person(s) undertaking assessment"),
        Para(
            "If the CAF is co-authored please add both names in the boxes below and their places of work"
        ),
        Table(
            [
                [
                    L("Author"),
                    _v(d["author"], acro, "Author"),
                    L("Co-Author"),
                    _v("", acro, "CoAuthor"),
                ],
                [L("Role"), _v(d["role"], acro, "Role"), L("Role"), _v("", acro, "CoRole")],
                [
                    L("Organisation"),
                    _v(d["org"], acro, "Organisation"),
                    L("Organisation"),
                    _v("", acro, "CoOrg"),
                ],
                [
                    L("Address"),
                    _v(d["org_addr"], acro, "Address"),
                    L("Telephone"),
                    _v("", acro, "CoTel"),
                ],
                [
                    L("Postcode"),
                    _v(d["org_pc"], acro, "Postcode"),
                    L("E-mail"),
                    _v("", acro, "CoEmail"),
                ],
                [L("Telephone"), _v(d["tel"], acro, "Telephone"), L(""), ""],
                [L("E-mail"), _v(d["email"], acro, "Email"), L(""), ""],
                [
                    L("Lead Professional (if not CAF author)"),
                    Span(
                        _v(
                            d["lead"],
                            acro,
                            "Lead Professional",
                            "Lead Professional (if not CAF author)",
                        ),
                        3,
                    ),
                ],
            ]
        ),
        Heading("Identifying details"),
        Para(
            "Record details of unborn baby, infant, child or young person being assessed. If unborn, "
            "state name as ‘unborn baby’ and mother’s name e.g. unborn baby of Ann Smith."
        ),
        Table(
            [
                [
                    L("Given name(s)"),
                    _v(d["given"], acro, "Given names"),
                    Span(
                        Boxes(
                            (
                                CB(d["sex"] == "M", "Male", "Male"),
                                CB(d["sex"] == "F", "Female", "Female"),
                                CB(False, "Unknown", "Unknown"),
                            )
                        ),
                        2,
                    ),
                ],
                [
                    L("Family name"),
                    _v(d["family"], acro, "Family name"),
                    L("AKA /previous names"),
                    _v("", acro, "AKA"),
                ],
                [
                    L("Address"),
                    _v(d["address"], acro, "Child Address"),
                    L("Date of birth or EDD"),
                    _v(d["dob"], acro, "DOB", "Date of birth or EDD"),
                ],
                [
                    L("Postcode"),
                    _v(d["postcode"], acro, "Child Postcode"),
                    L("Child’s 1st language"),
                    _v("English", acro, "Child language"),
                ],
                [
                    L("Contact No"),
                    _v(d["contact"], acro, "Contact No"),
                    L("Parent’s 1st language"),
                    _v("English", acro, "Parent language"),
                ],
            ]
        ),
        Para(
            "What has led to this unborn baby, infant, child or young person being assessed?",
            bold=True,
        ),
        Table([[_v(d["reason"], acro, "Reason")]]),
        Heading("Details of parents/carers"),
    ]
    for i, (name, dob, rel, pr) in enumerate(parents, 1):
        blocks.append(
            Table(
                [
                    [
                        L("Name"),
                        _v(name, acro, f"Parent{i} Name"),
                        L("D.O.B."),
                        _v(dob, acro, f"Parent{i} DOB"),
                    ],
                    [
                        L("Relationship to unborn baby, infant, child or young person"),
                        _v(rel, acro, f"Parent{i} Relationship"),
                        L("Parental responsibility?"),
                        Boxes(
                            (
                                CB(pr == "Yes", "Yes", f"Parent{i} PR Yes"),
                                CB(pr != "Yes", "No", f"Parent{i} PR No"),
                            )
                        ),
                    ],
                    [
                        L("Address"),
                        _v("As above", acro, f"Parent{i} Address"),
                        L("Postcode"),
                        _v("", acro, f"Parent{i} Postcode"),
                    ],
                ]
            )
        )
    blocks += [
        Heading("Other household members"),
        grid(
            ["Name", "D.O.B.", "Relationship to child or young person"],
            [
                [_v(c, acro, f"Other{i} {j}") for j, c in enumerate(o)]
                for i, o in enumerate(others, 1)
            ],
        ),
        Heading("Consent for information storage and information sharing"),
        Para(
            "I understand the information that is recorded on this form and that it will be stored and "
            "used for the purpose of providing services to me and my child/ren. I agree to this "
            "information being shared with the services named in the action plan."
        ),
        grid(
            ["Name", "Signature", "Date"],
            [
                [
                    _v(n, acro, f"Consent{i} Name"),
                    _v(s, acro, f"Consent{i} Sig"),
                    _v(dt, acro, f"Consent{i} Date"),
                ]
                for i, (n, s, dt) in enumerate([(d["sig_name"], d["sig"], d["sig_date"])], 1)
            ],
        ),
    ]
    return blocks


ON1 = date(2025, 12, 2)
D1 = {
    "start": "18/11/2025",
    "author": "Joanne Pritchard",
    "role": "Health Visitor",
    "org": "Sedgley Health Visiting Team",
    "org_addr": "Sedgley Health Centre, Ladies Walk, Sedgley",
    "org_pc": "DY3 4PQ",
    "tel": "01632 960 321",
    "email": "joanne.pritchard1@nhs.net",
    "lead": "Sam Okafor, Family Support Worker, Dudley North Family Hub – sam.okafor@dudleyhubs.example.org.uk",
    "given": "Oscar",
    "family": "Nowak",
    "sex": "M",
    "address": "5 Bull Ring, Sedgley, Dudley",
    "postcode": "DY3 1AB",
    "dob": "03/07/2023",
    "contact": "07700 900 455",
    "reason": "Oscar's speech is delayed and mum is isolated after the family moved from Poland; "
    "mum asked for help with parenting and nursery funding.",
    "sig_name": "Marta Nowak; Piotr Nowak",
    "sig": "M. Nowak   P Nowak",
    "sig_date": "02/12/2025",
}
PARENTS1 = [
    ("Marta Nowak", "21/03/1994", "Mother", "Yes"),
    ("Piotr Nowak", "09/10/1990", "Father", "Yes"),
]
OTHERS1: list[list[str]] = [["Zofia Nowak", "11/05/2020", "Sister"]]

ON2 = date(2026, 4, 28)
D2 = {
    "start": "28/04/2026",
    "author": "Rhys Lewis",
    "role": "Education Welfare Officer",
    "org": "Attendance Support Service",
    "org_addr": "Saltwells EDC, Bowling Green Road, Netherton",
    "org_pc": "DY2 9LY",
    "tel": "01632 960 640",
    "email": "rhys.lewis@attendance.example.gov.uk",
    "lead": "",
    "given": "Ellis",
    "family": "Morgan",
    "sex": "F",
    "address": "16 Worcester Lane, Pedmore, Stourbridge",
    "postcode": "DY90QQ",
    "dob": "25/09/2012",
    "contact": "07700 900 982",
    "reason": "Persistent absence (64%) since Year 7; Ellis describes anxiety about school.",
    "sig_name": "Claire Morgan; Ellis Morgan",
    "sig": "C Morgan / E Morgan",
    "sig_date": "28/04/2026",
}
PARENTS2 = [("Claire Morgan", "14/02/1979", "Mother", "Yes")]
OTHERS2 = [["Owen Morgan", "02/02/2007", "Brother (at home)"]]


def _salford_01() -> bytes:
    return render_pdf(_layout(D1, PARENTS1, OTHERS1, acro=False), "CAF Form")


def _salford_02() -> bytes:
    return render_acroform(_layout(D2, PARENTS2, OTHERS2, acro=True), "CAF Form")


CASES: tuple[CouncilCase, ...] = (
    CouncilCase(
        case_id="salford-caf-01",
        council="Salford City Council",
        source_url=URL,
        source_title=TITLE,
        layout="flattened PDF: author block with Address and separate Postcode BEFORE the child; "
        "'Lead Professional (if not CAF author)' names someone else; Given name(s) / Family name",
        filename="referral.pdf",
        assessment_date=ON1,
        build=_salford_01,
        expected=Expected(
            form_type="early_help_assessment",
            people=(
                person("Oscar Nowak", date(2023, 7, 3), False, ON1),
                person("Marta Nowak", date(1994, 3, 21), True, ON1),
                person("Piotr Nowak", date(1990, 10, 9), True, ON1),
                person("Zofia Nowak", date(2020, 5, 11), False, ON1),
            ),
            postcode="DY3 1AB",
            lead_professional_name="Sam Okafor",
            lead_professional_email="sam.okafor@dudleyhubs.example.org.uk",
            level_of_need=None,
        ),
    ),
    CouncilCase(
        case_id="salford-caf-02",
        council="Salford City Council",
        source_url=URL,
        source_title=TITLE,
        layout="fillable PDF of the CAF (fields 'Given names', 'Family name', 'Child Postcode'; "
        "Male/Female checkboxes); postcode typed without a space; an adult brother at home "
        "has not signed",
        filename="referral.pdf",
        assessment_date=ON2,
        build=_salford_02,
        expected=Expected(
            form_type="early_help_assessment",
            people=(
                person("Ellis Morgan", date(2012, 9, 25), True, ON2),
                person("Claire Morgan", date(1979, 2, 14), True, ON2),
                person("Owen Morgan", date(2007, 2, 2), False, ON2),
            ),
            postcode="DY9 0QQ",
            lead_professional_name="Rhys Lewis",
            lead_professional_email="rhys.lewis@attendance.example.gov.uk",
            level_of_need=None,
            queue_reason="consent_missing",
        ),
    ),
)
