"""Midlothian Council's Family Wellbeing Service, as the Chief Social Work Officer Report
describes it: works with children aged 0-17, their families, schools, health and third sector
partners to improve low school attendance and other wellbeing concerns."""

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
    render_html,
)
from tests.councils.model import CouncilCase, Expected
from tests.councils_heldout16._mail import FRONT_DOOR, html_only

URL = "https://www.midlothian.gov.uk/news/article/3978/midlothian_social_work_services_note_challenges_successes_and_next_steps"
TITLE = "Midlothian Council – Midlothian Social Work Services Note Challenges, Successes and Next Steps (Family Wellbeing Service: children aged 0-17, families, schools, health and third sector partners; low school attendance and other wellbeing concerns)"
COUNCIL = "Midlothian Council (Family Wellbeing Service)"

_HEAD = [Title("FAMILY WELLBEING SERVICE – REFERRAL", "Children and young people aged 0-17 and their families")]

_REASONS = ("Low school attendance", "Emotional wellbeing", "Family relationships", "Parenting", "Other wellbeing concern")

ON1 = date(2026, 9, 17)


def _b1() -> bytes:
    return render_docx(
        [
            *_HEAD,
            Table([[L("Reason for referral"), Boxes(tuple(CB(i in (0, 1), r) for i, r in enumerate(_REASONS)))]]),
            Heading("Child / young person"),
            Table(
                [
                    [L("Name"), "Callum Fraser", L("DOB"), "25/12/2012"],
                    [L("School"), Span("Dalkeith High School (until June), EH22 1DN", 3)],
                    [L("Attendance"), "71%", L("Year group"), "S3 / Year 9"],
                ]
            ),
            Heading("Family"),
            grid(
                ["Name", "DOB", "Relationship", "Address"],
                [
                    ["Alison Fraser", "18/04/1983", "Mum", "62 Green Lane, Tipton DY4 0RE"],
                    ["Ben Fraser", "09/09/2018", "Brother", "same"],
                    ["Neil Fraser", "01/07/1981", "Dad", "Dalkeith – separated, not at this address"],
                ],
            ),
            Heading("Referrer"),
            kv(("Name", "Jenna Reid"), ("Role", "Family Wellbeing Worker (transferring)"), ("E-mail", "jenna.reid@midlothian.example.gov.uk"), ("Phone", "01632 960158")),
            Heading("Agreement"),
            grid(
                ["Print name", "Signature", "Date"],
                [["ALISON FRASER", "A Fraser", "17/09/2026"], ["CALLUM FRASER", "C. Fraser", "17/09/2026"]],
            ),
        ]
    )


ON2 = date(2026, 10, 14)


def _blocks2() -> list[object]:
    return [
        *_HEAD,
        Table([[L("Reason for referral"), Boxes(tuple(CB(i in (2, 3), r) for i, r in enumerate(_REASONS)))]]),
        Heading("Who lives in the home"),
        grid(
            ["Name", "DOB", "Relationship to child"],
            [
                ["Holly Robertson", "03/10/2017", "Child"],
                ["Gemma Robertson", "12/12/1993", "Mum"],
                ["Ian Robertson", "28/02/1958", "Grandad (mum's dad, moved in June)"],
            ],
        ),
        kv(("Address", "9 Cross Street, Brierley Hill"), ("Postcode", "DY5 1AA")),
        Heading("Referrer"),
        kv(("Name", "Morag Lindsay"), ("Role", "Primary teacher, Bonnyrigg Primary (previous school)"), ("E-mail", "morag.lindsay@school.example.org"), ("Date", "14/10/2026")),
        Heading("Agreement"),
        grid(["Name", "Signature", "Date"], [["Gemma Robertson", "G Robertson", "14/10/2026"], ["Ian Robertson", "", ""]]),
    ]


def _b2() -> bytes:
    return html_only(
        "Morag Lindsay <morag.lindsay@school.example.org>",
        FRONT_DOOR,
        "Family Wellbeing referral - Holly Robertson",
        ON2,
        "Referral below (HTML).",
        render_html(_blocks2()),
    )


ON3 = date(2026, 11, 19)


def _b3() -> bytes:
    return render_acroform(
        [
            *_HEAD,
            Heading("Child / young person"),
            kv(
                ("Forename", F("Zainab", "fws.child.forename")),
                ("Surname", F("Hussain", "fws.child.surname")),
                ("Date of birth", F("05/05/2015", "fws.child.dob")),
                ("Address", F("7 Hall Street, Sedgley", "fws.address.line1")),
                ("Postcode", F("DY3 1AB", "fws.address.postcode")),
            ),
            Heading("Parent / carer"),
            kv(
                ("Name", F("Farah Hussain", "fws.carer1.name")),
                ("Date of birth", F("16/07/1986", "fws.carer1.dob")),
                ("Relationship", F("Mother", "fws.carer1.rel")),
            ),
            Heading("Referrer"),
            kv(
                ("Name", F("Euan Paterson", "fws.ref.name")),
                ("Organisation", F("Young carers third sector partner", "fws.ref.org")),
                ("E-mail", F("euan.paterson@charity.example.org", "fws.ref.email")),
                ("Date", F("19/11/2026", "fws.ref.date")),
            ),
            Heading("Consent"),
            Para("The parent/carer agrees to this referral and to information being shared with schools, health and third sector partners."),
            kv(("Parent/carer signature", F("Farah Hussain", "fws.consent.sig"))),
        ],
        title="Family Wellbeing referral",
    )


CASES: tuple[CouncilCase, ...] = (
    CouncilCase(
        "heldout16-midlothian-01",
        COUNCIL,
        URL,
        TITLE,
        "Word Family Wellbeing referral with the reason tick row first; the previous school's Dalkeith EH22 postcode in a merged row; the address only in the family grid with the separated dad 'not at this address'; Print name in capitals | Signature | Date",
        "referral.docx",
        ON1,
        _b1,
        Expected(
            "early_help_assessment",
            (
                person("Callum Fraser", date(2012, 12, 25), True, ON1),
                person("Alison Fraser", date(1983, 4, 18), True, ON1),
                person("Ben Fraser", date(2018, 9, 9), False, ON1),
            ),
            "DY4 0RE",
            "Jenna Reid",
            "jenna.reid@midlothian.example.gov.uk",
            None,
        ),
    ),
    CouncilCase(
        "heldout16-midlothian-02",
        COUNCIL,
        URL,
        TITLE,
        "HTML-only email (text part a stub) of the referral: grandad living in the home has an empty signature row under mum's",
        "message.eml",
        ON2,
        _b2,
        Expected(
            "early_help_assessment",
            (
                person("Holly Robertson", date(2017, 10, 3), False, ON2),
                person("Gemma Robertson", date(1993, 12, 12), True, ON2),
                person("Ian Robertson", date(1958, 2, 28), False, ON2),
            ),
            "DY5 1AA",
            "Morag Lindsay",
            "morag.lindsay@school.example.org",
            None,
            queue_reason="consent_missing",
        ),
    ),
    CouncilCase(
        "heldout16-midlothian-03",
        COUNCIL,
        URL,
        TITLE,
        "fillable PDF with dotted field names (fws.child.forename, fws.address.postcode); forename and surname in separate fields; typed full-name signature",
        "referral.pdf",
        ON3,
        _b3,
        Expected(
            "early_help_assessment",
            (
                person("Zainab Hussain", date(2015, 5, 5), False, ON3),
                person("Farah Hussain", date(1986, 7, 16), True, ON3),
            ),
            "DY3 1AB",
            "Euan Paterson",
            "euan.paterson@charity.example.org",
            None,
        ),
    ),
)
