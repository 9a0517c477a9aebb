"""Wales Safeguarding Procedures (Children): Section 2 – the duty to report a child at risk of
abuse, neglect and/or harm; report to the local authority where the concern occurred (the
holidaying family's example); 'Information to include in a report'."""

# ruff: noqa: E501  (wording follows the published page)

from datetime import date

from tests.councils.kit import (
    CB,
    FCB,
    FT,
    Boxes,
    Heading,
    L,
    Para,
    Table,
    Title,
    grid,
    kv,
    person,
    render_docx,
    render_html,
    render_pdf,
)
from tests.councils.model import CouncilCase, Expected
from tests.councils_heldout16._mail import FRONT_DOOR, html_only

URL = "https://safeguarding.wales/en/chi-i/chi-i-c2/c2-p6"
TITLE = "Wales Safeguarding Procedures – Children at risk, Section 2: Reporting a child at risk (where to report; out of hours; information to include in a report)"
COUNCIL = "Wales Safeguarding Procedures (Duty to Report)"

_HEAD = [Title("REPORT OF A CHILD AT RISK", "Duty to report – Wales Safeguarding Procedures, Section 2")]

ON1 = date(2026, 9, 15)


def _b1() -> bytes:
    return render_docx(
        [
            *_HEAD,
            Table(
                [
                    [L("Type of report"), Boxes((CB(True, "Child at risk of abuse, neglect or harm"), CB(False, "Request for care and support / early help")))],
                    [L("Is the child at immediate risk?"), "Yes ☒   No ☐"],
                    [L("Police informed?"), FT("Yes – log 0312 of 15/09/2026", "police")],
                ]
            ),
            Heading("The child"),
            kv(
                ("Name", FT("Ruby May Thomas", "child_name")),
                ("Date of birth", FT("19/02/2020", "child_dob")),
                ("Home address", FT("4 Brook Street, Woodside, Dudley DY2 0AB", "child_addr")),
                ("Where the concern occurred", FT("Holiday park, Pwllheli LL53 6HX", "where")),
            ),
            Heading("People living in the household"),
            grid(
                ["Name", "Relationship", "DOB"],
                [["Sarah Thomas", "Mother", "30/10/1994"], ["Dean Thomas", "Father", "12/07/1992"]],
            ),
            Heading("Reporter"),
            kv(
                ("Name", FT("Dr Alun Griffiths", "rep_name")),
                ("Role / agency", FT("Paediatric registrar, Ysbyty Gwynedd A&E", "rep_role")),
                ("E-mail", FT("alun.griffiths@nhs.example.net", "rep_email")),
            ),
            Heading("Information to include in a report"),
            Para("Ruby (6) brought to A&E with a spiral fracture to the left arm; explanation inconsistent with the injury. Non-accidental injury suspected. Family return home to Dudley tomorrow."),
            Table([[FCB(False, "Parents informed of this report"), FCB(True, "Parents not informed – advised by police")]]),
        ]
    )


ON2 = date(2026, 10, 20)


def _blocks2() -> list[object]:
    return [
        *_HEAD,
        Table([[L("Type of report"), Boxes((CB(False, "Child at risk of abuse, neglect or harm"), CB(True, "Request for care and support / early help")))]]),
        Heading("Child / young person"),
        kv(("Name", "Keira Morgan"), ("DOB", "09/06/2011"), ("Address", "88 High Street, Quarry Bank, Brierley Hill DY5 2HT")),
        Heading("Household"),
        grid(
            ["Name", "Relationship", "DOB", "Agrees to this report"],
            [
                ["Keira Morgan", "Young person", "09/06/2011", "✓"],
                ["Tanya Morgan", "Mother", "15/01/1987", "✓"],
                ["Alfie Morgan", "Brother", "28/02/2019", "–"],
            ],
        ),
        Heading("Reporter"),
        kv(("Name", "Catrin Howells"), ("Agency", "Youth Worker, Brierley Hill Youth Centre DY5 3UZ"), ("E-mail", "catrin.howells@youth.example.org"), ("Date", "20/10/2026")),
        Heading("Information to include in a report"),
        Para("Keira (15) is caring for her mum after surgery and is missing school; she and mum agree to a request for care and support and early help."),
    ]


