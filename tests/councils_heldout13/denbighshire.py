"""Denbighshire County Council (Cyngor Sir Ddinbych): 'Report a child at risk' – all organisations
who work with children or families can make a referral to social services on the 'Children and
families: referral form', following the All Wales child protection procedures, sent by secure
email."""

# ruff: noqa: E501  (wording follows the published page)

from datetime import date

from tests.councils.kit import (
    CB,
    Boxes,
    Heading,
    Para,
    Title,
    grid,
    kv,
    person,
    render_docx,
    render_pdf,
)
from tests.councils.model import CouncilCase, Expected
from tests.councils_heldout13._bits import yn
from tests.councils_heldout13._mail import FRONT_DOOR, with_attachment

URL = "https://www.sirddinbych.gov.uk/en/health-and-social-care/children-young-people-and-families/report-a-child-at-risk.aspx"
TITLE = "Denbighshire County Council – Report a child at risk (Making a referral: all organisations who work with children or families can make a referral to social services by completing the Children and families: referral form, using the all Wales child protection procedures)"
COUNCIL = "Denbighshire County Council"

_HEAD = [
    Title("Plant a theuluoedd: ffurflen atgyfeirio / Children and families: referral form", "Gwasanaethau Cymdeithasol / Social Services"),
    Para("If a child is in immediate danger call 999. Please send this form by secure email. / Os yw plentyn mewn perygl uniongyrchol ffoniwch 999."),
]


def _type(cp: bool) -> list[object]:
    return [
        Heading("Math o atgyfeiriad / Type of referral"),
        kv(
            ("Is this a child protection referral? / Ai atgyfeiriad amddiffyn plant yw hwn?", yn(cp, "Yes / Ydy", "No / Nac ydy")),
            ("Care and support / well-being (Social Services and Well-being (Wales) Act 2014)", yn(not cp, "Yes / Ydy", "No / Nac ydy")),
        ),
    ]


ON1 = date(2026, 9, 7)


def _b1() -> bytes:
    return render_docx(
        [
            *_HEAD,
            *_type(False),
            Heading("Manylion y plentyn / Child's details"),
            kv(
                ("Cyfenw / Surname", "JONES"),
                ("Enw(au) cyntaf / Forename(s)", "Dylan Rhys"),
                ("Dyddiad geni / Date of birth", "01/06/2012"),
                ("Rhyw / Gender", "Male"),
                ("Cyfeiriad / Address", "40 Wellington Road, Dudley"),
                ("Cod post / Postcode", "DY1 4RN"),
                ("Iaith / Language", "English (Welsh at home sometimes)"),
                ("Ysgol / School", "St Thomas's C of E Primary – Year 9 at Castle High"),
                per_row=2,
            ),
            Heading("Aelwyd / Household"),
            grid(
                ["Cyfenw / Surname", "Enw(au) cyntaf / Forename(s)", "Perthynas / Relationship", "Dyddiad geni / DOB"],
                [["JONES", "Carys", "Mother", "09/09/1989"], ["JONES", "Megan", "Sister", "04/04/2019"]],
            ),
            Heading("Beth sy'n bwysig / What matters"),
            Para("Family moved from Rhyl in July to be near mum's partner's work (partner does not live with them). Dylan has not settled at Castle High, isolated, self-reported low mood; mum asks for help with his anxiety and with school transport."),
            Heading("Atgyfeiriwr / Referrer"),
            kv(
                ("Enw / Name", "Sioned Evans"),
                ("Swydd / Role", "Inclusion Lead"),
                ("Asiantaeth a chyfeiriad / Agency and address", "Castle High School, Tipton Road, Dudley DY1 4AS"),
                ("E-bost / Email", "sioned.evans@castlehigh.example.org"),
                ("Ffôn / Telephone", "01632 960861"),
                ("Dyddiad / Date", "07/09/2026"),
                per_row=2,
            ),
            Heading("Caniatâd / Consent"),
            kv(
                ("Have the parents / carers been informed and do they consent? / A yw'r rhieni wedi cael gwybod?", "Yes – Carys Jones (mum), 07/09/2026"),
                ("Does the young person consent (if of sufficient age and understanding)?", "Yes – Dylan"),
            ),
        ]
    )


ON2 = date(2026, 10, 23)


def _docx2() -> bytes:
    return render_docx(
        [
            *_HEAD,
            *_type(True),
            Heading("Manylion y plentyn / Child's details"),
            kv(
                ("Cyfenw / Surname", "HUGHES"),
                ("Enw(au) cyntaf / Forename(s)", "Kayla"),
                ("Dyddiad geni / Date of birth", "03/03/2013"),
                ("Cyfeiriad / Address", "11 Peartree Lane, Dudley"),
                ("Cod post / Postcode", "DY2 0AB"),
                per_row=2,
            ),
            Heading("Aelwyd / Household"),
            grid(
                ["Cyfenw / Surname", "Enw(au) cyntaf / Forename(s)", "Perthynas / Relationship", "Dyddiad geni / DOB"],
                [["HUGHES", "Tom", "Father", "10/10/1990"]],
            ),
            Heading("Pryderon / Concerns"),
            Para("Attended 22/10/2026 23:10 after a neighbour's call: Kayla (13) alone in the flat, no food, father found intoxicated at a nearby address. Third incident since August. Kayla said she is 'scared when dad drinks'."),
            Heading("Atgyfeiriwr / Referrer"),
            kv(
                ("Enw / Name", "PC 4471 Rhys Morgan"),
                ("Asiantaeth a chyfeiriad / Agency and address", "West Midlands Police, Brierley Hill Police Station, DY5 3UZ"),
                ("E-bost / Email", "rhys.morgan@police.example.net"),
                ("Dyddiad / Date", "23/10/2026"),
                per_row=2,
            ),
            Heading("Caniatâd / Consent"),
            kv(("Have the parents / carers been informed?", Boxes((CB(False, "Yes"), CB(True, "No – child protection: consent not sought")))),),
        ]
    )


