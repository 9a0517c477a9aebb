"""Carers Plus: the Young Carers Service referral form for under 18s and its Guidelines for
Referrers (definition of a young carer; the aim of the service; only one young carer per family;
after a referral the service contacts the parent/guardian for an initial telephone assessment)."""

# ruff: noqa: E501  (wording follows the published form)

from datetime import date

from tests.councils.kit import (
    CB,
    Boxes,
    Heading,
    L,
    Para,
    Table,
    Title,
    grid,
    kv,
    person,
    render_acroform,
    render_docx,
    render_html,
)
from tests.councils.model import CouncilCase, Expected
from tests.councils_heldout11._mail import FRONT_DOOR, html_only

URL = "https://carersplus.net/referral-forms/referral-form-under-18s"
TITLE = "Carers Plus – Referral Form (Under 18s): Guidelines for Referrers (Definition of a young carer; The Aim of The Young Carers Service; NB: the service has limited capacity and is only able to support one young carer per family; What happens after a referral? We contact the parent/guardian and complete an initial telephone assessment process)"
COUNCIL = "Carers Plus (Young Carers Service)"

NB = "NB: The service has limited capacity and unfortunately, we are only able to support one young carer per family; this would usually be the child where there is the most impact of care."
AFTER = "What happens after a referral? We contact the parent/guardian and complete an initial telephone assessment process. We may also contact you, the referrer, to gather more information."


def _yn(yes: bool) -> Boxes:
    return Boxes((CB(yes, "Yes"), CB(not yes, "No")))


ON1 = date(2026, 3, 17)


def _b1() -> bytes:
    return render_docx(
        [
            Title("Young Carers Service – Referral Form (Under 18s)"),
            Para(NB),
            Para(AFTER),
            Heading("The young carer"),
            kv(
                ("First name", "Lily"),
                ("Surname", "Pritchard"),
                ("Date of birth", "05/10/2013"),
                ("Age", "12"),
                ("Address", "7 Hayes Lane, Cradley Heath"),
                ("Postcode", "B63 4HJ"),
                ("School", "Ormiston Forge Academy, Year 7"),
                ("School address", "Wrights Lane, Cradley Heath B64 6QU"),
                per_row=2,
            ),
            Heading("The person cared for"),
            kv(
                ("Name", "Joanne Pritchard"),
                ("Relationship", "Mum"),
                ("Condition", "Multiple sclerosis (relapsing), uses a wheelchair outdoors"),
                ("Lives with the young carer?", "Yes"),
                per_row=2,
            ),
            Heading("Household"),
            grid(
                ["Name", "Relationship to young carer", "Date of birth", "Lives at home"],
                [
                    ["Joanne Pritchard", "Mum", "22/05/1984", _yn(True)],
                    ["Oscar Pritchard", "Brother", "09/09/2018", _yn(True)],
                    [
                        "Wayne Pritchard",
                        "Dad – lives in Telford, contact at weekends",
                        "",
                        _yn(False),
                    ],
                ],
            ),
            Heading("Caring role and impact"),
            Para(
                "Lily helps mum dress, makes tea most evenings and gets Oscar ready for school. She is often late and tired; she has stopped going to dance club."
            ),
            Heading("Referrer"),
            kv(
                ("Name", "Hannah Bevan"),
                ("Role", "Pastoral Lead"),
                ("Email", "h.bevan@forgeacademy.example.sch.uk"),
                ("Telephone", "01632 960144"),
                ("Date", "17/03/2026"),
                per_row=2,
            ),
            Heading("Consent"),
            Table(
                [
                    [
                        L("Parent/guardian consent to this referral"),
                        _yn(True),
                        L("Signed"),
                        "J. Pritchard",
                    ],
                    [L("Young person aware and agrees"), _yn(True), L("Date"), "17/03/2026"],
                ]
            ),
        ]
    )


ON2 = date(2026, 6, 8)


def _b2() -> bytes:
    return render_acroform(
        [
            Title("Carers Plus – Referral Form (Under 18s)"),
            Para(NB),
            Heading("Young carer's details"),
            kv(
                ("Full name", "Kacper Nowak"),
                ("Date of birth", "20/01/2010"),
                ("Address", "15 Coseley Road, Bilston"),
                ("Postcode", "wv149aa"),
                ("School / college", "Coseley School, Year 11"),
                per_row=2,
            ),
            Heading("Person(s) cared for"),
            grid(
                ["Name", "Relationship", "Illness / disability"],
                [
                    [
                        "Piotr Nowak",
                        "Dad",
                        "Stroke (January 2026), left-side weakness, speech affected",
                    ]
                ],
            ),
            Heading("Everyone living at home"),
            grid(
                ["Name", "Relationship", "Date of birth"],
                [
                    ["Piotr Nowak", "Dad", "14/07/1976"],
                    ["Anna Nowak", "Mum", "02/03/1980"],
                    ["Kacper Nowak", "Young carer", "20/01/2010"],
                    ["Zofia Nowak", "Sister", "11/11/2015"],
                ],
            ),
            Heading("Caring role"),
            Para(
                "Mum works full time; Kacper helps dad with exercises, medication and interpreting at appointments. He is in his GCSE year and his mocks were poor."
            ),
            Heading("Referrer"),
            kv(
                ("Name", "Marta Zielinska"),
                ("Role", "Stroke Rehabilitation Nurse"),
                ("Service", "Community Neuro Rehab Team, Russells Hall"),
                ("Email", "marta.zielinska@dudleygroup.example.nhs.uk"),
                ("Date", "08/06/2026"),
                per_row=2,
            ),
            Heading("Consent"),
            grid(
                ["Name", "Consent given", "Signed"],
                [
                    ["Anna Nowak (mum)", _yn(True), "A. Nowak"],
                    ["Piotr Nowak (dad)", _yn(True), "P Nowak"],
                    ["Kacper Nowak (young carer)", _yn(True), "K Nowak"],
                ],
            ),
        ],
        "Carers Plus referral",
    )


