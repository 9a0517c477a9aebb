"""Hounslow: the CFAN Referral Form and the Threshold Document (Continuum of Help and Support),
from the Hounslow Safeguarding Children Board's thresholds page."""

# ruff: noqa: E501  (wording follows the published page)

from datetime import date

from tests.councils.kit import (
    CB,
    DOCX_MIME,
    Boxes,
    Heading,
    L,
    Mail,
    Para,
    Table,
    Title,
    as_bytes,
    grid,
    kv,
    person,
    render_docx,
    render_pdf,
)
from tests.councils.model import CouncilCase, Expected
from tests.councils_heldout9._mail import FRONT_DOOR

URL = "http://hscb.org.uk/article.php?id=405&menu=2"
TITLE = "Hounslow Safeguarding Children Board – Thresholds: Hounslow Thresholds Guidance & Assessment Protocol (early help services to prevent problems escalating; statutory services to safeguard and promote welfare; Hounslow CFAN Referral Form; Threshold Document: Continuum of Help and Support)"
COUNCIL = "London Borough of Hounslow"

_LEVELS = (
    "Level 1 – Universal: needs met by universal services",
    "Level 2 – Early help: additional needs, single agency or early help support",
    "Level 3 – Targeted / complex: multi-agency early help or child in need",
    "Level 4 – Specialist / acute: child protection, statutory services",
)


def _continuum(n: int | None) -> list[object]:
    return [
        Heading(
            "Continuum of Help and Support – which level do you think the child's needs are at?"
        ),
        Table([[CB(i + 1 == n, t)] for i, t in enumerate(_LEVELS)]),
    ]


def _cfan(
    on: str,
    level: int | None,
    referrer: list[tuple[str, str]],
    child: list[tuple[str, str]],
    household: list[list[str]],
    consent: list[tuple[str, str]],
    reason: str,
) -> list[object]:
    return [
        Title(
            "CFAN Referral Form", "Hounslow Children's Services – early help and statutory services"
        ),
        Para(
            "Please read the Hounslow Thresholds Guidance & Assessment Protocol before completing this form. If a child is at immediate risk of harm call the police on 999."
        ),
        *_continuum(level),
        Heading("1. Referrer details"),
        kv(*referrer, ("Date of referral", on), per_row=2),
        Heading("2. Child / young person"),
        kv(*child, per_row=2),
        Heading("3. Household members and significant others"),
        grid(
            ["Surname", "Forename", "DOB", "Relationship to child", "Lives at home address? Y/N"],
            household,
        ),
        Heading("4. Consent"),
        kv(*consent),
        Heading("5. Reason for referral – what are you worried about, what is working well?"),
        Para(reason),
    ]


ON1 = date(2026, 2, 9)


def _b1() -> bytes:
    return render_docx(
        _cfan(
            "09/02/2026",
            3,
            [
                ("Name", "Priya Malhotra"),
                ("Role", "Pastoral Manager"),
                ("Agency", "Heston West Academy"),
                ("Address", "Vicarage Farm Road, Heston, Hounslow"),
                ("Postcode", "TW5 0DX"),
                ("Telephone", "01632 960611"),
                ("Email", "p.malhotra@hestonwest.example.sch.uk"),
            ],
            [
                ("Surname", "OKAFOR"),
                ("Forename", "Daniel"),
                ("DOB", "03/11/2010"),
                ("Gender", "Male"),
                ("Home address", "14 Hill Road, Brierley Hill"),
                ("Postcode", "DY5 3BB"),
                ("School", "Year 10 (on roll until 30/01/2026, now moved)"),
                ("GP", "not yet registered in Dudley"),
            ],
            [
                ["OKAFOR", "Sharon", "21/07/1985", "Mother", "Y"],
                ["OKAFOR", "Daniel", "03/11/2010", "Self", "Y"],
                ["OKAFOR", "Grace", "15/04/2016", "Sister", "Y"],
                ["OKAFOR", "Emeka", "02/02/1982", "Father", "N – Feltham, TW13 4GU"],
            ],
            [
                (
                    "Have you discussed this referral with the parent/carer? Yes / No (delete as appropriate)",
                    "Yes",
                ),
                (
                    "Does the parent/carer consent to the referral and to information being shared? Yes / No (delete as appropriate)",
                    "Yes",
                ),
                (
                    "Who gave consent? (name everyone)",
                    "Sharon Okafor (mother) and Daniel Okafor (15), in school on 06/02/2026",
                ),
            ],
            "The family moved from Hounslow to Brierley Hill at the end of January 2026 after the parents separated. Daniel (15) was on a pastoral support plan for persistent absence (72%) and had two fixed-term exclusions this year. Mum is struggling with Grace's anxiety at night and with rent arrears. We consider the needs to be at Level 3 and ask that the early help plan continues in Dudley.",
        )
    )


