"""Wakefield: Multi-Agency Referral Form (MARF) to the Integrated Front Door, and a social worker's
transfer (step down) to an Early Help Team under the Transfer Protocol."""

# ruff: noqa: E501  (labels are copied verbatim from the published pages)

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
    render_docx,
    render_pdf,
)
from tests.councils.model import CouncilCase, Expected

URL = "https://www.wakefieldscp.org.uk/professionals/key-safeguarding-forms-tools-standards-frameworks/"
TITLE = "Wakefield Safeguarding Children Partnership – Key Safeguarding Forms: Multi-Agency Referral Form (MARF) (a service from the Children First Hub or from Children’s Social Care; call the Integrated Front Door on 0345 8503 503 first)"
URL_T = "https://wakefieldcs.trixonline.co.uk/chapter/transfer-protocol"
TITLE_T = "Wakefield Children and Young People Service Procedures – Transfer Protocol (transfer summary; management decision recorded; worker taking on responsibility for the case; Early Help Teams)"

NEEDS = (
    "Unemployment/financial hardship",
    "Domestic Abuse",
    "Mental health or other health difficulties",
    "Drug or alcohol misuse",
    "School attendance problems",
    "Crime and anti-social behaviour problems",
    "Children who need help",
)
HUB = "A service from the Children First Hub where you have identified a child and family need support and have consented"
CSC = "A service from Children’s Social Care where you are worried about the safety of a child and/or the parents’ capacity to meet a child’s care needs"


def _service(hub: bool, needs: set[str], call: str) -> list[object]:
    return [
        Title("Multi-Agency Referral Form (MARF)", "Wakefield Integrated Front Door"),
        Para(
            "Before completing and submitting a MARF to the Integrated Front Door (IFD), please call 0345 8503 503 in the "
            "first instance to discuss. As part of this discussion the IFD will advise on next steps to take and whether a MARF should be completed."
        ),
        kv(("Date and outcome of your call to the IFD", call)),
        Heading("1. Which service are you referring to?"),
        Table([[CB(hub, "1. " + HUB)], [CB(not hub, "2. " + CSC)]]),
        Heading("If 1: the family need support in relation to (tick all that apply)"),
        Table([[CB(n in needs, n)] for n in NEEDS]),
    ]


ON1 = date(2026, 1, 26)


def _build_01() -> bytes:
    blocks = [
        *_service(
            True,
            {
                "Unemployment/financial hardship",
                "School attendance problems",
                "Children who need help",
            },
            "26/01/2026 10:05 – spoke to IFD screener (Early Help), advised to complete a MARF",
        ),
        Heading("2. Child / young person details"),
        grid(
            ["First name", "Surname", "DOB", "Gender", "School / setting"],
            [
                ["Josh", "Ward", "30/04/2009", "M", "Halesowen College"],
                ["Mia", "Ward", "15/10/2016", "F", "Cradley C of E Primary"],
            ],
        ),
        kv(
            ("Home address", "19 Colley Gate, Cradley, Halesowen B63 4HJ"),
            ("Home telephone", "07700 900 694"),
            per_row=2,
        ),
        Heading("3. Parents / carers and other members of the household"),
        grid(
            [
                "Full name",
                "Relationship to child",
                "DOB",
                "Lives at the home address?",
                "Parental responsibility?",
            ],
            [
                ["Natalie Ward", "Mother", "11/12/1988", "Yes", "Yes"],
                ["Craig Dunn", "Mum’s partner", "02/05/1986", "Yes", "No"],
                ["Lee Ward", "Father", "", "No – Rowley Regis", "Yes"],
            ],
        ),
        Heading("4. Consent"),
        kv(
            (
                "Has the family consented to this referral and to information being shared?",
                Boxes((CB(True, "Yes"), CB(False, "No"))),
            ),
            (
                "Who gave consent?",
                "Natalie Ward, Craig Dunn and Josh Ward (16), at a meeting in school on 26/01/2026",
            ),
        ),
        Heading("5. Reason for referral – what are you worried about? What is working well?"),
        Table(
            [
                [
                    "Craig was made redundant in November; rent arrears and the family are using the food bank. Mia’s attendance is 82% and she is late most days. "
                    "Josh has dropped out of two college courses. Working well: the adults are honest about the problems and want help with money and routines."
                ]
            ]
        ),
        Heading("6. Referrer details"),
        kv(
            ("Name", "Priya Chauhan"),
            ("Job title", "Attendance and Family Liaison Officer"),
            ("Agency", "Cradley C of E Primary School"),
            ("Address", "Church Road, Cradley B63 2UH"),
            ("Telephone", "01632 960 114"),
            ("Email", "p.chauhan@cradleyce.example.sch.uk"),
            ("Date", "26/01/2026"),
            per_row=2,
        ),
    ]
    return render_docx(blocks, header="OFFICIAL – SENSITIVE when complete")


