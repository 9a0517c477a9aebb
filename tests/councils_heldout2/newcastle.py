"""Newcastle: Families Early Help Outcomes Plan, and a step-down to an Early Help Plan."""

# ruff: noqa: E501  (labels are copied verbatim from the published form)

from datetime import date

from tests.councils.kit import (
    BOX,
    TICK,
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
)
from tests.councils.model import CouncilCase, Expected

URL1 = "https://docsbay.net/families-should-meet-at-least-2-of-the-6-criteria-outlined-below-each-family-should-also"
TITLE1 = "Newcastle Families Early Help Outcomes Plan"
ON1 = date(2026, 2, 5)


def _build_01() -> bytes:
    blocks = [
        Title("Newcastle Families Early Help Outcomes Plan"),
        Para(
            "Please see notes guidance on how to complete. Examples of successful outcomes and FAQs are also included below."
        ),
        Para(
            "Families should meet at least 2 of the 6 criteria outlined below. Each family should also have:"
        ),
        Para(
            "- A whole family assessment\n- The assessment is linked to local authority Troubled Family Outcomes Plans (TFOPs)/ strategic plans\n- There is a plan for the whole family\n- A keyworker/ lead worker has been identified"
        ),
        kv(
            ("Family Names:", "HUSSAIN / AKHTAR"),
            ("Early Help ID/Carefirst ID:", "EH-33810 / CF 771204"),
            ("Early Help Plan:", "Yes - whole family plan agreed 05/02/2026"),
        ),
        Table([[L("ASSESSMENT STAGE"), L("Date:"), "05/02/2026", L("Early Help Plan :"), "Yes"]]),
        Heading("Parents and children involved in crime or antisocial behaviour"),
        grid(
            [
                "Indicator of Need",
                "Please check the box below if this is a currently issue for the family",
                "Detail",
            ],
            [
                [
                    "Proven offending by adults or children in the last 12 months",
                    BOX,
                    "Date of offence:\nType of offence:",
                ],
                [
                    "ASB committed by someone in the household in the last 12 months",
                    TICK,
                    "Date of last ASB incident: 12/12/2025 (Ayaan, stone throwing)",
                ],
            ],
        ),
        Heading("Children who have not been attending school regularly"),
        grid(
            [
                "Indicator of Need",
                "Please check the box below if this is a currently issue for the family",
                "Detail",
            ],
            [
                ["Persistent lateness:", TICK, "What is the lateness % for the school term? 18%"],
                [
                    "Attending PRU or other alternative provision (including part-time timetable)",
                    BOX,
                    "Please state which provision:",
                ],
            ],
        ),
        Heading("Family members"),
        grid(
            ["Name", "Date of birth", "Relationship", "Living at the family address?"],
            [
                ["Farah Akhtar", "14/07/1989", "Mother", "Yes"],
                ["Bilal Hussain", "03/03/1986", "Father", "Yes"],
                ["Ayaan Hussain", "28/09/2012", "Son", "Yes"],
                ["Inaya Hussain", "12/12/2015", "Daughter", "Yes"],
            ],
        ),
        kv(("Family address:", Span("12 Wrens Hill Road, Sedgley, Dudley DY3 2DE", 3))),
        Heading("Keyworker / lead worker"),
        kv(
            ("Name", "Rachel Dunn"),
            ("Role / agency", "Family Intervention Worker, Dudley Family Hub (Central)"),
            ("Email", "rachel.dunn@familyhub.example.gov.uk"),
            ("Telephone", "01632 960 803"),
            per_row=2,
        ),
        Heading("Plan completed by"),
        kv(
            ("Name", "Tom Fenwick"),
            ("Role", "Attendance Officer, Sedgley Park Academy"),
            ("Email", "t.fenwick@sedgleypark.example.sch.uk"),
            ("Date", "05/02/2026"),
            per_row=2,
        ),
        Heading("Family agreement"),
        Para(
            "We agree to this plan and to information being shared with the services named in it."
        ),
        Para("Signed: F Akhtar        Print name: FARAH AKHTAR        Date: 05/02/2026"),
        Para("Signed: B Hussain       Print name: BILAL HUSSAIN       Date: 05/02/2026"),
    ]
    return render_docx(blocks)


URL2 = "http://newcastlescb.proceduresonline.com/chapters/p_early_help_ass.html"
TITLE2 = "Newcastle SCB 1.1.3 Early Help Assessment – 14. Handover and Closure Arrangements; 17. Early Help Plan and Children's Social Care (CSC); Appendix 1: Step down flowchart"
ON2 = date(2026, 3, 18)


