"""Merthyr Tydfil County Borough Council: the Early Help Hub ('we will be able to find the right
service for you and your family') and a Team Around your Family who write what the family needs
in a plan that everyone will work on; Children's Services on 01685 725000 for children at risk."""

# ruff: noqa: E501  (wording follows the published page)

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
    longdate,
    person,
    render_docx,
    render_pdf,
)
from tests.councils.model import CouncilCase, Expected
from tests.councils_heldout16._mail import FRONT_DOOR, plain

URL = "https://www.merthyr.gov.uk/resident/social-services-and-well-being/childrens-services/how-to-report-a-childyoung-person-you-believe-is-at-risk-ofexperiencing-abuse-and-neglect/"
TITLE = "Merthyr Tydfil County Borough Council – How to report a child/young person you believe is at risk of/experiencing abuse and neglect (Worried about your child? Early Help Hub; Team Around your Family)"
COUNCIL = "Merthyr Tydfil County Borough Council (Early Help Hub)"

ON1 = date(2026, 9, 21)


def _b1() -> bytes:
    on = longdate(ON1)
    return render_docx(
        [
            Title("Early Help Hub – Team Around your Family", "Request for a Team Around the Family"),
            Para("We will ask you what it is you feel you need support with and then write this in a plan that everyone will work on."),
            Heading("About your family"),
            grid(
                ["Name", "Date of birth", "Relationship", "Lives at home?"],
                [
                    ["Bethan Lloyd", "9 February 1984", "Mum", "Yes"],
                    ["Cai Lloyd", longdate(date(2012, 9, 21)), "Son", "Yes"],
                    ["Mali Lloyd", "2 December 2016", "Daughter", "Yes"],
                    ["Gareth Lloyd", "30 June 1982", "Dad", "No – lives in Merthyr Tydfil CF47 8AN"],
                ],
            ),
            Table(
                [
                    [L("Address where the children live"), Span("Flat 3, 41 Stourbridge Road, Stourbridge", 2)],
                    [L("Postcode"), "DY8 1AA", L("Home phone"), "01632 960577"],
                ]
            ),
            Heading("What would you like help with?"),
            Table(
                [
                    [Boxes((CB(True, "School"), CB(True, "Health"), CB(False, "Youth service"), CB(True, "Money / housing"), CB(False, "Other")))],
                ]
            ),
            Para("Cai (14 today) is refusing school after moving from Merthyr; Mali has asthma and missed appointments. Mum would like a Team Around the Family with school, the school nurse and housing."),
            Heading("Who is helping you fill this in?"),
            kv(
                ("Name", "Nia Edwards"),
                ("Job / service", "Pastoral Lead, Redhill School, Stourbridge DY8 3NX"),
                ("Contact", "nia.edwards@redhill.example.org / 01632 960640"),
            ),
            Heading("Your agreement"),
            Para("I agree to the Early Help Hub sharing this information with the people in my Team Around the Family."),
            grid(
                ["Signed", "Name", "Date"],
                [
                    ["B. Lloyd", "Bethan Lloyd", on],
                    ["Cai Lloyd", "Cai Lloyd", on],
                ],
            ),
        ]
    )


ON2 = date(2026, 10, 19)

_BODY2 = """Hello Early Help Hub,

I am the health visitor for this family and they have asked for help. I have used your
'Worried about your child?' questions as headings.

The family
Mum:  Shannon Davies   dob 14/03/1997
Dad:  Jordan Price     dob 27/11/1995   (lives at home, works away Mon-Fri)
Baby: Ivy Price        dob 02/06/2026

Address: 18 Hill Street, Netherton, Dudley DY2 9HF

What are you worried about?
Mum is low in mood since Ivy was born and the home is cold - they are behind with the
electricity. She would like a Team Around the Family and a referral to the food bank.

Consent
Shannon agreed to this request at my visit on 19/10/2026 and signed my consent sheet.
I have not yet been able to ask Jordan as he was away; I will speak to him at the weekend.

Thanks,
Hannah Rees
Health Visitor, Netherton Health Centre, Halesowen Road, Dudley DY2 9PU
hannah.rees@nhs.example.net
07700 900455
"""


