"""Peterborough: step down from children's social care to Early Help and Targeted Support."""

# ruff: noqa: E501  (wording follows the published page)

from datetime import date

from tests.councils.kit import (
    CB,
    Boxes,
    Heading,
    L,
    Para,
    Table,
    Title,
    kv,
    person,
    render_pdf,
)
from tests.councils.model import CouncilCase, Expected

URL = "https://www.peterborough.gov.uk/healthcare/early-help/peterborough-early-help-strategy"
TITLE = "Peterborough City Council – Peterborough Early Help strategy (support within Early Help when families have received specialist support and need a reduced level of support to sustain and continue the progress made; the Early Help Assessment)"

ON = date(2026, 8, 4)


def _build() -> bytes:
    blocks = [
        Title(
            "Step down to Early Help and Targeted Support", "Children’s Social Care → Early Help"
        ),
        Para(
            "Support is also provided within the arena of Early Help when families have received specialist support and need a reduced level "
            "of support to sustain and continue the progress made. Please attach the most recent assessment and plan."
        ),
        Heading("1. Current social care involvement"),
        kv(
            (
                "Type of plan ending",
                Boxes(
                    (
                        CB(False, "Child Protection"),
                        CB(True, "Child in Need"),
                        CB(False, "Single Assessment only"),
                    )
                ),
            ),
            ("Date plan ends", "04/08/2026"),
            ("Social worker", "Natasha Gill, Children’s Social Care (North)"),
            ("Social worker email", "natasha.gill@childrens.example.gov.uk"),
        ),
        Heading("2. Family"),
        Table(
            [
                [
                    L("Surname"),
                    L("Forename(s)"),
                    L("Date of birth"),
                    L("Relationship"),
                    L("Address"),
                ],
                [
                    "MORRIS",
                    "Kelly Jane",
                    "02/11/1990",
                    "Mother",
                    "17 Brook Street, Amblecote, Stourbridge DY8 4HB",
                ],
                ["MORRIS", "Tyler", "08/09/2012", "Son", "Same"],
                ["MORRIS", "Phoebe", "11/04/2019", "Daughter", "Same"],
                ["GRANT", "Lewis", "", "Father of Phoebe", "HMP – not in household"],
            ],
            [1.2, 1.4, 1.2, 1.4, 3],
        ),
        Heading("3. Progress made and what still needs to happen"),
        Table(
            [
                [
                    "Domestic abuse ended when Lewis was sentenced in March; mum completed the Freedom Programme; home conditions and school attendance now good. "
                    "Still needed: Tyler’s anger at school and a parenting refresher for mum. Reduced level of support to sustain the progress made."
                ]
            ]
        ),
        Heading("4. Early Help Lead Professional after step down"),
        kv(
            ("Name", "Lauren Bishop"),
            ("Team", "Early Help and Targeted Support – Stourbridge"),
            ("Email", "lauren.bishop@earlyhelp.example.gov.uk"),
            ("Telephone", "01632 960 841"),
            ("Handover meeting", "04/08/2026 (held at home with mum and Tyler)"),
        ),
        Heading("5. Family’s agreement to the step down"),
        Table(
            [
                [L("Name"), L("Signature"), L("Date")],
                ["Kelly Morris", "K Morris", "04/08/2026"],
                ["Tyler Morris", "T. Morris", "04/08/2026"],
            ]
        ),
        Heading("6. Manager authorisation"),
        kv(("Team manager", "Andrew Kaye"), ("Date", "04/08/2026"), per_row=2),
    ]
    return render_pdf(blocks, "Step down to Early Help")


CASES: tuple[CouncilCase, ...] = (
    CouncilCase(
        case_id="heldout3-peterborough-stepdown-01",
        council="Peterborough City Council",
        source_url=URL,
        source_title=TITLE,
        layout="flattened PDF step down from a Child in Need plan (CP / CIN / single assessment ☒/☐): social worker and her email first; SURNAME | Forename(s) grid with the address on mum's row and 'Same' below, Phoebe's father in prison; Early Help Lead Professional after step down named apart; mum and the 13-year-old sign",
        filename="referral.pdf",
        assessment_date=ON,
        build=_build,
        expected=Expected(
            form_type="step_down",
            people=(
                person("Kelly Jane Morris", date(1990, 11, 2), True, ON),
                person("Tyler Morris", date(2012, 9, 8), True, ON),
                person("Phoebe Morris", date(2019, 4, 11), False, ON),
            ),
            postcode="DY8 4HB",
            lead_professional_name="Lauren Bishop",
            lead_professional_email="lauren.bishop@earlyhelp.example.gov.uk",
            level_of_need=None,
        ),
    ),
)
