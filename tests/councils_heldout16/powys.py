"""Powys County Council: Reporting Child Abuse – Information for professional staff. The Powys
Front Door Team; a Multi-Agency Referral Form completed in all cases; 'Seeking consent to a
report' (parents, and children if competent); the Mid and West Wales Safeguarding Board."""

# ruff: noqa: E501  (wording follows the published page)

from datetime import date

from tests.councils.kit import (
    CB,
    TICK,
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
    render_pdf,
)
from tests.councils.model import CouncilCase, Expected
from tests.councils_heldout16._bits import yn

URL = "https://en.powys.gov.uk/article/11247/Reporting-Child-Abuse---Information-for-professional-staff?ccp=true"
TITLE = "Powys County Council – Reporting Child Abuse: Information for professional staff (Multi-Agency Referral Form; Seeking consent to a report)"
COUNCIL = "Powys County Council (Front Door Team)"

_HEAD = [Title("MULTI-AGENCY REFERRAL FORM", "Powys Front Door – Children's Services")]

ON1 = date(2026, 9, 8)


def _b1() -> bytes:
    return render_docx(
        [
            *_HEAD,
            Para("A Multi-Agency Referral Form should be completed in all cases. If you deem the child to be at risk of immediate significant harm telephone the Front Door first and follow up with this form."),
            Heading("SEEKING CONSENT TO A REPORT"),
            Table(
                [
                    [L("Have the parents been told about this referral?"), yn(True)],
                    [L("Have the parents consented?"), yn(True)],
                    [L("Has the child (if competent) been consulted and consented?"), yn(True)],
                    [L("Who gave consent?"), "Gemma Pryce (mother) and Owain Pryce (15) – both signed below"],
                ]
            ),
            Heading("1. DETAILS OF CHILD / CHILDREN"),
            grid(
                ["Surname", "Forename(s)", "DOB", "Gender", "School / setting"],
                [
                    ["PRYCE", "Owain Rhys", "03/04/2011", "M", "Castle High School"],
                    ["PRYCE", "Ffion", "21/10/2017", "F", "Priory Primary, Dudley DY1 4AS"],
                ],
            ),
            Table(
                [
                    [L("Home address"), Span("12 Priory Road, Dudley", 2), L("Postcode"), "DY2 0AB"],
                    [L("Language of choice"), Span(Boxes((CB(False, "Cymraeg"), CB(True, "English"))), 4)],
                ]
            ),
            Heading("2. PARENTS / CARERS"),
            grid(
                ["Name", "Relationship", "DOB", "Address (if different)", "Parental responsibility"],
                [
                    ["Gemma Pryce", "Mother", "17/06/1988", "Same", "Yes"],
                    ["Rhodri Pryce", "Father", "02/02/1986", "Llandrindod Wells LD1 5LG – does not live with the children", "Yes"],
                ],
            ),
            Heading("3. REFERRER"),
            kv(
                ("Name", "Sian Vaughan"),
                ("Agency / role", "Family Support Worker, Powys Front Door (transfer of case to Dudley)"),
                ("Address", "Powys County Hall, Llandrindod Wells LD1 5LG"),
                ("Telephone / e-mail", "01632 960214 / sian.vaughan@powys.example.gov.uk"),
            ),
            Heading("4. REASON FOR REFERRAL"),
            Para("Family moved from Llandrindod Wells to Dudley in August. Owain is caring for Ffion after school while mum works nights; attendance has dropped. Mum asks for early help with childcare and a young carers assessment."),
            Heading("5. SIGNATURES"),
            grid(
                ["Signed", "Print name", "Date"],
                [
                    ["G Pryce", "Gemma Pryce", "08/09/2026"],
                    ["O. Pryce", "Owain Pryce", "08/09/2026"],
                    ["S Vaughan", "Sian Vaughan (referrer)", "08/09/2026"],
                ],
            ),
        ]
    )


ON2 = date(2026, 10, 13)


def _b2() -> bytes:
    return render_acroform(
        [
            *_HEAD,
            Heading("Seeking consent to a report"),
            kv(
                ("Parent/carer consent obtained?", F("Yes - Mr and Mrs Hughes, 13/10/2026", "Text1")),
                ("If no, reason why", F("", "Text2")),
            ),
            Heading("Child"),
            kv(
                ("Name of child", F("Lowri Hughes", "Text3")),
                ("Date of birth", F("30/07/2019", "Text4")),
                ("Address", F("5 Cross Street, Brierley Hill", "Text5")),
                ("Postcode", F("DY5 1AA", "Text6")),
                ("GP", F("Quarry Bank Medical Centre, DY5 3UZ", "Text7")),
            ),
            Heading("Others in the household"),
            grid(
                ["Name", "Relationship", "DOB"],
                [
                    [F("Dafydd Hughes", "Text8"), F("Father", "Text9"), F("11/01/1983", "Text10")],
                    [F("Carys Hughes", "Text11"), F("Mother", "Text12"), F("25/09/1985", "Text13")],
                ],
            ),
            Heading("Referrer"),
            kv(
                ("Name and role", F("Elin Morgan, Health Visitor", "Text14")),
                ("E-mail", F("elin.morgan@nhs.example.net", "Text15")),
                ("Telephone", F("07700 900318", "Text16")),
            ),
            Heading("Reason"),
            kv(("What are you worried about?", F("Lowri (7) has toileting and sleep difficulties; parents exhausted and asking for parenting support.", "Text17"))),
            Heading("Parent signatures"),
            kv(
                ("Signature (parent 1)", F("D Hughes", "Text18")),
                ("Signature (parent 2)", F("C Hughes", "Text19")),
                ("Date", F("13/10/2026", "Text20")),
            ),
        ],
        title="Powys Multi-Agency Referral Form",
    )


