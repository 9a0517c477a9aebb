"""Jersey: Children and Families Hub Request for Support (Jersey's Children First; consent;
RAG ratings; Lead Worker)."""

# ruff: noqa: E501  (wording follows the published page)

from datetime import date

from tests.councils.kit import (
    CB,
    Boxes,
    Heading,
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
from tests.councils_heldout7._mail import FRONT_DOOR, plain

URL = "https://jerseyscb.proceduresonline.com/chapters/p_referrals.html"
TITLE = "Jersey Safeguarding Partnership Board – Children and Young Person Safeguarding Referrals (1. Introduction; 2. Consultation Service; 3. Consent; 4. Submitting a Request for Support; 5. RAG Ratings and Response Time)"
COUNCIL = "Government of Jersey (Children and Families Hub)"

_NEEDS = ("Wellbeing need", "Health or development need", "Safeguarding need")


def _blocks(
    on: str,
    need: str,
    child: list[str],
    addr: str,
    pc: str,
    family: list[list[str]],
    consent: list[list[str]],
    why: str,
    you: tuple[str, str, str, str],
    lead: str | None,
) -> list[object]:
    blocks: list[object] = [
        Title("Request for Support", "Children and Families Hub – Jersey's Children First"),
        Heading("1. Type of need"),
        Table([[Boxes(tuple(CB(n == need, n) for n in _NEEDS))]]),
        Heading("2. About you"),
        kv(
            ("Name", you[0]),
            ("Role / agency", you[1]),
            ("Work address", you[2]),
            ("Email", you[3]),
            ("Date of request", on),
            per_row=2,
        ),
    ]
    if lead:
        blocks.append(kv(("Lead Worker (if one is in place)", lead)))
    blocks += [
        Heading("3. The child or young person"),
        grid(["First name", "Last name", "Date of birth", "Gender"], [child]),
        kv(("Home address", addr), ("Postcode", pc), per_row=2),
        Heading("4. Family and household"),
        grid(["Name", "Date of birth", "Relationship to child", "Lives at home"], family),
        Heading("5. Why are you requesting support?"),
        Para(why),
        Heading("6. Consent"),
        Para(
            "Consent from the parents/child should be sought before a request for support is made, unless this may raise any risk to the child."
        ),
        grid(["Name", "Relationship", "Consent given", "Date"], consent),
    ]
    return blocks


ON1 = date(2026, 2, 23)


def _b1() -> bytes:
    return render_docx(
        _blocks(
            "23/02/2026",
            "Health or development need",
            ["Maisie", "Le Brun", "11/07/2016", "Female"],
            "3 Hill Street, Netherton, Dudley",
            "DY2 9HF",
            [
                ["Claire Le Brun", "05/01/1988", "Mother", "Yes"],
                ["Thomas Le Brun", "28/05/1986", "Father", "Yes"],
                ["Noah Le Brun", "02/03/2012", "Brother", "Yes"],
            ],
            [
                ["Claire Le Brun", "Mother", "Yes – signed", "23/02/2026"],
                ["Thomas Le Brun", "Father", "Yes – signed", "23/02/2026"],
                ["Noah Le Brun", "Brother (13)", "Yes – verbal", "23/02/2026"],
            ],
            "Maisie has a speech delay and severe eczema; parents ask for help with appointments and a family support worker.",
            (
                "Hannah Vibert",
                "Speech and Language Therapist",
                "Child Development Centre, St Helier JE2 4UH",
                "h.vibert@health.example.je",
            ),
            "Sophie Renouf, Family Support Worker, Brierley Hill Family Hub – s.renouf@familyhub.example.org.uk",
        )
    )


ON2 = date(2026, 5, 19)


def _b2() -> bytes:
    return render_acroform(
        _blocks(
            "19/05/2026",
            "Wellbeing need",
            ["Ethan", "Gallichan", "30/01/2011", "Male"],
            "18 Pensnett Road, Brierley Hill",
            "DY5 2HT",
            [
                ["Karen Gallichan", "14/09/1978", "Mother", "Yes"],
                ["Ethan Gallichan", "30/01/2011", "Self", "Yes"],
                ["Lily Gallichan", "08/10/2019", "Sister", "Yes"],
            ],
            [
                ["Karen Gallichan", "Mother", "Yes", "19/05/2026"],
                ["Ethan Gallichan", "Young person", "", ""],
            ],
            "Ethan (15) is isolated and has stopped attending youth club; Mum asks for mentoring. Ethan was not in school on the day the form was completed.",
            (
                "Liam Pallot",
                "Youth Worker",
                "Brierley Hill Youth Centre, DY5 3DH",
                "liam.pallot@youth.example.org.uk",
            ),
            None,
        ),
        "Request for Support",
    )


ON3 = date(2026, 11, 3)


def _b3() -> bytes:
    body = """Children and Families Hub – Request for Support

1. Type of need: Wellbeing need

2. About you
Name: Rachel Mauger
Role / agency: Health Visitor, 0-19 Service
Work address: Stourbridge Health Centre, DY8 1XX
Email: rachel.mauger@nhs.example.net
Date of request: 03/11/2026

3. The child or young person
Amelia Hamon, born 16/04/2025, female
Home address: 9 Worcester Street, Stourbridge DY8 1AA

4. Family and household
Jessica Hamon (mother), 22/12/1999, lives at home
Ryan Hamon (father), 07/06/1998, lives at home

5. Why are you requesting support?
Parents are exhausted; Amelia (18 months) sleeps poorly and Jessica has low mood after a bereavement. Family ask for a children's centre sleep clinic and peer support.

6. Consent
Jessica Hamon and Ryan Hamon both gave consent at the home visit on 03/11/2026.

Rachel Mauger
Health Visitor
"""
    return plain(
        "Rachel Mauger <rachel.mauger@nhs.example.net>",
        FRONT_DOOR,
        "Request for Support – Amelia Hamon",
        ON3,
        body,
    )


CASES: tuple[CouncilCase, ...] = (
    CouncilCase(
        "heldout7-jersey-rfs-01",
        COUNCIL,
        URL,
        TITLE,
        "Word Request for Support: need type ☒/☐ (wellbeing / health or development / safeguarding) first, 'About you' with a St Helier JE2 work address, Lead Worker named apart from the referrer, consent grid with a 13-year-old's verbal consent",
        "referral.docx",
        ON1,
        _b1,
        Expected(
            "early_help_assessment",
            (
                person("Maisie Le Brun", date(2016, 7, 11), False, ON1),
                person("Claire Le Brun", date(1988, 1, 5), True, ON1),
                person("Thomas Le Brun", date(1986, 5, 28), True, ON1),
                person("Noah Le Brun", date(2012, 3, 2), True, ON1),
            ),
            "DY2 9HF",
            "Sophie Renouf",
            "s.renouf@familyhub.example.org.uk",
            None,
        ),
    ),
    CouncilCase(
        "heldout7-jersey-rfs-02",
        COUNCIL,
        URL,
        TITLE,
        "fillable PDF Request for Support: the 15-year-old listed as 'Self' in the household; his consent row left empty; youth centre's DY5 3DH before the family",
        "referral.pdf",
        ON2,
        _b2,
        Expected(
            "early_help_assessment",
            (
                person("Ethan Gallichan", date(2011, 1, 30), False, ON2),
                person("Karen Gallichan", date(1978, 9, 14), True, ON2),
                person("Lily Gallichan", date(2019, 10, 8), False, ON2),
            ),
            "DY5 2HT",
            "Liam Pallot",
            "liam.pallot@youth.example.org.uk",
            None,
            queue_reason="consent_missing",
        ),
    ),
    CouncilCase(
        "heldout7-jersey-rfs-03",
        COUNCIL,
        URL,
        TITLE,
        "plain-text email typed under the Request for Support headings: people in sentences, consent a sentence naming both parents, health centre DY8 1XX before the family's DY8 address",
        "message.eml",
        ON3,
        _b3,
        Expected(
            "early_help_assessment",
            (
                person("Amelia Hamon", date(2025, 4, 16), False, ON3),
                person("Jessica Hamon", date(1999, 12, 22), True, ON3),
                person("Ryan Hamon", date(1998, 6, 7), True, ON3),
            ),
            "DY8 1AA",
            "Rachel Mauger",
            "rachel.mauger@nhs.example.net",
            None,
        ),
    ),
)
