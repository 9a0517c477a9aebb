"""Manchester: MCAF Section 1 – MCAF Registration (Manchester's integrated assessment for an
offer of early help)."""

# ruff: noqa: E501  (labels are copied verbatim from the published form)

from datetime import date

from tests.councils.kit import (
    CB,
    Boxes,
    Cell,
    Heading,
    L,
    Para,
    Table,
    Title,
    kv,
    person,
    render_acroform,
    render_docx,
)
from tests.councils.model import CouncilCase, Expected

URL = "https://docest.com/doc/615268/section-1-mcaf-registration"
TITLE = "Section 1: MCAF Registration – MCAF, Manchester’s integrated assessment for an offer of early help"

INTRO = "Before completing this form, please contact the MCAF team to check if an assessment has already been undertaken."
OTHERS = (
    "Other people who live at this address (siblings, significant adults). Indicate who lives with the "
    "child and who does not. Include date of birth for siblings"
)
CONSENT = (
    "I agree to this registration being made and to the information on this form being shared with the "
    "MCAF team and the services named in Part 5 so that an offer of early help can be made."
)


def _checklist(rows: list[tuple[str, bool, str]]) -> Table:
    head: list[Cell] = [
        L("Does the unborn baby, child or young person appear to be:"),
        L("Y / N"),
        L("Details"),
    ]
    body: list[list[Cell]] = [[L(q), Boxes((CB(y, "Y"), CB(not y, "N"))), d] for q, y, d in rows]
    return Table([head, *body], [3, 1, 4])


ON1 = date(2026, 3, 10)


