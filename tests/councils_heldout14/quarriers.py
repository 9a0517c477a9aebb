"""Quarriers Family Resource Centre: flexible support for families with children aged 0-12
(integrated early childhood education and care, outreach support, direct work with families,
groups and individuals); referrals from health care organisations and social work, and
self-referral."""

# ruff: noqa: E501  (wording follows the published page)

from datetime import date

from tests.councils.kit import (
    CB,
    DOCX_MIME,
    SDT,
    Boxes,
    Heading,
    Mail,
    Para,
    Title,
    grid,
    kv,
    person,
    render_docx,
    render_pdf,
)
from tests.councils.model import CouncilCase, Expected
from tests.councils_heldout14._mail import FRONT_DOOR, forwarded

URL = "https://www.quarriers.org.uk/latest/publications/annualreview2015/choosing-to-put-families-first/"
TITLE = "Quarriers – Choosing to put families first (Quarriers Family Resource Centre: flexible support for families with children aged 0-12; referrals from health care organisations and social work; families can self-refer)"
COUNCIL = "Quarriers (Family Resource Centre)"

_HEAD = [
    Title("Quarriers Family Resource Centre – Referral Form", "Families with children aged 0-12"),
]


def _source(health: bool, sw: bool, self_ref: bool) -> Boxes:
    return Boxes((CB(health, "Health"), CB(sw, "Social Work"), CB(self_ref, "Self-referral"), CB(False, "Other")))


def _support(outreach: bool, groups: bool, early: bool) -> Boxes:
    return Boxes((CB(early, "Early childhood education and care"), CB(outreach, "Outreach support"), CB(groups, "Groups (e.g. Funday Monday, fathers' group)")))


ON1 = date(2026, 9, 10)


def _b1() -> bytes:
    return render_docx(
        [
            *_HEAD,
            kv(("Referral from", _source(True, False, False)), ("Support requested", _support(True, True, False))),
            Heading("Referrer"),
            kv(
                ("Name", SDT("Joanne Kerr")),
                ("Job title", SDT("Health Visitor")),
                ("Base", SDT("Woodsetton Clinic, Sedgley DY3 2NU")),
                ("Email", SDT("joanne.kerr@nhs.example.net")),
                ("Phone", SDT(None)),
                ("Date", SDT("10/09/2026", "date", iso="2026-09-10")),
                per_row=2,
            ),
            Heading("Family"),
            kv(("Address", SDT("8 Gospel End Road, Sedgley, Dudley")), ("Postcode", SDT("DY3 2DE")), per_row=2),
            grid(
                ["Forename", "Surname", "Date of birth", "Relationship"],
                [
                    [SDT("Chloe"), SDT("McAllister"), SDT("11/11/1997"), SDT("Mum")],
                    [SDT("Ryan"), SDT("McAllister"), SDT("01/06/1995"), SDT("Dad")],
                    [SDT("Olivia"), SDT("McAllister"), SDT("20/12/2022"), SDT("Daughter")],
                    [SDT(None), SDT(None), SDT(None), SDT(None)],
                ],
            ),
            Heading("Why are you referring?"),
            Para("First-time parents, both care leavers, isolated since moving to Sedgley. Dad would like a fathers' group; Olivia (3) would benefit from play sessions."),
            Heading("Family consent"),
            kv(("Has the family agreed to this referral?", SDT("Yes – Chloe and Ryan McAllister agreed at the 10/09/2026 visit", "drop", ("Yes", "No")))),
        ]
    )


ON2 = date(2026, 10, 13)


def _docx2() -> bytes:
    return render_docx(
        [
            *_HEAD,
            kv(("Referral from", _source(True, False, False)), ("Support requested", _support(True, False, True))),
            Heading("Referrer"),
            kv(("Name", "Grace Tully"), ("Job title", "Health Visitor"), ("Email", "grace.tully@nhs.example.net"), ("Date", "13/10/2026"), per_row=2),
            Heading("Family"),
            kv(("Address", "19 Kingsway, Wollaston, Stourbridge DY8 4HB")),
            grid(
                ["Name", "Date of birth", "Relationship"],
                [["Natalie O'Brien", "04/07/1993", "Mum"], ["Ella O'Brien", "17/03/2016", "Daughter"], ["Noah O'Brien", "05/09/2024", "Son"]],
            ),
            Heading("What would help?"),
            Para("Mum is on her own since Noah was born and Ella is struggling at school. She would like someone to talk to and some groups."),
            Heading("Family consent"),
            kv(("Signed (parent)", "Natalie O'Brien"), ("Date", "13/10/2026"), per_row=2),
        ]
    )


