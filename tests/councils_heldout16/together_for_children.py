"""Together for Children: 'To make a request for additional Early Help support, please send a
Registration and Consent Form, signed by the parent, and your current Early Help Plan and any
Reviews'; the Early Help Advice and Allocations Team; the Multi Agency Guide to our Thresholds of
Need, where Early Help sits within level 2 (the green boxes)."""

# ruff: noqa: E501  (wording follows the published page)

from datetime import date

from tests.councils.kit import (
    CB,
    SDT,
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
)
from tests.councils.model import CouncilCase, Expected
from tests.councils_heldout16._mail import FRONT_DOOR, with_attachment

URL = "https://www.sunderlandccg.nhs.uk/corporate/safeguarding/safeguarding-children/key-contacts-and-referal-process-for-safeguarding-children/"
TITLE = "Key contacts and referral process for safeguarding children – Early Help (Registration and Consent Form signed by the parent, Early Help Plan and Reviews; Multi Agency Guide to our Thresholds of Need)"
COUNCIL = "Together for Children (Early Help Advice and Allocations Team)"


def _levels(n: int) -> Boxes:
    return Boxes(tuple(CB(n == k, f"Level {k}") for k in (1, 2, 3, 4)))


ON1 = date(2026, 9, 29)


def _b1() -> bytes:
    return render_docx(
        [
            Title("EARLY HELP REGISTRATION AND CONSENT FORM", "Together for Children"),
            Para("Send this form, signed by the parent, with the current Early Help Plan and any Reviews to the Early Help Advice and Allocations Team."),
            Table([[L("Level of need (Thresholds of Need)"), _levels(2)]]),
            Heading("Section 1 – Family members"),
            grid(
                ["Surname", "First name", "Date of birth", "Relationship to lead child", "Lives in household"],
                [
                    ["Ahmed", "Yasmin", "11/11/2018", "Lead child", "Yes"],
                    ["Ahmed", "Sana", "06/03/1990", "Mother", "Yes"],
                    ["Ahmed", "Tariq", "14/01/1987", "Father", "Yes"],
                ],
            ),
            Table(
                [
                    [L("Family address"), Span(SDT("7 Hall Street, Dudley"), 3)],
                    [L("Postcode"), SDT("DY3 2DE"), L("Telephone"), SDT("07700 900733")],
                    [L("Previous address (last 12 months)"), Span(SDT(None), 3)],
                ]
            ),
            Heading("Section 2 – Practitioner registering the Early Help"),
            kv(
                ("Name", SDT("Laura Bell")),
                ("Agency", SDT("Reception class teacher, Sledmere Primary, Dudley DY3 2NU")),
                ("E-mail", SDT("laura.bell@sledmere.example.org")),
                ("Lead Practitioner", SDT("Laura Bell")),
            ),
            Heading("Section 3 – Consent"),
            Para("I/we have been told why this information is being collected and agree to it being shared with the agencies in our Early Help Plan."),
            Table(
                [
                    [L("Parent/carer signature"), "S Ahmed", L("Date"), "29/09/2026"],
                    [L("Parent/carer signature"), "T. Ahmed", L("Date"), "29/09/2026"],
                    [L("Young person (if appropriate)"), SDT(None), L("Date"), SDT(None, "date")],
                ]
            ),
        ]
    )


ON2 = date(2026, 10, 27)


def _b2() -> bytes:
    return render_acroform(
        [
            Title("STEP DOWN TO EARLY HELP", "Together for Children – Child in Need plan ending"),
            Table(
                [
                    [L("Stepping down from"), Boxes((CB(True, "Child in Need", "sd_cin"), CB(False, "Child Protection", "sd_cp"), CB(False, "Child Looked After", "sd_cla")))],
                    [L("Level of need after step down"), Boxes(tuple(CB(k == 3, f"Level {k}", f"sd_level_{k}") for k in (1, 2, 3, 4)))],
                ]
            ),
            Heading("Family"),
            grid(
                ["Name", "DOB", "Relationship"],
                [
                    [F("Leah Watson", "sd_p1_name"), F("04/04/1993", "sd_p1_dob"), F("Mother", "sd_p1_rel")],
                    [F("Mason Watson", "sd_p2_name"), F("17/08/2012", "sd_p2_dob"), F("Son", "sd_p2_rel")],
                    [F("Evie Watson", "sd_p3_name"), F("23/01/2021", "sd_p3_dob"), F("Daughter", "sd_p3_rel")],
                ],
            ),
            kv(
                ("Address", F("31 Talbot Street, Brierley Hill", "sd_address")),
                ("Postcode", F("DY5 3BB", "sd_postcode")),
            ),
            Heading("Social worker"),
            kv(
                ("Name", F("Craig Lowes", "sd_sw_name")),
                ("E-mail", F("craig.lowes@tfc.example.org", "sd_sw_email")),
            ),
            Heading("Lead Practitioner following step down"),
            kv(
                ("Name", F("Donna Shaw", "sd_lp_name")),
                ("Agency", F("Family Worker, Brierley Hill Family Hub", "sd_lp_agency")),
                ("E-mail", F("donna.shaw@familyhub.example.gov.uk", "sd_lp_email")),
            ),
            Heading("Consent to step down"),
            grid(
                ["Name", "Signature", "Date"],
                [
                    [F("Leah Watson", "sd_c1_name"), F("L Watson", "sd_c1_sig"), F("27/10/2026", "sd_c1_date")],
                    [F("Mason Watson", "sd_c2_name"), F("Mason W", "sd_c2_sig"), F("27/10/2026", "sd_c2_date")],
                ],
            ),
        ],
        title="TfC Step Down",
    )


