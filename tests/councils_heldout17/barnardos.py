"""Barnardo's Young Carers Service, from the charity's service page: support for young people
aged 7-18 with a substantial caring role that affects their educational, emotional, physical
and/or social development (befriending and mentoring, holiday activities, topic groups, peer
support, homework club; family intervention with an allocated Project Worker); referrals from
families, schools, GPs, social services and other organisations. The page describes the service;
the referral forms use its words and plain labels."""

# ruff: noqa: E501  (wording follows the published page)

from datetime import date

from tests.councils.kit import (
    CB,
    SDT,
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
    render_acroform,
    render_docx,
    render_html,
)
from tests.councils.model import CouncilCase, Expected
from tests.councils_heldout17._bits import yn
from tests.councils_heldout17._mail import FRONT_DOOR, html_only

URL = "https://www.barnardos.org.uk/what-we-do/services/young-carers-service"
TITLE = "Barnardo's – Young Carers Service (young people aged 7-18 with a substantial caring role)"
COUNCIL = "Barnardo's Young Carers Service"

_IMPACT = ("Educational", "Emotional", "Physical", "Social")


def _impact(*on: str) -> Boxes:
    return Boxes(tuple(CB(i in on, i) for i in _IMPACT))


ON1 = date(2026, 9, 30)


def _b1() -> bytes:
    return render_docx(
        [
            Title("Barnardo's Young Carers Service", "Referral form"),
            Table([[L("Date of referral"), SDT("30/09/2026", kind="date", iso="2026-09-30")], [L("How does caring affect the young person's development?"), Span(_impact("Educational", "Emotional"), 1)]]),
            Heading("Young carer"),
            kv(("Name", SDT("Lily-Mae Foster")), ("Date of birth", SDT("30/09/2012", kind="date", iso="2012-09-30")), ("Address", SDT("14 Hill Street, Brierley Hill")), ("Postcode", SDT("DY5 3BB")), per_row=2),
            Heading("Who does the young person care for?"),
            grid(["Name", "Relationship", "Date of birth", "Condition"], [["Sharon Foster", "Mother", "18/02/1983", "Multiple sclerosis"], ["Alfie Foster", "Brother", "07/11/2016", "Autism"]]),
            Heading("Referrer"),
            kv(("Name", SDT("Harpreet Sandhu")), ("Organisation", SDT("The Crestwood School")), ("Email", SDT("h.sandhu@crestwood-school.example.org")), ("Phone", SDT(None)), per_row=2),
            Heading("Consent"),
            Para("The parent/carer and the young carer must both agree to this referral."),
            kv(("Parent / carer signature", SDT("Sharon Foster")), ("Date", SDT("30/09/2026", kind="date", iso="2026-09-30")), ("Young carer signature", SDT(None)), ("Date", SDT(None, kind="date")), per_row=2),
        ]
    )


ON2 = date(2026, 10, 26)


def _b2() -> bytes:
    return render_acroform(
        [
            Title("Barnardo's Young Carers Service – Referral"),
            kv(("Date of referral", "26/10/2026"), ("Support wanted", "Befriending and mentoring; homework club")),
            Heading("Young carer"),
            kv(("First name", "Jack"), ("Surname", "Whitehouse"), ("Date of birth", "26/10/2012"), ("Age", "14"), ("Address", "5 Bridle Road, Wollaston, Stourbridge"), ("Postcode", "DY8 4HB"), per_row=2),
            Heading("Family at home"),
            grid(["Name", "Relationship", "Date of birth"], [["Nicola Whitehouse", "Mother (cared for)", "01/03/1979"], ["Sam Whitehouse", "Sister", "22/08/2009"]]),
            Heading("Has the family agreed to this referral?"),
            Table([[L("Parent / carer agreed"), yn(True)], [L("Young carer agreed"), yn(True)]]),
            grid(["Name", "Signature", "Date"], [["Nicola Whitehouse", "N Whitehouse", "26/10/2026"], ["Sam Whitehouse", "S Whitehouse", "26/10/2026"], ["Jack Whitehouse", "J Whitehouse", "26/10/2026"]]),
            Heading("Referrer"),
            kv(("Name", "Leon Baptiste"), ("Role", "Project Worker, Barnardo's"), ("Email", "leon.baptiste@barnardos.example.org"), per_row=1),
        ],
        title="Young carers referral",
    )