def _build_02() -> bytes:
    blocks = [
        Title("Step down from Children's Social Care to an Early Help Plan"),
        Para(
            "To be completed by the allocated social worker when a Child in Need plan closes and support continues through an Early Help Plan with a Lead Practitioner (see Appendix 1: Step down flowchart)."
        ),
        Heading("1. Social worker"),
        kv(
            ("Name", "Andrea Kowalczyk"),
            ("Team", "Children in Need Team, Council House, Priory Road, Dudley DY1 1HF"),
            ("Email", "andrea.kowalczyk@childrens.example.gov.uk"),
            ("Date", "18/03/2026"),
            per_row=2,
        ),
        Heading("2. Family"),
        grid(
            ["First name", "Surname", "Date of birth", "Relationship", "Address"],
            [
                [
                    "Melissa",
                    "Grant",
                    "05/05/1992",
                    "Mother",
                    "7 Cherry Tree Lane, Pedmore, Stourbridge DY9 0QQ",
                ],
                ["Lewis", "Grant", "30/06/2010", "Son", "as above"],
                ["Harper", "Grant", "18/02/2019", "Daughter", "as above"],
            ],
        ),
        Heading("3. Current plan"),
        kv(
            ("Plan being closed", "Child in Need plan (opened 02/09/2025)"),
            ("Date of final CIN meeting", "18/03/2026"),
            (
                "Outstanding actions for the Early Help Plan",
                "Lewis - school attendance and anger management; Melissa - debt advice",
            ),
        ),
        Heading("4. Lead Practitioner for the Early Help Plan"),
        kv(
            ("Name", "Gary Oduya"),
            ("Role", "Pastoral Manager, Pedmore High School"),
            ("Email", "g.oduya@pedmorehigh.example.sch.uk"),
            ("Telephone", "01632 960 871"),
            per_row=2,
        ),
        Heading("5. Consent"),
        Table(
            [
                [
                    "The family has agreed to the step down and to the Early Help Plan. Consent given by Melissa Grant and Lewis Grant at the final CIN meeting on 18/03/2026."
                ]
            ]
        ),
    ]
    return render_docx(blocks)


CASES: tuple[CouncilCase, ...] = (
    CouncilCase(
        case_id="heldout2-newcastle-ehop-01",
        council="Newcastle City Council",
        source_url=URL1,
        source_title=TITLE1,
        layout="Word outcomes plan: 'Family Names:' cell holding two surnames 'HUSSAIN / AKHTAR', ☒/☐ indicator grids before the family table, address in a merged cell, keyworker/lead worker named apart from the plan's author, consent as 'Signed: Print name: Date:' lines",
        filename="referral.docx",
        assessment_date=ON1,
        build=_build_01,
        expected=Expected(
            form_type="early_help_assessment",
            people=(
                person("Farah Akhtar", date(1989, 7, 14), True, ON1),
                person("Bilal Hussain", date(1986, 3, 3), True, ON1),
                person("Ayaan Hussain", date(2012, 9, 28), False, ON1),
                person("Inaya Hussain", date(2015, 12, 12), False, ON1),
            ),
            postcode="DY3 2DE",
            lead_professional_name="Rachel Dunn",
            lead_professional_email="rachel.dunn@familyhub.example.gov.uk",
            level_of_need=None,
        ),
    ),
    CouncilCase(
        case_id="heldout2-newcastle-stepdown-01",
        council="Newcastle City Council",
        source_url=URL2,
        source_title=TITLE2,
        layout="Word step-down from a Child in Need plan: social worker's council-house address (DY1 district) first, First name | Surname table with 'as above' addresses, named Lead Practitioner for the Early Help Plan, consent statement naming mother and son",
        filename="referral.docx",
        assessment_date=ON2,
        build=_build_02,
        expected=Expected(
            form_type="step_down",
            people=(
                person("Melissa Grant", date(1992, 5, 5), True, ON2),
                person("Lewis Grant", date(2010, 6, 30), True, ON2),
                person("Harper Grant", date(2019, 2, 18), False, ON2),
            ),
            postcode="DY9 0QQ",
            lead_professional_name="Gary Oduya",
            lead_professional_email="g.oduya@pedmorehigh.example.sch.uk",
            level_of_need=None,
        ),
    ),
)
