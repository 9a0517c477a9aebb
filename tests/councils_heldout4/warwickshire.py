"""Warwickshire: the referral form laid out on the county's levels of need (Level 1 universal to
Level 4 acute/severe), and the later Early Support / Family Help spectrum."""

# ruff: noqa: E501  (labels follow the published pages)

from datetime import date

from tests.councils.kit import (
    CB,
    Boxes,
    Heading,
    Para,
    Table,
    Title,
    grid,
    kv,
    person,
    render_docx,
    render_html,
    render_pdf,
)
from tests.councils.model import CouncilCase, Expected
from tests.councils_heldout4._mail import FRONT_DOOR, html_only

URL = "https://www.warwickshire.gov.uk/safeguardingreferral"
TITLE = "Warwickshire County Council – Before making a referral (thresholds: Level 1 – universal needs; Level 2 – additional needs; Level 3 – complex needs; Level 4 – acute/severe needs; Early Help Single Assessment with a lead professional)"
URL2 = (
    "https://warwickshire.gov.uk/childrens-social-care/child-safeguarding-procedures-professionals"
)
TITLE2 = "Warwickshire County Council – Child safeguarding procedures for professionals (spectrum descriptors: Universal help; Early Support; Family Help with a Family Help Lead Professional; Family Help – immediate support (Child Protection))"

LEVELS = (
    ("Level 1 – universal needs", 1),
    ("Level 2 – additional needs", 2),
    ("Level 3 – complex needs", 3),
    ("Level 4 – acute/severe needs", 4),
)


def _levels(chosen: int) -> Table:
    return Table([[CB(n == chosen, text)] for text, n in LEVELS])


ON1 = date(2026, 2, 11)


def _build_01() -> bytes:
    blocks: list[object] = [
        Title(
            "Request for Support – Early Help Single Assessment",
            "Warwickshire Children and Families",
        ),
        Para(
            "Please consider the thresholds to find the appropriate service before making a referral. Tick the level of need you have identified."
        ),
        _levels(3),
        Heading("Section 1: Child / young person"),
        kv(
            ("First name", "Isla"),
            ("Surname", "Pritchard"),
            ("Date of birth", "17/07/2015"),
            ("Gender", "Female"),
            ("Address", "22 Bent Street, Brierley Hill"),
            ("Postcode", "DY5 3BB"),
            ("School", "Brierley Hill Primary School, Mill Street DY5 2PN"),
            ("GP", "Dr Aziz, Quarry Bank Medical Centre DY5 2AB"),
            per_row=2,
        ),
        Heading("Section 2: Others in the household"),
        grid(
            ["Name", "Date of birth", "Relationship to child", "Parental responsibility"],
            [
                ["Leanne Pritchard", "02/03/1990", "Mother", "Yes"],
                ["Harvey Pritchard", "09/09/2011", "Brother", "–"],
                ["Noah Pritchard", "28/12/2019", "Brother", "–"],
            ],
        ),
        Para(
            "Father (Dean Pritchard) does not live with the family – 9 Cinder Bank, Netherton, Dudley DY2 9HF; he has the children every other weekend."
        ),
        Heading("Section 3: Reason for request"),
        Table(
            [
                [
                    "Mum is struggling with her mental health since the birth of Noah and the separation. Isla is anxious, has stopped eating lunch and is often late; Harvey (14) is caring for his siblings in the mornings. Complex needs: more than one service is needed and an Early Help Single Assessment has been started with the family."
                ]
            ]
        ),
        Heading("Section 4: Lead professional"),
        kv(
            ("Name", "Rachel Okafor"),
            ("Role", "Family Support Worker (school based)"),
            ("Email", "r.okafor@brierleyhillprimary.example.sch.uk"),
            ("Telephone", "01632 960 211"),
            per_row=2,
        ),
        Heading("Section 5: Consent"),
        Para(
            "I/We agree to the information in this form being shared with the services that can support our family."
        ),
        grid(
            ["Name", "Relationship", "Signature", "Date"],
            [
                ["Leanne Pritchard", "Mother", "L Pritchard", "11/02/2026"],
                ["Harvey Pritchard", "Young person (14)", "H. Pritchard", "11/02/2026"],
            ],
        ),
    ]
    return render_docx(blocks)


