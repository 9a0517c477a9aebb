"""Nottinghamshire: the on-line service request form (Bassetlaw / Newark and Sherwood pilot), the
Common Assessment Framework form sent to a Joint Access Team (first two pages and the consent
section), and a MASH social worker's internal request to the Family Service."""

# ruff: noqa: E501  (labels follow the published pages)

from collections.abc import Iterator
from datetime import date
from itertools import count

from tests.councils.kit import (
    CB,
    FT,
    Boxes,
    Cell,
    F,
    Heading,
    Para,
    Table,
    Title,
    grid,
    kv,
    person,
    render_acroform,
    render_docx,
)
from tests.councils.model import CouncilCase, Expected
from tests.councils_heldout4._mail import FRONT_DOOR, plain

URL_P = "https://nottinghamshire.gov.uk/care/childrens-social-care/nottinghamshire-children-and-families-alliance/pathway-to-provision"
TITLE_P = "Nottinghamshire County Council – Pathway to provision (new online service request form replacing the Early Help Assessment Form and the Children’s Centre Service referral form, pregnancy to age 18; the family service and the Multi-Agency Safeguarding Hub (Mash))"
URL_J = "http://www.nottinghamshire.gov.uk/home/learningandwork/childrenstrust/jointaccessteams/jat_resources.htm"
TITLE_J = "Nottinghamshire County Council – Joint Access Team resources (complete at least the first two pages of the CAF form along with the consent section and forward it to the JAT Chair/admin one week before the meeting)"

ON1 = date(2026, 1, 14)

BODY1 = """Good afternoon,

The family below moved from Worksop to Dudley over Christmas. I had already filled in the
Nottinghamshire online request before they told us, so I am sending you the copy it emailed me
- everything is still correct and mum is happy for it to come to you.

Kind regards
Hannah Cooke
Health Visitor

-----------------------------------------------------------------
SERVICE REQUEST FORM (pregnancy to age 18) - copy of your answers
Submitted: 14/01/2026 11:52     Reference: SRF-24-07713
-----------------------------------------------------------------

1. About the request
   Service requested:      Family service - early help
   Is this a request for the Children's Centre Service?   No

2. Your details
   Name:                   Hannah Cooke
   Role:                   Health Visitor
   Organisation:           Bassetlaw 0-19 Service
   Address:                Retford Hospital, North Road, Retford DN22 7XF
   Telephone:              01632 960 664
   Email:                  hannah.cooke@nhs.example.net

3. Child / young person
   Name:                   Ava-Rose Whitlock
   Date of birth:          08/08/2023
   Address:                7 Kent Street, Upper Gornal, Dudley
   Postcode:               DY3 1AB

4. Household members
   Name: Jade Whitlock          DOB: 19/01/2002   Relationship: Mother
   Name: Liam Shaw              DOB: 03/04/2000   Relationship: Father (lives with the family)
   Name: Ellis Whitlock         DOB: 25/02/2021   Relationship: Brother

5. Consent
   Have the parent(s)/carer(s) given consent to this request and to information
   being shared?           Yes
   Name(s) of those giving consent:   Jade Whitlock and Liam Shaw (at home visit 13/01/2026)

6. What support is needed?
   Both children's speech is delayed; parents isolated after the move, Liam has lost his job.
   Would like a family support worker and a place at a stay and play group.
"""


def _build_01() -> bytes:
    return plain(
        "Hannah Cooke <hannah.cooke@nhs.example.net>",
        FRONT_DOOR,
        "FW: Service Request Form - copy of your answers (SRF-24-07713)",
        ON1,
        BODY1,
        hour=13,
    )


ON2 = date(2026, 3, 5)


def _caf_blocks(v: "dict[str, str]", ft: bool) -> list[object]:
    def cell(x: str) -> Cell:
        return FT(x or None) if ft else x

    return [
        Title("Common Assessment Framework – CAF form", "Nottinghamshire Children's Trust"),
        Heading("Details of the child or young person being assessed"),
        kv(
            ("Given name(s)", cell(v["given"])),
            ("Family name", cell(v["family"])),
            ("Date of birth", cell(v["dob"])),
            ("Gender", Boxes((CB(v["gender"] == "M", "Male"), CB(v["gender"] == "F", "Female")))),
            ("Address", cell(v["addr"])),
            ("Postcode", cell(v["pc"])),
            per_row=2,
        ),
        Heading("Details of person undertaking the assessment"),
        kv(
            ("Name", cell(v["by"])),
            ("Organisation", cell(v["org"])),
            ("Address", cell(v["org_addr"])),
            ("Telephone", cell(v["tel"])),
            ("Email", cell(v["email"])),
            ("Date of assessment", cell(v["date"])),
            per_row=2,
        ),
        Heading("Parents / carers and others living in the household"),
        grid(
            ["Name", "Relationship to child", "Date of birth", "Address if different"],
            v_rows(v, ft),
        ),
        Heading("Summary of needs"),
        Table([[cell(v["needs"])]]),
        Heading("Consent for information sharing"),
        Para(
            "I understand the information that is recorded on this form and that it will be shared with the Joint Access Team and the services that can help us."
        ),
        grid(["Name (print)", "Signature", "Date"], v_sign(v, ft)),
    ]


