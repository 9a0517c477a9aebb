"""Tower Hamlets: the Multi-Agency Support Team (MAST) request for support form (MAST merges the
MASH and the Early Help Hub) and the borough's Early Help Pathway risk factors."""

# ruff: noqa: E501  (wording follows the published pages)

from datetime import date

from tests.councils.kit import (
    CB,
    Cell,
    Heading,
    L,
    Mail,
    Para,
    Span,
    Table,
    Title,
    kv,
    person,
    render_docx,
)
from tests.councils.model import CouncilCase, Expected
from tests.councils_heldout5._mail import FRONT_DOOR, forwarded

URL = "https://towerhamlets.gov.uk/lgnl/health__social_care/children_and_family_care/Multi-Agency-Safeguarding-Hub-MASH.aspx"
TITLE = "London Borough of Tower Hamlets – Multi-Agency Support Team (MAST) (a merger of the Multi-Agency Safeguarding Hub (MASH) and the Early Help Hub (EHH); professionals complete the MAST request for support form; the same for disabled and non-disabled children)"
URL_EH = "https://www.towerhamlets.gov.uk/lgnl/health__social_care/children_and_family_care/Early_Help/Schools_and_professionals/Schools_and_professionals.aspx"
TITLE_EH = "London Borough of Tower Hamlets – Early Help: further information for schools and professionals (Continuum of Need; Early Help Pathway for children with needs or risk factors: Education; Exploitation; Violence or abuse; Early abuse or neglect; Health …)"

COUNCIL = "London Borough of Tower Hamlets"

FACTORS = (
    "Education – poor attendance, risk of exclusion, NEET, SEND (without an EHCP)",
    "Exploitation – risk of sexual exploitation, gang involvement",
    "Violence or abuse – domestic abuse/violence, serious youth violence",
    "Early abuse or neglect – risk of delayed physical or cognitive development",
    "Health – physical or mental health needs",
)

ON1 = date(2026, 2, 17)


def _factors(ticked: set[int]) -> Table:
    rows: list[list[Cell]] = [[L("Needs or risk factors (tick all that apply)")]]
    rows += [[CB(i in ticked, f)] for i, f in enumerate(FACTORS)]
    return Table(rows)


def _build_01() -> bytes:
    blocks: list[object] = [
        Title("MAST Request for Support", "Multi-Agency Support Team – MASH and Early Help Hub"),
        Para(
            "If you believe a child or young person is at immediate risk of harm, call the police on 999.",
            bold=True,
        ),
        Heading("Section A – Request"),
        Table(
            [
                [
                    L("Is this a request for"),
                    CB(True, "Early Help support"),
                    CB(False, "Safeguarding / social care"),
                ],
                [L("Does the child have a disability?"), CB(False, "Yes"), CB(True, "No")],
            ]
        ),
        _factors({0, 4}),
        Heading("Section B – Family"),
        Table(
            [
                [L("Family surname"), Span("RAHMAN", 4)],
                [L("Home address"), Span("19 Hillcrest Road, Gornal Wood, Dudley DY3 1AB", 4)],
                [
                    L("Name"),
                    L("Date of birth"),
                    L("Relationship"),
                    L("School / nursery"),
                    L("Language"),
                ],
                ["Shirin Rahman", "04/07/1987", "Mother", "–", "Bengali / English"],
                ["Abdul Rahman", "19/03/1980", "Father", "–", "Bengali"],
                ["Sami Rahman", "28/10/2012", "Son", "Coseley School", "English"],
                ["Nadia Rahman", "14/02/2017", "Daughter", "Gornal Primary", "English"],
            ]
        ),
        Heading("Section C – Consent"),
        Table(
            [
                [
                    L("Have the parents/carers agreed to this request?"),
                    "Yes – both parents, at a meeting in school",
                ],
                [L("Signed (parent/carer)"), "S Rahman      A Rahman"],
                [L("Date"), "17/02/2026"],
            ]
        ),
        Heading("Section D – What support is being requested and why?"),
        Para(
            "Sami (13) is on 78% attendance and has had two fixed-term exclusions; he has been referred to CAMHS for anxiety. "
            "Parents would like a family support worker and help with Sami's transition plan."
        ),
        Heading("Section E – Referrer"),
        kv(
            ("Name", "Imogen Reeve"),
            ("Role", "Head of Year 8, Coseley School"),
            ("School address", "Henne Drive, Coseley WV14 9JW"),
            ("Email", "i.reeve@coseley.example.sch.uk"),
            ("Telephone", "01632 960 265"),
            per_row=2,
        ),
    ]
    return render_docx(blocks)


ON2 = date(2026, 6, 29)


