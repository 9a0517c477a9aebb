"""Devon: Early Help Triage Request form, sent after a Team Around the Family meeting (the Devon early help journey)."""

# ruff: noqa: E501  (labels and answers are copied verbatim from the published form)

from datetime import date
from email.message import EmailMessage

from tests.councils.kit import (
    CB,
    DOCX_MIME,
    Boxes,
    Heading,
    Mail,
    Para,
    Table,
    Title,
    as_bytes,
    grid,
    kv,
    person,
    render_docx,
)
from tests.councils.model import CouncilCase, Expected

URL = (
    "https://www.devonscp.org.uk/early-help/early-help-information-for-workers/early-help-journey/"
)
TITLE = "Devon Safeguarding Children Partnership – Early Help journey (Step Two: consent obtained; Step Three: TAF meeting, identify lead practitioner; Step Four: Early Help Triage Request form)"
ON = date(2026, 3, 18)


def _doc() -> bytes:
    blocks = [
        Title("Early Help Triage Request"),
        Para("If at any stage a child is at imminent risk, call the MASH Consultation Line."),
        Heading("Step Two – Consent"),
        kv(
            ("Has Early Help been explained to the family?", "Yes"),
            ("Consent obtained?", "Yes – see signatures below"),
            widths=[3, 2],
        ),
        Heading("Step Three – Team Around the Family"),
        kv(
            (
                "Has a Team Around the Family (TAF) meeting been held?",
                "Yes – 12/03/2026 at Wordsley School",
            ),
            ("Early Help Assessment started on Right For Children (RFC)?", "Yes – RFC ref 20931"),
            ("Lead practitioner identified", "Kirsty Hall, Inclusion Lead, Wordsley School"),
            ("Lead practitioner email", "k.hall@wordsley.example.sch.uk"),
            ("Lead practitioner telephone", "01632 960 852"),
            widths=[3, 2],
        ),
        Heading("Family"),
        grid(
            ["Name", "Date of birth", "Relationship", "Address"],
            [
                [
                    "Ellie Pritchard",
                    "27/06/2014",
                    "Child (focus of request)",
                    "11 Kingsway, Wordsley, Stourbridge DY8 4HB",
                ],
                ["Lewis Pritchard", "02/02/2008", "Brother", "as above"],
                ["Joanne Pritchard", "15/10/1979", "Mother", "as above"],
            ],
        ),
        Heading("What support is requested from Triage?"),
        Table(
            [
                [
                    "Targeted family support: Ellie (11) is self-harming and mum is caring for Lewis after his accident. The TAF plan is attached on RFC."
                ]
            ]
        ),
        Table(
            [
                [
                    Boxes(
                        (
                            CB(True, "Family support"),
                            CB(False, "Youth support"),
                            CB(False, "Parenting programme"),
                            CB(True, "Emotional health"),
                        )
                    )
                ]
            ]
        ),
        Heading("Request completed by"),
        kv(
            ("Name", "Martin Cole"),
            ("Role", "Designated Safeguarding Lead"),
            ("Organisation", "Wordsley School, Brierley Hill Road, Stourbridge DY8 5SP"),
            ("Email", "m.cole@wordsley.example.sch.uk"),
            ("Date", "18/03/2026"),
            per_row=2,
        ),
        Heading("Family signatures"),
        grid(
            ["Name", "Signature", "Date"],
            [
                ["Joanne Pritchard", "J Pritchard", "12/03/2026"],
                ["Lewis Pritchard", "L Pritchard", "12/03/2026"],
            ],
        ),
    ]
    return render_docx(blocks)


def _build() -> bytes:
    msg: EmailMessage = Mail(
        "Martin Cole <m.cole@wordsley.example.sch.uk>",
        "earlyhelp.stourbridge@dudley.gov.uk",
        "Early Help Triage Request - E Pritchard",
        ON,
        9,
    ).message()
    msg.set_content(
        "Good morning,\n\nPlease find attached the Early Help Triage Request for Ellie Pritchard. Kirsty Hall is the lead "
        "practitioner agreed at the TAF, so please send any questions to her.\n\nMartin Cole\nDSL, Wordsley School\n"
    )
    msg.add_attachment(
        _doc(),
        maintype=DOCX_MIME[0],
        subtype=DOCX_MIME[1],
        filename="Triage request Pritchard.docx",
    )
    return as_bytes(msg)


CASES: tuple[CouncilCase, ...] = (
    CouncilCase(
        case_id="devon-triage-01",
        council="Devon County Council",
        source_url=URL,
        source_title=TITLE,
        layout="email with the Word triage request attached, laid out on the early help journey's steps (consent, TAF, "
        "lead practitioner, request); the TAF's lead practitioner named apart from the DSL who completed it; an 18-year-old brother signs",
        filename="message.eml",
        assessment_date=ON,
        build=_build,
        expected=Expected(
            form_type="early_help_assessment",
            people=(
                person("Ellie Pritchard", date(2014, 6, 27), False, ON),
                person("Lewis Pritchard", date(2008, 2, 2), True, ON),
                person("Joanne Pritchard", date(1979, 10, 15), True, ON),
            ),
            postcode="DY8 4HB",
            lead_professional_name="Kirsty Hall",
            lead_professional_email="k.hall@wordsley.example.sch.uk",
            level_of_need=None,
        ),
    ),
)
