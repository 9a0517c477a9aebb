"""Youth Trust – Professional Referral: 'CONSENT FROM YOUNG PERSON OR PARENT/CARER' (under 13:
the consent form signed by their parent/carer; over 13: the consent of the young person, and
anyone with parental responsibility informed); 'I agree to this referral being made'; onward
referral to other services if Youth Trust is not appropriate."""

# ruff: noqa: E501  (wording follows the published page)

from datetime import date

from tests.councils.kit import (
    CB,
    SDT,
    Boxes,
    F,
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
)
from tests.councils.model import CouncilCase, Expected
from tests.councils_heldout16._bits import deleted

URL = "https://gateway.mayden.co.uk/referral-v2/0965e1ed-daf4-45a4-88e2-e9d09ea910b0"
TITLE = "Youth Trust – Professional Referral (Consent from young person or parent/carer; Consent)"
COUNCIL = "Youth Trust (Professional Referral)"

_HEAD = [Title("Youth Trust – Professional Referral", "Emotional wellbeing and mental health support for children and young people")]

_CONSENT_TEXT = "I agree to this referral being made. I understand that the service will be in touch with me using the details provided in this form to discuss my referral, arrange appointments and arrange any onward referrals (where necessary)."

ON1 = date(2026, 9, 9)


def _b1() -> bytes:
    return render_docx(
        [
            *_HEAD,
            Heading("CONSENT FROM YOUNG PERSON OR PARENT/CARER"),
            Para("If the young person is UNDER 13 the consent form must be signed by their parent/carer. If the young person is OVER 13 we require the consent of the young person; anyone with parental responsibility should also be informed."),
            Table(
                [
                    [L("Young person's age"), Boxes((CB(False, "Under 13"), CB(True, "13 or over")))],
                    [L("Young person consents"), "✓ Yes"],
                    [L("Parent/carer informed and agrees"), "✓ Yes"],
                ]
            ),
            Heading("Young person"),
            Table(
                [
                    [L("Name"), "Sophie Marsh", L("Date of birth"), "02/12/2010"],
                    [L("Address"), Span("19 Wolverhampton Street, Dudley DY1 2QP", 3)],
                    [L("School"), Span("The Dudley Academy, DY1 4AS", 3)],
                ]
            ),
            Heading("Household"),
            grid(["Name", "Relationship", "Date of birth"], [["Dawn Marsh", "Mum", "27/05/1979"], ["Gary Marsh", "Stepdad", "13/08/1977"]]),
            Heading("Referrer"),
            kv(("Name", "Kelly Ward"), ("Role", "School Counsellor"), ("E-mail", "kelly.ward@academy.example.org"), ("Telephone", "01632 960702")),
            Heading("CONSENT"),
            Para(_CONSENT_TEXT),
            grid(
                ["Name", "Signature", "Date"],
                [["Sophie Marsh", "S Marsh", "09/09/2026"], ["Dawn Marsh", "D Marsh", "09/09/2026"], ["Gary Marsh", "G. Marsh", "09/09/2026"]],
            ),
        ]
    )


ON2 = date(2026, 10, 21)


def _b2() -> bytes:
    return render_acroform(
        [
            *_HEAD,
            Heading("Young person"),
            kv(
                ("First name", F("Liam", "yp_first_name")),
                ("Last name", F("Cooper", "yp_last_name")),
                ("Date of birth", F("16/09/2014", "yp_dob")),
                ("Address", F("Temporary accommodation – hostel placement, address to be confirmed", "yp_address")),
                ("Postcode", F("TBC", "yp_postcode")),
                ("School", F("Cradley Heath Academy, B64 5AA", "yp_school")),
            ),
            Heading("Parent / carer"),
            kv(("Name", F("Nicole Cooper", "pc_name")), ("Date of birth", F("09/01/1990", "pc_dob")), ("Telephone", F("07700 900926", "pc_phone"))),
            Heading("Referrer"),
            kv(("Name", F("Sam Jones", "ref_name")), ("E-mail", F("sam.jones@academy.example.org", "ref_email")), ("Date", F("21/10/2026", "ref_date"))),
            Heading("CONSENT"),
            Para(_CONSENT_TEXT),
            Table([[CB(True, "Parent/carer consents (young person under 13 / parent signature)", "consent_parent"), F("N Cooper", "consent_parent_sig")]]),
        ],
        title="Youth Trust referral",
    )


