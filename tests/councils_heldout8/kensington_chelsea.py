"""Kensington and Chelsea: referral to the Early Help Family Hub (Worried about a child?
information for professionals; discuss with the family and refer to the Early Help Team)."""

# ruff: noqa: E501  (wording follows the published page)

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
    render_pdf,
)
from tests.councils.model import CouncilCase, Expected

URL = "https://www.rbkc.gov.uk/kb5/rbkc/fis/advice.page?id=bELHdZE3WWo"
TITLE = "Royal Borough of Kensington and Chelsea Family Information Service – Worried about a child? (information for professionals) (discuss this with the family and make your referral to the Early Help Team or to Family Services; Assessment and Access Team; refer to the Kensington and Chelsea Early Help Family Hub)"
COUNCIL = "Royal Borough of Kensington and Chelsea"

_SERVICES = ("Early Help Family Hub", "Family Services (social work)")


def _form(
    on: str,
    service: str,
    discussed: str,
    referrer: list[tuple[str, str]],
    key_worker: tuple[str, str, str] | None,
    children: list[list[str]],
    adults: list[list[str]],
    address: tuple[str, str],
    why: str,
    consent: list[object],
) -> list[object]:
    blocks: list[object] = [
        Title("Early Help Referral Form", "Kensington and Chelsea Early Help Family Hub"),
        Para(
            "If you are worried that a child or young person is at immediate risk, contact the Assessment and Access Team immediately. If you are worried that someone is in immediate danger call 999."
        ),
        Heading("Referral to"),
        Table([[Boxes(tuple(CB(s == service, s) for s in _SERVICES))]]),
        kv(
            (
                "Have you discussed this referral with the family? Yes / No (delete as appropriate)",
                discussed,
            )
        ),
        Heading("1. About you"),
        kv(*referrer, ("Date of referral", on), per_row=2),
    ]
    if key_worker:
        blocks += [
            Heading("Lead professional / key worker already working with the family (if any)"),
            kv(
                ("Name", key_worker[0]),
                ("Service", key_worker[1]),
                ("Email", key_worker[2]),
                per_row=3,
            ),
        ]
    blocks += [
        Heading("2. Children"),
        grid(["First name", "Last name", "Date of birth", "Gender", "School / nursery"], children),
        Heading("3. Parents / carers and other adults in the home"),
        grid(
            [
                "First name",
                "Last name",
                "Date of birth",
                "Relationship to children",
                "Lives with the children?",
            ],
            adults,
        ),
        kv(("Family address", address[0]), ("Postcode", address[1]), per_row=2),
        Heading("4. Why are you referring? What would the family like to change?"),
        Para(why),
        Heading("5. Consent"),
        *consent,
    ]
    return blocks


ON1 = date(2026, 2, 3)


def _b1() -> bytes:
    return render_docx(
        _form(
            "03/02/2026",
            "Early Help Family Hub",
            "Yes",
            [
                ("Name", "Dr Priya Nair"),
                ("Role", "GP"),
                ("Practice", "Golborne Medical Centre, Golborne Road, London W10 5PR"),
                ("Telephone", "01632 960601"),
                ("Email", "priya.nair@nhs.example.net"),
            ],
            (
                "Carla Mendes",
                "Early Help Key Worker, Wordsley Family Hub",
                "carla.mendes@familyhub.example.org.uk",
            ),
            [
                ["Jayden", "Clarke", "21/04/2014", "M", "Crestwood School"],
                ["Nia", "Clarke", "02/11/2017", "F", "Brook Primary"],
            ],
            [
                ["Simone", "Clarke", "08/08/1990", "Mother", "Yes"],
                ["Marcus", "Clarke", "16/12/1988", "Father", "No – North Kensington W10 6DD"],
            ],
            ("7 Bull Street, Gornal Wood, Dudley", "DY3 1AB"),
            "Simone has severe asthma and has been admitted twice; Jayden is caring for Nia. The family moved to Gornal in January and Simone is already working with a key worker at the family hub, who has agreed to lead.",
            [
                Table(
                    [
                        [
                            L("Parent/carer consent to referral and information sharing"),
                            "Yes – signed by Simone Clarke 03/02/2026",
                        ],
                    ]
                )
            ],
        )
    )


ON2 = date(2026, 6, 23)


