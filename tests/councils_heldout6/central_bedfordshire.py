"""Central Bedfordshire: an Early Help Assessment used as a request to the Access and Referral
Team (Access and Referral Hub)."""

# ruff: noqa: E501  (wording follows the published page)

from datetime import date

from tests.councils.kit import (
    CB,
    SDT,
    Heading,
    L,
    Para,
    Span,
    Table,
    Title,
    grid,
    person,
    render_acroform,
    render_docx,
)
from tests.councils.model import CouncilCase, Expected

URL = "https://centralbedfordshire.gov.uk/info/11/children_and_young_people/116/corporate_parenting_service"
TITLE = "Central Bedfordshire Council – Corporate parenting service (If you need to contact Central Bedfordshire Children's Services to make a referral, please call the Access and Referral Team: 0300 300 8585; accessreferral@centralbedfordshire.gov.uk)"
COUNCIL = "Central Bedfordshire Council"

_SUB = "Central Bedfordshire Children's Services – Access and Referral Team"

ON1 = date(2026, 2, 4)


def _build_01() -> bytes:
    blocks: list[object] = [
        Title("Early Help Assessment – request for support", _SUB),
        Heading("Section 1: Practitioner completing the assessment"),
        Table(
            [
                [L("Name"), SDT("Paula Reeves"), L("Agency"), SDT("Wollaston Children's Centre")],
                [
                    L("Email"),
                    SDT("p.reeves@childrenscentre.example.gov.uk"),
                    L("Telephone"),
                    SDT("01632 960 557"),
                ],
                [
                    L("Date of assessment"),
                    SDT("04/02/2026", kind="date", iso="2026-02-04"),
                    L("Lead professional"),
                    SDT("Same as above", kind="drop", items=("Same as above", "Other – see below")),
                ],
            ]
        ),
        Heading("Section 2: Family details"),
        grid(
            ["Forename", "Surname", "Date of birth", "Relationship", "Gender"],
            [
                [
                    SDT("Sarah"),
                    SDT("Bishop"),
                    SDT("11/04/1990", kind="date", iso="1990-04-11"),
                    SDT("Mother", kind="drop", items=("Mother", "Father", "Child", "Other")),
                    SDT("Female", kind="drop", items=("Female", "Male")),
                ],
                [
                    SDT("Harry"),
                    SDT("Bishop"),
                    SDT("23/10/2021", kind="date", iso="2021-10-23"),
                    SDT("Child", kind="drop", items=("Mother", "Father", "Child", "Other")),
                    SDT("Male", kind="drop", items=("Female", "Male")),
                ],
                [
                    SDT("Poppy"),
                    SDT("Bishop"),
                    SDT("08/01/2025", kind="date", iso="2025-01-08"),
                    SDT("Child", kind="drop", items=("Mother", "Father", "Child", "Other")),
                    SDT("Female", kind="drop", items=("Female", "Male")),
                ],
                [
                    SDT(None),
                    SDT(None),
                    SDT(None, kind="date"),
                    SDT(None, kind="drop", items=("Mother", "Father", "Child", "Other")),
                    SDT(None, kind="drop", items=("Female", "Male")),
                ],
            ],
        ),
        Table(
            [
                [
                    L("Family address"),
                    Span(SDT("31 Bridgnorth Road, Wollaston, Stourbridge DY8 2SE"), 4),
                ]
            ]
        ),
        Heading("Section 3: What are the needs?"),
        Para(
            "Harry (4) has a suspected hearing loss and no words; Mum is a lone parent with a baby and postnatal depression. Request: Portage / early years SEND support and a family support worker."
        ),
        Heading("Section 4: Consent"),
        Table(
            [
                [
                    L(
                        "I agree to the information in this assessment being shared with the services named."
                    ),
                    CB(True, "Agreed"),
                ],
                [L("Parent / carer name"), SDT("Sarah Bishop")],
                [L("Signature"), SDT("S Bishop")],
                [L("Date"), SDT("04/02/2026", kind="date", iso="2026-02-04")],
            ]
        ),
    ]
    return render_docx(blocks)


ON2 = date(2026, 5, 28)


def _build_02() -> bytes:
    blocks: list[object] = [
        Title("Early Help Assessment – request for support", _SUB),
        Heading("Section 1: Practitioner completing the assessment"),
        Table(
            [
                [L("Name"), "Darren Shaw", L("Agency"), "Dudley Young Carers"],
                [
                    L("Email"),
                    "darren.shaw@youngcarers.example.org.uk",
                    L("Date of assessment"),
                    "28/05/2026",
                ],
            ]
        ),
        Heading("Section 2: Family details"),
        grid(
            ["Forename", "Surname", "Date of birth", "Relationship"],
            [["Lisa", "Cooper", "02/02/1981", "Mother"], ["Ethan", "Cooper", "17/07/2012", "Son"]],
        ),
        Table(
            [
                [
                    L("Family address"),
                    "No fixed abode – sofa surfing with friends in Brierley Hill and Quarry Bank",
                ],
                [L("Postcode"), "NFA"],
            ]
        ),
        Heading("Section 3: What are the needs?"),
        Para(
            "Ethan (13) cares for Mum (alcohol misuse). Evicted in April. Young carers' project base: Quarry Bank Hub, DY5 2HT is NOT the family's address."
        ),
        Heading("Section 4: Consent"),
        Table(
            [
                [L("Parent / carer name"), "Lisa Cooper"],
                [L("Signature"), "L Cooper"],
                [L("Date"), "28/05/2026"],
            ]
        ),
    ]
    return render_acroform(blocks, "Early Help Assessment")


