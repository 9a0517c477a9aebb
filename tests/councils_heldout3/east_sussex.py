"""East Sussex: Statement of Referral (SOR) to Children's Services, Single Point of Advice (SPoA)."""

# ruff: noqa: E501  (labels are copied verbatim from the published form)

from datetime import date

from tests.councils.kit import (
    BOX,
    TICK,
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

URL = "https://docsbay.net/doc/342092/family-caf-form"
TITLE = "East Sussex Statement of referral (Children’s Services Single Point of Advice, Continuum of Need)"

Q4 = "4. Why are you worried about this child / family? What is your risk assessment for them?\nPlease include a chronology if not already attached/hi-light risks ie CSE/PREVENT/PHYSICAL ABUSE"
Q5 = "5.Do you know what has already been tried to support this family and the outcome of that support? (include attachments as appropriate)"
Q6 = "6. What help do you think Children’s Social Care can give in this case?"
Q7 = "7. Who in the family is aware of this referral? What do they think about this referral being made?"


def _head(to: str, today: str, attached: str) -> list[object]:
    return [
        Title("East Sussex Statement of referral"),
        Para(
            "For more information on the Continuum of Need please go to www.eastsussex.gov.uk/childrenandfamilies"
        ),
        Para(
            "- If handwritten, please complete in BLOCK CAPITALS\n- If you run out of space please attach a separate sheet"
        ),
        kv(
            ("To:(name of contact at East Sussex County Council)", to),
            ("Today’s date:", today),
            per_row=2,
        ),
        Para(
            "Please attach any relevant additional information e.g. Chronology, Early Help Plan, CAF\n"
            "(information from attached documents does not have to be repeated on this form)"
        ),
        kv(("Please tell us what documents you have attached:", attached)),
    ]


def _ethnicity(ticked: str) -> Table:
    def c(name: str) -> str:
        return TICK if name == ticked else BOX

    return Table(
        [
            [
                L("White"),
                "",
                L("Mixed"),
                "",
                L("Asian or Asian British"),
                "",
                L("Black or Black British"),
                "",
            ],
            [
                c("British"),
                "British",
                c("WBC"),
                "White & Black Caribbean",
                c("Indian"),
                "Indian",
                c("Caribbean"),
                "Caribbean",
            ],
            [
                c("Irish"),
                "Irish",
                c("WBA"),
                "White & Black African",
                c("Pakistani"),
                "Pakistani",
                c("African"),
                "African",
            ],
            [
                c("Gypsy"),
                "Gypsy/Roma",
                c("WA"),
                "White & Asian",
                c("Bangladeshi"),
                "Bangladeshi",
                c("Other"),
                "Other*",
            ],
        ],
        [0.4, 1.6, 0.4, 2, 0.4, 1.6, 0.4, 1.6],
    )


ON1 = date(2026, 6, 8)


def _build_01() -> bytes:
    blocks = [
        *_head(
            "SPoA duty worker (Claire) – phoned 09:20",
            "08/06/2026",
            "Chronology (school safeguarding log, 3 entries)",
        ),
        Heading("1.Child / young person you are concerned about"),
        kv(
            ("Full name", "LILY MARIE CARTER"),
            ("Gender", "Female"),
            ("Date of Birth", "21/11/2018"),
            ("Educational setting", "Red Hall Primary School"),
            ("Address", "7 CHURCH VIEW, GORNAL WOOD, DUDLEY DY3 2DE"),
            ("Phone number", "07700 900 734"),
            per_row=2,
        ),
        Heading("2. All other children & young people you are aware of in the household"),
        grid(
            [
                "Full name",
                "Date of birth",
                "Gender",
                "Relationship to above",
                "Educational setting",
            ],
            [["ALFIE CARTER", "04/03/2015", "Male", "Brother", "Red Hall Primary School"]],
        ),
        Heading("2a. Ethnicity of children young people in the household"),
        _ethnicity("British"),
        Heading("3. Adults you are aware of in the household"),
        grid(
            ["Full name", "Gender", "Relationship", "Parental responsibility?Y/N"],
            [
                ["STACEY CARTER", "Female", "Mother", "Y"],
                ["DEAN WALSH", "Male", "Mother’s partner", "N"],
            ],
        ),
        Heading("3a. Any other significant adults, children or young people who live elsewhere"),
        grid(
            ["Full name", "Gender", "Relationship", "Parental responsibility?Y/N"],
            [["GARY CARTER", "Male", "Father (lives in Kidderminster, no contact)", "Y"]],
        ),
        Heading(Q4),
        Table(
            [
                [
                    "PHYSICAL ABUSE. This morning Lily told her class teacher that Dean ‘hit me with the hoover pipe because I spilt my drink’. "
                    "Linear bruising seen on the back of her left thigh by the DSL at 08:55. Two previous entries: Alfie said in March that Dean ‘locks us in the bedroom’. "
                    "My risk assessment: Lily is at risk of significant harm tonight if she returns home while Dean is there. Child protection concern reported by phone to SPoA at 09:20."
                ]
            ]
        ),
        Heading(Q5),
        Table(
            [
                [
                    "Early Help Plan (school) since January 2026 – attendance and uniform; mum engaged with the family keyworker until April."
                ]
            ]
        ),
        Heading(Q6),
        Table(
            [
                [
                    "Child protection enquiry; a strategy discussion today before the end of the school day."
                ]
            ]
        ),
        Heading(Q7),
        Table(
            [
                [
                    "Nobody in the family has been told. SPoA advised us not to tell mum before the strategy discussion because Dean would find out; "
                    "Lily is frightened of what Dean will do."
                ]
            ]
        ),
        Heading("Your details"),
        kv(
            ("Name", "Rachel Ingram"),
            ("Role", "Designated Safeguarding Lead"),
            ("Agency and address", "Red Hall Primary School, Red Hall Road, Lower Gornal DY3 2NU"),
            ("Telephone", "01632 960 358"),
            ("Email", "r.ingram@redhall.example.sch.uk"),
            ("Signature / date", "R. Ingram 08/06/2026"),
            per_row=2,
        ),
    ]
    return render_pdf(blocks, "East Sussex Statement of Referral")


ON2 = date(2026, 9, 29)


def _build_02() -> bytes:
    blocks = [
        *_head(
            "Single Point of Advice",
            "29/09/2026",
            "Early Help Plan (two reviews); attendance record",
        ),
        Heading("1.Child / young person you are concerned about"),
        kv(
            ("Full name", "KYLE ANTHONY BAKER"),
            ("Gender", "Male"),
            ("Date of Birth", "17/12/2010"),
            ("Educational setting", "Ellowes Hall Sports College (Year 11)"),
            ("Address", "31 Cedar Road, Netherton, Dudley DY2 0AB"),
            ("Phone number", "07700 900 285"),
            per_row=2,
        ),
        Heading("2. All other children & young people you are aware of in the household"),
        grid(
            [
                "Full name",
                "Date of birth",
                "Gender",
                "Relationship to above",
                "Educational setting",
            ],
            [
                [
                    "Macy Baker",
                    "08/08/2013",
                    "Female",
                    "Sister",
                    "Ellowes Hall Sports College (Year 8)",
                ],
                ["Reggie Baker", "25/01/2022", "Male", "Half-brother", "None"],
            ],
        ),
        Heading("2a. Ethnicity of children young people in the household"),
        _ethnicity("British"),
        Heading("3. Adults you are aware of in the household"),
        grid(
            ["Full name", "Gender", "Relationship", "Parental responsibility?Y/N"],
            [["Joanne Baker", "Female", "Mother", "Y"]],
        ),
        Heading("3a. Any other significant adults, children or young people who live elsewhere"),
        grid(
            ["Full name", "Gender", "Relationship", "Parental responsibility?Y/N"],
            [
                ["Anthony Baker", "Male", "Father of Kyle and Macy (lives in Brierley Hill)", "Y"],
                ["Shaun Kelly", "Male", "Reggie’s father (in prison)", "Y"],
            ],
        ),
        Heading(Q4),
        Table(
            [
                [
                    "Continuum of Need: Level 3 (targeted). Kyle’s attendance has fallen to 61%; he is caring for Reggie while mum works nights. "
                    "Mum’s mental health has deteriorated since Shaun’s sentence. No child protection concerns – the Early Help Plan has not been enough and the family need targeted family keywork."
                ]
            ]
        ),
        Heading(Q5),
        Table(
            [
                [
                    "Early Help Plan led by school since March 2026; young carers assessment; GP referral for mum. Some improvement in May, then worse over the summer."
                ]
            ]
        ),
        Heading(Q6),
        Table([["A targeted family keyworker (Level 3) and a young carers break for Kyle."]]),
        Heading(Q7),
        Table(
            [
                [
                    "Joanne Baker (mum) and Kyle (15) are both aware and both agreed on 29/09/2026 to this referral and to information being shared. "
                    "Macy knows that ‘someone from the council’ may visit."
                ]
            ]
        ),
        Heading("Your details"),
        kv(
            ("Name", "Gareth Lowe"),
            ("Role", "Pastoral Lead"),
            (
                "Agency and address",
                "Ellowes Hall Sports College, Stickley Lane, Lower Gornal DY3 2JH",
            ),
            ("Telephone", "01632 960 612"),
            ("Email", "g.lowe@ellowes.example.sch.uk"),
            per_row=2,
        ),
    ]
    return render_docx(blocks)


CASES: tuple[CouncilCase, ...] = (
    CouncilCase(
        case_id="heldout3-east-sussex-sor-01",
        council="East Sussex County Council",
        source_url=URL,
        source_title=TITLE,
        layout="flattened PDF Statement of Referral in capitals: 'To: / Today's date' first; children, adults (no date of birth column) and 'significant adults who live elsewhere' in separate grids; question 4 names PHYSICAL ABUSE and risk of significant harm, phoned to SPoA; question 7 says nobody in the family is aware",
        filename="referral.pdf",
        assessment_date=ON1,
        build=_build_01,
        expected=Expected(
            form_type="early_help_assessment",
            people=(
                person("Lily Marie Carter", date(2018, 11, 21), False, ON1),
                person("Alfie Carter", date(2015, 3, 4), False, ON1),
                person("Stacey Carter", None, False, ON1),
                person("Dean Walsh", None, False, ON1),
            ),
            postcode="DY3 2DE",
            lead_professional_name="Rachel Ingram",
            lead_professional_email="r.ingram@redhall.example.sch.uk",
            level_of_need=None,
            safeguarding=True,
            queue_reason="safeguarding_concern",
        ),
    ),
    CouncilCase(
        case_id="heldout3-east-sussex-sor-02",
        council="East Sussex County Council",
        source_url=URL,
        source_title=TITLE,
        layout="Word Statement of Referral: question 4 states 'Continuum of Need: Level 3'; the mother is the only adult in the household grid, both fathers (one in prison) in '3a … who live elsewhere'; question 7 answered with a sentence naming mum and the 15-year-old as agreeing",
        filename="referral.docx",
        assessment_date=ON2,
        build=_build_02,
        expected=Expected(
            form_type="early_help_assessment",
            people=(
                person("Kyle Anthony Baker", date(2010, 12, 17), True, ON2),
                person("Macy Baker", date(2013, 8, 8), False, ON2),
                person("Reggie Baker", date(2022, 1, 25), False, ON2),
                person("Joanne Baker", None, True, ON2),
            ),
            postcode="DY2 0AB",
            lead_professional_name="Gareth Lowe",
            lead_professional_email="g.lowe@ellowes.example.sch.uk",
            level_of_need=3,
        ),
    ),
)
