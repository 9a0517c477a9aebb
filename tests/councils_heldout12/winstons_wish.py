"""Winston's Wish: the referral form for parents and professionals (a bereaved child under 13; a
young person aged 13 or over completes it with you or self-refers; each child needs their own)."""

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
    render_html,
    render_pdf,
)
from tests.councils.model import CouncilCase, Expected
from tests.councils_heldout12._mail import FRONT_DOOR, html_only

URL = "https://winstonswish.org/supporting-you/refer/referral-form-for-parents-professionals/"
TITLE = "Refer a child or young person to Winston’s Wish (referral form for parents, carers and professionals seeking support for a bereaved child under the age of 13; for young people aged 13 or over complete a referral form with or encourage the young person to complete their own; each child or young person will require their own referral form)"
COUNCIL = "Winston's Wish (childhood bereavement charity)"

_HEAD = [
    Title("Winston's Wish – Referral form for parents, carers and professionals"),
    Para(
        "Please note, each child or young person will require their own referral form. For young people aged 13 or over, we ask you to complete a referral form with the young person. Most of our appointments are offered within school or working hours (Monday to Friday, 9am to 5pm)."
    ),
]


def _yn(v: bool) -> Boxes:
    return Boxes((CB(v, "Yes"), CB(not v, "No")))


ON1 = date(2026, 1, 27)


def _blocks1() -> list[object]:
    return [
        *_HEAD,
        Heading("About the child or young person"),
        kv(
            ("First name", "Poppy"),
            ("Last name", "Aston"),
            ("Date of birth", "20/02/2018"),
            ("Home address", "9 Vicarage Road, Sedgley, Dudley DY3 1AB"),
            ("School", "Year 2, Gornal Wood Primary"),
            per_row=2,
        ),
        Heading("Who has died?"),
        kv(
            ("Name", "Liam Aston"),
            ("Relationship to the child", "Dad"),
            ("Date of death", "03/11/2025"),
            ("Cause of death", "Road traffic collision"),
            per_row=2,
        ),
        Heading("Who does the child live with?"),
        grid(
            ["Name", "Relationship", "Date of birth"],
            [["Leanne Aston", "Mum", "01/12/1988"]],
        ),
        Para("Paternal grandmother June Aston lives in Tipton and has Poppy on Saturdays (not at the address)."),
        Heading("Consent"),
        kv(
            ("Has the parent/carer agreed to this referral?", _yn(True)),
            ("Name of parent/carer giving consent", "Leanne Aston – agreed 27/01/2026"),
        ),
        Heading("Your details (referrer)"),
        kv(
            ("Name", "Dale Hickman"),
            ("Role", "SENCo, Gornal Wood Primary, Lower Gornal DY3 2NU"),
            ("Email", "d.hickman@gornalwood.example.sch.uk"),
            ("Telephone", "01632 960455"),
            ("Date", "27/01/2026"),
            per_row=2,
        ),
    ]


def _b1() -> bytes:
    return html_only(
        "Dale Hickman <d.hickman@gornalwood.example.sch.uk>",
        FRONT_DOOR,
        "Bereavement referral - Poppy Aston",
        ON1,
        "This message is in HTML. Please view it in an HTML mail reader.",
        render_html(_blocks1()),
    )


ON2 = date(2026, 4, 14)


def _b2() -> bytes:
    return render_docx(
        [
            *_HEAD,
            Heading("About the young person (13 or over – completed with the young person)"),
            kv(
                ("Name", "Kieran Walsh-Brookes"),
                ("Date of birth", "08/05/2010"),
                ("Address", "22 Manor Way, Halesowen"),
                ("Postcode", "B63 3BL"),
                ("College", "Halesowen College, Whittingham Road"),
                per_row=2,
            ),
            Heading("Who has died?"),
            kv(("Name / relationship / date", "Sarah Walsh, mum, died 12/01/2026 (cancer)")),
            Heading("Household"),
            grid(
                ["Name", "Relationship to young person", "Date of birth"],
                [
                    ["Martin Brookes", "Dad", "14/03/1975"],
                    ["Tyler Brookes", "Brother", "30/09/2013"],
                ],
            ),
            Heading("What would the young person like help with?"),
            Para("Kieran says he 'can't talk to dad about mum' and wants someone outside the family. He is not sleeping and has stopped going to football."),
            Heading("Referrer"),
            kv(
                ("Name", "Priya Chauhan"),
                ("Role", "Youth Worker, Halesowen Youth Hub, Birmingham Street, Halesowen B63 3HN"),
                ("Email", "priya.chauhan@youthhub.example.org"),
                ("Date", "14/04/2026"),
                per_row=2,
            ),
            Heading("Consent"),
            grid(
                ["", "Signed", "Print name", "Date"],
                [
                    ["Young person", "K Walsh-Brookes", "Kieran Walsh-Brookes", "14/04/2026"],
                    ["Parent/carer", "M. Brookes", "Martin Brookes", "14/04/2026"],
                ],
            ),
        ]
    )


