"""Barnsley: Early Help Assessment (EHA), 1 Assessment details and 2 Family Composition and Details."""

# ruff: noqa: E501  (labels are copied verbatim from the published form)

from datetime import date

from tests.councils.kit import (
    F,
    Heading,
    Para,
    Table,
    Title,
    kv,
    person,
    render_acroform,
    render_docx,
)
from tests.councils.model import CouncilCase, Expected

URL = "https://vdocuments.us/web-view-child-assessment-a-please-identify-any-strengthsneeds-for-every-child.html"
TITLE = "Barnsley Early Help Assessment (EHA) – 1 Assessment details; 2 Family Composition and Details"
INTRO = (
    "For support, advice and guidance completing this assessment, refer to the Barnsley Assessment "
    "Framework and the supporting Thresholds Summary Document. A Unique Identifying Number for the "
    "family must be obtained as you commence this assessment, this can be done by completing the UIN "
    "request form which includes the Early Help Assessment and Intervention information sharing and "
    "storage agreement which must be signed by the family."
)

ON1 = date(2026, 2, 17)


def _build_01() -> bytes:
    blocks = [
        Title("Early Help Assessment (EHA)"),
        Para(INTRO),
        Heading("1 Assessment details"),
        kv(("EHA UIN:", "BEH-20417"), ("Date started:", "03/02/2026"), ("Date complete:", "17/02/2026"), per_row=3),
        Para("(Assessment to be completed within 21 days)"),
        Para("Person undertaking the assessment", bold=True),
        kv(
            ("Name:", "Rachel Okafor"),
            ("Position:", "Learning Mentor"),
            ("Organisation:", "Kingswinford Park Academy"),
            ("Email:", "r.okafor@kpacademy.example.sch.uk"),
            ("Telephone no:", "01632 960 412"),
            per_row=2,
        ),
        Para("Lead Professional (if not as above)", bold=True),
        kv(
            ("Name:", "Daniel Prescott"),
            ("Position:", "Family Support Worker"),
            ("Organisation:", "Wordsley Family Hub, Wordsley Green, DY8 5PD"),
            ("Email:", "daniel.prescott@familyhub.example.gov.uk"),
            ("Telephone no:", "01632 960 418"),
            per_row=2,
        ),
        Heading("2 Family Composition and Details"),
        Para("Main Parent/Carer", bold=True),
        kv(
            ("Name:", "Joanne Marie Whitfield"),
            ("Gender (M/F):", "F"),
            ("Ethnicity:", "White British"),
            ("Address:", "22 Summerhill, Kingswinford"),
            ("Postcode:", "DY6 7AA"),
            ("DOB:", "11/08/1987"),
            ("Home Tel:", "01632 960 455"),
            ("Mobile:", "07700 900 455"),
            ("Relationship to children:", "Mother"),
            per_row=2,
        ),
        Para("Parent/Carer 2", bold=True),
        kv(
            ("Name:", "Craig Whitfield"),
            ("Gender (M/F):", "M"),
            ("Ethnicity:", "White British"),
            ("Address:", "As above"),
            ("Postcode:", "As above"),
            ("DOB:", "30/01/1985"),
            ("Home Tel:", "01632 960 455"),
            ("Mobile:", "07700 900 456"),
            ("Relationship to children:", "Father"),
            per_row=2,
        ),
        Para("Children in the household", bold=True),
        Table(
            [
                ["Name:", "DOB:", "Gender (M/F):", "School/Nursery:"],
                ["Ellie Whitfield", "05/05/2013", "F", "Kingswinford Park Academy"],
                ["Noah Whitfield", "19/09/2016", "M", "Summerhill Primary"],
            ]
        ),
        Heading("Information sharing and storage agreement"),
        Para(
            "I/We agree to the information in this Early Help Assessment being stored by Barnsley Council "
            "and shared with the practitioners in the family network for the purpose of providing support."
        ),
        Table(
            [
                ["Name", "Signature", "Date"],
                ["Joanne Whitfield", "J. Whitfield", "17/02/2026"],
                ["Craig Whitfield", "C Whitfield", "17/02/2026"],
                ["Ellie Whitfield", "Ellie W", "17/02/2026"],
            ]
        ),
        Heading("3 Reason for assessment"),
        Para(
            "Ellie's attendance has fallen to 81% this term and she has told staff she is anxious about "
            "leaving her mum, who has recently had surgery. Noah's behaviour at home has escalated."
        ),
    ]
    return render_docx(blocks, footer="Barnsley Early Help Assessment")


ON2 = date(2026, 3, 4)


