"""Two published blank forms whose stored copy names no council: a Family CAF Form (Primary
Address; Date CAF Assessment Started / Completed; one block per child with 'Present Yes / No';
details of others within the family home) and a Safeguarding Children Request for Service /
Referral Form (date and time of request; 'Request for Service/Referral From')."""

# ruff: noqa: E501  (wording follows the published page)

from datetime import date

from tests.councils.kit import (
    CB,
    Boxes,
    Heading,
    Para,
    Span,
    Table,
    Title,
    grid,
    kv,
    person,
    render_docx,
    render_pdf,
)
from tests.councils.model import CouncilCase, Expected
from tests.councils_heldout13._bits import yn

CAF_URL = "https://docsbay.net/details-of-others-within-the-family-home"
CAF_TITLE = "Family CAF Form (Primary Address; Date CAF Assessment Started; Date CAF Assessment Completed; Identifying details – Children: Child 1 Present Yes / No, Name, AKA / previous names, Date of birth or EDD; details of others within the family home)"
CAF_COUNCIL = "Unidentified council (Family CAF Form)"
RFS_URL = "https://docslib.org/doc/13884948/safeguarding-children-request-for-service-referral-form-guidance"
RFS_TITLE = "Safeguarding Children Request for Service/Referral Form Guidance (Date and Time of Request for Service/Referral; Request for Service/Referral From: first name, surname and professional title; Agency; Address/Telephone/Email; Child's Name)"
RFS_COUNCIL = "Unidentified council (Safeguarding Children Request for Service/Referral Form)"


def _child(n: int, present: bool, name: str, sex: str, dob: str, school: str) -> Table:
    return Table(
        [
            ["Child " + str(n), "Present", yn(present), "Name", name],
            ["Gender", Span(Boxes(tuple(CB(s == sex, s) for s in ("Male", "Female", "Unknown", "Prefer not to say"))), 2), "Date of birth or EDD", dob],
            ["School/Nursery Attended", Span(school, 4)],
            ["Young Carer", yn(False), "Risk of Exclusion from School", yn(False)],
        ]
    )


ON1 = date(2026, 9, 18)


def _b1() -> bytes:
    return render_docx(
        [
            Title("Family CAF Form"),
            kv(
                ("Primary Address", "5 Peartree Lane, Dudley DY2 0AB"),
                ("Date CAF Assessment Started", "04/09/2026"),
                ("Date CAF Assessment Completed", "18/09/2026"),
            ),
            Heading("Identifying details – Children"),
            _child(1, True, "Hayden Lloyd", "Male", "02/02/2012", "Holly Hall Academy"),
            _child(2, False, "Ruby Lloyd", "Female", "08/08/2018", "Jesson's C of E Primary"),
            Heading("Identifying details – Parents / Carers"),
            grid(
                ["Name", "Date of birth", "Relationship", "Parental responsibility"],
                [["Dean Lloyd", "05/05/1985", "Father", "Yes"], ["Gemma Lloyd", "07/07/1987", "Mother", "Yes"]],
            ),
            Heading("Details of others within the family home"),
            Para("None."),
            Heading("CAF Assessor"),
            kv(("Name", "Simon Tate"), ("Agency", "Holly Hall Academy, Scotts Green Close, Dudley DY1 2DU"), ("Email", "simon.tate@hollyhall.example.org"), per_row=3),
            Heading("Lead Professional"),
            kv(("Name", "Tracy Nash"), ("Agency", "Central Dudley Family Hub"), ("Email", "tracy.nash@familyhub.example.gov.uk"), per_row=3),
            Heading("Summary"),
            Para("Hayden (14) is a school refuser since Year 9 started; parents' relationship under strain; Ruby has eczema affecting sleep."),
            Heading("Consent"),
            grid(
                ["Name", "Signature", "Date"],
                [["Dean Lloyd", "D. Lloyd", "18/09/2026"], ["Gemma Lloyd", "G Lloyd", "18/09/2026"], ["Hayden Lloyd", "Hayden", "18/09/2026"]],
            ),
        ]
    )


ON2 = date(2026, 11, 5)


def _b2() -> bytes:
    return render_pdf(
        [
            Title("Family CAF Form"),
            kv(
                ("Primary Address", "14 Himley Road, Gornal Wood, Dudley DY3 2DE"),
                ("Date CAF Assessment Started", "05/11/2026"),
                ("Date CAF Assessment Completed", "05/11/2026"),
            ),
            Heading("Identifying details – Children"),
            _child(1, True, "Leon Ward", "Male", "05/05/2015", "Red Hall Primary"),
            Heading("Identifying details – Parents / Carers"),
            grid(["Name", "Date of birth", "Relationship", "Parental responsibility"], [["Tanya Ward", "10/10/1990", "Mother", "Yes"]]),
            Heading("Details of others within the family home"),
            grid(["Name", "Date of birth", "Relationship to family"], [["Martin Pugh", "01/01/1970", "Lodger (rents back bedroom since 2025)"]]),
            Heading("CAF Assessor / Lead Professional"),
            kv(("Name", "Parveen Begum"), ("Agency", "School Nursing, Gornal DY3 2NU"), ("Email", "parveen.begum@nhs.example.net"), per_row=3),
            Heading("Consent"),
            grid(
                ["Name", "Signature", "Date"],
                [["Tanya Ward", "T Ward", "05/11/2026"], ["Martin Pugh", "M. Pugh", "05/11/2026"]],
            ),
        ],
        title="Family CAF Form",
    )


