"""South Tyneside: Early Help Assessment and Plan for children and young people with disabilities."""

# ruff: noqa: E501  (labels are copied verbatim from the published form)

from datetime import date

from tests.councils.kit import F, Heading, Para, Table, Title, kv, person, render_acroform
from tests.councils.model import CouncilCase, Expected

URL = "https://docest.com/doc/508726/for-children-and-young-people-with-disabilities"
TITLE = "South Tyneside Early Help Assessment and Plan – For children and young people with disabilities (Personal Details)"
ON = date(2026, 3, 16)


def _build() -> bytes:
    blocks = [
        Title("South Tyneside Early Help Assessment and Plan", "For children and young people with disabilities."),
        kv(("Date of Birth:", F("07/05/2012", "Date of Birth")), ("Date of Assessment:", F("16/03/2026", "Date of Assessment")), ("Date of Plan:", F("16/03/2026", "Date of Plan")), per_row=3),
        Para("To be completed with the child and or parent and carer."),
        Heading("Personal Details"),
        kv(
            ("Full Name", F("Oliver James Carter", "Full Name")),
            ("I like to be called", F("Ollie", "I like to be called")),
            ("Date of Birth", F("07/05/2012", "DOB")),
            ("Home Address", F("51 Dudley Road, Sedgley, Dudley WV14 6PD", "Home Address")),
            ("Home Language", F("English", "Home Language")),
            ("Parent/Carers Name(s)", F("Michelle Carter and Steven Carter", "Parent Carers Names")),
            ("Contact telephone number(s)", F("07700 900 990", "Contact telephone")),
            ("E-mail address", F("m.carter@example.com", "Email address")),
            ("Describe Childs Disability", F("Autism; sensory processing difficulties", "Disability")),
            ("Early Help Worker co-ordinating this plan", F("Imran Qureshi, SEND Family Practitioner, imran.qureshi@send.example.gov.uk", "Early Help Worker")),
            ("Do you have a Statement / Education, Health and Care Plan (EHCP)?", F("Yes - EHCP", "EHCP")),
        ),
        Heading("Consent"),
        Table(
            [
                ["Name", "Signature", "Date"],
                [F("Michelle Carter", "Consent name 1"), F("M Carter", "Consent sig 1"), F("16/03/2026", "Consent date 1")],
                [F("Steven Carter", "Consent name 2"), F("Steven Carter", "Consent sig 2"), F("16/03/2026", "Consent date 2")],
                [F("Oliver Carter", "Consent name 3"), F("Ollie C", "Consent sig 3"), F("16/03/2026", "Consent date 3")],
            ]
        ),
    ]
    return render_acroform(blocks, "Early Help Assessment and Plan")


CASES: tuple[CouncilCase, ...] = (
    CouncilCase(
        case_id="heldout-south-tyneside-eha-01",
        council="South Tyneside Council",
        source_url=URL,
        source_title=TITLE,
        layout="fillable PDF: one child's Personal Details with the postcode inside 'Home Address'; both parents named together in one 'Parent/Carers Name(s)' field, no dates of birth; lead worker and email typed in one field",
        filename="referral.pdf",
        assessment_date=ON,
        build=_build,
        expected=Expected(
            form_type="early_help_assessment",
            people=(
                person("Oliver James Carter", date(2012, 5, 7), True, ON),
                person("Michelle Carter", None, True, ON),
                person("Steven Carter", None, True, ON),
            ),
            postcode="WV14 6PD",
            lead_professional_name="Imran Qureshi",
            lead_professional_email="imran.qureshi@send.example.gov.uk",
            level_of_need=None,
        ),
    ),
)