def _build_01() -> bytes:
    blocks = [
        Title(
            "Section 1: MCAF Registration",
            "MCAF - Manchester’s integrated assessment for an offer of early help",
        ),
        Para(INTRO),
        kv(
            ("Date started", "10/03/2026"),
            ("Unique MCAF ID\n(To be provided by MCAF Team)", ""),
            per_row=2,
        ),
        Heading("Part 1: Details of the child or young person"),
        kv(
            ("Name of child/young person", "Amelia Grace Doyle"),
            ("Other known names", "Millie"),
            ("Postcode", "DY5 2HT"),
            ("Contact tel no.", "07700 900 318"),
            ("Gender", Boxes((CB(False, "Male"), CB(True, "Female")))),
            ("Date of birth (or estimated delivery date)", "19/05/2016"),
            per_row=2,
        ),
        kv(
            ("If the child or young person has a disability, please give details", "None known"),
            (
                "Please give details of any special requirements for the child or their parent/carer, eg. signing, interpretation or access needs",
                "None",
            ),
        ),
        Heading("Part 2: Details of parents/carers"),
        kv(
            ("Name of parent/carer", "Kirsty Doyle"),
            ("Parental responsibility?", "Yes"),
            ("Other known names", "Kirsty Price (maiden name)"),
            ("", ""),
            ("Post code", "DY5 2HT"),
            ("Contact tel no.", "07700 900 318"),
            per_row=2,
        ),
        kv(
            ("Name of parent/carer", "Liam Doyle"),
            ("Parental responsibility?", "Yes"),
            ("Other known names", ""),
            ("", ""),
            ("Post code", "WS10 8QT"),
            ("Contact tel no.", "07700 900 441"),
            per_row=2,
        ),
        Para(OTHERS, bold=True),
        Table(
            [
                [
                    L("1"),
                    "Ruby Doyle – sister, lives with Amelia",
                    L("D.O.B"),
                    "02/09/2019",
                    L("2"),
                    "Kenneth Price – maternal grandfather, lives with Amelia",
                    L("D.O.B"),
                    "14/01/1958",
                ],
                [
                    L("3"),
                    "Liam Doyle – dad, does not live with Amelia (Wednesbury), sees the girls at weekends",
                    L("D.O.B"),
                    "",
                    L("4"),
                    "",
                    L("D.O.B"),
                    "",
                ],
                [L("5"), "", L("D.O.B"), "", L("6"), "", L("D.O.B"), ""],
            ],
            [0.4, 3, 0.8, 1.2, 0.4, 3, 0.8, 1.2],
        ),
        Heading("Part 3: Details of worker/practitioner completing this form"),
        kv(
            ("Name", "Hannah Wilkes"),
            ("Role", "SENCo, Quarry Bank Primary School"),
            ("Contact tel no.", "01632 960 207"),
            ("Contact email address", "h.wilkes@quarrybank.example.sch.uk"),
            per_row=2,
        ),
        Heading("Part 4: MCAF checklist"),
        Para("Part 4 does not need to be completed if you are going to complete Section 2."),
        _checklist(
            [
                ("Healthy", True, ""),
                ("Staying Safe", True, ""),
                (
                    "Learning and developing",
                    False,
                    "Reading age two years behind; speech and language waiting list",
                ),
                (
                    "Having a positive\nimpact on others",
                    False,
                    "Angry outbursts in class since dad moved out",
                ),
                (
                    "Affected by financial issues - impacted on the above",
                    True,
                    "Mum reduced her hours to care for her father",
                ),
            ]
        ),
        Heading("Part 5: Agencies/Services already involved"),
        Table(
            [
                [L("Universal services"), L("Contact details")],
                [
                    "Name of GP",
                    "Dr S. Rana, Quarry Bank Medical Centre, High Street, Quarry Bank DY5 2JF",
                ],
                [
                    "Name of school, childcare provider, college, training provider",
                    "Quarry Bank Primary School (Amelia, Year 4); Little Acorns Nursery (Ruby)",
                ],
            ],
            [2, 5],
        ),
        Table(
            [
                [L("Other services"), L("Agency/Service"), L("Name"), L("Contact details")],
                ["1", "Speech and Language Therapy", "Waiting list", ""],
                ["2", "", "", ""],
            ],
            [1, 2, 2, 3],
        ),
        Heading("Part 6: What happens next"),
        Para(
            "If the child or young person requires further help, the practitioner completes Section 2 with the family "
            "and sends it to the MCAF team."
        ),
        Heading("Consent"),
        Para(CONSENT),
        Table(
            [
                [L("Name"), L("Signature"), L("Date")],
                ["Kirsty Doyle", "K. Doyle", "10/03/2026"],
                ["Kenneth Price", "K Price", "10/03/2026"],
            ]
        ),
    ]
    return render_docx(blocks, header="MCAF Section 1 – Registration")


ON2 = date(2026, 4, 22)


