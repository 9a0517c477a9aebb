"""PALZ+: the referral form of an early intervention project for 8-13 year olds (young person's
personal details, principal carers, other household members including non-family members,
referral details, ethnicity, key agencies), as published; the stored copy names no council."""

# ruff: noqa: E501  (wording follows the published form)

from datetime import date

from tests.councils.kit import (
    Cell,
    F,
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

URL = "https://docsbay.net/young-person-s-personal-details"
TITLE = "PALZ+ REFERRAL FORM (PALZ+ focuses on engaging young people 8-13 year olds, through early intervention and working in partnership with schools, parents, local agencies and the community) – YOUNG PERSON'S PERSONAL DETAILS; YOUNG PERSON'S PRINCIPAL CARERS; OTHER HOUSEHOLD MEMBERS (INCLUDING NON-FAMILY MEMBERS); REFERRAL DETAILS; KEY AGENCIES"
COUNCIL = "PALZ+ (early intervention project for 8-13 year olds)"

_HEAD = [
    Title("PALZ+ REFERRAL FORM"),
    Para(
        "PALZ+ focuses on engaging young people 8-13 year olds, through early intervention and working in partnership with schools, parents, local agencies and the community. Please complete as fully as possible in capitals and put a tick or cross in all boxes."
    ),
]


def _consent(rows: list[list[str]]) -> list[object]:
    return [
        Heading("PARENT / CARER AND YOUNG PERSON CONSENT"),
        Para("I agree to this referral to PALZ+ and to information being shared with the agencies named above."),
        grid(["NAME", "SIGNATURE", "DATE"], rows),
    ]


ON1 = date(2026, 1, 13)


def _b1() -> bytes:
    return render_docx(
        [
            *_HEAD,
            Heading("YOUNG PERSON'S PERSONAL DETAILS"),
            kv(
                ("Surname", "OKONJO"),
                ("Forename", "DANIEL"),
                ("DOB", "09/09/2015"),
                ("Gender", "☒ Male ☐ Female"),
                ("Address", "71 HIGH STREET, QUARRY BANK, BRIERLEY HILL"),
                ("Postcode", "DY5 3BB"),
                ("School", "QUARRY BANK PRIMARY"),
                ("Tel", "07700 900318"),
                per_row=2,
            ),
            Heading("YOUNG PERSON'S PRINCIPAL CARERS"),
            grid(
                ["Surname", "Forename", "Relationship to child/young person", "Parental responsibility"],
                [
                    ["OKONJO", "GRACE", "MOTHER", "☒ Yes ☐ No"],
                    ["OKONJO", "SAMUEL", "FATHER", "☒ Yes ☐ No"],
                ],
            ),
            Heading("OTHER HOUSEHOLD MEMBERS (INCLUDING NON-FAMILY MEMBERS)"),
            grid(
                ["Surname", "Forename", "DOB", "Relationship to child"],
                [["OKONJO", "BLESSING", "03/03/2019", "SISTER"]],
            ),
            Heading("REFERRAL DETAILS"),
            kv(
                ("Referred by", "KAREN HOLLIS"),
                ("Agency or relationship to child/ young person", "LEARNING MENTOR, QUARRY BANK PRIMARY"),
                ("Address", "HIGH STREET, QUARRY BANK"),
                ("Postcode", "DY5 3EE"),
                ("Tel", "01632 960267"),
                ("Email", "k.hollis@quarrybankpri.example.sch.uk"),
                ("Date Referred", "13/01/2026"),
                per_row=2,
            ),
            Heading("REASON FOR REFERRAL"),
            Para("DANIEL IS GETTING INTO FIGHTS AT LUNCH AND HAS BEEN SEEN WITH OLDER BOYS IN THE PARK AFTER DARK."),
            *_consent(
                [
                    ["GRACE OKONJO", "G. Okonjo", "13/01/2026"],
                    ["SAMUEL OKONJO", "S. Okonjo", "13/01/2026"],
                ]
            ),
        ]
    )


ON2 = date(2026, 5, 5)


def _b2() -> bytes:
    return render_pdf(
        [
            *_HEAD,
            Heading("YOUNG PERSON'S PERSONAL DETAILS"),
            kv(
                ("Surname", "BRADLEY"),
                ("Forename", "KAI"),
                ("DOB", "21/12/2013"),
                ("Address", "5 CRADLEY ROAD, NETHERTON, DUDLEY"),
                ("Postcode", "DY2 9HF"),
                ("School", "YEAR 7, NETHERTON PARK ACADEMY"),
                per_row=2,
            ),
            Heading("YOUNG PERSON'S PRINCIPAL CARERS"),
            grid(
                ["Surname", "Forename", "Relationship to child/young person", "Parental responsibility"],
                [["BRADLEY", "SHARON", "MOTHER", "Yes"]],
            ),
            Heading("OTHER HOUSEHOLD MEMBERS (INCLUDING NON-FAMILY MEMBERS)"),
            grid(
                ["Surname", "Forename", "DOB", "Relationship to child"],
                [
                    ["BRADLEY", "CHLOE", "06/02/2009", "SISTER"],
                    ["BRADLEY", "ALFIE", "14/08/2024", "NEPHEW (CHLOE'S SON)"],
                ],
            ),
            Heading("REFERRAL DETAILS"),
            kv(
                ("Referred by", "PC LEE TANDY"),
                ("Agency", "WEST MIDLANDS POLICE – DUDLEY NPT, BRIERLEY HILL POLICE STATION DY5 3EE"),
                ("Email", "lee.tandy@police.example.org"),
                ("Date Referred", "05/05/2026"),
                per_row=2,
            ),
            Heading("REASON FOR REFERRAL"),
            Para("KAI (12) CAUGHT SHOPLIFTING TWICE WITH OLDER YOUTHS; COMMUNITY RESOLUTION. MUM WORKS NIGHTS, CHLOE (17) LOOKS AFTER KAI AND HER BABY."),
            *_consent([["SHARON BRADLEY", "S Bradley", "05/05/2026"], ["KAI BRADLEY", "Kai", "05/05/2026"]]),
        ],
        "PALZ+ referral",
    )


ON3 = date(2026, 9, 22)


def _b3() -> bytes:
    rows: list[list[Cell]] = []
    fields = [
        ("Surname", "Evans"),
        ("Forename", "Jessica"),
        ("DOB", "11/04/2016"),
        ("Address", "8 Stourbridge Road, Lye"),
        ("Postcode", "DY9 7AA"),
        ("School", "Lye Primary"),
        ("Principal carer 1 (Surname / Forename / Relationship / PR)", "Evans / Michelle / Mother / Yes"),
        ("Principal carer 2 (Surname / Forename / Relationship / PR)", "Turner / Wayne / Mother's partner / No"),
        ("Other household members (Surname / Forename / DOB / Relationship)", "Evans / Tyler / 30/01/2011 / Brother"),
        ("Referred by", "Nadine Ellis, Early Help Practitioner"),
        ("Email", "nadine.ellis@earlyhelp.example.gov.uk"),
        ("Date Referred", "22/09/2026"),
        ("Reason for referral", "Jessica is withdrawn and tearful at school; arguments at home since Wayne moved in."),
        ("Consent – parent/carer", "Michelle Evans signed 22/09/2026; Wayne Turner signed 22/09/2026"),
        ("Consent – young person / others 14+", "Tyler Evans (15) signed 22/09/2026"),
    ]
    for i, (label, value) in enumerate(fields, start=1):
        rows.append([L(label), F(value, f"Text{i}")])
    return render_acroform(
        [*_HEAD, Heading("YOUNG PERSON'S PERSONAL DETAILS"), Table(rows)],
        "PALZ+ referral",
    )


CASES: tuple[CouncilCase, ...] = (
    CouncilCase(
        "heldout12-palz-01",
        COUNCIL,
        URL,
        TITLE,
        "Word PALZ+ form in capitals as published: principal carers grid has no dates of birth; Parental responsibility ☒ Yes; other household members grid; the referrer's Address and Postcode (DY5 3EE, not in the table) in REFERRAL DETAILS after the family",
        "referral.docx",
        ON1,
        _b1,
        Expected(
            "early_help_assessment",
            (
                person("Daniel Okonjo", date(2015, 9, 9), False, ON1),
                person("Grace Okonjo", None, True, ON1),
                person("Samuel Okonjo", None, True, ON1),
                person("Blessing Okonjo", date(2019, 3, 3), False, ON1),
            ),
            "DY5 3BB",
            "Karen Hollis",
            "k.hollis@quarrybankpri.example.sch.uk",
            None,
        ),
    ),
    CouncilCase(
        "heldout12-palz-02",
        COUNCIL,
        URL,
        TITLE,
        "flattened PDF PALZ+ form: a 17-year-old sister and her baby in 'OTHER HOUSEHOLD MEMBERS'; only mum and the 12-year-old sign; police station postcode after the family",
        "referral.pdf",
        ON2,
        _b2,
        Expected(
            "early_help_assessment",
            (
                person("Kai Bradley", date(2013, 12, 21), True, ON2),
                person("Sharon Bradley", None, True, ON2),
                person("Chloe Bradley", date(2009, 2, 6), False, ON2),
                person("Alfie Bradley", date(2024, 8, 14), False, ON2),
            ),
            "DY2 9HF",
            "Lee Tandy",
            "lee.tandy@police.example.org",
            None,
            queue_reason="consent_missing",
        ),
    ),
    CouncilCase(
        "heldout12-palz-03",
        COUNCIL,
        URL,
        TITLE,
        "fillable PDF whose fields are Text1..Text15, each carer and household member packed 'Surname / Forename / Relationship / PR' into one field; mother's partner with another surname; mum, partner and 15-year-old brother sign",
        "referral.pdf",
        ON3,
        _b3,
        Expected(
            "early_help_assessment",
            (
                person("Jessica Evans", date(2016, 4, 11), False, ON3),
                person("Michelle Evans", None, True, ON3),
                person("Wayne Turner", None, True, ON3),
                person("Tyler Evans", date(2011, 1, 30), True, ON3),
            ),
            "DY9 7AA",
            "Nadine Ellis",
            "nadine.ellis@earlyhelp.example.gov.uk",
            None,
        ),
    ),
)
