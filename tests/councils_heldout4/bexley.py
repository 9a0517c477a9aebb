"""Bexley: referral to the Family Wellbeing Service through the MASH (one or more of the listed
needs; a voluntary service needing the parents' written consent)."""

# ruff: noqa: E501  (criteria copied from the published page)

from datetime import date

from tests.councils.kit import (
    CB,
    DOCX_MIME,
    Heading,
    Mail,
    Para,
    Table,
    Title,
    grid,
    kv,
    person,
    render_docx,
)
from tests.councils.model import CouncilCase, Expected
from tests.councils_heldout4._mail import FRONT_DOOR, forwarded

URL = "https://www.bexley.gov.uk/services/children-young-people-and-families/family-wellbeing-service/referrals-family-wellbeing-service"
TITLE = "London Borough of Bexley – Referrals to the Family Wellbeing Service (one or more of: permanent exclusion; risk of exclusion and attendance; parental mental ill-health; parental learning disability; parental domestic abuse; parental drug or alcohol misuse; low-level neglect; physical chastisement; a referral form with parents written consent)"

CRITERIA = (
    "the permanent exclusion of a child from school",
    "the risk of school exclusion and school attendance issues",
    "parental or carer mental ill-health",
    "parental learning disability",
    "parental domestic abuse",
    "parental drug or alcohol misuse",
    "low-level neglect",
    "physical chastisement",
)


def _form(
    ticks: set[int],
    referrer: list[tuple[str, str]],
    address: tuple[str, str],
    people: list[list[str]],
    reason: str,
    consent: list[list[str]],
) -> bytes:
    blocks: list[object] = [
        Title(
            "Family Wellbeing Service – Referral Form",
            "Children's Services Multi-Agency Safeguarding Hub (MASH)",
        ),
        Para(
            "The Family Wellbeing Service is a voluntary service. Professionals must obtain consent from the parent to make a referral. If consent is not received, the referral cannot be accepted."
        ),
        Heading("1. Referrer"),
        kv(*referrer, per_row=2),
        Heading("2. Family"),
        kv(("Address", address[0]), ("Post code", address[1]), per_row=2),
        grid(["Full name", "Date of birth", "Relationship", "School / nursery"], people),
        Heading("3. Which of the following apply? (one or more)"),
        Table([[CB(i in ticks, c)] for i, c in enumerate(CRITERIA)]),
        Heading("4. Reason for referral"),
        Table([[reason]]),
        Heading("5. Parent / carer written consent"),
        Para(
            "I agree to this referral to the Family Wellbeing Service and to information about my family being shared with the MASH and the service."
        ),
        grid(["Parent / carer name", "Signature", "Date"], consent),
    ]
    return render_docx(blocks)


ON1 = date(2026, 2, 4)


def _build_01() -> bytes:
    return _form(
        {1, 2},
        [
            ("Name", "Emily Stone"),
            ("Job title", "Inclusion Manager"),
            ("Organisation", "Hillcrest Academy"),
            ("Address", "Hillcrest Academy, Dudley DY2 8RN"),
            ("Telephone", "01632 960 506"),
            ("Email", "e.stone@hillcrest.example.sch.uk"),
            ("Date of referral", "04/02/2026"),
        ],
        ("27 Northfield Road, Netherton, Dudley", "DY1 4RN"),
        [
            ["Precious Moyo", "10/10/1989", "Mother", "–"],
            ["Tinashe Moyo", "25/12/2010", "Son", "Hillcrest Academy Y10"],
            ["Rudo Moyo", "07/07/2015", "Daughter", "Netherton Primary"],
        ],
        "Tinashe (15) has had two fixed-term exclusions this term and is at risk of permanent exclusion; attendance 79%. Mum has depression and finds mornings very hard. Mum and Tinashe asked for a family keyworker.",
        [
            ["Precious Moyo", "P. Moyo", "04/02/2026"],
            ["Tinashe Moyo (young person)", "T Moyo", "04/02/2026"],
        ],
    )


ON2 = date(2026, 11, 18)


