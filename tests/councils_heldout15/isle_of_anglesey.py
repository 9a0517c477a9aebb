"""Isle of Anglesey County Council children's services as Care Inspectorate Wales' inspection
describes them (information, advice and assistance services; prevention arrangements; referral
information received from partners; thresholds between partners and children's services; help,
care and support and/or protection). The forms laid out here are generic."""

# ruff: noqa: E501  (wording follows the published page)

from datetime import date

from tests.councils.kit import (
    CB,
    FCB,
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
from tests.councils_heldout15._mail import FRONT_DOOR, forwarded

URL = "http://careinspectorate.wales/news/170307-anglesey-report/?lang=en"
TITLE = "Care Inspectorate Wales – Action plan needed following Anglesey children's services inspection (information, advice and assistance; prevention arrangements; referral information from partners; thresholds; help, care and support and/or protection)"
COUNCIL = "Isle of Anglesey County Council (Children's Services)"

_PATH = ("Information, advice and assistance", "Early help / prevention", "Care and support assessment", "Protection")


def _pathway(which: str) -> Boxes:
    return Boxes(tuple(CB(p == which, p) for p in _PATH))


ON1 = date(2026, 9, 29)


def _b1() -> bytes:
    return render_docx(
        [
            Title("Children's Services – Internal Request for Early Help", "For use by council social workers and IAA officers only"),
            Table(
                [
                    [L("Requesting team"), "Information, Advice and Assistance (IAA) Team", L("Date"), "29/09/2026"],
                    [L("Pathway"), Span(_pathway("Early help / prevention"), 3)],
                    [L("Threshold decision"), Span("Does not meet threshold for care and support assessment – early help offered", 3)],
                ]
            ),
            Heading("Family"),
            grid(
                ["Name", "DOB", "Relationship", "Address"],
                [
                    ["Megan Parry", "04/04/1994", "Mother", "23 Milking Bank, Dudley DY3 1AB"],
                    ["Cai Parry", "13/02/2016", "Son", "same"],
                    ["Nia Parry", "21/10/2018", "Daughter", "same"],
                ],
            ),
            Heading("Social worker making the request"),
            kv(("Name", FT("Iwan Roberts")), ("Email", FT("iwan.roberts@anglesey.example.gov.uk")), ("Phone", FT("01632 960188")), ("Manager", FT(None)), per_row=2),
            Heading("Reason"),
            Para("Police notification of a verbal argument between mum and a neighbour; no ongoing risk. Mum asked for help with Cai's behaviour and budgeting."),
            Heading("Consent"),
            Table([[FCB(True, "Parent has consented to early help and information sharing"), "Megan Parry, by phone, 29/09/2026"]]),
        ]
    )


ON2 = date(2026, 10, 27)


def _b2() -> bytes:
    return render_pdf(
        [
            Title("Children's Services – Referral from a Partner Agency"),
            Table([[L("Pathway requested"), _pathway("Protection")]]),
            Table(
                [
                    [L("Is this a child protection referral?"), Boxes((CB(True, "Yes"), CB(False, "No")))],
                    [L("Is the child at risk of significant harm?"), Boxes((CB(True, "Yes"), CB(False, "No")))],
                ]
            ),
            Heading("Child / family"),
            grid(["Name", "DOB", "Relationship"], [["Ella Hughes-Jones", "07/03/2014", "Child"], ["Sian Hughes-Jones", "22/08/1985", "Mother"]]),
            kv(("Address", "71 Dudley Road, Halesowen B63 4HJ"), per_row=1),
            Heading("Referrer"),
            kv(("Name", "PC Rhys Williams"), ("Agency", "Police, Halesowen station B63 3HN"), ("Email", "rhys.williams@police.example.org"), ("Date", "27/10/2026"), per_row=2),
            Heading("Consent"),
            Para("Mum has been told of this referral and agrees: Sian Hughes-Jones. Ella (12) has been told."),
        ],
        title="Partner referral",
    )


ON3 = date(2026, 11, 25)


def _docx3() -> bytes:
    return render_docx(
        [
            Title("Children's Services – Referral from a Partner Agency"),
            Table([[L("Pathway requested"), _pathway("Early help / prevention")]]),
            Heading("Family members at the address"),
            grid(
                ["SURNAME, Forename", "Date of birth", "Relationship"],
                [["ROWLANDS, Gwenllian", "02 December 1979", "Mother"], ["ROWLANDS, Dafydd", "2 December 2012", "Son"], ["ROWLANDS, Tomos", "19 June 2010", "Son"]],
            ),
            kv(("Address", "8 Ashwood Avenue, Brierley Hill"), ("Postcode", "DY5 1AA"), per_row=1),
            Heading("Referrer"),
            kv(("Name", "Angharad Lewis"), ("Agency", "Youth Service"), ("Email", "angharad.lewis@youth.example.org"), ("Date", "25/11/2026"), per_row=2),
            Heading("Consent"),
            grid(["Name", "Signature", "Date"], [["Gwenllian Rowlands", "G. Rowlands", "25/11/2026"], ["Tomos Rowlands", "T Rowlands", "25/11/2026"], ["Dafydd Rowlands", "D. Rowlands", "25/11/2026"]]),
        ]
    )


def _b3() -> bytes:
    inner = Mail("Angharad Lewis <angharad.lewis@youth.example.org>", "Eleri Owen <eleri.owen@youth.example.org>", "Referral ROWLANDS", ON3, hour=9).message()
    inner.set_content("Eleri, referral attached for the Rowlands family - can you send it on to Dudley? Angharad")
    inner.add_attachment(_docx3(), maintype="application", subtype="vnd.openxmlformats-officedocument.wordprocessingml.document", filename="Referral ROWLANDS.docx")
    return forwarded(
        inner,
        "Eleri Owen <eleri.owen@youth.example.org>",
        FRONT_DOOR,
        "FW: Referral ROWLANDS",
        ON3,
        "Forwarding as requested - the family moved to Brierley Hill last month.\n\nEleri Owen\nYouth Service admin",
    )


CASES: tuple[CouncilCase, ...] = (
    CouncilCase(
        "heldout15-isle-of-anglesey-01",
        COUNCIL,
        URL,
        TITLE,
        "Word internal request from the council's IAA team with merged pathway and threshold rows, address repeated in each household row, legacy text fields (one empty) for the social worker, consent as a legacy checkbox with the parent named",
        "referral.docx",
        ON1,
        _b1,
        Expected(
            "internal_request",
            (
                person("Megan Parry", date(1994, 4, 4), True, ON1),
                person("Cai Parry", date(2016, 2, 13), False, ON1),
                person("Nia Parry", date(2018, 10, 21), False, ON1),
            ),
            "DY3 1AB",
            "Iwan Roberts",
            "iwan.roberts@anglesey.example.gov.uk",
            None,
        ),
    ),
    CouncilCase(
        "heldout15-isle-of-anglesey-02",
        COUNCIL,
        URL,
        TITLE,
        "flattened PDF partner referral: pathway ☒ Protection, 'Is this a child protection referral?' and 'at risk of significant harm' ☒ Yes; police station B63 3HN",
        "referral.pdf",
        ON2,
        _b2,
        Expected(
            "early_help_assessment",
            (
                person("Ella Hughes-Jones", date(2014, 3, 7), False, ON2),
                person("Sian Hughes-Jones", date(1985, 8, 22), True, ON2),
            ),
            "B63 4HJ",
            "Rhys Williams",
            "rhys.williams@police.example.org",
            None,
            safeguarding=True,
            queue_reason="safeguarding_concern",
        ),
    ),
    CouncilCase(
        "heldout15-isle-of-anglesey-03",
        COUNCIL,
        URL,
        TITLE,
        "forwarded message/rfc822 carrying a Word partner referral: 'SURNAME, Forename' grid with long-form dates ('2 December 2012'), mother and son sharing a birthday; all three sign",
        "message.eml",
        ON3,
        _b3,
        Expected(
            "early_help_assessment",
            (
                person("Gwenllian Rowlands", date(1979, 12, 2), True, ON3),
                person("Dafydd Rowlands", date(2012, 12, 2), True, ON3),
                person("Tomos Rowlands", date(2010, 6, 19), True, ON3),
            ),
            "DY5 1AA",
            "Angharad Lewis",
            "angharad.lewis@youth.example.org",
            None,
        ),
    ),
)
