"""The Link (Redcar and Cleveland): the emotional well-being referral for children and young people
aged 3 to 18, from the service's 'Referrals overview' page (what makes a good referral)."""

# ruff: noqa: E501  (wording follows the published page)

from datetime import date

from tests.councils.kit import (
    Heading,
    Para,
    Title,
    grid,
    kv,
    person,
    render_acroform,
    render_docx,
)
from tests.councils.model import CouncilCase, Expected
from tests.councils_heldout10._mail import FRONT_DOOR, plain

URL = "https://www.redcarlink.com/referrals-overview"
TITLE = "The Link – Referrals overview (referrals for children and young people aged 3 to 18 living in Redcar and Cleveland experiencing emotional well-being or emerging mental health difficulties; consent from a parent/guardian is necessary; What makes a good referral? – Tier 2 or 3 service provision)"
COUNCIL = "The Link, Redcar and Cleveland (children's emotional well-being service)"


def _good_referral(
    specific: str, how_long: str, tried: str, home: str, professionals: str, social_care: str
) -> list[object]:
    return [
        Heading("Reason for Referral"),
        kv(
            ("What are the specific difficulties that you want the service to address?", specific),
            ("How long has this been a problem and why is the family seeking help now?", how_long),
            ("What has been tried already (include any interventions tried within school)?", tried),
        ),
        Heading("Further Helpful Information"),
        kv(
            ("Who else is living at home and details of separated parents if appropriate?", home),
            (
                "Who else has been or is professionally involved and in what capacity?",
                professionals,
            ),
            (
                "Has there been any previous contact with Social Care? If so what was the outcome?",
                social_care,
            ),
        ),
    ]


ON1 = date(2026, 3, 10)


def _b1() -> bytes:
    return render_docx(
        [
            Title(
                "The Link – Referral Form",
                "Children and young people aged 3 to 18 – emotional well-being",
            ),
            Para(
                "Consent from a parent/guardian is necessary. Please attempt to complete each section with as much information as possible."
            ),
            Heading("Child / Young Person"),
            kv(
                ("Surname", "HARGREAVES"),
                ("Forename(s)", "Ruby Ellen"),
                ("Date of birth", "04/09/2015"),
                ("Gender", "Female"),
                ("Address", "22 Hillcrest Avenue, Brierley Hill, West Midlands"),
                ("Postcode", "DY5 1AA"),
                ("School", "Year 5, Quarry Bank Primary"),
                ("GP", "Brierley Hill Health Centre"),
                per_row=2,
            ),
            Heading("Parent / Guardian"),
            grid(
                [
                    "Name",
                    "Relationship",
                    "Date of birth",
                    "Address (if different)",
                    "Parental consent given?",
                ],
                [
                    ["Laura Hargreaves", "Mother", "17/02/1987", "as above", "Yes – signed below"],
                    [
                        "Neil Hargreaves",
                        "Father (separated)",
                        "30/06/1984",
                        "Flat 3, 8 Stafford Street, Sedgley DY3 2DE",
                        "Informed by mum",
                    ],
                ],
            ),
            *_good_referral(
                "Ruby has panic attacks before school and at bedtime, and has stopped going to Brownies.",
                "Since her parents separated in autumn 2025; worse since Christmas. Mum feels she cannot manage it alone now.",
                "Worry box and weekly check-in with the learning mentor since January; six sessions with the school counsellor.",
                "Ruby lives with mum Laura and her brother Alfie Hargreaves (DOB 12/12/2019). Dad Neil lives in Sedgley and has Ruby and Alfie every other weekend.",
                "School learning mentor (Mrs Kaur); school nurse saw Ruby once in February.",
                "No previous contact with Social Care.",
            ),
            Heading("Referrer"),
            kv(
                ("Name", "Gemma Leatherland"),
                ("Role", "Learning Mentor"),
                ("Agency", "Quarry Bank Primary School"),
                ("Email", "g.leatherland@quarrybank.example.sch.uk"),
                ("Telephone", "01632 960811"),
                ("Date of referral", "10/03/2026"),
                per_row=2,
            ),
            Heading("Parent / guardian consent"),
            grid(
                ["Name", "Signature", "Date"],
                [["Laura Hargreaves", "L. Hargreaves", "10/03/2026"]],
            ),
        ]
    )


ON2 = date(2026, 5, 19)


def _b2() -> bytes:
    body = """Hello,

Please accept this referral to The Link. I have copied the headings from your "What makes a good referral?" page.

CHILD / YOUNG PERSON
Name: Kacper Nowak
Date of birth: 2 January 2011
Address: 5 Lawnswood Road, Wordsley, Stourbridge DY8 1AA
School: Year 10, Crestwood Academy

REASON FOR REFERRAL
What are the specific difficulties that you want the service to address? Low mood, self-harm (superficial cuts to forearms, disclosed to his form tutor on 12 May), poor sleep.
How long has this been a problem and why is the family seeking help now? About six months. Mum found the cuts last week and asked school for help.
Your understanding of the problem/issues involved: exam stress and falling out with his friendship group.
What has been tried already? Weekly sessions with the school wellbeing practitioner since March.

FURTHER HELPFUL INFORMATION
Who else is living at home? Mum Agnieszka Nowak (DOB 21/08/1983) and sister Zofia Nowak (DOB 06/07/2017).
Details of separated parents: Dad lives in Poland, no contact.
Who else has been or is professionally involved? School wellbeing practitioner; GP appointment booked for 26 May.
Previous contact with Social Care: none.
Details of any known protective factors: close to his sister, plays five-a-side on Saturdays.

CONSENT
Consent from a parent/guardian: Agnieszka Nowak (mum) gave consent on the phone on 19 May 2026.

REFERRER
Sinead Farrell, Pastoral Lead, Crestwood Academy, Bromley Lane, Kingswinford DY6 9AE
s.farrell@crestwood.example.sch.uk / 01632 960814
Date: 19 May 2026
"""
    return plain(
        "Sinead Farrell <s.farrell@crestwood.example.sch.uk>",
        FRONT_DOOR,
        "Referral - Kacper Nowak (The Link referral headings)",
        ON2,
        body,
    )


