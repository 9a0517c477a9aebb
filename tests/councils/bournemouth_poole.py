"""Bournemouth and Poole LSCB: Children's Social Care Referral Form (inter-agency)."""

# ruff: noqa: E501  (labels and answers are copied verbatim from the published form)

from datetime import date

from tests.councils.kit import CB, Boxes, Heading, Para, Table, Title, grid, kv, person, render_pdf
from tests.councils.model import CouncilCase, Expected

URL = "https://docslib.org/doc/13973182/bournemouth-and-poole-lscb-interagency-referral-form"
TITLE = (
    "Bournemouth and Poole LSCB Interagency Referral Form – Children’s Social Care Referral Form"
)
ON = date(2026, 3, 12)


def _build() -> bytes:
    blocks = [
        Title(
            "CHILDREN’S SOCIAL CARE REFERRAL FORM", "Please complete in BLACK INK or electronically"
        ),
        Para(
            "(This form should be used by any agency/professional to refer a child to Children’s Social Care "
            "where they consider the child may be a child in need or a child at risk. Please use the "
            "Bournemouth and Poole Threshold document to guide you in making the referral)"
        ),
        Heading("1. Child/Young Person’s Details"),
        kv(
            ("Surname", "FLETCHER"),
            ("Forenames", "Archie James"),
            ("Date of Birth", "d.o.b. 6.11.2014"),
            ("M / F", "M"),
            ("Also Known As", "—"),
            ("", ""),
            ("Current Address", "27 Cinder Bank, Netherton, Dudley"),
            ("Postcode", "DY2 9HF"),
            ("Tel No", "07700 900 166"),
            ("", ""),
            ("Previous Address", "14 Wolverhampton Street, Dudley (until 2024)"),
            ("Postcode", "DY1 4RN"),
            per_row=2,
        ),
        Heading("2. Child/Young Person’s Ethnicity"),
        kv(
            ("Ethnicity", "White British"),
            ("Child/ young person’s GP (if known)", "Dr A Shah, Netherton Surgery"),
            ("School/Early Years Setting", "Netherton C of E Primary"),
            (
                "Has there been early help intervention prior to this referral",
                "Yes – school pastoral support",
            ),
            per_row=2,
        ),
        Heading("3. Details of person making the referral"),
        kv(
            ("Surname", "ASHWORTH"),
            ("Forenames", "Claire"),
            (
                "Agency & Address",
                "Dudley Group NHS – Paediatric Liaison, Russells Hall Hospital, Dudley",
            ),
            ("Postcode", "DY1 2HQ"),
            ("Tel No", "01632 960 380"),
            ("When can you be contacted", "Mon–Thu 9–5"),
            per_row=2,
        ),
        Heading("4. Parents/person caring for child/young person"),
        grid(
            [
                "Relationship to child",
                "Tick if P.R",
                "Surname",
                "Forename",
                "M/F",
                "AKA",
                "Address/Tel No",
                "DOB",
            ],
            [["Mother", "✓", "FLETCHER", "Joanne", "F", "", "As child", "9.4.1988"]],
        ),
        Para(
            "Other children in household (Please indicate by *against name if another child/young person is "
            "also being referred)"
        ),
        grid(
            ["Surname", "Forename", "M/F", "AKA", "DOB", "Relationship to child"],
            [["FLETCHER", "Evie*", "F", "", "30.1.2019", "Sister"]],
        ),
        Heading("5. Significant others/other family members"),
        grid(
            [
                "Relationship to child",
                "Tick if P.R",
                "Surname",
                "Forename",
                "M/F",
                "AKA",
                "Address/Tel No",
                "DOB",
            ],
            [["Father", "✓", "FLETCHER", "Dean", "M", "", "HMP (address not known)", "3.3.1986"]],
        ),
        Heading("6. Agencies/professionals known to be involved"),
        grid(
            ["Name/Agency", "Tel No"], [["Netherton C of E Primary – Mrs L Gough", "01632 960 383"]]
        ),
        Table(
            [
                [
                    "Has consent been given for Social Services to contact the named agencies",
                    Boxes((CB(True, "Yes"), CB(False, "No"))),
                    "Consent given by Joanne Fletcher (mother) on 12.3.2026",
                ]
            ]
        ),
        Heading("7. Specific reasons for Referral"),
        Para(
            "Archie attended A&E twice in a month with asthma after missing medication; mum is struggling "
            "since dad's imprisonment and has asked for help."
        ),
    ]
    return render_pdf(blocks, "Referral")


CASES: tuple[CouncilCase, ...] = (
    CouncilCase(
        case_id="bournemouth-poole-01",
        council="Bournemouth, Christchurch and Poole Council (Bournemouth and Poole LSCB form)",
        source_url=URL,
        source_title=TITLE,
        layout="flattened PDF: Surname before Forenames everywhere (capitals); Current Address and a "
        "Previous Address each with a Postcode box (the previous one a Dudley postcode); d.m.yyyy "
        "dates; father listed under significant others, not in the household",
        filename="referral.pdf",
        assessment_date=ON,
        build=_build,
        expected=Expected(
            form_type="early_help_assessment",
            people=(
                person("Archie James Fletcher", date(2014, 11, 6), False, ON),
                person("Joanne Fletcher", date(1988, 4, 9), True, ON),
                person("Evie Fletcher", date(2019, 1, 30), False, ON),
            ),
            postcode="DY2 9HF",
            lead_professional_name="Claire Ashworth",
            lead_professional_email=None,
            level_of_need=None,
        ),
    ),
)
