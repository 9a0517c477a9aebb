"""Telford & Wrekin: Family Safeguarding (whole family approach; domestic abuse, mental health,
substance misuse) and the safeguarding partnership's Family Connect signposting."""

# ruff: noqa: E501  (wording follows the published pages)

from datetime import date

from tests.councils.kit import (
    CB,
    DOCX_MIME,
    Boxes,
    Cell,
    Heading,
    L,
    Mail,
    Para,
    Table,
    Title,
    kv,
    person,
    render_docx,
    render_pdf,
)
from tests.councils.model import CouncilCase, Expected
from tests.councils_heldout9._mail import FRONT_DOOR, forwarded

URL_FS = "https://www.telford.gov.uk/info/1006/children_and_young_people/5304/family_safeguarding"
TITLE_FS = "Telford & Wrekin Council – Family safeguarding (the Family Safeguarding Model: a strengths-based, whole family approach; tailored packages of support around domestic violence, mental health and substance misuse)"
URL_TP = "https://www.telfordsafeguardingpartnership.org.uk/info/7/partner-agency-information/11/thematic-priorities"
TITLE_TP = "Telford and Wrekin Safeguarding Partnership – Thematic priorities (Domestic Violence and Abuse, Exploitation and Neglect; Family Connect have a wide range of information available from signposting to support services)"
COUNCIL = "Telford & Wrekin Council"

_SUPPORT = (
    "Domestic abuse",
    "Parental mental health",
    "Substance misuse",
    "Parenting",
    "Exploitation",
    "Neglect",
)


def _support(ticked: set[str]) -> Table:
    return Table([[Boxes(tuple(CB(s in ticked, s) for s in _SUPPORT))]])


def _people(cols: list[list[str]]) -> Table:
    """One column per person: rows Name / Date of birth / Relationship / Lives at the family address?"""
    labels = ["Name", "Date of birth", "Relationship to child", "Lives at the family address?"]
    head: list[Cell] = [L(""), *[L(f"Person {i + 1}") for i in range(len(cols))]]
    rows: list[list[Cell]] = [head]
    for r, lab in enumerate(labels):
        rows.append([L(lab), *[c[r] for c in cols]])
    return Table(rows)


def _family_connect(
    on: str,
    ticked: set[str],
    referrer: list[tuple[str, str]],
    people: list[list[str]],
    address: list[tuple[str, str]],
    story: str,
    consent: list[object],
) -> list[object]:
    return [
        Title(
            "Family Connect – Request for Support", "Telford & Wrekin Council – Children's Services"
        ),
        Para(
            "Family Safeguarding is a whole family approach. Tell us about everyone in the family so that we can offer the right support."
        ),
        Heading("What support does the family need? (tick all that apply)"),
        _support(ticked),
        Heading("Your details"),
        kv(*referrer, ("Date", on), per_row=2),
        Heading("The family"),
        _people(people),
        kv(*address, per_row=2),
        Heading("What is happening for the family?"),
        Para(story),
        Heading("Consent"),
        *consent,
    ]


ON1 = date(2026, 1, 27)


def _b1() -> bytes:
    return render_docx(
        _family_connect(
            "27/01/2026",
            {"Parental mental health", "Parenting"},
            [
                ("Name", "Rebecca Lowe"),
                ("Role", "Practice Nurse"),
                ("Agency", "Woodside Medical Practice, Telford TF7 5NR"),
                ("Phone", "01632 960655"),
                ("Email", "rebecca.lowe@woodside-mp.example.nhs.uk"),
            ],
            [
                ["Gemma Sharpe", "14/05/1994", "Mother", "Yes"],
                ["Alfie Sharpe", "09/09/2015", "Son", "Yes"],
                ["Freya Sharpe", "21/01/2021", "Daughter", "Yes"],
                [
                    "Ryan Holt",
                    "03/03/1992",
                    "Father",
                    "No – lives at 40 Himley Road, Gornal DY3 2DE",
                ],
            ],
            [("Family address", "11 Priory Street, Dudley"), ("Postcode", "DY1 2QP")],
            "Gemma has moved back to Dudley to be near her sister. She has anxiety and depression and is finding Alfie's behaviour very hard since the separation. The children see their father at weekends.",
            [
                Table(
                    [
                        [
                            L(
                                "I agree to this request and to Family Connect sharing my information with services that can help"
                            ),
                            Boxes((CB(True, "Yes"), CB(False, "No"))),
                        ],
                        [L("Signed (parent/carer)"), "Gemma Sharpe (signed at the surgery)"],
                    ]
                )
            ],
        )
    )


ON2 = date(2026, 5, 5)