def _b2() -> bytes:
    inner = Mail("Grace Tully <grace.tully@nhs.example.net>", "familycentre@quarriers.example.org", "Referral form", ON2, hour=9).message()
    inner.set_content("Hello, please find a referral attached for the O'Brien family. Kind regards, Grace Tully, Health Visitor")
    inner.add_attachment(_docx2(), maintype=DOCX_MIME[0], subtype=DOCX_MIME[1], filename="Referral form - O'Brien.docx")
    return forwarded(
        inner,
        "Family Centre Admin <familycentre@quarriers.example.org>",
        FRONT_DOOR,
        "FW: Referral form",
        ON2,
        "Forwarding a referral for a family who now live in Stourbridge - outside our area. Original message and form attached.\n\nAdmin team",
    )


ON3 = date(2026, 11, 25)


def _b3() -> bytes:
    return render_pdf(
        [
            *_HEAD,
            kv(("Referral from", _source(False, True, False)), ("Support requested", _support(True, False, False))),
            Heading("Referrer"),
            kv(("Name", "Andy Boyle"), ("Job title", "Social Worker"), ("Email", "andy.boyle@csc.example.gov.uk"), ("Date", "25/11/2026"), per_row=2),
            Heading("Family"),
            kv(("Address", "No fixed abode – staying with friends (sofa surfing)"), ("Postcode", ""), per_row=2),
            kv(("GP", "Dr Hale, Hawne Lane Surgery, Halesowen B63 3HN")),
            grid(
                ["Name", "Date of birth", "Relationship"],
                [["Tanya Wilkes", "02/04/2000", "Mum"], ["Harley Wilkes", "19/08/2021", "Son"]],
            ),
            Heading("Family consent"),
            kv(("Has the family agreed to this referral?", "Yes – Tanya Wilkes, consent given verbally 25/11/2026")),
        ],
        title="Quarriers referral",
    )


CASES: tuple[CouncilCase, ...] = (
    CouncilCase(
        "heldout14-quarriers-01",
        COUNCIL,
        URL,
        TITLE,
        "Word referral built of content controls with placeholder text in the empty ones ('Click here to enter text.', an empty grid row); 'Referral from' tick row first (Health ☒); health visitor at DY3 2NU; consent a drop-down naming both parents",
        "referral.docx",
        ON1,
        _b1,
        Expected(
            "early_help_assessment",
            (
                person("Chloe McAllister", date(1997, 11, 11), True, ON1),
                person("Ryan McAllister", date(1995, 6, 1), True, ON1),
                person("Olivia McAllister", date(2022, 12, 20), False, ON1),
            ),
            "DY3 2DE",
            "Joanne Kerr",
            "joanne.kerr@nhs.example.net",
            None,
        ),
    ),
    CouncilCase(
        "heldout14-quarriers-02",
        COUNCIL,
        URL,
        TITLE,
        "forwarded message/rfc822 (the centre's admin forwarding the health visitor's email) with the health visitor's Word referral attached: address and postcode in one line, surname with an apostrophe",
        "message.eml",
        ON2,
        _b2,
        Expected(
            "early_help_assessment",
            (
                person("Natalie O'Brien", date(1993, 7, 4), True, ON2),
                person("Ella O'Brien", date(2016, 3, 17), False, ON2),
                person("Noah O'Brien", date(2024, 9, 5), False, ON2),
            ),
            "DY8 4HB",
            "Grace Tully",
            "grace.tully@nhs.example.net",
            None,
        ),
    ),
    CouncilCase(
        "heldout14-quarriers-03",
        COUNCIL,
        URL,
        TITLE,
        "flattened PDF social work referral: 'No fixed abode – staying with friends (sofa surfing)', Postcode left blank; the GP's B63 3HN the only postcode",
        "referral.pdf",
        ON3,
        _b3,
        Expected(
            "early_help_assessment",
            (
                person("Tanya Wilkes", date(2000, 4, 2), True, ON3),
                person("Harley Wilkes", date(2021, 8, 19), False, ON3),
            ),
            None,
            "Andy Boyle",
            "andy.boyle@csc.example.gov.uk",
            None,
            queue_reason="postcode_missing",
        ),
    ),
)
