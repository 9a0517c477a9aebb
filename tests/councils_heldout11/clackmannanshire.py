"""Clackmannanshire Council: GIRFEC Key Elements – wellbeing described by eight indicators, the
Child's Plan agreed with children, young people and families, and the Lead Professional who
co-ordinates the support."""

# ruff: noqa: E501  (wording follows the published page)

from datetime import date

from tests.councils.kit import (
    CB,
    DOCX_MIME,
    Boxes,
    Heading,
    L,
    Mail,
    Para,
    Table,
    Title,
    grid,
    kv,
    person,
    render_docx,
    render_pdf,
)
from tests.councils.model import CouncilCase, Expected
from tests.councils_heldout11._mail import FRONT_DOOR, forwarded

URL = "https://www.clacks.gov.uk/learning/girfeckeyelements/"
TITLE = "Clackmannanshire Council – GIRFEC Key Elements (Wellbeing: the Children and Young People (Scotland) Act 2014 describes wellbeing in terms of eight indicators; Child's Plan: agreed in consultation with children, young people and their families, a single planning process; the Child's Plan records who will coordinate the support – the Lead Professional)"
COUNCIL = "Clackmannanshire Council"

INDICATORS = (
    "Safe",
    "Healthy",
    "Achieving",
    "Nurtured",
    "Active",
    "Respected",
    "Responsible",
    "Included",
)


def _wellbeing(*ticked: str) -> Boxes:
    return Boxes(tuple(CB(i in ticked, i) for i in INDICATORS))


def _yn(yes: bool) -> Boxes:
    return Boxes((CB(yes, "Yes"), CB(not yes, "No")))


ON1 = date(2026, 2, 9)


def _b1() -> bytes:
    return render_docx(
        [
            Title("Child's Plan", "Getting it right for every child"),
            Para(
                "A Child's Plan brings current planning together into a single plan. It records who will coordinate the support: the Lead Professional."
            ),
            kv(
                ("Date plan prepared", "09/02/2026"),
                ("Child's full name", "Ava Robertson"),
                ("Date of birth", "26/07/2016"),
                ("Home address", "11 Lye Cross Road, Lye, Stourbridge DY9 0QQ"),
                per_row=2,
            ),
            Heading("Parents and others in the home"),
            grid(
                ["Name", "Relationship", "DOB", "Address (if different)"],
                [
                    ["Kirsty Robertson", "Mother", "04/04/1988", ""],
                    ["Neil Robertson", "Father", "10/10/1987", ""],
                    ["Finlay Robertson", "Brother", "02/02/2012", ""],
                ],
            ),
            Heading("Named Person and Lead Professional"),
            kv(
                ("Named Person", "Mrs Alison Baird, Head Teacher, Caslon Primary School"),
                ("Named Person email", "a.baird@caslon.example.sch.uk"),
                ("Lead Professional for the plan", "Craig Fenwick, Family Support Worker"),
                ("Lead Professional email", "craig.fenwick@familysupport-dudley.example.org"),
                per_row=2,
            ),
            Heading("Wellbeing indicators affected"),
            Table([[L("Tick those that apply"), _wellbeing("Healthy", "Nurtured", "Included")]]),
            Heading("Summary of wellbeing needs"),
            Para(
                "Ava (9) has type 1 diabetes diagnosed in October; she is frightened of injections and has missed 14 days. Finlay (14) is angry about the attention his sister gets. Parents are exhausted."
            ),
            Heading("Views and agreement"),
            grid(
                ["Name", "Agree with this plan", "Signature", "Date"],
                [
                    ["Kirsty Robertson", _yn(True), "K Robertson", "09/02/2026"],
                    ["Neil Robertson", _yn(True), "N. Robertson", "09/02/2026"],
                    ["Finlay Robertson", _yn(True), "Finlay", "09/02/2026"],
                ],
            ),
        ]
    )


ON2 = date(2026, 5, 27)


def _b2() -> bytes:
    return render_pdf(
        [
            Title("Request for Support – Child's Plan", "Getting it right for every child"),
            kv(
                ("Completed by", "Louise Grant"),
                ("Role", "Pupil Support Teacher"),
                ("Establishment", "Alloa Academy, Claremont, Alloa FK10 2EQ (previous school)"),
                ("Email", "l.grant@alloaacademy.example.sch.uk"),
                ("Date", "27/05/2026"),
                per_row=2,
            ),
            Heading("Child / young person"),
            kv(
                ("Name", "Jordan Hay"),
                ("Date of birth", "15/08/2010"),
                ("Current address", "Temporary B&B accommodation, Dudley – address to follow"),
                ("Postcode", "not known"),
                per_row=2,
            ),
            Heading("Household"),
            grid(
                ["Name", "Relationship", "DOB"],
                [
                    ["Donna Hay", "Mother", "21/03/1979"],
                    ["Jordan Hay", "Young person", "15/08/2010"],
                ],
            ),
            Heading("Wellbeing indicators affected"),
            Table([[L("Indicators"), _wellbeing("Safe", "Achieving", "Included")]]),
            Para(
                "Mum and Jordan left Alloa in May after the landlord evicted them; they are being placed by Dudley homeless services. Jordan (15) has no school place yet."
            ),
            Heading("Consent"),
            Para("Signed: D. Hay (mother)   Print name: Donna Hay   Date: 27/05/2026"),
            Para("Signed: Jordan Hay (young person)   Print name: Jordan Hay   Date: 27/05/2026"),
        ],
        "Child's Plan request",
    )


