"""Coventry: Common Assessment Framework (CAF) form, legacy Word fields, with the level of need ticked."""

# ruff: noqa: E501  (labels and answers are copied verbatim from the published form)

from datetime import date

from tests.councils.kit import (
    FCB,
    FT,
    Heading,
    L,
    Para,
    Table,
    Title,
    grid,
    kv,
    person,
    render_docx,
)
from tests.councils.model import CouncilCase, Expected

URL = "https://docplayer.net/13320375-Coventry-safeguarding-children-board-common-assessment-framework-guidance.html"
TITLE = "Coventry Safeguarding Children Board – Common Assessment Framework Guidance ('Promoting Children and Young People's Well-being' in Coventry: Early Help; Procedures)"
ON = date(2025, 11, 5)


def _build() -> bytes:
    blocks = [
        Title(
            "Common Assessment Framework (CAF)",
            "Promoting Children and Young People’s Well-being in Coventry",
        ),
        Para(
            "If at any stage you have any concerns that a child or young person is at risk of harm, you must follow the Safeguarding Children Board procedures and make a referral to the Multi-agency Safeguarding Hub (MASH)."
        ),
        Heading("Level of need"),
        Table(
            [
                [
                    FCB(False, "Level 1 – Universal"),
                    FCB(False, "Level 2 – Early help"),
                    FCB(False, "Level 3"),
                    FCB(True, "Level 4"),
                ],
                [
                    L("Is the child at risk of significant harm?"),
                    FCB(True, "Yes"),
                    FCB(False, "No"),
                    FT("Telephoned to MASH 10:15, 05/11/2025"),
                ],
            ]
        ),
        Heading("Details of the person completing the CAF"),
        kv(
            ("Name", FT("Josie Hammond")),
            ("Role", FT("Early Years Practitioner")),
            ("Agency", FT("Amblecote Children’s Centre, Vicarage Road, Stourbridge DY8 4JB")),
            ("Email", FT("j.hammond@amblecotecc.example.org.uk")),
            ("Telephone", FT("01632 960 972")),
            ("Date", FT("05/11/2025")),
            per_row=2,
        ),
        Heading("Identifying details of the child"),
        kv(
            ("Given name(s)", FT("Lacey")),
            ("Family name", FT("LLOYD")),
            ("Date of birth", FT("19/02/2022")),
            ("Gender", FT("F")),
            ("Address", FT("12 Brook Street, Wordsley, Stourbridge")),
            ("Postcode", FT("DY8 2SE")),
            per_row=2,
        ),
        Heading("Parents / carers and others in the household"),
        grid(
            ["Name", "Date of birth", "Relationship", "Lives with child"],
            [
                [FT("Kerry Lloyd"), FT("26/06/1989"), FT("Mother"), FT("Yes")],
                [FT("Bradley Lloyd"), FT("11/03/2019"), FT("Brother"), FT("Yes")],
                [FT(None), FT(None), FT(None), FT(None)],
            ],
        ),
        Heading("Reason for the CAF"),
        Table(
            [
                [
                    FT(
                        "Lacey (3) arrived with a burn on her hand that mum could not explain; Kerry smelt of alcohol at collection. Bradley says mum ‘sleeps all day’."
                    )
                ]
            ]
        ),
        Heading("Consent statement"),
        Para(
            "I understand the information that is recorded on this form and that it will be stored and shared in order to provide a better service to my family."
        ),
        kv(("Parent / carer signature", FT(None)), ("Date", FT(None)), per_row=2),
    ]
    return render_docx(blocks)


CASES: tuple[CouncilCase, ...] = (
    CouncilCase(
        case_id="coventry-caf-01",
        council="Coventry City Council",
        source_url=URL,
        source_title=TITLE,
        layout="Word CAF with legacy FORMTEXT / FORMCHECKBOX fields: Level 1-4 boxes with Level 4 checked and 'at risk of "
        "significant harm? Yes' checked, phoned to the MASH; practitioner's children's centre address (DY8 postcode not in the table) before the child; consent unsigned",
        filename="referral.docx",
        assessment_date=ON,
        build=_build,
        expected=Expected(
            form_type="early_help_assessment",
            people=(
                person("Lacey Lloyd", date(2022, 2, 19), False, ON),
                person("Kerry Lloyd", date(1989, 6, 26), False, ON),
                person("Bradley Lloyd", date(2019, 3, 11), False, ON),
            ),
            postcode="DY8 2SE",
            lead_professional_name="Josie Hammond",
            lead_professional_email="j.hammond@amblecotecc.example.org.uk",
            level_of_need=4,
            safeguarding=True,
            queue_reason="safeguarding_concern",
        ),
    ),
)
