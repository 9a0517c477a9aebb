"""Southwark: Family Early Help internal social care referral and step-down consultation."""

# ruff: noqa: E501  (labels and answers are copied verbatim from the published form)

from datetime import date

from tests.councils.kit import (
    CB,
    Boxes,
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
)
from tests.councils.model import CouncilCase, Expected

URL = (
    "https://www.southwark.gov.uk/childcare-and-parenting/children-s-social-care/family-early-help-feh/"
    "making-a-referral?displaypref=large-contrast&chapter=4"
)
TITLE = "Southwark Family Early Help – Making a referral (Southwark Social Workers: step-down; internal referral)"

ON1 = date(2025, 10, 7)
ON2 = date(2026, 2, 26)


def _internal() -> bytes:
    blocks = [
        Title(
            "Family Early Help Internal Social Care Referral",
            "Mosaic – Start menu – internal referral",
        ),
        Para(
            "The services listed below can be accessed irrespective of whether a family is remaining open "
            "to Children’s Social Care."
        ),
        Heading("Service requested"),
        Table(
            [
                [CB(True, "evidence based-parenting programmes for children of all ages")],
                [
                    CB(
                        False,
                        "one to one parenting interventions (for families subject to Child Protection Plans "
                        "or in the Public Law Outline Process)",
                    )
                ],
                [CB(False, "Other Family Early Help service (please state)")],
            ]
        ),
        Heading("Referring worker"),
        kv(
            ("Referring social worker", "Daniel Osei"),
            ("Team", "Children in Need Team 2"),
            ("Team manager", "Ruth Adebayo"),
            ("Telephone", "01632 960 812"),
            ("Email", "daniel.osei@childrenssocialcare.example.gov.uk"),
            ("Date of referral", "07/10/2025"),
            per_row=2,
        ),
        kv(
            ("Is the family remaining open to Children’s Social Care?", "Yes – Child in Need plan"),
            ("Mosaic case ID", "1187342"),
            widths=[3, 2],
        ),
        Heading("Family members"),
        grid(
            ["Mosaic ID", "Forename", "Surname", "DOB", "Relationship", "Lives at address"],
            [
                ["1187342", "Jayden", "Reeves", "03/01/2019", "Subject child", "Yes"],
                ["1187343", "Tamsin", "Reeves", "22/10/1997", "Mother", "Yes"],
            ],
        ),
        kv(("Address", "41 Hagley Road, Halesowen"), ("Postcode", "B62 8AA"), per_row=2),
        Heading("Consent"),
        kv(
            (
                "Has the parent/carer agreed to this referral?",
                "Yes – Ms Reeves agreed at the CIN review on "
                "07/10/2025 and signed the consent section of the CIN plan",
            ),
            widths=[2, 3],
        ),
        Heading("What would you like the service to achieve?"),
        Para(
            "Ms Reeves would like help with Jayden's bedtime and tantrums (Incredible Years, 3–6)."
        ),
    ]
    return render_docx(blocks, header="OFFICIAL-SENSITIVE")


