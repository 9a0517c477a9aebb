"""Wiltshire: Single Agency Referral Form (SARF)."""

# ruff: noqa: E501  (labels are copied verbatim from the published form)

from datetime import date

from tests.councils.kit import (
    CB,
    Heading,
    Para,
    Table,
    Title,
    kv,
    person,
    render_docx,
    render_pdf,
)
from tests.councils.model import CouncilCase, Expected

URL = "https://studylib.net/doc/8493617/single-agency-referral-form--sarf-"
TITLE = "Wiltshire Single Agency Referral Form (SARF) – guidance notes and form"
SERVICES = (
    "Behaviour Support",
    "Educational Psychology (EPS)",
    "Education Welfare",
    "Ethnic Minority Achievement Service (EMAS)",
    "Sensory Service (visual and hearing impairment)",
    "Specialist SEN Service (SSENS)",
    "Traveller Education Service",
    "Speech and Language Therapy",
    "Integrated Youth Service",
)
CONSENT = (
    "Information should only be recorded on a SARF with the knowledge and permission of the parent/carer or "
    "the young person if appropriate. I agree to the information on this form being shared with the service "
    "named above."
)


def _services(chosen: str) -> Table:
    return Table([[CB(s == chosen, s)] for s in SERVICES])


ON1 = date(2026, 3, 12)


def _build_01() -> bytes:
    blocks = [
        Title("Wiltshire Single Agency Referral Form (SARF)"),
        Para(
            "The SARF should be used to access a single service. Please tick the service you are referring to:"
        ),
        _services("Education Welfare"),
        Heading("Child / young person"),
        kv(
            ("Family name", "NOWAK"),
            ("First name(s)", "Filip"),
            ("Date of birth", "09/09/2014"),
            ("Gender", "M"),
            ("Address", "3 Bells Lane, Wordsley, Stourbridge"),
            ("Postcode", "DY8 2SE"),
            ("School / setting", "Blanford Mere Primary School, Kingswinford DY6 8PJ"),
            ("Year group", "Year 6"),
            per_row=2,
        ),
        Heading("Parent / carer"),
        kv(
            ("Name", "Agnieszka Nowak"),
            ("Relationship", "Mother"),
            ("Date of birth", "21/03/1987"),
            ("Address (if different)", "as above"),
            ("Telephone", "07700 900 741"),
            ("First language", "Polish (interpreter not needed)"),
            per_row=2,
        ),
        Heading("Other family members"),
        kv(
            ("Living at home", "Jakub Nowak, brother, 02/02/2019"),
            ("Not living at home", "Father, Piotr Nowak - lives in Poland, phone contact only"),
        ),
        Heading("Reason for referral"),
        Table(
            [
                [
                    "Filip's attendance has dropped to 84% since September, mostly Mondays. Mum works nights and finds mornings hard."
                ]
            ]
        ),
        Heading("Consent"),
        Para(CONSENT),
        Table(
            [
                [
                    "Signature of parent/carer:  Signed: A. Nowak      Print name: AGNIESZKA NOWAK      Date: 12/03/2026"
                ],
                [
                    "Signature of young person (if appropriate):  Signed:      Print name:      Date:"
                ],
            ]
        ),
        Heading("Referrer"),
        kv(
            ("Name", "Claire Bishop"),
            ("Role", "Attendance Officer"),
            ("School / agency", "Blanford Mere Primary School"),
            ("Email", "c.bishop@blanfordmere.example.sch.uk"),
            ("Telephone", "01632 960 650"),
            ("Date", "12/03/2026"),
            per_row=2,
        ),
    ]
    return render_docx(blocks)


ON2 = date(2026, 4, 14)


def _build_02() -> bytes:
    blocks = [
        Title("Wiltshire Single Agency Referral Form (SARF)"),
        Para(
            "The SARF should be used to access a single service. Please tick the service you are referring to:"
        ),
        _services("Integrated Youth Service"),
        Heading("Child / young person"),
        kv(
            ("Family name", "COOPER"),
            ("First name(s)", "Jade Marie"),
            ("Date of birth", "27/01/2011"),
            ("Gender", "F"),
            ("Address", "19 Park Road, Dudley DY1 1AA"),
            ("School / setting", "Castle High School, Dudley DY1 2SR"),
            per_row=2,
        ),
        Heading("Parent / carer"),
        kv(
            ("Name", "Tracy Cooper"),
            ("Relationship", "Mother"),
            ("Date of birth", "10/10/1980"),
            ("Telephone", "07700 900 762"),
            per_row=2,
        ),
        Heading("Reason for referral"),
        Table(
            [
                [
                    "Jade was found with cannabis in school and says she is drinking at weekends. Referral to Integrated Youth Service (substance misuse)."
                ]
            ]
        ),
        Heading("Consent"),
        Para(CONSENT),
        Para(
            "Children and young people should not sign a form if someone with parental responsibility has done so."
        ),
        Table(
            [
                [
                    "Signature of parent/carer:  Signed: T Cooper      Print name: Tracy Cooper      Date: 14/04/2026"
                ],
                [
                    "Signature of young person (if appropriate):  not signed - parent has signed (see guidance)"
                ],
            ]
        ),
        Heading("Referrer"),
        kv(
            ("Name", "Paul Grant"),
            ("Role", "Head of Year 10"),
            ("School / agency", "Castle High School"),
            ("Email", "p.grant@castlehigh.example.sch.uk"),
            ("Date", "14/04/2026"),
            per_row=2,
        ),
    ]
    return render_pdf(blocks, "SARF")


CASES: tuple[CouncilCase, ...] = (
    CouncilCase(
        case_id="heldout2-wiltshire-sarf-01",
        council="Wiltshire Council",
        source_url=URL,
        source_title=TITLE,
        layout="Word SARF: service tick list first; one child, the parent in her own block, brother 'living at home' and father in Poland in an 'Other family members' block; consent as 'Signed: Print name: Date:' lines",
        filename="referral.docx",
        assessment_date=ON1,
        build=_build_01,
        expected=Expected(
            form_type="early_help_assessment",
            people=(
                person("Filip Nowak", date(2014, 9, 9), False, ON1),
                person("Agnieszka Nowak", date(1987, 3, 21), True, ON1),
                person("Jakub Nowak", date(2019, 2, 2), False, ON1),
            ),
            postcode="DY8 2SE",
            lead_professional_name="Claire Bishop",
            lead_professional_email="c.bishop@blanfordmere.example.sch.uk",
            level_of_need=None,
        ),
    ),
    CouncilCase(
        case_id="heldout2-wiltshire-sarf-02",
        council="Wiltshire Council",
        source_url=URL,
        source_title=TITLE,
        layout="flattened PDF SARF: a 15-year-old's signature line left unsigned because the parent signed, as the form's own guidance says; school postcode in the DY1 district",
        filename="referral.pdf",
        assessment_date=ON2,
        build=_build_02,
        expected=Expected(
            form_type="early_help_assessment",
            people=(
                person("Jade Marie Cooper", date(2011, 1, 27), False, ON2),
                person("Tracy Cooper", date(1980, 10, 10), True, ON2),
            ),
            postcode="DY1 1AA",
            lead_professional_name="Paul Grant",
            lead_professional_email="p.grant@castlehigh.example.sch.uk",
            level_of_need=None,
            queue_reason="consent_missing",
        ),
    ),
)
