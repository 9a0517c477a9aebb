"""Blaenau Gwent County Borough Council children's services, from the South Wales Argus report
on its Supporting Change Team (set up in January 2018 to work intensively with families whose
children are on the cusp of entering care, and to help children in foster care return home).
The page describes the team, not its forms: the team's name, the 'cusp of care' and
rehabilitation purposes come from it; the step-down and referral forms use plain labels."""

# ruff: noqa: E501  (wording follows the published page)

from datetime import date

from tests.councils.kit import (
    CB,
    DOCX_MIME,
    FT,
    Boxes,
    Heading,
    L,
    Mail,
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
from tests.councils_heldout17._mail import FRONT_DOOR, forwarded

URL = "https://www.southwalesargus.co.uk/news/17876693.support-team-children-going-careto-made-permanent/?ref=rss"
TITLE = "South Wales Argus – Support team for children on the cusp of going into care to be made permanent (Blaenau Gwent Supporting Change Team)"
COUNCIL = "Blaenau Gwent County Borough Council (Supporting Change Team)"

ON1 = date(2026, 9, 17)


def _b1() -> bytes:
    return render_docx(
        [
            Title("Blaenau Gwent Children's Services", "Step-down from Care and Support Plan – Supporting Change Team"),
            Table(
                [
                    [L("Date of step-down meeting"), FT("17/09/2026"), L("Level of need at step-down"), FT("Level 3 – targeted")],
                    [L("Reason for step-down"), Span(FT("Child returned home from foster care in July; plan goals met; family moved to Dudley and agree to ongoing family support."), 3)],
                ]
            ),
            Heading("Children"),
            grid(["Surname", "Forename", "DOB", "Gender"], [[FT("Bevan"), FT("Cerys"), FT("11/01/2016"), FT("F")], [FT("Bevan"), FT("Osian"), FT("25/05/2019"), FT("M")]]),
            Heading("Parents / carers"),
            grid(["Surname", "Forename", "DOB", "Relationship"], [[FT("Bevan"), FT("Rachel"), FT("06/12/1990"), FT("Mother")], [FT(None), FT(None), FT(None), FT(None)]]),
            kv(("Current address", FT("19 Stourbridge Road, Holly Hall, Dudley DY2 0AB")), ("Previous address", FT("Tredegar NP22 3DA")), per_row=1),
            Heading("Social worker stepping down"),
            kv(("Name", FT("Huw Rees")), ("Email", FT("huw.rees@blaenau-gwent.example.gov.uk")), per_row=2),
            Heading("Lead Practitioner following step-down"),
            kv(("Name", FT("Nadia Qureshi")), ("Email", FT("nadia.qureshi@dudley-eh.example.org")), per_row=2),
            Heading("Family agreement"),
            grid(["Name", "Signature", "Date"], [[FT("Rachel Bevan"), FT("R Bevan"), FT("17/09/2026")]]),
        ]
    )


ON2 = date(2026, 10, 22)


def _b2() -> bytes:
    return render_pdf(
        [
            Title("Supporting Change Team – Referral"),
            kv(("Date", "22/10/2026"), ("Referrer", "Tom Jenkins, Youth Worker"), ("Email", "tom.jenkins@youthservice.example.org")),
            Heading("Type of referral"),
            Table([[Boxes((CB(False, "Family support (consent given)"), CB(True, "Child at risk – report to Children's Services")))]]),
            Heading("Young person"),
            kv(("Name", "Liam Doyle"), ("DOB", "30/03/2010"), ("Address", "41 High Street, Quarry Bank, Brierley Hill DY5 2HT"), per_row=1),
            Heading("Household"),
            grid(["Name", "Relationship", "DOB"], [["Karen Doyle", "Mother", "17/10/1977"], ["Shaun Doyle", "Brother", "08/02/2005"]]),
            Heading("Consent"),
            grid(["Name", "Signature", "Date"], [["Karen Doyle", "K Doyle", "22/10/2026"], ["Liam Doyle", "L Doyle", "22/10/2026"], ["Shaun Doyle", "S Doyle", "22/10/2026"]]),
        ],
        title="Supporting Change Team referral",
    )


ON3 = date(2026, 11, 19)


def _doc3() -> bytes:
    return render_docx(
        [
            Title("Supporting Change Team – Request for family support"),
            kv(("Date", FT("19/11/2026")), ("Worker", FT("Bethan Lewis, Family Support Worker")), ("Email", FT("bethan.lewis@blaenau-gwent.example.gov.uk")), per_row=1),
            Heading("Family"),
            grid(["Name", "DOB", "Relationship"], [[FT("Kacper Nowak"), FT("14/02/2017"), FT("Child")], [FT("Agnieszka Nowak"), FT("09/07/1989"), FT("Mother")], [FT("Tomasz Nowak"), FT("21/11/1986"), FT("Father")]]),
            kv(("Home address", FT("3 Halesowen Road, Old Hill")), ("Postcode", FT("B62 8AA")), per_row=2),
            Heading("Consent"),
            Para("We agree to this request for support and to information being shared with Dudley Early Help."),
            grid(["Name", "Signature", "Date"], [[FT("Agnieszka Nowak"), FT("A. Nowak"), FT("19/11/2026")], [FT("Tomasz Nowak"), FT("T. Nowak"), FT("19/11/2026")]]),
        ]
    )


def _b3() -> bytes:
    inner = Mail("Bethan Lewis <bethan.lewis@blaenau-gwent.example.gov.uk>", "duty.team@blaenau-gwent.example.gov.uk", "Request for support - Nowak family", ON3, hour=9).message()
    inner.set_content("Request attached – the family have moved to Old Hill.\n\nBethan")
    inner.add_attachment(_doc3(), maintype=DOCX_MIME[0], subtype=DOCX_MIME[1], filename="SCT_request_Nowak.docx")
    return forwarded(inner, "Duty Team <duty.team@blaenau-gwent.example.gov.uk>", FRONT_DOOR, "Fw: Request for support - Nowak family", ON3, "Forwarding as the family now live in Dudley. Please see the original message below.")


CASES: tuple[CouncilCase, ...] = (
    CouncilCase(
        "heldout17-blaenau-gwent-01",
        COUNCIL,
        URL,
        TITLE,
        "Word step-down in legacy FORMTEXT fields: 'Level 3 – targeted' beside the date, Surname/Forename columns, an empty parent row of en-spaces, Lead Practitioner following step-down named apart from the social worker; previous address NP22 3DA",
        "referral.docx",
        ON1,
        _b1,
        Expected(
            "step_down",
            (person("Cerys Bevan", date(2016, 1, 11), False, ON1), person("Osian Bevan", date(2019, 5, 25), False, ON1), person("Rachel Bevan", date(1990, 12, 6), True, ON1)),
            "DY2 0AB",
            "Nadia Qureshi",
            "nadia.qureshi@dudley-eh.example.org",
            3,
        ),
    ),
    CouncilCase(
        "heldout17-blaenau-gwent-02",
        COUNCIL,
        URL,
        TITLE,
        "flattened PDF referral whose type row ticks ☒ 'Child at risk – report to Children's Services' rather than family support; everyone signs",
        "referral.pdf",
        ON2,
        _b2,
        Expected(
            "early_help_assessment",
            (person("Liam Doyle", date(2010, 3, 30), True, ON2), person("Karen Doyle", date(1977, 10, 17), True, ON2), person("Shaun Doyle", date(2005, 2, 8), True, ON2)),
            "DY5 2HT",
            "Tom Jenkins",
            "tom.jenkins@youthservice.example.org",
            None,
            safeguarding=True,
            queue_reason="safeguarding_concern",
        ),
    ),
    CouncilCase(
        "heldout17-blaenau-gwent-03",
        COUNCIL,
        URL,
        TITLE,
        "forwarded e-mail: the duty team's note carries the worker's original message as message/rfc822 with the Word request (FORMTEXT fields) attached",
        "message.eml",
        ON3,
        _b3,
        Expected(
            "early_help_assessment",
            (person("Kacper Nowak", date(2017, 2, 14), False, ON3), person("Agnieszka Nowak", date(1989, 7, 9), True, ON3), person("Tomasz Nowak", date(1986, 11, 21), True, ON3)),
            "B62 8AA",
            "Bethan Lewis",
            "bethan.lewis@blaenau-gwent.example.gov.uk",
            None,
        ),
    ),
)