def _build_02() -> bytes:
    blocks = [
        Title(
            "Section 1: MCAF Registration",
            "MCAF - Manchester’s integrated assessment for an offer of early help",
        ),
        Para(INTRO),
        kv(("Date started", "22/04/2026"), ("Unique MCAF ID", ""), per_row=2),
        Heading("Part 1: Details of the child or young person"),
        kv(
            ("Name of child/young person", "Tyler James Hughes"),
            ("Other known names", ""),
            ("Postcode", "dy9 0qq"),
            ("Contact tel no.", "07700 900 562"),
            ("Gender", Boxes((CB(True, "Male"), CB(False, "Female")))),
            ("Date of birth (or estimated delivery date)", "03/02/2012"),
            per_row=2,
        ),
        kv(
            (
                "If the child or young person has a disability, please give details",
                "ADHD (diagnosed 2021)",
            ),
            ("Please give details of any special requirements", "None"),
        ),
        Heading("Part 2: Details of parents/carers"),
        kv(
            ("Name of parent/carer", "Danielle Hughes"),
            ("Parental responsibility?", "Yes"),
            ("Post code", "DY9 0QQ"),
            ("Contact tel no.", "07700 900 562"),
            per_row=2,
        ),
        kv(
            ("Name of parent/carer 2", ""),
            ("Parental responsibility? 2", ""),
            ("Post code 2", ""),
            ("Contact tel no. 2", ""),
            per_row=2,
        ),
        Para(OTHERS, bold=True),
        Table(
            [
                [L("1"), "Mason Hughes (brother, lives with Tyler)", L("D.O.B"), "11/07/2009"],
                [L("2"), "Isla Hughes (sister, lives with Tyler)", L("D.O.B"), "30/10/2020"],
                [L("3"), "", L("D.O.B"), ""],
            ],
            [0.5, 5, 1, 1.5],
        ),
        Heading("Part 3: Details of worker/practitioner completing this form"),
        kv(
            ("Name", "Marcus Allen"),
            ("Role", "Youth Worker"),
            ("Contact tel no.", "07700 900 877"),
            ("Contact email address", "marcus.allen@lyeyouth.example.org.uk"),
            per_row=2,
        ),
        Heading("Part 4: MCAF checklist"),
        _checklist(
            [
                ("Healthy", True, ""),
                ("Staying Safe", False, "Out late, mixing with older boys in Lye"),
                ("Learning and developing", False, "Two fixed-term exclusions this year"),
                ("Having a positive impact on others", False, ""),
                ("Affected by financial issues", False, ""),
            ]
        ),
        Heading("Part 5: Agencies/Services already involved"),
        kv(
            ("Name of GP", "Dr P. Osei, Lye Health Centre, Stourbridge DY9 8BX"),
            ("Name of school", "Thorns Collegiate Academy"),
        ),
        Heading("Consent"),
        Para(CONSENT),
        kv(
            ("Signature of parent/carer", "D Hughes"),
            ("Date", "22/04/2026"),
            ("Signature of young person (if appropriate)", "Tyler Hughes"),
            ("Date ", "22/04/2026"),
            per_row=2,
        ),
    ]
    return render_acroform(blocks, "MCAF Section 1 Registration")


CASES: tuple[CouncilCase, ...] = (
    CouncilCase(
        case_id="heldout3-manchester-mcaf-01",
        council="Manchester City Council",
        source_url=URL,
        source_title=TITLE,
        layout="Word MCAF registration: Part 1 gives the child a Postcode (no address lines); each parent block its own 'Post code' (dad's WS10); 'Other people who live at this address' as numbered 1 | D.O.B | 2 | D.O.B pairs marking who lives with the child; Y/N checklist; signed consent rows",
        filename="referral.docx",
        assessment_date=ON1,
        build=_build_01,
        expected=Expected(
            form_type="early_help_assessment",
            people=(
                person("Amelia Grace Doyle", date(2016, 5, 19), False, ON1),
                person("Kirsty Doyle", None, True, ON1),
                person("Ruby Doyle", date(2019, 9, 2), False, ON1),
                person("Kenneth Price", date(1958, 1, 14), True, ON1),
            ),
            postcode="DY5 2HT",
            lead_professional_name="Hannah Wilkes",
            lead_professional_email="h.wilkes@quarrybank.example.sch.uk",
            level_of_need=None,
        ),
    ),
    CouncilCase(
        case_id="heldout3-manchester-mcaf-02",
        council="Manchester City Council",
        source_url=URL,
        source_title=TITLE,
        layout="fillable PDF of the MCAF registration with fields named from the labels ('Name of child/young person', 'Postcode'): child's postcode typed 'dy9 0qq'; consent lines for the parent and the (14-year-old) young person only, the 16-year-old brother in the 'other people' pairs is named in neither",
        filename="referral.pdf",
        assessment_date=ON2,
        build=_build_02,
        expected=Expected(
            form_type="early_help_assessment",
            people=(
                person("Tyler James Hughes", date(2012, 2, 3), True, ON2),
                person("Danielle Hughes", None, True, ON2),
                person("Mason Hughes", date(2009, 7, 11), False, ON2),
                person("Isla Hughes", date(2020, 10, 30), False, ON2),
            ),
            postcode="DY9 0QQ",
            lead_professional_name="Marcus Allen",
            lead_professional_email="marcus.allen@lyeyouth.example.org.uk",
            level_of_need=None,
            queue_reason="consent_missing",
        ),
    ),
)