ON3 = date(2026, 11, 24)


def _attachment3() -> bytes:
    return render_docx(
        [
            Title("EARLY HELP REGISTRATION AND CONSENT FORM", "Together for Children"),
            Table([[L("Level of need (Thresholds of Need)"), _levels(2)]]),
            Heading("Family members"),
            Table(
                [
                    [L("Name"), L("DOB"), L("Relationship"), L("Signature")],
                    ["Michelle Kerr", "08/12/1979", "Mum", "M Kerr"],
                    ["Ellis Kerr", "24/11/2012", "Son (lead child)", ""],
                    ["Poppy Kerr", "15/07/2017", "Daughter", "n/a"],
                ]
            ),
            kv(("Address", "60 Dudley Road, Lye, Stourbridge DY9 0QQ"), ("Date", "24/11/2026")),
            Heading("Practitioner"),
            kv(("Name", "Imogen Clarke"), ("Role", "School Nurse, Stourbridge Health Centre DY8 1PF"), ("E-mail", "imogen.clarke@nhs.example.net")),
            Heading("Why early help?"),
            Para("Ellis (14 today) has been self-harming and mum wants help; he did not want to sign today and wants to talk to someone first."),
        ]
    )


def _b3() -> bytes:
    return with_attachment(
        "Imogen Clarke <imogen.clarke@nhs.example.net>",
        FRONT_DOOR,
        "Early Help registration - KERR",
        ON3,
        "Please find attached the Early Help Registration and Consent Form for the Kerr family, signed by mum today.\n\nImogen Clarke\nSchool Nurse\n",
        _attachment3(),
        "Kerr registration and consent.docx",
    )


CASES: tuple[CouncilCase, ...] = (
    CouncilCase(
        "heldout16-tfc-01",
        COUNCIL,
        URL,
        TITLE,
        "Word Registration and Consent Form built of content controls ('Level 2' ticked in a Level 1-4 row, empty previous address and young person's signature showing placeholder text); school at DY3 2NU; both parents sign",
        "referral.docx",
        ON1,
        _b1,
        Expected(
            "early_help_assessment",
            (
                person("Yasmin Ahmed", date(2018, 11, 11), False, ON1),
                person("Sana Ahmed", date(1990, 3, 6), True, ON1),
                person("Tariq Ahmed", date(1987, 1, 14), True, ON1),
            ),
            "DY3 2DE",
            "Laura Bell",
            "laura.bell@sledmere.example.org",
            2,
        ),
    ),
    CouncilCase(
        "heldout16-tfc-02",
        COUNCIL,
        URL,
        TITLE,
        "fillable PDF step down from a Child in Need plan with snake_case sd_ field names: Level 3 checkbox ticked; Lead Practitioner following step down named apart from the social worker; mum and the 14-year-old sign",
        "referral.pdf",
        ON2,
        _b2,
        Expected(
            "step_down",
            (
                person("Leah Watson", date(1993, 4, 4), True, ON2),
                person("Mason Watson", date(2012, 8, 17), True, ON2),
                person("Evie Watson", date(2021, 1, 23), False, ON2),
            ),
            "DY5 3BB",
            "Donna Shaw",
            "donna.shaw@familyhub.example.gov.uk",
            3,
        ),
    ),
    CouncilCase(
        "heldout16-tfc-03",
        COUNCIL,
        URL,
        TITLE,
        "email with the Word Registration and Consent Form attached (Level 2 ticked): a Name | DOB | Relationship | Signature table where the son, exactly 14 on the day, has an empty signature cell; address and postcode in one line; clinic at DY8 1PF",
        "message.eml",
        ON3,
        _b3,
        Expected(
            "early_help_assessment",
            (
                person("Michelle Kerr", date(1979, 12, 8), True, ON3),
                person("Ellis Kerr", date(2012, 11, 24), False, ON3),
                person("Poppy Kerr", date(2017, 7, 15), False, ON3),
            ),
            "DY9 0QQ",
            "Imogen Clarke",
            "imogen.clarke@nhs.example.net",
            2,
            queue_reason="consent_missing",
        ),
    ),
)
