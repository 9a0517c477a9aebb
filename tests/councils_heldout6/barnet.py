"""Barnet: the MASH referral (on-line form, acknowledgement e-mail with a reference number;
the referrer must tell the family; consent not sought where it may increase the risk)."""

# ruff: noqa: E501  (wording follows the published page)

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
from tests.councils_heldout6._mail import FRONT_DOOR, html_only

URL = "https://wwc.barnet.gov.uk/wwc/working-children-barnet/practitioner-guidance/multi-agency-safeguarding-hub-mash"
TITLE = "Barnet – Working with children: Multi Agency Safeguarding Hub (MASH) (single point of entry for all referrals, from child protection to early help; complete a referral form and receive an acknowledgement email with a reference number; before making a referral you must tell the family; consent not sought where it may increase the risk of harm)"
URL2 = "https://gps.northcentrallondon.icb.nhs.uk/services/safeguarding-children-multi-agency-safeguarding-hub-barnet"
TITLE2 = "North Central London ICB – Safeguarding Children: Multi-Agency Safeguarding Hub, Barnet (Barnet MASH referral form: fill out the online form; acknowledgement email with a reference number; it is your responsibility to discuss this referral with the family)"
COUNCIL = "London Borough of Barnet"

ON1 = date(2026, 4, 2)


def _html_01() -> str:
    blocks: list[object] = [
        Title("Barnet MASH referral – copy of your answers", "Reference number: MASH-26-04417"),
        Heading("About the referral"),
        kv(
            ("Type of support", "Early help"),
            ("Have you told the family about this referral?", "Yes"),
            ("Does the family consent?", "Yes – mother and father"),
        ),
        Heading("About the child"),
        kv(
            ("First name", "Leo"),
            ("Last name", "Novak"),
            ("Date of birth", "30/10/2019"),
            ("Address", "11 Park Road, Lye, Stourbridge"),
            ("Postcode", "DY9 0QQ"),
        ),
        Heading("Other members of the household"),
        grid(
            ["First name", "Last name", "Date of birth", "Relationship"],
            [
                ["Petra", "Novak", "12/06/1991", "Mother"],
                ["Marek", "Novak", "08/01/1989", "Father"],
                ["Anna", "Novak", "19/07/2022", "Sister"],
            ],
        ),
        Heading("About you"),
        kv(
            ("Name", "Charlotte Webb"),
            ("Organisation", "Little Acorns Nursery, Lye DY9 8RL"),
            ("Email", "c.webb@littleacorns.example.co.uk"),
            ("Date submitted", "02/04/2026"),
        ),
        Heading("Your concerns"),
        Para(
            "Leo (6) is not toilet trained and has very little speech; parents new to the UK and isolated. They would like help to access a paediatric assessment and a parenting group."
        ),
    ]
    return render_html(blocks)


def _build_01() -> bytes:
    return html_only(
        "Charlotte Webb <c.webb@littleacorns.example.co.uk>",
        FRONT_DOOR,
        "Fw: Barnet MASH referral - acknowledgement MASH-26-04417 (family now in Dudley)",
        ON1,
        "This message contains HTML content. Please view it in an HTML-capable mail program.",
        _html_01(),
    )


ON2 = date(2026, 6, 10)


def _build_02() -> bytes:
    blocks: list[object] = [
        Title("Barnet MASH – Multi-Agency Referral Form"),
        Heading("Type of referral"),
        Table(
            [
                [
                    Boxes(
                        (
                            CB(False, "Early help"),
                            CB(False, "Child in need"),
                            CB(True, "Child protection – risk of significant harm"),
                        )
                    )
                ]
            ]
        ),
        Heading("Informing the family"),
        kv(
            ("Have you told the family about this referral?", "No"),
            (
                "If not, why not?",
                "Telling the father may increase the risk of harm to the children and their mother (domestic abuse; MARAC referral made)",
            ),
        ),
        Heading("Child / children"),
        grid(
            ["Name", "Date of birth", "School"],
            [
                ["Kai Robinson", "14/02/2016", "Wrens Nest Primary"],
                ["Lola Robinson", "02/08/2018", "Wrens Nest Primary"],
            ],
        ),
        kv(("Address", "56 Priory Road, Dudley"), ("Postcode", "DY1 4RN"), per_row=2),
        Heading("Adults in the household"),
        grid(
            ["Name", "Date of birth", "Relationship"],
            [
                ["Stacey Robinson", "23/11/1992", "Mother"],
                ["Jermaine Robinson", "15/04/1989", "Father"],
            ],
        ),
        Heading("Referrer"),
        kv(
            ("Name", "Daniel Hurst"),
            ("Role", "PC 4471"),
            ("Agency", "West Midlands Police – Public Protection Unit, Brierley Hill DY5 3DH"),
            ("Email", "daniel.hurst@police.example.uk"),
            ("Date", "10/06/2026"),
            per_row=2,
        ),
        Heading("Concerns"),
        Para(
            "Police called to the address on 09/06/2026; Jermaine strangled Stacey in front of the children. DASH risk assessment high."
        ),
    ]
    return render_docx(blocks)