def _build_02() -> bytes:
    body = (
        "MAST REQUEST FOR SUPPORT\n"
        "\n"
        "Request for: [X] Early Help support   [ ] Safeguarding / social care\n"
        "Needs or risk factors: [ ] Education  [ ] Exploitation  [X] Violence or abuse  [ ] Early abuse or neglect  [X] Health\n"
        "\n"
        "CHILD/REN\n"
        "Name: Leo Harper        DOB: 03/09/2021   Nursery: Buttercups, Kingswinford\n"
        "Name: Evie Harper       DOB: 17/01/2025\n"
        "Home address: 6 Ash Close, Kingswinford, DY6 7AA\n"
        "\n"
        "PARENTS/CARERS IN THE HOUSEHOLD\n"
        "Name: Jessica Harper    DOB: 21/12/1998   Relationship: Mother\n"
        "Father (Ryan Harper) lives in Telford and has no contact - not in the household.\n"
        "\n"
        "CONSENT\n"
        "Has the parent agreed to this request? Yes - Jessica Harper, verbally, 29/06/2026\n"
        "\n"
        "WHY IS SUPPORT NEEDED?\n"
        "Mum left Ryan after domestic abuse in May (MARAC heard 12/06/2026, now low risk; Ryan on bail conditions). "
        "Mum has low mood and Leo's speech is delayed. She asks for the Freedom Programme and a family support worker.\n"
        "\n"
        "LEAD PROFESSIONAL (if different from referrer)\n"
        "Name: Kirsty Doyle, Family Support Worker, Kingswinford Family Hub\n"
        "Email: kirsty.doyle@familyhub.example.gov.uk   Tel: 01632 960 571\n"
        "\n"
        "REFERRER\n"
        "Name: Bethany Marsh, Health Visitor, Kingswinford Clinic, DY6 9BN\n"
        "Email: bethany.marsh@nhs.example.net\n"
        "Date: 29/06/2026\n"
    )
    inner = Mail(
        "Bethany Marsh <bethany.marsh@nhs.example.net>",
        "Kirsty Doyle <kirsty.doyle@familyhub.example.gov.uk>",
        "MAST request for support - HARPER",
        ON2,
        hour=9,
    ).message()
    inner.set_content(body)
    return forwarded(
        inner,
        "Kirsty Doyle <kirsty.doyle@familyhub.example.gov.uk>",
        FRONT_DOOR,
        "FW: MAST request for support - HARPER",
        ON2,
        "Forwarding the health visitor's request below for the Harper family (she used the Tower Hamlets MAST layout from her last post). "
        "I will be the lead professional.\n\nKirsty\n",
    )


CASES: tuple[CouncilCase, ...] = (
    CouncilCase(
        case_id="heldout5-tower-hamlets-mast-01",
        council=COUNCIL,
        source_url=URL_EH,
        source_title=TITLE_EH,
        layout="Word MAST request for support: request and disability ☒/☐ in a row, the Early Help Pathway risk factors as ☒/☐ rows; family surname 'RAHMAN' and home address merged across a Name | DOB | Relationship | School | Language grid; both parents' signatures on one line; school's WV14 9JW after the family",
        filename="referral.docx",
        assessment_date=ON1,
        build=_build_01,
        expected=Expected(
            form_type="early_help_assessment",
            people=(
                person("Shirin Rahman", date(1987, 7, 4), True, ON1),
                person("Abdul Rahman", date(1980, 3, 19), True, ON1),
                person("Sami Rahman", date(2012, 10, 28), False, ON1),
                person("Nadia Rahman", date(2017, 2, 14), False, ON1),
            ),
            postcode="DY3 1AB",
            lead_professional_name="Imogen Reeve",
            lead_professional_email="i.reeve@coseley.example.sch.uk",
            level_of_need=None,
        ),
    ),
    CouncilCase(
        case_id="heldout5-tower-hamlets-mast-02",
        council=COUNCIL,
        source_url=URL,
        source_title=TITLE,
        layout="email forwarding (message/rfc822) the health visitor's MAST request typed in a plain-text body with [X]/[ ] boxes and 'Name: … DOB: …' lines; the father in Telford named in a sentence outside the household; 'LEAD PROFESSIONAL (if different from referrer)' names the family hub worker; clinic's DY6 9BN in the referrer line",
        filename="message.eml",
        assessment_date=ON2,
        build=_build_02,
        expected=Expected(
            form_type="early_help_assessment",
            people=(
                person("Leo Harper", date(2021, 9, 3), False, ON2),
                person("Evie Harper", date(2025, 1, 17), False, ON2),
                person("Jessica Harper", date(1998, 12, 21), True, ON2),
            ),
            postcode="DY6 7AA",
            lead_professional_name="Kirsty Doyle",
            lead_professional_email="kirsty.doyle@familyhub.example.gov.uk",
            level_of_need=None,
        ),
    ),
)