def _b2() -> bytes:
    return html_only(
        "Catrin Howells <catrin.howells@youth.example.org>",
        FRONT_DOOR,
        "Report - MORGAN, Keira",
        ON2,
        "This message is in HTML. Please view it in a browser.",
        render_html(_blocks2()),
    )


ON3 = date(2026, 11, 3)


def _b3() -> bytes:
    return render_pdf(
        [
            *_HEAD,
            Table([[L("Type of report"), Boxes((CB(False, "Child at risk of abuse, neglect or harm"), CB(True, "Request for care and support / early help")))]]),
            Heading("The child"),
            kv(
                ("Name", "Harley Baker"),
                ("Date of birth", "07/03/2016"),
                ("Home address", "No fixed address – family staying at Trecco Bay holiday park since eviction; previously Dudley"),
                ("Postcode", "not known"),
                ("Where the concern occurred", "Trecco Bay, Porthcawl CF36 5NG"),
            ),
            Heading("Household"),
            grid(["Name", "Relationship", "DOB"], [["Jade Baker", "Mother", "22/09/1996"], ["Harley Baker", "Son", "07/03/2016"]]),
            Heading("Reporter"),
            kv(("Name", "Owen Parry"), ("Agency", "Site welfare officer"), ("E-mail", "owen.parry@holidaypark.example.com"), ("Date", "03/11/2026")),
            Heading("Consent"),
            Para("Jade Baker agreed to this report and signed: J Baker 03/11/2026."),
        ],
        title="Report of a child",
    )


CASES: tuple[CouncilCase, ...] = (
    CouncilCase(
        "heldout16-wales-01",
        COUNCIL,
        URL,
        TITLE,
        "Word report of a child at risk of legacy FORMTEXT fields: 'Child at risk of abuse, neglect or harm' ticked and 'immediate risk? Yes ☒' typed; concern at a Pwllheli LL53 holiday park, home in Dudley",
        "referral.docx",
        ON1,
        _b1,
        Expected(
            "early_help_assessment",
            (
                person("Ruby May Thomas", date(2020, 2, 19), False, ON1),
                person("Sarah Thomas", date(1994, 10, 30), False, ON1),
                person("Dean Thomas", date(1992, 7, 12), False, ON1),
            ),
            "DY2 0AB",
            "Alun Griffiths",
            "alun.griffiths@nhs.example.net",
            None,
            safeguarding=True,
            queue_reason="safeguarding_concern",
        ),
    ),
    CouncilCase(
        "heldout16-wales-02",
        COUNCIL,
        URL,
        TITLE,
        "HTML-only email (text part a stub) of a request for care and support: household grid with an 'Agrees to this report' column of ✓ glyphs for the 15-year-old and mum; youth centre at DY5 3UZ",
        "message.eml",
        ON2,
        _b2,
        Expected(
            "early_help_assessment",
            (
                person("Keira Morgan", date(2011, 6, 9), True, ON2),
                person("Tanya Morgan", date(1987, 1, 15), True, ON2),
                person("Alfie Morgan", date(2019, 2, 28), False, ON2),
            ),
            "DY5 2HT",
            "Catrin Howells",
            "catrin.howells@youth.example.org",
            None,
        ),
    ),
    CouncilCase(
        "heldout16-wales-03",
        COUNCIL,
        URL,
        TITLE,
        "flattened PDF report: 'No fixed address' after eviction, Postcode 'not known'; only the Porthcawl holiday park's CF36 5NG is given; mum's consent in a sentence",
        "referral.pdf",
        ON3,
        _b3,
        Expected(
            "early_help_assessment",
            (
                person("Jade Baker", date(1996, 9, 22), True, ON3),
                person("Harley Baker", date(2016, 3, 7), False, ON3),
            ),
            None,
            "Owen Parry",
            "owen.parry@holidaypark.example.com",
            None,
            queue_reason="postcode_missing",
        ),
    ),
)