ON2 = date(2026, 4, 23)


def _build_02() -> bytes:
    blocks: list[object] = [
        Title(
            "Request for Support – Early Help Single Assessment",
            "Warwickshire Children and Families",
        ),
        Para(
            "Please consider the thresholds to find the appropriate service before making a referral. Tick the level of need you have identified."
        ),
        _levels(4),
        Para(
            "LEVEL 4: telephoned to the Children and Families Front Door on 23/04/2026 at 09:10 – advised to send this form today.",
            bold=True,
        ),
        Heading("Section 1: Child / young person"),
        kv(
            ("First name", "Tyler"),
            ("Surname", "Kemp"),
            ("Date of birth", "05/05/2018"),
            ("Gender", "Male"),
            ("Address", "3 Oakham Road, Dudley"),
            ("Postcode", "DY2 0AB"),
            ("School", "Netherton Park Primary, Netherton DY2 9QF"),
            ("GP", "Not known"),
            per_row=2,
        ),
        Heading("Section 2: Others in the household"),
        grid(
            ["Name", "Date of birth", "Relationship to child", "Parental responsibility"],
            [
                ["Stacey Kemp", "21/10/1994", "Mother", "Yes"],
                ["Ryan Hollis", "", "Mother's partner", "No"],
            ],
        ),
        Heading("Section 3: Reason for request"),
        Table(
            [
                [
                    "Tyler came to school with a burn to the back of his hand in the shape of a lighter and said 'Ryan did it because I was naughty'. Second injury this half term. Acute/severe needs – I believe Tyler is at risk of significant harm."
                ]
            ]
        ),
        Heading("Section 4: Lead professional"),
        kv(
            ("Name", "Simon Bradley"),
            ("Role", "Designated Safeguarding Lead"),
            ("Email", "s.bradley@nethertonpark.example.sch.uk"),
            ("Telephone", "01632 960 318"),
            per_row=2,
        ),
        Heading("Section 5: Consent"),
        Para(
            "I/We agree to the information in this form being shared with the services that can support our family."
        ),
        grid(["Name", "Relationship", "Signature", "Date"], [["", "", "", ""]]),
        Para(
            "Parents not informed: advised by the Front Door not to alert the household before the strategy discussion."
        ),
    ]
    return render_pdf(blocks, "Request for Support")


ON3 = date(2026, 9, 30)


def _blocks_03() -> list[object]:
    return [
        Title("Request for Family Help – submission copy", "Reference WFH-0092231 – 30/09/2026"),
        Para(
            "Please consider these spectrum descriptors to find the appropriate service before making contact."
        ),
        Table(
            [
                [CB(False, "Universal help")],
                [CB(False, "Early Support – single agency response and/or partnership working")],
                [
                    CB(
                        True,
                        "Family Help – targeted, coordinated response with a Family Help Lead Professional (FHLP)",
                    )
                ],
                [CB(False, "Family Help – immediate support (Child Protection)")],
            ]
        ),
        Heading("About you"),
        kv(
            ("Your name", "Grace Lindqvist"),
            ("Organisation", "Stourbridge College – Student Services"),
            ("Email", "g.lindqvist@stourbridgecollege.example.ac.uk"),
            ("Work address", "Hagley Road, Stourbridge DY8 1QU"),
        ),
        Heading("Family Help Lead Professional (if identified)"),
        kv(
            ("Name", "Owen Fairclough"),
            ("Service", "Family Help – Stourbridge locality"),
            ("Email", "owen.fairclough@familyhelp.example.gov.uk"),
        ),
        Heading("The family"),
        kv(("Home address", "14 Worcester Street, Stourbridge"), ("Postcode", "DY8 1AA")),
        grid(
            ["Name", "Date of birth", "Relationship", "Lives at home"],
            [
                ["Marcus Boateng", "14/01/2009", "Young person (referred)", "Yes"],
                ["Abena Boateng", "30/06/1981", "Mother", "Yes"],
                ["Kofi Boateng", "11/11/2013", "Brother", "Yes"],
            ],
        ),
        Heading("Consent"),
        kv(
            ("Has the family agreed to this request?", Boxes((CB(True, "Yes"), CB(False, "No")))),
            (
                "Who agreed?",
                "Abena Boateng (mother) and Marcus (17) in a meeting at college on 29/09/2026",
            ),
        ),
        Heading("What is happening for the family?"),
        Para(
            "Marcus has missed 40% of his course since his father died in June; mum is working nights and Kofi (12) is on his own in the evenings. Family Help agreed to co-ordinate support; Owen will be the FHLP."
        ),
    ]


