"""Torbay: the Supporting (Troubled) Families partner Nomination form (Level 2; Targeted Help
Coordinator; consent sought before the form is filled in)."""

# ruff: noqa: E501  (wording follows the published page)

from datetime import date

from tests.councils.kit import (
    CB,
    Boxes,
    F,
    Heading,
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

URL = "https://www.torbay.gov.uk/children-and-families/services-and-support/supporting-families/supporting-families-nomination-form"
TITLE = "Torbay Council – Supporting Families Nomination form (Partner Nomination and Review Process, March 2018 – Version 1; used by all Partners when offering Universal support to families at Level 2; Targeted Help Coordinator; lead professional role; first TAF meeting)"
COUNCIL = "Torbay Council"

ON1 = date(2026, 1, 28)


def _build_01() -> bytes:
    blocks: list[object] = [
        Title(
            "Supporting Families – Partner Nomination Form",
            "Partner Nomination and Review Process – Version 1",
        ),
        Para(
            "To prevent consent being sought and forms being filled out unnecessarily, check first with the Supporting Families Team whether the family is already known."
        ),
        kv(
            ("Checked with the Supporting Families Team?", "Yes – not previously identified"),
            ("Current level of need", "Level 2 – Universal support"),
        ),
        Heading("Nominating partner"),
        kv(
            ("Name", "Rachel Dunn"),
            ("Agency", "Education Welfare Service"),
            ("Email", "rachel.dunn@ews.example.gov.uk"),
            ("Telephone", "01632 960 188"),
            ("Date of nomination", "28/01/2026"),
            per_row=2,
        ),
        kv(
            (
                "Will you take on the role of Targeted Help Coordinator (lead professional)?",
                "No – Targeted Help Coordinator proposed: Simon Yates, Family Support Worker, Stourbridge Family Hub (simon.yates@familyhub.example.gov.uk)",
            ),
        ),
        Heading("Family details"),
        grid(
            ["Name", "DOB", "Relationship", "School / employment"],
            [
                ["Nicola Grant", "19/09/1984", "Mum", "Out of work"],
                ["Dean Grant", "10/10/2009", "Son", "Redhill School – attendance 64%"],
                ["Paige Grant", "03/03/2013", "Daughter", "Redhill School"],
            ],
        ),
        kv(("Address", "16 Worcester Street, Stourbridge"), ("Postcode", "DY8 4HB"), per_row=2),
        Heading("Which criteria apply?"),
        Table(
            [
                [
                    Boxes(
                        (
                            CB(True, "Getting a good education"),
                            CB(False, "Crime and anti-social behaviour"),
                            CB(True, "Financial stability / worklessness"),
                            CB(False, "Domestic abuse"),
                        )
                    )
                ]
            ]
        ),
        Heading("Consent"),
        Para(
            "I agree to be nominated to the Supporting Families programme and for information to be shared as described."
        ),
        grid(
            ["Name", "Signed", "Date"],
            [["Nicola Grant", "N Grant", "28/01/2026"], ["Dean Grant", "Dean", "28/01/2026"]],
        ),
    ]
    return render_docx(blocks)


ON2 = date(2026, 6, 23)


def _build_02() -> bytes:
    blocks: list[object] = [
        Title(
            "Supporting Families – Partner Nomination Form",
            "Partner Nomination and Review Process – Version 1",
        ),
        kv(("Current level of need", F("Level 2", "Level of need"))),
        Heading("Nominating partner"),
        kv(
            ("Name", F("Omar Haddad", "Nominator name")),
            ("Agency", F("Jobcentre Plus work coach", "Nominator agency")),
            ("Email", F("omar.haddad@dwp.example.gov.uk", "Nominator email")),
            ("Date of nomination", F("23/06/2026", "Nomination date")),
            per_row=2,
        ),
        Heading("Family details"),
        grid(
            ["Name", "DOB", "Relationship"],
            [
                [
                    F("Jade Turner", "Family 1 name"),
                    F("07/07/1995", "Family 1 DOB"),
                    F("Mum", "Family 1 rel"),
                ],
                [
                    F("Scott Kerr", "Family 2 name"),
                    F("12/01/1992", "Family 2 DOB"),
                    F("Mum's partner (lives with family)", "Family 2 rel"),
                ],
                [
                    F("Mia Turner", "Family 3 name"),
                    F("28/02/2019", "Family 3 DOB"),
                    F("Daughter", "Family 3 rel"),
                ],
            ],
        ),
        kv(
            ("Address", F("2 Dock Lane, Netherton", "Address")),
            ("Postcode", F("DY2 9HF", "Postcode")),
            per_row=2,
        ),
        Heading("Which criteria apply?"),
        Table(
            [
                [
                    Boxes(
                        (
                            CB(False, "Getting a good education", "Criteria education"),
                            CB(True, "Financial stability / worklessness", "Criteria finance"),
                            CB(True, "Health", "Criteria health"),
                        )
                    )
                ]
            ]
        ),
        Heading("Consent"),
        grid(
            ["Name", "Signed", "Date"],
            [
                [
                    F("Jade Turner", "Consent name 1"),
                    F("J Turner", "Consent signed 1"),
                    F("23/06/2026", "Consent date 1"),
                ],
                [
                    F("Scott Kerr", "Consent name 2"),
                    F("", "Consent signed 2"),
                    F("", "Consent date 2"),
                ],
            ],
        ),
    ]
    return render_acroform(blocks, "Nomination form")


CASES: tuple[CouncilCase, ...] = (
    CouncilCase(
        case_id="heldout6-torbay-nomination-01",
        council=COUNCIL,
        source_url=URL,
        source_title=TITLE,
        layout="Word Supporting Families nomination: 'Current level of need: Level 2 – Universal support' near the top; the nominating EWO declines the coordinator role and proposes a Targeted Help Coordinator by name and e-mail; criteria ☒/☐ row; mum and the 16-year-old sign",
        filename="referral.docx",
        assessment_date=ON1,
        build=_build_01,
        expected=Expected(
            form_type="early_help_assessment",
            people=(
                person("Nicola Grant", date(1984, 9, 19), True, ON1),
                person("Dean Grant", date(2009, 10, 10), True, ON1),
                person("Paige Grant", date(2013, 3, 3), False, ON1),
            ),
            postcode="DY8 4HB",
            lead_professional_name="Simon Yates",
            lead_professional_email="simon.yates@familyhub.example.gov.uk",
            level_of_need=2,
        ),
    ),
    CouncilCase(
        case_id="heldout6-torbay-nomination-02",
        council=COUNCIL,
        source_url=URL,
        source_title=TITLE,
        layout="fillable PDF nomination with meaningful field names ('Family 2 name', 'Consent signed 2'): 'Level 2' in its own field; mum's partner lives with the family but his consent row is empty",
        filename="referral.pdf",
        assessment_date=ON2,
        build=_build_02,
        expected=Expected(
            form_type="early_help_assessment",
            people=(
                person("Jade Turner", date(1995, 7, 7), True, ON2),
                person("Scott Kerr", date(1992, 1, 12), False, ON2),
                person("Mia Turner", date(2019, 2, 28), False, ON2),
            ),
            postcode="DY2 9HF",
            lead_professional_name="Omar Haddad",
            lead_professional_email="omar.haddad@dwp.example.gov.uk",
            level_of_need=2,
            queue_reason="consent_missing",
        ),
    ),
)