ON3 = date(2026, 11, 17)


def _b3() -> bytes:
    return render_pdf(
        [
            *_HEAD,
            Table(
                [
                    [L("Is the child at risk of immediate significant harm?"), Boxes((CB(True, "Yes"), CB(False, "No")))],
                    [L("Front Door telephoned?"), f"{TICK} Yes – spoke to duty Information and Advice Officer 17/11/2026 09:40"],
                    [L("Parents told of this report?"), Boxes((CB(False, "Yes"), CB(True, "No – would place the child at risk")))],
                ]
            ),
            Heading("Child's details"),
            kv(
                ("Full name", "Tyler James Bevan"),
                ("Date of birth", "14/05/2013"),
                ("Home address", "9 Long Lane, Halesowen B62 8AA"),
                ("School", "Halesowen C of E Primary, B63 3HN"),
            ),
            Heading("Household"),
            grid(
                ["Name", "Relationship", "DOB"],
                [["Kirsty Bevan", "Mother", "08/08/1991"], ["Lee Corbett", "Mother's partner", "19/03/1989"]],
            ),
            Heading("Referrer"),
            kv(("Name", "PC 4471 Rhian Price"), ("Agency", "Dyfed-Powys Police (visiting officer)"), ("E-mail", "rhian.price@police.example.org")),
            Heading("Concern"),
            Para("Tyler disclosed that mum's partner hit him with a belt last night; marks seen on his back. Child at risk of immediate significant harm."),
        ],
        title="Powys MARF",
    )


CASES: tuple[CouncilCase, ...] = (
    CouncilCase(
        "heldout16-powys-01",
        COUNCIL,
        URL,
        TITLE,
        "Word MARF with the 'Seeking consent to a report' Yes/No block first; children grid in capital SURNAME with the school's DY1 4AS; father at Llandrindod Wells LD1 5LG; Signed | Print name | Date grid for mum and the 15-year-old",
        "referral.docx",
        ON1,
        _b1,
        Expected(
            "early_help_assessment",
            (
                person("Owain Rhys Pryce", date(2011, 4, 3), True, ON1),
                person("Ffion Pryce", date(2017, 10, 21), False, ON1),
                person("Gemma Pryce", date(1988, 6, 17), True, ON1),
            ),
            "DY2 0AB",
            "Sian Vaughan",
            "sian.vaughan@powys.example.gov.uk",
            None,
        ),
    ),
    CouncilCase(
        "heldout16-powys-02",
        COUNCIL,
        URL,
        TITLE,
        "fillable PDF converted from the Word MARF with fields Text1..Text20; consent a sentence naming 'Mr and Mrs Hughes'; GP at DY5 3UZ under the family's postcode field",
        "referral.pdf",
        ON2,
        _b2,
        Expected(
            "early_help_assessment",
            (
                person("Lowri Hughes", date(2019, 7, 30), False, ON2),
                person("Dafydd Hughes", date(1983, 1, 11), True, ON2),
                person("Carys Hughes", date(1985, 9, 25), True, ON2),
            ),
            "DY5 1AA",
            "Elin Morgan",
            "elin.morgan@nhs.example.net",
            None,
        ),
    ),
    CouncilCase(
        "heldout16-powys-03",
        COUNCIL,
        URL,
        TITLE,
        "flattened PDF MARF following a phone call: 'at risk of immediate significant harm?' ☒ Yes; parents not told (☒ No – would place the child at risk); school at B63 3HN",
        "referral.pdf",
        ON3,
        _b3,
        Expected(
            "early_help_assessment",
            (
                person("Tyler James Bevan", date(2013, 5, 14), False, ON3),
                person("Kirsty Bevan", date(1991, 8, 8), False, ON3),
                person("Lee Corbett", date(1989, 3, 19), False, ON3),
            ),
            "B62 8AA",
            "Rhian Price",
            "rhian.price@police.example.org",
            None,
            safeguarding=True,
            queue_reason="safeguarding_concern",
        ),
    ),
)
