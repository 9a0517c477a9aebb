"""Leicestershire: the on-line Multi-Agency Referral Form for Early Help and Social Care services
(MARF) used across the Leicester, Leicestershire and Rutland partnership."""

# ruff: noqa: E501  (wording follows the published page)

from datetime import date

from tests.councils.kit import (
    CB,
    Boxes,
    Heading,
    L,
    Para,
    Table,
    Title,
    grid,
    kv,
    person,
    render_docx,
    render_html,
    render_pdf,
    tick,
)
from tests.councils.model import CouncilCase, Expected
from tests.councils_heldout5._mail import FRONT_DOOR, html_only

URL = "https://resources.leicestershire.gov.uk/education-and-children/child-protection-and-safeguarding/multi-agency-referral-form-for-early-help-and-social-care-services-marf"
TITLE = "Leicestershire County Council – Multi-Agency Referral Form for Early Help and Social Care services (MARF) (on-line MARF; permission from a parent to request Early Help services; name, DOB, address of the child/ren and first parent/carer; other children, family members or significant others; other agencies involved)"

COUNCIL = "Leicestershire County Council"


def _request_block(early_help: bool) -> Table:
    return Table(
        [
            [L("What are you requesting?")],
            [
                Boxes(
                    (
                        CB(early_help, "Early Help services – the child has additional needs"),
                        CB(not early_help, "Social care assessment – the child has complex needs"),
                    )
                )
            ],
        ]
    )


ON1 = date(2026, 2, 3)


def _blocks_01() -> list[object]:
    return [
        Title(
            "Multi-Agency Referral Form (MARF) – copy of your answers",
            "Leicestershire County Council – Early Help and Social Care",
        ),
        Para("Thank you. Your reference is MARF-26-004417. Keep this copy for your records."),
        Heading("Before you start"),
        _request_block(True),
        kv(
            ("Is there permission from a parent to request Early Help services?", "Yes"),
            ("Who gave permission?", "Hayley Brookes (mother), in person at school on 03/02/2026"),
            ("Has any information come from another source that wishes to remain anonymous?", "No"),
        ),
        Heading("About you"),
        kv(
            ("Your name", "Wendy Pratt"),
            ("Job title", "Family Liaison Officer"),
            ("Organisation", "Priory Park Primary School"),
            ("Address", "Priory Park Primary School, Priory Road, Dudley DY1 3BY"),
            ("Telephone", "01632 960 218"),
            ("Email", "w.pratt@priorypark.example.sch.uk"),
            ("Date", "03/02/2026"),
        ),
        Heading("Child/ren you are referring"),
        grid(
            ["Name", "DOB", "Address"],
            [["Kian Brookes", "11/09/2014", "27 Wellington Road, Dudley DY1 2QP"]],
        ),
        Heading("First parent/carer"),
        grid(
            ["Name", "DOB", "Address", "Relationship"],
            [["Hayley Brookes", "22/03/1988", "27 Wellington Road, Dudley DY1 2QP", "Mother"]],
        ),
        Heading("Other children, family members or significant others in the child/ren's life"),
        grid(
            ["Name", "DOB", "Address", "Relationship", "Lives with the child?"],
            [
                [
                    "Ruby Brookes",
                    "05/05/2019",
                    "27 Wellington Road, Dudley DY1 2QP",
                    "Sister",
                    "Yes",
                ],
                [
                    "Darren Brookes",
                    "14/01/1986",
                    "Flat 3, 40 Narborough Road, Leicester LE3 0BQ",
                    "Father",
                    "No",
                ],
            ],
        ),
        Heading("Other agencies involved"),
        grid(
            ["Agency", "Name", "Contact details"],
            [
                [
                    "GP",
                    "Dr S Okafor, Castle Surgery",
                    "Castle Hill, Dudley DY1 4SQ – 01632 960 300",
                ],
                ["School nurse", "Maria Kent", "01632 960 301"],
            ],
        ),
        Heading("What are your worries?"),
        Para(
            "Kian (11) has been late on 23 of the last 40 school days and is tired and hungry on arrival. "
            "Mum works nights since Dad moved back to Leicester and Kian gets Ruby ready for nursery. "
            "Mum has asked for help with routines and a parenting course."
        ),
        Heading("What is working well?"),
        Para(
            "Warm relationship between Mum and both children; Mum came to school herself to ask for help."
        ),
    ]


