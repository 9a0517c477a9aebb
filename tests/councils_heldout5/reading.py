"""Reading (Brighter Futures for Children): the Children's Single Point of Access (CSPoA)
multi-agency notification form, and the Family Hub for step-down at threshold 2a."""

# ruff: noqa: E501  (wording follows the published pages)

from datetime import date

from tests.councils.kit import (
    CB,
    Boxes,
    F,
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
    render_html,
)
from tests.councils.model import CouncilCase, Expected
from tests.councils_heldout5._mail import FRONT_DOOR, html_only

URL = "http://brighterfuturesforchildren.org/professionals/report-or-refer-concerns-about-a-child/"
TITLE = "Brighter Futures for Children (Reading) – Report concerns about a child – for professionals (Children’s Single Point of Access (CSPoA) multi-agency notification form: each child with date of birth and NHS number; parents/carers including those that do not live in the same household; education setting and designated safeguarding lead; GP; other agencies)"
URL_HUB = "https://rva.org.uk/article/one-reading-children-and-young-peoples-partnership-guide-to-the-family-hub/"
TITLE_HUB = "One Reading Children and Young People’s Partnership – guide to the Family Hub (lead professional with concerns at threshold 2a of the Berkshire West safeguarding guidance; consent-based hub meeting; Team around the Child; step down from Brighter Futures for Children Early Help services or from Children’s Social Care)"

COUNCIL = "Reading Borough Council (Brighter Futures for Children)"

ON1 = date(2026, 4, 14)


def _blocks_01() -> list[object]:
    return [
        Title(
            "Children's Single Point of Access – multi-agency notification form",
            "Brighter Futures for Children – submitted form",
        ),
        Heading("1. Your details"),
        kv(
            ("Name", "Rachel Evans"),
            ("Role", "Pastoral Lead"),
            ("Organisation", "Wordsley School"),
            ("Email", "r.evans@wordsley.example.sch.uk"),
            ("Telephone", "01632 960 732"),
            ("Date of notification", "14/04/2026"),
        ),
        Heading("2. Consent"),
        kv(
            ("Have you sought consent from a parent or person with parental duty of care?", "Yes"),
            (
                "Consent given by",
                "Charlotte Webb (mother) – template consent form signed 14/04/2026, held in school",
            ),
        ),
        Heading("3. Child/young person details"),
        grid(
            ["First name", "Last name", "Date of birth", "NHS number (if known)", "Gender"],
            [
                ["Ellie", "Webb", "19/02/2013", "485 777 3456", "F"],
                ["Noah", "Webb", "07/11/2018", "not known", "M"],
            ],
        ),
        kv(
            ("Home address", "5 Bowling Green Road, Stourbridge"),
            ("Postcode", "DY8 2SE"),
            per_row=2,
        ),
        Heading("4. Parents/carers (including those that do not live in the same household)"),
        grid(
            ["Name", "Date of birth", "Relationship", "Address if not the child's home address"],
            [
                ["Charlotte Webb", "03/06/1989", "Mother", "–"],
                [
                    "Lee Webb",
                    "25/01/1987",
                    "Father",
                    "22 Oxford Road, Reading RG1 7QE (does not live in the household)",
                ],
            ],
        ),
        Heading("5. Education setting(s)"),
        kv(
            ("Setting", "Wordsley School, Brierley Hill Road, Stourbridge DY8 5NP"),
            ("Designated safeguarding lead", "Mr K Dhillon – 01632 960 733"),
        ),
        Heading("6. GP details"),
        kv(("GP", "Dr A Walsh, Wordsley Green Health Centre, DY8 5PD")),
        Heading("7. Other agencies working with the child/young person and family"),
        grid(
            ["Agency", "Name", "Telephone", "Email"],
            [["School nursing", "Jo Barker", "01632 960 740", "jo.barker@nhs.example.net"]],
        ),
        Heading("8. What are you worried about?"),
        Para(
            "Ellie (13) is refusing school two or three days a week since her parents separated at Christmas. Mum says Ellie will not "
            "leave her room and Noah has started wetting the bed. Mum would like family support and help for Ellie's anxiety."
        ),
    ]


