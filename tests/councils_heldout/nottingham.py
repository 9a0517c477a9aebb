"""Nottingham City: Children's Services MARF and the Priority Families identification checklist."""

# ruff: noqa: E501  (labels are copied verbatim from the published forms)

from datetime import date

from tests.councils.kit import (
    Heading,
    L,
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

URL_MARF = "https://docest.com/doc/344622/children-s-services-multi-agency-referral-form-marf"
TITLE_MARF = "Nottingham City Council CHILDREN’S SERVICES Multi Agency Referral Form (MARF)"
URL_PF = "https://docsbay.net/doc/673338/please-provide-the-details-of-any-persons-in-the-household"
TITLE_PF = "Priority Families identification checklist (Nottingham; Children and Families Direct) – Family Details"

ON1 = date(2026, 3, 2)


def _build_marf() -> bytes:
    blocks = [
        Title("CHILDREN’S SERVICES Multi Agency Referral Form (MARF)"),
        Para("This form should be used to make a referral to Nottingham City Council Children’s Services."),
        Heading("CONSENT AND CONFIDENTIALITY"),
        Table(
            [
                [L("Has this referral been discussed with the parent/carer ?"), "YES"],
                [L("Has the parent given consent to the referral being made?"), "YES - Danielle Foster (mother), 02/03/2026"],
                [L("What are the parents/carers views about your concerns and this referral?"), "Danielle says she is at breaking point with Harvey's behaviour and wants help."],
                [L("Has this referral been discussed with the child/young person?"), "NO/NA - Harvey is 7"],
            ]
        ),
        Table(
            [
                [L("Name of person completing referral"), "Owen Gallagher", L("Relationship to child"), "Health Visitor"],
                [L("Date"), "02/03/2026", L("Tel No."), "01632 960 802"],
                [L("Secure email"), "owen.gallagher@dudleyhv.example.nhs.uk", L("Address"), "Brierley Hill Health Centre, Venture Way, Brierley Hill DY5 1RU"],
            ]
        ),
        kv(("Have you initiated or completed a CAF/ Priority Families Assessment?", "NO"), ("If no please identify reasons why not undertaken.", "Family not previously known.")),
        kv(("Name and contact details of Lead Worker:", "Owen Gallagher, as above")),
        Heading("CHILD / YOUNG PERSON DETAILS"),
        grid(
            ["Surname", "Forename", "DOB", "Gender", "School / setting"],
            [
                ["FOSTER", "Harvey", "23/10/2018", "M", "Hawbush Primary"],
                ["FOSTER", "Lily-Mae", "04/01/2024", "F", "-"],
            ],
        ),
        kv(("Address", "29 Delph Road, Brierley Hill"), ("Postcode", "DY5 3BB"), per_row=2),
        Heading("PARENTS / CARERS AND OTHER HOUSEHOLD MEMBERS"),
        grid(
            ["Name", "DOB", "Relationship", "Address if different"],
            [
                ["Danielle Foster", "15/05/1996", "Mother", ""],
                ["Ryan Cope", "unknown", "Harvey's father", "HMP Birmingham"],
            ],
        ),
        Heading("Presenting issues in the family household at the time of this referral."),
        Table(
            [
                ["Parents & children involved in crime or anti-social behaviour", "☒"],
                ["Children have not been attending school regularly", "☐"],
                ["Children who need help", "☒"],
            ]
        ),
    ]
    return render_pdf(blocks, "MARF")


ON2 = date(2026, 1, 14)


def _build_pf() -> bytes:
    blocks = [
        Title("Priority Families – identification checklist"),
        Para(
            "Please complete this form to identify a family that may meet the criteria for Priority Families "
            "and if you feel it is a match then nominate the family for support by sending the checklist to "
            "the secure email address at the end of this form."
        ),
        Heading("Family Details:"),
        kv(
            ("Family Name(s):", "Sharma / Kaur"),
            ("Address:\n(inc. postcode)", "Flat 12, Crown Court, High Street, Quarry Bank"),
            ("Telephone No:", "07700 900 880"),
        ),
        Para("Please provide the details of any persons in the household:", bold=True),
        grid(
            ["Full Name:", "Date of Birth:", "National Insurance Number required for all persons aged 16 and above"],
            [
                ["Vikram Sharma", "06/06/1983", "QQ 12 34 56 C"],
                ["Harpreet Kaur", "19/02/1988", "QQ 65 43 21 A"],
                ["Arjun Sharma", "27/09/2014", ""],
                ["Simran Sharma", "11/11/2017", ""],
            ],
        ),
        Para("Please provide the details of any other agencies known to be working with the family:", bold=True),
        grid(["Agency", "Worker", "Contact"], [["Thorns Primary School", "Mrs P. Woodhall (SENCo)", "Thorns Road, Quarry Bank DY5 2JY"]]),
        Heading("Family consent"),
        Para("Consent gained verbally from Vikram Sharma and Harpreet Kaur on 14/01/2026 for this nomination to be shared with Priority Families."),
        Heading("Nominated by"),
        kv(
            ("Name", "Claire Boswell"),
            ("Role / Agency", "Housing Officer, Black Country Homes"),
            ("Email", "claire.boswell@bchomes.example.org.uk"),
            ("Date", "14/01/2026"),
            per_row=2,
        ),
        Para("Version: Phase 2, version 6"),
    ]
    return render_docx(blocks)


CASES: tuple[CouncilCase, ...] = (
    CouncilCase(
        case_id="heldout-nottingham-marf-01",
        council="Nottingham City Council",
        source_url=URL_MARF,
        source_title=TITLE_MARF,
        layout="flattened PDF MARF: CONSENT AND CONFIDENTIALITY questions first, then the referrer (health centre address, same DY5 district) before the child; father in prison listed but not in the household; Priority Families tick list",
        filename="referral.pdf",
        assessment_date=ON1,
        build=_build_marf,
        expected=Expected(
            form_type="early_help_assessment",
            people=(
                person("Harvey Foster", date(2018, 10, 23), False, ON1),
                person("Lily-Mae Foster", date(2024, 1, 4), False, ON1),
                person("Danielle Foster", date(1996, 5, 15), True, ON1),
            ),
            postcode="DY5 3BB",
            lead_professional_name="Owen Gallagher",
            lead_professional_email="owen.gallagher@dudleyhv.example.nhs.uk",
            level_of_need=None,
        ),
    ),
    CouncilCase(
        case_id="heldout-nottingham-pf-01",
        council="Nottingham City Council",
        source_url=URL_PF,
        source_title=TITLE_PF,
        layout="Word checklist: one 'Address: (inc. postcode)' box filled without a postcode; household table with NI numbers; the only postcode is the school's (DY5 district); consent gained verbally",
        filename="referral.docx",
        assessment_date=ON2,
        build=_build_pf,
        expected=Expected(
            form_type="early_help_assessment",
            people=(
                person("Vikram Sharma", date(1983, 6, 6), True, ON2),
                person("Harpreet Kaur", date(1988, 2, 19), True, ON2),
                person("Arjun Sharma", date(2014, 9, 27), False, ON2),
                person("Simran Sharma", date(2017, 11, 11), False, ON2),
            ),
            postcode=None,
            lead_professional_name="Claire Boswell",
            lead_professional_email="claire.boswell@bchomes.example.org.uk",
            level_of_need=None,
            queue_reason="postcode_missing",
        ),
    ),
)
