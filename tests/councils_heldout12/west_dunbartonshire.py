"""West Dunbartonshire Council: referral to the Access, Help and Support Team (AHST) when
concerned for the safety or wellbeing of a child (assessment of the child's needs; the child's
plan referred back to the named person)."""

# ruff: noqa: E501  (wording follows the published page)

from datetime import date

from tests.councils.kit import (
    CB,
    Boxes,
    Heading,
    Para,
    Title,
    grid,
    kv,
    person,
    render_docx,
    render_pdf,
)
from tests.councils.model import CouncilCase, Expected
from tests.councils_heldout12._mail import FRONT_DOOR, plain

URL = "https://www.west-dunbarton.gov.uk/health-social-care/children/children-at-risk"
TITLE = "West Dunbartonshire Council – Children at risk (if you are concerned for the safety or wellbeing of a child or young person, please make a referral to the Access, Help and Support Team; the AHST will complete an assessment of the child's needs; the child's plan will be referred back to the named person)"
COUNCIL = "West Dunbartonshire Council (Access, Help and Support Team)"

_SHANARRI = ("Safe", "Healthy", "Achieving", "Nurtured", "Active", "Respected", "Responsible", "Included")


def _wellbeing(ticked: tuple[str, ...]) -> Boxes:
    return Boxes(tuple(CB(w in ticked, w) for w in _SHANARRI))


ON1 = date(2026, 3, 24)


def _b1() -> bytes:
    return render_docx(
        [
            Title("Access, Help and Support Team – Internal Request", "Social Work to Early Help"),
            Para("Completed on the AHST internal request template (used in my previous post) for a family now living in Dudley."),
            Heading("Requesting worker"),
            kv(
                ("Name", "Fiona MacLeod"),
                ("Team", "Children and Families Assessment Team, Dudley"),
                ("Email", "fiona.macleod@csc-dudley.example.gov.uk"),
                ("Telephone", "01632 960612"),
                ("Date of request", "24/03/2026"),
                per_row=2,
            ),
            Heading("Child / young person and household"),
            grid(
                ["Name", "Date of birth", "Relationship", "Address"],
                [
                    ["Lewis Cameron", "17/09/2019", "Subject child", "6 Greenfield Avenue, Stourbridge DY9 0QQ"],
                    ["Kirsty Cameron", "08/02/1994", "Mother", "as above"],
                    ["Amber Cameron", "29/05/2023", "Sister", "as above"],
                ],
            ),
            Heading("Wellbeing concerns (SHANARRI)"),
            kv(("Indicators of concern", _wellbeing(("Healthy", "Nurtured")))),
            Para("Assessment complete, no role for statutory social work. Mum would like parenting support and help with Lewis's sleep and toileting."),
            Heading("Named person"),
            kv(("Named person", "Health visitor, Pedmore Clinic, Stourbridge DY8 2PZ")),
            Heading("Family informed and in agreement"),
            Para("Kirsty Cameron agreed to this request for early help on 24/03/2026."),
        ]
    )


ON2 = date(2026, 6, 2)


def _b2() -> bytes:
    body = """Hi,

Copying the West Dunbartonshire AHST referral questions as I used them before I moved down here.

REFERRER
Name: Callum Reid
Role: Housing Support Officer
Email: callum.reid@housing.example.org
Tel: 01632 960733
Date: 02/06/2026

CHILD / YOUNG PERSON
Name: Sophie Lennox
Date of birth: 21/10/2017
Current address: Room 4, temporary accommodation (B&B), Dudley town centre
Postcode: to follow - family moved in last night

OTHERS IN THE HOUSEHOLD
Name: Gemma Lennox | Date of birth: 13/04/1992 | Mum
Name: Jayden Lennox | Date of birth: 01/01/2021 | Brother

WELLBEING CONCERN
Family evicted from private let on 1 June; one room for three, no cooking facilities. Sophie has missed a week of school.

IS THE FAMILY AWARE OF THIS REFERRAL?
Yes - Gemma Lennox agrees and has signed our consent form (signed copy held on file).

NAMED PERSON
Head teacher, Priory Primary School, Dudley DY1 4AS

Callum
"""
    return plain("Callum Reid <callum.reid@housing.example.org>", FRONT_DOOR, "Referral - Sophie Lennox (AHST form)", ON2, body)