def _build_01() -> bytes:
    return html_only(
        "CSPoA forms <cspoa-forms@bffc.example.org>",
        FRONT_DOOR,
        "CSPoA notification form - WEBB - copy for onward referral",
        ON1,
        "A copy of the submitted form is in the HTML part of this message.",
        render_html(_blocks_01()),
    )


ON2 = date(2026, 9, 8)


def _build_02() -> bytes:
    blocks: list[object] = [
        Title(
            "Step down to the Family Hub",
            "Brighter Futures for Children – Children's Social Care to Early Help",
        ),
        Para(
            "For families whose needs no longer meet the threshold for Children's Social Care and who will be supported by a lead professional at threshold 2a."
        ),
        Heading("Stepping down from"),
        Table(
            [
                [
                    Boxes(
                        (
                            CB(True, "Children's Social Care (Child in Need plan closing)"),
                            CB(False, "Brighter Futures for Children Early Help services"),
                        )
                    )
                ]
            ]
        ),
        kv(
            ("Berkshire West threshold at step down", "Level 2a"),
            ("Date of final Child in Need review", "08/09/2026"),
            (
                "Social worker completing this form",
                "Owen Fletcher, Children's Social Care – owen.fletcher@bffc.example.org",
            ),
            per_row=1,
        ),
        Heading("Family"),
        Table(
            [
                [L("Family name"), Span("MORRIS", 4)],
                [
                    L("First name"),
                    L("Surname"),
                    L("Date of birth"),
                    L("Relationship"),
                    L("Lives at home"),
                ],
                ["Kerry", "Morris", "16/10/1984", "Mother", "Yes"],
                ["Jayden", "Morris", "01/05/2010", "Son", "Yes"],
                ["Isla", "Morris", "22/08/2015", "Daughter", "Yes"],
                [L("Home address"), Span("31 Stour Street, Brierley Hill DY5 1AA", 4)],
            ]
        ),
        Heading("Lead professional after step down"),
        kv(
            ("Name", "Sandra Okoye"),
            ("Role / agency", "Designated Safeguarding Lead, Thorns Academy"),
            ("Email", "s.okoye@thorns.example.sch.uk"),
            ("Telephone", "01632 960 811"),
            per_row=2,
        ),
        Heading("Why the plan can close and what support continues"),
        Para(
            "Mum has completed the Freedom Programme and the children's father has no contact. Jayden's attendance is 94%. "
            "Team Around the Child to continue every 6 weeks with school, the family support worker and the school nurse; Hub meeting requested for Isla's sleep."
        ),
        Heading("Family agreement"),
        grid(
            ["Name", "I agree to the step down and to my information being shared", "Date"],
            [
                ["Kerry Morris", "Signed – K Morris", "08/09/2026"],
                ["Jayden Morris (16)", "Signed – J Morris", "08/09/2026"],
            ],
        ),
    ]
    return render_docx(blocks)


ON3 = date(2026, 11, 23)


def _build_03() -> bytes:
    n = [0]

    def t(value: str) -> F:
        n[0] += 1
        return F(value, f"Text{n[0]}")

    blocks: list[object] = [
        Title("Children's Single Point of Access – referral form", "Reading – CSPoA"),
        Heading("Child/young person"),
        Table(
            [
                [L("First name"), t("Zara"), L("Last name"), t("Ahmed")],
                [L("Date of birth"), t("14/07/2020"), L("NHS number"), t("not known")],
                [
                    L("Home address"),
                    t("No fixed address – family staying with friends in Dudley"),
                    L("Postcode"),
                    t("NFA"),
                ],
            ]
        ),
        Heading("Parent/carer and others in the household"),
        Table(
            [
                [L("Name"), L("Date of birth"), L("Relationship"), L("Lives with child")],
                [t("Samira Ahmed"), t("09/12/1995"), t("Mother"), t("Yes")],
                [t("Yusuf Ahmed"), t("27/03/2023"), t("Brother"), t("Yes")],
            ]
        ),
        Heading("Consent"),
        Table(
            [
                [
                    L("Has the parent given consent to this referral?"),
                    Boxes((CB(True, "Yes", "Check Box1"), CB(False, "No", "Check Box2"))),
                ],
                [L("Signature of parent"), t("S Ahmed")],
                [L("Date"), t("23/11/2026")],
            ]
        ),
        Heading("Education setting / GP"),
        Table(
            [
                [L("Nursery"), t("Little Acorns Nursery, Dudley DY1 3BY")],
                [L("GP"), t("Not registered yet")],
            ]
        ),
        Heading("Your details"),
        Table(
            [
                [L("Name"), t("Amy Collins"), L("Agency"), t("Homelessness Prevention Team")],
                [
                    L("Email"),
                    t("amy.collins@housing.example.gov.uk"),
                    L("Telephone"),
                    t("01632 960 922"),
                ],
            ]
        ),
        Heading("Reason for referral"),
        Table(
            [
                [
                    t(
                        "Mum and the two children left temporary accommodation after a fire; they are sleeping on a friend's sofa. "
                        "Zara has missed nursery for three weeks. Mum needs help with housing, a GP and a nursery place."
                    )
                ]
            ]
        ),
    ]
    return render_acroform(blocks, "CSPoA referral")


