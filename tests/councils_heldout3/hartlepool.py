"""Hartlepool (Children's Hub for Hartlepool and Stockton-on-Tees): a Hub social worker's internal
request that the family be referred for an Early Help Assessment, typed into an e-mail."""

# ruff: noqa: E501  (wording follows the published page)

from datetime import date

from tests.councils.kit import Mail, as_bytes, person
from tests.councils.model import CouncilCase, Expected

URL = "https://www.hartlepool.gov.uk/info/20078/children_and_families/120/the_childrens_hub"
TITLE = "Hartlepool Borough Council – The Children’s Hub (Hartlepool and Stockton-on-Tees): first point of contact; the main options: no further action, refer to another agency, refer your child for an Early Help Assessment, refer to Children’s Social Care"

ON = date(2026, 11, 12)

BODY = """Hi Early Help team,

Internal request from the Children's Hub - contact screened today, outcome below. Please allocate.

CHILDREN'S HUB - CONTACT OUTCOME / INTERNAL REQUEST TO EARLY HELP

Contact ID:           CH-2026-48812
Date of contact:      11/11/2026 (school nurse)
Screened by:          Megan Kirby, Social Worker, Children's Hub
Email:                megan.kirby@childrenshub.example.gov.uk
Telephone:            01632 960 297

Outcome (tick one):
  [ ] No further action
  [ ] Refer to another agency for specific support
  [X] Refer for an Early Help Assessment
  [ ] Refer to Children's Social Care

Family
  Address:            81 Worcester Lane, Pedmore, Stourbridge DY9 0QQ
  Mother:             Lisa Dunn         DOB 27/03/1986
  Father:             Gary Dunn         DOB 15/08/1984
  Child:              Kieran Dunn       DOB 04/06/2011   Year 11, Old Swinford Hospital
  Child:              Millie Dunn       DOB 21/09/2018   Year 3, Gig Mill Primary
  Nobody else lives at the address. Paternal grandparents (Hagley) help with childcare.

Reason for contact
  School nurse worried about Kieran's weight loss and low mood since his best friend died in
  September; Millie has started wetting again. No safeguarding concerns identified on checks
  (police, health, education). Family known to us only for a 2019 contact (NFA).

Agreement
  Hub checks and the outcome were discussed with Lisa Dunn by phone on 12/11/2026. Lisa and
  Gary Dunn agreed to a referral for an Early Help Assessment, and Kieran (15) was on the call
  and agreed too.

Megan Kirby
Social Worker - Children's Hub
"""


def _build() -> bytes:
    msg = Mail(
        "Megan Kirby <megan.kirby@childrenshub.example.gov.uk>",
        "earlyhelp.frontdoor@dudley.example.gov.uk",
        "Internal request - Refer for Early Help Assessment - DUNN (CH-2026-48812)",
        ON,
        hour=12,
    ).message()
    msg.set_content(BODY)
    return as_bytes(msg)


CASES: tuple[CouncilCase, ...] = (
    CouncilCase(
        case_id="heldout3-hartlepool-hub-01",
        council="Hartlepool Borough Council",
        source_url=URL,
        source_title=TITLE,
        layout="plain-text internal request from a Children's Hub social worker: the Hub's four outcomes as [ ]/[X] with 'Refer for an Early Help Assessment' chosen, family on 'Mother: / Father: / Child:' lines with the postcode in the address, agreement paragraph naming both parents and the 15-year-old",
        filename="message.eml",
        assessment_date=ON,
        build=_build,
        expected=Expected(
            form_type="internal_request",
            people=(
                person("Lisa Dunn", date(1986, 3, 27), True, ON),
                person("Gary Dunn", date(1984, 8, 15), True, ON),
                person("Kieran Dunn", date(2011, 6, 4), True, ON),
                person("Millie Dunn", date(2018, 9, 21), False, ON),
            ),
            postcode="DY9 0QQ",
            lead_professional_name="Megan Kirby",
            lead_professional_email="megan.kirby@childrenshub.example.gov.uk",
            level_of_need=None,
        ),
    ),
)