def _build_01() -> bytes:
    html = render_html(_blocks_01())
    return html_only(
        "Leicestershire MARF <marf-noreply@leics.example.gov.uk>",
        FRONT_DOOR,
        "Your MARF submission MARF-26-004417 (copy)",
        ON1,
        "This message contains HTML. Please view it in a client that displays HTML.",
        html,
    )


ON2 = date(2026, 5, 19)


def _build_02() -> bytes:
    blocks: list[object] = [
        Title(
            "Multi-Agency Referral Form for Early Help and Social Care services (MARF)",
            "Leicester, Leicestershire & Rutland Safeguarding Children Partnership",
        ),
        Para(
            "If you suspect that a child has suffered or is likely to suffer significant harm, refer this immediately by telephone "
            "to children's social care and submit the MARF within 24 hours.",
            bold=True,
        ),
        _request_block(False),
        kv(
            (
                "Has this been telephoned through?",
                "Yes – spoke to duty social worker, 19/05/2026 09:40",
            ),
            (
                "Do you suspect the child has suffered or is likely to suffer significant harm?",
                f"{tick(True)} Yes   {tick(False)} No",
            ),
            (
                "Have you discussed this referral with the parent?",
                "No – advised by duty social worker not to until police have been consulted",
            ),
            ("Is there permission from a parent?", "No"),
        ),
        Heading("Referrer"),
        kv(
            ("Name", "Gareth Lowe"),
            ("Role", "Designated Safeguarding Lead"),
            ("Organisation", "The Crestwood School"),
            ("Address", "Bromley Lane, Kingswinford DY6 8QG"),
            ("Email", "g.lowe@crestwood.example.sch.uk"),
            ("Telephone", "01632 960 455"),
            per_row=2,
        ),
        Heading("Child/ren you are referring"),
        grid(
            ["Name", "DOB", "Address", "School"],
            [
                [
                    "Tyler Carter",
                    "02/12/2012",
                    "14 Peel Street, Dudley DY2 0AB",
                    "The Crestwood School",
                ],
                [
                    "Mia Carter",
                    "29/07/2017",
                    "14 Peel Street, Dudley DY2 0AB",
                    "Holly Hall Primary",
                ],
            ],
        ),
        Heading("First parent/carer"),
        kv(
            ("Name", "Leanne Carter"),
            ("DOB", "08/08/1990"),
            ("Address", "14 Peel Street, Dudley DY2 0AB"),
            ("Relationship", "Mother"),
            per_row=2,
        ),
        Heading("Other family members or significant others"),
        grid(
            ["Name", "DOB", "Address", "Relationship"],
            [
                [
                    "Shane Pickering",
                    "17/04/1987",
                    "14 Peel Street, Dudley DY2 0AB",
                    "Mother's partner (lives in the home)",
                ]
            ],
        ),
        Heading("What has happened?"),
        Para(
            "On 18/05/2026 Tyler (13) arrived with a cut lip and bruising to his left cheek. He said Shane hit him on Sunday night "
            "after an argument and that Shane 'does it to Mum too'. Tyler is frightened to go home today."
        ),
    ]
    return render_docx(blocks)


ON3 = date(2026, 6, 10)


def _build_03() -> bytes:
    blocks: list[object] = [
        Title(
            "Multi-Agency Referral Form (MARF)",
            "Leicestershire County Council – request for Early Help services",
        ),
        _request_block(True),
        Table(
            [
                [L("Is there permission from a parent to request Early Help services?"), "Yes"],
                [
                    L("Permission given by"),
                    "Gurpreet Singh and Harjit Kaur (parents), by telephone 10/06/2026",
                ],
            ]
        ),
        Heading("Referrer details"),
        Table(
            [
                [L("Name"), "Farah Mahmood", L("Job title"), "Health Visitor"],
                [
                    L("Base"),
                    "Halesowen Health Centre, Halesowen B63 3UE",
                    L("Email"),
                    "farah.mahmood@nhs.example.net",
                ],
                [L("Date"), "10/06/2026", L("Telephone"), "07700 900 512"],
            ]
        ),
        Heading("The family"),
        Table(
            [
                [L("Name"), L("DOB"), L("Address"), L("Relationship to the youngest child")],
                ["Gurpreet Singh", "30/10/1982", "9 Hagley Road, Halesowen B63 4HJ", "Father"],
                ["Harjit Kaur", "12/02/1985", "as above", "Mother"],
                ["Arjun Singh", "04/01/2011", "as above", "Brother"],
                ["Simran Kaur", "21/09/2016", "as above", "Sister"],
                ["Jasleen Kaur", "03/03/2025", "as above", "(youngest child)"],
            ]
        ),
        Heading("Other agencies involved"),
        Table(
            [
                [L("Agency"), L("Name"), L("Contact")],
                ["GP", "Dr P Shah", "Hasbury Surgery, B62 9DX"],
                ["School", "Earls High School", "Arjun – Year 10"],
            ]
        ),
        Heading("Worries"),
        Para(
            "Mum has post-natal depression (GP aware). Dad works away Monday to Friday. Arjun (15) is doing most of the care for "
            "Simran and the baby and has stopped going to football. Family would like Home-Start and young carer support for Arjun."
        ),
    ]
    return render_pdf(blocks, "MARF")