def _build_03() -> bytes:
    return html_only(
        "Grace Lindqvist <g.lindqvist@stourbridgecollege.example.ac.uk>",
        FRONT_DOOR,
        "Request for Family Help - BOATENG (copy of submission)",
        ON3,
        "This message contains the copy of your submission. Please view it in HTML.\n",
        render_html(_blocks_03()),
    )


CASES: tuple[CouncilCase, ...] = (
    CouncilCase(
        case_id="heldout4-warwickshire-rfs-01",
        council="Warwickshire County Council",
        source_url=URL,
        source_title=TITLE,
        layout="Word request opening with the four levels of need one per row as ☒/☐ ('Level 3 – complex needs' ticked); child in label/value pairs two per row with a separate Postcode box and the school's and GP's DY5 postcodes beside it; the father's own address with another Dudley-table postcode (DY2 9HF) in a sentence under the household grid; consent grid signed by mum and the 14-year-old",
        filename="referral.docx",
        assessment_date=ON1,
        build=_build_01,
        expected=Expected(
            form_type="early_help_assessment",
            people=(
                person("Isla Pritchard", date(2015, 7, 17), False, ON1),
                person("Leanne Pritchard", date(1990, 3, 2), True, ON1),
                person("Harvey Pritchard", date(2011, 9, 9), True, ON1),
                person("Noah Pritchard", date(2019, 12, 28), False, ON1),
            ),
            postcode="DY5 3BB",
            lead_professional_name="Rachel Okafor",
            lead_professional_email="r.okafor@brierleyhillprimary.example.sch.uk",
            level_of_need=3,
        ),
    ),
    CouncilCase(
        case_id="heldout4-warwickshire-rfs-02",
        council="Warwickshire County Council",
        source_url=URL,
        source_title=TITLE,
        layout="flattened PDF of the same request with 'Level 4 – acute/severe needs' ticked and a bold line saying it was phoned to the Front Door; a burn injury and 'risk of significant harm'; empty consent grid; mother's partner without a date of birth",
        filename="referral.pdf",
        assessment_date=ON2,
        build=_build_02,
        expected=Expected(
            form_type="early_help_assessment",
            people=(
                person("Tyler Kemp", date(2018, 5, 5), False, ON2),
                person("Stacey Kemp", date(1994, 10, 21), False, ON2),
                person("Ryan Hollis", None, False, ON2),
            ),
            postcode="DY2 0AB",
            lead_professional_name="Simon Bradley",
            lead_professional_email="s.bradley@nethertonpark.example.sch.uk",
            level_of_need=4,
            safeguarding=True,
            queue_reason="safeguarding_concern",
        ),
    ),
    CouncilCase(
        case_id="heldout4-warwickshire-fh-01",
        council="Warwickshire County Council",
        source_url=URL2,
        source_title=TITLE2,
        layout="email whose HTML part is the online request's copy (text part a stub): the four spectrum descriptors as ☒/☐ with 'Family Help' ticked (no numbered level); college's DY8 1QU first; a Family Help Lead Professional named apart from the referrer; consent answer naming mum and the 17-year-old",
        filename="message.eml",
        assessment_date=ON3,
        build=_build_03,
        expected=Expected(
            form_type="early_help_assessment",
            people=(
                person("Marcus Boateng", date(2009, 1, 14), True, ON3),
                person("Abena Boateng", date(1981, 6, 30), True, ON3),
                person("Kofi Boateng", date(2013, 11, 11), False, ON3),
            ),
            postcode="DY8 1AA",
            lead_professional_name="Owen Fairclough",
            lead_professional_email="owen.fairclough@familyhelp.example.gov.uk",
            level_of_need=None,
        ),
    ),
)