ON3 = date(2026, 8, 27)


def _b3() -> bytes:
    return render_acroform(
        [
            Title(
                "The Link – Referral Form",
                "Children and young people aged 3 to 18 – emotional well-being",
            ),
            Heading("Child / Young Person"),
            kv(
                ("Surname", "Begum"),
                ("Forename(s)", "Aisha"),
                ("Date of birth", "19/11/2013"),
                ("Address", "41 Long Lane, Halesowen"),
                ("Postcode", "B63 3BL"),
                (
                    "GP",
                    "Dr R. Iqbal, Redcar Primary Care Hospital, West Dyke Road, Redcar TS10 4NW (registered before the move)",
                ),
                per_row=2,
            ),
            Heading("Household"),
            grid(
                ["Name", "Relationship", "DOB", "Living at home Y/N"],
                [
                    ["Shahida Begum", "Mother", "02/05/1979", "Y"],
                    ["Aisha Begum", "Self", "19/11/2013", "Y"],
                    ["Imran Begum", "Brother", "25/03/2009", "Y"],
                ],
            ),
            *_good_referral(
                "Aisha (12) is refusing food in front of others and weighing herself several times a day.",
                "Since the family moved from Redcar in June; the GP in Redcar had started a CAMHS referral before the move.",
                "Food diary with mum; GP weight checks.",
                "Mum, Aisha and her older brother Imran (17). Parents divorced 2019, father in Pakistan.",
                "GP (Redcar, until registration in Halesowen); CAMHS referral not yet made.",
                "None.",
            ),
            Heading("Consent"),
            grid(
                ["Name", "Signature", "Date"],
                [
                    ["Shahida Begum", "S Begum", "27/08/2026"],
                    ["Imran Begum", "Imran Begum", "27/08/2026"],
                ],
            ),
            Heading("Referrer"),
            kv(
                ("Name", "Dr Ruth Okonjo"),
                ("Role", "GP Registrar, Halesowen Medical Practice"),
                ("Email", "ruth.okonjo@halesowen-mp.example.nhs.uk"),
                ("Telephone", "01632 960817"),
                ("Date", "27/08/2026"),
                per_row=2,
            ),
        ],
        "The Link referral",
    )


CASES: tuple[CouncilCase, ...] = (
    CouncilCase(
        "heldout10-redcar-link-01",
        COUNCIL,
        URL,
        TITLE,
        "Word referral under the page's 'What makes a good referral?' headings: brother named only inside 'Who else is living at home'; separated father in Sedgley with another Dudley-table postcode (DY3 2DE) in the parent grid; mum's signature row",
        "referral.docx",
        ON1,
        _b1,
        Expected(
            "early_help_assessment",
            (
                person("Ruby Ellen Hargreaves", date(2015, 9, 4), False, ON1),
                person("Laura Hargreaves", date(1987, 2, 17), True, ON1),
                person("Alfie Hargreaves", date(2019, 12, 12), False, ON1),
            ),
            "DY5 1AA",
            "Gemma Leatherland",
            "g.leatherland@quarrybank.example.sch.uk",
            None,
        ),
    ),
    CouncilCase(
        "heldout10-redcar-link-02",
        COUNCIL,
        URL,
        TITLE,
        "plain-text email typed under the page's headings, dates written '2 January 2011'; consent names only mum, the 15-year-old referred young person is not named; the academy's Kingswinford DY6 9AE after the family",
        "message.eml",
        ON2,
        _b2,
        Expected(
            "early_help_assessment",
            (
                person("Kacper Nowak", date(2011, 1, 2), False, ON2),
                person("Agnieszka Nowak", date(1983, 8, 21), True, ON2),
                person("Zofia Nowak", date(2017, 7, 6), False, ON2),
            ),
            "DY8 1AA",
            "Sinead Farrell",
            "s.farrell@crestwood.example.sch.uk",
            None,
            queue_reason="consent_missing",
        ),
    ),
    CouncilCase(
        "heldout10-redcar-link-03",
        COUNCIL,
        URL,
        TITLE,
        "fillable PDF referral (fields from the labels): the old Redcar GP's TS10 postcode in the child's block; mother and 17-year-old brother sign in a Name | Signature | Date grid",
        "referral.pdf",
        ON3,
        _b3,
        Expected(
            "early_help_assessment",
            (
                person("Shahida Begum", date(1979, 5, 2), True, ON3),
                person("Aisha Begum", date(2013, 11, 19), False, ON3),
                person("Imran Begum", date(2009, 3, 25), True, ON3),
            ),
            "B63 3BL",
            "Dr Ruth Okonjo",
            "ruth.okonjo@halesowen-mp.example.nhs.uk",
            None,
        ),
    ),
)
