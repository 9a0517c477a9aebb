"""Westmorland and Furness: the Early Help Assessment (what is working well? what are the
worries? what would wellbeing look like?) leading to a TAF meeting that identifies a
coordinator."""

# ruff: noqa: E501  (wording follows the published page)

from datetime import date

from tests.councils.kit import (
    Heading,
    L,
    Para,
    Span,
    Table,
    Title,
    grid,
    kv,
    person,
    render_docx,
    render_pdf,
)
from tests.councils.model import CouncilCase, Expected

URL = "https://www.westmorlandandfurness.gov.uk/family-help/special-educational-needs-andor-disabilities-send-local-offer/health-and-social-care/early-help"
TITLE = "Westmorland and Furness Council – Early help (Early Help Assessment (EHA): what is working well? what the worries are? what wellbeing would look like?; Team Around the Family (TAF) meeting to identify a coordinator, agree the plan; Early Help Officer for every Team around the School)"
COUNCIL = "Westmorland and Furness Council"

ON1 = date(2026, 5, 6)


def _build_01() -> bytes:
    blocks: list[object] = [
        Title("Early Help Assessment (EHA)", "Westmorland and Furness – Family Help"),
        Heading("Who is in the family?"),
        Table(
            [
                [L("Name"), L("Date of birth"), L("Relationship"), L("Address")],
                [
                    "Hayley Simmons",
                    "03/04/1992",
                    "Mum",
                    Span("12 Coombs Road, Halesowen B62 8AA (all at this address)", 1),
                ],
                ["Connor Simmons", "27/11/2011", "Son", "as above"],
                ["Lily Simmons", "15/06/2019", "Daughter", "as above"],
                [
                    "Paul Simmons",
                    "08/08/1964",
                    "Grandad",
                    "Ulverston LA12 7AB – not living with the family",
                ],
            ]
        ),
        Heading("What is working well?"),
        Para("Grandad phones every day; Connor is proud of his football."),
        Heading("What are the worries?"),
        Para(
            "Connor (14) punched a wall at school and is at risk of exclusion; Lily has a soiling problem; Hayley works two jobs."
        ),
        Heading("What would wellbeing look like?"),
        Para("Connor back in full-time lessons; Lily dry in the day; a calmer home."),
        Heading("Team Around the Family"),
        kv(
            ("EHA completed by", "Laura Fisher, Early Help Officer (Team around the School)"),
            ("Email", "laura.fisher@earlyhelp.example.gov.uk"),
            (
                "TAF coordinator (lead practitioner) identified at first TAF",
                "Dev Patel, Head of Year 9 – dev.patel@hasbury.example.sch.uk",
            ),
            ("Date of first TAF", "06/05/2026"),
        ),
        Heading("Consent"),
        grid(
            ["Name", "I agree to this assessment and to it being shared with the TAF", "Date"],
            [
                ["Hayley Simmons", "Yes – signed H Simmons", "06/05/2026"],
                ["Connor Simmons", "Yes – signed Connor", "06/05/2026"],
            ],
        ),
    ]
    return render_docx(blocks)


ON2 = date(2026, 9, 24)


def _build_02() -> bytes:
    blocks: list[object] = [
        Title("Early Help Assessment (EHA)", "Westmorland and Furness – Family Help"),
        Heading("Who is in the family?"),
        grid(
            ["Name", "Date of birth", "Relationship"],
            [
                ["Kasia Lewandowska", "30/05/1988", "Mum"],
                ["Piotr Lewandowski", "14/02/1986", "Dad"],
                ["Zofia Lewandowska", "02/09/2020", "Daughter"],
            ],
        ),
        kv(
            ("Home address", "5 Mill Street, Kingswinford, DY6 7AA"),
            ("Nursery", "Ashwood Nursery, DY6 8JR"),
            per_row=2,
        ),
        Heading("What is working well?"),
        Para("Both parents attend every appointment; Zofia is happy at nursery."),
        Heading("What are the worries?"),
        Para(
            "Zofia (6) has an EHCP request pending; Dad's hours cut; the family want help with SEND paperwork and benefits."
        ),
        Heading("What would wellbeing look like?"),
        Para("An EHCP in place and the family managing their money."),
        Heading("Team Around the Family"),
        kv(
            ("EHA completed by", "Joanne Walsh, SENCo, Ashwood Nursery"),
            ("Email", "j.walsh@ashwood.example.org.uk"),
            ("Date", "24/09/2026"),
        ),
        Heading("Consent"),
        Para(
            "Kasia Lewandowska and Piotr Lewandowski both agree to this assessment and to it being shared with the TAF (signed copy held at nursery)."
        ),
    ]
    return render_pdf(blocks, "EHA")


CASES: tuple[CouncilCase, ...] = (
    CouncilCase(
        case_id="heldout6-westmorland-furness-eha-01",
        council=COUNCIL,
        source_url=URL,
        source_title=TITLE,
        layout="Word EHA on the page's three questions: family table with the address in the first row and 'as above' below it; grandfather in Ulverston LA12 with 'not living with the family'; TAF coordinator named apart from the Early Help Officer who completed it; consent Yes in a column for mum and the 14-year-old",
        filename="referral.docx",
        assessment_date=ON1,
        build=_build_01,
        expected=Expected(
            form_type="early_help_assessment",
            people=(
                person("Hayley Simmons", date(1992, 4, 3), True, ON1),
                person("Connor Simmons", date(2011, 11, 27), True, ON1),
                person("Lily Simmons", date(2019, 6, 15), False, ON1),
            ),
            postcode="B62 8AA",
            lead_professional_name="Dev Patel",
            lead_professional_email="dev.patel@hasbury.example.sch.uk",
            level_of_need=None,
        ),
    ),
    CouncilCase(
        case_id="heldout6-westmorland-furness-eha-02",
        council=COUNCIL,
        source_url=URL,
        source_title=TITLE,
        layout="flattened PDF EHA: Polish feminine/masculine surname forms (Lewandowska / Lewandowski); home address and the nursery's DY6 8JR side by side in one row; consent a sentence naming both parents with 'signed copy held at nursery'",
        filename="referral.pdf",
        assessment_date=ON2,
        build=_build_02,
        expected=Expected(
            form_type="early_help_assessment",
            people=(
                person("Kasia Lewandowska", date(1988, 5, 30), True, ON2),
                person("Piotr Lewandowski", date(1986, 2, 14), True, ON2),
                person("Zofia Lewandowska", date(2020, 9, 2), False, ON2),
            ),
            postcode="DY6 7AA",
            lead_professional_name="Joanne Walsh",
            lead_professional_email="j.walsh@ashwood.example.org.uk",
            level_of_need=None,
        ),
    ),
)