ON2 = date(2026, 7, 3)


def _build_02() -> bytes:
    blocks = [
        *_service(
            False,
            set(),
            "03/07/2026 07:40 – IFD (MASH) advised to submit MARF immediately; strategy discussion being arranged",
        ),
        Heading("2. Child / young person details"),
        grid(
            ["First name", "Surname", "DOB", "Gender", "School / setting"],
            [
                ["Kacper", "Nowak", "12/06/2012", "M", "Pensnett School of Technology"],
                ["Zofia", "Nowak", "29/03/2020", "F", "Nursery"],
            ],
        ),
        kv(
            ("Home address", "4 Tansey Green Road, Pensnett DY5 1AA"),
            ("Home telephone", "Not known"),
            per_row=2,
        ),
        Heading("3. Parents / carers and other members of the household"),
        grid(
            [
                "Full name",
                "Relationship to child",
                "DOB",
                "Lives at the home address?",
                "Parental responsibility?",
            ],
            [
                ["Agnieszka Nowak", "Mother", "14/02/1991", "Yes", "Yes"],
                ["Tomasz Nowak", "Father", "09/09/1988", "Yes", "Yes"],
            ],
        ),
        Heading("4. Consent"),
        kv(
            (
                "Has the family consented to this referral and to information being shared?",
                Boxes((CB(False, "Yes"), CB(True, "No"))),
            ),
            (
                "If no, why not?",
                "Not informed – father arrested at the address for assault on mother; informing the family may place the children at further risk and affect the investigation.",
            ),
        ),
        Heading("5. Reason for referral – what are you worried about? What is working well?"),
        Table(
            [
                [
                    "Police attended 02:15 on 03/07/2026 following a 999 call from Kacper (14). Mother assaulted in front of both children; third DA incident in six months (DASH high risk, MARAC referral made). "
                    "I am worried the children are suffering significant harm from living with domestic abuse."
                ]
            ]
        ),
        Heading("6. Referrer details"),
        kv(
            ("Name", "Jordan Hale"),
            ("Job title", "PC 4471, Safeguarding Unit"),
            ("Agency", "West Midlands Police"),
            ("Address", "Brierley Hill Police Station, Bank Street, Brierley Hill DY5 3DH"),
            ("Telephone", "101 ext 4471"),
            ("Email", "jordan.hale@police.example.uk"),
            ("Date", "03/07/2026"),
            per_row=2,
        ),
    ]
    return render_pdf(blocks, "Multi-Agency Referral Form (MARF)")


ON3 = date(2026, 10, 15)


def _build_03() -> bytes:
    blocks = [
        Title(
            "Transfer to Early Help Team – Transfer Summary",
            "Wakefield Children and Young People Service",
        ),
        Para(
            "Children’s and young people’s cases can only be transferred after the electronic file has been subject to a compliance audit. "
            "A transfer summary must be completed and a management decision recorded on the electronic record."
        ),
        Heading("Case details"),
        Table(
            [
                [L("Family name"), Span("SHARPE", 3)],
                [
                    L("Case reference"),
                    "WF-203318",
                    L("Current plan"),
                    "Child in Need (since 03/2026)",
                ],
                [
                    L("Sending team"),
                    "Locality Safeguarding Team (South)",
                    L("Receiving team"),
                    "Early Help Team (Brierley/Quarry Bank)",
                ],
                [L("Home address"), Span("27 Pedmore Road, Lye, Stourbridge DY9 7AA", 3)],
            ],
            [1.4, 2, 1.4, 2],
        ),
        Heading("Family members"),
        grid(
            ["Surname", "Forename", "Relationship", "DOB", "Address"],
            [
                ["SHARPE", "Donna", "Mother", "22/05/1987", "As above"],
                ["SHARPE", "Callum", "Son", "04/01/2011", "As above"],
                ["SHARPE", "Lacey", "Daughter", "19/08/2015", "As above"],
                ["HOLT", "Gavin", "Father of Lacey", "", "Cradley Heath – not in household"],
            ],
        ),
        Heading("Transfer summary"),
        Table(
            [
                [
                    "CIN plan in place following concerns about neglect of the home and Callum’s exploitation risk. Home conditions now good (three unannounced visits), "
                    "Callum engaging with the youth worker and back in school full time. CIN review on 08/10/2026 agreed the family no longer need a social worker and should step down to an Early Help Team "
                    "for a further 12 weeks. Outstanding: Lacey’s dental treatment; debt advice for mum."
                ]
            ]
        ),
        Heading("Management decision"),
        kv(
            ("Decision", "Step down to Early Help agreed – close to social work on allocation"),
            ("Team manager", "Joanne Pickering, 14/10/2026"),
        ),
        Heading("Worker taking on responsibility for the case"),
        kv(
            ("Early Help Practitioner (Lead Practitioner)", "Ryan Osei"),
            ("Email", "ryan.osei@earlyhelp.example.gov.uk"),
            ("Telephone", "01632 960 559"),
            per_row=3,
        ),
        Heading("Family’s agreement"),
        Para(
            "Donna Sharpe and Callum Sharpe (15) agreed at the CIN review to the step down and to their information being shared with the Early Help Team."
        ),
        Heading("Completed by"),
        kv(
            ("Social worker", "Beth Manning"),
            ("Email", "beth.manning@childrens.example.gov.uk"),
            ("Date", "15/10/2026"),
            per_row=3,
        ),
    ]
    return render_docx(blocks)


