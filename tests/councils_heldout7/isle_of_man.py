"""Isle of Man: Safeguarding Children Board Referral Form to Children and Families (Duty Desk,
Murray House, Douglas)."""

# ruff: noqa: E501  (wording follows the published form)

from datetime import date

from tests.councils.kit import (
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
    render_pdf,
)
from tests.councils.model import CouncilCase, Expected
from tests.councils_heldout7._mail import FRONT_DOOR, with_attachment

URL = "https://docsbay.net/doc/528594/referral-form-to-children-and-families"
TITLE = "Safeguarding Children Board – Referral Form to Children and Families (Duty Desk 686179; Murray House, Mount Havelock, Douglas IM1 2SF)"
COUNCIL = "Isle of Man Government (Children and Families)"


def _blocks(
    on: str,
    child: tuple[str, str, str, str],
    address: str,
    reason: str,
    consent: str,
    own_consent: str,
    household: list[list[str]],
    others: list[list[str]],
    referrer: tuple[str, str, str, str],
) -> list[object]:
    return [
        Title("Referral Form to Children and Families", "Safeguarding Children Board"),
        Para(
            "This form should always be completed when making a referral in respect of a child with complex needs or in need of safety and protection. All urgent child protection referrals should initially be made by telephone to the Duty Desk and then confirmed in writing within 24 hours using this form."
        ),
        kv(
            ("Is this a new referral? YES/No/ Not Known", "YES"),
            (
                "Or is this additional information on a case already open to Children and Families? YES/NO",
                "NO",
            ),
        ),
        Heading("Child/Young Person"),
        grid(
            ["Forename(s)", "Surname", "D.o.B.", "Address", "Tel. No."],
            [[child[0], child[1], child[2], address, child[3]]],
        ),
        Heading("Reason for the Referral"),
        Para(reason),
        Table(
            [
                [
                    L(
                        "Have the parents/carers given informed consent for the referral to Children and Families? YES/NO"
                    ),
                    consent,
                ],
                [
                    L(
                        "Is the child/young person of an age and understanding where they may give their own consent? YES/NO"
                    ),
                    own_consent,
                ],
            ]
        ),
        Heading("Other household members. (Specify who holds parental responsibility)"),
        grid(
            ["Forename(s)", "Surname", "D.o.B", "Relationship", "Also Referred? Yes No"], household
        ),
        Heading("Contact Details for other significant adults not living in the household"),
        grid(
            ["Forename(s)", "Surname", "D.o.B.", "Relationship", "Address", "Tel. No."],
            others or [["", "", "", "", "", ""]],
        ),
        Heading("Referrer"),
        kv(
            ("Name", referrer[0]),
            ("Agency / Designation", referrer[1]),
            ("Address", referrer[2]),
            ("E-mail", referrer[3]),
            ("Date", on),
            per_row=2,
        ),
    ]


ON1 = date(2026, 4, 14)


def _b1() -> bytes:
    return render_docx(
        _blocks(
            "14/04/2026",
            ("Callum", "KERMODE", "03/09/2013", "01632 960411"),
            "22 Stourbridge Road, Halesowen B63 3BL",
            "Callum has told his form tutor there is little food at home since Dad left; Mum (Lisa) is struggling with debt and low mood. Agency has provided breakfast club. Family need support with budgeting and parenting.",
            "YES – Lisa Kermode gave informed consent on 13/04/2026",
            "YES – Callum (12) was spoken to and agrees",
            [
                ["Lisa", "KERMODE", "17/02/1987", "Mother (PR)", "No"],
                ["Ellie", "KERMODE", "25/06/2018", "Sister", "Yes"],
            ],
            [
                [
                    "Gareth",
                    "KERMODE",
                    "09/11/1984",
                    "Father (PR)",
                    "4 Peel Road, Douglas IM1 4LR",
                    "07700 900412",
                ]
            ],
            (
                "Mrs Joanne Quayle",
                "Pastoral Lead, Halesowen Church of England Primary",
                "Bundle Hill, Halesowen B63 4AR",
                "j.quayle@halesowen-ce.example.sch.uk",
            ),
        )
    )


ON2 = date(2026, 6, 2)


