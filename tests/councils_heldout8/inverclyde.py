"""Inverclyde: Meeting the needs of Children, Young People and Families in Inverclyde – Getting it
Right for Every Child Practice Guidance 2016 (Named Person, wellbeing concerns, request for
assistance, Child's Plan; call Inverclyde social work services if a child is at risk of harm)."""

# ruff: noqa: E501  (wording follows the published guidance)

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
    grid,
    kv,
    person,
    render_docx,
    render_pdf,
)
from tests.councils.model import CouncilCase, Expected
from tests.councils_heldout8._mail import FRONT_DOOR, forwarded

URL = "https://dokumen.tips/documents/meeting-the-needs-of-children-young-people-and-the-needs-of-children-young-people.html"
TITLE = "Meeting the needs of Children, Young People and Families in Inverclyde: Getting it Right for Every Child Practice Guidance 2016 (concerned about a child or young person's safety – call Inverclyde social work services 01475 715365; Named Person; Child's Plan)"
COUNCIL = "Inverclyde Council (Inverclyde Health and Social Care Partnership)"

_WARN = "Concerned about a child or young person's safety? If you are concerned that a child is being harmed or is at risk of suffering harm you should call social work services during office hours; out of hours phone the Emergency Social Work Services or Police Scotland."


def _request(
    on: str,
    you: tuple[str, str, str, str],
    np_: str,
    child: list[str],
    carers: list[list[str]],
    address: tuple[str, str],
    harm: bool,
    concern: str,
    consent: tuple[str, str],
) -> list[object]:
    return [
        Title("Request for Assistance", "Getting it Right for Every Child in Inverclyde"),
        Para(_WARN),
        Table(
            [
                [
                    L(
                        "Is the child at risk of significant harm? (if Yes, phone social work now and record the call below)"
                    ),
                    Boxes((CB(harm, "Yes"), CB(not harm, "No"))),
                ]
            ]
        ),
        Heading("Part 1 – Your details"),
        kv(
            ("Name", you[0]),
            ("Designation", you[1]),
            ("Address", you[2]),
            ("Email", you[3]),
            ("Date", on),
            ("Named Person for this child", np_),
            per_row=2,
        ),
        Heading("Part 2 – Child or young person"),
        grid(["Forename", "Surname", "Date of birth", "School / nursery"], [child]),
        Heading("Part 3 – Parents / carers and others in the household"),
        grid(
            [
                "Forename",
                "Surname",
                "Date of birth",
                "Relationship",
                "Parental rights and responsibilities",
            ],
            carers,
        ),
        kv(("Home address", address[0]), ("Postcode", address[1]), per_row=2),
        Heading("Part 4 – Wellbeing concern and what assistance is requested"),
        Para(concern),
        Heading("Part 5 – Consent and views"),
        kv(
            ("Have the parents / carers agreed to this request? Who agreed?", consent[0]),
            ("Child's views", consent[1]),
        ),
    ]


ON1 = date(2026, 3, 3)


def _b1() -> bytes:
    return render_docx(
        _request(
            "03/03/2026",
            (
                "Ms Laura Kerr",
                "Depute Head Teacher",
                "Ardgowan Primary, Greenock PA16 8NE",
                "l.kerr@ardgowan.example.sch.uk",
            ),
            "Ms Laura Kerr (acting Named Person)",
            ["Ruaridh", "Docherty", "28/08/2017", "Ardgowan Primary P3 (leaving 06/03/2026)"],
            [
                ["Gemma", "Docherty", "16/02/1991", "Mother", "Yes"],
                ["Ross", "Docherty", "04/07/1989", "Father", "Yes"],
                ["Isla", "Docherty", "11/11/2023", "Sister", ""],
            ],
            ("16 Himley Road, Dudley", "DY1 1AA"),
            False,
            "The family are moving to Dudley for Ross's work. Ruaridh has a diagnosis of autism and needs a school place with support; parents ask for a family support worker during the move.",
            (
                "Yes – Gemma and Ross Docherty, 02/03/2026",
                "Ruaridh is worried about a new school and wants to bring his Lego club.",
            ),
        )
    )


ON2 = date(2026, 7, 14)


