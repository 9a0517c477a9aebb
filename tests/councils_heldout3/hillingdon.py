"""Hillingdon: Early Help Assessment (EHA) and Team around the Family."""

# ruff: noqa: E501  (wording follows the published page)

from datetime import date
from email.message import EmailMessage

from tests.councils.kit import (
    Heading,
    L,
    Mail,
    Para,
    Table,
    Title,
    as_bytes,
    grid,
    kv,
    person,
    render_docx,
    render_pdf,
)
from tests.councils.model import CouncilCase, Expected

URL = "https://hillingdonsafeguardingpartnership.org.uk/professionals/useful-guidance/early-help/"
TITLE = "Hillingdon Safeguarding Partnership – Early Help: the Early Help Assessment (EHA) (the practitioner must obtain the parent/carer or young person’s consent to share the completed assessment with the identified services; Team around the Family; TAF Co-ordinator)"

FAMILY_NOTE = (
    "The EHA is there to help you and the information you supply will only be passed on with your consent. If you "
    "consent, it means that you should not have to keep supplying the same information to different professionals."
)
CONSENT = (
    "I consent to this Early Help Assessment being shared with the services identified in the plan and with the "
    "members of my family’s Team around the Family."
)

ON1 = date(2026, 5, 19)


def _build_01() -> bytes:
    blocks = [
        Title("Early Help Assessment (EHA)", "Hillingdon"),
        Para(FAMILY_NOTE),
        Heading("Section 1 – Practitioner(s) completing the assessment"),
        kv(
            ("Name", "Olivia Grant"),
            ("Agency", "St John’s C of E Primary, Netherton, Dudley DY2 0AB"),
            ("Role", "Deputy Headteacher / DSL"),
            ("Email", "o.grant@stjohns.example.sch.uk"),
            ("Date", "19/05/2026"),
            per_row=2,
        ),
        Heading("Section 2 – Child / young person and family"),
        grid(
            ["Name", "Date of birth", "Relationship", "Address"],
            [
                ["Daisy May Roberts", "12/09/2017", "Child", "23 Park Lane, Tipton DY4 0RE"],
                ["Theo Roberts", "03/01/2020", "Brother", "As above"],
                ["Jodie Roberts", "17/10/1994", "Mother", "As above"],
                ["Simon Akers", "29/06/1992", "Mum’s partner", "As above"],
            ],
        ),
        Heading("Section 3 – Strengths and needs"),
        Table(
            [
                [L("Strengths"), "Daisy is bright and loves reading; Simon does the school run."],
                [
                    L("Needs"),
                    "Daisy’s soiling at school, likely constipation; Theo not yet toilet trained at 6; mum overwhelmed.",
                ],
            ],
            [1, 4],
        ),
        Heading("Section 4 – Team around the Family"),
        kv(
            ("Is a Team around the Family meeting needed?", "Yes – first TAF 02/06/2026"),
            ("Lead Professional", "Fatima Yusuf, School Nurse"),
            ("Lead Professional email", "fatima.yusuf@nhs.example.net"),
            ("TAF Co-ordinator informed?", "Yes – 01895 556144"),
        ),
        Heading("Section 5 – Consent"),
        Para(CONSENT),
        grid(
            ["Name", "Signature", "Date"],
            [
                ["Jodie Roberts", "J Roberts", "19/05/2026"],
                ["Simon Akers", "S Akers", "19/05/2026"],
            ],
        ),
    ]
    return render_docx(blocks)


ON2 = date(2026, 10, 20)


