"""Bristol: the online referral to First Response, as the referral summary the form e-mails back
(sent on by the referrer with both a plain-text and an HTML part)."""

# ruff: noqa: E501  (questions follow the published page)

from datetime import date

from tests.councils.kit import (
    Heading,
    Mail,
    Para,
    Title,
    as_bytes,
    grid,
    kv,
    person,
    render_html,
)
from tests.councils.model import CouncilCase, Expected

URL = "https://www.bristol.gov.uk/residents/social-care-and-health/children-and-families/concerns-about-a-child/first-response-for-professionals-working-with-children/make-a-referral-to-first-response"
TITLE = "Bristol City Council – Make a referral to First Response (the name, date of birth and address for each child; the name and contact details for each parent or carer and any other professionals; information about what support has been offered)"

ON = date(2026, 4, 9)

TEXT = """Good morning,

The family have moved from Bristol to Amblecote. Our school used the Bristol First Response form before we
knew; the summary it produced is below (and as HTML). Please treat it as a request for early help.

Kind regards
Fiona Marsh
Safeguarding Lead, Hotwells Primary School

REFERRAL SUMMARY - FIRST RESPONSE
Submitted: 09/04/2026 10:58

Step 1 - About you
Name: Fiona Marsh
Organisation: Hotwells Primary School, Hope Chapel Hill, Bristol BS8 4ND
Role: Safeguarding Lead
Email: fiona.marsh@hotwells.example.sch.uk
Phone: 01632 960 675

Step 2 - Children
Child 1: Ellie Morgan, date of birth 22/01/2009, 14 Brook Street, Amblecote, Stourbridge DY8 4HB
Child 2: Noah Okafor, date of birth 30/09/2019, 14 Brook Street, Amblecote, Stourbridge DY8 4HB

Step 3 - Parents, carers and household
Parent/carer 1: Samantha Jayne Okafor, mother, 14 Brook Street, Amblecote DY8 4HB, 07700 900 203
Parent/carer 2: Robert Okafor, step-father to Ellie, father to Noah, same address, 07700 900 204
Other parent: Gareth Morgan, Ellie's father, 5 Vicarage Road, Dudley DY1 2QP - does not live with the children
Other professionals: Dr A. Mistry (GP), Amblecote Surgery, Stourbridge DY8 4EW

Step 4 - Consent
Are the parents/carers aware of this referral? Yes
Do they consent to information being shared? Yes - Samantha and Robert Okafor, and Ellie (17), agreed on 08/04/2026

Step 5 - What support has been offered?
School family support worker since January; referral to CAMHS for Ellie (declined); food bank vouchers.

Step 6 - What are you worried about?
Ellie has become Noah's main carer since mum's stroke in December; Ellie has stopped going to college.
The family need a young carers assessment and family support. No safeguarding concerns.
"""


def _blocks() -> list[object]:
    return [
        Title("Referral summary – First Response", "Submitted: 09/04/2026 10:58"),
        Heading("Step 1 – About you"),
        kv(
            ("Name", "Fiona Marsh"),
            ("Organisation", "Hotwells Primary School, Hope Chapel Hill, Bristol BS8 4ND"),
            ("Role", "Safeguarding Lead"),
            ("Email", "fiona.marsh@hotwells.example.sch.uk"),
            ("Phone", "01632 960 675"),
        ),
        Heading("Step 2 – Children"),
        grid(
            ["Name", "Date of birth", "Address"],
            [
                ["Ellie Morgan", "22/01/2009", "14 Brook Street, Amblecote, Stourbridge DY8 4HB"],
                ["Noah Okafor", "30/09/2019", "14 Brook Street, Amblecote, Stourbridge DY8 4HB"],
            ],
        ),
        Heading("Step 3 – Parents, carers and household"),
        grid(
            ["Name", "Relationship", "Address", "Phone"],
            [
                [
                    "Samantha Jayne Okafor",
                    "Mother",
                    "14 Brook Street, Amblecote DY8 4HB",
                    "07700 900 203",
                ],
                [
                    "Robert Okafor",
                    "Step-father to Ellie, father to Noah",
                    "Same address",
                    "07700 900 204",
                ],
                [
                    "Gareth Morgan",
                    "Ellie’s father – does not live with the children",
                    "5 Vicarage Road, Dudley DY1 2QP",
                    "",
                ],
            ],
        ),
        kv(("Other professionals", "Dr A. Mistry (GP), Amblecote Surgery, Stourbridge DY8 4EW")),
        Heading("Step 4 – Consent"),
        kv(
            ("Are the parents/carers aware of this referral?", "Yes"),
            (
                "Do they consent to information being shared?",
                "Yes – Samantha and Robert Okafor, and Ellie (17), agreed on 08/04/2026",
            ),
        ),
        Heading("Step 5 – What support has been offered?"),
        Para(
            "School family support worker since January; referral to CAMHS for Ellie (declined); food bank vouchers."
        ),
        Heading("Step 6 – What are you worried about?"),
        Para(
            "Ellie has become Noah’s main carer since mum’s stroke in December; Ellie has stopped going to college. "
            "The family need a young carers assessment and family support. No safeguarding concerns."
        ),
    ]


def _build() -> bytes:
    msg = Mail(
        "Fiona Marsh <fiona.marsh@hotwells.example.sch.uk>",
        "earlyhelp.frontdoor@dudley.example.gov.uk",
        "Referral - Okafor/Morgan family (moved to Amblecote)",
        ON,
        hour=11,
    ).message()
    msg.set_content(TEXT)
    msg.add_alternative(render_html(_blocks()), subtype="html")
    return as_bytes(msg)


CASES: tuple[CouncilCase, ...] = (
    CouncilCase(
        case_id="heldout3-bristol-fr-01",
        council="Bristol City Council",
        source_url=URL,
        source_title=TITLE,
        layout="email with plain-text and HTML alternatives of the First Response referral summary in its steps: the address repeated on each child's line, Ellie's father on his own line at another Dudley-table postcode (DY1 2QP) and the school's Bristol BS8 postcode; consent answer naming both adults and the 17-year-old",
        filename="message.eml",
        assessment_date=ON,
        build=_build,
        expected=Expected(
            form_type="early_help_assessment",
            people=(
                person("Ellie Morgan", date(2009, 1, 22), True, ON),
                person("Noah Okafor", date(2019, 9, 30), False, ON),
                person("Samantha Jayne Okafor", None, True, ON),
                person("Robert Okafor", None, True, ON),
            ),
            postcode="DY8 4HB",
            lead_professional_name="Fiona Marsh",
            lead_professional_email="fiona.marsh@hotwells.example.sch.uk",
            level_of_need=None,
        ),
    ),
)
