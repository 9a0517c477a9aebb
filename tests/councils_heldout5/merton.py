"""Merton: the Children and Families Hub (consultation, the Family Wellbeing Family Support
Service and Children's Social Care) under the Effective Support for Families model."""

# ruff: noqa: E501  (wording follows the published page)

from datetime import date

from tests.councils.kit import (
    CB,
    Boxes,
    Cell,
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

URL = "https://www.mertonscp.org.uk/working-with-children/children-and-families-hub/"
TITLE = "Merton Safeguarding Children Partnership – Children and Families Hub (access point for consultation, the Family Wellbeing Family Support Service and Children's Social Care; Effective Support for Families Model and levels of need; the Family Wellbeing Service works at level 3 where a family does not meet the threshold for statutory social care; case practitioners provide the Key Worker/Lead Professional role)"

COUNCIL = "London Borough of Merton"

LEVELS = (
    "Level 1 – Universal",
    "Level 2 – Early help",
    "Level 3 – Multi-agency coordinated response",
    "Level 4 – Statutory social care",
)


def _levels(ticked: int) -> Table:
    rows: list[list[Cell]] = [[L("Level of need (Effective Support for Families model)")]]
    rows.append([Boxes(tuple(CB(i + 1 == ticked, text) for i, text in enumerate(LEVELS)))])
    return Table(rows)


ON1 = date(2026, 4, 29)


def _build_01() -> bytes:
    blocks: list[object] = [
        Title(
            "Request for service – Family Wellbeing Family Support Service",
            "Merton Children and Families Hub",
        ),
        _levels(3),
        Table(
            [
                [
                    L("Have you consulted the Hub duty social worker?"),
                    Boxes((CB(True, "Yes"), CB(False, "No"))),
                ]
            ]
        ),
        Heading("Child(ren)"),
        Table(
            [
                [L("First name"), L("Surname"), L("Date of birth"), L("School")],
                ["Olivia", "Thompson", "04/10/2012", "Windsor High"],
                ["Reggie", "Thompson", "26/06/2018", "Hurst Green Primary"],
            ]
        ),
        Table([[L("Address"), "5 Furnace Lane, Halesowen"], [L("Postcode"), "B63 3BL"]]),
        Heading("Parents/carers"),
        Table(
            [
                [L("Name"), L("Date of birth"), L("Relationship"), L("Address if different")],
                ["Michelle Thompson", "08/01/1982", "Mother", ""],
                ["Dean Thompson", "15/07/1979", "Father", "HMP Oakwood (in custody until 2027)"],
            ]
        ),
        Heading("What has been tried already?"),
        Table(
            [
                [
                    "School pastoral support, two sessions with the school nurse, a referral to Kooth; Olivia (13) still self-harming superficially and refusing school since Dad's sentence."
                ]
            ]
        ),
        Heading("Consent"),
        Table(
            [
                [
                    L("Parent/carer consent to this request"),
                    Boxes((CB(True, "Yes"), CB(False, "No"))),
                    L("Name"),
                    "Michelle Thompson",
                ],
                [
                    L("Young person's view"),
                    Boxes((CB(True, "Agrees"), CB(False, "Does not agree"))),
                    L("Name"),
                    "Olivia Thompson",
                ],
            ]
        ),
        Heading("Referrer"),
        Table(
            [
                [L("Name"), "Jasmine Cole", L("Role"), "Assistant Head, Windsor High School"],
                [L("Email"), "j.cole@windsorhigh.example.sch.uk", L("Date"), "29/04/2026"],
                [
                    L("School address"),
                    "Richmond Street, Halesowen B63 4BB",
                    L("Telephone"),
                    "01632 960 699",
                ],
            ]
        ),
    ]
    return render_acroform(blocks, "Request for service")


ON2 = date(2026, 8, 4)


def _build_02() -> bytes:
    blocks: list[object] = [
        Title(
            "Step down from Children's Social Care to the Family Wellbeing Service",
            "Merton Children and Families Hub",
        ),
        kv(
            ("Plan ending", "Child in Need plan"),
            ("Date of closing CIN review", "04/08/2026"),
            ("Allocated social worker", "Priscilla Ndlovu"),
            ("Team", "Children's Social Care – Assessment and Intervention"),
            per_row=2,
        ),
        _levels(3),
        Heading("Family members"),
        grid(
            ["Name", "Date of birth", "Relationship", "Mosaic ID"],
            [
                ["Abigail Stokes", "19/05/1993", "Mother", "M4471020"],
                ["Riley Stokes", "02/03/2016", "Son", "M4471021"],
                ["Logan Stokes", "28/08/2019", "Son", "M4471022"],
            ],
        ),
        kv(("Home address", "73 Halesowen Road, Netherton, Dudley DY2 0AB")),
        Heading("Key Worker / Lead Professional in the Family Wellbeing Service"),
        kv(
            ("Name", "Craig Benton"),
            ("Role", "Family Wellbeing case practitioner"),
            ("Email", "craig.benton@familywellbeing.example.gov.uk"),
            ("Telephone", "01632 960 744"),
            per_row=2,
        ),
        Heading("Why the family no longer meets the threshold for statutory social care"),
        Para(
            "Mum has been abstinent from alcohol for six months (tested), the boys' attendance is above 95% and the family has moved "
            "away from the ex-partner. Continued support needed with routines, Riley's behaviour and a debt plan."
        ),
        Heading("Parent/carer agreement"),
        grid(["Name", "Signature", "Date"], [["Abigail Stokes", "A Stokes", "04/08/2026"]]),
    ]
    return render_docx(blocks)


CASES: tuple[CouncilCase, ...] = (
    CouncilCase(
        case_id="heldout5-merton-rfs-01",
        council=COUNCIL,
        source_url=URL,
        source_title=TITLE,
        layout="fillable PDF request for service with field names from the labels: Level 1-4 checkboxes in one row ('Level 3 – Multi-agency coordinated response' ticked); father in HMP Oakwood in the parents grid; consent row naming mum and a young person's-view row naming the 13-year-old; school's B63 4BB in the referrer grid at the end",
        filename="referral.pdf",
        assessment_date=ON1,
        build=_build_01,
        expected=Expected(
            form_type="early_help_assessment",
            people=(
                person("Olivia Thompson", date(2012, 10, 4), True, ON1),
                person("Reggie Thompson", date(2018, 6, 26), False, ON1),
                person("Michelle Thompson", date(1982, 1, 8), True, ON1),
            ),
            postcode="B63 3BL",
            lead_professional_name="Jasmine Cole",
            lead_professional_email="j.cole@windsorhigh.example.sch.uk",
            level_of_need=3,
        ),
    ),
    CouncilCase(
        case_id="heldout5-merton-stepdown-01",
        council=COUNCIL,
        source_url=URL,
        source_title=TITLE,
        layout="Word step down from a Child in Need plan to the Family Wellbeing Service: social worker without an e-mail in a label/value grid two per row, Level 3 ticked, family grid with Mosaic IDs, the Family Wellbeing Key Worker / Lead Professional named in his own block; lone mother signs",
        filename="referral.docx",
        assessment_date=ON2,
        build=_build_02,
        expected=Expected(
            form_type="step_down",
            people=(
                person("Abigail Stokes", date(1993, 5, 19), True, ON2),
                person("Riley Stokes", date(2016, 3, 2), False, ON2),
                person("Logan Stokes", date(2019, 8, 28), False, ON2),
            ),
            postcode="DY2 0AB",
            lead_professional_name="Craig Benton",
            lead_professional_email="craig.benton@familywellbeing.example.gov.uk",
            level_of_need=3,
        ),
    ),
)