def _stepdown() -> bytes:
    def yes(name: str) -> Boxes:
        return Boxes((CB(True, "Yes", f"{name} Yes"), CB(False, "No", f"{name} No")))

    blocks = [
        Title("Step-down consultation form", "Children's Social Care to Family Early Help"),
        kv(
            (
                "Generated from (assessment, initial CIN plan or CIN network review)",
                F("CIN network review 19/02/2026", "GeneratedFrom"),
            ),
            ("Date of step-down Team Around the Family (TAF) meeting", F("26/02/2026", "TAFDate")),
            widths=[3, 2],
        ),
        Heading("Social worker"),
        Table(
            [
                [
                    L("Social worker (lead professional until closure)"),
                    F("Aisha Bello", "SWName", "Social worker name"),
                    L("Team"),
                    F("Assessment and CIN Team 3", "SWTeam"),
                ],
                [
                    L("Email"),
                    F(
                        "aisha.bello@childrenssocialcare.example.gov.uk",
                        "SWEmail",
                        "Social worker email",
                    ),
                    L("Telephone"),
                    F("01632 960 845", "SWTel"),
                ],
            ]
        ),
        Heading("Family"),
        grid(
            ["Forename", "Surname", "DOB", "Relationship", "Lives at address"],
            [
                [
                    F("Marcus", "Child1 Forename"),
                    F("Douglas", "Child1 Surname"),
                    F("12/12/2012", "Child1 DOB"),
                    F("Subject child", "Child1 Rel"),
                    F("Yes", "Child1 Home"),
                ],
                [
                    F("Ruby", "Child2 Forename"),
                    F("Douglas", "Child2 Surname"),
                    F("06/06/2016", "Child2 DOB"),
                    F("Sister", "Child2 Rel"),
                    F("Yes", "Child2 Home"),
                ],
                [
                    F("Shona", "Adult1 Forename"),
                    F("Douglas", "Adult1 Surname"),
                    F("29/01/1984", "Adult1 DOB"),
                    F("Mother", "Adult1 Rel"),
                    F("Yes", "Adult1 Home"),
                ],
            ],
        ),
        kv(
            ("Address", F("10 Brook Street, Stourbridge", "Address")),
            ("Postcode", F("DY8 1AA", "Postcode")),
        ),
        Heading("Before requesting a step-down"),
        Table(
            [
                [
                    L(
                        "1. Have your reviewed the case with reference to the Multi-Agency threshold document? Are you "
                        "satisfied that work with the family at Tier 2 is safe and appropriate?"
                    ),
                    yes("Q1"),
                ],
                [
                    L(
                        "2. Are there clearly identified outcomes and goals to work toward rather than general requests "
                        "for support or monitoring?"
                    ),
                    yes("Q2"),
                ],
                [
                    L(
                        "3. Is there evidence that there is agreement and buy-in from the family and the professional "
                        "network for FEH to take over the lead professional role?"
                    ),
                    yes("Q3"),
                ],
                [
                    L(
                        "4. Are there any significant tasks outstanding that need to be completed prior to the step-down?"
                    ),
                    Boxes((CB(False, "Yes", "Q4 Yes"), CB(True, "No", "Q4 No"))),
                ],
            ],
            [4, 1],
        ),
        Heading("Outcomes for Family Early Help"),
        Table(
            [
                [
                    F(
                        "Keep Marcus's attendance above 90%; mum to complete a parenting course; reduce conflict "
                        "between Marcus and mum.",
                        "Outcomes",
                    )
                ]
            ]
        ),
        Heading("Family agreement"),
        grid(
            ["Name", "Signature", "Date"],
            [
                [
                    F("Shona Douglas", "Sig1 Name"),
                    F("S Douglas", "Sig1"),
                    F("26/02/2026", "Sig1 Date"),
                ],
                [
                    F("Marcus Douglas", "Sig2 Name"),
                    F("M. Douglas", "Sig2"),
                    F("26/02/2026", "Sig2 Date"),
                ],
            ],
        ),
    ]
    return render_acroform(blocks, "Step-down consultation")


CASES: tuple[CouncilCase, ...] = (
    CouncilCase(
        case_id="southwark-internal-01",
        council="London Borough of Southwark",
        source_url=URL,
        source_title=TITLE,
        layout="Word internal request from a social worker (Mosaic internal social care referral): "
        "service tick list, Mosaic IDs in the family table, family stays open on a CIN plan",
        filename="referral.docx",
        assessment_date=ON1,
        build=_internal,
        expected=Expected(
            form_type="internal_request",
            people=(
                person("Jayden Reeves", date(2019, 1, 3), False, ON1),
                person("Tamsin Reeves", date(1997, 10, 22), True, ON1),
            ),
            postcode="B62 8AA",
            lead_professional_name="Daniel Osei",
            lead_professional_email="daniel.osei@childrenssocialcare.example.gov.uk",
            level_of_need=None,
        ),
    ),
    CouncilCase(
        case_id="southwark-stepdown-01",
        council="London Borough of Southwark",
        source_url=URL,
        source_title=TITLE,
        layout="fillable PDF step-down consultation (social worker, generated from a CIN network review): "
        "the page's four step-down questions as Yes/No checkboxes, 'Tier 2' in question 1",
        filename="referral.pdf",
        assessment_date=ON2,
        build=_stepdown,
        expected=Expected(
            form_type="step_down",
            people=(
                person("Marcus Douglas", date(2012, 12, 12), True, ON2),
                person("Ruby Douglas", date(2016, 6, 6), False, ON2),
                person("Shona Douglas", date(1984, 1, 29), True, ON2),
            ),
            postcode="DY8 1AA",
            lead_professional_name="Aisha Bello",
            lead_professional_email="aisha.bello@childrenssocialcare.example.gov.uk",
            level_of_need=2,
        ),
    ),
)
