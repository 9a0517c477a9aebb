"""Scottish Borders Council: the 'named person' appointed for every child (a midwife, health
visitor or headteacher) who monitors the child's welfare and raises concerns, from 31 August;
NHS Borders' health visitors for the under-fives."""

# ruff: noqa: E501  (wording follows the published page)

from datetime import date
from email.message import EmailMessage

from tests.councils.kit import (
    CB,
    Boxes,
    F,
    Heading,
    L,
    Mail,
    Para,
    Span,
    Table,
    Title,
    dmy2,
    grid,
    kv,
    person,
    render_acroform,
    render_docx,
    render_pdf,
)
from tests.councils.model import CouncilCase, Expected
from tests.councils_heldout16._mail import FRONT_DOOR, forwarded

URL = "http://www.peeblesshirenews.com/news/14442865.No_extra_cash_for_child_welfare_scheme/"
TITLE = "Peeblesshire News – No extra cash for child welfare scheme (Scottish Borders Council's named persons: midwife, health visitor or headteacher; NHS Borders health visitors for children up to five)"
COUNCIL = "Scottish Borders Council (Named Person service)"

_HEAD = [Title("NAMED PERSON – REQUEST FOR ASSISTANCE", "Wellbeing concern shared by the child's Named Person")]

ON1 = date(2026, 9, 1)


def _b1() -> bytes:
    on = dmy2(ON1)
    return render_docx(
        [
            *_HEAD,
            Table(
                [
                    [L("Named Person"), "Mrs Fiona Elliot, Head Teacher", L("Date"), on],
                    [L("Contact"), Span("Earlston Primary, TD4 6HF – fiona.elliot@borders.example.org – 01632 960388", 3)],
                ]
            ),
            Heading("Child and household"),
            grid(
                ["SURNAME, Forename", "DOB", "Relationship", "At this address"],
                [
                    ["SCOTT, Hamish", "12/05/16", "Child", "Yes"],
                    ["SCOTT, Morven", "03/03/86", "Mother", "Yes"],
                    ["SCOTT, Eilidh", "27/07/09", "Sister", "Yes"],
                    ["SCOTT, Graeme", "10/10/84", "Father", "No – Galashiels"],
                ],
            ),
            Table(
                [
                    [L("Address"), Span("27 Vicarage Street, Wordsley, Stourbridge DY8 2SE (moved from Earlston in August)", 3)],
                ]
            ),
            Heading("Wellbeing indicators of concern"),
            Table([[Boxes((CB(False, "Safe"), CB(True, "Healthy"), CB(True, "Achieving"), CB(False, "Nurtured"), CB(False, "Active"), CB(False, "Respected"), CB(False, "Responsible"), CB(True, "Included")))]]),
            Para("Hamish (10) has diabetes and the family lost touch with the diabetes nurse when they moved south. He is missing school. Mum would like help getting him registered with services in Dudley."),
            Heading("Views and agreement"),
            Para("Morven Scott and Eilidh Scott (17) agree to this information being shared with Dudley Early Help. Signed: M. Scott, E. Scott " + on),
        ]
    )


ON2 = date(2026, 10, 6)


def _dob(prefix: str, d: date) -> list[F]:
    return [F(f"{d.day:02d}", f"{prefix}_DD"), F(f"{d.month:02d}", f"{prefix}_MM"), F(str(d.year), f"{prefix}_YYYY")]


def _b2() -> bytes:
    return render_acroform(
        [
            *_HEAD,
            kv(
                ("Named Person (health visitor)", F("Kirsty Hogg, Health Visitor, NHS Borders", "NP_Name")),
                ("Named Person e-mail", F("kirsty.hogg@nhs.example.net", "NP_Email")),
                ("Date of request", F("06/10/2026", "Req_Date")),
            ),
            Heading("Child"),
            Table([[L("Forename"), F("Isla", "Child_Forename"), L("Surname"), F("Turnbull", "Child_Surname")]]),
            Table([[L("Date of birth (DD / MM / YYYY)"), *_dob("Child_DOB", date(2024, 1, 15))]]),
            Heading("Parent / carer"),
            Table([[L("Forename"), F("Rachel", "P1_Forename"), L("Surname"), F("Turnbull", "P1_Surname")]]),
            Table([[L("Date of birth (DD / MM / YYYY)"), *_dob("P1_DOB", date(1998, 8, 20))]]),
            kv(
                ("Address line 1", F("14 Beechwood Road", "Addr1")),
                ("Town", F("Dudley", "Addr_Town")),
                ("Postcode", F("DY1 4RN", "Addr_Postcode")),
            ),
            Heading("Concern"),
            kv(("Wellbeing concern", F("Isla (2) not gaining weight; single mum isolated after moving from Kelso; asks for a family support worker.", "Concern"))),
            Heading("Agreement"),
            Table([[CB(True, "Parent agrees to this request and to information being shared", "Agree_P1"), F("R Turnbull", "Sig_P1")]]),
        ],
        title="Named Person request",
    )


