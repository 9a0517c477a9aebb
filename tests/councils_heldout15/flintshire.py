"""Flintshire County Council children's services, from the council's news of its Children and
Young People's Advocacy Service (independent professional advocacy for looked after children and
children in need; a regional service across the six North Wales counties). The request forms laid
out here are generic, with an advocacy question as the page suggests."""

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
    render_docx,
    render_html,
)
from tests.councils.model import CouncilCase, Expected
from tests.councils_heldout15._mail import FRONT_DOOR, html_only

URL = "https://www.siryfflint.gov.uk/en/Resident/Council-Apps/NewsPortlet.aspx?id=112"
TITLE = "Flintshire County Council – Children and Young People's Advocacy Service (independent professional advocacy for looked after children and children in need; regional collaboration across the six North Wales counties)"
COUNCIL = "Flintshire County Council (Children's Services)"


def _level(n: int | None) -> Boxes:
    return Boxes(tuple(CB(n == i, f"Level {i}") for i in (1, 2, 3, 4)))


ON1 = date(2026, 9, 25)


def _b1() -> bytes:
    return render_docx(
        [
            Title("Children's Services – Request for Early Help / Cais am Gymorth Cynnar"),
            Table(
                [
                    [L("Level of need (tick one)"), Span(_level(2), 3)],
                    [L("Would the child like an independent advocate?"), Boxes((CB(False, "Yes"), CB(True, "No"), CB(False, "Not discussed"))), L("Date"), "25/09/2026"],
                ]
            ),
            Heading("Child"),
            kv(("Name", SDT("Leo Bradley")), ("Date of birth", SDT("16/03/2017", kind="date", iso="2017-03-16")), ("Home address", SDT("11 Mill Street, Wordsley, Stourbridge")), ("Postcode", SDT("DY8 2SE")), per_row=2),
            Heading("Parents / carers and others in the household"),
            grid(
                ["Name", "Relationship", "Date of birth"],
                [["Amy Bradley", "Mother", "02/06/1992"], ["Jordan Wilkes", "Mum's partner", "21/12/1990"], [SDT(None), SDT(None), SDT(None)]],
            ),
            Heading("Referrer"),
            kv(("Name", SDT("Tom Ellis")), ("Role", SDT("SENCo, Wordsley Primary, DY8 5DJ")), ("Email", SDT("tom.ellis@wordsley.example.org")), ("Phone", SDT(None)), per_row=2),
            Heading("Consent / Caniatâd"),
            grid(["Name", "Signature", "Date"], [["Amy Bradley", "A Bradley", "25/09/2026"], ["Jordan Wilkes", "J. Wilkes", "25/09/2026"]]),
        ]
    )


ON2 = date(2026, 10, 30)


def _b2() -> bytes:
    return render_docx(
        [
            Title("Children's Services – Request for Early Help / Cais am Gymorth Cynnar"),
            Table(
                [
                    [L("Level of need (tick one)"), Span(_level(None), 3)],
                    [L("Would the child like an independent advocate?"), Boxes((CB(False, "Yes"), CB(False, "No"), CB(True, "Not discussed"))), L("Date"), "30/10/2026"],
                ]
            ),
            Heading("Child"),
            kv(("Name", SDT("Harper Doyle")), ("Date of birth", SDT("07/07/2018", kind="date", iso="2018-07-07")), ("Home address", SDT("58 Cradley Road, Netherton, Dudley")), ("Postcode", SDT("DY2 9HF")), per_row=2),
            Heading("Parents / carers and others in the household"),
            grid(["Name", "Relationship", "Date of birth"], [["Stacey Doyle", "Mother", "19/02/1989"], ["Marcus Hill", "Mum's partner (moved in May)", "03/08/1987"]]),
            Heading("Referrer"),
            kv(("Name", SDT("Lisa Kaur")), ("Role", SDT("Family Support Worker, Netherton Children's Centre")), ("Email", SDT("lisa.kaur@childrenscentre.example.org")), ("Phone", SDT("07700 900733")), per_row=2),
            Heading("Consent / Caniatâd"),
            grid(["Name", "Signature", "Date"], [["Stacey Doyle", "S Doyle", "30/10/2026"], ["Marcus Hill", SDT(None), SDT(None, kind="date")]]),
        ]
    )