CASES: tuple[CouncilCase, ...] = (
    CouncilCase(
        case_id="heldout3-wakefield-marf-01",
        council="City of Wakefield Metropolitan District Council",
        source_url=URL,
        source_title=TITLE,
        layout="Word MARF opened by the IFD phone call outcome, then the two services as ☒/☐ (Children First Hub ticked) and the seven Children First Hub needs as ☒/☐; one household grid with a 'Lives at the home address?' column (father 'No – Rowley Regis'); consent named for mum, her partner and the 16-year-old",
        filename="referral.docx",
        assessment_date=ON1,
        build=_build_01,
        expected=Expected(
            form_type="early_help_assessment",
            people=(
                person("Josh Ward", date(2009, 4, 30), True, ON1),
                person("Mia Ward", date(2016, 10, 15), False, ON1),
                person("Natalie Ward", date(1988, 12, 11), True, ON1),
                person("Craig Dunn", date(1986, 5, 2), True, ON1),
            ),
            postcode="B63 4HJ",
            lead_professional_name="Priya Chauhan",
            lead_professional_email="p.chauhan@cradleyce.example.sch.uk",
            level_of_need=None,
        ),
    ),
    CouncilCase(
        case_id="heldout3-wakefield-marf-02",
        council="City of Wakefield Metropolitan District Council",
        source_url=URL,
        source_title=TITLE,
        layout="flattened PDF MARF from police: 'A service from Children’s Social Care where you are worried about the safety of a child' ticked, no Hub needs; consent No with the reason; 'suffering significant harm' in the worries; police station postcode in the DY5 district",
        filename="referral.pdf",
        assessment_date=ON2,
        build=_build_02,
        expected=Expected(
            form_type="early_help_assessment",
            people=(
                person("Kacper Nowak", date(2012, 6, 12), False, ON2),
                person("Zofia Nowak", date(2020, 3, 29), False, ON2),
                person("Agnieszka Nowak", date(1991, 2, 14), False, ON2),
                person("Tomasz Nowak", date(1988, 9, 9), False, ON2),
            ),
            postcode="DY5 1AA",
            lead_professional_name="Jordan Hale",
            lead_professional_email="jordan.hale@police.example.uk",
            level_of_need=None,
            safeguarding=True,
            queue_reason="safeguarding_concern",
        ),
    ),
    CouncilCase(
        case_id="heldout3-wakefield-stepdown-01",
        council="City of Wakefield Metropolitan District Council",
        source_url=URL_T,
        source_title=TITLE_T,
        layout="Word transfer summary (CIN to an Early Help Team): family name and address in merged cells, Surname | Forename household grid with Lacey's father 'not in household', management decision, the receiving Lead Practitioner named apart from the social worker, agreement sentence naming mum and the 15-year-old",
        filename="referral.docx",
        assessment_date=ON3,
        build=_build_03,
        expected=Expected(
            form_type="step_down",
            people=(
                person("Donna Sharpe", date(1987, 5, 22), True, ON3),
                person("Callum Sharpe", date(2011, 1, 4), True, ON3),
                person("Lacey Sharpe", date(2015, 8, 19), False, ON3),
            ),
            postcode="DY9 7AA",
            lead_professional_name="Ryan Osei",
            lead_professional_email="ryan.osei@earlyhelp.example.gov.uk",
            level_of_need=None,
        ),
    ),
)