CASES: tuple[CouncilCase, ...] = (
    CouncilCase(
        case_id="heldout5-leicestershire-marf-01",
        council=COUNCIL,
        source_url=URL,
        source_title=TITLE,
        layout="email whose HTML part is the on-line MARF's copy of answers (text part a stub): the request boxes and the parent's permission first, then the referrer with the school's DY1 3BY; child and first parent/carer in Name | DOB | Address grids; the father in Leicester in the 'other family members' grid with 'Lives with the child? No'",
        filename="message.eml",
        assessment_date=ON1,
        build=_build_01,
        expected=Expected(
            form_type="early_help_assessment",
            people=(
                person("Kian Brookes", date(2014, 9, 11), False, ON1),
                person("Hayley Brookes", date(1988, 3, 22), True, ON1),
                person("Ruby Brookes", date(2019, 5, 5), False, ON1),
            ),
            postcode="DY1 2QP",
            lead_professional_name="Wendy Pratt",
            lead_professional_email="w.pratt@priorypark.example.sch.uk",
            level_of_need=None,
        ),
    ),
    CouncilCase(
        case_id="heldout5-leicestershire-marf-02",
        council=COUNCIL,
        source_url=URL,
        source_title=TITLE,
        layout="Word print of the MARF with 'Social care assessment' ticked, 'telephoned through? Yes' and '☒ Yes' to suspected significant harm; no permission from a parent; the mother's partner in the 'other family members' grid lives in the home",
        filename="referral.docx",
        assessment_date=ON2,
        build=_build_02,
        expected=Expected(
            form_type="early_help_assessment",
            people=(
                person("Tyler Carter", date(2012, 12, 2), False, ON2),
                person("Mia Carter", date(2017, 7, 29), False, ON2),
                person("Leanne Carter", date(1990, 8, 8), False, ON2),
                person("Shane Pickering", date(1987, 4, 17), False, ON2),
            ),
            postcode="DY2 0AB",
            lead_professional_name="Gareth Lowe",
            lead_professional_email="g.lowe@crestwood.example.sch.uk",
            level_of_need=None,
            safeguarding=True,
            queue_reason="safeguarding_concern",
        ),
    ),
    CouncilCase(
        case_id="heldout5-leicestershire-marf-03",
        council=COUNCIL,
        source_url=URL,
        source_title=TITLE,
        layout="flattened PDF MARF: permission 'given by Gurpreet Singh and Harjit Kaur (parents)' only; one family grid with the address written once then 'as above'; the 15-year-old young carer is named in the grid but not in the permission",
        filename="referral.pdf",
        assessment_date=ON3,
        build=_build_03,
        expected=Expected(
            form_type="early_help_assessment",
            people=(
                person("Gurpreet Singh", date(1982, 10, 30), True, ON3),
                person("Harjit Kaur", date(1985, 2, 12), True, ON3),
                person("Arjun Singh", date(2011, 1, 4), False, ON3),
                person("Simran Kaur", date(2016, 9, 21), False, ON3),
                person("Jasleen Kaur", date(2025, 3, 3), False, ON3),
            ),
            postcode="B63 4HJ",
            lead_professional_name="Farah Mahmood",
            lead_professional_email="farah.mahmood@nhs.example.net",
            level_of_need=None,
            queue_reason="consent_missing",
        ),
    ),
)
