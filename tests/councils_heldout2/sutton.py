"""Sutton: Children's First Contact Service (CFCS) referral for Targeted Early Help, typed into an e-mail."""

# ruff: noqa: E501  (labels are copied verbatim from the published page)

from datetime import date

from tests.councils.kit import Mail, as_bytes, person
from tests.councils.model import CouncilCase, Expected

URL = "https://sutton.gov.uk/w/early-help-information-for-professionals"
TITLE = "Sutton Targeted Early Help service – information for professionals (CFCS referral form; Tier 2 on the LSCP Threshold Guidance; at least 3 areas of need)"
ON = date(2026, 2, 12)

BODY = """Hi,

Referral for Targeted Early Help below as discussed on the phone this morning (CFCS referral form
fields copied in as the form wouldn't open on our laptops).

CHILDREN'S FIRST CONTACT SERVICE (CFCS) REFERRAL

Referrer name:        Gail Thornton
Role / agency:        Family Support Worker, Maidensbridge Primary School, Kingswinford DY6 8LE
Email:                g.thornton@maidensbridge.example.sch.uk
Phone:                01632 960 264
Date:                 12/02/26

Child(ren):
  JACKSON, Tia          DOB 03/03/15    Year 5
  JACKSON, Noah         DOB 25/12/17    Year 3
Parent / carer:
  JACKSON, Leanne       DOB 14/04/90    Mother
Address:              9 Market Street, Kingswinford, dy6 7aa
Other adults:         none in the house. Dad (Carl) in Wales, no contact.

Has the family agreed to the referral?   Yes - Leanne Jackson spoke to me on 12/02/26 and is happy for
                                         the referral and for information to be shared.

How does your level of concern meet the LSCP Threshold Guidance?
  Tier 1 [ ]    Tier 2 [X]    Tier 3 [ ]    Tier 4 [ ]

Areas of need (at least 3):
  [X] getting a good education
  [ ] good early years development
  [X] improved mental and physical health
  [ ] promoting recovery and reducing harm from substance use
  [X] improved family relationships
  [ ] children safe from abuse and exploitation
  [ ] crime prevention and tackling crime
  [ ] safe from domestic abuse
  [X] secure housing
  [X] financial stability

What are you worried about?
  Mum has been served notice on the flat; Tia's attendance 88%; Noah's behaviour at home has
  escalated and mum says she is "at the end of her rope".

Thanks
Gail
"""


def _build() -> bytes:
    msg = Mail(
        "Gail Thornton <g.thornton@maidensbridge.example.sch.uk>",
        "earlyhelp.frontdoor@dudley.example.gov.uk",
        "CFCS referral - JACKSON",
        ON,
        hour=11,
    ).message()
    msg.set_content(BODY)
    return as_bytes(msg)


CASES: tuple[CouncilCase, ...] = (
    CouncilCase(
        case_id="heldout2-sutton-cfcs-01",
        council="London Borough of Sutton",
        source_url=URL,
        source_title=TITLE,
        layout="plain-text email body with the CFCS fields typed in: SURNAME, Forename lines, dd/mm/yy dates, postcode typed 'dy6 7aa', 'Tier 2 [X]' among four tiers, [X] areas of need; school in the DY6 district",
        filename="message.eml",
        assessment_date=ON,
        build=_build,
        expected=Expected(
            form_type="early_help_assessment",
            people=(
                person("Tia Jackson", date(2015, 3, 3), False, ON),
                person("Noah Jackson", date(2017, 12, 25), False, ON),
                person("Leanne Jackson", date(1990, 4, 14), True, ON),
            ),
            postcode="DY6 7AA",
            lead_professional_name="Gail Thornton",
            lead_professional_email="g.thornton@maidensbridge.example.sch.uk",
            level_of_need=2,
        ),
    ),
)