ON3 = date(2026, 7, 7)


def _b3() -> bytes:
    return render_pdf(
        [
            *_HEAD,
            Heading("About the child"),
            kv(
                ("SURNAME", "PEARCE"),
                ("Forename", "Isla"),
                ("Date of birth", "10.1.2017"),
                ("Address", "31 Castle Street, Coseley"),
                ("Postcode", "WV14 9AA"),
                per_row=2,
            ),
            Heading("Who has died?"),
            kv(("Name / relationship", "Grandad (maternal), Robert Hale, lived with the family, died 2.6.2026")),
            Heading("Others living at home"),
            grid(
                ["Name", "Relationship to Isla", "DOB"],
                [
                    ["Claire Pearce", "Mum", "22.4.1986"],
                    ["Finley Pearce", "Brother", "7.7.2012"],
                ],
            ),
            Para("Finley will need his own form if he wants support; he has not been asked yet."),
            Heading("Consent"),
            grid(
                ["Name", "Signature", "Date"],
                [["Claire Pearce (mum)", "C Pearce", "7.7.2026"]],
            ),
            Heading("Referrer"),
            kv(
                ("Name", "Janet Okafor"),
                ("Role", "School Nurse, Black Country Healthcare, Tipton DY4 9AA"),
                ("Email", "janet.okafor@schoolnursing.example.nhs.uk"),
                ("Date", "7.7.2026"),
                per_row=2,
            ),
        ],
        "Winston's Wish referral",
    )


CASES: tuple[CouncilCase, ...] = (
    CouncilCase(
        "heldout12-winstons-wish-01",
        COUNCIL,
        URL,
        TITLE,
        "HTML-only email of the referral as tables: the postcode only inside the one-line home address; grandmother who has the child on Saturdays named in a sentence as not at the address; consent Yes ☒ naming mum",
        "message.eml",
        ON1,
        _b1,
        Expected(
            "early_help_assessment",
            (
                person("Poppy Aston", date(2018, 2, 20), False, ON1),
                person("Leanne Aston", date(1988, 12, 1), True, ON1),
            ),
            "DY3 1AB",
            "Dale Hickman",
            "d.hickman@gornalwood.example.sch.uk",
            None,
        ),
    ),
    CouncilCase(
        "heldout12-winstons-wish-02",
        COUNCIL,
        URL,
        TITLE,
        "Word referral completed with a 15-year-old (13 or over): double-barrelled surname unlike his dad's and brother's; 'Signed / Print name / Date' consent grid with young person and parent rows; youth hub's B63 3HN after the family",
        "referral.docx",
        ON2,
        _b2,
        Expected(
            "early_help_assessment",
            (
                person("Kieran Walsh-Brookes", date(2010, 5, 8), True, ON2),
                person("Martin Brookes", date(1975, 3, 14), True, ON2),
                person("Tyler Brookes", date(2013, 9, 30), False, ON2),
            ),
            "B63 3BL",
            "Priya Chauhan",
            "priya.chauhan@youthhub.example.org",
            None,
        ),
    ),
    CouncilCase(
        "heldout12-winstons-wish-03",
        COUNCIL,
        URL,
        TITLE,
        "flattened PDF, SURNAME in capitals and d.m.yyyy dates: the brother who turns exactly 14 on the referral date is listed at home but not asked ('each child will require their own referral form'); only mum signs",
        "referral.pdf",
        ON3,
        _b3,
        Expected(
            "early_help_assessment",
            (
                person("Isla Pearce", date(2017, 1, 10), False, ON3),
                person("Claire Pearce", date(1986, 4, 22), True, ON3),
                person("Finley Pearce", date(2012, 7, 7), False, ON3),
            ),
            "WV14 9AA",
            "Janet Okafor",
            "janet.okafor@schoolnursing.example.nhs.uk",
            None,
            queue_reason="consent_missing",
        ),
    ),
)
