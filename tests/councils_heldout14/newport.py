"""Newport City Council: the Integrated Family Support Team (IFST) pioneer – social workers,
family workers, substance misuse professionals, nurses and health visitors working directly with
families, first where a parent has a substance misuse problem."""

# ruff: noqa: E501  (wording follows the published page)

from datetime import date

from tests.councils.kit import (
    CB,
    FCB,
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
    render_pdf,
)
from tests.councils.model import CouncilCase, Expected

URL = "https://careappointments.com/care-news/wales/77749/newport-to-spearhead-vulnerable-children-scheme"
TITLE = "Newport to spearhead vulnerable children scheme (Newport City Council's integrated family support team: social workers, family workers, substance misuse professionals, nurses and health visitors; first for families where a parent has a substance misuse problem)"
COUNCIL = "Newport City Council (Integrated Family Support Team)"

_HEAD = [
    Title("Integrated Family Support Team – Referral", "Working directly with families to protect and support vulnerable children"),
]

_CRITERIA = "Referral criteria (tick all that apply) – a parent or prospective parent:"


def _criteria(drugs: bool, da: bool, mh: bool) -> list[object]:
    return [
        Para(_CRITERIA, bold=True),
        kv(
            ("", FCB(drugs, "is dependent on alcohol or drugs")),
            ("", FCB(da, "is a victim of domestic violence or abuse")),
            ("", FCB(False, "has a history of violent or abusive behaviour")),
            ("", FCB(mh, "has a mental disorder")),
        ),
    ]


ON1 = date(2026, 9, 29)


def _b1() -> bytes:
    return render_docx(
        [
            *_HEAD,
            *_criteria(True, False, False),
            Heading("Family members (SURNAME, Forename)"),
            grid(
                ["Name", "D.O.B.", "Relationship", "Address if different"],
                [
                    ["DAVIES, Rhiannon", "21/02/1992", "Mother", ""],
                    ["DAVIES, Tomos", "14/08/2015", "Son", ""],
                    ["DAVIES, Lili", "02/05/2023", "Daughter", ""],
                    ["PROSSER, Wayne", "—", "Father of Lili", "Newport NP20 4UR – no contact"],
                ],
            ),
            kv(("Family home address", "18 Cedar Road, Dudley DY1 4RN")),
            Heading("Reason for referral"),
            Para("Mum is in recovery (alcohol) and moved to Dudley to be near her sister. She has asked for continued family support; Tomos (11) has been caring for Lili after school."),
            Heading("Referrer"),
            kv(("Name", "Carwyn Lloyd"), ("Designation", "Substance Misuse Worker, IFST"), ("Email", "carwyn.lloyd@newport.example.gov.uk"), ("Date", "29/09/2026"), per_row=2),
            Heading("Parental agreement"),
            Para("I agree to this referral and to information being shared with the Dudley Early Help team."),
            kv(("Signed", "Rhiannon Davies"), ("Date", "29/09/2026"), per_row=2),
        ]
    )


ON2 = date(2026, 10, 27)


def _dob(p: str, d: str, m: str, y: str) -> list[F]:
    return [F(d, f"{p} DOB Day"), F(m, f"{p} DOB Month"), F(y, f"{p} DOB Year")]


def _b2() -> bytes:
    return render_acroform(
        [
            *_HEAD,
            Heading("Referrer"),
            kv(
                ("Name", F("Elin Jenkins", "Referrer Name")),
                ("Designation / base", F("Health Visitor, Lapal Clinic, Halesowen B63 3HN", "Referrer Base")),
                ("Email", F("elin.jenkins@nhs.example.net", "Referrer Email")),
                ("Date of referral", F("27/10/2026", "Referral Date")),
            ),
            Heading("Criteria"),
            kv(
                ("Parent dependent on alcohol or drugs", Boxes((CB(False, "Yes", "Crit drugs Yes"), CB(True, "No", "Crit drugs No")))),
                ("Parent a victim of domestic violence or abuse", Boxes((CB(True, "Yes", "Crit DA Yes"), CB(False, "No", "Crit DA No")))),
            ),
            Heading("Family"),
            kv(("Address", F("2 Hawne Lane, Halesowen", "Family Address")), ("Postcode", F("B63 3BL", "Family Postcode"))),
            grid(
                ["Forename", "Surname", "Day", "Month", "Year", "Relationship"],
                [
                    [F("Ffion", "P1 Forename"), F("Evans", "P1 Surname"), *_dob("P1", "12", "01", "1998"), "Mother"],
                    [F("Alfie", "P2 Forename"), F("Evans-Hill", "P2 Surname"), *_dob("P2", "08", "07", "2022"), "Son"],
                ],
            ),
            Heading("Parental agreement"),
            kv(("Parent agrees to this referral", Boxes((CB(True, "Yes", "Agree Yes"), CB(False, "No", "Agree No")))), ("Name of parent", F("Ffion Evans", "Agree Name"))),
        ],
        title="IFST referral",
    )