def _build_02() -> bytes:
    blocks = [
        Title("Early Help Assessment (EHA)"),
        Para(INTRO),
        Heading("1 Assessment details"),
        kv(("EHA UIN:", F("BEH-20502", "EHA UIN")), ("Date started:", F("20/02/2026", "Date started")), ("Date complete:", F("04/03/2026", "Date complete")), per_row=3),
        Para("Person undertaking the assessment", bold=True),
        kv(
            ("Name:", F("Sunita Bains", "Name")),
            ("Position:", F("School Nurse", "Position")),
            ("Organisation:", F("Black Country Healthcare 0-19 Service", "Organisation")),
            ("Email:", F("sunita.bains@bchealth.example.nhs.uk", "Email")),
            ("Telephone no:", F("01632 960 521", "Telephone no")),
            per_row=2,
        ),
        Para("Lead Professional (if not as above)", bold=True),
        kv(("Name:", F("", "Name_2")), ("Position:", F("", "Position_2")), ("Email:", F("", "Email_2")), per_row=3),
        Heading("2 Family Composition and Details"),
        Para("Main Parent/Carer", bold=True),
        kv(
            ("Name:", F("Lorraine Hadley", "Name_3")),
            ("Gender (M/F):", F("F", "Gender")),
            ("Address:", F("7 Hurst Lane, Tipton", "Address")),
            ("Postcode:", F("dy47aa", "Postcode")),
            ("DOB:", F("14/12/1982", "DOB")),
            ("Relationship to children:", F("Mother", "Relationship")),
            per_row=2,
        ),
        Para("Parent/Carer 2", bold=True),
        kv(("Name:", F("", "Name_4")), ("Address:", F("", "Address_2")), ("DOB:", F("", "DOB_2")), per_row=3),
        Para("Children in the household", bold=True),
        Table(
            [
                ["Name:", "DOB:", "Gender (M/F):", "School/Nursery:"],
                [F("Tyler Hadley", "Child1Name"), F("22/10/2010", "Child1DOB"), F("M", "Child1Gender"), F("Tipton St John's", "Child1School")],
                [F("Mia Hadley", "Child2Name"), F("08/06/2015", "Child2DOB"), F("F", "Child2Gender"), F("Great Bridge Primary", "Child2School")],
            ]
        ),
        Heading("Information sharing and storage agreement"),
        Table(
            [
                ["Name", "Signature", "Date"],
                [F("Lorraine Hadley", "Sig1Name"), F("L Hadley", "Sig1"), F("04/03/2026", "Sig1Date")],
                [F("", "Sig2Name"), F("", "Sig2"), F("", "Sig2Date")],
            ]
        ),
        Para("Tyler was not present at the home visit; he will be asked to sign at school next week."),
    ]
    return render_acroform(blocks, "Early Help Assessment (EHA)")


CASES: tuple[CouncilCase, ...] = (
    CouncilCase(
        case_id="heldout-barnsley-eha-01",
        council="Barnsley Metropolitan Borough Council",
        source_url=URL,
        source_title=TITLE,
        layout="Word EHA: person undertaking the assessment, then a separate 'Lead Professional (if not as above)' block with a hub address (DY8 district decoy); Main Parent/Carer and Parent/Carer 2 blocks with 'As above'; all 14+ sign",
        filename="referral.docx",
        assessment_date=ON1,
        build=_build_01,
        expected=Expected(
            form_type="early_help_assessment",
            people=(
                person("Joanne Marie Whitfield", date(1987, 8, 11), True, ON1),
                person("Craig Whitfield", date(1985, 1, 30), True, ON1),
                person("Ellie Whitfield", date(2013, 5, 5), True, ON1),
                person("Noah Whitfield", date(2016, 9, 19), False, ON1),
            ),
            postcode="DY6 7AA",
            lead_professional_name="Daniel Prescott",
            lead_professional_email="daniel.prescott@familyhub.example.gov.uk",
            level_of_need=None,
        ),
    ),
    CouncilCase(
        case_id="heldout-barnsley-eha-02",
        council="Barnsley Metropolitan Borough Council",
        source_url=URL,
        source_title=TITLE,
        layout="fillable PDF of the same EHA: Lead Professional and Parent/Carer 2 fields left empty; postcode typed 'dy47aa'; a 15-year-old has not signed the agreement",
        filename="referral.pdf",
        assessment_date=ON2,
        build=_build_02,
        expected=Expected(
            form_type="early_help_assessment",
            people=(
                person("Lorraine Hadley", date(1982, 12, 14), True, ON2),
                person("Tyler Hadley", date(2010, 10, 22), False, ON2),
                person("Mia Hadley", date(2015, 6, 8), False, ON2),
            ),
            postcode="DY4 7AA",
            lead_professional_name="Sunita Bains",
            lead_professional_email="sunita.bains@bchealth.example.nhs.uk",
            level_of_need=None,
            queue_reason="consent_missing",
        ),
    ),
)