def _b2() -> bytes:
    return plain(
        "Hannah Rees <hannah.rees@nhs.example.net>",
        FRONT_DOOR,
        "Early help - DAVIES / PRICE family (baby Ivy)",
        ON2,
        _BODY2,
    )


ON3 = date(2026, 11, 10)


def _b3() -> bytes:
    return render_pdf(
        [
            Title("Children's Services – Request to the Early Help Hub", "Internal: social worker to Team Around the Family"),
            kv(
                ("Requesting team", "Assessment Team, Children's Services"),
                ("Social worker", "Rhys Williams"),
                ("E-mail", "rhys.williams@merthyr.example.gov.uk"),
                ("Date of request", "10/11/2026"),
                ("Outcome of assessment", "No further social work role – family need a Team Around the Family"),
            ),
            Heading("Family"),
            grid(
                ["Name", "DOB", "Relationship", "Address"],
                [
                    ["Amber Jenkins", "05/05/1990", "Mother", "22 Wolverhampton Street, Dudley DY1 1AA"],
                    ["Riley Jenkins", "12/12/2015", "Son", "as above"],
                    ["Sophie Jenkins", "01/09/2020", "Daughter", "as above"],
                ],
            ),
            Heading("Consent"),
            Para("Ms Jenkins agreed to the transfer to the Early Help Hub and signed the consent section on 10/11/2026 (signed copy held on file)."),
            Heading("What the Team Around the Family should do"),
            Para("Routines and bedtime support; Riley's school attendance (82%); link mum to the debt advice service."),
        ],
        title="Merthyr internal request",
    )


CASES: tuple[CouncilCase, ...] = (
    CouncilCase(
        "heldout16-merthyr-01",
        COUNCIL,
        URL,
        TITLE,
        "Word Team Around your Family request with dates written '2 December 2016': the son exactly 14 on the day signs; dad at a Merthyr Tydfil CF47 address marked 'Lives at home? No'; school at DY8 3NX",
        "referral.docx",
        ON1,
        _b1,
        Expected(
            "early_help_assessment",
            (
                person("Bethan Lloyd", date(1984, 2, 9), True, ON1),
                person("Cai Lloyd", date(2012, 9, 21), True, ON1),
                person("Mali Lloyd", date(2016, 12, 2), False, ON1),
            ),
            "DY8 1AA",
            "Nia Edwards",
            "nia.edwards@redhill.example.org",
            None,
        ),
    ),
    CouncilCase(
        "heldout16-merthyr-02",
        COUNCIL,
        URL,
        TITLE,
        "plain-text email from a health visitor with 'Mum: / Dad: / Baby:' lines; dad lives at home but 'I have not yet been able to ask Jordan'; the clinic's DY2 9PU in the signature",
        "message.eml",
        ON2,
        _b2,
        Expected(
            "early_help_assessment",
            (
                person("Shannon Davies", date(1997, 3, 14), True, ON2),
                person("Jordan Price", date(1995, 11, 27), False, ON2),
                person("Ivy Price", date(2026, 6, 2), False, ON2),
            ),
            "DY2 9HF",
            "Hannah Rees",
            "hannah.rees@nhs.example.net",
            None,
            queue_reason="consent_missing",
        ),
    ),
    CouncilCase(
        "heldout16-merthyr-03",
        COUNCIL,
        URL,
        TITLE,
        "flattened PDF internal request from a Children's Services social worker to the Early Help Hub: family grid with the address in each row; 'signed copy held on file' for mum",
        "referral.pdf",
        ON3,
        _b3,
        Expected(
            "internal_request",
            (
                person("Amber Jenkins", date(1990, 5, 5), True, ON3),
                person("Riley Jenkins", date(2015, 12, 12), False, ON3),
                person("Sophie Jenkins", date(2020, 9, 1), False, ON3),
            ),
            "DY1 1AA",
            "Rhys Williams",
            "rhys.williams@merthyr.example.gov.uk",
            None,
        ),
    ),
)
