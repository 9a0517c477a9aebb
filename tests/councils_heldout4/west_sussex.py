"""West Sussex: a request for Early Help service support laid out on the West Sussex Continuum of
Need (levels 1-3 in the Early Help offer) and sent to the local Early Help hub."""

# ruff: noqa: E501  (wording follows the published pages)

from datetime import date

from tests.councils.kit import (
    CB,
    Boxes,
    F,
    Heading,
    L,
    Para,
    Table,
    Title,
    person,
    render_acroform,
)
from tests.councils.model import CouncilCase, Expected
from tests.councils_heldout4._mail import FRONT_DOOR, plain

URL1 = "https://www.westsussex.gov.uk/social-care-and-health/social-care-and-health-information-for-professionals/children/early-help/support-for-5-11-year-olds/"
TITLE1 = "West Sussex County Council – Early Help: support for 5-11 year olds (the Early Help service's progressive universal offer on the West Sussex Continuum of Need; Level 1 universal services; Level 2 services on a needs basis; contact your local Early Help hub)"
URL2 = "https://yourvoice.westsussex.gov.uk/early-help-redesign/widgets/23507/faqs"
TITLE2 = "West Sussex County Council – Early Help Service redesign FAQs (a problem affecting one family member can be supported by a professional already known to the family through an early help plan; multiple or complex problems may need the Early Help Service)"

ON1 = date(2026, 6, 24)


def _build_01() -> bytes:
    def f(v: str, name: str) -> F:
        return F(v, name)

    blocks: list[object] = [
        Title("Request for Early Help Support", "West Sussex – Early Help hub"),
        Para("Which level of the Continuum of Need do the family's needs sit at?"),
        Table(
            [
                [
                    Boxes(
                        (
                            CB(False, "Level 1", "Level 1"),
                            CB(True, "Level 2", "Level 2"),
                            CB(False, "Level 3", "Level 3"),
                            CB(False, "Level 4", "Level 4"),
                        )
                    )
                ],
            ]
        ),
        Heading("Child / young person"),
        Table(
            [
                [
                    L("First name"),
                    f("Alesha", "Child first name"),
                    L("Last name"),
                    f("Jukes", "Child last name"),
                ],
                [
                    L("Date of birth"),
                    f("16/09/2017", "Child DOB"),
                    L("Year group / school"),
                    f("Y4, Quarry Bank Primary", "Child school"),
                ],
                [
                    L("Home address"),
                    f("17 High Street, Quarry Bank", "Home address"),
                    L("Postcode"),
                    f("DY5 1AA", "Home postcode"),
                ],
            ]
        ),
        Heading("Parents / carers and household"),
        Table(
            [
                [L("Name"), L("Relationship"), L("Date of birth"), L("Lives with child")],
                [
                    f("Kerry Jukes", "Household 1 name"),
                    f("Mother", "Household 1 relationship"),
                    f("08/05/1992", "Household 1 DOB"),
                    f("Yes", "Household 1 lives"),
                ],
                [
                    f("Brandon Jukes", "Household 2 name"),
                    f("Brother", "Household 2 relationship"),
                    f("19/10/2020", "Household 2 DOB"),
                    f("Yes", "Household 2 lives"),
                ],
                [
                    f("Nathan Smith", "Household 3 name"),
                    f("Father", "Household 3 relationship"),
                    f("", "Household 3 DOB"),
                    f("No - Crawley RH10", "Household 3 lives"),
                ],
            ]
        ),
        Heading("What support is needed?"),
        Table(
            [
                [
                    f(
                        "Alesha is anxious about school and has had 6 weeks of stomach aches; Kerry would like advice on emotional health and a small-group session (6-8 sessions) through the school nurse team.",
                        "Support needed",
                    )
                ]
            ]
        ),
        Heading("Referrer"),
        Table(
            [
                [
                    L("Name"),
                    f("Jasmine Holder", "Referrer name"),
                    L("Role"),
                    f("School Nurse", "Referrer role"),
                ],
                [
                    L("Base"),
                    f("Brierley Hill Health Centre, DY5 3EQ", "Referrer base"),
                    L("Email"),
                    f("jasmine.holder@nhs.example.net", "Referrer email"),
                ],
                [
                    L("Date"),
                    f("24/06/2026", "Referral date"),
                    L("Telephone"),
                    f("01632 960 670", "Referrer phone"),
                ],
            ]
        ),
        Heading("Consent"),
        Table(
            [
                [
                    L("Parent / carer consent to this request"),
                    Boxes((CB(True, "Yes", "Consent yes"), CB(False, "No", "Consent no"))),
                ],
                [L("Name of parent / carer"), f("Kerry Jukes", "Consent name")],
                [L("Signature"), f("K Jukes", "Consent signature")],
            ]
        ),
    ]
    return render_acroform(blocks, "Request for Early Help Support")