def _b2() -> bytes:
    form = render_docx(
        _family_connect(
            "05/05/2026",
            {"Domestic abuse", "Parenting"},
            [
                ("Name", "Stuart Pemberton"),
                ("Role", "Family Safeguarding Practitioner"),
                ("Agency", "Telford & Wrekin Children's Services, Darby House, Telford TF3 4JA"),
                ("Phone", "07700 900659"),
                ("Email", "stuart.pemberton@telford-fs.example.gov.uk"),
            ],
            [
                ["Laura Kimber", "02/10/1990", "Mother", "Yes"],
                ["Mason Kimber", "18/07/2011", "Son", "Yes"],
                ["Isla Kimber", "25/12/2016", "Daughter", "Yes"],
            ],
            [("Family address", "2 Bredon Road, Amblecote, Stourbridge"), ("Postcode", "DY9 7AA")],
            "Laura and the children moved to Stourbridge in April after leaving an abusive relationship in Telford; the ex-partner has a non-molestation order. Mason (14) is angry and has been in fights. Laura asks for support for the children around domestic abuse and a parenting programme.",
            [
                Para(
                    "Consent has been discussed with: Laura Kimber (mother) – agreed; Mason Kimber (14) – agreed, signed 05/05/2026."
                ),
            ],
        )
    )
    inner = Mail(
        "Stuart Pemberton <stuart.pemberton@telford-fs.example.gov.uk>",
        "Family Connect <familyconnect@telford-fc.example.gov.uk>",
        "Request for Support – Kimber family",
        ON2,
        hour=10,
    ).message()
    inner.set_content(
        "Please see the attached Request for Support. Family now living in Stourbridge.\n\nStuart"
    )
    inner.add_attachment(
        form,
        maintype=DOCX_MIME[0],
        subtype=DOCX_MIME[1],
        filename="Request for Support Kimber.docx",
    )
    return forwarded(
        inner,
        "Family Connect <familyconnect@telford-fc.example.gov.uk>",
        FRONT_DOOR,
        "FW: Request for Support – Kimber family",
        ON2,
        "Good afternoon,\n\nThis family has moved into Dudley. Forwarding the original message with the request attached, for your Early Help front door.\n\nFamily Connect, Telford & Wrekin",
    )


ON3 = date(2026, 9, 8)


def _b3() -> bytes:
    return render_pdf(
        _family_connect(
            "08/09/2026",
            {"Domestic abuse", "Parental mental health"},
            [
                ("Name", "Michelle Arden"),
                ("Role", "Refuge Support Worker"),
                ("Agency", "Wrekin Women's Aid outreach, Wellington, Telford TF1 1LP"),
                ("Phone", "01632 960662"),
                ("Email", "m.arden@wrekin-outreach.example.org.uk"),
            ],
            [
                ["Sara Novak", "07/07/1995", "Mother", "Yes"],
                ["Tomas Novak", "12/04/2018", "Son", "Yes"],
            ],
            [
                ("Family address", "Refuge – address withheld for safety"),
                ("Postcode", "withheld"),
                ("Contact via", "Dudley Council housing options, DY1 1HF"),
            ],
            "Sara and Tomas are in a refuge in the Dudley borough after fleeing domestic abuse in Telford. Sara would like support for Tomas's sleep and nightmares and counselling for herself.",
            [Para("Sara Novak has consented to this referral (verbal consent, 08/09/2026).")],
        ),
        "Request for Support",
    )


CASES: tuple[CouncilCase, ...] = (
    CouncilCase(
        "heldout9-telford-fc-01",
        COUNCIL,
        URL_TP,
        TITLE_TP,
        "Word Family Connect request, hard: support ☒/☐ row first; family members one column per person (Person 1-4) with rows Name / Date of birth / Relationship / Lives at the family address?; the father in column 4 lives at another Dudley-table postcode (DY3 2DE); GP's Telford TF7 address before the family",
        "referral.docx",
        ON1,
        _b1,
        Expected(
            "early_help_assessment",
            (
                person("Gemma Sharpe", date(1994, 5, 14), True, ON1),
                person("Alfie Sharpe", date(2015, 9, 9), False, ON1),
                person("Freya Sharpe", date(2021, 1, 21), False, ON1),
            ),
            "DY1 2QP",
            "Rebecca Lowe",
            "rebecca.lowe@woodside-mp.example.nhs.uk",
            None,
        ),
    ),
    CouncilCase(
        "heldout9-telford-fc-02",
        COUNCIL,
        URL_FS,
        TITLE_FS,
        "email forwarding a message/rfc822 whose Word attachment is the request: practitioner's Telford TF3 office first; one column per person; consent a sentence naming mum and the 14-year-old",
        "message.eml",
        ON2,
        _b2,
        Expected(
            "early_help_assessment",
            (
                person("Laura Kimber", date(1990, 10, 2), True, ON2),
                person("Mason Kimber", date(2011, 7, 18), True, ON2),
                person("Isla Kimber", date(2016, 12, 25), False, ON2),
            ),
            "DY9 7AA",
            "Stuart Pemberton",
            "stuart.pemberton@telford-fs.example.gov.uk",
            None,
        ),
    ),
    CouncilCase(
        "heldout9-telford-fc-03",
        COUNCIL,
        URL_FS,
        TITLE_FS,
        "flattened PDF request for a family in a refuge: family address and postcode 'withheld'; the only postcodes are the outreach worker's Telford TF1 and the Dudley housing office DY1 1HF",
        "referral.pdf",
        ON3,
        _b3,
        Expected(
            "early_help_assessment",
            (
                person("Sara Novak", date(1995, 7, 7), True, ON3),
                person("Tomas Novak", date(2018, 4, 12), False, ON3),
            ),
            None,
            "Michelle Arden",
            "m.arden@wrekin-outreach.example.org.uk",
            None,
            queue_reason="postcode_missing",
        ),
    ),
)
