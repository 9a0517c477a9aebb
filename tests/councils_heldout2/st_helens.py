"""St Helens: Service Request Form, with the Descriptions of Need level ticked."""

# ruff: noqa: E501  (labels are copied verbatim from the published page)

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
)
from tests.councils.model import CouncilCase, Expected

URL = "https://sthelensscb.proceduresonline.com/chapters/p_referrals.html"
TITLE = "St Helens Referrals and Enquiries – St. Helens Service Request Form; St. Helens Descriptions of Need Document"
ON = date(2026, 2, 26)


def _build() -> bytes:
    blocks = [
        Title("St. Helens Service Request Form"),
        Para(
            "Please read the St. Helens Descriptions of Need Document before completing this form."
        ),
        Heading("Request for"),
        Table(
            [
                [
                    Boxes(
                        (
                            CB(False, "Information"),
                            CB(False, "Notification"),
                            CB(True, "Request for a service"),
                        )
                    )
                ]
            ]
        ),
        Heading("Level of need (St. Helens Descriptions of Need)"),
        Table(
            [
                [
                    Boxes(
                        (
                            CB(False, "Level 1"),
                            CB(False, "Level 2"),
                            CB(True, "Level 3"),
                            CB(False, "Level 4"),
                        )
                    )
                ]
            ]
        ),
        Heading("Child / young person and family"),
        grid(
            ["Name", "DOB", "Relationship", "Address"],
            [
                ["Callum Pritchard", "14/09/2011", "Subject", "4 Kates Hill Road, Dudley DY1 2QP"],
                ["Evie Pritchard", "30/04/2014", "Sister", "Same"],
                ["Joanne Pritchard", "02/12/1983", "Mother", "Same"],
            ],
        ),
        Heading("Practitioner requesting the service"),
        kv(
            ("Name", "Sandra Hughes"),
            ("Role", "Practice Nurse"),
            ("Agency", "Kates Hill Surgery, Dudley DY2 7BT"),
            ("Email", "sandra.hughes@nhs.example.net"),
            ("Telephone", "01632 960 471"),
            ("Date", "26/02/2026"),
            per_row=2,
        ),
        Heading("Reason for request"),
        Table(
            [
                [
                    "Callum (14) diagnosed with type 2 diabetes and obesity; missing appointments; mum has depression and is not leaving the house. Evie is doing most of the shopping."
                ]
            ]
        ),
        Heading("Consent"),
        Para(
            "I agree to this request being made and to information being shared with the services who can help my family."
        ),
        Para(
            "Signed: J. Pritchard          Print name: Joanne Pritchard          Date: 26/02/2026"
        ),
        Para(
            "Signed: Callum P               Print name: Callum Pritchard          Date: 26/02/2026"
        ),
    ]
    return render_docx(blocks)


CASES: tuple[CouncilCase, ...] = (
    CouncilCase(
        case_id="heldout2-st-helens-srf-01",
        council="St Helens Borough Council",
        source_url=URL,
        source_title=TITLE,
        layout="Word service request: 'Level 3' ticked among four Descriptions of Need levels; one family table with the address on the first row and 'Same' below; mother and 14-year-old sign on 'Signed: Print name: Date:' lines",
        filename="referral.docx",
        assessment_date=ON,
        build=_build,
        expected=Expected(
            form_type="early_help_assessment",
            people=(
                person("Callum Pritchard", date(2011, 9, 14), True, ON),
                person("Evie Pritchard", date(2014, 4, 30), False, ON),
                person("Joanne Pritchard", date(1983, 12, 2), True, ON),
            ),
            postcode="DY1 2QP",
            lead_professional_name="Sandra Hughes",
            lead_professional_email="sandra.hughes@nhs.example.net",
            level_of_need=3,
        ),
    ),
)