def _docx_02() -> bytes:
    return _form(
        {4, 6},
        [
            ("Name", "Ian Whitcombe"),
            ("Job title", "Housing Support Officer"),
            ("Organisation", "Black Country Housing – Tenancy Support"),
            ("Address", "Brierley Hill Office, The Embankment DY5 4AQ"),
            ("Telephone", "01632 960 728"),
            ("Email", "ian.whitcombe@bchousing.example.org.uk"),
            ("Date of referral", "18/11/2026"),
        ],
        ("Flat 3, 12 Stourbridge Road, Halesowen", "B63 3BL"),
        [
            ["Sharon Dyer", "30/01/1984", "Mother", "–"],
            ["Mark Dyer", "12/08/1982", "Father", "–"],
            ["Ellie Dyer", "28/04/2016", "Daughter", "Hasbury C of E Primary"],
            ["Jake Dyer", "09/09/2019", "Son", "Hasbury C of E Primary"],
        ],
        "Police called twice in October (verbal arguments, Mark drinking). Home conditions poor on my visit; the children's bedroom has no bedding. Sharon wants help; Mark would not discuss it.",
        [["Sharon Dyer", "S Dyer", "18/11/2026"], ["Mark Dyer", "", ""]],
    )


def _build_02() -> bytes:
    inner = Mail(
        "Ian Whitcombe <ian.whitcombe@bchousing.example.org.uk>",
        "familywellbeing@bexley.example.gov.uk",
        "Family Wellbeing referral - DYER",
        ON2,
        hour=9,
    ).message()
    inner.set_content(
        "Please find attached a referral for the Dyer family.\n\nIan Whitcombe\nHousing Support Officer\n"
    )
    inner.add_attachment(
        _docx_02(), maintype=DOCX_MIME[0], subtype=DOCX_MIME[1], filename="FWS referral Dyer.docx"
    )
    return forwarded(
        inner,
        "Bexley MASH <mash@bexley.example.gov.uk>",
        FRONT_DOOR,
        "FW: Family Wellbeing referral - DYER",
        ON2,
        "Hello Dudley colleagues,\n\nThis came to our MASH but the family live in your area (Halesowen). Forwarding for your front door.\n\nBexley MASH business support\n",
    )


CASES: tuple[CouncilCase, ...] = (
    CouncilCase(
        case_id="heldout4-bexley-fws-01",
        council="London Borough of Bexley",
        source_url=URL,
        source_title=TITLE,
        layout="Word Family Wellbeing Service referral: referrer's school DY2 8RN first; the eight published criteria one per row as ☒/☐ (two ticked); 'Post code' label; parent/carer written consent grid signed by mum and the 15-year-old",
        filename="referral.docx",
        assessment_date=ON1,
        build=_build_01,
        expected=Expected(
            form_type="early_help_assessment",
            people=(
                person("Precious Moyo", date(1989, 10, 10), True, ON1),
                person("Tinashe Moyo", date(2010, 12, 25), True, ON1),
                person("Rudo Moyo", date(2015, 7, 7), False, ON1),
            ),
            postcode="DY1 4RN",
            lead_professional_name="Emily Stone",
            lead_professional_email="e.stone@hillcrest.example.sch.uk",
            level_of_need=None,
        ),
    ),
    CouncilCase(
        case_id="heldout4-bexley-fws-02",
        council="London Borough of Bexley",
        source_url=URL,
        source_title=TITLE,
        layout="email from another council's MASH forwarding (message/rfc822) the housing officer's message with the Word referral attached: housing office DY5 4AQ first; the father's written-consent row is empty",
        filename="message.eml",
        assessment_date=ON2,
        build=_build_02,
        expected=Expected(
            form_type="early_help_assessment",
            people=(
                person("Sharon Dyer", date(1984, 1, 30), True, ON2),
                person("Mark Dyer", date(1982, 8, 12), False, ON2),
                person("Ellie Dyer", date(2016, 4, 28), False, ON2),
                person("Jake Dyer", date(2019, 9, 9), False, ON2),
            ),
            postcode="B63 3BL",
            lead_professional_name="Ian Whitcombe",
            lead_professional_email="ian.whitcombe@bchousing.example.org.uk",
            level_of_need=None,
            queue_reason="consent_missing",
        ),
    ),
)
