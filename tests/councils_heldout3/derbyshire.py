"""Derbyshire: Early Help Assessment (EHA), a consent-based whole-family assessment."""

# ruff: noqa: E501  (wording follows the published page)

from datetime import date

from tests.councils.kit import (
    FCB,
    FT,
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

URL = "https://www.derbyshire.gov.uk/social-health/children-and-families/support-for-families/common-assessment/practitioners/early-help-single-assessment-information-for-practitioners.aspx"
TITLE = "Derbyshire County Council – Early Help assessment: information and resources for practitioners (a holistic assessment completed with the family that summarises a family’s strengths, needs and goals; a consent-based process)"

CONSENT_NOTE = (
    "The Early Help Assessment is a consent-based process – we need the agreement of a parent or carer or of a "
    "competent young person or older child before completing it with them."
)
AGREE = (
    "I agree to this Early Help Assessment being completed with my family and to it being shared with the "
    "services that may be able to offer advice and support."
)

ON1 = date(2026, 2, 24)


def _build_01() -> bytes:
    blocks = [
        Title("Early Help Assessment", "Derbyshire – working together with families"),
        Para(CONSENT_NOTE),
        Heading("Section 1: Practitioner completing this assessment"),
        Table(
            [
                [L("Name"), FT("Claire Hodgkinson"), L("Job title"), FT("SENCo")],
                [
                    L("Organisation"),
                    FT("Kingswinford Academy"),
                    L("Address"),
                    FT("Water Street, Kingswinford DY6 7AJ"),
                ],
                [
                    L("Telephone"),
                    FT("01632 960 396"),
                    L("Email"),
                    FT("c.hodgkinson@kingswinford.example.sch.uk"),
                ],
                [
                    L("Date assessment started"),
                    FT("10/02/2026"),
                    L("Date completed"),
                    FT("24/02/2026"),
                ],
            ]
        ),
        Heading("Section 2: Family details"),
        Table(
            [[L("Family address"), FT("21 Summerhill, Kingswinford"), L("Postcode"), FT("DY6 7AA")]]
        ),
        Table(
            [
                [
                    L("Full name"),
                    L("Date of birth"),
                    L("Gender"),
                    L("Relationship"),
                    L("Lives at this address"),
                ],
                [FT("Rachel Green"), FT("08/08/1986"), FT("F"), FT("Mother"), FCB(True, "Yes")],
                [
                    FT("Pauline Green"),
                    FT("19/03/1961"),
                    FT("F"),
                    FT("Maternal grandmother"),
                    FCB(True, "Yes"),
                ],
                [FT("Jack Green"), FT("12/12/2011"), FT("M"), FT("Son"), FCB(True, "Yes")],
                [FT("Lola Green"), FT("27/07/2016"), FT("F"), FT("Daughter"), FCB(True, "Yes")],
                [FT(None), FT(None), FT(None), FT(None), FCB(False, "Yes")],
            ]
        ),
        Heading("Section 3: Your family’s strengths, needs and goals"),
        Table(
            [
                [
                    L("Strengths"),
                    FT("Close to nan, who moved in after grandad died; Lola doing well at school."),
                ],
                [
                    L("Needs"),
                    FT(
                        "Jack (autistic) refusing school since Year 8 started; mum has given up work; money is tight."
                    ),
                ],
                [
                    L("Goals"),
                    FT(
                        "Jack back in school part time by Easter; mum supported to claim DLA and carer’s allowance."
                    ),
                ],
            ],
            [1, 4],
        ),
        Heading("Section 4: Agreement"),
        Para(AGREE),
        Table(
            [
                [
                    L("Parent or carer"),
                    FT("Rachel Green"),
                    L("Signature"),
                    FT("R Green"),
                    L("Date"),
                    FT("24/02/2026"),
                ],
                [
                    L("Competent young person"),
                    FT("Jack Green"),
                    L("Signature"),
                    FT("JACK"),
                    L("Date"),
                    FT("24/02/2026"),
                ],
                [
                    L("Other adult in the household"),
                    FT("Pauline Green"),
                    L("Signature"),
                    FT("P. Green"),
                    L("Date"),
                    FT("24/02/2026"),
                ],
            ]
        ),
    ]
    return render_docx(
        blocks, footer="Derbyshire Early Help Assessment – OFFICIAL SENSITIVE when completed"
    )


ON2 = date(2026, 6, 30)


def _pdf_02() -> bytes:
    blocks = [
        Title("Early Help Assessment", "Derbyshire – working together with families"),
        Para(CONSENT_NOTE),
        Heading("Section 1: Practitioner completing this assessment"),
        kv(
            ("Name", "Bethany Cole"),
            ("Job title", "Youth Worker"),
            ("Organisation", "Rowley Regis Youth Project, Hawes Lane, Rowley Regis B65 9AF"),
            ("Email", "bethany.cole@rryp.example.org.uk"),
            ("Telephone", "07700 900 148"),
            ("Date completed", "30/06/2026"),
            per_row=2,
        ),
        Heading("Section 2: Family details"),
        kv(
            ("Family address", "9 Long Lane, Blackheath"),
            ("Postcode", "B62 8AA"),
            (
                "Previous address (if moved in the last 12 months)",
                "102 Northfield Road, Netherton DY2 9HF",
            ),
            ("Date moved", "April 2026"),
            per_row=2,
        ),
        grid(
            ["Full name", "Date of birth", "Gender", "Relationship", "Lives at this address"],
            [
                ["Aisha Rahman", "04/01/1983", "F", "Mother", "Yes"],
                ["Imran Rahman", "22/10/1980", "M", "Father", "Yes"],
                ["Yusuf Rahman", "18/02/2010", "M", "Son", "Yes"],
                ["Maryam Rahman", "06/09/2014", "F", "Daughter", "Yes"],
            ],
        ),
        Heading("Section 3: Your family’s strengths, needs and goals"),
        kv(
            (
                "Strengths",
                "Warm, close family; Yusuf is a talented footballer and wants to stay in school.",
            ),
            (
                "Needs",
                "Yusuf stopped by police twice with older boys; family in overcrowded temporary housing since the move.",
            ),
            (
                "Goals",
                "Yusuf linked with the football academy mentor; housing transfer application supported.",
            ),
        ),
        Heading("Section 4: Agreement"),
        Para(AGREE),
        grid(
            ["Name", "Signature", "Date"],
            [
                ["Aisha Rahman", "A Rahman", "30/06/2026"],
                ["Yusuf Rahman", "Yusuf R", "30/06/2026"],
                [
                    "Imran Rahman",
                    "Consent gained verbally by phone (working away) – B. Cole",
                    "30/06/2026",
                ],
            ],
        ),
    ]
    return render_pdf(blocks, "Early Help Assessment")


def _build_02() -> bytes:
    msg = Mail(
        "Bethany Cole <bethany.cole@rryp.example.org.uk>",
        "earlyhelp.frontdoor@dudley.example.gov.uk",
        "EHA - Rahman family (Blackheath)",
        ON2,
        hour=17,
    ).message()
    msg.set_content(
        "Hello,\n\nPlease find attached an Early Help Assessment for the Rahman family, completed on the Derbyshire "
        "form I still use from my last post. Dad gave his consent over the phone.\n\nMany thanks\nBethany Cole\nYouth Worker\n"
    )
    msg.add_attachment(
        _pdf_02(), maintype="application", subtype="pdf", filename="EHA Rahman 30.06.26.pdf"
    )
    return as_bytes(msg)


CASES: tuple[CouncilCase, ...] = (
    CouncilCase(
        case_id="heldout3-derbyshire-eha-01",
        council="Derbyshire County Council",
        source_url=URL,
        source_title=TITLE,
        layout="Word EHA with legacy FORMTEXT fields (an empty family row of five-en-space fields) and FORMCHECKBOX 'Lives at this address'; practitioner's school (DY6 7AJ) first; agreement rows for parent, competent young person (14) and the resident grandmother",
        filename="referral.docx",
        assessment_date=ON1,
        build=_build_01,
        expected=Expected(
            form_type="early_help_assessment",
            people=(
                person("Rachel Green", date(1986, 8, 8), True, ON1),
                person("Pauline Green", date(1961, 3, 19), True, ON1),
                person("Jack Green", date(2011, 12, 12), True, ON1),
                person("Lola Green", date(2016, 7, 27), False, ON1),
            ),
            postcode="DY6 7AA",
            lead_professional_name="Claire Hodgkinson",
            lead_professional_email="c.hodgkinson@kingswinford.example.sch.uk",
            level_of_need=None,
        ),
    ),
    CouncilCase(
        case_id="heldout3-derbyshire-eha-02",
        council="Derbyshire County Council",
        source_url=URL,
        source_title=TITLE,
        layout="email with the flattened PDF EHA attached: a 'Previous address' with another Dudley-table postcode beside the current Postcode; youth project's B65 address first; father's signature cell reads 'Consent gained verbally by phone'",
        filename="message.eml",
        assessment_date=ON2,
        build=_build_02,
        expected=Expected(
            form_type="early_help_assessment",
            people=(
                person("Aisha Rahman", date(1983, 1, 4), True, ON2),
                person("Imran Rahman", date(1980, 10, 22), True, ON2),
                person("Yusuf Rahman", date(2010, 2, 18), True, ON2),
                person("Maryam Rahman", date(2014, 9, 6), False, ON2),
            ),
            postcode="B62 8AA",
            lead_professional_name="Bethany Cole",
            lead_professional_email="bethany.cole@rryp.example.org.uk",
            level_of_need=None,
        ),
    ),
)
