"""Centre 33 Young Carers Project: referral guidance notes (has an EHA been completed? are there any
safeguarding issues? priority criteria) and the single agency referral form they accompany."""

# ruff: noqa: E501  (wording follows the published guidance)

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
    render_docx,
    render_pdf,
)
from tests.councils.model import CouncilCase, Expected
from tests.councils_heldout10._mail import FRONT_DOOR, with_attachment

URL = "http://centre33.org.uk/help/referral-form/"
TITLE = "Centre 33 Young Carers Project Referral Guidance Notes (single agency referral; Has an EHA (Early Help Assessment) been completed with the young person? Are there any safeguarding issues? priority: caring for a lone parent, impact on emotional well-being, multiple caring role, not attending school, intimate care or medication)"
COUNCIL = "Centre 33 Young Carers Project"


def _yn(yes: bool) -> Boxes:
    return Boxes((CB(yes, "Yes"), CB(not yes, "No")))


def _checks(eha: bool, sg: bool) -> Table:
    return Table(
        [
            [
                L("Has an EHA (Early Help Assessment) been completed with the young person?"),
                _yn(eha),
            ],
            [L("Are there any safeguarding issues?"), _yn(sg)],
            [L("Is the young carer caring for a lone parent?"), _yn(True)],
            [
                L(
                    "Is the young carer providing intimate care or managing medication on a regular basis?"
                ),
                _yn(True),
            ],
        ]
    )


ON1 = date(2026, 1, 20)


def _b1() -> bytes:
    return render_docx(
        [
            Title("Young Carers Project – Single Agency Referral Form"),
            _checks(False, False),
            Heading("Young carer"),
            Table(
                [
                    [L("First name"), "Mason", L("Surname"), "Fletcher"],
                    [L("Date of birth"), "08/08/2010", L("Age"), "15"],
                    [L("Address"), "60 Bilston Road, Coseley", L("Postcode"), "WV14 6PD"],
                ]
            ),
            Heading("Who does the young carer live with / care for?"),
            grid(
                ["Name", "Relationship", "Date of birth", "Condition", "Cared for?"],
                [["Tracey Fletcher", "Mother", "14/02/1978", "Fibromyalgia, depression", "Yes"]],
            ),
            Heading("Reason for referral"),
            Para(
                "Mason is mum's only carer: medication, meals, personal care on bad days. He wants groups and a break; mum would like an EHA so the family get wider support."
            ),
            Heading("Referrer"),
            kv(
                ("Name", "Steph Round"),
                ("Role", "SENCo"),
                ("Organisation", "Coseley School"),
                ("Email", "s.round@coseley.example.sch.uk"),
                ("Date", "20/01/2026"),
                per_row=2,
            ),
            Heading("Consent"),
            grid(
                ["", "Name", "Signature", "Date"],
                [
                    ["Young person", "Mason Fletcher", "M Fletcher", "20/01/2026"],
                    ["Parent / carer", "Tracey Fletcher", "T. Fletcher", "20/01/2026"],
                ],
            ),
        ]
    )


ON2 = date(2026, 7, 14)


def _b2() -> bytes:
    form = render_pdf(
        [
            Title("Young Carers Project – Single Agency Referral Form"),
            _checks(True, False),
            Heading("Young carer"),
            kv(
                ("Name", "WALKER, Poppy"),
                ("Date of birth", "14 July 2014"),
                ("School", "Wollaston Primary, Bridle Road, Stourbridge DY8 2SE"),
                ("Home address", "2 Kates Hill Road, Dudley"),
                ("Home postcode", "DY1 4RN"),
                per_row=2,
            ),
            Heading("Household"),
            grid(
                ["Name", "Relationship", "Date of birth", "Cared for?"],
                [
                    ["Gary Walker", "Father", "06/05/1979", "Yes – stroke, 2025"],
                    ["Leanne Walker", "Mother", "23/03/1983", "No (works full time)"],
                    ["Poppy Walker", "Self", "14/07/2014", "—"],
                ],
            ),
            Heading("Reason for referral"),
            Para(
                "Poppy (12 today) helps dad to dress and walk and is anxious about leaving him. EHA completed by school in June; this is a single agency referral for young carers groups."
            ),
            Heading("Referrer"),
            kv(
                ("Name", "Jenny Cartwright"),
                ("Role", "Family Support Worker"),
                ("Email", "j.cartwright@wollaston.example.sch.uk"),
                ("Date", "14/07/2026"),
                per_row=2,
            ),
            Heading("Consent"),
            Para(
                "Parent/carer consent: Leanne Walker and Gary Walker signed the school's consent slip (held in school)."
            ),
        ],
        "Young carers referral",
    )
    return with_attachment(
        "Jenny Cartwright <j.cartwright@wollaston.example.sch.uk>",
        FRONT_DOOR,
        "Young carers referral - Poppy Walker",
        ON2,
        "Hello, please see the attached young carers referral for Poppy. The EHA is with the locality team already. Kind regards, Jenny",
        form,
        "Young carers referral WALKER.pdf",
    )


CASES: tuple[CouncilCase, ...] = (
    CouncilCase(
        "heldout10-centre33-yc-01",
        COUNCIL,
        URL,
        TITLE,
        "Word single agency referral led by the guidance's screening questions as Yes/No boxes; label/value pairs two per row with the postcode in its own cell; consent table with a role column (Young person / Parent / carer)",
        "referral.docx",
        ON1,
        _b1,
        Expected(
            "early_help_assessment",
            (
                person("Mason Fletcher", date(2010, 8, 8), True, ON1),
                person("Tracey Fletcher", date(1978, 2, 14), True, ON1),
            ),
            "WV14 6PD",
            "Steph Round",
            "s.round@coseley.example.sch.uk",
            None,
        ),
    ),
    CouncilCase(
        "heldout10-centre33-yc-02",
        COUNCIL,
        URL,
        TITLE,
        "email with the flattened PDF attached: the school's Stourbridge DY8 2SE (a Dudley-table postcode, not the family's) before the 'Home postcode'; 'SURNAME, Forename' for the young carer; consent slip 'held in school'",
        "message.eml",
        ON2,
        _b2,
        Expected(
            "early_help_assessment",
            (
                person("Gary Walker", date(1979, 5, 6), True, ON2),
                person("Leanne Walker", date(1983, 3, 23), True, ON2),
                person("Poppy Walker", date(2014, 7, 14), False, ON2),
            ),
            "DY1 4RN",
            "Jenny Cartwright",
            "j.cartwright@wollaston.example.sch.uk",
            None,
        ),
    ),
)
