"""Halton: the Levels of Need Framework (three levels of additional needs above Universal
Services), the Multi-Agency Plan (MAP) and the integrated Contact and Referral Team (iCART)."""

# ruff: noqa: E501  (wording follows the published pages)

from datetime import date

from tests.councils.kit import (
    CB,
    SDT,
    Boxes,
    Heading,
    L,
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
from tests.councils_heldout5._mail import FRONT_DOOR, with_attachment

URL_LON = "https://haltonchildrenstrust.co.uk/halton-levels-of-need"
TITLE_LON = "Halton Children's Trust – Levels of Need Framework (three levels of additional needs above Universal Services; iCART the single front door; Multi-Agency Plan (MAP) used at the multi-agency planning stage of the Framework)"
URL_ICART = "https://hcypsp.haltonsafeguarding.co.uk/contact-and-referral-team/"
TITLE_ICART = "Halton Children and Young People's Safeguarding Partnership – Integrated Contact and Referral Team (iCART) (safeguarding referrals and early intervention requests; online iCART referral form; full name of family members including other names they might be known by, current nursery/school, up to date contact telephone numbers)"

COUNCIL = "Halton Borough Council"

LEVELS = ("Universal", "Level 1", "Level 2", "Level 3")


def _map_blocks(
    *,
    level: int,
    lead: tuple[str, str, str, str],
    family: list[list[str]],
    address: str,
    postcode: str,
    needs: str,
    signatures: list[list[str]],
    completed_by: str | None,
    on: str,
) -> list[object]:
    blocks: list[object] = [
        Title("Multi-Agency Plan (MAP)", "Halton Levels of Need Framework – multi-agency planning"),
        Heading("Level of need"),
        Table([[Boxes(tuple(CB(i == level, text) for i, text in enumerate(LEVELS)))]]),
        Heading("MAP lead"),
        kv(
            ("Name", lead[0]),
            ("Agency", lead[1]),
            ("Email", lead[2]),
            ("Telephone", lead[3]),
            per_row=2,
        ),
    ]
    if completed_by:
        blocks.append(kv(("MAP completed by (if not the MAP lead)", completed_by)))
    blocks += [
        Heading("Family members"),
        grid(
            ["Full name", "Also known as", "Date of birth", "Relationship", "Nursery / school"],
            family,
        ),
        Table(
            [
                [L("Address"), SDT(address), L("Postcode"), SDT(postcode)],
                [
                    L("Date of MAP meeting"),
                    SDT(on, kind="date", iso=None),
                    L("Review date"),
                    SDT(None, kind="date"),
                ],
            ]
        ),
        Heading("What are we worried about?"),
        Para(needs),
        Heading("Consent to share information"),
        grid(["Name", "Signature", "Date"], signatures),
    ]
    return blocks


ON1 = date(2026, 3, 11)


def _build_01() -> bytes:
    return render_docx(
        _map_blocks(
            level=2,
            lead=(
                "Louise Hartley",
                "Early Intervention Worker, Dudley Family Hub",
                "louise.hartley@familyhub.example.gov.uk",
                "01632 960 404",
            ),
            family=[
                ["Zoe Lowe", "", "02/02/1992", "Mother", "–"],
                ["Kai Lowe-Grant", "Kai Grant", "17/06/2013", "Son", "Castle High School"],
                ["Bella Lowe", "", "30/03/2020", "Daughter", "Priory Primary"],
            ],
            address="4 Bourne Street, Dudley",
            postcode="DY1 4RN",
            needs="Kai (12) is being bullied and has been in two fights after school. Mum is struggling on her own since the children's father went to prison. Level 2 – multi-agency planning: school, Youth Service and the family hub.",
            signatures=[["Zoe Lowe", "Z Lowe", "11/03/2026"]],
            completed_by=None,
            on="11/03/2026",
        )
    )


ON2 = date(2026, 6, 17)


def _build_02() -> bytes:
    blocks: list[object] = [
        Title("iCART referral form", "Halton integrated Contact and Referral Team"),
        Table(
            [
                [
                    L("This referral is for"),
                    Boxes(
                        (
                            CB(False, "Safeguarding – immediate risk of harm"),
                            CB(True, "Early intervention"),
                        )
                    ),
                ],
                [L("Discussed with line manager / safeguarding lead?"), "Yes – Mrs F Quinn, DSL"],
            ]
        ),
        Heading("Family members (full names including other names known by)"),
        grid(
            [
                "Full name",
                "Other names",
                "Date of birth",
                "Relationship",
                "Nursery / school",
                "Contact number",
            ],
            [
                ["Emma Jones", "", "25/08/1990", "Mother", "–", "07700 900 145"],
                [
                    "Carl Brennan",
                    "",
                    "14/02/1988",
                    "Mum's partner (lives with the family)",
                    "–",
                    "07700 900 146",
                ],
                ["Lacey Jones", "Lacey Brennan", "09/10/2010", "Daughter", "Ridgewood High", "–"],
                ["Freddie Brennan", "", "22/12/2021", "Son", "Tots Nursery", "–"],
            ],
        ),
        kv(("Address", "17 Hall Street, Lye, Stourbridge DY9 7AA")),
        Heading("Consent"),
        Table(
            [
                [
                    L("Consent of the parent/carer with Parental Responsibility (PR)"),
                    "Emma Jones – signed 17/06/2026",
                ],
                [
                    L("Young person's consent (if of age and understanding)"),
                    "Lacey Jones – signed 17/06/2026",
                ],
            ]
        ),
        Heading("Vulnerabilities affecting the whole family"),
        Table(
            [
                [
                    Boxes(
                        (
                            CB(True, "Attendance & behaviour"),
                            CB(False, "Anti-social behaviour"),
                            CB(True, "Worklessness / financial exclusion"),
                            CB(False, "Domestic violence and abuse"),
                            CB(False, "Possible neglect"),
                        )
                    )
                ],
                [
                    "Lacey (15) on 70% attendance; Carl lost his job in April; family behind on rent and using the food bank."
                ],
            ]
        ),
        Heading("Referrer"),
        kv(
            ("Name", "Andrew Mills"),
            ("Role", "Attendance Officer, Ridgewood High School, Stourbridge DY8 3NQ"),
            ("Email", "a.mills@ridgewood.example.sch.uk"),
            ("Date", "17/06/2026"),
            per_row=2,
        ),
    ]
    return render_pdf(blocks, "iCART referral")


ON3 = date(2026, 10, 21)


def _docx_03() -> bytes:
    return render_docx(
        _map_blocks(
            level=2,
            lead=(
                "Gemma Finch",
                "Lead Professional, Early Intervention Locality Team",
                "gemma.finch@eit.example.gov.uk",
                "01632 960 455",
            ),
            family=[
                ["Oluwaseun Adebayo", "Seun", "03/04/1984", "Father", "–"],
                ["Grace Adebayo", "", "21/09/1986", "Mother", "–"],
                ["Daniel Adebayo", "", "12/12/2010", "Son", "Ellowes Hall Sports College"],
                ["Esther Adebayo", "", "06/06/2015", "Daughter", "Milking Bank Primary"],
            ],
            address="29 Stallings Lane, Kingswinford",
            postcode="DY8 4HB",
            needs="Daniel (15) has type 1 diabetes and has been admitted twice this term; missing insulin doses. Parents both work shifts. Level 2: diabetes nurse, school and family support agreed a multi-agency plan.",
            signatures=[
                ["Oluwaseun Adebayo", "O Adebayo", "21/10/2026"],
                ["Grace Adebayo", "G Adebayo", "21/10/2026"],
                ["Daniel Adebayo", "D Adebayo", "21/10/2026"],
            ],
            completed_by="Sarah Pugh, Paediatric Diabetes Nurse (sarah.pugh@nhs.example.net)",
            on="21/10/2026",
        )
    )


def _build_03() -> bytes:
    return with_attachment(
        "Sarah Pugh <sarah.pugh@nhs.example.net>",
        FRONT_DOOR,
        "MAP for the Adebayo family",
        ON3,
        "Hello,\n\nPlease find attached the MAP from today's meeting (I have used the Halton template the family's old team used). "
        "Gemma Finch agreed to be the lead professional.\n\nKind regards\nSarah Pugh\n",
        _docx_03(),
        "MAP Adebayo.docx",
    )


CASES: tuple[CouncilCase, ...] = (
    CouncilCase(
        case_id="heldout5-halton-map-01",
        council=COUNCIL,
        source_url=URL_LON,
        source_title=TITLE_LON,
        layout="Word Multi-Agency Plan with Universal / Level 1 / Level 2 / Level 3 as ☒/☐ in one row ('Level 2' ticked); MAP lead first; Full name | Also known as grid with a double-barrelled son; address and postcode in content controls with an empty review-date picker; only mum signs (children 12 and 5)",
        filename="referral.docx",
        assessment_date=ON1,
        build=_build_01,
        expected=Expected(
            form_type="early_help_assessment",
            people=(
                person("Zoe Lowe", date(1992, 2, 2), True, ON1),
                person("Kai Lowe-Grant", date(2013, 6, 17), False, ON1),
                person("Bella Lowe", date(2020, 3, 30), False, ON1),
            ),
            postcode="DY1 4RN",
            lead_professional_name="Louise Hartley",
            lead_professional_email="louise.hartley@familyhub.example.gov.uk",
            level_of_need=2,
        ),
    ),
    CouncilCase(
        case_id="heldout5-halton-icart-01",
        council=COUNCIL,
        source_url=URL_ICART,
        source_title=TITLE_ICART,
        layout="flattened PDF iCART referral ('Early intervention' ☒ rather than 'Safeguarding'): six-column family grid with other names and contact numbers; consent rows for the parent with PR and the 15-year-old only, so mum's partner who lives with the family has no consent; vulnerabilities as ☒/☐; school's DY8 3NQ in the referrer's role line",
        filename="referral.pdf",
        assessment_date=ON2,
        build=_build_02,
        expected=Expected(
            form_type="early_help_assessment",
            people=(
                person("Emma Jones", date(1990, 8, 25), True, ON2),
                person("Carl Brennan", date(1988, 2, 14), False, ON2),
                person("Lacey Jones", date(2010, 10, 9), True, ON2),
                person("Freddie Brennan", date(2021, 12, 22), False, ON2),
            ),
            postcode="DY9 7AA",
            lead_professional_name="Andrew Mills",
            lead_professional_email="a.mills@ridgewood.example.sch.uk",
            level_of_need=None,
            queue_reason="consent_missing",
        ),
    ),
    CouncilCase(
        case_id="heldout5-halton-map-02",
        council=COUNCIL,
        source_url=URL_LON,
        source_title=TITLE_LON,
        layout="email with the Word Multi-Agency Plan attached: 'Level 2' ticked again, the same template filled for a four-person family; the MAP lead named first and 'MAP completed by (if not the MAP lead)' names the diabetes nurse who sent it; father known as 'Seun'; both parents and the 15-year-old sign",
        filename="message.eml",
        assessment_date=ON3,
        build=_build_03,
        expected=Expected(
            form_type="early_help_assessment",
            people=(
                person("Oluwaseun Adebayo", date(1984, 4, 3), True, ON3),
                person("Grace Adebayo", date(1986, 9, 21), True, ON3),
                person("Daniel Adebayo", date(2010, 12, 12), True, ON3),
                person("Esther Adebayo", date(2015, 6, 6), False, ON3),
            ),
            postcode="DY8 4HB",
            lead_professional_name="Gemma Finch",
            lead_professional_email="gemma.finch@eit.example.gov.uk",
            level_of_need=2,
        ),
    ),
)