CASES: tuple[CouncilCase, ...] = (
    CouncilCase(
        case_id="heldout5-reading-cspoa-01",
        council=COUNCIL,
        source_url=URL,
        source_title=TITLE,
        layout="email whose HTML part is the CSPoA notification form's copy: consent question and 'template consent form signed' before the children; children in a First name | Last name | DOB | NHS number grid; the father's Reading RG1 address in the parents grid ('does not live in the household'); the school's and GP's DY8 postcodes after the home postcode",
        filename="message.eml",
        assessment_date=ON1,
        build=_build_01,
        expected=Expected(
            form_type="early_help_assessment",
            people=(
                person("Ellie Webb", date(2013, 2, 19), False, ON1),
                person("Noah Webb", date(2018, 11, 7), False, ON1),
                person("Charlotte Webb", date(1989, 6, 3), True, ON1),
            ),
            postcode="DY8 2SE",
            lead_professional_name="Rachel Evans",
            lead_professional_email="r.evans@wordsley.example.sch.uk",
            level_of_need=None,
        ),
    ),
    CouncilCase(
        case_id="heldout5-reading-stepdown-01",
        council=COUNCIL,
        source_url=URL_HUB,
        source_title=TITLE_HUB,
        layout="Word step down to the Family Hub from a closing Child in Need plan: 'Berkshire West threshold at step down: Level 2a'; family name 'MORRIS' merged across the household grid and the home address merged below it; lead professional after step down (school DSL) named apart from the social worker completing the form; agreement signed by mum and the 16-year-old",
        filename="referral.docx",
        assessment_date=ON2,
        build=_build_02,
        expected=Expected(
            form_type="step_down",
            people=(
                person("Kerry Morris", date(1984, 10, 16), True, ON2),
                person("Jayden Morris", date(2010, 5, 1), True, ON2),
                person("Isla Morris", date(2015, 8, 22), False, ON2),
            ),
            postcode="DY5 1AA",
            lead_professional_name="Sandra Okoye",
            lead_professional_email="s.okoye@thorns.example.sch.uk",
            level_of_need=2,
        ),
    ),
    CouncilCase(
        case_id="heldout5-reading-cspoa-02",
        council=COUNCIL,
        source_url=URL,
        source_title=TITLE,
        layout="fillable PDF CSPoA referral with meaningless field names (Text1..TextN, Check Box1/2): family with no fixed address, Postcode field 'NFA'; the only postcode the nursery's DY1 3BY; mother signs",
        filename="referral.pdf",
        assessment_date=ON3,
        build=_build_03,
        expected=Expected(
            form_type="early_help_assessment",
            people=(
                person("Zara Ahmed", date(2020, 7, 14), False, ON3),
                person("Samira Ahmed", date(1995, 12, 9), True, ON3),
                person("Yusuf Ahmed", date(2023, 3, 27), False, ON3),
            ),
            postcode=None,
            lead_professional_name="Amy Collins",
            lead_professional_email="amy.collins@housing.example.gov.uk",
            level_of_need=None,
            queue_reason="postcode_missing",
        ),
    ),
)
