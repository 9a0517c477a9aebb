"""Middlesbrough: Early Help working together (a lead practitioner co-ordinates the activity around
the family) and moving from children's social care to early help support (step down)."""

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
    render_docx,
    render_pdf,
)
from tests.councils.model import CouncilCase, Expected

URL = "https://www.middlesbrough.gov.uk/children-families-and-safeguarding/early-help/working-together-professionals/"
TITLE = "Middlesbrough Council – Early Help: Working together (professionals) (a lead practitioner should carry out the assessment and co-ordinate the delivery of support services; moving between children's social care and early help support)"

ON1 = date(2026, 3, 26)


def _build_01() -> bytes:
    blocks: list[object] = [
        Title(
            "Step Down Request – Children's Social Care to Early Help",
            "Middlesbrough Children's Services",
        ),
        Para(
            "When social care intervention is no longer needed, the family may still need early help support. Complete with the family before the final CIN review."
        ),
        Table(
            [
                [L("Family name"), Span("GRAINGER / OKONJO", 3)],
                [L("Family address"), Span("16 Stourbridge Road, Lye, Stourbridge DY9 0QQ", 3)],
                [
                    L("Current plan"),
                    Boxes(
                        (
                            CB(False, "Child Protection"),
                            CB(True, "Child in Need"),
                            CB(False, "Single assessment only"),
                        )
                    ),
                    L("Mosaic case no."),
                    "MB-558120",
                ],
            ],
            [1.3, 2.2, 1.2, 1.3],
        ),
        Heading("Household members"),
        grid(
            ["Surname", "Forename(s)", "DOB", "Relationship", "Mosaic ID"],
            [
                ["GRAINGER", "Stephanie Louise", "04/02/1990", "Mother", "4410982"],
                ["OKONJO", "Emeka", "17/08/1988", "Mother's partner", "4410983"],
                ["GRAINGER", "Tia", "26/05/2012", "Daughter", "4410984"],
                ["OKONJO", "Chidi", "01/03/2022", "Son", "4410985"],
            ],
        ),
        Para(
            "Tia's father, Lee Grainger, lives in Middlesbrough and has supervised contact; he is not part of this household."
        ),
        Heading("Why is social care no longer needed? What still needs to happen?"),
        Table(
            [
                [
                    "CIN plan since 09/2025 for domestic abuse between mum and a previous partner (now in prison). Mum has completed the Freedom Programme; Tia's attendance is 97%. Still needed: Tia's counselling, help for mum with debts, Chidi's nursery place."
                ]
            ]
        ),
        Heading("Lead practitioner after step down"),
        kv(
            ("Name", "Hollie Stainsby"),
            ("Service", "Early Help – Family Case Worker"),
            ("Email", "hollie.stainsby@earlyhelp.example.gov.uk"),
            ("Telephone", "01632 960 881"),
            per_row=2,
        ),
        Heading("Family agreement to step down and to information sharing"),
        grid(
            ["Name", "Signature", "Date"],
            [
                ["Stephanie Grainger", "S L Grainger", "26/03/2026"],
                ["Emeka Okonjo", "E Okonjo", "26/03/2026"],
                ["Tia Grainger (13)", "Tia", "26/03/2026"],
            ],
        ),
        Heading("Social worker"),
        kv(
            ("Name", "Rob Carling"),
            ("Team", "Assessment and CIN Team 2"),
            ("Email", "rob.carling@childrens.example.gov.uk"),
            ("Date", "26/03/2026"),
            per_row=2,
        ),
        kv(("Team manager agreement", "Yes – Lisa Dowson, 25/03/2026")),
    ]
    return render_docx(blocks)


ON2 = date(2026, 9, 9)


