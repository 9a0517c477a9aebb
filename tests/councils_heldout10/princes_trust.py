"""The Prince's Trust: the Referral Form used by referral agencies before a young person starts a
programme (one form for young people in compulsory education, one for those who have left it),
from the Trust's Referral Form Guidance."""

# ruff: noqa: E501  (wording follows the published guidance)

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
)
from tests.councils.model import CouncilCase, Expected

URL = "https://docsbay.net/prince-s-trust-referral-form-guidance-for-referral-agencies"
TITLE = "Prince's Trust Referral Form Guidance (for referral agencies): the Referral Form gathers information about a young person from a referral agency before the programme starts; two forms – young people in compulsory education, young people who have left compulsory education; suitability, reasonable adjustments, specific issues in their life, other agencies working with the young person, additional risk assessments"
COUNCIL = "The Prince's Trust (referral agencies' form)"


def _yn(yes: bool) -> Boxes:
    return Boxes((CB(yes, "Yes"), CB(not yes, "No")))


ON1 = date(2026, 1, 13)


def _b1() -> bytes:
    return render_acroform(
        [
            Title("Referral Form", "Young people who have left compulsory education"),
            Heading("About the young person"),
            kv(
                ("First name", "Tyler"),
                ("Surname", "Brookes"),
                ("Date of birth", "12/05/2008"),
                ("Address", "6 Enville Street, Stourbridge"),
                ("Postcode", "DY8 2SE"),
                ("Mobile", "07700 900871"),
                per_row=2,
            ),
            Heading("Family situation – who does the young person live with?"),
            grid(
                ["Name", "Relationship", "Date of birth"],
                [
                    ["Donna Brookes", "Mother", "08/03/1981"],
                    ["Craig Whitehouse", "Stepfather", "19/09/1978"],
                    ["Kayla Brookes", "Sister", "01/12/2014"],
                ],
            ),
            Heading("Specific issues in the young person's life"),
            Table(
                [
                    [L("Unspent conviction?"), _yn(True)],
                    [L("Learning needs / disability / health needs?"), _yn(True)],
                    [L("Issues with family situation?"), _yn(True)],
                ]
            ),
            Para(
                "Tyler (17) has a youth referral order for criminal damage, dyslexia, and frequent arguments with his stepfather; he wants the Team programme and early help for the family."
            ),
            Heading("Other agencies working with the young person"),
            grid(
                ["Agency", "Contact", "Telephone"],
                [["Youth Justice Service", "Amy Shaw", "01632 960872"]],
            ),
            Heading("Referral agency"),
            kv(
                ("Name", "Amy Shaw"),
                ("Agency", "Dudley Youth Justice Service"),
                ("Email", "amy.shaw@dudley-yjs.example.gov.uk"),
                ("Date", "13/01/2026"),
                per_row=2,
            ),
            Heading("Consent"),
            grid(
                ["Name", "Signature", "Date"],
                [
                    ["Tyler Brookes", "T Brookes", "13/01/2026"],
                    ["Donna Brookes", "D Brookes", "13/01/2026"],
                ],
            ),
        ],
        "Prince's Trust Referral Form",
    )


ON2 = date(2026, 5, 5)


def _b2() -> bytes:
    return render_docx(
        [
            Title("Referral Form", "Young people in compulsory education"),
            Heading("About the young person"),
            Table(
                [
                    [L("Name"), "AKHTAR, Zain", L("Year group"), "Year 11"],
                    [L("Date of birth"), "5 May 2010", L("School"), "Leasowes High School"],
                    [
                        L("Home address"),
                        "12 Hawne Lane, Halesowen B64 5AA",
                        L("Telephone"),
                        "01632 960876",
                    ],
                ]
            ),
            Heading("Who the young person lives with"),
            kv(
                ("Name", "Nasreen Akhtar"),
                ("Relationship", "Grandmother (Special Guardian)"),
                ("Date of birth", "22/07/1961"),
                per_row=3,
            ),
            Heading("Programme"),
            Para(
                "Achieve programme at school; delivery partner: Halesowen Youth Hub, 2 Birmingham Street, Halesowen B63 3HN."
            ),
            Heading("Specific issues in the young person's life"),
            Para(
                "Zain turned 16 today. He is at risk of becoming NEET; bereavement (mother died 2023). Nan would like help at home and Zain would like a mentor."
            ),
            Heading("Referral agency"),
            kv(
                ("Name", "Lorraine Hickman"),
                ("Role", "Careers Adviser"),
                ("Email", "l.hickman@leasowes.example.sch.uk"),
                ("Date", "05/05/2026"),
                per_row=2,
            ),
            Heading("Consent"),
            Para(
                "Zain Akhtar and his guardian Nasreen Akhtar agreed to this referral and to the information on this form being shared with the delivery partner and early help. Signed copy held in school."
            ),
        ]
    )


CASES: tuple[CouncilCase, ...] = (
    CouncilCase(
        "heldout10-princes-trust-01",
        COUNCIL,
        URL,
        TITLE,
        "fillable PDF 'left compulsory education' Referral Form: Yes/No checkboxes for the specific issues; the young person and mum sign, the stepfather living at home does not",
        "referral.pdf",
        ON1,
        _b1,
        Expected(
            "early_help_assessment",
            (
                person("Tyler Brookes", date(2008, 5, 12), True, ON1),
                person("Donna Brookes", date(1981, 3, 8), True, ON1),
                person("Craig Whitehouse", date(1978, 9, 19), False, ON1),
                person("Kayla Brookes", date(2014, 12, 1), False, ON1),
            ),
            "DY8 2SE",
            "Amy Shaw",
            "amy.shaw@dudley-yjs.example.gov.uk",
            None,
            queue_reason="consent_missing",
        ),
    ),
    CouncilCase(
        "heldout10-princes-trust-02",
        COUNCIL,
        URL,
        TITLE,
        "Word 'compulsory education' Referral Form: 'SURNAME, Forename' in one cell; postcode at the end of the Home address; the delivery partner's Halesowen B63 3HN (not in the table) in a sentence; consent statement naming the 16-year-old and his grandmother",
        "referral.docx",
        ON2,
        _b2,
        Expected(
            "early_help_assessment",
            (
                person("Zain Akhtar", date(2010, 5, 5), True, ON2),
                person("Nasreen Akhtar", date(1961, 7, 22), True, ON2),
            ),
            "B64 5AA",
            "Lorraine Hickman",
            "l.hickman@leasowes.example.sch.uk",
            None,
        ),
    ),
)
