"""Aberlour Children's Charity: family support and the Aberlour Sustain 'edge of care' service (the
right support, at the right time, for as long as a family needs it; keeping children safe and with
their families)."""

# ruff: noqa: E501  (wording follows the published page)

from datetime import date

from tests.councils.kit import (
    CB,
    Boxes,
    F,
    Heading,
    Para,
    Title,
    grid,
    kv,
    person,
    render_acroform,
    render_docx,
    render_html,
)
from tests.councils.model import CouncilCase, Expected
from tests.councils_heldout13._bits import yn
from tests.councils_heldout13._mail import FRONT_DOOR, html_only

URL = "https://www.aberlour.org.uk/news-item/changing-tomorrows-lives-today"
TITLE = "Aberlour Children's Charity – Changing tomorrow's lives today (family support: the right support, at the right time, for as long as families need it; Aberlour Sustain for families on the edge of care)"
COUNCIL = "Aberlour Children's Charity (Aberlour Sustain family support)"

_HEAD = [
    Title("Aberlour – Family Support / Sustain Referral", "Supporting children, young people and families: the right support, at the right time."),
    Para("Please complete all sections. Referrals are discussed with the family before they are sent; we work alongside families, not on their backs."),
]


ON1 = date(2026, 10, 12)


def _b1() -> bytes:
    return render_docx(
        [
            *_HEAD,
            Heading("1. About you (referrer)"),
            kv(
                ("Name", "Rhona Baird"),
                ("Role", "Family Support Worker"),
                ("Agency / address", "Netherton Family Hub, Northfield Road, Netherton, Dudley DY2 9PU"),
                ("Telephone", "01632 960212"),
                ("Email", "rhona.baird@familyhub.example.gov.uk"),
                ("Date of referral", "12/10/2026"),
                per_row=2,
            ),
            Heading("2. About the family"),
            kv(
                ("Family name", "MAIN"),
                ("Home address", "14 Cradley Road, Netherton, Dudley"),
                ("Postcode", "DY2 9HF"),
                ("Main contact", "Kirsty (mum) – 07700 900318"),
                per_row=2,
            ),
            Heading("3. Who lives in the home?"),
            grid(
                ["Name", "Relationship to child", "Date of birth", "School / nursery / work"],
                [
                    ["Kirsty Main", "Mum", "22/04/1988", "Part-time, care home"],
                    ["Aiden Main", "Son", "03/02/2011", "Year 11, Hillcrest School"],
                    ["Lily Main", "Daughter", "19/06/2017", "Year 5, Northfield Road Primary"],
                ],
            ),
            Para("Important people who do not live in the home: Gary Main (dad) – currently in HMP Featherstone, letters only."),
            Heading("4. What is happening for the family?"),
            Para("Mum describes feeling overwhelmed since dad's sentence in May. Aiden (15) is refusing school two or three days a week and there have been two missing episodes overnight, found at a friend's. Lily is anxious about bedtime. Rent arrears of £640."),
            Heading("5. What is working well?"),
            Para("Warm relationships, mum engages with the hub, maternal grandmother nearby helps with school runs."),
            Heading("6. Is any child at risk of becoming looked after?"),
            kv(("Edge of care?", yn(False)), ("Current social work involvement?", yn(False)), per_row=2),
            Heading("7. Family agreement"),
            kv(
                ("Has the family agreed to this referral?", yn(True)),
                ("Who agreed, and when?", "Kirsty Main (mum) and Aiden Main (15) both agreed to this referral on 12/10/2026 and are happy for information to be shared with the Dudley Early Help front door."),
            ),
        ]
    )


ON2 = date(2026, 11, 3)


def _b2() -> bytes:
    return render_acroform(
        [
            *_HEAD,
            Heading("1. About you (referrer)"),
            kv(
                ("Name", F("Morven Shaw", "Text1")),
                ("Role / agency", F("Pastoral Lead, Coseley School", "Text2")),
                ("Address", F("Henne Drive, Coseley WV14 9JW", "Text3")),
                ("Email", F("morven.shaw@schools.example.org", "Text4")),
                ("Date of referral", F("03/11/2026", "Text5")),
            ),
            Heading("2. About the family"),
            kv(
                ("Family name", F("Buchan", "Text6")),
                ("Home address", F("7 Avenue Road, Coseley, Bilston", "Text7")),
                ("Postcode", F("WV14 9AA", "Text8")),
            ),
            Heading("3. Who lives in the home?"),
            grid(
                ["Name", "Relationship", "Date of birth"],
                [
                    [F("Nicola Buchan", "Text9"), "Mum", "14/09/1990"],
                    [F("Craig Buchan", "Text10"), "Stepdad (lives at home)", "02/01/1987"],
                    [F("Ruby Buchan", "Text11"), "Daughter", "05/05/2014"],
                    [F("Finn Buchan", "Text12"), "Son", "30/08/2019"],
                ],
            ),
            Heading("4. What is happening for the family?"),
            kv(("Worries", F("Ruby (12) is caring for Finn most evenings; parents' arguments witnessed by the children; Ruby's attendance 81%. Family would like parenting support and a key worker.", "Text13"))),
            Heading("7. Family agreement"),
            grid(
                ["Name", "Signature", "Date"],
                [
                    ["Nicola Buchan", F("N Buchan", "Text14"), "03/11/2026"],
                    ["Craig Buchan", F("", "Text15"), ""],
                ],
            ),
        ],
        title="Aberlour Family Support Referral",
    )


