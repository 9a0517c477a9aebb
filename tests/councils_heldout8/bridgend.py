"""Bridgend: Integrated Working Framework for meeting the needs of children and young people and
their families (common language, communication and information sharing, assessment, Team
Around the Child and multi-agency panels, Connecting Families)."""

# ruff: noqa: E501  (wording follows the published framework)

from datetime import date

from tests.councils.kit import (
    CB,
    Boxes,
    Heading,
    Para,
    Table,
    Title,
    grid,
    kv,
    person,
    render_acroform,
    render_docx,
)
from tests.councils.model import CouncilCase, Expected

URL = "https://docslib.org/integrated-working-framework-draft-v-0"
TITLE = "Bridgend County – Integrated Working Framework for meeting the needs of children and young people and their families, 2011 (7. Communication and information sharing; 8. Assessment, recording and monitoring of needs; 9. Team Around the Child and Multi-agency panels; 10. Connecting Families)"
COUNCIL = "Bridgend County Borough Council"

_ROUTES = ("Team Around the Child / Family", "Multi-agency panel", "Connecting Families")


def _form(
    on: str,
    route: str,
    practitioner: tuple[str, str, str, str],
    people: list[list[str]],
    address: str,
    postcode: str,
    needs: str,
    consent: list[list[str]],
    dob_label: str = "Date of birth",
) -> list[object]:
    return [
        Title(
            "Integrated Working – Request for Team Around the Family",
            "Bridgend County Children and Young People's Partnership",
        ),
        Heading("Route requested"),
        Table([[Boxes(tuple(CB(r == route, r) for r in _ROUTES))]]),
        Heading("Section 1 – Practitioner making the request"),
        kv(
            ("Name", practitioner[0]),
            ("Agency / address", practitioner[1]),
            ("Telephone", practitioner[2]),
            ("Email", practitioner[3]),
            ("Date", on),
            per_row=2,
        ),
        Heading("Section 2 – Family members (everyone living in the home)"),
        grid(["Surname", "First name", dob_label, "Relationship to main child"], people),
        kv(("Home address", address), ("Postcode", postcode), per_row=2),
        Heading("Section 3 – Strengths and needs of the child and family"),
        Para(needs),
        Heading("Section 4 – Information sharing and consent"),
        Para(
            "I understand why information about my family needs to be shared between the agencies in the Team Around the Family, and I agree to it being shared. I know I can withdraw my agreement at any time."
        ),
        grid(["Name", "Agreed (Yes/No)", "Signature", "Date"], consent),
    ]


ON1 = date(2026, 3, 17)


def _b1() -> bytes:
    return render_docx(
        _form(
            "17/03/2026",
            "Team Around the Child / Family",
            (
                "Rhian Jenkins, Family Engagement Officer",
                "Brynteg School, Ewenny Road, Bridgend CF31 3ER",
                "01632 960681",
                "r.jenkins@brynteg.example.sch.uk",
            ),
            [
                ["HOPKINS", "Bethan", "05/09/1986", "Mother"],
                ["HOPKINS", "Osian", "23/03/2011", "Main child"],
                ["HOPKINS", "Cerys", "14/07/2014", "Sister"],
            ],
            "4 Dudley Road, Sedgley",
            "DY3 1AB",
            "Osian (14) has been excluded twice for fighting; Bethan is a single parent since the family moved to Sedgley in February. Osian wants to join a boxing club; Bethan wants help with his anger and with Cerys's dyslexia assessment.",
            [
                ["Bethan Hopkins", "Yes", "B Hopkins", "17/03/2026"],
                ["Osian Hopkins", "Yes", "Osian", "17/03/2026"],
            ],
        )
    )


ON2 = date(2026, 7, 21)


