"""Havering: MASH contact record passed to Early Help (an internal request from the MASH desk)."""

# ruff: noqa: E501  (labels and answers are copied verbatim from the published form)

from datetime import date

from tests.councils.kit import (
    CB,
    Heading,
    Para,
    Table,
    Title,
    grid,
    kv,
    person,
    render_docx,
)
from tests.councils.model import CouncilCase, Expected

URL = "https://haveringcs.trixonline.co.uk/chapter/contacts-and-referrals"
TITLE = "Havering Children’s Services – Contacts and Referrals (MASH: the single point of contact, the referral gateway for Early Help Services or Children’s Social Care)"
ON = date(2026, 2, 5)


def _build() -> bytes:
    blocks = [
        Title(
            "MASH Contact Record",
            "Multi-Agency Safeguarding Hub – referral gateway for Early Help Services or Children’s Social Care",
        ),
        Heading("Contact"),
        kv(
            ("Contact recorded by (business support officer)", "Amy Tranter"),
            ("Date / time of contact", "05/02/2026 09:40"),
            (
                "Contact from",
                "PC 4471 Daniel Hughes, Halesowen Police Station, Laurel Lane, Halesowen B63 3BL",
            ),
            (
                "Contact type",
                "Police notification (non-crime domestic incident, no children present)",
            ),
            per_row=2,
        ),
        Table(
            [
                [CB(False, "Information only – signposted")],
                [CB(True, "Request for an Early Help service")],
                [CB(False, "Request for a Children’s Social Care service")],
            ]
        ),
        Heading("Basic demographic checks"),
        Para(
            "Full names, dates of birth and gender of children; names and dates of birth of all members of the household; identity of those with Parental Responsibility:"
        ),
        grid(
            [
                "Full name",
                "Date of birth",
                "Gender",
                "Relationship",
                "Parental Responsibility",
                "Ethnicity / first language / religion",
            ],
            [
                ["Tyler Marsh", "01/06/2010", "M", "Son", "", "White British / English / none"],
                ["Ruby Marsh", "12/12/2017", "F", "Daughter", "", "White British / English / none"],
                [
                    "Kelly Marsh",
                    "07/07/1987",
                    "F",
                    "Mother",
                    "Yes",
                    "White British / English / none",
                ],
                [
                    "Dean Foley",
                    "03/03/1985",
                    "M",
                    "Mother’s partner",
                    "No",
                    "White Irish / English / Catholic",
                ],
            ],
        ),
        kv(
            ("Family address", "41 Hagley Road, Hasbury, Halesowen B63 4HJ"),
            ("School / nursery attended", "Tyler – Earls High School; Ruby – Hasbury CE Primary"),
            ("GP", "Hasbury Surgery, Hagley Road, Halesowen B63 4QD"),
            per_row=1,
        ),
        Heading("Early Help Desk"),
        kv(
            ("Screened by", "Marcus Lee, Early Help Desk Practitioner"),
            ("Email", "marcus.lee@mash.example.gov.uk"),
            ("Telephone", "01632 960 604"),
            ("Decision", "Early Help – targeted family support (no statutory threshold met)"),
            per_row=2,
        ),
        kv(
            (
                "Consent from the family",
                "Verbal consent obtained by telephone on 05/02/2026 from Kelly Marsh (mother), Dean Foley (her partner) and "
                "Tyler Marsh (15), who all agreed to Early Help contacting them.",
            ),
            (
                "Reason for request",
                "Third police call-out in six months for arguments between Kelly and Dean; Tyler is missing school and Ruby is anxious at night.",
            ),
            widths=[1, 3],
        ),
    ]
    return render_docx(blocks, header="OFFICIAL-SENSITIVE")


CASES: tuple[CouncilCase, ...] = (
    CouncilCase(
        case_id="havering-mash-01",
        council="London Borough of Havering",
        source_url=URL,
        source_title=TITLE,
        layout="Word MASH contact record passed to Early Help by the desk, hard: the police contact's station address "
        "(another Dudley-table postcode) first; the demographic checks as one household grid; verbal consent recorded by the desk naming three people",
        filename="referral.docx",
        assessment_date=ON,
        build=_build,
        expected=Expected(
            form_type="internal_request",
            people=(
                person("Tyler Marsh", date(2010, 6, 1), True, ON),
                person("Ruby Marsh", date(2017, 12, 12), False, ON),
                person("Kelly Marsh", date(1987, 7, 7), True, ON),
                person("Dean Foley", date(1985, 3, 3), True, ON),
            ),
            postcode="B63 4HJ",
            lead_professional_name="Marcus Lee",
            lead_professional_email="marcus.lee@mash.example.gov.uk",
            level_of_need=None,
        ),
    ),
)
