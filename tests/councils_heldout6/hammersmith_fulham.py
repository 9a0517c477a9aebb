"""Hammersmith & Fulham: request for a 'Team Around' early help response, laid out on the
borough's Early Help Services: Pathways and Processes."""

# ruff: noqa: E501  (wording follows the published page)

from datetime import date

from tests.councils.kit import (
    CB,
    Boxes,
    Heading,
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

URL = "https://docsbay.net/hammersmith-fulham-early-help-services-pathways-and-processes"
TITLE = "Hammersmith & Fulham Early Help Services: Pathways and Processes (Early Help vision and aims; early identification; the 'Team Around' approach: Team Around the Family (TAF), Team Around the Child (TAC), Team Around the Setting (TAS))"
COUNCIL = "London Borough of Hammersmith & Fulham"

ON1 = date(2026, 4, 15)


def _build_01() -> bytes:
    blocks: list[object] = [
        Title(
            "Early Help – Request for a Team Around response",
            "Hammersmith & Fulham Early Help Services",
        ),
        Heading("Which Team Around approach?"),
        Table(
            [
                [
                    Boxes(
                        (
                            CB(True, "Team Around the Family (TAF)"),
                            CB(False, "Team Around the Child (TAC)"),
                            CB(False, "Team Around the Setting (TAS)"),
                        )
                    )
                ]
            ]
        ),
        Heading("Family members"),
        grid(
            ["Name", "Date of birth", "Relationship to the child", "Lives in the household"],
            [
                ["Maria Santos Pereira", "22/02/1987", "Mother", "Yes"],
                ["Joao Pereira", "09/09/1985", "Father", "Yes"],
                ["Beatriz Pereira", "17/05/2011", "Daughter", "Yes"],
                ["Tomas Pereira", "01/12/2018", "Son", "Yes"],
            ],
        ),
        kv(
            ("Home address", "3 Quarry Road, Halesowen B63 3BL"),
            ("Home telephone", "01632 960 733"),
            per_row=2,
        ),
        Heading("Practitioner making the request"),
        kv(
            ("Name", "Lucy Harding"),
            ("Role / agency", "School Nurse, Halesowen locality"),
            ("Base", "Halesowen Health Centre, B63 2TS"),
            ("Email", "lucy.harding@nhs.example.net"),
            per_row=2,
        ),
        Heading("Why is a Team Around approach needed?"),
        Para(
            "Beatriz (14) has low mood and has stopped eating at school; Tomas has a speech delay. Parents work shifts and speak Portuguese at home; they ask for a family meeting with school, CAMHS and speech therapy."
        ),
        Heading("Agreement"),
        Para(
            "We agree to a Team Around the Family meeting and to information about our family being shared with the professionals who attend."
        ),
        grid(
            ["Name", "Signature", "Date"],
            [
                ["Maria Santos Pereira", "M. S. Pereira", "15/04/2026"],
                ["Joao Pereira", "J Pereira", "15/04/2026"],
                ["Beatriz Pereira", "Beatriz P", "15/04/2026"],
            ],
        ),
    ]
    return render_docx(blocks)


ON2 = date(2026, 10, 6)


def _build_02() -> bytes:
    blocks: list[object] = [
        Title(
            "Early Help – Request for a Team Around response",
            "Hammersmith & Fulham Early Help Services",
        ),
        Heading("Which Team Around approach?"),
        Table(
            [
                [
                    Boxes(
                        (
                            CB(True, "Team Around the Family (TAF)"),
                            CB(False, "Team Around the Child (TAC)"),
                            CB(False, "Team Around the Setting (TAS)"),
                        )
                    )
                ]
            ]
        ),
        Heading("Family members"),
        grid(
            ["Name", "Date of birth", "Relationship to the child", "Lives in the household"],
            [
                ["Keeley Brown", "14/08/1999", "Mother", "Yes"],
                ["Rio Brown", "26/03/2023", "Son", "Yes"],
            ],
        ),
        kv(
            (
                "Home address",
                "Temporary accommodation – room 12, Station Hotel, Dudley (moved twice since July)",
            ),
            ("Postcode", "not known – housing to confirm"),
        ),
        Heading("Practitioner making the request"),
        kv(
            ("Name", "Aisha Rahman"),
            ("Role / agency", "Housing Options Officer"),
            ("Base", "Housing Options, Dudley DY1 1HF"),
            ("Email", "aisha.rahman@housing.example.gov.uk"),
            per_row=2,
        ),
        Heading("Why is a Team Around approach needed?"),
        Para(
            "Keeley fled domestic abuse in Fulham (W6 9JU refuge referral closed). Rio (3) has no health visitor; Keeley wants help with a nursery place and benefits."
        ),
        Heading("Agreement"),
        grid(["Name", "Signature", "Date"], [["Keeley Brown", "K Brown", "06/10/2026"]]),
    ]
    return render_pdf(blocks, "Team Around request")


CASES: tuple[CouncilCase, ...] = (
    CouncilCase(
        case_id="heldout6-hammersmith-fulham-taf-01",
        council=COUNCIL,
        source_url=URL,
        source_title=TITLE,
        layout="Word request for a Team Around response (TAF / TAC / TAS ☒/☐ row): family grid first with a mother's two-part surname 'Santos Pereira'; home address and postcode in one cell; school nurse's base B63 2TS after the family; agreement signed by both parents and the 14-year-old",
        filename="referral.docx",
        assessment_date=ON1,
        build=_build_01,
        expected=Expected(
            form_type="early_help_assessment",
            people=(
                person("Maria Santos Pereira", date(1987, 2, 22), True, ON1),
                person("Joao Pereira", date(1985, 9, 9), True, ON1),
                person("Beatriz Pereira", date(2011, 5, 17), True, ON1),
                person("Tomas Pereira", date(2018, 12, 1), False, ON1),
            ),
            postcode="B63 3BL",
            lead_professional_name="Lucy Harding",
            lead_professional_email="lucy.harding@nhs.example.net",
            level_of_need=None,
        ),
    ),
    CouncilCase(
        case_id="heldout6-hammersmith-fulham-taf-02",
        council=COUNCIL,
        source_url=URL,
        source_title=TITLE,
        layout="flattened PDF Team Around request for a family in a hotel room: Postcode 'not known – housing to confirm'; the only postcodes are the housing office's DY1 1HF and a Fulham refuge's W6 9JU; mother signs",
        filename="referral.pdf",
        assessment_date=ON2,
        build=_build_02,
        expected=Expected(
            form_type="early_help_assessment",
            people=(
                person("Keeley Brown", date(1999, 8, 14), True, ON2),
                person("Rio Brown", date(2023, 3, 26), False, ON2),
            ),
            postcode=None,
            lead_professional_name="Aisha Rahman",
            lead_professional_email="aisha.rahman@housing.example.gov.uk",
            level_of_need=None,
            queue_reason="postcode_missing",
        ),
    ),
)