ON3 = date(2026, 11, 16)


def _attachment3() -> bytes:
    return render_pdf(
        [
            *_HEAD,
            kv(("Named Person", "Mr Callum Douglas, Depute Head, Hawick High School, TD9 0EG"), ("E-mail", "callum.douglas@borders.example.org"), ("Date", "16/11/2026")),
            Heading("Young person and household"),
            grid(
                ["Name", "DOB", "Relationship"],
                [["Lewis Anderson", "01/02/2010", "Young person"], ["Karen Anderson", "19/09/1978", "Mother"], ["Ross Anderson", "05/05/1976", "Father"]],
            ),
            kv(("Home address", "59 Hill Street, Netherton, Dudley DY2 9HF")),
            Para("Lewis (16) moved to Dudley with his parents and has not enrolled at college; low mood. He and both parents agreed at a meeting on 16/11/2026: Lewis Anderson, Karen Anderson, Ross Anderson (signatures on file)."),
        ],
        title="Named Person request",
    )


def _inner3() -> EmailMessage:
    msg = Mail("Callum Douglas <callum.douglas@borders.example.org>", "duty@borders.example.gov.uk", "Request for assistance - ANDERSON Lewis", ON3, hour=9).message()
    msg.set_content("Please pass to Dudley - the family have moved. Request attached.\n\nCallum Douglas\nDepute Head")
    msg.add_attachment(_attachment3(), maintype="application", subtype="pdf", filename="Anderson request.pdf")
    return msg


def _b3() -> bytes:
    return forwarded(
        _inner3(),
        "Borders Duty Team <duty@borders.example.gov.uk>",
        FRONT_DOOR,
        "FW: Request for assistance - ANDERSON Lewis",
        ON3,
        "Forwarding the Named Person's request below - the family now live in your area.\n\nDuty Team\n",
    )


CASES: tuple[CouncilCase, ...] = (
    CouncilCase(
        "heldout16-borders-01",
        COUNCIL,
        URL,
        TITLE,
        "Word Named Person request with dd/mm/yy dates and a 'SURNAME, Forename' household grid; head teacher's Earlston TD4 postcode in a merged row; SHANARRI tick row; agreement in a sentence signed by mum and the 17-year-old",
        "referral.docx",
        ON1,
        _b1,
        Expected(
            "early_help_assessment",
            (
                person("Hamish Scott", date(2016, 5, 12), False, ON1),
                person("Morven Scott", date(1986, 3, 3), True, ON1),
                person("Eilidh Scott", date(2009, 7, 27), True, ON1),
            ),
            "DY8 2SE",
            "Fiona Elliot",
            "fiona.elliot@borders.example.org",
            None,
        ),
    ),
    CouncilCase(
        "heldout16-borders-02",
        COUNCIL,
        URL,
        TITLE,
        "fillable PDF with CamelCase/underscore field names and dates of birth in three fields (Child_DOB_DD / _MM / _YYYY); forename and surname in separate fields; an agreement checkbox beside the signature",
        "referral.pdf",
        ON2,
        _b2,
        Expected(
            "early_help_assessment",
            (
                person("Isla Turnbull", date(2024, 1, 15), False, ON2),
                person("Rachel Turnbull", date(1998, 8, 20), True, ON2),
            ),
            "DY1 4RN",
            "Kirsty Hogg",
            "kirsty.hogg@nhs.example.net",
            None,
        ),
    ),
    CouncilCase(
        "heldout16-borders-03",
        COUNCIL,
        URL,
        TITLE,
        "forwarded message/rfc822 (the Borders duty team forwarding the Named Person's email) with the flattened PDF request attached: school's Hawick TD9 postcode; all three named in one agreement sentence",
        "message.eml",
        ON3,
        _b3,
        Expected(
            "early_help_assessment",
            (
                person("Lewis Anderson", date(2010, 2, 1), True, ON3),
                person("Karen Anderson", date(1978, 9, 19), True, ON3),
                person("Ross Anderson", date(1976, 5, 5), True, ON3),
            ),
            "DY2 9HF",
            "Callum Douglas",
            "callum.douglas@borders.example.org",
            None,
        ),
    ),
)
