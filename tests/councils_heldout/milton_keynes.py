"""Milton Keynes: Multi Agency Referral Form (MARF) to the MASH, sent as a PDF attachment."""

# ruff: noqa: E501  (labels are copied verbatim from the published form)

from datetime import date

from tests.councils.kit import (
    Heading,
    Mail,
    Para,
    Table,
    Title,
    as_bytes,
    grid,
    kv,
    person,
    render_pdf,
)
from tests.councils.model import CouncilCase, Expected

URL = "https://docsbay.net/date-assessment-started"
TITLE = "Milton Keynes Multi Agency Referral Form (MARF) – MKSCB (Section 1–3)"
ON = date(2026, 3, 11)


def _pdf() -> bytes:
    blocks = [
        Title("Multi Agency Referral Form (MARF)"),
        Para("The MARF is designed to enable a non-urgent referral to be made to the Multi Agency Referral Hub (MASH)"),
        Para(
            "All three sections of this form must be completed as fully as possible before any referral is made "
            "to the Multi Agency Safeguarding Hub (MASH). The form is designed to include all family members in "
            "one referral, if that is appropriate."
        ),
        Heading("Section 1 – Family members"),
        grid(
            ["Surname", "First name", "Date of birth", "Relationship", "Address"],
            [
                ["OSEI", "Abena", "28/02/1990", "Mother", "16 Oakham Road, Dudley DY2 9HF"],
                ["OSEI-MENSAH", "Kwame", "12/12/2012", "Son", "same"],
                ["MENSAH", "Esi", "01/08/2019", "Daughter", "same"],
            ],
        ),
        Heading("Section 2 – Consent"),
        Table(
            [
                ["Has the referral been discussed with the family?", "Yes"],
                ["Has consent been obtained?", "Yes - Abena Osei and Kwame Osei-Mensah both agreed on 11/03/2026"],
            ]
        ),
        Heading("Section 3 – Referrer"),
        kv(
            ("Name", "Peter Lindqvist"),
            ("Role", "Youth Worker"),
            ("Agency", "Netherton Youth Project, Halesowen Road, Netherton DY2 0PX"),
            ("Email", "peter.lindqvist@nyp.example.org.uk"),
            ("Date", "11/03/2026"),
            per_row=2,
        ),
        Para("Kwame has been seen with older youths linked to county lines activity. Mum asked for support."),
    ]
    return render_pdf(blocks, "MARF")


def _build() -> bytes:
    msg = Mail(
        "Peter Lindqvist <peter.lindqvist@nyp.example.org.uk>",
        "earlyhelp.frontdoor@dudley.example.gov.uk",
        "MARF - OSEI family",
        ON,
    ).message()
    msg.set_content("Hello,\n\nPlease find attached a MARF for the Osei family. Consent has been obtained.\n\nPeter Lindqvist\nYouth Worker\n")
    msg.add_attachment(_pdf(), maintype="application", subtype="pdf", filename="MARF Osei.pdf")
    return as_bytes(msg)


CASES: tuple[CouncilCase, ...] = (
    CouncilCase(
        case_id="heldout-milton-keynes-marf-01",
        council="Milton Keynes City Council",
        source_url=URL,
        source_title=TITLE,
        layout="email with a flattened PDF MARF attached: one family table holding the address in each row (others 'same'); double-barrelled and differing surnames; referrer's youth project in the DY2 district",
        filename="message.eml",
        assessment_date=ON,
        build=_build,
        expected=Expected(
            form_type="early_help_assessment",
            people=(
                person("Abena Osei", date(1990, 2, 28), True, ON),
                person("Kwame Osei-Mensah", date(2012, 12, 12), True, ON),
                person("Esi Mensah", date(2019, 8, 1), False, ON),
            ),
            postcode="DY2 9HF",
            lead_professional_name="Peter Lindqvist",
            lead_professional_email="peter.lindqvist@nyp.example.org.uk",
            level_of_need=None,
        ),
    ),
)
