"""The Children's Bereavement Centre: referrals from professionals and families for children aged
3-18 and their parents/carers affected by the death, or terminal illness with a prognosis of a
year or less, of someone important to them; an assessment appointment with the adult
parent/carer; online forms whose boxes marked * must be completed."""

# ruff: noqa: E501  (wording follows the published page)

from datetime import date

from tests.councils.kit import (
    CB,
    F,
    Heading,
    L,
    Para,
    Span,
    Table,
    Title,
    dmy,
    grid,
    kv,
    person,
    render_acroform,
    render_docx,
    render_pdf,
)
from tests.councils.model import CouncilCase, Expected

URL = "https://www.childrensbereavementcentre.co.uk/make-a-referral"
TITLE = "The Children's Bereavement Centre – Make a referral (child referral forms; criteria; sample form)"
COUNCIL = "The Children's Bereavement Centre"

ON1 = date(2026, 9, 10)


def _b1() -> bytes:
    return render_docx(
        [
            Title("Child Referral Form", "Boxes marked with an * must be completed"),
            Heading("Child being referred"),
            kv(
                ("First name *", "Lacey"),
                ("Surname *", "Bennett"),
                ("Date of birth *", "09/12/2013"),
                ("Address *", "27 Dudley Road, Lye, Stourbridge"),
                ("Postcode *", "DY9 0QQ"),
                per_row=1,
            ),
            Heading("Parent / carer (the adult we will contact for the assessment appointment) *"),
            kv(
                ("Name *", "Stacey Bennett"),
                ("Date of birth", "30/03/1985"),
                ("Relationship *", "Mother"),
                ("Telephone *", "07700 900154"),
                per_row=2,
            ),
            Heading("Other people living at home"),
            grid(
                ["Name", "Date of birth", "Relationship"],
                [
                    ["Brandon Bennett", "17/04/2008", "Brother (18)"],
                    ["Tilly Bennett", "29/07/2020", "Sister"],
                ],
            ),
            Heading("Who has died or is terminally ill? *"),
            Table(
                [
                    [L("Name"), "Michael Bennett", L("Relationship"), "Father"],
                    [
                        L("Date of death / prognosis"),
                        Span("Died 14/07/2026 (road traffic collision)", 3),
                    ],
                ]
            ),
            Heading("Consent *"),
            Para(
                "The family know about this referral and agree to The Children's Bereavement Centre contacting them and sharing information with early help."
            ),
            grid(
                ["Name", "Signature", "Date"],
                [
                    ["Stacey Bennett", "S Bennett", dmy(ON1)],
                    ["Brandon Bennett", "B Bennett", dmy(ON1)],
                ],
            ),
            Heading("Referrer"),
            kv(
                ("Name", "Chantelle Moore"),
                ("Organisation", "Family Hub, Stourbridge"),
                ("Email *", "chantelle.moore@familyhub.example.org"),
                per_row=3,
            ),
        ]
    )


ON2 = date(2026, 10, 22)


def _b2() -> bytes:
    return render_acroform(
        [
            Title("The Children's Bereavement Centre – Professional Referral"),
            Heading("Child"),
            Table(
                [
                    [
                        L("Child's name *"),
                        F("Noah Kaur", "txtChildName"),
                        L("DOB *"),
                        F("25/11/2015", "dtChildDOB"),
                    ],
                    [
                        L("Address *"),
                        F(
                            "118 Cradley Road, Cradley Heath, B64 7BU; now living with aunt at 4 Hawne Lane, Halesowen B63 3BL",
                            "txtChildAddress",
                        ),
                        L("School"),
                        F("Hasbury C of E Primary", "txtSchool"),
                    ],
                ]
            ),
            Heading("Household"),
            Table(
                [
                    [
                        L("Aunt / kinship carer *"),
                        F("Manpreet Kaur", "txtCarer1Name"),
                        L("DOB"),
                        F("12/09/1983", "dtCarer1DOB"),
                    ],
                    [
                        L("Uncle"),
                        F("Harjit Singh", "txtCarer2Name"),
                        L("DOB"),
                        F("03/02/1981", "dtCarer2DOB"),
                    ],
                    [
                        L("Cousin"),
                        F("Jasleen Singh", "txtOther1Name"),
                        L("DOB"),
                        F("08/08/2011", "dtOther1DOB"),
                    ],
                ]
            ),
            Heading("Level of need"),
            Table(
                [
                    [
                        CB(False, "Level 1", name="chkLevel1"),
                        CB(False, "Level 2", name="chkLevel2"),
                        CB(True, "Level 3", name="chkLevel3"),
                        CB(False, "Level 4", name="chkLevel4"),
                    ]
                ]
            ),
            Heading("Consent"),
            Table(
                [
                    [
                        CB(True, "Carer consent – Manpreet Kaur", name="chkConsentCarer1"),
                        CB(True, "Carer consent – Harjit Singh", name="chkConsentCarer2"),
                        CB(True, "Young person consent – Jasleen Singh", name="chkConsentYP"),
                    ]
                ]
            ),
            Heading("Referrer"),
            Table(
                [
                    [
                        L("Name"),
                        F("Gareth Evans", "txtRefName"),
                        L("Email *"),
                        F("gareth.evans@childrens.example.gov.uk", "txtRefEmail"),
                    ],
                    [
                        L("Role"),
                        F("Early Help Practitioner", "txtRefRole"),
                        L("Date"),
                        F(dmy(ON2), "dtRefDate"),
                    ],
                ]
            ),
            Heading("Background"),
            Table(
                [
                    [
                        F(
                            "Noah's mother died in September; he now lives with his aunt's family. Level 3: multiple needs, TAF in place.",
                            "txtBackground",
                        )
                    ]
                ]
            ),
        ],
        title="CBC referral",
    )


