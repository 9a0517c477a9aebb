"""Signpost Young Carers Service: the external referral form and its 'Information for referrers'
– young carers between the ages of 6 and 18; the caring responsibilities and their impact on
Physical/mental health, Education, Emotional and Behavioural Development, Identity, Family and
Social/Peer relationships; sibling carers 'severely affected'."""

# ruff: noqa: E501  (wording follows the published page)

from datetime import date

from tests.councils.kit import (
    CB,
    Boxes,
    Heading,
    L,
    Para,
    Span,
    Table,
    Title,
    grid,
    kv,
    person,
    render_docx,
    render_pdf,
)
from tests.councils.model import CouncilCase, Expected
from tests.councils_heldout16._bits import yn
from tests.councils_heldout16._mail import FRONT_DOOR, plain

URL = "https://issuu.com./pipstockport/docs/externalreferralformnewa"
TITLE = "Signpost Young Carers Service – External referral form and Information for Referrers (our definition; sibling carers)"
COUNCIL = "Signpost Young Carers Service"

_HEAD = [Title("SIGNPOST YOUNG CARERS – EXTERNAL REFERRAL FORM", "For young carers between the ages of 6 and 18")]

_IMPACT = ("Physical/mental health", "Education", "Emotional and Behavioural Development", "Identity", "Family and Social/Peer relationships")

ON1 = date(2026, 9, 10)


def _b1() -> bytes:
    return render_docx(
        [
            *_HEAD,
            Heading("Young carer's details"),
            Table(
                [
                    [L("First name"), "Jayden", L("Surname"), "O'Connor"],
                    [L("Date of birth"), "06/01/2011", L("Age"), "15"],
                    [L("Address"), Span("3 Cole Street, Dudley", 3)],
                    [L("Postcode"), "DY1 2QP", L("School"), "Castle High, DY1 4AS"],
                ]
            ),
            Heading("Who does the young carer care for?"),
            grid(
                ["Name", "Relationship", "Date of birth", "Condition", "Lives with young carer"],
                [["Claire O'Connor", "Mum", "14/12/1980", "Multiple sclerosis", "Yes"]],
            ),
            Heading("Other people in the household"),
            grid(["Name", "Relationship", "Date of birth"], [["Ava O'Connor", "Sister", "19/04/2019"]]),
            Heading("Impact of caring (tick all that apply)"),
            Table([[Boxes(tuple(CB(i in (1, 2), t) for i, t in enumerate(_IMPACT)))]]),
            Heading("Consent"),
            Table(
                [
                    [L("Is the young carer aware that you are making the referral to us?"), yn(True)],
                    [L("Is the young person's parent/guardian aware and have they given permission for their personal information to be shared?"), yn(True)],
                ]
            ),
            Heading("Referrer details"),
            kv(
                ("Name of referrer", "Marcus Hall"),
                ("Job title", "Learning Mentor, Castle High School"),
                ("E-mail", "marcus.hall@castlehigh.example.org"),
                ("Telephone", "01632 960921"),
            ),
            Table(
                [
                    [L("Signed (referrer)"), "M Hall", L("Date"), "10/09/2026"],
                    [L("Signed (young carer)"), "Jayden O'Connor", L("Date"), "10/09/2026"],
                    [L("Signed (parent/guardian)"), "C O'Connor", L("Date"), "10/09/2026"],
                ]
            ),
        ]
    )


ON2 = date(2026, 10, 22)


def _b2() -> bytes:
    return render_pdf(
        [
            *_HEAD,
            Heading("Young carer's details"),
            kv(("First name / Surname", "Priya Sharma"), ("Date of birth", "30/03/2013"), ("Address", "10 Mill Lane, Kingswinford DY6 7AA"), ("School", "Summerhill School, DY6 9XE")),
            Heading("Sibling carer"),
            grid(
                ["Name", "Relationship", "DOB", "Disability"],
                [["Arjun Sharma", "Brother", "11/11/2016", "Autism, non-verbal"]],
            ),
            Heading("Parents / guardians at home"),
            grid(["Name", "Relationship", "DOB"], [["Neha Sharma", "Mother", "02/05/1985"], ["Vikram Sharma", "Father", "27/08/1983"]]),
            Heading("Consent"),
            Table(
                [
                    [L("Is the young carer aware that you are making the referral to us?"), Boxes((CB(True, "Yes"), CB(False, "No")))],
                    [L("Is the young person's parent/guardian aware and have they given permission?"), Boxes((CB(False, "Yes"), CB(True, "No")))],
                    [L("If no, why?"), "Mum and dad were asked on 22/10/2026 and do not want Priya referred – 'we manage as a family'."],
                ]
            ),
            Heading("Referrer details"),
            kv(("Name", "Gail Foster"), ("Job title", "School Counsellor"), ("E-mail", "gail.foster@summerhill.example.org"), ("Signed / Date", "G Foster 22/10/2026")),
            Para("Priya (13) shares a room with Arjun and has regular sleep disturbance; severely affected."),
        ],
        title="Signpost referral",
    )