ON3 = date(2026, 10, 2)


def _b3_blocks() -> list[object]:
    return [
        Title("Carers Plus – Referral Form (Under 18s)"),
        Para(AFTER),
        Heading("Young carer"),
        kv(
            ("Name", "Summer Hadley"),
            ("Date of birth", "01/08/2011"),
            ("Address", "30 Dudley Road, Sedgley DY3 2DE"),
            ("School", "The Dormston School, Year 11"),
        ),
        Heading("Household"),
        grid(
            ["Name", "Relationship", "DOB"],
            [
                ["Tracey Hadley", "Mum (cared for – depression, alcohol)", "13/12/1982"],
                ["Summer Hadley", "Young carer", "01/08/2011"],
                ["Leo Hadley", "Brother", "24/04/2020"],
            ],
        ),
        Heading("Consent"),
        Table(
            [
                [
                    L("Parent/guardian consent"),
                    _yn(True),
                    "Tracey Hadley agreed by phone, 01/10/2026",
                ],
                [
                    L("Is the young person aware of this referral?"),
                    _yn(False),
                    "Not yet – I will speak to Summer when she is back in school on Monday",
                ],
            ]
        ),
        Heading("Referrer"),
        kv(
            ("Name", "Rebecca Mills"),
            ("Role", "Adult Mental Health Practitioner (mum's worker)"),
            ("Email", "rebecca.mills@blackcountryhp.example.nhs.uk"),
            ("Date", "02/10/2026"),
        ),
    ]


def _b3() -> bytes:
    return html_only(
        "Rebecca Mills <rebecca.mills@blackcountryhp.example.nhs.uk>",
        FRONT_DOOR,
        "Young carer referral - Summer Hadley",
        ON3,
        "This message contains a formatted referral. Please view it in HTML.",
        render_html(_b3_blocks()),
    )


CASES: tuple[CouncilCase, ...] = (
    CouncilCase(
        "heldout11-carers-plus-01",
        COUNCIL,
        URL,
        TITLE,
        "Word young carers referral: First name / Surname in separate boxes; the school's Cradley Heath B64 6QU after the home postcode; dad in Telford in the household grid with 'Lives at home: No'; consent as Yes/No boxes and a signature cell",
        "referral.docx",
        ON1,
        _b1,
        Expected(
            "early_help_assessment",
            (
                person("Lily Pritchard", date(2013, 10, 5), True, ON1),
                person("Joanne Pritchard", date(1984, 5, 22), True, ON1),
                person("Oscar Pritchard", date(2018, 9, 9), False, ON1),
            ),
            "B63 4HJ",
            "Hannah Bevan",
            "h.bevan@forgeacademy.example.sch.uk",
            None,
        ),
    ),
    CouncilCase(
        "heldout11-carers-plus-02",
        COUNCIL,
        URL,
        TITLE,
        "fillable PDF young carers referral: postcode typed lower case without a space ('wv149aa'); cared-for dad, mum, the 16-year-old carer and sister all in 'Everyone living at home'; consent grid with Yes/No checkboxes",
        "referral.pdf",
        ON2,
        _b2,
        Expected(
            "early_help_assessment",
            (
                person("Piotr Nowak", date(1976, 7, 14), True, ON2),
                person("Anna Nowak", date(1980, 3, 2), True, ON2),
                person("Kacper Nowak", date(2010, 1, 20), True, ON2),
                person("Zofia Nowak", date(2015, 11, 11), False, ON2),
            ),
            "WV14 9AA",
            "Marta Zielinska",
            "marta.zielinska@dudleygroup.example.nhs.uk",
            None,
        ),
    ),
    CouncilCase(
        "heldout11-carers-plus-03",
        COUNCIL,
        URL,
        TITLE,
        "email with the referral as HTML tables only (text part a stub): parent/guardian consent by phone, but 'Is the young person aware of this referral? No' for the 15-year-old carer",
        "message.eml",
        ON3,
        _b3,
        Expected(
            "early_help_assessment",
            (
                person("Tracey Hadley", date(1982, 12, 13), True, ON3),
                person("Summer Hadley", date(2011, 8, 1), False, ON3),
                person("Leo Hadley", date(2020, 4, 24), False, ON3),
            ),
            "DY3 2DE",
            "Rebecca Mills",
            "rebecca.mills@blackcountryhp.example.nhs.uk",
            None,
            queue_reason="consent_missing",
        ),
    ),
)