ON3 = date(2026, 10, 20)


def _b3() -> bytes:
    return render_pdf(
        [
            Title("Referral to the Access, Help and Support Team"),
            Heading("Named person (completing this referral)"),
            kv(
                ("Name", "Alison Drummond"),
                ("Role", "Head Teacher"),
                ("Establishment", "Wollaston Primary School, Bridle Road, Stourbridge DY8 3NX"),
                ("Email", "a.drummond@wollaston.example.sch.uk"),
                ("Date", "20/10/2026"),
                per_row=2,
            ),
            Heading("Lead professional (if different)"),
            kv(
                ("Name", "Tomasz Wójcik"),
                ("Role", "Family Support Worker"),
                ("Email", "tomasz.wojcik@familyhub.example.gov.uk"),
                per_row=3,
            ),
            Heading("Child"),
            kv(
                ("Name", "Ryan Fraser"),
                ("Date of birth", "03/03/2016"),
                ("Home address", "18 Vicarage Road, Wollaston, Stourbridge"),
                ("Postcode", "DY8 1AA"),
                per_row=2,
            ),
            Heading("Household"),
            grid(
                ["Name", "Relationship", "Date of birth"],
                [["Lynsey Fraser", "Mother", "11/11/1988"], ["Gary Fraser", "Father", "06/06/1986"]],
            ),
            Heading("Wellbeing concerns"),
            kv(("Indicators of concern", _wellbeing(("Achieving", "Included")))),
            Para("Ryan (10) has ADHD; exclusions this term. Parents want help with routines and the EHCP process."),
            Heading("Family informed and in agreement"),
            grid(
                ["Signed", "Print name", "Date"],
                [["L Fraser", "Lynsey Fraser", "20/10/2026"], ["G Fraser", "Gary Fraser", "20/10/2026"]],
            ),
        ],
        "AHST referral",
    )


CASES: tuple[CouncilCase, ...] = (
    CouncilCase(
        "heldout12-west-dunbartonshire-ahst-01",
        COUNCIL,
        URL,
        TITLE,
        "Word internal request from a Dudley social worker to Early Help on the AHST template from her previous post: household grid with the address in each row; SHANARRI ☒/☐ indicators; named person's DY8 2PZ (not in the table) after the family",
        "request.docx",
        ON1,
        _b1,
        Expected(
            "internal_request",
            (
                person("Lewis Cameron", date(2019, 9, 17), False, ON1),
                person("Kirsty Cameron", date(1994, 2, 8), True, ON1),
                person("Amber Cameron", date(2023, 5, 29), False, ON1),
            ),
            "DY9 0QQ",
            "Fiona MacLeod",
            "fiona.macleod@csc-dudley.example.gov.uk",
            None,
        ),
    ),
    CouncilCase(
        "heldout12-west-dunbartonshire-ahst-02",
        COUNCIL,
        URL,
        TITLE,
        "plain-text email in the AHST questions' order: family in a B&B the night before, 'Postcode: to follow'; named person's school postcode DY1 4AS last; consent 'signed copy held on file'",
        "message.eml",
        ON2,
        _b2,
        Expected(
            "early_help_assessment",
            (
                person("Sophie Lennox", date(2017, 10, 21), False, ON2),
                person("Gemma Lennox", date(1992, 4, 13), True, ON2),
                person("Jayden Lennox", date(2021, 1, 1), False, ON2),
            ),
            None,
            "Callum Reid",
            "callum.reid@housing.example.org",
            None,
            queue_reason="postcode_missing",
        ),
    ),
    CouncilCase(
        "heldout12-west-dunbartonshire-ahst-03",
        COUNCIL,
        URL,
        TITLE,
        "flattened PDF referral completed by the named person (head teacher, school DY8 3NX first) with a separate 'Lead professional (if different)'; both parents sign 'Signed / Print name / Date'",
        "referral.pdf",
        ON3,
        _b3,
        Expected(
            "early_help_assessment",
            (
                person("Ryan Fraser", date(2016, 3, 3), False, ON3),
                person("Lynsey Fraser", date(1988, 11, 11), True, ON3),
                person("Gary Fraser", date(1986, 6, 6), True, ON3),
            ),
            "DY8 1AA",
            "Tomasz Wójcik",
            "tomasz.wojcik@familyhub.example.gov.uk",
            None,
        ),
    ),
)