ON2 = date(2026, 6, 23)


def _b2() -> bytes:
    form = render_docx(
        _cfan(
            "23/06/2026",
            4,
            [
                ("Name", "Bethany Cole"),
                ("Role", "Health Visitor"),
                ("Agency", "Feltham Health Centre, Bedfont Lane, Feltham"),
                ("Postcode", "TW14 9BX"),
                ("Telephone", "07700 900618"),
                ("Email", "bethany.cole@hounslow-hv.example.nhs.uk"),
            ],
            [
                ("Surname", "RIX"),
                ("Forename", "Ivy"),
                ("DOB", "30/03/2025"),
                ("Gender", "Female"),
                ("Home address", "7 Stour Street, Netherton, Dudley DY2 9HF"),
                ("Postcode", "see address"),
            ],
            [
                ["RIX", "Jade", "11/12/2001", "Mother", "Y"],
                ["RIX", "Ivy", "30/03/2025", "Self", "Y"],
                ["RIX", "Tommy", "08/08/2018", "Brother", "Y"],
                ["KANE", "Luke", "19/05/1998", "Mother's partner", "Y"],
            ],
            [
                (
                    "Have you discussed this referral with the parent/carer? Yes / No (delete as appropriate)",
                    "No",
                ),
                (
                    "If no, why not?",
                    "Informing mother's partner would place the children at increased risk",
                ),
            ],
            "Ivy (15 months) attended A&E in Dudley on 20/06/2026 with a bruise to her cheek; Tommy (7) told his teacher that Luke 'shouts and throws things'. Family moved from Feltham in May. I have phoned the police and consider this Level 4: a child protection referral.",
        )
    )
    msg = Mail(
        "Bethany Cole <bethany.cole@hounslow-hv.example.nhs.uk>",
        FRONT_DOOR,
        "URGENT CFAN Referral Form – Ivy Rix – Level 4",
        ON2,
        hour=9,
    ).message()
    msg.set_content(
        "Hello,\n\nFurther to my call this morning, please find the completed CFAN Referral Form attached. The family have moved into your area (Netherton). The form is at Level 4 and parents are not aware of the referral.\n\nBethany Cole\nHealth Visitor"
    )
    msg.add_attachment(
        form, maintype=DOCX_MIME[0], subtype=DOCX_MIME[1], filename="CFAN Referral Form RIX.docx"
    )
    return as_bytes(msg)


ON3 = date(2026, 9, 29)


