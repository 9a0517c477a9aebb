"""Solihull: referrals to Children's Social Care / the MASH as the Solihull LSCB procedures set
out the content of a referral (3. The Content of Referrals; 12. Child's Consent to the Referral;
13. Parental Consent to the Referral)."""

# ruff: noqa: E501  (wording follows the published page)

from datetime import date

from tests.councils.kit import (
    CB,
    Boxes,
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
    render_pdf,
)
from tests.councils.model import CouncilCase, Expected
from tests.councils_heldout6._mail import FRONT_DOOR, with_attachment

URL = "http://solihulllscb.proceduresonline.com/chapters/p_referrals.html"
TITLE = "Solihull LSCB Procedures – 3.1 Making Referrals to Children's Social Care (3. The Content of Referrals; 5. Decision Making; 12. Child's Consent to the Referral; 13. Parental Consent to the Referral)"
COUNCIL = "Solihull Metropolitan Borough Council"

ON1 = date(2026, 2, 11)


def _build_01() -> bytes:
    blocks: list[object] = [
        Title(
            "Referral to Children's Services",
            "Solihull Multi-Agency Safeguarding Hub (MASH) – early help / section 17",
        ),
        Para(
            "Professionals should, wherever possible, discuss the referral with the family and agree it with them before it is made."
        ),
        Heading("Type of referral"),
        Table(
            [
                [
                    Boxes(
                        (
                            CB(True, "Early help"),
                            CB(False, "Child in need (s17)"),
                            CB(False, "Child protection (s47)"),
                        )
                    )
                ]
            ]
        ),
        Heading("Parental consent to the referral"),
        kv(
            ("Have the parents been told about the referral?", "Yes"),
            (
                "Do the parents agree to the referral?",
                "Yes – Mum (Shannon Doyle) agreed at the school meeting on 11/02/2026",
            ),
            (
                "Child's consent to the referral (where of sufficient age and understanding)",
                "Kian (14) was seen with Mum and agrees",
            ),
        ),
        Heading("The child(ren)"),
        grid(
            ["Full name", "Date of birth", "Gender", "School / setting"],
            [
                ["Kian Doyle", "03/09/2011", "M", "Castle High School"],
                ["Evie Doyle", "21/06/2016", "F", "Priory Primary"],
            ],
        ),
        kv(("Home address", "27 Brook Street, Dudley"), ("Postcode", "DY1 4RN"), per_row=2),
        Heading("Parents / carers and others in the household"),
        grid(
            ["Full name", "Relationship", "Date of birth", "Parental responsibility"],
            [
                ["Shannon Doyle", "Mother", "14/01/1988", "Yes"],
                [
                    "Craig Doyle",
                    "Father – lives in Shirley, Solihull B90 3AA, not in the household",
                    "",
                    "Yes",
                ],
            ],
        ),
        Heading("The referrer"),
        kv(
            ("Name", "Jo Pritchard"),
            ("Role", "Pastoral Lead, Castle High School"),
            ("Address", "Castle High School, Dudley DY1 3BY"),
            ("Telephone", "01632 960 412"),
            ("Email", "j.pritchard@castlehigh.example.sch.uk"),
            ("Date", "11/02/2026"),
            per_row=2,
        ),
        Heading("Reason for referral"),
        Para(
            "Kian's attendance has fallen to 71% since his parents separated; Mum is struggling with his anger at home and would like parenting support and a youth worker."
        ),
    ]
    return render_docx(blocks)


ON2 = date(2026, 5, 19)


def _pdf_02() -> bytes:
    blocks: list[object] = [
        Title("Referral to Children's Services", "Solihull Multi-Agency Safeguarding Hub (MASH)"),
        Heading("Type of referral"),
        Table(
            [
                [
                    Boxes(
                        (
                            CB(False, "Early help"),
                            CB(False, "Child in need (s17)"),
                            CB(True, "Child protection (s47)"),
                        )
                    )
                ]
            ]
        ),
        Para(
            "Where there is reasonable cause to suspect a child is suffering, or likely to suffer, significant harm the referral should be made by telephone and confirmed in writing within 48 hours."
        ),
        kv(("Telephoned to MASH", "19/05/2026 09:40 – spoke to duty social worker")),
        Heading("Parental consent to the referral"),
        kv(
            ("Have the parents been told about the referral?", "No"),
            (
                "If not, why not?",
                "Telling Mum's partner may place Lacey at increased risk of significant harm",
            ),
        ),
        Heading("The child(ren)"),
        grid(
            ["Full name", "Date of birth", "Gender", "School / setting"],
            [["Lacey Marsh", "30/11/2013", "F", "Ridgewood High"]],
        ),
        kv(("Home address", "5 Cedar Road, Stourbridge"), ("Postcode", "DY8 1AA"), per_row=2),
        Heading("Parents / carers and others in the household"),
        grid(
            ["Full name", "Relationship", "Date of birth"],
            [
                ["Tanya Marsh", "Mother", "02/07/1985"],
                ["Lee Hadley", "Mother's partner", "17/03/1980"],
            ],
        ),
        Heading("The referrer"),
        kv(
            ("Name", "Ruth Abara"),
            ("Role", "GP, Chapel Street Surgery"),
            ("Address", "Chapel Street Surgery, Lye DY9 8RL"),
            ("Email", "ruth.abara@nhs.example.net"),
            ("Date", "19/05/2026"),
            per_row=2,
        ),
        Heading("Reason for referral"),
        Para(
            "Lacey (12) disclosed in clinic that Lee hits her when Mum is at work; bruising to the upper arm seen."
        ),
    ]
    return render_pdf(blocks, "Solihull referral")