def _b2() -> bytes:
    return render_acroform(
        _form(
            "21/07/2026",
            "Connecting Families",
            (
                "Huw Pritchard, Probation Officer",
                "Probation Service, Brackla Street, Bridgend CF31 1BZ",
                "07700 900684",
                "huw.pritchard@probation.example.gov.uk",
            ),
            [
                ["EVANS", "Gareth", "12/12/1978", "Father"],
                ["EVANS", "Tracey", "30/04/1981", "Mother"],
                ["EVANS", "Dylan", "17/09/2012", "Main child"],
                ["EVANS", "Megan", "01/02/2015", "Sister"],
            ],
            "31 Grange Road, Halesowen",
            "B63 4HJ",
            "Gareth has been released on licence to the family home in Halesowen. Dylan (13) is struggling with his father's return; the family ask for a Connecting Families worker.",
            [
                ["Gareth Evans", "Yes", "G Evans", "21/07/2026"],
                ["Tracey Evans", "Yes", "T Evans", "21/07/2026"],
            ],
        ),
        "Request for Team Around the Family",
    )


ON3 = date(2026, 10, 13)


def _b3() -> bytes:
    return render_docx(
        _form(
            "13.10.2026",
            "Multi-agency panel",
            (
                "Sian Morgan, Health Visitor",
                "Quarella Road Clinic, Bridgend CF31 1JW",
                "01632 960687",
                "sian.morgan@nhs.example.wales",
            ),
            [
                ["DAVIES", "Ffion", "02.08.99", "Mother"],
                ["PRICE", "Kyle", "19.11.97", "Partner"],
                ["DAVIES-PRICE", "Nel", "07.05.24", "Main child"],
            ],
            "9 Pedmore Road, Brierley Hill",
            "DY5 1AA",
            "Nel is not gaining weight; Ffion is 19 weeks pregnant and the couple have no family nearby since leaving Bridgend. Request for the multi-agency panel to agree health visiting and parenting support.",
            [
                ["Ffion Davies", "Yes", "F Davies", "13.10.2026"],
                ["Kyle Price", "Yes", "K Price", "13.10.2026"],
            ],
            dob_label="DOB (dd.mm.yy)",
        )
    )


CASES: tuple[CouncilCase, ...] = (
    CouncilCase(
        "heldout8-bridgend-taf-01",
        COUNCIL,
        URL,
        TITLE,
        "Word Team Around the Family request: TAC/TAF / panel / Connecting Families ☒/☐ first, school's Bridgend CF31 address before the family, SURNAME | First name grid, consent table Name | Agreed | Signature | Date signed by mum and the 14-year-old",
        "referral.docx",
        ON1,
        _b1,
        Expected(
            "early_help_assessment",
            (
                person("Bethan Hopkins", date(1986, 9, 5), True, ON1),
                person("Osian Hopkins", date(2011, 3, 23), True, ON1),
                person("Cerys Hopkins", date(2014, 7, 14), False, ON1),
            ),
            "DY3 1AB",
            "Rhian Jenkins",
            "r.jenkins@brynteg.example.sch.uk",
            None,
        ),
    ),
    CouncilCase(
        "heldout8-bridgend-taf-02",
        COUNCIL,
        URL,
        TITLE,
        "fillable PDF request to Connecting Families from a probation officer (CF31 1BZ): father listed first, both parents sign, the 13-year-old is under 14",
        "referral.pdf",
        ON2,
        _b2,
        Expected(
            "early_help_assessment",
            (
                person("Gareth Evans", date(1978, 12, 12), True, ON2),
                person("Tracey Evans", date(1981, 4, 30), True, ON2),
                person("Dylan Evans", date(2012, 9, 17), False, ON2),
                person("Megan Evans", date(2015, 2, 1), False, ON2),
            ),
            "B63 4HJ",
            "Huw Pritchard",
            "huw.pritchard@probation.example.gov.uk",
            None,
        ),
    ),
    CouncilCase(
        "heldout8-bridgend-taf-03",
        COUNCIL,
        URL,
        TITLE,
        "Word request to the multi-agency panel from a health visitor (CF31 clinic): dates of birth dd.mm.yy and other dates dd.mm.yyyy, toddler with a double-barrelled surname, unmarried parents with different surnames both sign",
        "referral.docx",
        ON3,
        _b3,
        Expected(
            "early_help_assessment",
            (
                person("Ffion Davies", date(1999, 8, 2), True, ON3),
                person("Kyle Price", date(1997, 11, 19), True, ON3),
                person("Nel Davies-Price", date(2024, 5, 7), False, ON3),
            ),
            "DY5 1AA",
            "Sian Morgan",
            "sian.morgan@nhs.example.wales",
            None,
        ),
    ),
)
