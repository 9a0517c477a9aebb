"""Bracknell Forest: the safeguarding referral form (children with complex and multiple needs –
Child in Need; children in acute need – Child Protection, Children Looked After)."""

# ruff: noqa: E501  (criteria copied from the published page)

from datetime import date

from tests.councils.kit import (
    CB,
    Heading,
    Para,
    Table,
    Title,
    grid,
    kv,
    person,
    render_html,
    render_pdf,
)
from tests.councils.model import CouncilCase, Expected
from tests.councils_heldout4._mail import FRONT_DOOR, html_only

URL = "https://www.bracknell-forest.gov.uk/health-and-social-care/keeping-adults-and-children-safe/safeguarding-referral"
TITLE = "Bracknell Forest Council – Safeguarding referral (use this form to make a Safeguarding referral; children with complex and multiple needs (Child in Need); children in acute need (Child Protection, Children Looked After): suffering or likely to suffer significant harm)"

CIN = "Children with complex and multiple needs (Child in Need)"
ACUTE = "Children in acute need (Child Protection, Children Looked After) – suffering or likely to suffer significant harm"

ON1 = date(2026, 3, 3)


def _blocks(acute: bool, body: list[object]) -> list[object]:
    return [
        Title("Safeguarding referral", "Bracknell Forest Children's Social Care"),
        Para(
            "If you are worried about the safety and wellbeing of a child right now, you should phone. In an emergency, or if you believe a child is at immediate risk of harm call the police on 999."
        ),
        Heading("Which criteria does this referral meet?"),
        Table([[CB(not acute, CIN)], [CB(acute, ACUTE)]]),
        *body,
    ]


def _html_01() -> str:
    body: list[object] = [
        Heading("Your details"),
        kv(
            ("Name", "Fiona Lister"),
            ("Role", "GP"),
            ("Organisation", "Hawthorn Surgery"),
            ("Address", "Hawthorn Surgery, Bracknell RG12 1JD"),
            ("Email", "fiona.lister@nhs.example.net"),
            ("Phone", "01632 960 254"),
            ("Date", "03/03/2026"),
        ),
        Heading("Child's details"),
        kv(
            ("Child's name", "Freya Ashdown"),
            ("Date of birth", "02/08/2025"),
            ("Address", "6 Mill Street, Kingswinford"),
            ("Postcode", "DY6 7AA"),
        ),
        Heading("Who lives with the child?"),
        grid(
            ["Name", "Date of birth", "Relationship"],
            [["Jodie Ashdown", "17/11/2004", "Mother"], ["Kane Price", "04/06/2001", "Father"]],
        ),
        Heading("What are your concerns?"),
        Para(
            "Seven-month-old brought to surgery with a spiral fracture of the left arm; parents' explanation (fell off the sofa) does not fit. Sent to A&E by ambulance; police informed. I believe Freya has suffered significant harm."
        ),
        Heading("Have the parents been told about this referral?"),
        Para(
            "No – on advice from the duty social worker, parents not told before the strategy discussion."
        ),
    ]
    return render_html(_blocks(True, body))


def _build_01_mail() -> bytes:
    return html_only(
        "Dr Fiona Lister <fiona.lister@nhs.example.net>",
        FRONT_DOOR,
        "URGENT Safeguarding referral - ASHDOWN (submitted online, copy)",
        ON1,
        "Copy of the safeguarding referral submitted online. Please view in HTML.\n",
        _html_01(),
        hour=17,
    )


ON2 = date(2026, 7, 15)


def _build_02() -> bytes:
    body: list[object] = [
        Heading("Your details"),
        kv(
            ("Name", "Marcia Fenton"),
            ("Organisation", "Sedgley Family Centre"),
            ("Address", "Sedgley Family Centre, Bull Ring, Sedgley DY3 1RX"),
            ("Email", "m.fenton@sedgleyfc.example.org.uk"),
            ("Phone", "01632 960 987"),
            ("Date", "15/07/2026"),
            per_row=2,
        ),
        Heading("Child's details"),
        kv(
            ("Child's name", "Riley Woodall"),
            ("Date of birth", "10/01/2019"),
            ("Address", "19 Gospel End Road, Sedgley, Dudley"),
            ("Postcode", "DY3 1AB"),
            per_row=2,
        ),
        Heading("Who lives with the child?"),
        grid(
            ["Name", "Date of birth", "Relationship"],
            [
                ["Amy Woodall", "26/09/1993", "Mother"],
                ["Lewis Woodall", "13/03/2009", "Half-brother"],
                ["Evie Woodall", "22/05/2023", "Sister"],
            ],
        ),
        Heading("What are your concerns?"),
        Para(
            "Riley has autism and no speech; mum has a learning disability and is struggling to manage his behaviour and his sleep (2–3 hours a night). Needs a social care single assessment for short breaks and support; no concerns of harm."
        ),
        Heading("Have the parents been told about this referral? Do they consent?"),
        Para(
            "Yes. Amy Woodall and Lewis (17) both agreed and signed our centre's consent form on 15/07/2026 (held on file)."
        ),
    ]
    return render_pdf(_blocks(False, body), "Safeguarding referral")


CASES: tuple[CouncilCase, ...] = (
    CouncilCase(
        case_id="heldout4-bracknell-sgr-01",
        council="Bracknell Forest Council",
        source_url=URL,
        source_title=TITLE,
        layout="email whose HTML part is the online safeguarding referral's copy (text part a stub): the 'children in acute need … significant harm' criterion ☒; GP surgery's Bracknell RG12 first; baby with a fracture; parents not told",
        filename="message.eml",
        assessment_date=ON1,
        build=_build_01_mail,
        expected=Expected(
            form_type="early_help_assessment",
            people=(
                person("Freya Ashdown", date(2025, 8, 2), False, ON1),
                person("Jodie Ashdown", date(2004, 11, 17), False, ON1),
                person("Kane Price", date(2001, 6, 4), False, ON1),
            ),
            postcode="DY6 7AA",
            lead_professional_name="Fiona Lister",
            lead_professional_email="fiona.lister@nhs.example.net",
            level_of_need=None,
            safeguarding=True,
            queue_reason="safeguarding_concern",
        ),
    ),
    CouncilCase(
        case_id="heldout4-bracknell-sgr-02",
        council="Bracknell Forest Council",
        source_url=URL,
        source_title=TITLE,
        layout="flattened PDF of the same referral with 'complex and multiple needs (Child in Need)' ticked: family centre's DY3 1RX first; child's Address and Postcode rows; 17-year-old half-brother at home; consent in a sentence naming mum and him ('held on file')",
        filename="referral.pdf",
        assessment_date=ON2,
        build=_build_02,
        expected=Expected(
            form_type="early_help_assessment",
            people=(
                person("Riley Woodall", date(2019, 1, 10), False, ON2),
                person("Amy Woodall", date(1993, 9, 26), True, ON2),
                person("Lewis Woodall", date(2009, 3, 13), True, ON2),
                person("Evie Woodall", date(2023, 5, 22), False, ON2),
            ),
            postcode="DY3 1AB",
            lead_professional_name="Marcia Fenton",
            lead_professional_email="m.fenton@sedgleyfc.example.org.uk",
            level_of_need=None,
        ),
    ),
)
