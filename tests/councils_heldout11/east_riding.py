"""East Riding of Yorkshire Council: East Riding Safeguarding Children Board procedures and
guidance – the Early Help Assessment for Families and its guidance, the threshold document
(early help, targeted, specialist and statutory support) and the confirmation of a referral
form."""

# ruff: noqa: E501  (wording follows the published page)

from datetime import date

from tests.councils.kit import (
    CB,
    Boxes,
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
    render_pdf,
)
from tests.councils.model import CouncilCase, Expected

URL = "http://erscb.org.uk/professionals-and-volunteers/procedures-and-guidance/?vAction=fntUp"
TITLE = "East Riding Safeguarding Children Board – Procedures and guidance (Assessing and Providing Early Help: Early Help Guidance; Early Help Assessment for Families and Early Help Assessment Guidance; Threshold Document – guidance for early help, targeted, specialist and statutory support; Confirmation of a referral form; Assessment Protocol 2015; Signs of Safety)"
COUNCIL = "East Riding of Yorkshire Council (East Riding Safeguarding Children Board)"


def _support(v: str) -> Boxes:
    return Boxes(
        tuple(CB(v == x, x) for x in ("Early help", "Targeted", "Specialist", "Statutory"))
    )


def _yn(yes: bool) -> Boxes:
    return Boxes((CB(yes, "Yes"), CB(not yes, "No")))


ON1 = date(2026, 2, 3)


def _b1() -> bytes:
    return render_docx(
        [
            Title("Early Help Assessment for Families", "Assessing and Providing Early Help"),
            Heading("Section 1 – Family details"),
            kv(("Family address", "17 Church Road, Halesowen"), ("Postcode", "B63 4HJ"), per_row=2),
            grid(
                [
                    "Surname",
                    "Forename(s)",
                    "Date of birth",
                    "Relationship to lead child",
                    "Lives here",
                ],
                [
                    ["ATKINSON", "Jayden", "21/07/2014", "Lead child", "Y"],
                    ["ATKINSON", "Kayla", "10/02/2011", "Sister", "Y"],
                    ["ATKINSON", "Nicola", "28/09/1988", "Mother", "Y"],
                    ["HOLMES", "Dale", "06/01/1986", "Father", "N – Hull HU9 1AA"],
                ],
            ),
            Heading("Section 2 – Assessment completed by"),
            kv(
                ("Name", "Rachel Dixon"),
                ("Agency", "Lapal Primary School (Family Support Worker)"),
                ("Email", "r.dixon@lapal.example.sch.uk"),
                ("Date of assessment", "03/02/2026"),
                per_row=2,
            ),
            Heading("Section 3 – Level of support (see Threshold Document)"),
            Table([[L("Support needed"), _support("Targeted")]]),
            Heading(
                "Section 4 – What are we worried about? What is working well? What needs to happen?"
            ),
            Para(
                "Worried: Jayden's anger at school and home since dad left; Kayla (14) is doing most of the cooking. Working well: mum is honest and asking for help. Needs to happen: parenting support, young carers check for Kayla."
            ),
            Heading("Section 5 – Consent"),
            grid(
                ["Name", "I agree to this assessment and to information being shared", "Date"],
                [
                    ["Nicola Atkinson", "N Atkinson", "03/02/2026"],
                    ["Kayla Atkinson", "Kayla A", "03/02/2026"],
                    ["Jayden Atkinson", "Jayden", "03/02/2026"],
                ],
            ),
        ]
    )


ON2 = date(2026, 5, 19)


def _b2() -> bytes:
    return render_pdf(
        [
            Title(
                "Confirmation of a Referral", "To confirm in writing a referral made by telephone"
            ),
            kv(
                ("Date and time of telephone referral", "19/05/2026 11:15"),
                ("Spoke to", "Early Help Hub duty worker"),
                per_row=2,
            ),
            Heading("Referrer"),
            kv(
                ("Name", "Tom Briggs"),
                ("Role / agency", "Housing Support Officer, Dudley Council Housing"),
                ("Email", "tom.briggs@dudleyhousing.example.gov.uk"),
                ("Telephone", "01632 960829"),
                per_row=2,
            ),
            Heading("Family"),
            kv(
                ("Current address", "2 Cedar Court, Dudley"),
                ("Postcode", "DY2 9HF"),
                ("Previous address", "Flat 6, Manor Lane, Halesowen B62 8AA (until April 2026)"),
                per_row=1,
            ),
            grid(
                ["Name", "Date of birth", "Relationship"],
                [
                    ["Stacey Webb", "12/12/1996", "Mother"],
                    ["Mason Webb", "01/03/2016", "Son"],
                    ["Millie Webb", "20/08/2020", "Daughter"],
                ],
            ),
            Heading("Level of support (Threshold Document)"),
            Table([[L("Support needed"), _support("Early help")]]),
            Heading("Reason for referral"),
            Para(
                "Stacey and the children moved into the flat after fleeing domestic abuse in Halesowen; the perpetrator is in prison. Rent arrears, no furniture, Mason not yet in a school."
            ),
            Heading("Consent"),
            Table(
                [
                    [L("Parent/carer agrees to the referral"), _yn(True)],
                    [L("Signed"), "S Webb – 19/05/2026"],
                ]
            ),
        ],
        "Confirmation of a referral",
    )