ON3 = date(2026, 11, 18)


def _blocks3() -> list[object]:
    return [
        *_HEAD,
        Heading("1. About you (referrer)"),
        kv(
            ("Name", "Gemma Lindsay"),
            ("Role", "Health Visitor, 0-19 Service"),
            ("Agency / address", "Lye Health Centre, Stourbridge DY9 8BT"),
            ("Email", "gemma.lindsay@nhs.example.net"),
            ("Date of referral", "18/11/2026"),
            per_row=2,
        ),
        Heading("2. About the family"),
        kv(("Family name", "REID"), ("Home address", "Flat 3, 21 Park Road, Halesowen"), ("Postcode", "B63 4HJ"), per_row=2),
        Heading("3. Who lives in the home?"),
        grid(
            ["Name", "Relationship", "Date of birth"],
            [["Shannon Reid", "Mum", "07/07/1999"], ["Tyler Reid", "Son", "11/02/2020"]],
        ),
        Heading("4. What is happening for the family?"),
        Para("Tyler (6) disclosed at nursery that mum's partner 'squeezed my neck'; faint marks seen. Partner stays most nights."),
        Heading("6. Is any child at risk of becoming looked after?"),
        kv(
            ("Is there a child protection concern?", Boxes((CB(True, "Yes – discussed with duty social worker 18/11/2026, strategy discussion requested"), CB(False, "No")))),
            ("Has the family agreed to this referral?", "No – mum not informed; to do so may place Tyler at further risk (advice of duty social worker)."),
        ),
    ]


def _b3() -> bytes:
    return html_only(
        "Gemma Lindsay <gemma.lindsay@nhs.example.net>",
        FRONT_DOOR,
        "URGENT referral - REID - child protection concern",
        ON3,
        "Please see the referral below (HTML).",
        render_html(_blocks3()),
    )


CASES: tuple[CouncilCase, ...] = (
    CouncilCase(
        "heldout13-aberlour-01",
        COUNCIL,
        URL,
        TITLE,
        "Word family support referral in numbered sections (referrer first with a DY2 9PU hub address); household grid; dad in prison under 'important people who do not live in the home'; family agreement a sentence naming mum and the 15-year-old",
        "referral.docx",
        ON1,
        _b1,
        Expected(
            "early_help_assessment",
            (
                person("Kirsty Main", date(1988, 4, 22), True, ON1),
                person("Aiden Main", date(2011, 2, 3), True, ON1),
                person("Lily Main", date(2017, 6, 19), False, ON1),
            ),
            "DY2 9HF",
            "Rhona Baird",
            "rhona.baird@familyhub.example.gov.uk",
            None,
        ),
    ),
    CouncilCase(
        "heldout13-aberlour-02",
        COUNCIL,
        URL,
        TITLE,
        "fillable PDF whose fields are Text1..Text15 as in converted forms; stepdad at home has an empty signature field in the Name | Signature | Date agreement grid",
        "referral.pdf",
        ON2,
        _b2,
        Expected(
            "early_help_assessment",
            (
                person("Nicola Buchan", date(1990, 9, 14), True, ON2),
                person("Craig Buchan", date(1987, 1, 2), False, ON2),
                person("Ruby Buchan", date(2014, 5, 5), False, ON2),
                person("Finn Buchan", date(2019, 8, 30), False, ON2),
            ),
            "WV14 9AA",
            "Morven Shaw",
            "morven.shaw@schools.example.org",
            None,
            queue_reason="consent_missing",
        ),
    ),
    CouncilCase(
        "heldout13-aberlour-03",
        COUNCIL,
        URL,
        TITLE,
        "HTML-only email (text part a stub) of the referral as tables from a health visitor: 'Is there a child protection concern?' ☒ Yes; mum deliberately not informed",
        "message.eml",
        ON3,
        _b3,
        Expected(
            "early_help_assessment",
            (
                person("Shannon Reid", date(1999, 7, 7), False, ON3),
                person("Tyler Reid", date(2020, 2, 11), False, ON3),
            ),
            "B63 4HJ",
            "Gemma Lindsay",
            "gemma.lindsay@nhs.example.net",
            None,
            safeguarding=True,
            queue_reason="safeguarding_concern",
        ),
    ),
)