def _b2() -> bytes:
    return render_acroform(
        _form(
            "23/06/2026",
            "Early Help Family Hub",
            "Yes",
            [
                ("Name", "Oliver Banks"),
                ("Role", "Housing Officer"),
                (
                    "Organisation",
                    "Kensington and Chelsea Housing, Kensington Town Hall, Hornton Street W8 7NX",
                ),
                ("Telephone", "07700 900606"),
                ("Email", "oliver.banks@rbkc-housing.example.gov.uk"),
            ],
            None,
            [["Leah", "Walsh-Murphy", "14/02/2021", "F", "Nursery"]],
            [
                ["Aoife", "Murphy", "29/09/1997", "Mother", "Yes"],
                ["Declan", "Walsh", "03/03/1996", "Father", "Yes"],
            ],
            ("Flat 4, Tiled House Lane, Pensnett, Brierley Hill", "DY5 3BB"),
            "The family have moved into a council tenancy in Pensnett from temporary accommodation in Kensington. Rent arrears and no furniture; Leah's speech is delayed.",
            [
                Table(
                    [
                        [
                            L(
                                "Does the parent/carer agree to this referral? Yes / No (delete as appropriate)"
                            ),
                            "Yes",
                        ],
                        [
                            L("Name(s) of parent(s)/carer(s) agreeing"),
                            "Aoife Murphy and Declan Walsh",
                        ],
                        [L("Date"), "23/06/2026"],
                    ]
                )
            ],
        ),
        "Early Help Referral Form",
    )


ON3 = date(2026, 11, 10)


def _b3() -> bytes:
    return render_pdf(
        _form(
            "10/11/2026",
            "Early Help Family Hub",
            "Yes",
            [
                ("Name", "Ms Farah Haddad"),
                ("Role", "Designated Safeguarding Lead"),
                ("School", "Holland Park School, Airlie Gardens, London W8 7AF"),
                ("Telephone", "01632 960609"),
                ("Email", "f.haddad@hps.example.sch.uk"),
            ],
            None,
            [["Yusuf", "Haddad-Khan", "17/01/2011", "M", "Year 11"]],
            [
                ["Layla", "Khan", "05/05/1979", "Mother", "Yes"],
                ["Omar", "Haddad", "22/02/1975", "Father", "No – lives in Ladbroke Grove W11 1AA"],
                ["Sana", "Khan", "10/10/2006", "Sister (student)", "Yes"],
            ],
            ("31 Salop Street, Dudley", "DY1 2QP"),
            "Yusuf (15) moved to live with his mother in Dudley in October and is out of school. Mum, Yusuf and his sister Sana all want support with a school place and family relationships.",
            [
                grid(
                    ["Name", "Signature", "Date"],
                    [
                        ["Layla Khan", "L Khan", "10/11/2026"],
                        ["Yusuf Haddad-Khan", "Yusuf H-K", "10/11/2026"],
                        ["Sana Khan", "S. Khan", "10/11/2026"],
                    ],
                )
            ],
        ),
        "Early Help Referral Form",
    )


CASES: tuple[CouncilCase, ...] = (
    CouncilCase(
        "heldout8-kensington-chelsea-ehfh-01",
        COUNCIL,
        URL,
        TITLE,
        "Word Early Help Family Hub referral from a GP (W10 practice): service ☒/☐ and 'Yes / No (delete as appropriate)' discussion question first; key worker already leading named apart from the GP; father in North Kensington marked 'No'",
        "referral.docx",
        ON1,
        _b1,
        Expected(
            "early_help_assessment",
            (
                person("Jayden Clarke", date(2014, 4, 21), False, ON1),
                person("Nia Clarke", date(2017, 11, 2), False, ON1),
                person("Simone Clarke", date(1990, 8, 8), True, ON1),
            ),
            "DY3 1AB",
            "Carla Mendes",
            "carla.mendes@familyhub.example.org.uk",
            None,
        ),
    ),
    CouncilCase(
        "heldout8-kensington-chelsea-ehfh-02",
        COUNCIL,
        URL,
        TITLE,
        "fillable PDF Early Help Family Hub referral from a housing officer (W8 town hall): child with a double-barrelled surname, parents' surnames differ, consent 'Yes / No (delete as appropriate)' answered Yes with both parents named",
        "referral.pdf",
        ON2,
        _b2,
        Expected(
            "early_help_assessment",
            (
                person("Leah Walsh-Murphy", date(2021, 2, 14), False, ON2),
                person("Aoife Murphy", date(1997, 9, 29), True, ON2),
                person("Declan Walsh", date(1996, 3, 3), True, ON2),
            ),
            "DY5 3BB",
            "Oliver Banks",
            "oliver.banks@rbkc-housing.example.gov.uk",
            None,
        ),
    ),
    CouncilCase(
        "heldout8-kensington-chelsea-ehfh-03",
        COUNCIL,
        URL,
        TITLE,
        "flattened PDF Early Help Family Hub referral from a school DSL (W8): father in W11 outside the household, a 20-year-old sister at home, Name | Signature | Date grid signed by three",
        "referral.pdf",
        ON3,
        _b3,
        Expected(
            "early_help_assessment",
            (
                person("Yusuf Haddad-Khan", date(2011, 1, 17), True, ON3),
                person("Layla Khan", date(1979, 5, 5), True, ON3),
                person("Sana Khan", date(2006, 10, 10), True, ON3),
            ),
            "DY1 2QP",
            "Farah Haddad",
            "f.haddad@hps.example.sch.uk",
            None,
        ),
    ),
)
