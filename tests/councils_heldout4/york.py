"""City of York: the Early Help assessment and family plan under York's whole family approach
(Signs of Safety; 'every conversation starts with the child')."""

# ruff: noqa: E501  (wording follows the published page)

from datetime import date

from tests.councils.kit import (
    Heading,
    L,
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

URL = "https://www.saferchildrenyork.org.uk/safeguarding-information/early-help"
TITLE = "City of York Safeguarding Children Partnership – Early Help (right help at the right time; whole family approach: connecting with families, family goals, family action, agency collaboration, success; Signs of Safety; 'Every conversation starts with the child')"

SOS = ("What are we worried about?", "What is working well?", "What needs to happen?")

ON1 = date(2026, 1, 28)


def _build_01() -> bytes:
    blocks: list[object] = [
        Title("Early Help Assessment and Family Plan", "City of York – Whole Family Approach"),
        Para("Every conversation starts with the child."),
        Heading("1. Connecting with the family – the child / young person"),
        grid(
            ["Forename", "Surname", "Date of birth", "Gender", "School"],
            [["Poppy", "Ellwood", "05/02/2012", "F", "Ormiston Forge Academy"]],
        ),
        kv(
            ("Home address", "12 Colley Lane, Cradley, Halesowen"),
            ("Postcode", "B63 4HJ"),
            per_row=2,
        ),
        Heading("Brothers and sisters"),
        grid(
            ["Forename", "Surname", "Date of birth", "Lives with the child?"],
            [
                ["Jack", "Ellwood", "14/08/2008", "No – at university in York"],
                ["Harry", "Ellwood", "30/04/2017", "Yes"],
            ],
        ),
        Heading("Parents, carers and other adults"),
        grid(
            ["Forename", "Surname", "Relationship", "Date of birth", "Address if different"],
            [
                ["Claire", "Ellwood", "Mother", "19/06/1983", ""],
                ["Martin", "Ellwood", "Father", "11/11/1981", ""],
            ],
        ),
        Heading("2. Family goals – Signs of Safety"),
        *[
            Table([[L(q)], [a]])
            for q, a in zip(
                SOS,
                (
                    "Poppy (13) has been missing from home twice overnight, found in Birmingham; older friends; drops in grades.",
                    "Parents report every missing episode; Poppy is close to her grandma; she still goes to drama.",
                    "Youth worker and exploitation screening; parenting support for Claire and Martin; return home interviews.",
                ),
                strict=True,
            )
        ],
        Heading("3. Lead practitioner"),
        kv(
            ("Name", "Tom Hirst"),
            ("Role", "Assistant Head (Pastoral)"),
            ("Address", "Ormiston Forge Academy, Wrights Lane, Cradley Heath B64 6QU"),
            ("Email", "t.hirst@forge.example.sch.uk"),
            per_row=2,
        ),
        Heading("4. Family agreement"),
        grid(
            ["Name", "Signature", "Date"],
            [
                ["Claire Ellwood", "C Ellwood", "28/01/2026"],
                ["Martin Ellwood", "M. Ellwood", "28/01/2026"],
            ],
        ),
    ]
    return render_docx(blocks)


ON2 = date(2026, 7, 9)


def _build_02() -> bytes:
    blocks: list[object] = [
        Title("Early Help Assessment and Family Plan", "City of York – Whole Family Approach"),
        Para("Every conversation starts with the child."),
        Heading("1. Connecting with the family – the child / young person"),
        grid(
            ["Forename", "Surname", "Date of birth", "Gender", "School"],
            [["Oscar", "Bennett-Hale", "22/07/2015", "M", "Kingswinford Primary"]],
        ),
        kv(
            ("Home address", "51 Kingswinford Road, Wall Heath, Kingswinford"),
            ("Postcode", "DY6 7AA"),
            per_row=2,
        ),
        Heading("Brothers and sisters"),
        grid(
            ["Forename", "Surname", "Date of birth", "Lives with the child?"],
            [["Mia", "Bennett-Hale", "03/05/2011", "Yes"]],
        ),
        Heading("Parents, carers and other adults"),
        grid(
            ["Forename", "Surname", "Relationship", "Date of birth", "Address if different"],
            [["Louise", "Bennett", "Mother", "29/10/1986", ""]],
        ),
        Heading("2. Family goals – Signs of Safety"),
        *[
            Table([[L(q)], [a]])
            for q, a in zip(
                SOS,
                (
                    "Oscar has a stammer and is bullied; Mia (15) is a young carer for mum (MS).",
                    "Mum is organised and keeps the house going; Mia is doing well at school.",
                    "Young carers' group for Mia; speech and language for Oscar; an adult social care assessment for mum.",
                ),
                strict=True,
            )
        ],
        Heading("3. Lead practitioner"),
        kv(
            ("Name", "Sarah Quinn"),
            ("Role", "SENCo"),
            ("Address", "Kingswinford Primary, Water Street, Kingswinford DY6 7AX"),
            ("Email", "s.quinn@kingswinfordprimary.example.sch.uk"),
            per_row=2,
        ),
        Heading("4. Family agreement"),
        Para("Signed: L Bennett          Print name: Louise Bennett          Date: 09/07/2026"),
        Para("Signed:                    Print name: Mia Bennett-Hale        Date:"),
    ]
    return render_pdf(blocks, "Early Help Assessment and Family Plan")


ON3 = date(2026, 10, 21)


def _build_03() -> bytes:
    blocks: list[object] = [
        Title("Early Help Assessment and Family Plan", "City of York – Whole Family Approach"),
        Para("Every conversation starts with the child."),
        Heading("1. Connecting with the family – the child / young person"),
        grid(
            ["Forename", "Surname", "Date of birth", "Gender", "School"],
            [["Leo", "Marriott", "11/03/2021", "M", "Little Acorns Nursery, Halesowen B63 2PH"]],
        ),
        kv(
            (
                "Home address",
                "Not given – mother asked that the address is not written on the form (fled domestic abuse, staying with a friend)",
            ),
            ("Postcode", ""),
            per_row=2,
        ),
        Heading("Parents, carers and other adults"),
        grid(
            ["Forename", "Surname", "Relationship", "Date of birth", "Address if different"],
            [["Danielle", "Marriott", "Mother", "02/12/1997", ""]],
        ),
        Para("Father: Kyle Marriott – no contact (non-molestation order); lives in Wolverhampton."),
        Heading("2. Family goals – Signs of Safety"),
        *[
            Table([[L(q)], [a]])
            for q, a in zip(
                SOS,
                (
                    "Leo is frightened of men's voices and wakes at night; mum has no income yet.",
                    "Mum left to keep Leo safe and has a domestic abuse worker (IDVA).",
                    "Housing application; nursery funding; Freedom Programme for mum.",
                ),
                strict=True,
            )
        ],
        Heading("3. Lead practitioner"),
        kv(
            ("Name", "Anna Kowal"),
            ("Role", "Nursery Manager"),
            ("Email", "anna.kowal@littleacorns.example.co.uk"),
            per_row=2,
        ),
        Heading("4. Family agreement"),
        grid(["Name", "Signature", "Date"], [["Danielle Marriott", "D Marriott", "21/10/2026"]]),
    ]
    return render_pdf(blocks, "Early Help Assessment and Family Plan")


CASES: tuple[CouncilCase, ...] = (
    CouncilCase(
        case_id="heldout4-york-eha-01",
        council="City of York Council",
        source_url=URL,
        source_title=TITLE,
        layout="Word EHA with separate child, brothers-and-sisters and adults tables (Forename | Surname); the 17-year-old brother 'No – at university in York'; Signs of Safety questions with labels above answers; academy's B64 6QU after the family; both parents sign",
        filename="referral.docx",
        assessment_date=ON1,
        build=_build_01,
        expected=Expected(
            form_type="early_help_assessment",
            people=(
                person("Poppy Ellwood", date(2012, 2, 5), False, ON1),
                person("Harry Ellwood", date(2017, 4, 30), False, ON1),
                person("Claire Ellwood", date(1983, 6, 19), True, ON1),
                person("Martin Ellwood", date(1981, 11, 11), True, ON1),
            ),
            postcode="B63 4HJ",
            lead_professional_name="Tom Hirst",
            lead_professional_email="t.hirst@forge.example.sch.uk",
            level_of_need=None,
        ),
    ),
    CouncilCase(
        case_id="heldout4-york-eha-02",
        council="City of York Council",
        source_url=URL,
        source_title=TITLE,
        layout="flattened PDF of the same EHA with the agreement as 'Signed: Print name: Date:' lines: mum's line signed, the 15-year-old young carer's line printed but unsigned and undated",
        filename="referral.pdf",
        assessment_date=ON2,
        build=_build_02,
        expected=Expected(
            form_type="early_help_assessment",
            people=(
                person("Oscar Bennett-Hale", date(2015, 7, 22), False, ON2),
                person("Mia Bennett-Hale", date(2011, 5, 3), False, ON2),
                person("Louise Bennett", date(1986, 10, 29), True, ON2),
            ),
            postcode="DY6 7AA",
            lead_professional_name="Sarah Quinn",
            lead_professional_email="s.quinn@kingswinfordprimary.example.sch.uk",
            level_of_need=None,
            queue_reason="consent_missing",
        ),
    ),
    CouncilCase(
        case_id="heldout4-york-eha-03",
        council="City of York Council",
        source_url=URL,
        source_title=TITLE,
        layout="flattened PDF EHA for a mother and toddler who fled domestic abuse: home address 'Not given' and the Postcode box empty; the nursery's B63 2PH in the child's School cell; father in a sentence (no contact); mum signs",
        filename="referral.pdf",
        assessment_date=ON3,
        build=_build_03,
        expected=Expected(
            form_type="early_help_assessment",
            people=(
                person("Leo Marriott", date(2021, 3, 11), False, ON3),
                person("Danielle Marriott", date(1997, 12, 2), True, ON3),
            ),
            postcode=None,
            lead_professional_name="Anna Kowal",
            lead_professional_email="anna.kowal@littleacorns.example.co.uk",
            level_of_need=None,
            queue_reason="postcode_missing",
        ),
    ),
)