def _b2() -> bytes:
    return render_pdf(
        _blocks(
            "02/06/2026",
            ("Jade", "CORLETT", "21/12/2010", "07700 900415"),
            "7 Cottage Street, Brierley Hill DY5 1AA",
            "Jade (15) has been missing overnight twice this month and was found with older males; Mum wants help but Jade's step-father has refused to be involved.",
            "YES – mother (Nicola Corlett) only",
            "YES – Jade gave her own consent when seen at clinic",
            [
                ["Nicola", "CORLETT", "30/04/1983", "Mother (PR)", "No"],
                ["Darren", "SKILLICORN", "12/08/1979", "Step-father", "No"],
            ],
            [],
            (
                "Ruth Caine",
                "School Nurse, 0-19 Service",
                "Brierley Hill Health Centre, DY5 4AQ",
                "ruth.caine@nhs.example.net",
            ),
        ),
        "Referral Form to Children and Families",
    )


ON3 = date(2026, 10, 8)


def _b3() -> bytes:
    form = render_acroform(
        _blocks(
            "08/10/2026",
            ("Oliver", "CHRISTIAN", "14/05/2021", "01632 960418"),
            "41 Wellington Road, Dudley DY1 1AA",
            "Oliver (5) arrived with a bruise to his cheek and said 'Daddy did it'. Phoned to the Duty Desk 08/10/2026 – child protection referral; parents have not been told.",
            "NO – not sought: telling the parents may place Oliver at risk",
            "NO",
            [
                ["Amy", "CHRISTIAN", "02/02/1995", "Mother (PR)", "No"],
                ["Paul", "CHRISTIAN", "19/03/1992", "Father (PR)", "No"],
            ],
            [],
            (
                "Mr Stephen Kinvig",
                "Designated Safeguarding Lead, Priory Primary",
                "Priory Road, Dudley DY1 3BY",
                "s.kinvig@priory.example.sch.uk",
            ),
        ),
        "Referral Form to Children and Families",
    )
    return with_attachment(
        "Stephen Kinvig <s.kinvig@priory.example.sch.uk>",
        FRONT_DOOR,
        "URGENT written confirmation of CP referral – O Christian",
        ON3,
        "Further to my call to the Duty Desk this morning, please find the referral form attached. Child protection concern – parents not informed.\n\nStephen Kinvig, DSL",
        form,
        "Referral Form Christian.pdf",
    )


CASES: tuple[CouncilCase, ...] = (
    CouncilCase(
        "heldout7-isle-of-man-rcf-01",
        COUNCIL,
        URL,
        TITLE,
        "Word Referral Form to Children and Families in the published order: new referral question, child row (Forename(s) | Surname | D.o.B. | Address), consent YES/NO questions in words, household table, father in Douglas IM1 under significant adults, referrer last with the school's B63 4AR",
        "referral.docx",
        ON1,
        _b1,
        Expected(
            "early_help_assessment",
            (
                person("Callum Kermode", date(2013, 9, 3), True, ON1),
                person("Lisa Kermode", date(1987, 2, 17), True, ON1),
                person("Ellie Kermode", date(2018, 6, 25), False, ON1),
            ),
            "B63 3BL",
            "Joanne Quayle",
            "j.quayle@halesowen-ce.example.sch.uk",
            None,
        ),
    ),
    CouncilCase(
        "heldout7-isle-of-man-rcf-02",
        COUNCIL,
        URL,
        TITLE,
        "flattened PDF of the Referral Form: consent 'mother only' plus the 15-year-old's own consent; the step-father in the household table is named by neither; health centre's DY5 4AQ last",
        "referral.pdf",
        ON2,
        _b2,
        Expected(
            "early_help_assessment",
            (
                person("Jade Corlett", date(2010, 12, 21), True, ON2),
                person("Nicola Corlett", date(1983, 4, 30), True, ON2),
                person("Darren Skillicorn", date(1979, 8, 12), False, ON2),
            ),
            "DY5 1AA",
            "Ruth Caine",
            "ruth.caine@nhs.example.net",
            None,
            queue_reason="consent_missing",
        ),
    ),
    CouncilCase(
        "heldout7-isle-of-man-rcf-03",
        COUNCIL,
        URL,
        TITLE,
        "email with the fillable PDF Referral Form attached as written confirmation of a phoned child protection referral; consent NO, parents not told",
        "message.eml",
        ON3,
        _b3,
        Expected(
            "early_help_assessment",
            (
                person("Oliver Christian", date(2021, 5, 14), False, ON3),
                person("Amy Christian", date(1995, 2, 2), False, ON3),
                person("Paul Christian", date(1992, 3, 19), False, ON3),
            ),
            "DY1 1AA",
            "Stephen Kinvig",
            "s.kinvig@priory.example.sch.uk",
            None,
            safeguarding=True,
            queue_reason="safeguarding_concern",
        ),
    ),
)
