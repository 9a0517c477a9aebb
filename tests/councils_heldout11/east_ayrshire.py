"""East Ayrshire Council: the Request for Assistance Team at the front door of social work (a
first point of contact; requests for assistance only after explicit discussion with the child,
young person and family and their agreement/consent, except where there are child protection
concerns; the GIRFEC pathway)."""

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
    render_acroform,
    render_docx,
    render_pdf,
)
from tests.councils.model import CouncilCase, Expected

URL = "https://www.east-ayrshire.gov.uk/CouncilAndGovernment/About-the-Council/EqualityDiversityAndCitizenship/EqualityAndDiversity-AssessmentAndConsultation/eia.aspx?id=2380"
TITLE = "East Ayrshire Council – Equality Impact Assessment summary: Request for Assistance Team (RFA) at the front door of social work; first point of contact with children's social work; all requests for assistance can only be made following explicit discussion with the child, young person and their family and agreement/consent to proceed, with exceptions where there are child protection concerns; GIRFEC pathway; HEART cluster model test of change"
COUNCIL = "East Ayrshire Council (Request for Assistance Team)"

CONSENT_Q = "Has there been explicit discussion with the child, young person and their family, and is there agreement/consent to proceed with the request for assistance?"


def _yn(yes: bool) -> Boxes:
    return Boxes((CB(yes, "Yes"), CB(not yes, "No")))


ON1 = date(2026, 6, 10)


def _b1() -> bytes:
    return render_docx(
        [
            Title("Request for Assistance", "Children and families – first point of contact"),
            Table(
                [
                    [L(CONSENT_Q), _yn(True)],
                    [
                        L(
                            "If no: is this a child protection concern where seeking consent would place the child at further risk?"
                        ),
                        _yn(False),
                    ],
                ]
            ),
            Heading("Person making the request"),
            kv(
                ("Name", "Amanda Crowe"),
                ("Designation", "Health Visitor"),
                ("Base", "Brierley Hill Health and Social Care Centre, Venture Way DY5 1RU"),
                ("Email", "amanda.crowe@bchft.example.nhs.uk"),
                ("Telephone", "01632 960240"),
                ("Date", "10/06/2026"),
                per_row=2,
            ),
            Heading("Child(ren)"),
            grid(
                ["Family name", "Given name(s)", "Date of birth", "Gender"],
                [
                    ["MCKENZIE", "Orla", "19/02/2021", "F"],
                    ["MCKENZIE", "Callan James", "04/01/2024", "M"],
                ],
            ),
            kv(
                ("Home address", "71 Bank Street, Brierley Hill"),
                ("Postcode", "DY5 2HT"),
                per_row=2,
            ),
            Heading("Parents / carers"),
            grid(
                ["Family name", "Given name(s)", "Date of birth", "Relationship"],
                [
                    ["MCKENZIE", "Laura", "25/12/1995", "Mother"],
                    ["DOYLE", "Sean", "13/03/1994", "Father"],
                ],
            ),
            Heading("What assistance is being requested and why"),
            Para(
                "Callan James has global developmental delay and Orla's nursery place has broken down. Both parents are struggling with sleep and money since Sean's hours were cut. Requesting family support and help with a nursery place."
            ),
            Heading("Agreement"),
            grid(
                ["Name", "Signature", "Date"],
                [
                    ["Laura McKenzie", "L McKenzie", "10/06/2026"],
                    ["Sean Doyle", "S Doyle", "10/06/2026"],
                ],
            ),
        ]
    )


ON2 = date(2026, 9, 8)


def _b2() -> bytes:
    return render_pdf(
        [
            Title("Request for Assistance", "Children and families – first point of contact"),
            Table(
                [
                    [L(CONSENT_Q), _yn(False)],
                    [
                        L(
                            "If no: is this a child protection concern where seeking consent would place the child at further risk?"
                        ),
                        _yn(True),
                    ],
                ]
            ),
            Heading("Person making the request"),
            kv(
                ("Name", "Jonathan Pryce"),
                ("Designation", "Designated Safeguarding Lead"),
                ("Establishment", "Halesowen C of E Primary"),
                ("Address", "Bundle Hill, Halesowen B63 2UP"),
                ("Email", "j.pryce@halesowencofe.example.sch.uk"),
                ("Date", "08/09/2026"),
                per_row=2,
            ),
            Heading("Child"),
            kv(
                ("Name", "Grace Whitmore"),
                ("Date of birth", "27/05/2018"),
                ("Address", "5 Hagley Road, Halesowen B63 3BL"),
                per_row=2,
            ),
            Heading("Household"),
            grid(
                ["Name", "Relationship", "DOB"],
                [
                    ["Carly Whitmore", "Mother", "02/08/1992"],
                    ["Mark Whitmore", "Stepfather", "17/04/1985"],
                    ["Grace Whitmore", "Child", "27/05/2018"],
                ],
            ),
            Heading("Concern"),
            Para(
                "Grace told her teacher this morning that her stepdad 'puts his hand over my mouth so I can't scream' and showed marks on her wrists. Child protection concern; parents have not been told, on advice from the duty social worker."
            ),
        ],
        "Request for Assistance",
    )


