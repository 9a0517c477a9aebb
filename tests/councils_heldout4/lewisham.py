"""Lewisham: the Lewisham Children and Family Centres (LCFC) referral form (family support, a
parenting programme or another targeted service) and a Level 2 request for the Early Help Team
to present to the early help panel."""

# ruff: noqa: E501  (wording follows the published pages)

from datetime import date

from tests.councils.kit import (
    CB,
    Boxes,
    Heading,
    L,
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

URL1 = "https://www.valewisham.org.uk/news/new-lewisham-children-and-family-centres-offer-single-referral-point-support-375272"
TITLE1 = "Voluntary Action Lewisham – New Lewisham Children and Family Centres offer single referral point for support (LCFC referral form for family support, a parenting programme such as Triple P and Incredible Years, or another targeted service; LCFC Family Support Workers can facilitate a Team-around-the-family)"
URL2 = "https://lewisham.gov.uk/about-this-site/privacy/cyp/privacy-notice---early-help-team"
TITLE2 = "Lewisham Council – Privacy notice: Early Help Team (requests for help and support under Level 2 on our threshold of need; with consent from the family, Level 2 cases are presented to the early help panel; early help is a consent-based service)"

ON1 = date(2026, 5, 20)


def _build_01() -> bytes:
    blocks: list[object] = [
        Title(
            "Lewisham Children and Family Centres – Referral Form",
            "Single referral point for family support",
        ),
        Heading("Service requested"),
        Table(
            [
                [CB(True, "Family support (Family Support Worker)")],
                [CB(False, "Parenting programme – Triple P")],
                [CB(True, "Parenting programme – Incredible Years")],
                [CB(False, "Domestic abuse programme for children")],
                [CB(False, "Attachment / school readiness / healthy lifestyles programme")],
            ]
        ),
        kv(
            ("Level on the Continuum of Need", "Level 2 – additional needs"),
            ("Has an Early Help Assessment been completed?", "No"),
        ),
        Heading("Child(ren)"),
        grid(
            ["Surname", "First name", "DOB", "Gender", "Nursery / school"],
            [
                ["BAPTISTE", "Kezia", "14/02/2022", "F", "Bright Stars Nursery"],
                ["BAPTISTE", "Josiah", "30/12/2024", "M", "–"],
            ],
        ),
        Heading("Parents / carers"),
        grid(
            ["Surname", "First name", "DOB", "Relationship", "Address (if different)", "Tel"],
            [
                ["BAPTISTE", "Naomi", "21/03/1995", "Mother", "", "07700 900 418"],
                ["CLARKE", "Andre", "", "Father", "Lives in Lewisham SE6 – not at home", ""],
            ],
        ),
        kv(
            ("Family address", "25 Bromley Street, Wordsley, Stourbridge"),
            ("Postcode", "DY8 4HB"),
            per_row=2,
        ),
        Heading("Reason for referral"),
        Table(
            [
                [
                    "Naomi is on her own with two under-fives since moving from London; Kezia's tantrums are getting worse and she is not settling at nursery. Naomi asked for a parenting course and someone to talk to."
                ]
            ]
        ),
        Heading("Referrer"),
        kv(
            ("Name", "Helen Adebayo"),
            ("Agency", "Bright Stars Nursery"),
            ("Address", "Wordsley Green, Stourbridge DY8 5PD"),
            ("Email", "helen.adebayo@brightstars.example.co.uk"),
            ("Date", "20/05/2026"),
            per_row=2,
        ),
        Heading("Parental consent"),
        Para(
            "I agree to this referral and to information being shared with Lewisham Children and Family Centres."
        ),
        kv(
            ("Signed", "N. Baptiste"),
            ("Print name", "Naomi Baptiste"),
            ("Date", "20/05/2026"),
            per_row=3,
        ),
    ]
    return render_pdf(blocks, "LCFC Referral Form")


ON2 = date(2026, 8, 5)


def _build_02() -> bytes:
    blocks: list[object] = [
        Title("Request for Early Help – Level 2 (Early Help Panel)", "Lewisham Early Help Team"),
        Para(
            "Early help is a consent-based service. With consent from the family, the Early Help Team will present Level 2 cases to the early help panel for a multi-agency discussion of the services that can be provided."
        ),
        Table(
            [
                [L("Family"), Span("ASANTE-MENSAH", 3)],
                [
                    L("Address"),
                    Span("90 Colley Gate, Cradley, Halesowen", 1),
                    L("Postcode"),
                    "B63 4HJ",
                ],
                [
                    L("Level of need"),
                    Span(
                        Boxes(
                            (
                                CB(False, "Level 1"),
                                CB(True, "Level 2"),
                                CB(False, "Level 3"),
                                CB(False, "Level 4"),
                            )
                        ),
                        3,
                    ),
                ],
            ],
            [1.2, 2.4, 1.0, 1.4],
        ),
        Heading("Who lives in the household?"),
        grid(
            ["Name", "DOB", "Relationship", "Ethnicity", "NHS / UPN"],
            [
                ["Kwame Asante-Mensah", "18/01/1980", "Father", "Black African", "–"],
                ["Efua Asante-Mensah", "25/06/1982", "Mother", "Black African", "–"],
                ["Ama Asante-Mensah", "12/10/2013", "Daughter", "Black African", "UPN H8841"],
                ["Yaw Asante-Mensah", "03/04/2016", "Son", "Black African", "UPN H9012"],
            ],
        ),
        Heading("Support networks (not living in the household)"),
        grid(
            ["Name", "Relationship", "Where"], [["Abena Owusu", "Maternal aunt", "Lewisham, SE13"]]
        ),
        Heading("What help is the family asking for?"),
        Table(
            [
                [
                    "Yaw (10) has suspected dyslexia and is refusing school some mornings; Ama (12) is a young carer for dad after his stroke. Request: young carers service for Ama, educational psychology advice for Yaw, benefits advice."
                ]
            ]
        ),
        Heading("Referrer / person presenting at panel"),
        kv(
            ("Name", "Rosie Fenwick"),
            ("Role / agency", "SENCo, Corngreaves Academy"),
            ("Address", "Corngreaves Road, Cradley Heath B64 7NL"),
            ("Email", "r.fenwick@corngreaves.example.sch.uk"),
            per_row=2,
        ),
        Heading("Consent"),
        Table(
            [
                [
                    L(
                        "Have the parents / carers consented to this request and to discussion at the early help panel?"
                    ),
                    Boxes((CB(True, "Yes"), CB(False, "No"))),
                ],
                [
                    L("Consent given by"),
                    "Kwame and Efua Asante-Mensah, at a meeting in school on 05/08/2026",
                ],
            ]
        ),
    ]
    return render_docx(blocks)


CASES: tuple[CouncilCase, ...] = (
    CouncilCase(
        case_id="heldout4-lewisham-lcfc-01",
        council="London Borough of Lewisham",
        source_url=URL1,
        source_title=TITLE1,
        layout="flattened PDF LCFC referral: service ☒/☐ list (family support; Triple P; Incredible Years) first, 'Level 2 – additional needs' typed; SURNAME | First name grids for children and parents with the father at a Lewisham SE6 address; nursery's DY8 5PD; consent as one 'Signed | Print name | Date' row",
        filename="referral.pdf",
        assessment_date=ON1,
        build=_build_01,
        expected=Expected(
            form_type="early_help_assessment",
            people=(
                person("Kezia Baptiste", date(2022, 2, 14), False, ON1),
                person("Josiah Baptiste", date(2024, 12, 30), False, ON1),
                person("Naomi Baptiste", date(1995, 3, 21), True, ON1),
            ),
            postcode="DY8 4HB",
            lead_professional_name="Helen Adebayo",
            lead_professional_email="helen.adebayo@brightstars.example.co.uk",
            level_of_need=2,
        ),
    ),
    CouncilCase(
        case_id="heldout4-lewisham-panel-01",
        council="London Borough of Lewisham",
        source_url=URL2,
        source_title=TITLE2,
        layout="Word Level 2 request for the early help panel: family name merged across the grid, address and Postcode on one row, Level 1-4 ☒/☐ in one merged cell (Level 2 ticked); double-barrelled household in one grid; aunt in a separate support-network grid; consent a ☒ Yes and a sentence naming both parents",
        filename="referral.docx",
        assessment_date=ON2,
        build=_build_02,
        expected=Expected(
            form_type="early_help_assessment",
            people=(
                person("Kwame Asante-Mensah", date(1980, 1, 18), True, ON2),
                person("Efua Asante-Mensah", date(1982, 6, 25), True, ON2),
                person("Ama Asante-Mensah", date(2013, 10, 12), False, ON2),
                person("Yaw Asante-Mensah", date(2016, 4, 3), False, ON2),
            ),
            postcode="B63 4HJ",
            lead_professional_name="Rosie Fenwick",
            lead_professional_email="r.fenwick@corngreaves.example.sch.uk",
            level_of_need=2,
        ),
    ),
)