ON3 = date(2026, 11, 30)


def _b3() -> bytes:
    return render_pdf(
        [
            Title("The Children's Bereavement Centre – Child Referral"),
            kv(
                ("Child *", "Kyle Jennings"),
                ("Date of birth *", "14/04/2010"),
                ("Address *", "No fixed abode – staying with friends since eviction"),
                ("Postcode *", "Not known"),
                per_row=1,
            ),
            kv(("Parent / carer *", "Donna Jennings"), ("Date of birth", "02/12/1978"), per_row=2),
            Heading("Who has died?"),
            Para("Kyle's older brother, Lewis Jennings, died in October 2026."),
            Heading("Where can we see the family?"),
            Para(
                "Assessment at our Newark venue: The Children's Bereavement Centre, Newark NG24 1JY, or by telephone."
            ),
            Heading("Consent"),
            grid(
                ["Name", "Agrees", "Signed", "Date"],
                [
                    ["Donna Jennings", "Yes", "D. Jennings", dmy(ON3)],
                    ["Kyle Jennings", "Yes", "K. Jennings", dmy(ON3)],
                ],
            ),
            kv(
                ("Referrer", "Ian Wells, Housing Support Officer"),
                ("Email", "ian.wells@housing.example.gov.uk"),
                per_row=2,
            ),
        ],
        title="CBC referral",
    )


CASES: tuple[CouncilCase, ...] = (
    CouncilCase(
        "heldout18-cbc-01",
        COUNCIL,
        URL,
        TITLE,
        "Word child referral with asterisked required labels ('Postcode *'); the contact parent in her own block; an 18-year-old brother at home who signs; the deceased father in a merged row",
        "referral.docx",
        ON1,
        _b1,
        Expected(
            "early_help_assessment",
            (
                person("Lacey Bennett", date(2013, 12, 9), False, ON1),
                person("Stacey Bennett", date(1985, 3, 30), True, ON1),
                person("Brandon Bennett", date(2008, 4, 17), True, ON1),
                person("Tilly Bennett", date(2020, 7, 29), False, ON1),
            ),
            "DY9 0QQ",
            "Chantelle Moore",
            "chantelle.moore@familyhub.example.org",
            None,
        ),
    ),
    CouncilCase(
        "heldout18-cbc-02",
        COUNCIL,
        URL,
        TITLE,
        "fillable PDF with Hungarian-style field names (txtChildName, dtChildDOB, chkLevel3): Level 3 checkbox ticked; hard address field giving the old Cradley Heath B64 7BU home and, after 'now living with aunt at', the current B63 3BL; kinship household of three",
        "referral.pdf",
        ON2,
        _b2,
        Expected(
            "early_help_assessment",
            (
                person("Noah Kaur", date(2015, 11, 25), False, ON2),
                person("Manpreet Kaur", date(1983, 9, 12), True, ON2),
                person("Harjit Singh", date(1981, 2, 3), True, ON2),
                person("Jasleen Singh", date(2011, 8, 8), True, ON2),
            ),
            "B63 3BL",
            "Gareth Evans",
            "gareth.evans@childrens.example.gov.uk",
            3,
        ),
    ),
    CouncilCase(
        "heldout18-cbc-03",
        COUNCIL,
        URL,
        TITLE,
        "flattened PDF: 'No fixed abode – staying with friends since eviction', Postcode * 'Not known'; the only postcode the centre's Newark NG24 1JY venue",
        "referral.pdf",
        ON3,
        _b3,
        Expected(
            "early_help_assessment",
            (
                person("Kyle Jennings", date(2010, 4, 14), True, ON3),
                person("Donna Jennings", date(1978, 12, 2), True, ON3),
            ),
            None,
            "Ian Wells",
            "ian.wells@housing.example.gov.uk",
            None,
            queue_reason="postcode_missing",
        ),
    ),
)