def _b2() -> bytes:
    doc = render_docx(
        _request(
            "14/07/2026",
            (
                "Karen Boyle",
                "School Nurse",
                "Inverclyde HSCP, Port Glasgow Health Centre, PA14 5EQ",
                "karen.boyle@nhs.example.scot",
            ),
            "Mr D Campbell, Head Teacher, Port Glasgow High",
            ["Jack", "McGinty", "09/01/2012", "Port Glasgow High (S3)"],
            [
                ["Angela", "McGinty", "20/10/1983", "Mother", "Yes"],
                ["Paul", "Gillespie", "13/05/1981", "Step-father", "No"],
                ["Sophie", "McGinty", "07/03/2008", "Sister (18)", ""],
            ],
            ("29 High Street, Wollaston, Stourbridge", "DY8 2SE"),
            False,
            "Jack (14) has type 1 diabetes and has missed clinic twice. The family moved to Wollaston in July. Assistance requested: a diabetes-aware school place and a young carers' assessment for Sophie.",
            (
                "Yes – Angela McGinty, Paul Gillespie, Jack McGinty and Sophie McGinty all agreed at a home visit on 14/07/2026",
                "Jack wants to keep playing football.",
            ),
        )
    )
    inner = Mail(
        "Karen Boyle <karen.boyle@nhs.example.scot>",
        "named.person@inverclyde.example.gov.uk",
        "Request for Assistance – J McGinty",
        ON2,
        hour=9,
    ).message()
    inner.set_content("Request for Assistance attached. The family have moved to Stourbridge.")
    inner.add_attachment(
        doc,
        maintype=DOCX_MIME[0],
        subtype=DOCX_MIME[1],
        filename="Request for Assistance McGinty.docx",
    )
    return forwarded(
        inner,
        "Inverclyde Named Person Service <named.person@inverclyde.example.gov.uk>",
        FRONT_DOOR,
        "FW: Request for Assistance – J McGinty",
        ON2,
        "Forwarding to Dudley as the family now live in your area. Lead: Karen Boyle, school nurse.",
    )


ON3 = date(2026, 11, 17)


def _b3() -> bytes:
    return render_pdf(
        _request(
            "17/11/2026",
            (
                "Mr Euan Morrison",
                "Youth Worker",
                "Inverclyde Youth Services, Gourock PA19 1AB",
                "euan.morrison@inverclyde-youth.example.org.uk",
            ),
            "Guidance teacher, Gourock High School",
            ["Tegan", "Sweeney", "01/06/2012", "Gourock High (S2)"],
            [
                ["Michelle", "Sweeney", "12/12/1987", "Mother", "Yes"],
                ["Darren", "Lyle", "27/08/1985", "Mother's partner", "No"],
            ],
            ("5 New Road, Netherton, Dudley", "DY2 9HF"),
            True,
            "Tegan disclosed on a video call on 17/11/2026 that Darren hit her with a belt at their new home in Dudley. Phoned to social work at 11:40 on 17/11/2026 and to Dudley front door; child protection. Parents not told.",
            (
                "No – not sought, this may place Tegan at further risk",
                "Tegan is frightened to go home.",
            ),
        ),
        "Request for Assistance",
    )


CASES: tuple[CouncilCase, ...] = (
    CouncilCase(
        "heldout8-inverclyde-rfa-01",
        COUNCIL,
        URL,
        TITLE,
        "Word GIRFEC Request for Assistance: 'risk of significant harm?' Yes/No box answered No at the top; the depute head at Greenock PA16 as acting Named Person; Forename | Surname grids; parents' agreement in words",
        "referral.docx",
        ON1,
        _b1,
        Expected(
            "early_help_assessment",
            (
                person("Ruaridh Docherty", date(2017, 8, 28), False, ON1),
                person("Gemma Docherty", date(1991, 2, 16), True, ON1),
                person("Ross Docherty", date(1989, 7, 4), True, ON1),
                person("Isla Docherty", date(2023, 11, 11), False, ON1),
            ),
            "DY1 1AA",
            "Laura Kerr",
            "l.kerr@ardgowan.example.sch.uk",
            None,
        ),
    ),
    CouncilCase(
        "heldout8-inverclyde-rfa-02",
        COUNCIL,
        URL,
        TITLE,
        "email forwarding a message/rfc822 whose Word attachment is the Request for Assistance: health centre's PA14 first, step-father and an 18-year-old sister in the household, agreement a sentence naming all four",
        "message.eml",
        ON2,
        _b2,
        Expected(
            "early_help_assessment",
            (
                person("Jack McGinty", date(2012, 1, 9), True, ON2),
                person("Angela McGinty", date(1983, 10, 20), True, ON2),
                person("Paul Gillespie", date(1981, 5, 13), True, ON2),
                person("Sophie McGinty", date(2008, 3, 7), True, ON2),
            ),
            "DY8 2SE",
            "Karen Boyle",
            "karen.boyle@nhs.example.scot",
            None,
        ),
    ),
    CouncilCase(
        "heldout8-inverclyde-rfa-03",
        COUNCIL,
        URL,
        TITLE,
        "flattened PDF Request for Assistance from a youth worker (Gourock PA19): 'risk of significant harm?' answered ☒ Yes, phoned to social work; consent not sought",
        "referral.pdf",
        ON3,
        _b3,
        Expected(
            "early_help_assessment",
            (
                person("Tegan Sweeney", date(2012, 6, 1), False, ON3),
                person("Michelle Sweeney", date(1987, 12, 12), False, ON3),
                person("Darren Lyle", date(1985, 8, 27), False, ON3),
            ),
            "DY2 9HF",
            "Euan Morrison",
            "euan.morrison@inverclyde-youth.example.org.uk",
            None,
            safeguarding=True,
            queue_reason="safeguarding_concern",
        ),
    ),
)
