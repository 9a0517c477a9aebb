"""Rutland: the Early Intervention Operating Model (Early Help Strategy, Early Help Assessment,
Step Up Step Down Procedure) and the council's 'Report a concern' page (Children's Duty Team;
professionals use the multi-agency referral form)."""

# ruff: noqa: E501  (wording follows the published pages)

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

URL_OM = "https://docest.com/doc/93183/building-resilience-early-intervention-prevention-and-intensive-support-for-newhams"
TITLE_OM = "Rutland County Council – Early Intervention Operating Model, Practice Manual (Early Help Strategy and Rutland's 'Early Help Offer'; links to Early Help Assessment and Step Up Step Down Procedure; Early Intervention Service in the People's Directorate)"
URL_RC = "https://www.rutland.gov.uk/my-services/health-and-family/childrens-social-care/report-a-concern-children-and-young-people/"
TITLE_RC = "Rutland County Council – Report a concern for a child or young person (Children's Duty Team 01572 758 407; if you are a professional and want to submit a Child Protection Report please use the multi-agency referral form)"
COUNCIL = "Rutland County Council"


ON1 = date(2026, 4, 21)


def _b1() -> bytes:
    return render_docx(
        [
            Title(
                "Step Down Plan – Children's Social Care to Early Intervention",
                "Rutland County Council, People's Directorate",
            ),
            Para(
                "Step Up Step Down Procedure: to be completed by the allocated social worker when the Child in Need plan is ending and the family agree to continue with early help."
            ),
            Table(
                [
                    [L("Family name"), Span("GREEN / MASON", 3)],
                    [
                        L("Social worker"),
                        "Hannah Pryce",
                        L("Team"),
                        "Children's Duty and Assessment, Catmose, Oakham LE15 6HP",
                    ],
                    [
                        L("Social worker email"),
                        "hannah.pryce@rutland-csc.example.gov.uk",
                        L("Date of step down meeting"),
                        "21/04/2026",
                    ],
                    [
                        L("Current plan"),
                        Boxes(
                            (
                                CB(False, "Child Protection"),
                                CB(True, "Child in Need"),
                                CB(False, "Assessment only"),
                            )
                        ),
                        L("Plan ends"),
                        "05/05/2026",
                    ],
                ]
            ),
            Heading("Children"),
            grid(
                ["Forename", "Surname", "DOB", "Mosaic ID", "School"],
                [
                    ["Ellie", "GREEN", "16/10/2012", "M448120", "Year 8, Halesowen"],
                    ["Jacob", "MASON", "07/03/2020", "M448121", "Reception"],
                ],
            ),
            Heading("Parents / carers in the household"),
            kv(
                ("Name", "Kerry Green"),
                ("Relationship", "Mother"),
                ("DOB", "29/08/1988"),
                per_row=3,
            ),
            kv(
                ("Name", "Paul Mason"),
                ("Relationship", "Stepfather / Jacob's father"),
                ("DOB", "12/12/1984"),
                per_row=3,
            ),
            kv(
                ("Address", "19 Hagley Road, Hasbury, Halesowen"),
                ("Postcode", "B63 4HJ"),
                per_row=2,
            ),
            Heading("Why the family are stepping down"),
            Para(
                "The family moved from Oakham to Halesowen in February 2026 while open to us on a Child in Need plan for Ellie's self-harm and parental conflict. Ellie is engaging with CAMHS, there has been no further police call-out since December 2025 and the CIN plan goals are met. Outstanding needs: Ellie's school attendance (84%) and Jacob's toileting."
            ),
            Heading("Early help plan going forward"),
            grid(
                ["What needs to happen", "Who", "By when"],
                [
                    [
                        "Attendance support plan with the new school",
                        "School / Lead Practitioner",
                        "June 2026",
                    ],
                    ["Parenting support – managing conflict", "Lead Practitioner", "July 2026"],
                ],
            ),
            Heading("Lead Practitioner following step down"),
            kv(
                ("Name", "Joanne Webb"),
                ("Agency", "Early Help Family Support, Halesowen"),
                ("Email", "joanne.webb@earlyhelp-halesowen.example.gov.uk"),
                ("Telephone", "01632 960645"),
                per_row=2,
            ),
            Heading("Agreement"),
            Para(
                "Kerry Green, Paul Mason and Ellie Green (13) attended the step down meeting on 21/04/2026 and agreed to the plan and to information being shared with the Lead Practitioner."
            ),
        ]
    )


ON2 = date(2026, 7, 14)


