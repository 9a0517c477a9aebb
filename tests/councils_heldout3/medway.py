"""Medway: the online 'Make an early help referral' form (Medway Family Solutions), as the copy of
the submission a referrer forwards by e-mail."""

# ruff: noqa: E501  (questions follow the published pages)

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

URL1 = "https://www.medway.gov.uk/info/200170/children%28and%28families/325/early%28help%28in%28medway/1"
TITLE1 = "Medway Council – Early Help in Medway (Make an early help referral: request early help intervention using the online make an early help referral form)"
URL2 = "https://www.barnsoleprimary.medway.sch.uk/Safeguarding/"
TITLE2 = "Concerned about a child: actions and referrals – Request Early Help (Medway Family Solutions) using the Medway online form (one form for each family; whether an early help assessment has been done; whether the family understands how the information will be used)"

ON1 = date(2026, 3, 19)

BODY1 = """Hi both,

Forwarding the copy of the Medway referral I did for the Fletcher family before I realised they have
moved to your area - the postcode checker sent me to you. Everything below is still current.

Thanks
Nadia

---------- Forwarded message ---------
From: Medway Council <noreply@forms.medway.example.gov.uk>
Date: Thu, 19 Mar 2026 at 09:41
Subject: Your submission: Make an early help referral (ref EHR-118204)
To: <n.begum@sedgleyhall.example.sch.uk>

Thank you. We have received your early help referral. A copy of your answers is below.

MAKE AN EARLY HELP REFERRAL
You'll need to complete one form for each family.

About you
  Your name:                        Nadia Begum
  Organisation:                     Sedgley Hall Primary School
  Role:                             Learning Mentor
  Work address:                     Sedgley Hall Primary, Catholic Lane, Sedgley DY3 3UE
  Email:                            n.begum@sedgleyhall.example.sch.uk
  Phone:                            01632 960 447

What would you like to request?
  (x) Early help intervention for a family in need (Family Solutions)
  ( ) Parenting support programme

The family
  Main address:                     68 Himley Road, Gornal Wood, Dudley
  Postcode:                         DY3 2DE

  Parent or carer 1
    Full name:                      Adam Fletcher
    Date of birth:                  21/08/1984
    Relationship:                   Father
    Parental responsibility:        Yes

  Parent or carer 2
    Full name:                      (not given)

  Children in the household
    Child 1:  Oliver Fletcher       DOB 13/01/2013   Sedgley Hall Primary (left) / now Year 8
    Child 2:  Poppy Fletcher        DOB 06/06/2017   Sedgley Hall Primary, Year 3

  Other people living in the house: none. Mum (Gemma) lives in Rochester, sees the
  children in the holidays.

Has an early help assessment been done?
  Yes - I have uploaded a copy (EHA Fletcher Feb 2026.pdf)

Does the family understand how the information you give will be used?
  Yes

Has the parent or carer agreed to this referral?
  Yes - Adam Fletcher agreed on 18/03/2026 at a meeting in school.

What are you worried about?
  Dad is a lone parent since October, working shifts; Oliver is home alone until
  late and has stopped eating at school; Poppy wets the bed again. Dad asked for help.

Date of referral: 19/03/2026
"""


def _build_01() -> bytes:
    msg = Mail(
        "Nadia Begum <n.begum@sedgleyhall.example.sch.uk>",
        "earlyhelp.frontdoor@dudley.example.gov.uk",
        "FW: Your submission: Make an early help referral (ref EHR-118204)",
        ON1,
        hour=15,
    ).message()
    msg.set_content(BODY1)
    return as_bytes(msg)


ON2 = date(2026, 8, 27)