ON3 = date(2026, 11, 12)

_BODY3 = """Hi,

Young carer referral using the Signpost headings - I am a social prescriber at the surgery.

YOUNG CARER
Name: Archie Collins      DOB: 12.11.2014 (12)
Address: 7 Halesowen Road, Cradley Heath B63 4HJ

PERSON CARED FOR
Dad - Steven Collins, DOB 04.04.1975, lives with Archie, alcohol dependency

OTHER HOUSEHOLD MEMBERS
Grandma - Pauline Collins, DOB 19.06.1950 (lives with them since the summer)

IMPACT
Education (late most days), Emotional and Behavioural Development.

CONSENT
Archie is aware of the referral. Steven and Pauline both agreed on 12.11.2026 and signed
our practice consent form (copy held at the surgery).

Referrer: Dani Wright, Social Prescriber, Cradley Heath Surgery, B64 5AA
dani.wright@nhs.example.net  07700 900181
"""


def _b3() -> bytes:
    return plain(
        "Dani Wright <dani.wright@nhs.example.net>",
        FRONT_DOOR,
        "Young carer referral - Archie COLLINS",
        ON3,
        _BODY3,
    )


CASES: tuple[CouncilCase, ...] = (
    CouncilCase(
        "heldout16-signpost-01",
        COUNCIL,
        URL,
        TITLE,
        "Word young carers referral: First name | Surname row pairs, the person cared for in her own grid, impact tick row, two Yes/No consent questions and three Signed | Date rows (referrer, the 15-year-old, mum); surname with an apostrophe",
        "referral.docx",
        ON1,
        _b1,
        Expected(
            "early_help_assessment",
            (
                person("Jayden O'Connor", date(2011, 1, 6), True, ON1),
                person("Claire O'Connor", date(1980, 12, 14), True, ON1),
                person("Ava O'Connor", date(2019, 4, 19), False, ON1),
            ),
            "DY1 2QP",
            "Marcus Hall",
            "marcus.hall@castlehigh.example.org",
            None,
        ),
    ),
    CouncilCase(
        "heldout16-signpost-02",
        COUNCIL,
        URL,
        TITLE,
        "flattened PDF sibling-carer referral: parents' permission ☒ No with the reason 'do not want Priya referred'; school at DY6 9XE; address and postcode in one field",
        "referral.pdf",
        ON2,
        _b2,
        Expected(
            "early_help_assessment",
            (
                person("Priya Sharma", date(2013, 3, 30), False, ON2),
                person("Arjun Sharma", date(2016, 11, 11), False, ON2),
                person("Neha Sharma", date(1985, 5, 2), False, ON2),
                person("Vikram Sharma", date(1983, 8, 27), False, ON2),
            ),
            "DY6 7AA",
            "Gail Foster",
            "gail.foster@summerhill.example.org",
            None,
            queue_reason="consent_missing",
        ),
    ),
    CouncilCase(
        "heldout16-signpost-03",
        COUNCIL,
        URL,
        TITLE,
        "plain-text email under the referral form's capitalised headings with dates written 12.11.2014; grandma living in the home; both adults' consent named in a sentence; surgery at B64 5AA",
        "message.eml",
        ON3,
        _b3,
        Expected(
            "early_help_assessment",
            (
                person("Archie Collins", date(2014, 11, 12), False, ON3),
                person("Steven Collins", date(1975, 4, 4), True, ON3),
                person("Pauline Collins", date(1950, 6, 19), True, ON3),
            ),
            "B63 4HJ",
            "Dani Wright",
            "dani.wright@nhs.example.net",
            None,
        ),
    ),
)
