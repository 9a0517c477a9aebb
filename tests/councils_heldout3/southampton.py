"""Southampton: Early Help Assessment for the Children and Families First Service, with the level
ticked on the Southampton Continuum of Need."""

# ruff: noqa: E501  (wording follows the published pages)

from datetime import date

from tests.councils.kit import (
    CB,
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

URL1 = "http://southamptonlscb.co.uk/childrens-advice-and-duty-service-mash/support-guidance-for-referrers/"
TITLE1 = "Southampton LSCB – Support Guidance for Referrers (the Southampton Continuum of Need: Universal (Level 1), Universal Partnership (Level 2), Universal Partnership Plus (Level 3), Safeguarding (Level 4))"
URL2 = "https://scc-staging.southampton.gov.uk/children-families/childrens-social-care/southampton-safeguarding-children-partnership/professionals/themes-guidance-and-toolkits/neglect-toolkit/sscp-neglect-toolkit/practical-tools/early-help-guidance"
TITLE2 = "Southampton Safeguarding Children Partnership – Neglect toolkit: early help guidance (Children and Families First Service; One Family, One Worker, One Plan; the Early Help Assessment)"

CON = (
    ("Universal (Level 1)", "Children whose needs are fully met and thrive"),
    ("Universal Partnership (Level 2)", "Children with additional needs"),
    ("Universal Partnership Plus (Level 3)", "Children with multiple complex needs"),
    ("Safeguarding (Level 4)", "Children with acute needs including those in need of protection"),
)


def _continuum(level: int) -> Table:
    return Table([[CB(i + 1 == level, name), text] for i, (name, text) in enumerate(CON)], [2, 3])


ON1 = date(2026, 4, 28)


def _build_01() -> bytes:
    blocks = [
        Title(
            "Early Help Assessment",
            "Children and Families First – One Family, One Worker, One Plan",
        ),
        Heading("Southampton Continuum of Need – level of intervention"),
        _continuum(3),
        Heading("Worker completing the assessment"),
        kv(
            ("Name", "Donna Whitehouse"),
            ("Agency", "Halesowen Family Centre, Hagley Road, Halesowen B63 4RJ"),
            ("Role", "Family Engagement Worker"),
            ("Email", "donna.whitehouse@familycentre.example.org.uk"),
            ("Date", "28/04/2026"),
            per_row=2,
        ),
        Heading("Family"),
        kv(("Address", "2 Furnace Lane, Halesowen"), ("Postcode", "B63 3BL"), per_row=2),
        grid(
            ["Name", "Date of birth", "Relationship", "School / work"],
            [
                ["Michaela Hart", "30/06/1988", "Mother", "Care assistant (nights)"],
                ["Tyrese Hart", "14/02/2011", "Son", "Earls High School, Year 10"],
                ["Jasmine Hart", "07/07/2013", "Daughter", "Earls High School, Year 7"],
                ["Leo Hart", "19/12/2021", "Son", "Nursery"],
            ],
        ),
        Heading("Assessment summary"),
        Table(
            [
                [
                    "Universal Partnership Plus: multiple complex needs – Tyrese excluded twice and known to the youth offending prevention team, Jasmine a young carer for Leo when mum works, "
                    "mum in debt after benefit sanction. A TAF is needed with school, YOS prevention and the debt advice service."
                ]
            ]
        ),
        Heading("Agreement"),
        Para(
            "I agree to this assessment and to my information being shared with the services in my family’s plan."
        ),
        Para("Signed: M Hart          Print name: Michaela Hart          Date: 28/04/2026"),
        Para("Signed: T Hart          Print name: Tyrese Hart          Date: 28/04/2026"),
    ]
    return render_pdf(blocks, "Early Help Assessment")


ON2 = date(2026, 10, 7)


def _build_02() -> bytes:
    blocks = [
        Title(
            "Early Help Assessment",
            "Children and Families First – One Family, One Worker, One Plan",
        ),
        Table(
            [
                [L("Family name"), Span("KAUR / WILLIAMS", 3)],
                [L("Address"), Span("88 Priory Road, Dudley DY1 2QP", 3)],
                [L("Date of assessment"), "07/10/2026", L("Review date"), "18/11/2026"],
            ],
            [1.3, 2, 1.3, 2],
        ),
        Heading("Southampton Continuum of Need – level of intervention"),
        _continuum(2),
        Heading("Family members"),
        Table(
            [
                [
                    L("Surname"),
                    L("First name"),
                    L("Relationship"),
                    L("Date of birth"),
                    L("Lives at the address"),
                ],
                ["KAUR", "Harpreet", "Mother", "11/02/1990", "Yes"],
                ["WILLIAMS", "Owen", "Father", "24/09/1987", "Yes"],
                ["WILLIAMS", "Arjun", "Son", "05/05/2017", "Yes"],
                ["KAUR-WILLIAMS", "Simran", "Daughter", "22/03/2021", "Yes"],
            ]
        ),
        Heading("Worker completing the assessment"),
        kv(
            ("Name", "Imogen Price"),
            ("Agency", "Priory Primary School, Priory Road, Dudley DY1 4EH"),
            ("Role", "Family Support Worker"),
            ("Email", "i.price@priory.example.sch.uk"),
            per_row=2,
        ),
        Heading("Assessment summary"),
        Table(
            [
                [
                    "Universal Partnership: additional needs. Arjun’s behaviour at school since Simran’s diagnosis (type 1 diabetes); parents exhausted by night-time checks. "
                    "Single-agency support from school with a parenting course; review in six weeks."
                ]
            ]
        ),
        Heading("Consent"),
        Table(
            [
                [
                    "Consent gained from Harpreet Kaur and Owen Williams on 07/10/2026 at a meeting in school; paper copy signed and held in the school office."
                ]
            ]
        ),
    ]
    return render_docx(blocks)


CASES: tuple[CouncilCase, ...] = (
    CouncilCase(
        case_id="heldout3-southampton-eha-01",
        council="Southampton City Council",
        source_url=URL1,
        source_title=TITLE1,
        layout="flattened PDF EHA opening with the four Continuum of Need rows, 'Universal Partnership Plus (Level 3)' ticked; family centre's B63 4RJ before the family's B63 postcode; consent as two 'Signed: Print name: Date:' lines for mum and the 15-year-old; a 12-year-old young carer unsigned",
        filename="referral.pdf",
        assessment_date=ON1,
        build=_build_01,
        expected=Expected(
            form_type="early_help_assessment",
            people=(
                person("Michaela Hart", date(1988, 6, 30), True, ON1),
                person("Tyrese Hart", date(2011, 2, 14), True, ON1),
                person("Jasmine Hart", date(2013, 7, 7), False, ON1),
                person("Leo Hart", date(2021, 12, 19), False, ON1),
            ),
            postcode="B63 3BL",
            lead_professional_name="Donna Whitehouse",
            lead_professional_email="donna.whitehouse@familycentre.example.org.uk",
            level_of_need=3,
        ),
    ),
    CouncilCase(
        case_id="heldout3-southampton-eha-02",
        council="Southampton City Council",
        source_url=URL2,
        source_title=TITLE2,
        layout="Word EHA, family name cell 'KAUR / WILLIAMS' and the address merged across the grid; Surname | First name household table in capitals with a double-barrelled child; 'Universal Partnership (Level 2)' ticked; consent as a 'consent gained' sentence naming both parents",
        filename="referral.docx",
        assessment_date=ON2,
        build=_build_02,
        expected=Expected(
            form_type="early_help_assessment",
            people=(
                person("Harpreet Kaur", date(1990, 2, 11), True, ON2),
                person("Owen Williams", date(1987, 9, 24), True, ON2),
                person("Arjun Williams", date(2017, 5, 5), False, ON2),
                person("Simran Kaur-Williams", date(2021, 3, 22), False, ON2),
            ),
            postcode="DY1 2QP",
            lead_professional_name="Imogen Price",
            lead_professional_email="i.price@priory.example.sch.uk",
            level_of_need=2,
        ),
    ),
)