ON3 = date(2026, 11, 23)


def _b3() -> bytes:
    html = render_html(
        [
            Title("Young Carers Service – referral"),
            kv(("Date", "23/11/2026"), ("Referred by", "Priya Mistry, social prescriber"), ("Email", "priya.mistry@nhs.example.net")),
            Heading("Young carer"),
            kv(("Name", "Tia Roberts"), ("Date of birth", "10/06/2015"), ("Home", "80 Cradley Road, Netherton, DY2 9HF")),
            Heading("Family"),
            grid(["Name", "Relationship", "DOB", "Lives with young carer?"], [["Michelle Roberts", "Mother", "12/12/1984", "Yes"], ["Keith Roberts", "Grandfather (cared for)", "02/05/1950", "Yes"], ["Dean Roberts", "Father", "19/01/1982", "No – Tipton"]]),
            Heading("Consent"),
            Para("Michelle Roberts and Keith Roberts have agreed to the referral and signed the paper copy, held at the surgery."),
        ]
    )
    return html_only("Priya Mistry <priya.mistry@nhs.example.net>", FRONT_DOOR, "Young carer referral: Tia Roberts", ON3, "This message contains HTML content.", html)


CASES: tuple[CouncilCase, ...] = (
    CouncilCase(
        "heldout17-barnardos-01",
        COUNCIL,
        URL,
        TITLE,
        "Word young carers referral in content controls: the young carer is exactly 14 on the day and her signature is a 'Click here to enter text.' placeholder beside an empty date picker",
        "referral.docx",
        ON1,
        _b1,
        Expected(
            "early_help_assessment",
            (person("Lily-Mae Foster", date(2012, 9, 30), False, ON1), person("Sharon Foster", date(1983, 2, 18), True, ON1), person("Alfie Foster", date(2016, 11, 7), False, ON1)),
            "DY5 3BB",
            "Harpreet Sandhu",
            "h.sandhu@crestwood-school.example.org",
            None,
            queue_reason="consent_missing",
        ),
    ),
    CouncilCase(
        "heldout17-barnardos-02",
        COUNCIL,
        URL,
        TITLE,
        "fillable PDF young carers referral with Yes/No agreement checkboxes; a boy exactly 14 on the day signs with his mother and 17-year-old sister",
        "referral.pdf",
        ON2,
        _b2,
        Expected(
            "early_help_assessment",
            (person("Jack Whitehouse", date(2012, 10, 26), True, ON2), person("Nicola Whitehouse", date(1979, 3, 1), True, ON2), person("Sam Whitehouse", date(2009, 8, 22), True, ON2)),
            "DY8 4HB",
            "Leon Baptiste",
            "leon.baptiste@barnardos.example.org",
            None,
        ),
    ),
    CouncilCase(
        "heldout17-barnardos-03",
        COUNCIL,
        URL,
        TITLE,
        "HTML-only e-mail (stub text part): 'Lives with young carer?' column puts the father in Tipton outside the home; consent 'signed the paper copy, held at the surgery'",
        "message.eml",
        ON3,
        _b3,
        Expected(
            "early_help_assessment",
            (person("Tia Roberts", date(2015, 6, 10), False, ON3), person("Michelle Roberts", date(1984, 12, 12), True, ON3), person("Keith Roberts", date(1950, 5, 2), True, ON3)),
            "DY2 9HF",
            "Priya Mistry",
            "priya.mistry@nhs.example.net",
            None,
        ),
    ),
)