ON3 = date(2026, 8, 27)


def _build_03() -> bytes:
    blocks: list[object] = [
        Title(
            "Step down to Early Help",
            "Barnet Family Services – transfer from Children's Social Care",
        ),
        kv(
            ("Current plan", "Child in Need plan – closing"),
            ("Date of CIN review agreeing step down", "27/08/2026"),
        ),
        Heading("Family"),
        grid(
            ["Name", "DOB", "Relationship"],
            [
                ["Samira Hussein", "09/03/1986", "Mother"],
                ["Yusuf Hussein", "30/12/2010", "Son"],
                ["Idris Hussein", "11/11/2013", "Son"],
            ],
        ),
        kv(("Address", "80 High Street, Netherton, Dudley DY2 0AB")),
        Heading("Social worker"),
        kv(
            ("Name", "Tom Aldridge"),
            ("Team", "Children in Need Team 2"),
            ("Email", "tom.aldridge@cs.example.gov.uk"),
            per_row=2,
        ),
        Heading("Lead practitioner following step down"),
        kv(
            ("Name", "Grace Mensah"),
            ("Role", "Family Support Practitioner, Netherton Family Hub"),
            ("Email", "grace.mensah@familyhub.example.gov.uk"),
            per_row=2,
        ),
        Heading("What still needs to happen"),
        Para(
            "Yusuf (15) to keep attending the youth project; Samira to complete the Freedom Programme; Idris's school attendance to stay above 95%."
        ),
        Heading("Family agreement"),
        Para(
            "Samira Hussein and Yusuf Hussein agreed to the step down and to early help at the review on 27/08/2026 and signed the plan."
        ),
    ]
    return render_pdf(blocks, "Step down")


CASES: tuple[CouncilCase, ...] = (
    CouncilCase(
        case_id="heldout6-barnet-mash-01",
        council=COUNCIL,
        source_url=URL2,
        source_title=TITLE2,
        layout="email whose HTML part is the on-line MASH form's copy of answers with its acknowledgement reference number (text part a stub); 'told the family / consent' answered in words naming mother and father; nursery's DY9 8RL in the referrer block",
        filename="message.eml",
        assessment_date=ON1,
        build=_build_01,
        expected=Expected(
            form_type="early_help_assessment",
            people=(
                person("Leo Novak", date(2019, 10, 30), False, ON1),
                person("Petra Novak", date(1991, 6, 12), True, ON1),
                person("Marek Novak", date(1989, 1, 8), True, ON1),
                person("Anna Novak", date(2022, 7, 19), False, ON1),
            ),
            postcode="DY9 0QQ",
            lead_professional_name="Charlotte Webb",
            lead_professional_email="c.webb@littleacorns.example.co.uk",
            level_of_need=None,
        ),
    ),
    CouncilCase(
        case_id="heldout6-barnet-mash-02",
        council=COUNCIL,
        source_url=URL,
        source_title=TITLE,
        layout="Word MASH referral from police with 'Child protection – risk of significant harm' ticked; family not told because it may increase the risk; police unit's DY5 3DH beside the referrer",
        filename="referral.docx",
        assessment_date=ON2,
        build=_build_02,
        expected=Expected(
            form_type="early_help_assessment",
            people=(
                person("Kai Robinson", date(2016, 2, 14), False, ON2),
                person("Lola Robinson", date(2018, 8, 2), False, ON2),
                person("Stacey Robinson", date(1992, 11, 23), False, ON2),
                person("Jermaine Robinson", date(1989, 4, 15), False, ON2),
            ),
            postcode="DY1 4RN",
            lead_professional_name="Daniel Hurst",
            lead_professional_email="daniel.hurst@police.example.uk",
            level_of_need=None,
            safeguarding=True,
            queue_reason="safeguarding_concern",
        ),
    ),
    CouncilCase(
        case_id="heldout6-barnet-stepdown-01",
        council=COUNCIL,
        source_url=URL,
        source_title=TITLE,
        layout="flattened PDF step down from a closing CIN plan: household grid, address with postcode on one line, social worker block then a separate 'Lead practitioner following step down'; agreement a sentence naming mum and the 15-year-old",
        filename="referral.pdf",
        assessment_date=ON3,
        build=_build_03,
        expected=Expected(
            form_type="step_down",
            people=(
                person("Samira Hussein", date(1986, 3, 9), True, ON3),
                person("Yusuf Hussein", date(2010, 12, 30), True, ON3),
                person("Idris Hussein", date(2013, 11, 11), False, ON3),
            ),
            postcode="DY2 0AB",
            lead_professional_name="Grace Mensah",
            lead_professional_email="grace.mensah@familyhub.example.gov.uk",
            level_of_need=None,
        ),
    ),
)
