"""TalkingZone (University of South Wales): school counselling of up to 9 sessions; parents,
guardians and professionals may refer; a discussion with the child must have taken place and the
child must agree; parents complete the referral and give their consent."""

# ruff: noqa: E501  (wording follows the published page)

from datetime import date

from tests.councils.kit import (
    Heading,
    L,
    Para,
    Span,
    Table,
    Title,
    dmy,
    dmy2,
    grid,
    kv,
    person,
    render_docx,
    render_pdf,
)
from tests.councils.model import CouncilCase, Expected
from tests.councils_heldout18._mail import FRONT_DOOR, with_attachment

URL = "http://nisbcs.southwales.ac.uk/primary_referral/"
TITLE = "TalkingZone – How to Refer a Child (parents or legal guardians; teachers and other professionals)"
COUNCIL = "TalkingZone school counselling (University of South Wales)"

ON1 = date(2026, 9, 16)


def _b1() -> bytes:
    return render_docx(
        [
            Title("TalkingZone – Professional Referral"),
            Para(
                "Please ensure before a referral is made, a discussion with the child has taken place and the child agrees to the counselling."
            ),
            Table(
                [
                    [L("Child's name"), "Leo Harrison", L("DOB"), "27/04/2017", L("Year"), "4"],
                    [L("Home address"), Span("6 Peartree Lane, Gornal Wood, Dudley DY3 2DE", 5)],
                    [L("School"), Span("Red Hall Primary, Lower Gornal DY3 2NU", 5)],
                ]
            ),
            Heading("Parents / legal guardians"),
            grid(
                ["Name", "DOB", "Relationship", "Lives with child"],
                [
                    ["Amy Harrison", "13/02/1991", "Mum", "✓"],
                    ["Connor Harrison", "05/09/1989", "Dad", "✓"],
                    ["Isabelle Harrison", "11/11/2021", "Sister", "✓"],
                ],
            ),
            Heading("Why counselling?"),
            Para(
                "Leo's grandmother, who lived next door, died in the summer; he is tearful and refusing to go into class. Parents would also like family support."
            ),
            Heading("Child agrees"),
            Para("✓ Leo has talked to me about counselling and agrees."),
            Heading("Parental consent"),
            grid(
                ["Parent", "Signature", "Date"],
                [
                    ["Amy Harrison", "A. Harrison", dmy(ON1)],
                    ["Connor Harrison", "C. Harrison", dmy(ON1)],
                ],
            ),
            kv(
                ("Referrer", "Sarah Brookes, Learning Mentor"),
                ("Email", "s.brookes@redhall.example.org"),
                per_row=2,
            ),
        ]
    )


ON2 = date(2026, 10, 8)


def _b2() -> bytes:
    return render_pdf(
        [
            Title("TalkingZone – Referral and Consent"),
            kv(
                ("Child", "Ruby Cole"),
                ("DOB", dmy2(date(2015, 3, 3))),
                ("School", "Wrens Nest Primary, Dudley DY1 3NQ"),
                per_row=3,
            ),
            kv(("Home address", "51 Priory Road, Dudley DY1 4RN")),
            Heading("Who lives at home"),
            grid(
                ["Name", "DOB", "Relationship", "Signature (consent)"],
                [
                    ["Kirsty Cole", dmy2(date(1987, 8, 20)), "Mum", "K Cole"],
                    ["Dean Foster", dmy2(date(1984, 2, 2)), "Mum's partner", ""],
                    ["Ruby Cole", dmy2(date(2015, 3, 3)), "Child referred", "n/a (under 14)"],
                ],
            ),
            Heading("Reason"),
            Para(
                "Ruby is anxious and pulling her hair; mum is worried about arguments at home. Counselling and a family support worker requested."
            ),
            Para(
                "Date: "
                + dmy2(ON2)
                + "    Referrer: Chris Hale, Deputy Head – c.hale@wrensnest.example.org"
            ),
        ],
        title="TalkingZone referral",
    )


ON3 = date(2026, 11, 4)