ON3 = date(2026, 11, 20)


def _b3() -> bytes:
    return render_docx(
        [
            Title("Safeguarding Children – Request for Service / Referral Form"),
            Para("If you are aware the child already has a Social Worker there is no need to use this form. PLEASE TYPE OR PRINT THE FORM."),
            kv(("Date of Request for Service/Referral", "20/11/2026"), ("Time", "10:15"), per_row=2),
            Heading("Request for Service/Referral From"),
            kv(
                ("First name and surname, professional title", "Dr Helen Adair, GP"),
                ("Agency", "Health – Quarry Bank Medical Centre (adults' and children's)"),
                ("Address / Telephone / Email", "High Street, Quarry Bank DY5 3EE / 01632 960418 / helen.adair@nhs.example.net"),
            ),
            Heading("Child's Name"),
            grid(
                ["Child's Name", "Any other names", "DOB", "Gender"],
                [["Oliwia Kowal", "Olivia", "04/04/2014", "F"], ["Szymon Kowal", "", "01/01/2020", "M"]],
            ),
            Heading("Address"),
            kv(("Address", "21 Delph Road, Brierley Hill"), ("Postcode", "DY5 2HT"), per_row=2),
            Heading("Parents / Carers"),
            grid(["Name", "DOB", "Relationship", "Address if different"], [["Ewa Kowal", "02/02/1992", "Mother", "Same"], ["Piotr Kowal", "", "Father", "Poland – no contact"]]),
            Heading("Reason for Request for Service"),
            Para("Mum (single parent) diagnosed with breast cancer, starting chemotherapy; no family in the UK; Oliwia (12) taking on caring. Request: family support and young carer assessment. No safeguarding concerns."),
            Heading("Consent"),
            kv(("Have the parents/carers been informed and agreed?", "Yes – Ewa Kowal agreed in surgery 20/11/2026 (signed consent scanned to notes)")),
        ]
    )


CASES: tuple[CouncilCase, ...] = (
    CouncilCase(
        "heldout13-unidentified-familycaf-01",
        CAF_COUNCIL,
        CAF_URL,
        CAF_TITLE,
        "Word Family CAF, hard: Primary Address with postcode in one line; one block per child with 'Present ☒ Yes / ☐ No' (Ruby not present but at home); CAF Assessor and a separate Lead Professional; 14-year-old signs",
        "referral.docx",
        ON1,
        _b1,
        Expected(
            "early_help_assessment",
            (
                person("Hayden Lloyd", date(2012, 2, 2), True, ON1),
                person("Ruby Lloyd", date(2018, 8, 8), False, ON1),
                person("Dean Lloyd", date(1985, 5, 5), True, ON1),
                person("Gemma Lloyd", date(1987, 7, 7), True, ON1),
            ),
            "DY2 0AB",
            "Tracy Nash",
            "tracy.nash@familyhub.example.gov.uk",
            None,
        ),
    ),
    CouncilCase(
        "heldout13-unidentified-familycaf-02",
        CAF_COUNCIL,
        CAF_URL,
        CAF_TITLE,
        "flattened PDF Family CAF: a lodger listed under 'Details of others within the family home' (a household member, who signs); school nurse's DY3 2NU base",
        "referral.pdf",
        ON2,
        _b2,
        Expected(
            "early_help_assessment",
            (
                person("Leon Ward", date(2015, 5, 5), False, ON2),
                person("Tanya Ward", date(1990, 10, 10), True, ON2),
                person("Martin Pugh", date(1970, 1, 1), True, ON2),
            ),
            "DY3 2DE",
            "Parveen Begum",
            "parveen.begum@nhs.example.net",
            None,
        ),
    ),
    CouncilCase(
        "heldout13-unidentified-rfs-03",
        RFS_COUNCIL,
        RFS_URL,
        RFS_TITLE,
        "Word request for service: date and time first, 'Request for Service/Referral From' with 'Dr … , GP' and address / phone / email in one cell (DY5 3EE); father abroad listed under Parents / Carers; mum's agreement in words",
        "referral.docx",
        ON3,
        _b3,
        Expected(
            "early_help_assessment",
            (
                person("Oliwia Kowal", date(2014, 4, 4), False, ON3),
                person("Szymon Kowal", date(2020, 1, 1), False, ON3),
                person("Ewa Kowal", date(1992, 2, 2), True, ON3),
            ),
            "DY5 2HT",
            "Helen Adair",
            "helen.adair@nhs.example.net",
            None,
        ),
    ),
)
