"""Northumberland: Early Help Assessment, consent page first."""

# ruff: noqa: E501  (labels and consent text are copied verbatim from the published form)

from datetime import date

from tests.councils.kit import Heading, Para, Table, Title, grid, kv, longdate, person, render_docx
from tests.councils.model import CouncilCase, Expected

URL = "https://docsbay.net/doc/951354/early-help-assessment-appendix"
TITLE = "Northumberland Early Help Assessment (EHA) – consent; EHA Appendix 8: Continuum of need"
ON = date(2026, 2, 24)


def _build() -> bytes:
    blocks = [
        Title("Early Help Assessment", "Northumberland"),
        kv(("Practitioner’s Name and Agency/ Contact Details", "Sarah Milburn, Pastoral Lead, Crestwood School, Bromley Lane, Kingswinford DY6 0LQ\nsarah.milburn@crestwood.example.sch.uk  01632 960 930")),
        Para(
            "The Early Help Assessment (EHA) has been designed to support children and young people who need "
            "some extra help. It is a way of assessing your needs to be able to decide what help is needed and "
            "who could provide services to help. The Early Help Assessment cannot be completed without your "
            "informed consent."
        ),
        Para(
            "You should be involved in completing the EHA and any actions agreed at all times; you will have to "
            "sign the EHA to give consent after the assessment and you will get a copy of the EHA to keep."
        ),
        Table(
            [
                ["Name", "Signature", "Date"],
                ["Gary Robson", "G. Robson", longdate(ON)],
                ["", "", ""],
            ]
        ),
        Heading("Family details"),
        grid(
            ["Name", "Date of birth", "Relationship", "Lives at home"],
            [
                ["Gary Robson", "03/04/1979", "Father", "Yes"],
                ["Callum Robson", "18/01/2011", "Son (subject of EHA)", "Yes"],
                ["Evie Robson", "09/07/2015", "Daughter", "Yes"],
                ["Tracey Robson", "22/11/1981", "Mother", "No - lives in Morpeth NE61 1XX"],
            ],
        ),
        kv(("Home address", "3 Lodge Farm Close, Sedgley"), ("Postcode", "DY3 4PQ"), per_row=2),
        Heading("Reason for assessment"),
        Para(
            "Callum (15) has been excluded twice this year. Dad is a single parent since mum moved away and "
            "is finding the evenings hard. Callum did not want to take part in the meeting on "
            f"{longdate(ON)} and has not signed."
        ),
    ]
    return render_docx(blocks)


CASES: tuple[CouncilCase, ...] = (
    CouncilCase(
        case_id="heldout-northumberland-eha-01",
        council="Northumberland County Council",
        source_url=URL,
        source_title=TITLE,
        layout="Word EHA: practitioner contact box (school postcode DY6 0LQ from the Dudley table) and consent signatures BEFORE the family; dates written '24 February 2026'; mother at another address; a 15-year-old has not signed",
        filename="referral.docx",
        assessment_date=ON,
        build=_build,
        expected=Expected(
            form_type="early_help_assessment",
            people=(
                person("Gary Robson", date(1979, 4, 3), True, ON),
                person("Callum Robson", date(2011, 1, 18), False, ON),
                person("Evie Robson", date(2015, 7, 9), False, ON),
            ),
            postcode="DY3 4PQ",
            lead_professional_name="Sarah Milburn",
            lead_professional_email="sarah.milburn@crestwood.example.sch.uk",
            level_of_need=None,
            queue_reason="consent_missing",
        ),
    ),
)