ON3 = date(2026, 11, 25)


def _b3() -> bytes:
    return render_docx(
        [
            *_HEAD,
            Heading("CONSENT FROM YOUNG PERSON OR PARENT/CARER"),
            Table(
                [
                    [L("Does the young person (13+) consent? Yes / No (delete as appropriate)"), deleted(True)],
                    [L("Have those with parental responsibility been informed? Yes / No (delete as appropriate)"), deleted(True)],
                ]
            ),
            Heading("Young person"),
            kv(
                ("Name", SDT("Ethan Clarke")),
                ("Date of birth", SDT("08/07/2009")),
                ("Address", SDT("48 Wellington Road, Tipton")),
                ("Postcode", SDT("DY4 0RE")),
                ("GP", SDT(None)),
            ),
            Heading("Others at home"),
            grid(["Name", "Relationship", "Date of birth"], [[SDT("Lisa Clarke"), SDT("Mum"), SDT("20/10/1974")], [SDT(None), SDT(None), SDT(None)]]),
            Heading("Referrer"),
            kv(("Name", SDT("Jo Baxter")), ("Role", SDT("Sixth form pastoral lead")), ("E-mail", SDT("jo.baxter@sixthform.example.org")), ("Date", SDT("25/11/2026"))),
            Heading("CONSENT"),
            Para(_CONSENT_TEXT),
            Para("Signed: E Clarke (young person) 25/11/2026     Signed: L. Clarke (parent) 25/11/2026"),
        ]
    )


CASES: tuple[CouncilCase, ...] = (
    CouncilCase(
        "heldout16-youthtrust-01",
        COUNCIL,
        URL,
        TITLE,
        "Word professional referral with the 'CONSENT FROM YOUNG PERSON OR PARENT/CARER' block first ('✓ Yes' glyphs), the published consent sentence and a Name | Signature | Date grid for the 15-year-old, mum and stepdad; school at DY1 4AS",
        "referral.docx",
        ON1,
        _b1,
        Expected(
            "early_help_assessment",
            (
                person("Sophie Marsh", date(2010, 12, 2), True, ON1),
                person("Dawn Marsh", date(1979, 5, 27), True, ON1),
                person("Gary Marsh", date(1977, 8, 13), True, ON1),
            ),
            "DY1 2QP",
            "Kelly Ward",
            "kelly.ward@academy.example.org",
            None,
        ),
    ),
    CouncilCase(
        "heldout16-youthtrust-02",
        COUNCIL,
        URL,
        TITLE,
        "fillable PDF with yp_/pc_/ref_ field names: family in a hostel, address 'to be confirmed' and Postcode 'TBC'; the academy's B64 5AA the only postcode",
        "referral.pdf",
        ON2,
        _b2,
        Expected(
            "early_help_assessment",
            (
                person("Liam Cooper", date(2014, 9, 16), False, ON2),
                person("Nicole Cooper", date(1990, 1, 9), True, ON2),
            ),
            None,
            "Sam Jones",
            "sam.jones@academy.example.org",
            None,
            queue_reason="postcode_missing",
        ),
    ),
    CouncilCase(
        "heldout16-youthtrust-03",
        COUNCIL,
        URL,
        TITLE,
        "Word referral of content controls with an empty GP control and an empty household row showing placeholder text; 'Yes / No (delete as appropriate)' left as Yes; initial+surname signatures on one line for the 17-year-old and mum",
        "referral.docx",
        ON3,
        _b3,
        Expected(
            "early_help_assessment",
            (
                person("Ethan Clarke", date(2009, 7, 8), True, ON3),
                person("Lisa Clarke", date(1974, 10, 20), True, ON3),
            ),
            "DY4 0RE",
            "Jo Baxter",
            "jo.baxter@sixthform.example.org",
            None,
        ),
    ),
)