ON3 = date(2026, 11, 27)


def _b3() -> bytes:
    html = render_html(
        [
            Title("Request for Early Help (Flintshire format)"),
            kv(("Date", "27/11/2026"), ("Would the child like an independent advocate?", "Yes – Ava asked for someone to help her say what she wants")),
            Heading("Who lives at home"),
            grid(["Name", "Relationship", "Date of birth"], [["Ava Sullivan", "Young person", "09/04/2012"], ["Dawn Sullivan", "Grandmother (kinship carer)", "28/10/1962"]]),
            kv(("Home address", "3 Blackberry Lane, Dudley DY2 0AB")),
            Heading("Mother (does not live at home)"),
            Para("Kelly Sullivan, Flint CH6 5BD – letterbox contact."),
            Heading("Referrer"),
            kv(("Name", "Gareth Pugh"), ("Role", "Independent Reviewing Officer (transferring)"), ("Email", "gareth.pugh@flintshire.example.gov.uk")),
            Heading("Consent"),
            Para("Dawn Sullivan consents to this request and to information being shared. Ava Sullivan (14) has also agreed and signed with her nan on 27/11/2026."),
        ]
    )
    return html_only(
        "Gareth Pugh <gareth.pugh@flintshire.example.gov.uk>",
        FRONT_DOOR,
        "Request for early help - Ava SULLIVAN",
        ON3,
        "Please view this message in HTML.",
        html,
    )


CASES: tuple[CouncilCase, ...] = (
    CouncilCase(
        "heldout15-flintshire-01",
        COUNCIL,
        URL,
        TITLE,
        "bilingual Word request in content controls with ☒ Level 2 merged across the first row and an advocacy Yes / No / Not discussed row; empty household row of 'Click here to enter text.' placeholders; school DY8 5DJ",
        "referral.docx",
        ON1,
        _b1,
        Expected(
            "early_help_assessment",
            (
                person("Leo Bradley", date(2017, 3, 16), False, ON1),
                person("Amy Bradley", date(1992, 6, 2), True, ON1),
                person("Jordan Wilkes", date(1990, 12, 21), True, ON1),
            ),
            "DY8 2SE",
            "Tom Ellis",
            "tom.ellis@wordsley.example.org",
            2,
        ),
    ),
    CouncilCase(
        "heldout15-flintshire-02",
        COUNCIL,
        URL,
        TITLE,
        "Word request in content controls, no level ticked: mum's partner living at home has a signature placeholder ('Click here to enter text.') and an empty date picker",
        "referral.docx",
        ON2,
        _b2,
        Expected(
            "early_help_assessment",
            (
                person("Harper Doyle", date(2018, 7, 7), False, ON2),
                person("Stacey Doyle", date(1989, 2, 19), True, ON2),
                person("Marcus Hill", date(1987, 8, 3), False, ON2),
            ),
            "DY2 9HF",
            "Lisa Kaur",
            "lisa.kaur@childrenscentre.example.org",
            None,
            queue_reason="consent_missing",
        ),
    ),
    CouncilCase(
        "heldout15-flintshire-03",
        COUNCIL,
        URL,
        TITLE,
        "HTML-only email (text part a stub): grandmother as kinship carer and a 14-year-old who agrees in a consent sentence; mother outside the home in Flint CH6 5BD",
        "message.eml",
        ON3,
        _b3,
        Expected(
            "early_help_assessment",
            (
                person("Ava Sullivan", date(2012, 4, 9), True, ON3),
                person("Dawn Sullivan", date(1962, 10, 28), True, ON3),
            ),
            "DY2 0AB",
            "Gareth Pugh",
            "gareth.pugh@flintshire.example.gov.uk",
            None,
        ),
    ),
)
