"""Action for Children (Gweithredu dros Blant), from the Royal household's account of the
Duchess of Cambridge's visit to two of its Welsh projects: MIST (a child and adolescent mental
health project for children in care or with birth families) and the Family Intervention Team
(FIT: emotional and behavioural difficulties, problems with family relationships, self-harm;
family therapy by Family Support Practitioners supervised by a clinical psychologist). The page
describes the service, not the form: the presenting difficulties and the practitioner roles come
from it, the rest is laid out with plain labels."""

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
    render_docx,
    render_pdf,
)
from tests.councils.model import CouncilCase, Expected
from tests.councils_heldout17._mail import FRONT_DOOR, plain

URL = "https://www.royal.uk/duchess-cambridge-visits-action-children-wales?page=15"
TITLE = "The Duchess of Cambridge visits Action for Children in Wales (MIST and the Family Intervention Team)"
COUNCIL = "Action for Children (Family Intervention Team)"

_DIFFS = ("Emotional and behavioural difficulties", "Problems with family relationships", "Self-harm or likely to self-harm")


def _diffs(*on: int) -> Boxes:
    return Boxes(tuple(CB(i in on, d) for i, d in enumerate(_DIFFS)))


ON1 = date(2026, 9, 14)


def _b1() -> bytes:
    return render_docx(
        [
            Title("Action for Children – Gweithredu dros Blant", "Family Intervention Team (FIT) – Referral"),
            Table(
                [
                    [L("Date of referral"), "14/09/2026", L("Level of need"), Boxes(tuple(CB(i == 2, str(i)) for i in (1, 2, 3, 4)))],
                    [L("Presenting difficulties (tick all that apply)"), Span(_diffs(0, 1), 3)],
                ]
            ),
            Heading("1. The child or young person"),
            kv(("Full name", "Maisie Hollis"), ("Date of birth", "03/02/2015"), ("Address", "27 Oak Lane, Kingswinford"), ("Postcode", "DY6 7AA"), per_row=2),
            Heading("2. People living in the household"),
            grid(["Name", "Relationship to child", "Date of birth", "Parental responsibility"], [["Gemma Hollis", "Mother", "11/10/1988", "Yes"], ["Tyler Hollis", "Brother", "29/06/2018", "–"]]),
            Heading("3. Referrer / Family Support Practitioner"),
            kv(("Name", "Owen Price"), ("Role", "Learning mentor, Crestwood Academy, DY6 9XE"), ("Email", "o.price@crestwood.example.org"), ("Telephone", "01632 960412"), per_row=2),
            Heading("4. Agreement of the family"),
            Para("I agree to this referral to the Family Intervention Team and to Action for Children contacting the professionals named above."),
            grid(["Name", "Signature", "Date"], [["Gemma Hollis", "G. Hollis", "14/09/2026"]]),
        ]
    )


ON2 = date(2026, 10, 5)


def _b2() -> bytes:
    return render_pdf(
        [
            Title("Action for Children – Family Intervention Team", "Referral for family support and family therapy"),
            kv(("Date", "05.10.2026"), ("Referred by", "Sunita Bains, School Nurse"), ("Email", "sunita.bains@nhs.example.net"), ("Base", "Brierley Hill Health and Social Care Centre, DY5 3EE")),
            Heading("Presenting difficulties"),
            Table([["✓ Emotional and behavioural difficulties", "   Problems with family relationships", "✓ Self-harm or likely to self-harm"]]),
            Heading("Child"),
            kv(("Name", "Kian Marsh"), ("DOB", "17/08/2012"), ("Home address", "9 Quarry Road, Brierley Hill DY5 2HT"), per_row=1),
            Heading("Household"),
            grid(["Name", "Relationship", "DOB"], [["Leanne Marsh", "Mother", "22/01/1985"], ["Darren Marsh", "Father", "14/04/1983"]]),
            Heading("Consent"),
            Para("Everyone aged 14 and over living in the home should sign to show they agree to the referral."),
            grid(["Name", "Signature", "Date"], [["Leanne Marsh", "L Marsh", "05.10.2026"], ["Kian Marsh", "K Marsh", "05.10.2026"], ["Darren Marsh", "", ""]]),
        ],
        title="FIT referral",
    )


ON3 = date(2026, 11, 9)


def _b3() -> bytes:
    body = (
        "Hello,\n\n"
        "Please accept this referral to the Family Intervention Team for Ellie Turner, d.o.b. 2 December 2010, "
        "who lives with her mum Claire Turner (d.o.b. 15/07/1980) at 4 Hayes Lane, Lye, Stourbridge B63 4HJ.\n\n"
        "Presenting difficulties: emotional and behavioural difficulties; problems with family relationships since her "
        "parents separated. Dad (Paul Turner) lives in Halesowen and is not part of the household.\n\n"
        "Consent: Claire Turner and Ellie Turner have both agreed to this referral and to information being shared; "
        "they gave consent in clinic today, 09/11/2026.\n\n"
        "Referrer: Dr Amir Hussain, GP, Lye Surgery, B63 3HN\n"
        "amir.hussain@lyesurgery.example.net  01632 960218\n"
    )
    return plain("Dr Amir Hussain <amir.hussain@lyesurgery.example.net>", FRONT_DOOR, "FIT referral - Ellie Turner", ON3, body)


CASES: tuple[CouncilCase, ...] = (
    CouncilCase(
        "heldout17-action-for-children-01",
        COUNCIL,
        URL,
        TITLE,
        "Word FIT referral: date and a ☒ 2 level row over a merged 'presenting difficulties' row of three tick boxes; school postcode DY6 9XE in the referrer's role",
        "referral.docx",
        ON1,
        _b1,
        Expected(
            "early_help_assessment",
            (person("Maisie Hollis", date(2015, 2, 3), False, ON1), person("Gemma Hollis", date(1988, 10, 11), True, ON1), person("Tyler Hollis", date(2018, 6, 29), False, ON1)),
            "DY6 7AA",
            "Owen Price",
            "o.price@crestwood.example.org",
            2,
        ),
    ),
    CouncilCase(
        "heldout17-action-for-children-02",
        COUNCIL,
        URL,
        TITLE,
        "flattened PDF FIT referral with ✓ ticks: father at home has an empty signature and date cell while mother and the 14-year-old sign; clinic postcode DY5 3EE",
        "referral.pdf",
        ON2,
        _b2,
        Expected(
            "early_help_assessment",
            (person("Kian Marsh", date(2012, 8, 17), True, ON2), person("Leanne Marsh", date(1985, 1, 22), True, ON2), person("Darren Marsh", date(1983, 4, 14), False, ON2)),
            "DY5 2HT",
            "Sunita Bains",
            "sunita.bains@nhs.example.net",
            None,
            queue_reason="consent_missing",
        ),
    ),
    CouncilCase(
        "heldout17-action-for-children-03",
        COUNCIL,
        URL,
        TITLE,
        "plain-text e-mail from a GP: DOB as '2 December 2010', consent in a sentence naming mother and the 15-year-old, father outside the home, surgery postcode B63 3HN",
        "message.eml",
        ON3,
        _b3,
        Expected(
            "early_help_assessment",
            (person("Ellie Turner", date(2010, 12, 2), True, ON3), person("Claire Turner", date(1980, 7, 15), True, ON3)),
            "B63 4HJ",
            "Amir Hussain",
            "amir.hussain@lyesurgery.example.net",
            None,
        ),
    ),
)