ON3 = date(2026, 8, 6)


def _b3() -> bytes:
    return render_acroform(
        [
            Title("Early Help Assessment for Families"),
            Heading("Section 1 – Family details"),
            kv(("Family address", "90 High Street, Tipton"), ("Postcode", "DY4 0RE"), per_row=2),
            grid(
                ["Name", "Date of birth", "Relationship"],
                [
                    ["Samantha Green", "05/05/1984", "Mother"],
                    ["Connor Green", "06/08/2012", "Son"],
                    ["Lola Green", "17/01/2016", "Daughter"],
                ],
            ),
            Heading("Section 2 – Assessment completed by"),
            kv(
                ("Name", "Adeel Hussain"),
                ("Agency", "Youth Justice Service (prevention)"),
                ("Email", "adeel.hussain@yjs-dudley.example.gov.uk"),
                ("Date", "06/08/2026"),
                per_row=2,
            ),
            Heading("Section 3 – Level of support"),
            Table([[L("Support needed"), _support("Targeted")]]),
            Heading("Section 4 – Assessment"),
            Para(
                "Connor turns 14 today; he was given a community resolution for shoplifting with older boys. Mum wants help; Lola is scared of Connor's friends coming to the house."
            ),
            Heading("Section 5 – Consent"),
            grid(
                ["Name", "Signature", "Date"],
                [["Samantha Green", "S Green", "06/08/2026"], ["Connor Green", "", ""]],
            ),
        ],
        "EHA for Families",
    )


CASES: tuple[CouncilCase, ...] = (
    CouncilCase(
        "heldout11-east-riding-eha-01",
        COUNCIL,
        URL,
        TITLE,
        "Word Early Help Assessment for Families: family address first; SURNAME | Forename(s) grid with 'Lives here' Y/N and the father 'N – Hull HU9 1AA'; threshold support boxes (Targeted, not a level); consent grid signed by mum and both children",
        "referral.docx",
        ON1,
        _b1,
        Expected(
            "early_help_assessment",
            (
                person("Jayden Atkinson", date(2014, 7, 21), True, ON1),
                person("Kayla Atkinson", date(2011, 2, 10), True, ON1),
                person("Nicola Atkinson", date(1988, 9, 28), True, ON1),
            ),
            "B63 4HJ",
            "Rachel Dixon",
            "r.dixon@lapal.example.sch.uk",
            None,
        ),
    ),
    CouncilCase(
        "heldout11-east-riding-confirm-01",
        COUNCIL,
        URL,
        TITLE,
        "flattened PDF Confirmation of a Referral after a phone call: current address DY2 9HF then a 'Previous address' with the Dudley-table Halesowen B62 8AA; 'Signed' with the date in one cell",
        "referral.pdf",
        ON2,
        _b2,
        Expected(
            "early_help_assessment",
            (
                person("Stacey Webb", date(1996, 12, 12), True, ON2),
                person("Mason Webb", date(2016, 3, 1), False, ON2),
                person("Millie Webb", date(2020, 8, 20), False, ON2),
            ),
            "DY2 9HF",
            "Tom Briggs",
            "tom.briggs@dudleyhousing.example.gov.uk",
            None,
        ),
    ),
    CouncilCase(
        "heldout11-east-riding-eha-02",
        COUNCIL,
        URL,
        TITLE,
        "fillable PDF Early Help Assessment for Families: the son turns 14 on the day of the assessment and his consent row is left empty",
        "referral.pdf",
        ON3,
        _b3,
        Expected(
            "early_help_assessment",
            (
                person("Samantha Green", date(1984, 5, 5), True, ON3),
                person("Connor Green", date(2012, 8, 6), False, ON3),
                person("Lola Green", date(2016, 1, 17), False, ON3),
            ),
            "DY4 0RE",
            "Adeel Hussain",
            "adeel.hussain@yjs-dudley.example.gov.uk",
            None,
            queue_reason="consent_missing",
        ),
    ),
)
