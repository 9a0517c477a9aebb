"""Kids in Need of Defense UK (KIND UK): the referral form's confirmation page ('Thanks for
completing the referral form'; the team will speak with the referrer by phone or email, depending
on which they indicated they prefer; waiting list; quote the date the referral form was submitted
and the name of the child). The referral forms laid out here are generic."""

# ruff: noqa: E501  (wording follows the published page)

from datetime import date

from tests.councils.kit import (
    CB,
    Boxes,
    F,
    Heading,
    L,
    Para,
    Span,
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

URL = "https://www.kidsinneedofdefense.org.uk/referral-sent/"
TITLE = "Kids in Need of Defense UK – Referral Sent (referral form sent to the admin team; contact by phone or email as the referrer prefers; waiting list; quote the date the referral form was submitted and the name of the child)"
COUNCIL = "Kids in Need of Defense UK (KIND UK referral)"


def _prefer(phone: bool) -> Boxes:
    return Boxes((CB(phone, "Phone"), CB(not phone, "Email")))


ON1 = date(2026, 9, 16)


def _b1() -> bytes:
    return render_docx(
        [
            Title("KIND UK – Referral Form (copy for the local early help team)"),
            Table(
                [
                    [L("Date referral form submitted"), "16/09/2026", L("How should we contact you?"), _prefer(False)],
                    [L("Name of the child"), Span("Amara Okafor", 3)],
                ]
            ),
            Heading("The child and their family"),
            grid(
                ["Name", "Date of birth", "Relationship", "Immigration status (if known)"],
                [
                    ["Amara Okafor", "30/01/2013", "Child", "Limited leave – renewal due"],
                    ["Grace Okafor", "14/05/1986", "Mother", "Limited leave"],
                    ["Daniel Okafor", "09/10/2019", "Brother", "British citizen"],
                ],
            ),
            kv(("Where does the child live?", "Flat 6, 2 Stourbridge Road, Stourbridge DY8 1AA"), per_row=1),
            Heading("About you (the referrer)"),
            kv(("Name", "Hannah Cole"), ("Organisation", "Stourbridge Family Hub"), ("Email", "hannah.cole@familyhub.example.gov.uk"), ("Phone", "01632 960636"), per_row=2),
            Heading("Why are you referring?"),
            Para("Mum cannot afford the renewal fee and is frightened of losing her job; Amara's anxiety is affecting school. Mum would also like early help with housing and a budgeting course."),
            Heading("Does the family know about this referral?"),
            Para("Yes – Grace Okafor agreed and signed the consent page (G. Okafor, 16/09/2026)."),
        ]
    )


ON2 = date(2026, 10, 22)


def _b2() -> bytes:
    return render_pdf(
        [
            Title("KIND UK – Referral Form"),
            Table(
                [
                    [L("Date referral form submitted"), "22/10/2026"],
                    [L("Name of the child"), "Yonas Tesfaye"],
                    [L("How should we contact you?"), _prefer(True)],
                ]
            ),
            Heading("The child and their family"),
            grid(["Name", "Date of birth", "Relationship"], [["Yonas Tesfaye", "12/12/2010", "Young person"], ["Selam Tesfaye", "03/03/1984", "Mother"]]),
            kv(("Where does the child live?", "Home Office contingency hotel, Dudley – address withheld for safety"), ("Postcode", "not given"), per_row=1),
            Heading("About you"),
            kv(("Name", "Daniel Moss"), ("Organisation", "Refugee Legal Clinic, 12 Newhall Street, Birmingham B3 3AS"), ("Email", "daniel.moss@legal.example.org"), per_row=1),
            Heading("Consent"),
            grid(["Name", "Signature", "Date"], [["Selam Tesfaye", "S. Tesfaye", "22/10/2026"], ["Yonas Tesfaye", "Y Tesfaye", "22/10/2026"]]),
        ],
        title="KIND UK referral",
    )


ON3 = date(2026, 11, 19)


def _b3() -> bytes:
    return render_acroform(
        [
            Title("KIND UK – Referral Form"),
            Table(
                [
                    [L("Date referral form submitted"), F("19/11/2026", "date_submitted")],
                    [L("Name of the child"), F("Mohammed Rahimi", "child_name")],
                    [L("Preferred contact"), CB(False, "Phone", "contact_phone"), CB(True, "Email", "contact_email")],
                ]
            ),
            Heading("Who does the child live with?"),
            Table(
                [
                    [L("Name"), F("Farida Rahimi", "carer1_name"), L("Relationship"), F("Aunt (kinship carer)", "carer1_rel"), L("DOB"), F("07/07/1983", "carer1_dob")],
                    [L("Name"), F("Mohammed Rahimi", "child1_name"), L("Relationship"), F("Nephew", "child1_rel"), L("DOB"), F("25/05/2012", "child1_dob")],
                    [L("Name"), F("Sara Rahimi", "child2_name"), L("Relationship"), F("Cousin", "child2_rel"), L("DOB"), F("10/10/2014", "child2_dob")],
                ]
            ),
            kv(("Address", F("33 Hayes Lane, Lye, Stourbridge", "address")), ("Postcode", F("DY9 0QQ", "postcode"))),
            Heading("Referrer"),
            kv(("Name", F("Ruth Allen", "ref_name")), ("Organisation", F("Lye Community Centre, DY9 8BT", "ref_org")), ("Email", F("ruth.allen@community.example.org", "ref_email"))),
            Heading("Agreement"),
            kv(("Carer's signature", F("F Rahimi", "sig_carer")), ("Young person's signature (14+)", F("M. Rahimi", "sig_yp"))),
        ],
        title="KIND UK referral",
    )


CASES: tuple[CouncilCase, ...] = (
    CouncilCase(
        "heldout15-kind-uk-01",
        COUNCIL,
        URL,
        TITLE,
        "Word referral copy: 'Date referral form submitted' and Phone / Email preference ticks in the first row, child's name merged across; household grid with immigration status; consent a sentence naming mum",
        "referral.docx",
        ON1,
        _b1,
        Expected(
            "early_help_assessment",
            (
                person("Amara Okafor", date(2013, 1, 30), False, ON1),
                person("Grace Okafor", date(1986, 5, 14), True, ON1),
                person("Daniel Okafor", date(2019, 10, 9), False, ON1),
            ),
            "DY8 1AA",
            "Hannah Cole",
            "hannah.cole@familyhub.example.gov.uk",
            None,
        ),
    ),
    CouncilCase(
        "heldout15-kind-uk-02",
        COUNCIL,
        URL,
        TITLE,
        "flattened PDF referral: family in a contingency hotel, 'address withheld for safety', Postcode 'not given'; the legal clinic's Birmingham B3 3AS the only postcode",
        "referral.pdf",
        ON2,
        _b2,
        Expected(
            "early_help_assessment",
            (
                person("Yonas Tesfaye", date(2010, 12, 12), True, ON2),
                person("Selam Tesfaye", date(1984, 3, 3), True, ON2),
            ),
            None,
            "Daniel Moss",
            "daniel.moss@legal.example.org",
            None,
            queue_reason="postcode_missing",
        ),
    ),
    CouncilCase(
        "heldout15-kind-uk-03",
        COUNCIL,
        URL,
        TITLE,
        "fillable PDF with named fields, household as three Name | Relationship | DOB rows of six cells (aunt as kinship carer); community centre DY9 8BT; carer's and 14-year-old's signature fields filled",
        "referral.pdf",
        ON3,
        _b3,
        Expected(
            "early_help_assessment",
            (
                person("Farida Rahimi", date(1983, 7, 7), True, ON3),
                person("Mohammed Rahimi", date(2012, 5, 25), True, ON3),
                person("Sara Rahimi", date(2014, 10, 10), False, ON3),
            ),
            "DY9 0QQ",
            "Ruth Allen",
            "ruth.allen@community.example.org",
            None,
        ),
    ),
)