ON3 = date(2026, 12, 7)


def _b3() -> bytes:
    return render_pdf(
        [
            *_HEAD,
            *_criteria(True, False, True),
            Heading("Family members"),
            grid(
                ["Name", "D.O.B.", "Relationship"],
                [
                    ["Gemma Hughes", "30/09/1989", "Mother"],
                    ["Lee Hughes", "11/11/1986", "Father (lives at home)"],
                    ["Jac Hughes", "19/03/2017", "Son"],
                ],
            ),
            kv(("Family home address", "55 Kent Street, Upper Gornal, Dudley"), ("Postcode", "DY5 1AA"), per_row=2),
            Heading("Referrer"),
            kv(("Name", "Sioned Price"), ("Designation", "Family Worker"), ("Email", "sioned.price@familyworks.example.org"), ("Date", "07/12/2026"), per_row=2),
            Heading("Parental agreement"),
            grid(
                ["Parent", "Agrees?", "Signature / comment"],
                [
                    ["Gemma Hughes", "Yes", "G Hughes 07/12/2026"],
                    ["Lee Hughes", "No", "Declined to sign – does not want Social Services involved"],
                ],
            ),
        ],
        title="IFST referral",
    )


CASES: tuple[CouncilCase, ...] = (
    CouncilCase(
        "heldout14-newport-01",
        COUNCIL,
        URL,
        TITLE,
        "Word IFST referral with legacy FORMCHECKBOX criteria first; family grid 'SURNAME, Forename' including the younger child's father at a Newport NP20 address; home address and postcode in one line; mum's signed agreement paragraph",
        "referral.docx",
        ON1,
        _b1,
        Expected(
            "early_help_assessment",
            (
                person("Rhiannon Davies", date(1992, 2, 21), True, ON1),
                person("Tomos Davies", date(2015, 8, 14), False, ON1),
                person("Lili Davies", date(2023, 5, 2), False, ON1),
            ),
            "DY1 4RN",
            "Carwyn Lloyd",
            "carwyn.lloyd@newport.example.gov.uk",
            None,
        ),
    ),
    CouncilCase(
        "heldout14-newport-02",
        COUNCIL,
        URL,
        TITLE,
        "fillable PDF with named fields and dates of birth in three fields (Day / Month / Year): health visitor at B63 3HN above the family's B63 3BL; a double-barrelled son's surname; Yes checkbox for the parent's agreement",
        "referral.pdf",
        ON2,
        _b2,
        Expected(
            "early_help_assessment",
            (
                person("Ffion Evans", date(1998, 1, 12), True, ON2),
                person("Alfie Evans-Hill", date(2022, 7, 8), False, ON2),
            ),
            "B63 3BL",
            "Elin Jenkins",
            "elin.jenkins@nhs.example.net",
            None,
        ),
    ),
    CouncilCase(
        "heldout14-newport-03",
        COUNCIL,
        URL,
        TITLE,
        "flattened PDF IFST referral: father at home refuses consent ('No – declined to sign') in the Parent | Agrees? | Signature grid; mum signs",
        "referral.pdf",
        ON3,
        _b3,
        Expected(
            "early_help_assessment",
            (
                person("Gemma Hughes", date(1989, 9, 30), True, ON3),
                person("Lee Hughes", date(1986, 11, 11), False, ON3),
                person("Jac Hughes", date(2017, 3, 19), False, ON3),
            ),
            "DY5 1AA",
            "Sioned Price",
            "sioned.price@familyworks.example.org",
            None,
            queue_reason="consent_missing",
        ),
    ),
)
