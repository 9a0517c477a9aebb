"""Ealing Council: Supportive Action for Families in Ealing (SAFE) and the Early Help & Prevention
Service, from the Children's Services Scrutiny Panel of 2 October 2025 (Families First Partnership
Programme; children at risk of coming into care)."""

# ruff: noqa: E501  (wording follows the published page)

from datetime import date

from tests.councils.kit import (
    CB,
    Boxes,
    Heading,
    L,
    Para,
    Span,
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

URL = "https://opengovernment.network/meetings/81125"
TITLE = "Ealing Council Children's Services Scrutiny Panel, 2 October 2025 – the council's response to the national children's social care agenda, the Families First Partnership Program, and the role of the LBE SAFE teams (Supportive Action for Families in Ealing) and early intervention in supporting children at risk of entering care; integrated, locality-focused early help services"
COUNCIL = "Ealing Council (SAFE – Supportive Action for Families in Ealing)"


def _yn(yes: bool) -> Boxes:
    return Boxes((CB(yes, "Yes"), CB(not yes, "No")))


ON1 = date(2026, 3, 3)


def _b1() -> bytes:
    return render_docx(
        [
            Title(
                "SAFE – Internal Request for Early Help",
                "Children's Social Care to Early Help & Prevention (internal use only)",
            ),
            Para(
                "To be completed by a social worker when a family assessed by Children's Social Care is to be offered early help instead of, or after, a statutory service."
            ),
            Table(
                [
                    [
                        L("Request type"),
                        Span(
                            Boxes(
                                (
                                    CB(
                                        True,
                                        "Internal request – assessment closing, early help offered",
                                    ),
                                    CB(False, "Step down from CIN / CP plan"),
                                )
                            ),
                            3,
                        ),
                    ],
                    [L("Requesting social worker"), "Tomasz Kowal", L("Team"), "Assessment Team 2"],
                    [L("Email"), "tomasz.kowal@csc-dudley.example.gov.uk", L("Date"), "03/03/2026"],
                    [L("Case ref."), "LL 552190", L("Manager"), "A. Reid"],
                ]
            ),
            Heading("Family"),
            grid(
                ["Surname", "Forename", "DOB", "Relationship", "Mosaic / LL ID"],
                [
                    ["SINGH", "Harpreet", "15/09/1989", "Mother", "LL 552188"],
                    ["SINGH", "Jaspreet", "06/06/1987", "Father", "LL 552189"],
                    ["SINGH", "Amrit", "22/01/2014", "Son", "LL 552190"],
                    ["SINGH", "Simran", "30/08/2016", "Daughter", "LL 552191"],
                ],
            ),
            kv(
                ("Address", "5 Church Road, Pensnett, Brierley Hill"),
                ("Postcode", "DY8 4HB"),
                per_row=2,
            ),
            Heading("Outcome of assessment and why early help"),
            Para(
                "Single assessment completed following a police notification of a verbal argument. No further social care role; both parents want help with Amrit's (12) behaviour and managing conflict. Request allocation to a family support practitioner."
            ),
            Heading("Family agreement"),
            Table(
                [
                    [
                        L("Have parents agreed to early help?"),
                        _yn(True),
                        L("Recorded"),
                        "Harpreet and Jaspreet Singh agreed at the closing visit, 02/03/2026",
                    ]
                ]
            ),
        ]
    )


ON2 = date(2026, 6, 30)


def _b2() -> bytes:
    return render_pdf(
        [
            Title(
                "SAFE – Step Down to Early Help",
                "Child in Need plan closing – transfer to Early Help & Prevention",
            ),
            kv(
                ("Social worker", "Olivia Grant"),
                ("Email", "olivia.grant@csc-dudley.example.gov.uk"),
                ("CIN plan", "Open 14/11/2025 – closing 14/07/2026"),
                ("Date of step-down meeting", "30/06/2026"),
                per_row=2,
            ),
            Heading("Family"),
            kv(
                ("Family name", "MORRIS / ASANTE"),
                ("Address", "18 Tipton Road, Tipton DY4 0RE"),
                per_row=2,
            ),
            grid(
                ["Forename", "Surname", "Date of birth", "Relationship"],
                [
                    ["Jodie", "Morris", "03/12/1992", "Mother"],
                    ["Kofi", "Asante", "19/04/1990", "Mother's partner"],
                    ["Ava", "Morris", "11/02/2013", "Daughter"],
                    ["Kwame", "Asante", "07/07/2023", "Son"],
                ],
            ),
            Heading("What has changed"),
            Para(
                "Mum has completed the Freedom Programme and Kofi the Caring Dads course; no incidents since January. Ava's attendance is 95%. Remaining needs: housing (overcrowding), Ava's anxiety."
            ),
            Heading("Lead Practitioner following step-down"),
            kv(
                ("Name", "Samira Begum"),
                ("Service", "Early Help & Prevention – family support"),
                ("Email", "samira.begum@earlyhelp-dudley.example.gov.uk"),
                per_row=3,
            ),
            Heading("Agreement"),
            grid(
                ["Name", "Signature", "Date"],
                [
                    ["Jodie Morris", "J Morris", "30/06/2026"],
                    ["Kofi Asante", "K. Asante", "30/06/2026"],
                    ["Ava Morris", "Ava", "30/06/2026"],
                ],
            ),
        ],
        "SAFE step down",
    )


ON3 = date(2026, 10, 13)


def _b3() -> bytes:
    return render_acroform(
        [
            Title(
                "SAFE – Request for Early Help Support",
                "Families First Partnership – external agencies",
            ),
            Heading("About you"),
            kv(
                ("Name", "Grace Oduya"),
                ("Organisation", "Featherstone Primary, Southall UB2 5HF (previous school)"),
                ("Email", "g.oduya@featherstone.example.sch.uk"),
                ("Telephone", "01632 960905"),
                ("Date", "13/10/2026"),
                per_row=2,
            ),
            Heading("The family"),
            kv(("Address", "3 Oldbury Road, Rowley Regis"), ("Postcode", "B69 1AA"), per_row=2),
            grid(
                ["Name", "Date of birth", "Relationship", "School"],
                [
                    ["Abdi Hassan", "09/05/1984", "Father", ""],
                    ["Hodan Ali", "17/02/1990", "Mother", ""],
                    ["Sagal Hassan", "28/10/2015", "Daughter", "Year 6"],
                    ["Yusuf Hassan", "13/10/2012", "Son", "Year 9"],
                ],
            ),
            Heading("What support is needed"),
            Para(
                "The family moved from Southall in September. Yusuf turns 14 today; he is being drawn into a group of older boys. The family want a youth worker and help with Sagal's EHCP transfer."
            ),
            Heading("Consent"),
            grid(
                ["Name", "Signature", "Date"],
                [
                    ["Abdi Hassan", "A. Hassan", "13/10/2026"],
                    ["Hodan Ali", "H Ali", "13/10/2026"],
                    ["Yusuf Hassan", "Yusuf H", "13/10/2026"],
                ],
            ),
        ],
        "SAFE request",
    )


CASES: tuple[CouncilCase, ...] = (
    CouncilCase(
        "heldout10-ealing-safe-01",
        COUNCIL,
        URL,
        TITLE,
        "Word internal request from a social worker to Early Help & Prevention: request type ☒/☐ merged across the grid; SURNAME-first family table with case IDs; agreement recorded in a cell naming both parents",
        "referral.docx",
        ON1,
        _b1,
        Expected(
            "internal_request",
            (
                person("Harpreet Singh", date(1989, 9, 15), True, ON1),
                person("Jaspreet Singh", date(1987, 6, 6), True, ON1),
                person("Amrit Singh", date(2014, 1, 22), False, ON1),
                person("Simran Singh", date(2016, 8, 30), False, ON1),
            ),
            "DY8 4HB",
            "Tomasz Kowal",
            "tomasz.kowal@csc-dudley.example.gov.uk",
            None,
        ),
    ),
    CouncilCase(
        "heldout10-ealing-safe-02",
        COUNCIL,
        URL,
        TITLE,
        "flattened PDF step-down from a CIN plan: family name 'MORRIS / ASANTE'; postcode at the end of the Address cell; Forename before Surname; 'Lead Practitioner following step-down' named apart from the social worker; a 13-year-old signs too",
        "referral.pdf",
        ON2,
        _b2,
        Expected(
            "step_down",
            (
                person("Jodie Morris", date(1992, 12, 3), True, ON2),
                person("Kofi Asante", date(1990, 4, 19), True, ON2),
                person("Ava Morris", date(2013, 2, 11), True, ON2),
                person("Kwame Asante", date(2023, 7, 7), False, ON2),
            ),
            "DY4 0RE",
            "Samira Begum",
            "samira.begum@earlyhelp-dudley.example.gov.uk",
            None,
        ),
    ),
    CouncilCase(
        "heldout10-ealing-safe-03",
        COUNCIL,
        URL,
        TITLE,
        "fillable PDF request from an external agency: the old school's Southall UB2 postcode inside the Organisation field; a son who turns 14 on the day signs with his parents",
        "referral.pdf",
        ON3,
        _b3,
        Expected(
            "early_help_assessment",
            (
                person("Abdi Hassan", date(1984, 5, 9), True, ON3),
                person("Hodan Ali", date(1990, 2, 17), True, ON3),
                person("Sagal Hassan", date(2015, 10, 28), False, ON3),
                person("Yusuf Hassan", date(2012, 10, 13), True, ON3),
            ),
            "B69 1AA",
            "Grace Oduya",
            "g.oduya@featherstone.example.sch.uk",
            None,
        ),
    ),
)