ON3 = date(2026, 9, 14)


def _b3_form() -> bytes:
    return render_docx(
        [
            Title(
                "Child's Plan – transfer of Lead Professional", "Getting it right for every child"
            ),
            kv(
                ("From", "Lochies School, Sauchie FK10 3ER"),
                ("Date", "14/09/2026"),
                ("Child's full name", "Mia Sinclair"),
                ("Date of birth", "07/03/2014"),
                ("New home address", "27 Tudor Road, Upper Gornal, Dudley DY3 1AB"),
                ("Previous address", "Kilncraigs Court, Alloa FK10 1EB"),
                per_row=2,
            ),
            Heading("Lead Professional"),
            kv(
                ("Name", "Shona McLeod"),
                ("Role", "Principal Teacher Guidance"),
                ("Email", "s.mcleod@lochies.example.sch.uk"),
                per_row=3,
            ),
            Heading("Household"),
            grid(
                ["Name", "Relationship", "DOB"],
                [
                    ["Lorraine Sinclair", "Mother", "15/09/1984"],
                    ["Gary Sinclair", "Stepfather", "02/12/1980"],
                    ["Mia Sinclair", "Child", "07/03/2014"],
                ],
            ),
            Heading("Wellbeing indicators"),
            Table([[L("Affected"), _wellbeing("Healthy", "Respected")]]),
            Para(
                "Mia has an eating disorder plan with CAMHS; the Child's Plan transfers to Dudley with the family. Family agreed to the transfer and to information sharing."
            ),
            grid(
                ["Name", "Signature", "Date"],
                [
                    ["Lorraine Sinclair", "L Sinclair", "14/09/2026"],
                    ["Gary Sinclair", "G. Sinclair", "14/09/2026"],
                    ["Mia Sinclair", "Mia S", "14/09/2026"],
                ],
            ),
        ]
    )


def _b3() -> bytes:
    inner = Mail(
        "Shona McLeod <s.mcleod@lochies.example.sch.uk>",
        "dsl@ridgehill.example.sch.uk",
        "Child's Plan transfer - Mia Sinclair",
        ON3,
        hour=9,
    ).message()
    inner.set_content(
        "Dear colleague,\n\nMia's Child's Plan is attached for the transfer. I remain Lead Professional until your early help team picks this up.\n\nShona McLeod"
    )
    inner.add_attachment(
        _b3_form(),
        maintype=DOCX_MIME[0],
        subtype=DOCX_MIME[1],
        filename="Childs Plan - Mia Sinclair.docx",
    )
    return forwarded(
        inner,
        "Pat Hughes <dsl@ridgehill.example.sch.uk>",
        FRONT_DOOR,
        "FW: Child's Plan transfer - Mia Sinclair",
        ON3,
        "Forwarding the Scottish Child's Plan for Mia, who joined us this week. Please allocate.\n\nPat Hughes, DSL, Ridge Hill School",
    )


CASES: tuple[CouncilCase, ...] = (
    CouncilCase(
        "heldout11-clackmannanshire-cp-01",
        COUNCIL,
        URL,
        TITLE,
        "Word Child's Plan: postcode at the end of the home address; Named Person and a separate 'Lead Professional for the plan' with their own email cells; eight wellbeing indicators as ☒/☐; agreement grid with Yes/No boxes signed by both parents and the 14-year-old brother",
        "referral.docx",
        ON1,
        _b1,
        Expected(
            "early_help_assessment",
            (
                person("Ava Robertson", date(2016, 7, 26), False, ON1),
                person("Kirsty Robertson", date(1988, 4, 4), True, ON1),
                person("Neil Robertson", date(1987, 10, 10), True, ON1),
                person("Finlay Robertson", date(2012, 2, 2), True, ON1),
            ),
            "DY9 0QQ",
            "Craig Fenwick",
            "craig.fenwick@familysupport-dudley.example.org",
            None,
        ),
    ),
    CouncilCase(
        "heldout11-clackmannanshire-cp-02",
        COUNCIL,
        URL,
        TITLE,
        "flattened PDF Child's Plan request for a family in temporary B&B: 'Postcode: not known'; the only postcode is the previous school's Alloa FK10 2EQ; 'Signed / Print name / Date' lines for mum and the 15-year-old",
        "referral.pdf",
        ON2,
        _b2,
        Expected(
            "early_help_assessment",
            (
                person("Donna Hay", date(1979, 3, 21), True, ON2),
                person("Jordan Hay", date(2010, 8, 15), True, ON2),
            ),
            None,
            "Louise Grant",
            "l.grant@alloaacademy.example.sch.uk",
            None,
            queue_reason="postcode_missing",
        ),
    ),
    CouncilCase(
        "heldout11-clackmannanshire-cp-03",
        COUNCIL,
        URL,
        TITLE,
        "email forwarding a message/rfc822 whose Word attachment is a Child's Plan transfer: an Alloa FK10 1EB previous address after the new Dudley address; the Lead Professional is the Scottish guidance teacher, not the forwarding DSL",
        "message.eml",
        ON3,
        _b3,
        Expected(
            "early_help_assessment",
            (
                person("Lorraine Sinclair", date(1984, 9, 15), True, ON3),
                person("Gary Sinclair", date(1980, 12, 2), True, ON3),
                person("Mia Sinclair", date(2014, 3, 7), True, ON3),
            ),
            "DY3 1AB",
            "Shona McLeod",
            "s.mcleod@lochies.example.sch.uk",
            None,
        ),
    ),
)