def _pdf3() -> bytes:
    return render_pdf(
        [
            Title("TalkingZone – Parent/Guardian Referral"),
            kv(
                ("Parent / legal guardian", "Samira Akhtar"),
                ("Date of birth", "21/06/1983"),
                ("Address", "90 Park Road, Netherton, Dudley"),
                ("Postcode", "DY2 0AB"),
                ("Email", "samira.akhtar@example.net"),
                ("Date", dmy(ON3)),
                per_row=2,
            ),
            Heading("Children"),
            grid(
                ["Name", "Date of birth", "School"],
                [
                    ["Zain Akhtar", "14/02/2012", "Hillcrest School, Netherton DY2 0PX"],
                    ["Hana Akhtar", "06/08/2017", "Netherton Primary"],
                ],
            ),
            Heading("About the referral"),
            Para(
                "Zain is being bullied and has started refusing school. I would like counselling for him and help for our family."
            ),
            Heading("Consent"),
            Para(
                "I, Samira Akhtar, give my consent for Zain to receive counselling and for this information to be shared with early help. Zain (14) agrees and has signed: Zain Akhtar."
            ),
        ],
        title="TalkingZone parent referral",
    )


def _b3() -> bytes:
    return with_attachment(
        "Samira Akhtar <samira.akhtar@example.net>",
        FRONT_DOOR,
        "Referral form for my son",
        ON3,
        "Hello, the school counsellor said to send this form to you as well. Thank you, Samira",
        _pdf3(),
        "TalkingZone referral.pdf",
    )


CASES: tuple[CouncilCase, ...] = (
    CouncilCase(
        "heldout18-talkingzone-01",
        COUNCIL,
        URL,
        TITLE,
        "Word professional referral with a six-column child row and merged address/school rows (school at DY3 2NU); a 'Lives with child' column of ✓ glyphs; 'child agrees' line; both parents sign initial+surname",
        "referral.docx",
        ON1,
        _b1,
        Expected(
            "early_help_assessment",
            (
                person("Leo Harrison", date(2017, 4, 27), False, ON1),
                person("Amy Harrison", date(1991, 2, 13), True, ON1),
                person("Connor Harrison", date(1989, 9, 5), True, ON1),
                person("Isabelle Harrison", date(2021, 11, 11), False, ON1),
            ),
            "DY3 2DE",
            "Sarah Brookes",
            "s.brookes@redhall.example.org",
            None,
        ),
    ),
    CouncilCase(
        "heldout18-talkingzone-02",
        COUNCIL,
        URL,
        TITLE,
        "flattened PDF with dd/mm/yy dates and a 'Signature (consent)' column in the household grid: mum signs but her partner living at home has an empty cell; school at DY1 3NQ",
        "referral.pdf",
        ON2,
        _b2,
        Expected(
            "early_help_assessment",
            (
                person("Kirsty Cole", date(1987, 8, 20), True, ON2),
                person("Dean Foster", date(1984, 2, 2), False, ON2),
                person("Ruby Cole", date(2015, 3, 3), False, ON2),
            ),
            "DY1 4RN",
            "Chris Hale",
            "c.hale@wrensnest.example.org",
            None,
            queue_reason="consent_missing",
        ),
    ),
    CouncilCase(
        "heldout18-talkingzone-03",
        COUNCIL,
        URL,
        TITLE,
        "email from a parent with a flattened PDF parent referral attached: 'I, Samira Akhtar, give my consent' and the 14-year-old's typed signature in the same sentence; school at DY2 0PX",
        "message.eml",
        ON3,
        _b3,
        Expected(
            "early_help_assessment",
            (
                person("Samira Akhtar", date(1983, 6, 21), True, ON3),
                person("Zain Akhtar", date(2012, 2, 14), True, ON3),
                person("Hana Akhtar", date(2017, 8, 6), False, ON3),
            ),
            "DY2 0AB",
            "Samira Akhtar",
            "samira.akhtar@example.net",
            None,
        ),
    ),
)
