"""Calderdale: Early Intervention and Safeguarding Statutory Request for Service/ Referral."""

# ruff: noqa: E501  (labels and answers are copied verbatim from the published form)

from datetime import date

from tests.councils.kit import CB, Heading, Para, Table, Title, grid, kv, person, render_docx
from tests.councils.model import CouncilCase, Expected

URL = "https://studylib.net/doc/6838647/early-intervention-and-safeguarding-statutory-referral-form"
TITLE = "Calderdale Early Intervention and Safeguarding Statutory Request for Service/ Referral"
ON = date(2025, 11, 4)


def _build() -> bytes:
    blocks = [
        Title("Early Intervention and Safeguarding Statutory Request for Service/ Referral"),
        Para(
            "For Referral to an Early Intervention Panel (EIP) – All agencies please complete this form and "
            "attach a Child and Family Single Assessment, if completed."
        ),
        Para("PLEASE INDICATE REQUEST FOR SERVICE / REFERRAL TO:", bold=True),
        Table(
            [
                [
                    CB(True, "Early Intervention Panel (EIP)"),
                    CB(False, "Disabled Children’s Team (DCT)"),
                    CB(False, "Multi-Agency Screening Team (MAST)"),
                ]
            ]
        ),
        Para(
            "Please complete this form as fully as possible, if information is unknown leave blank. Please "
            "type this form or ensure it is written legibly."
        ),
        Heading("1. REFERRAL DETAILS"),
        kv(
            ("Date of Referral", "04/11/2025"),
            ("Time of Referral", "14:20"),
            ("Name", "Owen Price"),
            ("Job title", "Student Support Officer"),
            ("Agency", "Halesowen College"),
            ("Address", "Whittingham Road, Halesowen B63 3NA"),
            ("Telephone", "01632 960 426"),
            ("Email", "owen.price@halesowen-college.example.ac.uk"),
            ("Secure Y / N", "N"),
            per_row=2,
        ),
        Heading("2. DETAILS OF CHILD / YOUNG PERSON"),
        kv(
            ("Child’s Name", "Hana Aziz"),
            ("DOB / EDD", "29/12/2007"),
            ("Gender M/F", "F"),
            ("Age", "17"),
            ("Unborn Y/N", "N"),
            ("Ethnicity please specify", "Asian British – Pakistani"),
            ("Disability/ learning difficulty (if known please specify)", "Dyslexia"),
            ("Is English their first language? If no, please specify preferred language", "Yes"),
            ("Address", "64 Stourbridge Road, Lye"),
            ("Postcode", "DY9 7AA"),
            per_row=2,
        ),
        Heading("3. FAMILY AND HOUSEHOLD"),
        grid(
            ["Name", "DOB", "Relationship to child", "Address if different"],
            [
                ["Tariq Aziz", "12/04/1975", "Father", ""],
                ["Nadia Aziz", "08/08/1979", "Mother", ""],
                ["Sami Aziz", "17/05/2015", "Brother", ""],
            ],
        ),
        Heading("4. CONSENT"),
        kv(
            (
                "Have the parents/carers and young person agreed to this request for service?",
                "Y – Tariq and Nadia Aziz, and Hana herself, agreed on 04/11/2025 (signed college consent form – "
                "signature held on file)",
            ),
            widths=[2, 3],
        ),
        Heading("5. REASON FOR REQUEST FOR SERVICE"),
        Para(
            "Hana is a young carer for her mother and is at risk of leaving her course. The family would "
            "like an Early Intervention Panel to consider carers' support and family mediation."
        ),
    ]
    return render_docx(blocks, header="CONFIDENTIAL when completed")


CASES: tuple[CouncilCase, ...] = (
    CouncilCase(
        case_id="calderdale-rfs-01",
        council="Calderdale Council",
        source_url=URL,
        source_title=TITLE,
        layout="Word: service tick boxes (EIP/DCT/MAST) first; '1. REFERRAL DETAILS' with the college "
        "Address (B63 district decoy) BEFORE '2. DETAILS OF CHILD'; a 17-year-old's consent in words",
        filename="referral.docx",
        assessment_date=ON,
        build=_build,
        expected=Expected(
            form_type="early_help_assessment",
            people=(
                person("Hana Aziz", date(2007, 12, 29), True, ON),
                person("Tariq Aziz", date(1975, 4, 12), True, ON),
                person("Nadia Aziz", date(1979, 8, 8), True, ON),
                person("Sami Aziz", date(2015, 5, 17), False, ON),
            ),
            postcode="DY9 7AA",
            lead_professional_name="Owen Price",
            lead_professional_email="owen.price@halesowen-college.example.ac.uk",
            level_of_need=None,
        ),
    ),
)