def _build_02() -> bytes:
    blocks: list[object] = [
        Title("Early Help Assessment", "Middlesbrough – Early Help"),
        Heading("Practitioner completing the assessment"),
        kv(
            ("Name", "Natasha Pearce"),
            ("Agency", "Tees Valley Women's Centre"),
            ("Address", "Marton Road, Middlesbrough TS1 2QQ"),
            ("Email", "n.pearce@tvwc.example.org.uk"),
            per_row=2,
        ),
        Heading("Lead practitioner (if different)"),
        Para(
            "A lead practitioner should co-ordinate the activity around the family, ensure the assessment and the family plan respond to all needs identified, and lead on ensuring the family co-produce the plan."
        ),
        kv(
            ("Name", "Gareth Lumb"),
            ("Agency / role", "Head of Year 9, Pensnett School of Technology"),
            ("Email", "g.lumb@pensnett.example.sch.uk"),
            ("Telephone", "01632 960 290"),
            per_row=2,
        ),
        Heading("Family details"),
        kv(("Address", "8 High Oak, Pensnett, Kingswinford"), ("Postcode", "DY6 0LQ"), per_row=2),
        grid(
            ["Name", "Date of birth", "Relationship", "Lives here?"],
            [
                ["Roxanne Bell", "13/02/1985", "Mother", "Yes"],
                ["Kai Bell", "02/11/2011", "Son", "Yes"],
                ["Summer Bell", "19/07/2009", "Daughter", "Yes"],
                ["Gavin Bell", "05/05/1983", "Father", "No – Middlesbrough"],
            ],
        ),
        Heading("What are we worried about?"),
        Table(
            [
                [
                    "Mum and the children moved from Teesside to get away from dad (DA). Kai (14) is angry and getting into fights; Summer (16) is looking after him and has stopped going to sixth form. The women's centre is helping mum; school will be lead practitioner."
                ]
            ]
        ),
        Heading("Consent"),
        grid(
            ["Name", "I agree to this assessment being shared", "Date"],
            [
                ["Roxanne Bell", "R. Bell", "09/09/2026"],
                ["Summer Bell", "Summer Bell", "09/09/2026"],
                ["Kai Bell", "K Bell", "09/09/2026"],
            ],
        ),
    ]
    return render_pdf(blocks, "Early Help Assessment")


CASES: tuple[CouncilCase, ...] = (
    CouncilCase(
        case_id="heldout4-middlesbrough-stepdown-01",
        council="Middlesbrough Council",
        source_url=URL,
        source_title=TITLE,
        layout="Word step-down request from a CIN plan: family name 'GRAINGER / OKONJO' and the address in cells merged across the grid; CP / CIN / single assessment ☒/☐; SURNAME | Forename(s) grid with Mosaic IDs and a middle name; Tia's father in Middlesbrough in a sentence; lead practitioner after step down named apart from the social worker; three sign",
        filename="referral.docx",
        assessment_date=ON1,
        build=_build_01,
        expected=Expected(
            form_type="step_down",
            people=(
                person("Stephanie Louise Grainger", date(1990, 2, 4), True, ON1),
                person("Emeka Okonjo", date(1988, 8, 17), True, ON1),
                person("Tia Grainger", date(2012, 5, 26), True, ON1),
                person("Chidi Okonjo", date(2022, 3, 1), False, ON1),
            ),
            postcode="DY9 0QQ",
            lead_professional_name="Hollie Stainsby",
            lead_professional_email="hollie.stainsby@earlyhelp.example.gov.uk",
            level_of_need=None,
        ),
    ),
    CouncilCase(
        case_id="heldout4-middlesbrough-eha-01",
        council="Middlesbrough Council",
        source_url=URL,
        source_title=TITLE,
        layout="flattened PDF EHA: the women's centre's Middlesbrough TS1 address first, then a 'Lead practitioner (if different)' block naming the school; father 'No – Middlesbrough' in the household grid; mum, the 16-year-old and the 14-year-old sign",
        filename="referral.pdf",
        assessment_date=ON2,
        build=_build_02,
        expected=Expected(
            form_type="early_help_assessment",
            people=(
                person("Roxanne Bell", date(1985, 2, 13), True, ON2),
                person("Kai Bell", date(2011, 11, 2), True, ON2),
                person("Summer Bell", date(2009, 7, 19), True, ON2),
            ),
            postcode="DY6 0LQ",
            lead_professional_name="Gareth Lumb",
            lead_professional_email="g.lumb@pensnett.example.sch.uk",
            level_of_need=None,
        ),
    ),
)