def _b2() -> bytes:
    return render_pdf(
        [
            Title(
                "Multi-Agency Referral Form",
                "Rutland County Council – Children's Duty Team (01572 758 407)",
            ),
            Para(
                "If a child is in immediate danger please call 999 and ask for the police. Use this form to submit a Child Protection Report or to confirm a telephone referral."
            ),
            Table(
                [
                    [
                        L("Is the child at risk of significant harm?"),
                        Boxes((CB(True, "Yes"), CB(False, "No"))),
                        L("Telephone referral made?"),
                        "Yes – 14/07/2026 10:05",
                    ],
                ]
            ),
            Heading("About you"),
            kv(
                ("Name", "Gareth Ives"),
                ("Job title", "School Nurse"),
                (
                    "Organisation",
                    "Rutland School Nursing, Oakham Medical Practice, Cold Overton Road, Oakham LE15 6NT",
                ),
                ("Phone", "01632 960651"),
                ("Email", "gareth.ives@rutland-sn.example.nhs.uk"),
                ("Date", "14/07/2026"),
                per_row=2,
            ),
            Heading("About the child"),
            kv(
                ("Surname", "DOYLE"),
                ("First name(s)", "Megan Rose"),
                ("Date of birth", "25/01/2011"),
                ("Address", "3 Owen Street, Tipton DY4 0RE"),
                per_row=2,
            ),
            Heading("Who lives with the child"),
            grid(
                ["Surname", "First name", "Date of birth", "Relationship"],
                [
                    ["DOYLE", "Carol", "06/06/1979", "Mother"],
                    ["DOYLE", "Niall", "14/09/2014", "Brother"],
                ],
            ),
            Heading("Parental consent"),
            kv(
                ("Are parents aware of this referral?", "No"),
                (
                    "Reason",
                    "Megan (15) disclosed that her mother's boyfriend has assaulted her; informing mother may place her at risk",
                ),
            ),
            Heading("Your concerns"),
            Para(
                "Megan moved to Tipton in June and still sees the school nurse while she finishes Year 10 at a Rutland school. On 13/07/2026 she had bruising to both arms and said her mother's boyfriend (not living at the address) grabbed her and she is frightened to go home."
            ),
        ],
        "Multi-Agency Referral Form",
    )


ON3 = date(2026, 10, 6)


def _b3() -> bytes:
    return render_acroform(
        [
            Title("Early Help Assessment", "Rutland County Council – Early Intervention Service"),
            Heading("1. Assessment details"),
            kv(
                ("Assessment started", "06.10.26"),
                ("Completed by", "Sophie Lund"),
                ("Role / agency", "SENCO, Uppingham CE Primary, Uppingham LE15 9TJ"),
                ("Email", "s.lund@uppingham-primary.example.sch.uk"),
                per_row=2,
            ),
            Heading("2. Family details"),
            grid(
                ["Name", "Date of birth", "Relationship", "Lives at this address"],
                [
                    ["Amy Fraser", "11.02.87", "Mother", "Yes"],
                    ["Noah Fraser", "30.06.17", "Son", "Yes"],
                    ["Evie Fraser", "19.11.19", "Daughter", "Yes"],
                ],
            ),
            kv(
                ("Family address", "57 Wolverhampton Street, Dudley"),
                ("Postcode", "DY1 1AA"),
                per_row=2,
            ),
            Heading("3. Strengths and needs"),
            Para(
                "Noah (9) has an autism diagnosis and his placement broke down before the move to Dudley; Mum is a single parent and has asked for short breaks information and a parenting course for autism."
            ),
            Heading("4. Consent"),
            Table(
                [
                    [
                        L(
                            "I agree to this assessment being shared with the services who can help my family"
                        ),
                        Boxes((CB(True, "Yes"), CB(False, "No"))),
                    ],
                    [L("Parent/carer signature"), "Amy Fraser"],
                    [L("Date"), "6 October 2026"],
                ]
            ),
        ],
        "Early Help Assessment",
    )


CASES: tuple[CouncilCase, ...] = (
    CouncilCase(
        "heldout9-rutland-stepdown-01",
        COUNCIL,
        URL_OM,
        TITLE_OM,
        "Word step-down plan from a Child in Need plan (CP / CIN / assessment ☒/☐): family name 'GREEN / MASON' merged across the grid; social worker's Oakham LE15 office first; children with Mosaic IDs, each parent a label/value row; Lead Practitioner following step down named apart; agreement a sentence naming three people",
        "referral.docx",
        ON1,
        _b1,
        Expected(
            "step_down",
            (
                person("Ellie Green", date(2012, 10, 16), True, ON1),
                person("Jacob Mason", date(2020, 3, 7), False, ON1),
                person("Kerry Green", date(1988, 8, 29), True, ON1),
                person("Paul Mason", date(1984, 12, 12), True, ON1),
            ),
            "B63 4HJ",
            "Joanne Webb",
            "joanne.webb@earlyhelp-halesowen.example.gov.uk",
            None,
        ),
    ),
    CouncilCase(
        "heldout9-rutland-marf-01",
        COUNCIL,
        URL_RC,
        TITLE_RC,
        "flattened PDF multi-agency referral (Child Protection Report): 'at risk of significant harm?' Yes ticked at the top; school nurse's Oakham LE15 address before the child; the child's postcode inside her address; the alleged abuser outside the household",
        "referral.pdf",
        ON2,
        _b2,
        Expected(
            "early_help_assessment",
            (
                person("Megan Rose Doyle", date(2011, 1, 25), False, ON2),
                person("Carol Doyle", date(1979, 6, 6), False, ON2),
                person("Niall Doyle", date(2014, 9, 14), False, ON2),
            ),
            "DY4 0RE",
            "Gareth Ives",
            "gareth.ives@rutland-sn.example.nhs.uk",
            None,
            safeguarding=True,
            queue_reason="safeguarding_concern",
        ),
    ),
    CouncilCase(
        "heldout9-rutland-eha-01",
        COUNCIL,
        URL_OM,
        TITLE_OM,
        "fillable PDF Early Help Assessment with dates written dd.mm.yy throughout and the signature date in words; school's Uppingham LE15 address in the 'Role / agency' field before the family",
        "referral.pdf",
        ON3,
        _b3,
        Expected(
            "early_help_assessment",
            (
                person("Amy Fraser", date(1987, 2, 11), True, ON3),
                person("Noah Fraser", date(2017, 6, 30), False, ON3),
                person("Evie Fraser", date(2019, 11, 19), False, ON3),
            ),
            "DY1 1AA",
            "Sophie Lund",
            "s.lund@uppingham-primary.example.sch.uk",
            None,
        ),
    ),
)