def v_rows(v: "dict[str, str]", ft: bool) -> list[list[Cell]]:
    rows: list[list[Cell]] = []
    for line in v["household"].split(";"):
        parts = [p.strip() for p in line.split("|")]
        rows.append([FT(p or None) if ft else p for p in parts])
    return rows


def v_sign(v: "dict[str, str]", ft: bool) -> list[list[Cell]]:
    rows: list[list[Cell]] = []
    for line in v["signed"].split(";"):
        parts = [p.strip() for p in line.split("|")]
        rows.append([FT(p or None) if ft else p for p in parts])
    return rows


V2 = {
    "given": "Kayden",
    "family": "Mortimer",
    "dob": "19/06/2014",
    "gender": "M",
    "addr": "41 Wolverhampton Street, Dudley",
    "pc": "DY1 1AA",
    "by": "Sophie Ngata",
    "org": "Castle High School – Pastoral Team",
    "org_addr": "Tipton Road, Dudley DY1 4SQ",
    "tel": "01632 960 733",
    "email": "s.ngata@castlehigh.example.sch.uk",
    "date": "05/03/2026",
    "household": "Michelle Mortimer | Mother | 12/12/1985 | ;Jordan Mortimer | Brother | 02/02/2010 | ;Ruby Mortimer | Sister | 30/08/2017 | ;Craig Mortimer | Father | 07/07/1983 | Lives in Mansfield",
    "needs": "Kayden (11) has had four fixed-term exclusions this year; mum reports fights at home between the boys; Jordan (16) left college in January and is at home all day. Mum would like parenting support and a youth worker for both boys.",
    "signed": "Michelle Mortimer | M. Mortimer | 05/03/2026;Kayden Mortimer | Kayden | 05/03/2026;Jordan Mortimer |  | ",
}


def _build_02() -> bytes:
    return render_docx(_caf_blocks(V2, ft=True), footer="CAF form v3 – Nottinghamshire")


ON3 = date(2026, 6, 18)

V3 = {
    "given": "Esme",
    "family": "Kowalczyk-Reid",
    "dob": "04/04/2012",
    "gender": "F",
    "addr": "9 Hagley Road, Oldswinford, Stourbridge",
    "pc": "DY8 2SE",
    "by": "Daniel Osei",
    "org": "Redhill School – Inclusion",
    "org_addr": "Junction Road, Stourbridge DY8 1JX",
    "tel": "01632 960 840",
    "email": "d.osei@redhill.example.sch.uk",
    "date": "18/06/2026",
    "household": "Monika Kowalczyk | Mother | 15/05/1984 | ;Andrew Reid | Father | 23/09/1979 | ;Filip Kowalczyk-Reid | Brother | 01/12/2016 | ",
    "needs": "Esme (14) is school refusing since Easter, low mood and self-harm scratches seen by the school nurse (CAMHS referral made). Parents want help with routines and with Filip's sleep.",
    "signed": "Monika Kowalczyk | M Kowalczyk | 18/06/2026;Andrew Reid | A. Reid | 18/06/2026;Esme Kowalczyk-Reid | Esme K-R | 18/06/2026",
}


def _build_03() -> bytes:
    n: Iterator[int] = count(1)
    blocks = _caf_blocks(V3, ft=False)

    def rename(b: object) -> object:
        if not isinstance(b, Table):
            return b
        rows: list[list[Cell]] = []
        for row in b.rows:
            new: list[Cell] = []
            for c in row:
                if isinstance(c, str):
                    new.append(F(c, f"Text{next(n)}"))
                elif isinstance(c, Boxes):
                    new.append(
                        Boxes(
                            tuple(CB(i.checked, i.caption, f"Check Box{next(n)}") for i in c.items)
                        )
                    )
                else:
                    new.append(c)
            rows.append(new)
        return Table(rows, b.widths)

    return render_acroform([rename(b) for b in blocks], "CAF form")


ON4 = date(2026, 11, 3)

BODY4 = """To: Early Help Front Door (Family Service)
From: MASH - Children's Social Care

INTERNAL REQUEST FOR FAMILY SERVICE SUPPORT (MASH outcome)

MASH reference:        MASH/26/31188
Date of MASH decision: 03/11/2026
MASH social worker:    Kirsty Vaughan  (kirsty.vaughan@mash.example.gov.uk, 01632 960 477)

MASH outcome:   [ ] Single assessment (CSC)   [X] Step across to the Family Service   [ ] NFA / signpost

Family address: 60 High Street, Quarry Bank, Brierley Hill DY5 1AA

Household:
  SURNAME     Forename    DOB          Relationship
  ADEYEMI     Funmi       14/07/1988   Mother
  ADEYEMI     Tobi        22/02/2012   Son
  ADEYEMI     Dami        09/10/2019   Daughter
Father (Segun Adeyemi) lives in London, regular contact.

Reason: contact from school about Tobi's attendance (71%) and mum's debts; MASH checks found no
safeguarding concerns; threshold for CSC not met; needs can be met by the Family Service.

Consent: Funmi Adeyemi gave consent by phone to the MASH social worker on 03/11/2026 for the
referral to the Family Service and for information to be shared. Tobi (14) was spoken to at
school on 03/11/2026 and agreed.

Kirsty Vaughan
Social Worker, MASH
"""