def _b3() -> bytes:
    return render_pdf(
        [
            Title(
                "CFAN – request for Early Help",
                "Hounslow Children's Services – internal step across",
            ),
            Para(
                "To be completed by the CFAN social worker when the contact does not meet the threshold for statutory services and the family has agreed to early help."
            ),
            *_continuum(2),
            Heading("CFAN worker making the request"),
            kv(
                ("Name", "Marcus Heath"),
                ("Role", "Social Worker, CFAN duty team"),
                ("Team address", "Civic Centre, Lampton Road, Hounslow TW3 4DN"),
                ("Email", "marcus.heath@hounslow-cfan.example.gov.uk"),
                ("Date of request", "29/09/2026"),
                ("Contact ref.", "CFAN-26-4471"),
                per_row=2,
            ),
            Heading("Allocated Early Help Lead Professional"),
            kv(
                ("Name", "Tom Ridley"),
                ("Service", "Early Help Family Support"),
                ("Email", "tom.ridley@earlyhelp-family.example.gov.uk"),
                ("Telephone", "01632 960627"),
                per_row=2,
            ),
            Heading("Family"),
            grid(
                ["Surname", "Forename", "DOB", "Relationship", "Lives at home address? Y/N"],
                [
                    ["BUTLER", "Kelly", "04/01/1990", "Mother", "Y"],
                    ["BUTLER", "Harvey", "22/06/2014", "Son", "Y"],
                    ["BUTLER", "Maisie", "13/10/2019", "Daughter", "Y"],
                ],
            ),
            kv(
                ("Home address", "31 Cot Lane, Kingswinford"),
                ("Postcode", "DY6 7AA"),
                ("School (Harvey)", "Wordsley Green School, Stourbridge DY8 2SE"),
                ("GP", "Kingswinford Surgery, DY6 9AE"),
                per_row=2,
            ),
            Heading("Consent"),
            Table(
                [
                    [
                        L("Family agree to early help?"),
                        Boxes((CB(True, "Yes"), CB(False, "No"))),
                        L("How recorded"),
                        "Verbal consent from Kelly Butler by phone, 28/09/2026",
                    ]
                ]
            ),
            Heading("Reason for step across"),
            Para(
                "Contact from the school about Harvey's (12) low mood and mum's isolation after moving. No safeguarding concerns found on checks; threshold Level 2. Mum would like a family support worker and a parenting group."
            ),
        ],
        "CFAN request for Early Help",
    )


CASES: tuple[CouncilCase, ...] = (
    CouncilCase(
        "heldout9-hounslow-cfan-01",
        COUNCIL,
        URL,
        TITLE,
        "Word CFAN Referral Form: Continuum of Help and Support Level 1-4 ☒/☐ with Level 3 first; referrer's address and separate Postcode (TW5) before the child; SURNAME in capitals before Forename; father in Feltham marked 'N'; consent 'Yes / No (delete as appropriate)' and a 'Who gave consent?' line naming mum and the 15-year-old",
        "referral.docx",
        ON1,
        _b1,
        Expected(
            "early_help_assessment",
            (
                person("Sharon Okafor", date(1985, 7, 21), True, ON1),
                person("Daniel Okafor", date(2010, 11, 3), True, ON1),
                person("Grace Okafor", date(2016, 4, 15), False, ON1),
            ),
            "DY5 3BB",
            "Priya Malhotra",
            "p.malhotra@hestonwest.example.sch.uk",
            3,
        ),
    ),
    CouncilCase(
        "heldout9-hounslow-cfan-02",
        COUNCIL,
        URL,
        TITLE,
        "email with the Word CFAN Referral Form attached: Level 4 ticked on the continuum; the postcode is inside the home address and the Postcode box reads 'see address'; parents not informed",
        "message.eml",
        ON2,
        _b2,
        Expected(
            "early_help_assessment",
            (
                person("Jade Rix", date(2001, 12, 11), False, ON2),
                person("Ivy Rix", date(2025, 3, 30), False, ON2),
                person("Tommy Rix", date(2018, 8, 8), False, ON2),
                person("Luke Kane", date(1998, 5, 19), False, ON2),
            ),
            "DY2 9HF",
            "Bethany Cole",
            "bethany.cole@hounslow-hv.example.nhs.uk",
            4,
            safeguarding=True,
            queue_reason="safeguarding_concern",
        ),
    ),
    CouncilCase(
        "heldout9-hounslow-cfan-03",
        COUNCIL,
        URL,
        TITLE,
        "flattened PDF internal CFAN request for Early Help (step across from the front door): Level 2 ticked; allocated Early Help Lead Professional named apart from the CFAN social worker; the school's Stourbridge DY8 2SE (another Dudley-table postcode) and the GP's DY6 9AE after the family's Kingswinford postcode",
        "referral.pdf",
        ON3,
        _b3,
        Expected(
            "internal_request",
            (
                person("Kelly Butler", date(1990, 1, 4), True, ON3),
                person("Harvey Butler", date(2014, 6, 22), False, ON3),
                person("Maisie Butler", date(2019, 10, 13), False, ON3),
            ),
            "DY6 7AA",
            "Tom Ridley",
            "tom.ridley@earlyhelp-family.example.gov.uk",
            2,
        ),
    ),
)
