"""Croydon: Children's Social Care Referral Form (with the Early Help and Staged Intervention overview)."""

# ruff: noqa: E501  (labels and answers are copied verbatim from the published form)

from datetime import date

from tests.councils.kit import (
    Block,
    Cell,
    F,
    Heading,
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

URL = "https://doc4pdf.com/100318-croydon-childrens-social-care-referral-form-to-be-used.html"
TITLE = "Croydon Children’s Social Care Referral Form (To be used in conjunction with the Early Help and Staged Intervention – a practitioner’s overview document)"


def _layout(
    d: dict[str, Cell], parents: list[list[str]], others: list[list[str]], signs: list[list[str]]
) -> list[Block]:
    return [
        Title(
            "Croydon Children’s Social Care Referral Form",
            "(To be used in conjunction with the Early Help and Staged Intervention – a practitioner’s overview document)",
        ),
        Para(
            "Please send the completed form to childreferrals@croydon.example.gov.uk or fax 0208 633 9441"
        ),
        Para("Please phone 0208 726 6400 if your referral is urgent"),
        Para(
            "WARNING If you are sending this document electronically and you are not in a secure network with Croydon "
            "Council, you must ensure this document is password protected and sent as an e-mail attachment."
        ),
        Heading("Child or Young Person’s Details"),
        Para(
            "If you are referring more than one child, please complete this for one of the children in detail. List the "
            "other children in section G."
        ),
        kv(
            ("Family name:", d["family"]),
            ("First Name(s):", d["first"]),
            ("D.O.B or expected date of delivery:", d["dob"]),
            ("Gender:", d["gender"]),
            ("Address:", d["address"]),
            ("Postcode:", d["postcode"]),
            ("Telephone:", d["tel"]),
        ),
        Heading("Section A – Basic Referral Details (to be completed in all cases)"),
        kv(
            ("Date and time of referral:", d["when"]),
            ("Is/are parent(s)/carer(s) aware of referral:", d["aware"]),
            widths=[2, 3],
        ),
        Para(
            "Permission should generally be sought from an adult with parental responsibility for the child/young person "
            "before passing information about them to Children’s Social Care, UNLESS seeking permission would place the "
            "child at risk of significant harm."
        ),
        kv(("Has permission been given?", d["permission"]), widths=[2, 3]),
        Heading("Section B – Referrer’s details"),
        kv(
            ("Name:", d["ref"]),
            ("Job title:", d["role"]),
            ("Agency:", d["agency"]),
            ("Address:", d["ref_addr"]),
            ("Telephone:", d["ref_tel"]),
            ("E-mail:", d["ref_email"]),
            per_row=2,
        ),
        Heading("Section C – Parents / carers"),
        grid(
            [
                "Family name",
                "First name(s)",
                "D.O.B",
                "Relationship to child",
                "Parental responsibility",
            ],
            parents,
        ),
        Heading("Section D – Reason for referral"),
        Table([[d["reason"]]]),
        Heading("Section G – Other children in the household"),
        grid(["Family name", "First name(s)", "D.O.B", "Gender", "School / nursery"], others),
        Heading("Parent / carer permission"),
        grid(["Name", "Signature", "Date"], signs),
    ]


ON1 = date(2026, 3, 3)
D1: dict[str, Cell] = {
    "family": F("MENSAH", "Family name"),
    "first": F("Kwame", "First Names"),
    "dob": F("08/08/2017", "DOB or EDD"),
    "gender": F("Male", "Gender"),
    "address": F("16 Owen Street, Tipton", "Address"),
    "postcode": F("dy47aa", "Postcode"),
    "tel": F("07700 900 915", "Telephone"),
    "when": F("03/03/2026 14:10", "Date and time of referral"),
    "aware": F("Yes", "Parents aware"),
    "permission": F("Yes – both parents signed below", "Permission given"),
    "ref": F("Olivia Brennan", "Referrer name"),
    "role": F("Health Visitor", "Referrer job title"),
    "agency": F("0-19 Health Visiting Service", "Referrer agency"),
    "ref_addr": F("Tipton Health Centre, Tipton DY4 8QA", "Referrer address"),
    "ref_tel": F("01632 960 927", "Referrer telephone"),
    "ref_email": F("olivia.brennan@hv.example.nhs.uk", "Referrer email"),
    "reason": F(
        "Kwame (8) has speech delay and soiling; Esi (6) is not yet toilet trained. Parents are struggling with damp "
        "housing and debt and have asked for Early Help family support.",
        "Reason for referral",
    ),
}
PARENTS1 = [
    ["Mensah", "Abena", "05/05/1991", "Mother", "Yes"],
    ["Mensah", "Kofi", "01/12/1988", "Father", "Yes"],
]
OTHERS1 = [["Mensah", "Esi", "02/02/2020", "Female", "Great Bridge Primary (Reception)"]]
SIGNS1 = [["Abena Mensah", "A Mensah", "03/03/2026"], ["Kofi Mensah", "K. Mensah", "03/03/2026"]]

ON2 = date(2025, 10, 14)
D2: dict[str, Cell] = {
    "family": "Pearson",
    "first": "Lacey",
    "dob": "10/10/2013",
    "gender": "Female",
    "address": "Flat 2, 41 Wolverhampton Street, Dudley",
    "postcode": "not known – family moved last month, mum to confirm",
    "tel": "07700 900 944",
    "when": "14/10/2025 09:30",
    "aware": "Yes",
    "permission": "Yes",
    "ref": "Sian Cartwright",
    "role": "Attendance Officer",
    "agency": "Dudley Central Academy",
    "ref_addr": "The Broadway, Dudley DY1 3AH",
    "ref_tel": "01632 960 951",
    "ref_email": "s.cartwright@dudleycentral.example.sch.uk",
    "reason": "Lacey (12) has 71% attendance this term after the family were evicted; mum has asked for help with "
    "housing and getting Lacey back into routine.",
}
PARENTS2 = [["Pearson", "Gemma", "23/01/1993", "Mother", "Yes"]]
SIGNS2 = [["Gemma Pearson", "G Pearson", "14/10/2025"]]


def _croydon_01() -> bytes:
    return render_acroform(
        _layout(D1, PARENTS1, OTHERS1, SIGNS1), title="Croydon Children's Social Care Referral Form"
    )


def _croydon_02() -> bytes:
    return render_docx(_layout(D2, PARENTS2, [], SIGNS2))


CASES: tuple[CouncilCase, ...] = (
    CouncilCase(
        case_id="croydon-csc-01",
        council="London Borough of Croydon",
        source_url=URL,
        source_title=TITLE,
        layout="fillable PDF (fields 'Family name', 'Postcode', ...): one child in detail first, then Section A, the "
        "referrer, parents in Section C and the other child in Section G; postcode typed 'dy47aa'",
        filename="referral.pdf",
        assessment_date=ON1,
        build=_croydon_01,
        expected=Expected(
            form_type="early_help_assessment",
            people=(
                person("Kwame Mensah", date(2017, 8, 8), False, ON1),
                person("Abena Mensah", date(1991, 5, 5), True, ON1),
                person("Kofi Mensah", date(1988, 12, 1), True, ON1),
                person("Esi Mensah", date(2020, 2, 2), False, ON1),
            ),
            postcode="DY4 7AA",
            lead_professional_name="Olivia Brennan",
            lead_professional_email="olivia.brennan@hv.example.nhs.uk",
            level_of_need=None,
        ),
    ),
    CouncilCase(
        case_id="croydon-csc-02",
        council="London Borough of Croydon",
        source_url=URL,
        source_title=TITLE,
        layout="Word copy of the same form: the child's Postcode box says 'not known – family moved last month'; the "
        "only postcode on the form is the academy's (a Dudley district not in the table); Section G left empty",
        filename="referral.docx",
        assessment_date=ON2,
        build=_croydon_02,
        expected=Expected(
            form_type="early_help_assessment",
            people=(
                person("Lacey Pearson", date(2013, 10, 10), False, ON2),
                person("Gemma Pearson", date(1993, 1, 23), True, ON2),
            ),
            postcode=None,
            lead_professional_name="Sian Cartwright",
            lead_professional_email="s.cartwright@dudleycentral.example.sch.uk",
            level_of_need=None,
            queue_reason="postcode_missing",
        ),
    ),
)