def _build_02() -> bytes:
    return with_attachment(
        "Dr Ruth Abara <ruth.abara@nhs.example.net>",
        FRONT_DOOR,
        "CONFIDENTIAL - written confirmation of phoned referral - Lacey Marsh",
        ON2,
        "Dear colleagues,\n\nFurther to my call to your MASH this morning, please find attached the written referral (the practice still uses the Solihull form from my previous post).\n\nDr Ruth Abara\n",
        _pdf_02(),
        "Referral Lacey Marsh.pdf",
    )


ON3 = date(2026, 7, 8)


def _build_03() -> bytes:
    blocks: list[object] = [
        Title(
            "Internal request for Early Help",
            "Solihull Children's Services – from Assessment Team to Early Help",
        ),
        Para(
            "Decision Making: the referral does not meet the threshold for a social work assessment; needs can be met by early help."
        ),
        kv(
            ("Requesting social worker", F("Sadia Kauser", "SW name")),
            ("Team", F("MASH Assessment Team", "SW team")),
            ("Email", F("sadia.kauser@solihull.example.gov.uk", "SW email")),
            ("Date of request", F("08/07/2026", "Request date")),
        ),
        Heading("Family"),
        grid(
            ["Name", "Date of birth", "Relationship"],
            [
                [
                    F("Mohammed Iqbal", "Member 1 name"),
                    F("12/12/1979", "Member 1 DOB"),
                    F("Father", "Member 1 rel"),
                ],
                [
                    F("Nadia Iqbal", "Member 2 name"),
                    F("04/04/1984", "Member 2 DOB"),
                    F("Mother", "Member 2 rel"),
                ],
                [
                    F("Ayaan Iqbal", "Member 3 name"),
                    F("19/10/2017", "Member 3 DOB"),
                    F("Son", "Member 3 rel"),
                ],
            ],
        ),
        kv(
            ("Address", F("14 Hagley Road, Halesowen", "Family address")),
            ("Postcode", F("B63 4HJ", "Family postcode")),
            per_row=2,
        ),
        Heading("Consent"),
        kv(
            (
                "Parents' agreement to early help",
                F(
                    "Both parents agreed by phone with the social worker on 08/07/2026",
                    "Consent detail",
                ),
            )
        ),
        Heading("What help is requested"),
        Para(
            "Ayaan (8) has a new autism diagnosis; parents want support with routines and a carers' assessment."
        ),
    ]
    return render_acroform(blocks, "Internal request")


CASES: tuple[CouncilCase, ...] = (
    CouncilCase(
        case_id="heldout6-solihull-referral-01",
        council=COUNCIL,
        source_url=URL,
        source_title=TITLE,
        layout="Word referral laid out on the procedure's content list: early help / s17 / s47 ☒/☐ row first, parental consent and the child's own consent answered in words before the children's grid; father in Solihull B90 listed outside the household; school's DY1 3BY in the referrer block at the end",
        filename="referral.docx",
        assessment_date=ON1,
        build=_build_01,
        expected=Expected(
            form_type="early_help_assessment",
            people=(
                person("Kian Doyle", date(2011, 9, 3), True, ON1),
                person("Evie Doyle", date(2016, 6, 21), False, ON1),
                person("Shannon Doyle", date(1988, 1, 14), True, ON1),
            ),
            postcode="DY1 4RN",
            lead_professional_name="Jo Pritchard",
            lead_professional_email="j.pritchard@castlehigh.example.sch.uk",
            level_of_need=None,
        ),
    ),
    CouncilCase(
        case_id="heldout6-solihull-referral-02",
        council=COUNCIL,
        source_url=URL,
        source_title=TITLE,
        layout="email from a GP with the flattened PDF referral attached: 'Child protection (s47)' ticked, telephoned first, parents not told because of risk from mum's partner; surgery's DY9 8RL",
        filename="message.eml",
        assessment_date=ON2,
        build=_build_02,
        expected=Expected(
            form_type="early_help_assessment",
            people=(
                person("Lacey Marsh", date(2013, 11, 30), False, ON2),
                person("Tanya Marsh", date(1985, 7, 2), False, ON2),
                person("Lee Hadley", date(1980, 3, 17), False, ON2),
            ),
            postcode="DY8 1AA",
            lead_professional_name="Ruth Abara",
            lead_professional_email="ruth.abara@nhs.example.net",
            level_of_need=None,
            safeguarding=True,
            queue_reason="safeguarding_concern",
        ),
    ),
    CouncilCase(
        case_id="heldout6-solihull-internal-01",
        council=COUNCIL,
        source_url=URL,
        source_title=TITLE,
        layout="fillable PDF internal request from the MASH assessment team to Early Help with meaningful field names ('Family postcode', 'Member 1 name'); both parents' agreement in one sentence",
        filename="referral.pdf",
        assessment_date=ON3,
        build=_build_03,
        expected=Expected(
            form_type="internal_request",
            people=(
                person("Mohammed Iqbal", date(1979, 12, 12), True, ON3),
                person("Nadia Iqbal", date(1984, 4, 4), True, ON3),
                person("Ayaan Iqbal", date(2017, 10, 19), False, ON3),
            ),
            postcode="B63 4HJ",
            lead_professional_name="Sadia Kauser",
            lead_professional_email="sadia.kauser@solihull.example.gov.uk",
            level_of_need=None,
        ),
    ),
)
