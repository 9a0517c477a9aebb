"""Gwent Safeguarding Board (the joint Gwent-wide Adult Safeguarding Board and South East Wales
Safeguarding Children Board), from its Strategic Plan 2020-2023: an all-age 'safeguarding
people' approach, joint strategic priorities, collaborative working, engagement and
participation. The plan describes the board, not its forms: the internal request, the
partner's request and the household-consent form laid out here use plain labels."""

# ruff: noqa: E501  (wording follows the published page)

from datetime import date

from tests.councils.kit import (
    CB,
    FCB,
    SDT,
    Boxes,
    F,
    Heading,
    L,
    Para,
    Table,
    Title,
    grid,
    kv,
    person,
    render_acroform,
    render_docx,
)
from tests.councils.model import CouncilCase, Expected

URL = "https://vdocuments.site/gwent-safeguarding-annual-plan-2020-2023-national-safeguarding-week-and-provide.html"
TITLE = "Gwent Safeguarding Board – Strategic Plan 2020-2023 (Gwent-wide Adult Safeguarding Board and South East Wales Safeguarding Children Board)"
COUNCIL = "Gwent Safeguarding Board"

ON1 = date(2026, 9, 3)


def _b1() -> bytes:
    return render_docx(
        [
            Title("Children's Services – Internal request for Early Help"),
            Para("For use by social workers closing an assessment where the family would benefit from early help."),
            Table([[L("Request type"), Boxes((CB(True, "Internal request (assessment closed – no further social care role)"), CB(False, "Step-down from plan")))], [L("Date"), "03/09/2026"]]),
            Heading("Family"),
            grid(["Name", "DOB", "Relationship"], [["Kayla Brooks", "14/10/1996", "Mother"], ["Isla Brooks", "06/06/2020", "Daughter"], ["Freddie Brooks", "21/12/2022", "Son"]]),
            kv(("Address", "38 Himley Road, Gornal Wood, Dudley"), ("Postcode", "DY3 1AB"), per_row=2),
            Heading("Social worker"),
            kv(("Name", "Gwen Harris"), ("Team", "Assessment Team"), ("Email", "gwen.harris@childrens.example.gov.uk"), ("Phone", "01632 960377"), per_row=2),
            Heading("Parent's agreement"),
            Table([[FCB(True, "Kayla Brooks agrees to the request and to information being shared"), "Signed: K Brooks   03/09/2026"]]),
        ]
    )


ON2 = date(2026, 10, 8)


def _b2() -> bytes:
    return render_acroform(
        [
            Title("Request for support – partner agency (fillable)"),
            Table([[L("Date"), F("08/10/2026", "RequestDate", "Date of request")], [L("Agency"), F("Housing association tenancy support", "Agency")]]),
            Heading("Household"),
            Table(
                [
                    [L("Name"), L("Date of birth"), L("Relationship"), L("Signed")],
                    [F("Ewa Kowalska", "Member1Name"), F("07/07/1983", "Member1DOB"), F("Mother", "Member1Rel"), F("E Kowalska", "Member1Sig")],
                    [F("Zofia Kowalska", "Member2Name"), F("19/02/2011", "Member2DOB"), F("Daughter", "Member2Rel"), F("Zofia K", "Member2Sig")],
                    [F("Filip Kowalski", "Member3Name"), F("25/09/2014", "Member3DOB"), F("Son", "Member3Rel"), F("", "Member3Sig")],
                ]
            ),
            Table([[L("Home address"), F("12 Oak Street, Tipton Road, Dudley", "HomeAddress")], [L("Postcode"), F("DY4 0RE", "HomePostcode")]]),
            Heading("Worker"),
            Table([[L("Name"), F("Marcus Allen", "WorkerName")], [L("Email"), F("marcus.allen@housing.example.org", "WorkerEmail")], [L("Office"), F("Tipton DY4 7AA", "WorkerOffice")]]),
        ],
        title="Partner request",
    )


ON3 = date(2026, 11, 4)


def _b3() -> bytes:
    return render_docx(
        [
            Title("Request for support – household consent"),
            kv(("Date", SDT("04/11/2026", kind="date", iso="2026-11-04")), ("Completed by", SDT("Jasmine Kaur, Education Welfare Officer")), ("Email", SDT("jasmine.kaur@ews.example.org")), per_row=1),
            Heading("Everyone living at the address"),
            grid(
                ["Name", "DOB", "Relationship", "Signature", "Date"],
                [
                    ["Bradley Shaw", "11/05/2012", "Young person", "Bradley Shaw", "04/11/2026"],
                    ["Nicole Shaw", "26/01/1986", "Mother", "N. Shaw", "04/11/2026"],
                    ["Ronald Shaw", "15/08/1955", "Grandfather", SDT(None), SDT(None, kind="date")],
                ],
            ),
            kv(("Address", SDT("7 Cinder Bank, Netherton DY2 9HF")), per_row=1),
        ]
    )


CASES: tuple[CouncilCase, ...] = (
    CouncilCase(
        "heldout17-gwent-safeguarding-01",
        COUNCIL,
        URL,
        TITLE,
        "Word internal request from a social worker closing an assessment: ☒ 'Internal request' box, parent agreement as a legacy FORMCHECKBOX beside 'Signed: K Brooks'",
        "referral.docx",
        ON1,
        _b1,
        Expected(
            "internal_request",
            (person("Kayla Brooks", date(1996, 10, 14), True, ON1), person("Isla Brooks", date(2020, 6, 6), False, ON1), person("Freddie Brooks", date(2022, 12, 21), False, ON1)),
            "DY3 1AB",
            "Gwen Harris",
            "gwen.harris@childrens.example.gov.uk",
            None,
        ),
    ),
    CouncilCase(
        "heldout17-gwent-safeguarding-02",
        COUNCIL,
        URL,
        TITLE,
        "fillable PDF with named fields (Member1Name … Member3Sig): a 15-year-old signs 'Zofia K', the 12-year-old's signature field is empty; worker's office in Tipton DY4 7AA (Sandwell)",
        "referral.pdf",
        ON2,
        _b2,
        Expected(
            "early_help_assessment",
            (person("Ewa Kowalska", date(1983, 7, 7), True, ON2), person("Zofia Kowalska", date(2011, 2, 19), True, ON2), person("Filip Kowalski", date(2014, 9, 25), False, ON2)),
            "DY4 0RE",
            "Marcus Allen",
            "marcus.allen@housing.example.org",
            None,
        ),
    ),
    CouncilCase(
        "heldout17-gwent-safeguarding-03",
        COUNCIL,
        URL,
        TITLE,
        "Word household-consent grid with signature and date per person: the grandfather at home has a 'Click here to enter text.' signature and an empty date picker",
        "referral.docx",
        ON3,
        _b3,
        Expected(
            "early_help_assessment",
            (person("Bradley Shaw", date(2012, 5, 11), True, ON3), person("Nicole Shaw", date(1986, 1, 26), True, ON3), person("Ronald Shaw", date(1955, 8, 15), False, ON3)),
            "DY2 9HF",
            "Jasmine Kaur",
            "jasmine.kaur@ews.example.org",
            None,
            queue_reason="consent_missing",
        ),
    ),
)