ON2 = date(2026, 12, 1)

BODY2 = """Dear Early Help hub,

REQUEST FOR EARLY HELP SERVICE SUPPORT

Date:                 01/12/2026
Referrer:             Callum Reeves, Youth Worker, Brierley Hill Youth Project
Email:                callum.reeves@bhyouth.example.org.uk
Telephone:            07700 900 156
Project address:      Youth Project, Bank Street, Brierley Hill DY5 3DA

Level of need:        Level 3 - multiple and complex problems, a range of support is needed
                      (the family already have an early help plan with school which has not
                      been enough)

Family address:       40 Bank Street, Brierley Hill, DY5 2HT

Household
  - Tracey Wilkes, mother, DOB 14/04/1978
  - Dylan Wilkes, son, DOB 21/01/2010 (16)
  - Ruby Wilkes, daughter, DOB 09/06/2013 (13)
  - Alan Wilkes, grandfather, DOB 02/02/1950 (lives with them since September)

What is happening
  Dylan has been excluded from college, is out late and police have brought him home twice.
  Ruby is anxious and missing school. Tracey works two jobs and is caring for her dad (dementia).

Consent
  Tracey Wilkes, Dylan Wilkes and Alan Wilkes agreed to this request and to information being
  shared, at the family's home on 30/11/2026. Ruby was told and is happy for us to ask for help.

Thanks,
Callum Reeves
"""


def _build_02() -> bytes:
    return plain(
        "Callum Reeves <callum.reeves@bhyouth.example.org.uk>",
        FRONT_DOOR,
        "Request for Early Help - WILKES family (Level 3)",
        ON2,
        BODY2,
        hour=12,
    )


CASES: tuple[CouncilCase, ...] = (
    CouncilCase(
        case_id="heldout4-west-sussex-rfs-01",
        council="West Sussex County Council",
        source_url=URL1,
        source_title=TITLE1,
        layout="fillable PDF request with fields named from their labels ('Home postcode', 'Household 2 DOB', 'Consent yes'): Level 1-4 as four checkboxes with Level 2 checked; father 'No - Crawley RH10' in the household rows; school nurse's DY5 3EQ base last; mum's consent checkbox and typed signature",
        filename="referral.pdf",
        assessment_date=ON1,
        build=_build_01,
        expected=Expected(
            form_type="early_help_assessment",
            people=(
                person("Alesha Jukes", date(2017, 9, 16), False, ON1),
                person("Kerry Jukes", date(1992, 5, 8), True, ON1),
                person("Brandon Jukes", date(2020, 10, 19), False, ON1),
            ),
            postcode="DY5 1AA",
            lead_professional_name="Jasmine Holder",
            lead_professional_email="jasmine.holder@nhs.example.net",
            level_of_need=2,
        ),
    ),
    CouncilCase(
        case_id="heldout4-west-sussex-rfs-02",
        council="West Sussex County Council",
        source_url=URL2,
        source_title=TITLE2,
        layout="plain-text email request: 'Level of need: Level 3' typed with the FAQ's 'multiple or complex problems' wording; the youth project's DY5 3DA before the family's address line ending in the postcode; household as '- name, relationship, DOB' bullets with a resident grandfather; consent sentence naming mum, the 16-year-old and the grandfather, the 13-year-old only 'told'",
        filename="message.eml",
        assessment_date=ON2,
        build=_build_02,
        expected=Expected(
            form_type="early_help_assessment",
            people=(
                person("Tracey Wilkes", date(1978, 4, 14), True, ON2),
                person("Dylan Wilkes", date(2010, 1, 21), True, ON2),
                person("Ruby Wilkes", date(2013, 6, 9), False, ON2),
                person("Alan Wilkes", date(1950, 2, 2), True, ON2),
            ),
            postcode="DY5 2HT",
            lead_professional_name="Callum Reeves",
            lead_professional_email="callum.reeves@bhyouth.example.org.uk",
            level_of_need=3,
        ),
    ),
)
