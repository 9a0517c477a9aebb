"""Highland: the Child Concern Form sent to the Named Person (Getting it right for every child
and young person in Highland: concerns from hospital-based staff)."""

# ruff: noqa: E501  (wording follows the published page)

from datetime import date

from tests.councils.kit import (
    CB,
    Boxes,
    Heading,
    Mail,
    Para,
    Table,
    Title,
    grid,
    kv,
    person,
    render_pdf,
)
from tests.councils.model import CouncilCase, Expected
from tests.councils_heldout6._mail import FRONT_DOOR, forwarded

URL = "https://rightdecisions.scot.nhs.uk/getting-it-right-for-every-child-young-person-in-highland-interagency-practice-model-child-protection-procedures-2024/information-sharing/information-sharing-inter-agency-principles/concerns-from-hospital-based-staff"
TITLE = "Getting it right for every child and young person in Highland – Interagency practice model and child protection procedures 2024: Concerns from hospital-based staff (Named Person / Lead Professional / Family Team; completed Health Child Concern Form sent to the identified Named Person)"
COUNCIL = "The Highland Council"

ON1 = date(2026, 1, 20)


def _build_01() -> bytes:
    blocks: list[object] = [
        Title(
            "Health Child Concern Form",
            "To be sent to the Named Person / Lead Professional / Family Team",
        ),
        Heading("Is this a child protection concern?"),
        Table(
            [
                [
                    Boxes(
                        (
                            CB(False, "Yes – child protection procedures followed"),
                            CB(True, "No – wellbeing concern"),
                        )
                    )
                ]
            ]
        ),
        Heading("Child"),
        kv(
            ("Forename", "Ruby"),
            ("Surname", "Sinclair"),
            ("Date of birth", "11/05/2021"),
            ("CHI number", "1105219999"),
            ("Address", "60 Union Street, Bilston"),
            ("Postcode", "WV14 9AA"),
            per_row=2,
        ),
        Heading("Parents / carers and household"),
        grid(
            ["Name", "Relationship", "Date of birth", "Address if different"],
            [
                ["Claire Sinclair", "Mother", "27/02/1994", ""],
                ["Jack Sinclair", "Brother", "06/06/2012", ""],
                ["Graham Ross", "Father", "", "Inverness IV2 3NG"],
            ],
        ),
        Heading("Named Person (if known)"),
        kv(
            (
                "Named Person",
                "Not known – family moved from Inverness; Dudley early help front door asked to identify",
            )
        ),
        Heading("Person completing this form"),
        kv(
            ("Name", "Megan Gill"),
            ("Designation", "Staff Nurse, Children's Ward, Russells Hall Hospital"),
            ("Email", "megan.gill@nhs.example.net"),
            ("Date", "20/01/2026"),
            per_row=2,
        ),
        Heading("Concern"),
        Para(
            "Ruby (4) admitted with a third chest infection this winter; the flat is damp and Mum has no money for heating. Mum asked for help."
        ),
        Heading("Consent to share"),
        Para(
            "Claire Sinclair consents to this concern being shared (signed on the ward, 20/01/2026). Jack (13) was told and is happy for his school to know."
        ),
    ]
    return render_pdf(blocks, "Child Concern Form")


ON2 = date(2026, 7, 30)


def _build_02() -> bytes:
    inner = Mail(
        "Neil Munro <neil.munro@police.example.uk>",
        "named.person@highland.example.gov.uk",
        "Child Concern Form - Robertson family",
        ON2,
        hour=8,
    ).message()
    inner.set_content(
        """CHILD CONCERN FORM (Police) - wellbeing concern, not child protection
Date of form: 30/07/2026

Children:
Name: Lewis Robertson   DOB: 19/12/2016
Name: Cara Robertson    DOB: 04/04/2019
Home address: 18 Vicarage Road, Wollaston, Stourbridge, DY8 2SE

Adults at the address:
Fiona Robertson (mother) DOB 15/09/1988
Craig Robertson (father) DOB 01/05/1986

Incident: Police attended 29/07/2026 after a neighbour reported shouting. Verbal argument
only, children asleep, no injuries. Both parents accepted a referral for family support.

Consent: Fiona and Craig Robertson both consented to information being shared with
early help.

Officer: Neil Munro (Sergeant 2231), Stourbridge Police Station, DY8 1XX
Email: neil.munro@police.example.uk
"""
    )
    return forwarded(
        inner,
        "Highland Named Person Service <named.person@highland.example.gov.uk>",
        FRONT_DOOR,
        "FW: Child Concern Form - Robertson family (now resident in Dudley)",
        ON2,
        "Forwarded to you as the family live in Dudley. Police Scotland's summary came to our Named Person Service mailbox in error.\n\nAdmin, Named Person Service",
    )


CASES: tuple[CouncilCase, ...] = (
    CouncilCase(
        case_id="heldout6-highland-ccf-01",
        council=COUNCIL,
        source_url=URL,
        source_title=TITLE,
        layout="flattened PDF Health Child Concern Form: child protection Yes/No ☒/☐ first; Forename / Surname / CHI number pairs; absent father in Inverness IV2 with no date of birth; Named Person 'Not known'; consent sentence names mum and the 13-year-old",
        filename="referral.pdf",
        assessment_date=ON1,
        build=_build_01,
        expected=Expected(
            form_type="early_help_assessment",
            people=(
                person("Ruby Sinclair", date(2021, 5, 11), False, ON1),
                person("Claire Sinclair", date(1994, 2, 27), True, ON1),
                person("Jack Sinclair", date(2012, 6, 6), True, ON1),
            ),
            postcode="WV14 9AA",
            lead_professional_name="Megan Gill",
            lead_professional_email="megan.gill@nhs.example.net",
            level_of_need=None,
        ),
    ),
    CouncilCase(
        case_id="heldout6-highland-ccf-02",
        council=COUNCIL,
        source_url=URL,
        source_title=TITLE,
        layout="email forwarding (message/rfc822) a police Child Concern Form typed in the body: 'Name: … DOB: …' lines; both parents' consent in a sentence; police station's DY8 1XX after the family's DY8 2SE",
        filename="message.eml",
        assessment_date=ON2,
        build=_build_02,
        expected=Expected(
            form_type="early_help_assessment",
            people=(
                person("Lewis Robertson", date(2016, 12, 19), False, ON2),
                person("Cara Robertson", date(2019, 4, 4), False, ON2),
                person("Fiona Robertson", date(1988, 9, 15), True, ON2),
                person("Craig Robertson", date(1986, 5, 1), True, ON2),
            ),
            postcode="DY8 2SE",
            lead_professional_name="Neil Munro",
            lead_professional_email="neil.munro@police.example.uk",
            level_of_need=None,
        ),
    ),
)