def _b2() -> bytes:
    return with_attachment(
        "Rhys Morgan <rhys.morgan@police.example.net>",
        FRONT_DOOR,
        "CHILD PROTECTION REFERRAL - HUGHES, Kayla (13) - PPN attached",
        ON2,
        "Please see attached child protection referral, phoned through to the MASH at 08:40 today.\nI have used the referral form from my previous force area as our system is down.\n\nPC 4471 Rhys Morgan\n",
        _docx2(),
        "Referral HUGHES.docx",
    )


ON3 = date(2026, 11, 12)


def _b3() -> bytes:
    return render_pdf(
        [
            *_HEAD,
            *_type(False),
            Heading("Manylion y plentyn / Child's details"),
            kv(
                ("Cyfenw / Surname", "AKHTAR"),
                ("Enw(au) cyntaf / Forename(s)", "Ayaan"),
                ("Dyddiad geni / Date of birth", "08/08/2011"),
                ("Cyfeiriad presennol / Current address", "6 Cemetery Road, Lye, Stourbridge"),
                ("Cod post / Postcode", "DY9 0QQ"),
                ("Cyfeiriad blaenorol / Previous address", "88 High Street, Lye, Stourbridge DY9 7AA (until August 2026)"),
                per_row=2,
            ),
            Heading("Aelwyd / Household"),
            grid(
                ["Cyfenw / Surname", "Enw(au) cyntaf / Forename(s)", "Perthynas / Relationship", "Dyddiad geni / DOB"],
                [
                    ["AKHTAR", "Zainab", "Mother", "17/01/1987"],
                    ["AKHTAR", "Imran", "Father", "30/05/1985"],
                    ["AKHTAR", "Maryam", "Sister", "12/12/2020"],
                ],
            ),
            Heading("Beth sy'n bwysig / What matters"),
            Para("Ayaan's attendance has fallen to 68% since the move; parents worried he is being pressured by older boys. Family want a key worker and help with Maryam's nursery place."),
            Heading("Atgyfeiriwr / Referrer"),
            kv(
                ("Enw / Name", "Bethan Roberts"),
                ("Swydd / Role", "Education Welfare Officer"),
                ("Asiantaeth a chyfeiriad / Agency and address", "Saltwells Education Development Centre, Netherton DY2 0AP"),
                ("E-bost / Email", "bethan.roberts@education.example.gov.uk"),
                ("Dyddiad / Date", "12/11/2026"),
                per_row=2,
            ),
            Heading("Caniatâd / Consent"),
            Para("Consent gained verbally from Zainab Akhtar, Imran Akhtar and Ayaan Akhtar (15) at a home visit on 12/11/2026."),
        ],
        title="Children and families referral form",
    )


CASES: tuple[CouncilCase, ...] = (
    CouncilCase(
        "heldout13-denbighshire-01",
        COUNCIL,
        URL,
        TITLE,
        "Word bilingual (Welsh / English) referral: 'Cyfenw / Surname' before 'Enw(au) cyntaf / Forename(s)', child's middle name, household grid in the same order, consent answers naming mum and 'Yes – Dylan'",
        "referral.docx",
        ON1,
        _b1,
        Expected(
            "early_help_assessment",
            (
                person("Dylan Rhys Jones", date(2012, 6, 1), True, ON1),
                person("Carys Jones", date(1989, 9, 9), True, ON1),
                person("Megan Jones", date(2019, 4, 4), False, ON1),
            ),
            "DY1 4RN",
            "Sioned Evans",
            "sioned.evans@castlehigh.example.org",
            None,
        ),
    ),
    CouncilCase(
        "heldout13-denbighshire-02",
        COUNCIL,
        URL,
        TITLE,
        "email from a police officer with the bilingual Word form attached: 'Is this a child protection referral?' ☒ Yes / Ydy; parent not informed",
        "message.eml",
        ON2,
        _b2,
        Expected(
            "early_help_assessment",
            (
                person("Kayla Hughes", date(2013, 3, 3), False, ON2),
                person("Tom Hughes", date(1990, 10, 10), False, ON2),
            ),
            "DY2 0AB",
            "Rhys Morgan",
            "rhys.morgan@police.example.net",
            None,
            safeguarding=True,
            queue_reason="safeguarding_concern",
        ),
    ),
    CouncilCase(
        "heldout13-denbighshire-03",
        COUNCIL,
        URL,
        TITLE,
        "flattened PDF bilingual referral, hard: 'Cyfeiriad blaenorol / Previous address' with another Dudley-table postcode (DY9 7AA) right under the current one; verbal consent naming both parents and the 15-year-old",
        "referral.pdf",
        ON3,
        _b3,
        Expected(
            "early_help_assessment",
            (
                person("Ayaan Akhtar", date(2011, 8, 8), True, ON3),
                person("Zainab Akhtar", date(1987, 1, 17), True, ON3),
                person("Imran Akhtar", date(1985, 5, 30), True, ON3),
                person("Maryam Akhtar", date(2020, 12, 12), False, ON3),
            ),
            "DY9 0QQ",
            "Bethan Roberts",
            "bethan.roberts@education.example.gov.uk",
            None,
        ),
    ),
)