def _blocks_02() -> list[object]:
    return [
        Title("Your submission: Make an early help referral", "Reference EHR-120977 – 27/08/2026"),
        Para(
            "Thank you. We have received your early help referral. A copy of your answers is below."
        ),
        Heading("About you"),
        kv(
            ("Your name", "Tom Ashworth"),
            ("Organisation", "Medway Community Healthcare – Health Visiting"),
            ("Role", "Health Visitor"),
            ("Work address", "Balmoral Gardens Healthy Living Centre, Gillingham ME7 4PN"),
            ("Email", "tom.ashworth@nhs.example.net"),
            ("Phone", "01632 960 802"),
        ),
        Heading("What would you like to request?"),
        Para(
            "☒ Early help intervention for a family in need (Family Solutions)\n☐ Parenting support programme"
        ),
        Heading("The family"),
        kv(
            (
                "Main address",
                "No fixed address – the family were evicted on 14/08/2026 and are staying with friends in Dudley and Tipton, moving every few nights",
            ),
            ("Postcode", "Not known"),
            ("Contact phone", "07700 900 926"),
        ),
        grid(
            ["Full name", "Date of birth", "Relationship", "Parental responsibility"],
            [
                ["Shannon Lee Price", "03/03/1999", "Mother", "Yes"],
                ["Tiana Price", "15/04/2021", "Daughter", ""],
                ["Ezra Price", "02/07/2025", "Son", ""],
            ],
        ),
        kv(
            ("Has an early help assessment been done?", "No"),
            ("Does the family understand how the information you give will be used?", "Yes"),
            (
                "Has the parent or carer agreed to this referral?",
                "Yes – Shannon Price agreed at the 12-month check on 27/08/2026",
            ),
        ),
        Heading("What are you worried about?"),
        Para(
            "Homeless with a toddler and a baby; Ezra’s weight has dropped from the 50th to the 9th centile. Shannon has applied as homeless but has no address yet. "
            "Needs help with housing, a GP registration and food."
        ),
    ]


def _build_02() -> bytes:
    msg = Mail(
        "Tom Ashworth <tom.ashworth@nhs.example.net>",
        "earlyhelp.frontdoor@dudley.example.gov.uk",
        "Early help referral - PRICE - no fixed address",
        ON2,
        hour=16,
    ).message()
    msg.set_content(
        "This message contains a copy of an online form submission. Please view it in HTML.\n"
    )
    msg.add_alternative(render_html(_blocks_02()), subtype="html")
    return as_bytes(msg)


CASES: tuple[CouncilCase, ...] = (
    CouncilCase(
        case_id="heldout3-medway-ehr-01",
        council="Medway Council",
        source_url=URL1,
        source_title=TITLE1,
        layout="plain-text email forwarding (inline, '---------- Forwarded message ---------') the online form's copy of answers: 'About you' first with the school's DY3 postcode, '(x)' choices, parent 1 filled and parent 2 '(not given)', children on 'Child n:' lines, EHA-uploaded and 'understand how the information will be used' questions; mum lives in Rochester",
        filename="message.eml",
        assessment_date=ON1,
        build=_build_01,
        expected=Expected(
            form_type="early_help_assessment",
            people=(
                person("Adam Fletcher", date(1984, 8, 21), True, ON1),
                person("Oliver Fletcher", date(2013, 1, 13), False, ON1),
                person("Poppy Fletcher", date(2017, 6, 6), False, ON1),
            ),
            postcode="DY3 2DE",
            lead_professional_name="Nadia Begum",
            lead_professional_email="n.begum@sedgleyhall.example.sch.uk",
            level_of_need=None,
        ),
    ),
    CouncilCase(
        case_id="heldout3-medway-ehr-02",
        council="Medway Council",
        source_url=URL2,
        source_title=TITLE2,
        layout="email whose HTML part is the online form's copy of answers (text part a stub): the family has no fixed address and the Postcode answer is 'Not known'; the only postcode is the health visitor's Gillingham ME7 base",
        filename="message.eml",
        assessment_date=ON2,
        build=_build_02,
        expected=Expected(
            form_type="early_help_assessment",
            people=(
                person("Shannon Lee Price", date(1999, 3, 3), True, ON2),
                person("Tiana Price", date(2021, 4, 15), False, ON2),
                person("Ezra Price", date(2025, 7, 2), False, ON2),
            ),
            postcode=None,
            lead_professional_name="Tom Ashworth",
            lead_professional_email="tom.ashworth@nhs.example.net",
            level_of_need=None,
            queue_reason="postcode_missing",
        ),
    ),
)
