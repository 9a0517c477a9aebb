"""West Lothian Child Protection Committee: 'What to do if you are concerned about a child' (why
you might be concerned; what to do if you have concerns; share them with social work)."""

# ruff: noqa: E501  (wording follows the published page)

from datetime import date

from tests.councils.kit import (
    CB,
    Boxes,
    Heading,
    L,
    Mail,
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
from tests.councils_heldout10._mail import FRONT_DOOR, forwarded

URL = "http://childprotectionwestlothian.org.uk/abuse.htm"
TITLE = "West Lothian Child Protection Committee – What to do if you are concerned about a child (Why might you be concerned about a child? What is abuse? physical injury, physical neglect, sexual abuse, emotional abuse; the behaviour of adults may cause you concern; What to do if you have concerns)"
COUNCIL = "West Lothian Child Protection Committee"


def _yn(yes: bool) -> Boxes:
    return Boxes((CB(yes, "Yes"), CB(not yes, "No")))


_ABUSE = ("Physical injury", "Physical neglect", "Sexual abuse", "Emotional abuse")


def _kinds(on: set[str]) -> Table:
    return Table(
        [
            [
                L("What is the concern? (tick all that apply)"),
                Boxes(tuple(CB(k in on, k) for k in _ABUSE)),
            ]
        ]
    )


ON1 = date(2026, 4, 2)


def _b1() -> bytes:
    return render_pdf(
        [
            Title(
                "Child Concern Form",
                "West Lothian Child Protection Committee – share your concerns",
            ),
            Para(
                "If a child is in immediate danger call 999. Share your concern with social work without delay; do not wait until you have all of the information."
            ),
            Table([[L("Is this a child protection concern?"), _yn(True)]]),
            _kinds({"Physical injury", "Emotional abuse"}),
            Heading("Your details"),
            kv(
                ("Name", "Fraser Lindsay"),
                (
                    "Agency",
                    "Livingston Health Centre, EH54 6PP (practice nurse, family recently moved)",
                ),
                ("Telephone", "01632 960891"),
                ("Email", "fraser.lindsay@livingston-hc.example.nhs.uk"),
                ("Date", "02/04/2026"),
                per_row=2,
            ),
            Heading("The child"),
            kv(
                ("Full name", "Kai Robertson"),
                ("Date of birth", "10/10/2019"),
                ("Address", "33 Hill Street, Brierley Hill DY5 3BB"),
                ("Current whereabouts", "At school"),
                per_row=2,
            ),
            Heading("Main parents/carers and any adults who have care of the child"),
            grid(
                ["Name", "Age / DOB", "Address", "Relationship"],
                [
                    ["Nicola Robertson", "31 – 17/07/1994", "as child", "Mother"],
                    ["Darren Hamilton", "35 – 02/01/1991", "as child", "Mother's partner"],
                ],
            ),
            Heading("What are you worried about and why?"),
            Para(
                "Kai (6) had a loop-shaped bruise on his back at his asthma review. He said 'Darren gets angry'. I believe he is at risk of significant harm. Parents have not been told because of the risk to Kai."
            ),
        ],
        "Child Concern Form",
    )


ON2 = date(2026, 9, 8)


def _b2() -> bytes:
    form = render_docx(
        [
            Title(
                "Child Concern Form",
                "West Lothian Child Protection Committee – share your concerns",
            ),
            Table(
                [
                    [L("Is this a child protection concern?"), _yn(False)],
                    [L("Wellbeing concern / request for support?"), _yn(True)],
                ]
            ),
            _kinds({"Physical neglect"}),
            Heading("Your details"),
            kv(
                ("Name", "Morag Cairns"),
                ("Agency", "Guidance Teacher, Deans Community High School, Livingston EH54 8PS"),
                ("Email", "m.cairns@deanschs.example.sch.uk"),
                ("Date", "08/09/2026"),
                per_row=2,
            ),
            Heading("The child"),
            kv(
                ("Full name", "Ellie Grant"),
                ("Date of birth", "14/03/2012"),
                ("New address", "2 Park Road, Lye, Stourbridge"),
                ("Postcode", "DY9 0QQ"),
                per_row=2,
            ),
            Heading("Main parents/carers and others in the house"),
            grid(
                ["Name", "DOB", "Relationship"],
                [
                    ["Lorraine Grant", "11/11/1983", "Mother"],
                    ["Ross Grant", "21/01/2016", "Brother"],
                ],
            ),
            Heading("What are you worried about?"),
            Para(
                "Ellie (14) often comes to school hungry and in the same clothes; mum has a long-term illness. The family moved to Stourbridge over the summer."
            ),
            Heading("Consent"),
            Para(
                "Lorraine Grant and Ellie Grant both agreed to this information being passed to the new authority for early help (08/09/2026)."
            ),
        ]
    )
    inner = Mail(
        "Morag Cairns <m.cairns@deanschs.example.sch.uk>",
        "pupil.support@deanschs.example.sch.uk",
        "Child Concern Form - Ellie Grant",
        ON2,
        hour=9,
    ).message()
    inner.set_content("Child Concern Form attached for Ellie Grant (family moved to Stourbridge).")
    inner.add_attachment(
        form,
        maintype="application",
        subtype="vnd.openxmlformats-officedocument.wordprocessingml.document",
        filename="Child Concern Form - Ellie Grant.docx",
    )
    return forwarded(
        inner,
        "Pupil Support <pupil.support@deanschs.example.sch.uk>",
        FRONT_DOOR,
        "FW: Child Concern Form - Ellie Grant",
        ON2,
        "Forwarding the attached from our guidance teacher – the family now live in your area. Please contact Morag directly.",
    )


CASES: tuple[CouncilCase, ...] = (
    CouncilCase(
        "heldout10-west-lothian-ccf-01",
        COUNCIL,
        URL,
        TITLE,
        "flattened PDF child concern form: 'Is this a child protection concern? Yes' ticked, the page's four kinds of abuse as boxes; the practice's Livingston EH54 postcode first; carers' 'Age / DOB' in one cell ('31 – 17/07/1994'); parents not told",
        "referral.pdf",
        ON1,
        _b1,
        Expected(
            "early_help_assessment",
            (
                person("Kai Robertson", date(2019, 10, 10), False, ON1),
                person("Nicola Robertson", date(1994, 7, 17), False, ON1),
                person("Darren Hamilton", date(1991, 1, 2), False, ON1),
            ),
            "DY5 3BB",
            "Fraser Lindsay",
            "fraser.lindsay@livingston-hc.example.nhs.uk",
            None,
            safeguarding=True,
            queue_reason="safeguarding_concern",
        ),
    ),
    CouncilCase(
        "heldout10-west-lothian-ccf-02",
        COUNCIL,
        URL,
        TITLE,
        "email forwarding a message/rfc822 whose Word attachment is the concern form: child protection No, wellbeing Yes; the school's EH54 8PS in the referrer's Agency cell; consent sentence naming mum and the 14-year-old",
        "message.eml",
        ON2,
        _b2,
        Expected(
            "early_help_assessment",
            (
                person("Ellie Grant", date(2012, 3, 14), True, ON2),
                person("Lorraine Grant", date(1983, 11, 11), True, ON2),
                person("Ross Grant", date(2016, 1, 21), False, ON2),
            ),
            "DY9 0QQ",
            "Morag Cairns",
            "m.cairns@deanschs.example.sch.uk",
            None,
        ),
    ),
)