ON3 = date(2026, 10, 14)


def _build_03() -> bytes:
    blocks: list[object] = [
        Title("Early Help Assessment – request for support", _SUB),
        Heading("Section 1: Practitioner completing the assessment"),
        Table(
            [
                [L("Name"), "Sunita Dhillon", L("Agency"), "Learning Mentor, Thorns Academy"],
                [
                    L("Email"),
                    "s.dhillon@thorns.example.sch.uk",
                    L("Date of assessment"),
                    "14/10/2026",
                ],
                [L("Address"), Span("Thorns Academy, Quarry Bank, DY5 2NU", 3)],
            ]
        ),
        Heading("Level of need"),
        Table(
            [
                [
                    CB(False, "Level 1 Universal"),
                    CB(False, "Level 2 Additional"),
                    CB(True, "Level 3 Intensive"),
                    CB(False, "Level 4 Specialist"),
                ]
            ]
        ),
        Heading("Section 2: Family details"),
        Table(
            [
                [L("Family surname"), Span("KHAN", 3)],
                [L("Forename"), L("Date of birth"), L("Relationship"), L("School")],
                ["Farah", "05/12/1983", "Mother", ""],
                ["Zain", "20/02/2011", "Son", "Thorns Academy"],
                ["Hana", "09/09/2016", "Daughter", "Cradley CE Primary"],
                [L("Family address"), Span("8 Lodge Drive, Brierley Hill DY5 2HT", 3)],
            ]
        ),
        Heading("Section 3: What are the needs?"),
        Para(
            "Zain (15) involved in county lines concerns at the edge of early help (Level 3); Mum wants intensive family support and a mentor."
        ),
        Heading("Section 4: Consent"),
        grid(
            ["Name", "Signature", "Date"],
            [["Farah Khan", "F Khan", "14/10/2026"], ["Zain Khan", "Zain K", "14/10/2026"]],
        ),
    ]
    return render_docx(blocks)


CASES: tuple[CouncilCase, ...] = (
    CouncilCase(
        case_id="heldout6-central-bedfordshire-eha-01",
        council=COUNCIL,
        source_url=URL,
        source_title=TITLE,
        layout="Word EHA request in content controls throughout (date pickers, drop-downs, an empty placeholder family row showing 'Click here to enter text.' / 'Choose an item.'); lead professional drop-down 'Same as above'; address merged across the grid; mother signs",
        filename="referral.docx",
        assessment_date=ON1,
        build=_build_01,
        expected=Expected(
            form_type="early_help_assessment",
            people=(
                person("Sarah Bishop", date(1990, 4, 11), True, ON1),
                person("Harry Bishop", date(2021, 10, 23), False, ON1),
                person("Poppy Bishop", date(2025, 1, 8), False, ON1),
            ),
            postcode="DY8 2SE",
            lead_professional_name="Paula Reeves",
            lead_professional_email="p.reeves@childrenscentre.example.gov.uk",
            level_of_need=None,
        ),
    ),
    CouncilCase(
        case_id="heldout6-central-bedfordshire-eha-02",
        council=COUNCIL,
        source_url=URL,
        source_title=TITLE,
        layout="fillable PDF EHA request with label-derived field names: family sofa surfing, Postcode 'NFA'; a Dudley-table postcode (DY5 2HT) appears only as the young carers' project base in the needs text",
        filename="referral.pdf",
        assessment_date=ON2,
        build=_build_02,
        expected=Expected(
            form_type="early_help_assessment",
            people=(
                person("Lisa Cooper", date(1981, 2, 2), True, ON2),
                person("Ethan Cooper", date(2012, 7, 17), False, ON2),
            ),
            postcode=None,
            lead_professional_name="Darren Shaw",
            lead_professional_email="darren.shaw@youngcarers.example.org.uk",
            level_of_need=None,
            queue_reason="postcode_missing",
        ),
    ),
    CouncilCase(
        case_id="heldout6-central-bedfordshire-eha-03",
        council=COUNCIL,
        source_url=URL,
        source_title=TITLE,
        layout="Word EHA request, hard: school's DY5 2NU in a merged address cell first; Level 1-4 ☒/☐ in one row (Level 3); family surname 'KHAN' merged across the grid with forenames only in the rows and the family address merged below; mum and the 15-year-old sign",
        filename="referral.docx",
        assessment_date=ON3,
        build=_build_03,
        expected=Expected(
            form_type="early_help_assessment",
            people=(
                person("Farah Khan", date(1983, 12, 5), True, ON3),
                person("Zain Khan", date(2011, 2, 20), True, ON3),
                person("Hana Khan", date(2016, 9, 9), False, ON3),
            ),
            postcode="DY5 2HT",
            lead_professional_name="Sunita Dhillon",
            lead_professional_email="s.dhillon@thorns.example.sch.uk",
            level_of_need=3,
        ),
    ),
)
