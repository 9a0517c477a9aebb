"""Surrey: Family Support Referral Form (Surrey Family Support Programme)."""

# ruff: noqa: E501  (labels are copied verbatim from the published form)

from datetime import date

from tests.councils.kit import (
    CB,
    Boxes,
    F,
    Heading,
    L,
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

URL = "https://docest.com/doc/565146/8-please-list-all-known-agencies-engaged-with-the-family"
TITLE = "Surrey Family Support Referral Form (Surrey Family Support Programme, widened eligibility criteria)"
INTRO = (
    "This form allows individual practitioners within agencies, organisations and multi-agency community "
    "groups to refer families into the Surrey Family Support Programme using its widened eligibility criteria. "
    "Guidance is available on the Family Support Programme website to aid your decision regarding a family's "
    "eligibility for the programme."
)
Q2 = "2. Has the family consented to this referral and the associated sharing of information relating to it?"
Q6 = "6. Are there any other family members or significant people involved with the family?\n(E.g. parents living outside the family home, grandparents, neighbours etc.)"
Q9 = "9. Is a Team Around the Family (TAF) already in place? If so, please indicate name and agency of Lead Professional (if known)."
Q10 = "10. Please provide relevant information about the family which directly supports your referral and may positively influence the Panel decision."

ON1 = date(2026, 2, 10)


def _build_01() -> bytes:
    blocks = [
        Title("Surrey Family Support Referral Form"),
        Para(INTRO),
        Heading("1. Referrer details"),
        kv(
            ("Name", "Hannah Wells"),
            ("Role", "Inclusion Lead"),
            ("Agency", "Quarry Bank Primary School, Thorns Road, Brierley Hill DY5 2JY"),
            ("Telephone", "01632 960 214"),
            ("Email", "h.wells@quarrybank.example.sch.uk"),
            ("Date of referral", "10/02/2026"),
            per_row=2,
        ),
        Heading(Q2),
        Table(
            [
                [
                    Boxes((CB(True, "Yes"), CB(False, "No"))),
                    "Discussed with Gemma, Daniel and Kieran at school on 10/02/2026 - see signatures at the end of this form.",
                ]
            ]
        ),
        Heading("3. Family address"),
        kv(
            ("Address", "27 Moor Street, Brierley Hill"),
            ("Postcode", "DY5 1AA"),
            ("Home telephone", "01632 960 377"),
        ),
        Heading("4. Family details – Parents or adult carers"),
        grid(
            ["Name", "Date of birth", "Relationship to children", "Gender", "Contact number"],
            [
                ["Gemma Louise TURNER", "12/06/1988", "Mother", "F", "07700 900 377"],
                [
                    "Daniel PRICE",
                    "03/09/1985",
                    "Step-father (lives at the address)",
                    "M",
                    "07700 900 378",
                ],
            ],
        ),
        Heading("5. Children / Young People"),
        grid(
            [
                "Children / Young People",
                "Date of birth",
                "Gender",
                "SEND",
                "Education Details",
                "School",
            ],
            [
                [
                    "Kieran TURNER",
                    "14/03/2011",
                    "M",
                    "SEN support",
                    "Year 10",
                    "Thorns Collegiate Academy",
                ],
                ["Lily-Mae PRICE", "22/07/2016", "F", "No", "Year 4", "Quarry Bank Primary"],
                ["Oscar PRICE", "05/01/2020", "M", "No", "Reception", "Quarry Bank Primary"],
            ],
        ),
        Heading(Q6),
        grid(
            ["Name", "Relationship", "Address", "Involvement"],
            [
                [
                    "Mark Turner",
                    "Kieran's father",
                    "9 Bescot Crescent, Walsall WS1 4NN",
                    "Contact alternate weekends",
                ]
            ],
        ),
        Heading("7. Type of accommodation"),
        Table(
            [
                [
                    Boxes(
                        (
                            CB(True, "Social housing"),
                            CB(False, "Private rented"),
                            CB(False, "Owner occupied"),
                            CB(False, "Temporary"),
                        )
                    )
                ]
            ]
        ),
        Heading("8. Please list all known agencies engaged with the family."),
        grid(
            ["Agency", "Name", "Contact"],
            [
                ["School", "Hannah Wells", "01632 960 214"],
                ["GP", "Dr R. Sandhu, Brierley Hill Health Centre", "01632 960 220"],
                ["Family Hub", "Sophie Adeyemi", "01632 960 231"],
            ],
        ),
        Heading(Q9),
        Table(
            [
                [
                    "Yes – TAF since January 2026. Lead Professional: Sophie Adeyemi, Family Support Worker, Brierley Hill Family Hub (sophie.adeyemi@bhfamilyhub.example.gov.uk, 01632 960 231)"
                ]
            ]
        ),
        Heading(Q10),
        Table(
            [
                [
                    "Kieran's attendance is 71% this term. Mum reports arguments at home since Daniel lost his job; rent arrears. Family would like support with routines and debt advice."
                ]
            ]
        ),
        Heading("11. Eligibility Criteria – Family Weighting Tool"),
        grid(
            ["Presenting Issue", "Yes", "No", "Comments"],
            [
                [
                    "1.Children who need help – Identified /assessed as needing early help in last 3 months",
                    "X",
                    "",
                    "EHA Jan 2026",
                ],
                ["Is there a child identified as Child in need", "", "X", ""],
                ["Adult out of work", "X", "", "Daniel - JSA"],
            ],
        ),
        Heading("Family consent"),
        Para(
            "I agree to this referral being made to the Surrey Family Support Programme and to the sharing of information about my family for this purpose."
        ),
        grid(
            ["Name", "Signature", "Date"],
            [
                ["Gemma Turner", "G Turner", "10/02/2026"],
                ["Daniel Price", "D. Price", "10/02/2026"],
                ["Kieran Turner", "Kieran T", "10/02/2026"],
            ],
        ),
    ]
    return render_docx(blocks, header="Surrey Family Support Programme – OFFICIAL SENSITIVE")


ON2 = date(2026, 3, 3)


def _build_02() -> bytes:
    n = iter(range(1, 200))

    def t(v: str) -> F:
        return F(v, f"Text{next(n)}")

    blocks = [
        Title("Surrey Family Support Referral Form"),
        Para(INTRO),
        Heading("1. Referrer details"),
        kv(
            ("Name", t("Lee Morgan")),
            ("Role", t("Youth Worker")),
            ("Agency", t("Netherton Youth Zone, Unit 4 Halesowen Road, Netherton DY2 0PJ")),
            ("Telephone", t("07700 900 612")),
            ("Email", t("lee.morgan@youthzone.example.org.uk")),
            ("Date of referral", t("03/03/2026")),
            per_row=2,
        ),
        Heading(Q2),
        Table([[t("Yes - discussed with Shannon (mum) who agreed on 03/03/2026")]]),
        Heading("3. Family address"),
        kv(("Address", t("41 Northfield Road, Netherton")), ("Postcode", t("dy29hf"))),
        Heading("4. Family details – Parents or adult carers"),
        Table(
            [
                [L("Name"), L("Date of birth"), L("Relationship to children")],
                [t("Shannon Rafferty"), t("30/11/1990"), t("Mother")],
                [t(""), t(""), t("")],
            ]
        ),
        Heading("5. Children / Young People"),
        Table(
            [
                [
                    L("Children / Young People"),
                    L("Date of birth"),
                    L("Gender"),
                    L("SEND"),
                    L("Education Details"),
                    L("School"),
                ],
                [
                    t("Tyler Rafferty"),
                    t("08/05/2009"),
                    t("M"),
                    t("No"),
                    t("Year 12 (left)"),
                    t("None"),
                ],
                [
                    t("Ava Rafferty-Cole"),
                    t("19/10/2014"),
                    t("F"),
                    t("No"),
                    t("Year 6"),
                    t("Netherton C of E Primary"),
                ],
            ]
        ),
        Heading(Q6),
        Table([[t("Maternal grandmother Pauline Rafferty visits most days (lives in Old Hill)")]]),
        Heading("7. Type of accommodation"),
        Table([[t("Housing association")]]),
        Heading("8. Please list all known agencies engaged with the family."),
        Table([[t("Youth Zone; Netherton C of E Primary (Ava); Job Centre (Tyler)")]]),
        Heading(Q9),
        Table([[t("No")]]),
        Heading(Q10),
        Table(
            [
                [
                    t(
                        "Tyler (16) is NEET since Christmas and has been linked with older males in the area. Ava is anxious and not sleeping. Mum is struggling financially."
                    )
                ]
            ]
        ),
    ]
    return render_acroform(blocks, "Surrey Family Support Referral Form")


CASES: tuple[CouncilCase, ...] = (
    CouncilCase(
        case_id="heldout2-surrey-fsp-01",
        council="Surrey County Council",
        source_url=URL,
        source_title=TITLE,
        layout="Word: numbered sections 1-11 with parents (4), children (5) and a father 'outside the family home' (6) in separate tables; 'Is a TAF already in place?' names a Lead Professional other than the referrer; family consent table at the end",
        filename="referral.docx",
        assessment_date=ON1,
        build=_build_01,
        expected=Expected(
            form_type="early_help_assessment",
            people=(
                person("Gemma Louise Turner", date(1988, 6, 12), True, ON1),
                person("Daniel Price", date(1985, 9, 3), True, ON1),
                person("Kieran Turner", date(2011, 3, 14), True, ON1),
                person("Lily-Mae Price", date(2016, 7, 22), False, ON1),
                person("Oscar Price", date(2020, 1, 5), False, ON1),
            ),
            postcode="DY5 1AA",
            lead_professional_name="Sophie Adeyemi",
            lead_professional_email="sophie.adeyemi@bhfamilyhub.example.gov.uk",
            level_of_need=None,
        ),
    ),
    CouncilCase(
        case_id="heldout2-surrey-fsp-02",
        council="Surrey County Council",
        source_url=URL,
        source_title=TITLE,
        layout="fillable PDF with meaningless field names (Text1..Text40): question 2 answered with a sentence naming only the mother; a 16-year-old in the children table; postcode typed 'dy29hf'; TAF question answered 'No'",
        filename="referral.pdf",
        assessment_date=ON2,
        build=_build_02,
        expected=Expected(
            form_type="early_help_assessment",
            people=(
                person("Shannon Rafferty", date(1990, 11, 30), True, ON2),
                person("Tyler Rafferty", date(2009, 5, 8), False, ON2),
                person("Ava Rafferty-Cole", date(2014, 10, 19), False, ON2),
            ),
            postcode="DY2 9HF",
            lead_professional_name="Lee Morgan",
            lead_professional_email="lee.morgan@youthzone.example.org.uk",
            level_of_need=None,
            queue_reason="consent_missing",
        ),
    ),
)