def _build_04() -> bytes:
    return plain(
        "Kirsty Vaughan <kirsty.vaughan@mash.example.gov.uk>",
        FRONT_DOOR,
        "Internal request - Family Service - ADEYEMI (MASH/26/31188)",
        ON4,
        BODY4,
        hour=16,
    )


CASES: tuple[CouncilCase, ...] = (
    CouncilCase(
        case_id="heldout4-nottinghamshire-srf-01",
        council="Nottinghamshire County Council",
        source_url=URL_P,
        source_title=TITLE_P,
        layout="plain-text email forwarding the online service request form's copy of answers in numbered sections: the health visitor's Retford DN22 address first; the child's Address and Postcode on separate lines; household on 'Name: DOB: Relationship:' lines; consent names both parents",
        filename="message.eml",
        assessment_date=ON1,
        build=_build_01,
        expected=Expected(
            form_type="early_help_assessment",
            people=(
                person("Ava-Rose Whitlock", date(2023, 8, 8), False, ON1),
                person("Jade Whitlock", date(2002, 1, 19), True, ON1),
                person("Liam Shaw", date(2000, 4, 3), True, ON1),
                person("Ellis Whitlock", date(2021, 2, 25), False, ON1),
            ),
            postcode="DY3 1AB",
            lead_professional_name="Hannah Cooke",
            lead_professional_email="hannah.cooke@nhs.example.net",
            level_of_need=None,
        ),
    ),
    CouncilCase(
        case_id="heldout4-nottinghamshire-caf-01",
        council="Nottinghamshire County Council",
        source_url=URL_J,
        source_title=TITLE_J,
        layout="Word CAF (first two pages and the consent section, for a Joint Access Team) in legacy FORMTEXT fields, empty ones five en-spaces; school's DY1 4SQ after the child; father in Mansfield in the household grid; the 16-year-old brother's consent row has no signature or date",
        filename="referral.docx",
        assessment_date=ON2,
        build=_build_02,
        expected=Expected(
            form_type="early_help_assessment",
            people=(
                person("Kayden Mortimer", date(2014, 6, 19), True, ON2),
                person("Michelle Mortimer", date(1985, 12, 12), True, ON2),
                person("Jordan Mortimer", date(2010, 2, 2), False, ON2),
                person("Ruby Mortimer", date(2017, 8, 30), False, ON2),
            ),
            postcode="DY1 1AA",
            lead_professional_name="Sophie Ngata",
            lead_professional_email="s.ngata@castlehigh.example.sch.uk",
            level_of_need=None,
            queue_reason="consent_missing",
        ),
    ),
    CouncilCase(
        case_id="heldout4-nottinghamshire-caf-02",
        council="Nottinghamshire County Council",
        source_url=URL_J,
        source_title=TITLE_J,
        layout="fillable PDF of the same CAF with meaningless field names (Text1..TextN, Check Box n): double-barrelled family name, mother with a single surname; school's DY8 1JX; both parents and the 14-year-old sign",
        filename="referral.pdf",
        assessment_date=ON3,
        build=_build_03,
        expected=Expected(
            form_type="early_help_assessment",
            people=(
                person("Esme Kowalczyk-Reid", date(2012, 4, 4), True, ON3),
                person("Monika Kowalczyk", date(1984, 5, 15), True, ON3),
                person("Andrew Reid", date(1979, 9, 23), True, ON3),
                person("Filip Kowalczyk-Reid", date(2016, 12, 1), False, ON3),
            ),
            postcode="DY8 2SE",
            lead_professional_name="Daniel Osei",
            lead_professional_email="d.osei@redhill.example.sch.uk",
            level_of_need=None,
        ),
    ),
    CouncilCase(
        case_id="heldout4-nottinghamshire-mash-01",
        council="Nottinghamshire County Council",
        source_url=URL_P,
        source_title=TITLE_P,
        layout="plain-text internal request from a MASH social worker to the Family Service: MASH outcomes as [ ]/[X] ('Step across to the Family Service'), SURNAME Forename DOB household lines, father in London; consent sentences naming mum (by phone) and the 14-year-old",
        filename="message.eml",
        assessment_date=ON4,
        build=_build_04,
        expected=Expected(
            form_type="internal_request",
            people=(
                person("Funmi Adeyemi", date(1988, 7, 14), True, ON4),
                person("Tobi Adeyemi", date(2012, 2, 22), True, ON4),
                person("Dami Adeyemi", date(2019, 10, 9), False, ON4),
            ),
            postcode="DY5 1AA",
            lead_professional_name="Kirsty Vaughan",
            lead_professional_email="kirsty.vaughan@mash.example.gov.uk",
            level_of_need=None,
        ),
    ),
)