def _pdf_02() -> bytes:
    blocks = [
        Title("Early Help Assessment (EHA)", "Hillingdon"),
        Para(FAMILY_NOTE),
        Heading("Section 1 – Practitioner(s) completing the assessment"),
        kv(
            ("Name", "Matt Jeavons"),
            ("Agency", "Kingswinford Family Hub, Town Hall Place, Kingswinford DY6 9BS"),
            ("Role", "Family Support Practitioner"),
            ("Email", "matt.jeavons@familyhub.example.gov.uk"),
            ("Date", "20/10/2026"),
            per_row=2,
        ),
        Heading("Section 2 – Child / young person and family"),
        grid(
            ["Name", "Date of birth", "Relationship", "Address"],
            [
                ["Amber Hollis", "21/02/2012", "Child", "3 Summerhill, Kingswinford DY6 7AA"],
                ["Corey Hollis", "09/05/2009", "Brother", "As above"],
                ["Nicola Hollis", "14/04/1980", "Mother", "As above"],
            ],
        ),
        Heading("Section 3 – Strengths and needs"),
        kv(
            ("Strengths", "Mum and Amber are close; Amber has a part-time place at the music hub."),
            (
                "Needs",
                "Amber (14) missing from home twice in September; Corey (17) cannabis use and arguments with mum.",
            ),
        ),
        Heading("Section 5 – Consent"),
        Para(CONSENT),
        grid(
            ["Name", "Signature", "Date"],
            [
                ["Nicola Hollis", "N Hollis", "20/10/2026"],
                ["Amber Hollis", "Amber H", "20/10/2026"],
            ],
        ),
    ]
    return render_pdf(blocks, "Early Help Assessment")


def _build_02() -> bytes:
    inner: EmailMessage = Mail(
        "Matt Jeavons <matt.jeavons@familyhub.example.gov.uk>",
        "kingswinford.hub@dudley.example.gov.uk",
        "EHA Hollis - for allocation",
        ON2,
        hour=10,
    ).message()
    inner.set_content("EHA attached for the Hollis family. Corey was out when I visited. Matt")
    inner.add_attachment(
        _pdf_02(), maintype="application", subtype="pdf", filename="EHA Hollis.pdf"
    )
    outer: EmailMessage = Mail(
        "Kingswinford Family Hub <kingswinford.hub@dudley.example.gov.uk>",
        "earlyhelp.frontdoor@dudley.example.gov.uk",
        "FW: EHA Hollis - for allocation",
        ON2,
        hour=15,
    ).message()
    outer.set_content("Forwarded for the front door – came to the hub inbox.\n\nReception")
    outer.add_attachment(inner, filename="EHA Hollis - for allocation.eml")
    return as_bytes(outer)


CASES: tuple[CouncilCase, ...] = (
    CouncilCase(
        case_id="heldout3-hillingdon-eha-01",
        council="London Borough of Hillingdon",
        source_url=URL,
        source_title=TITLE,
        layout="Word EHA: the assessing school's address carries another Dudley-table postcode (DY2 0AB) before the family; one family grid with the address on the child's row and 'As above' below; TAF section names a Lead Professional apart from the assessor; both adults sign",
        filename="referral.docx",
        assessment_date=ON1,
        build=_build_01,
        expected=Expected(
            form_type="early_help_assessment",
            people=(
                person("Daisy May Roberts", date(2017, 9, 12), False, ON1),
                person("Theo Roberts", date(2020, 1, 3), False, ON1),
                person("Jodie Roberts", date(1994, 10, 17), True, ON1),
                person("Simon Akers", date(1992, 6, 29), True, ON1),
            ),
            postcode="DY4 0RE",
            lead_professional_name="Fatima Yusuf",
            lead_professional_email="fatima.yusuf@nhs.example.net",
            level_of_need=None,
        ),
    ),
    CouncilCase(
        case_id="heldout3-hillingdon-eha-02",
        council="London Borough of Hillingdon",
        source_url=URL,
        source_title=TITLE,
        layout="email forwarding a message/rfc822 whose attachment is the flattened PDF EHA: consent grid signed by mum and the 14-year-old, the 17-year-old brother in the family grid is not in it",
        filename="message.eml",
        assessment_date=ON2,
        build=_build_02,
        expected=Expected(
            form_type="early_help_assessment",
            people=(
                person("Amber Hollis", date(2012, 2, 21), True, ON2),
                person("Corey Hollis", date(2009, 5, 9), False, ON2),
                person("Nicola Hollis", date(1980, 4, 14), True, ON2),
            ),
            postcode="DY6 7AA",
            lead_professional_name="Matt Jeavons",
            lead_professional_email="matt.jeavons@familyhub.example.gov.uk",
            level_of_need=None,
            queue_reason="consent_missing",
        ),
    ),
)
