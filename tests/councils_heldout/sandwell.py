"""Sandwell: Multi Agency Referral Form (MARF) to the Multi Agency Safeguarding Hub (MASH)."""

# ruff: noqa: E501  (labels are copied verbatim from the published form)

from datetime import date

from tests.councils.kit import FCB, FT, Heading, L, Para, Table, Title, grid, person, render_docx
from tests.councils.model import CouncilCase, Expected

URL = "http://atelim.com/multi-agency-referral-form-marf.html"
TITLE = "Sandwell Multi Agency Referral Form (MARF) – 1. Child / Young Person's Details"
ON = date(2026, 1, 27)


def _build() -> bytes:
    blocks = [
        Title("Multi Agency Referral Form (MARF)"),
        Para(
            "This form should only be used to make a referral to Sandwell’s child protection Multi Agency "
            "Safeguarding Hub (MASH). If the child is in no immediate danger you must complete a MARF as "
            "soon as possible and within a maximum of 24 hours."
        ),
        Para(
            "For guidance on completing the MARF please see the accompanying Sandwell MARF Guidance and "
            "Multi Agency Thresholds documents"
        ),
        Heading("1. CHILD / YOUNG PERSON’S DETAILS"),
        Table(
            [
                [L("Family Name"), FT("BEGUM"), L("First Name(s)"), FT("Aisha")],
                [L("Date of Birth/ Estimated Due Date"), FT("12/07/2017"), L("Gender"), FCB(False, "Male")],
                [L(""), "", L(""), FCB(True, "Female")],
                [L("Age"), FT("8"), L("Ethnicity"), FT("Asian British - Bangladeshi")],
                [L("Religion"), FT("Muslim"), L("First Language"), FT("English")],
                [L("Interpreter required?"), FT("N"), L("Why/who for?"), FT(None)],
                [L("NHS Number"), FT("485 777 3456"), L("Address"), FT("41 Tividale Road, Tipton, B69 1AA")],
                [L("Home Telephone No."), FT("01632 960 611"), L("Mobile No."), FT("07700 900 611")],
                [L("GP Address/ Contact"), FT("Tividale Medical Centre, Dudley Road, Oldbury B69 2XX")],
                [L("Nursery/School/ Children’s Centre Address/ Contact"), FT("Tividale Hall Primary, Tividale B69 1UQ")],
            ]
        ),
        Heading("2. OTHER CHILDREN IN THE HOUSEHOLD"),
        grid(
            ["Family Name", "First Name(s)", "Date of Birth", "Gender", "School"],
            [[FT("BEGUM"), FT("Yusuf"), FT("03/03/2020"), FT("M"), FT("Tividale Hall Primary")]],
        ),
        Heading("3. PARENTS / CARERS"),
        grid(
            ["Family Name", "First Name(s)", "Date of Birth", "Relationship to child", "Address (if different)"],
            [
                [FT("BEGUM"), FT("Shirin"), FT("21/04/1991"), FT("Mother"), FT(None)],
                [FT("UDDIN"), FT("Kamal"), FT("09/11/1988"), FT("Father"), FT("Lives in Bangladesh, no contact")],
            ],
        ),
        Heading("4. CONSENT"),
        Table(
            [
                [L("Are parents/carers aware of this referral?"), FT("Yes")],
                [L("Has consent been given? By whom?"), FT("Yes - Shirin Begum (mother) gave consent by phone on 27/01/2026")],
            ]
        ),
        Heading("5. REFERRER’S DETAILS"),
        Table(
            [
                [L("Name"), FT("Gemma Lloyd"), L("Job Title"), FT("Designated Safeguarding Lead")],
                [L("Agency"), FT("Tividale Hall Primary School"), L("Telephone"), FT("01632 960 640")],
                [L("Secure email"), FT("g.lloyd@tividalehall.example.sch.uk"), L("Date of referral"), FT("27/01/2026")],
            ]
        ),
        Heading("6. REASON FOR REFERRAL"),
        Para(
            "Aisha has been collected late on 11 occasions this half term and has come to school without a coat "
            "in freezing weather. Mum reports she is struggling with her own health and has asked for help."
        ),
    ]
    return render_docx(blocks, footer="Sandwell MARF")


CASES: tuple[CouncilCase, ...] = (
    CouncilCase(
        case_id="heldout-sandwell-marf-01",
        council="Sandwell Metropolitan Borough Council",
        source_url=URL,
        source_title=TITLE,
        layout="Word MARF with legacy FORMTEXT fields throughout (empty ones five en-spaces) and FORMCHECKBOX Male/Female; Family Name (capitals) before First Name(s); postcode only inside the Address line; father abroad not in the household; GP and school in B69 (same district as the family)",
        filename="referral.docx",
        assessment_date=ON,
        build=_build,
        expected=Expected(
            form_type="early_help_assessment",
            people=(
                person("Aisha Begum", date(2017, 7, 12), False, ON),
                person("Yusuf Begum", date(2020, 3, 3), False, ON),
                person("Shirin Begum", date(1991, 4, 21), True, ON),
            ),
            postcode="B69 1AA",
            lead_professional_name="Gemma Lloyd",
            lead_professional_email="g.lloyd@tividalehall.example.sch.uk",
            level_of_need=None,
        ),
    ),
)