ON3 = date(2026, 4, 14)


def _b3() -> bytes:
    return render_acroform(
        [
            Title(
                "Internal Request – Request for Assistance Team to Family Support",
                "Children's social work (internal)",
            ),
            Table(
                [
                    [
                        L("Outcome of request for assistance"),
                        Span(
                            Boxes(
                                (
                                    CB(
                                        True, "No ongoing social work role – family support offered"
                                    ),
                                    CB(False, "Allocate for social work assessment"),
                                )
                            ),
                            3,
                        ),
                    ],
                    [
                        L("Social worker"),
                        "Niamh Gallagher",
                        L("Team"),
                        "Request for Assistance Team",
                    ],
                    [
                        L("Email"),
                        "niamh.gallagher@csc-dudley.example.gov.uk",
                        L("Date"),
                        "14/04/2026",
                    ],
                ]
            ),
            Heading("Family"),
            grid(
                ["Surname", "Forename", "DOB", "Relationship", "Record no."],
                [
                    ["KHAN", "Bilal", "03/03/1983", "Father", "RFA 40211"],
                    ["KHAN", "Sadia", "21/09/1987", "Mother", "RFA 40212"],
                    ["KHAN", "Hamza", "15/06/2012", "Son", "RFA 40213"],
                    ["KHAN", "Maryam", "09/09/2015", "Daughter", "RFA 40214"],
                ],
            ),
            kv(
                ("Address", "40 Dudley Road, Netherton, Dudley"), ("Postcode", "DY2 0AB"), per_row=2
            ),
            Heading("Why family support"),
            Para(
                "Police notification after Hamza (13) went missing overnight on 06/04/2026. Screened by the RFA team: no child protection concerns; parents want help with boundaries and Hamza's online friendships."
            ),
            Heading("Family agreement"),
            Table(
                [
                    [L("Agreement/consent to proceed"), _yn(True)],
                    [L("Recorded"), "Bilal and Sadia Khan agreed by phone, 13/04/2026"],
                ]
            ),
        ],
        "RFA internal request",
    )


CASES: tuple[CouncilCase, ...] = (
    CouncilCase(
        "heldout11-east-ayrshire-rfa-01",
        COUNCIL,
        URL,
        TITLE,
        "Word Request for Assistance: the page's consent question ('explicit discussion … agreement/consent to proceed') first, with the child protection exception below it; 'Family name | Given name(s)' grids with the father under another surname; the health centre's DY5 1RU (not in the table)",
        "referral.docx",
        ON1,
        _b1,
        Expected(
            "early_help_assessment",
            (
                person("Orla McKenzie", date(2021, 2, 19), False, ON1),
                person("Callan James McKenzie", date(2024, 1, 4), False, ON1),
                person("Laura McKenzie", date(1995, 12, 25), True, ON1),
                person("Sean Doyle", date(1994, 3, 13), True, ON1),
            ),
            "DY5 2HT",
            "Amanda Crowe",
            "amanda.crowe@bchft.example.nhs.uk",
            None,
        ),
    ),
    CouncilCase(
        "heldout11-east-ayrshire-rfa-02",
        COUNCIL,
        URL,
        TITLE,
        "flattened PDF Request for Assistance: consent 'No' and the child protection exception 'Yes'; the school's Halesowen B63 2UP before the child's address, which ends with B63 3BL",
        "referral.pdf",
        ON2,
        _b2,
        Expected(
            "early_help_assessment",
            (
                person("Carly Whitmore", date(1992, 8, 2), False, ON2),
                person("Mark Whitmore", date(1985, 4, 17), False, ON2),
                person("Grace Whitmore", date(2018, 5, 27), False, ON2),
            ),
            "B63 3BL",
            "Jonathan Pryce",
            "j.pryce@halesowencofe.example.sch.uk",
            None,
            safeguarding=True,
            queue_reason="safeguarding_concern",
        ),
    ),
    CouncilCase(
        "heldout11-east-ayrshire-rfa-03",
        COUNCIL,
        URL,
        TITLE,
        "fillable PDF internal request from the Request for Assistance Team's social worker to family support: outcome boxes merged across the grid; SURNAME-first family table with record numbers; agreement recorded in a sentence naming both parents",
        "referral.pdf",
        ON3,
        _b3,
        Expected(
            "internal_request",
            (
                person("Bilal Khan", date(1983, 3, 3), True, ON3),
                person("Sadia Khan", date(1987, 9, 21), True, ON3),
                person("Hamza Khan", date(2012, 6, 15), False, ON3),
                person("Maryam Khan", date(2015, 9, 9), False, ON3),
            ),
            "DY2 0AB",
            "Niamh Gallagher",
            "niamh.gallagher@csc-dudley.example.gov.uk",
            None,
        ),
    ),
)
