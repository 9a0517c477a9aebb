"""Glasgow: the Named Person (Health Visitor for pre-school children, a Teacher for school age
children) as the central point of contact under Getting It Right For Every Child."""

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

URL = "https://www.glasgow.gov.uk/index.aspx?articleid=19746"
TITLE = "Glasgow City Council – The role of a Named Person (a central point of contact if a child, young person or their parent(s) want information or advice, or want to talk about any worries and seek support; for pre-school children a Health Visitor, for school age children a Teacher; Getting It Right For Every Child)"
COUNCIL = "Glasgow City Council"

_INTRO = "Getting It Right For Every Child. The Named Person is a central point of contact and can, when appropriate, reach out to different services who can help. This does not change the way you report child protection concerns."


def _np(
    named_person: list[tuple[str, str]],
    child: list[tuple[str, str]],
    household: Table,
    others: list[list[str]],
    worry: str,
    consent: list[object],
) -> list[object]:
    return [
        Title("Named Person – Request for Support", "Glasgow City Council – GIRFEC"),
        Para(_INTRO),
        Heading("Named Person"),
        kv(*named_person, per_row=2),
        Heading("Child or young person"),
        kv(*child, per_row=2),
        Heading("Who lives with the child"),
        household,
        Heading("Other significant people"),
        grid(["Name", "Relationship", "Address"], others or [["", "", ""]]),
        Heading("What are the worries? What support is being asked for?"),
        Para(worry),
        Heading("Consent"),
        *consent,
    ]


ON1 = date(2026, 1, 20)


def _b1() -> bytes:
    return render_pdf(
        _np(
            [
                ("Name", "Eilidh Campbell"),
                ("Role", "Health Visitor (Named Person)"),
                ("Base", "Possilpark Health Centre, 85 Denmark Street, Glasgow G22 5EG"),
                ("Email", "eilidh.campbell@ggc-hv.example.nhs.uk"),
                ("Telephone", "01632 960679"),
                ("Date", "20/01/2026"),
            ],
            [
                ("Name (SURNAME, Forename)", "DUNCAN, Maya"),
                ("Date of birth", "11/07/2023"),
                ("Home address", "3 Vicarage Road, Wordsley, Stourbridge"),
                ("Postcode", "DY8 4HB"),
            ],
            grid(
                ["Name (SURNAME, Forename)", "Date of birth", "Relationship"],
                [
                    ["DUNCAN, Shona", "28/02/1997", "Mother"],
                    ["DUNCAN, Maya", "11/07/2023", "Self"],
                    ["BROWN, Kyle", "06/10/1995", "Mother's partner"],
                ],
            ),
            [["DUNCAN, Robert", "Maternal grandfather", "Springburn, Glasgow G21 1TR"]],
            "Shona moved to Wordsley with Maya and her partner Kyle in January. Maya is not yet talking (2 years 6 months) and has not had her 27-30 month review. Shona asks for a health visitor in Dudley and a local playgroup.",
            [
                Para(
                    "Shona Duncan and Kyle Brown are aware of this request and agreed to it (verbal consent on 19/01/2026)."
                )
            ],
        ),
        "Named Person Request for Support",
    )


ON2 = date(2026, 4, 28)


def _b2() -> bytes:
    return render_docx(
        _np(
            [
                ("Name", "Graham Boyle"),
                ("Role", "Depute Head Teacher (Named Person)"),
                ("Base", "Shawlands Academy annexe, Glasgow G41 3RQ"),
                ("Email", "g.boyle@shawlands-annexe.example.sch.uk"),
                ("Telephone", "01632 960682"),
                ("Date", "28/04/2026"),
            ],
            [
                ("Name (SURNAME, Forename)", "KHAN, Zara"),
                ("Date of birth", "17/02/2012"),
                ("New school", "Pensnett School of Technology, High Street, Brierley Hill DY5 2HT"),
                ("Home address", "12 Summerhill, Kingswinford"),
                ("Postcode", "DY6 0LQ"),
            ],
            grid(
                ["Name (SURNAME, Forename)", "Date of birth", "Relationship"],
                [
                    ["KHAN, Imran", "09/09/1978", "Father"],
                    ["KHAN, Saima", "14/01/1982", "Mother"],
                    ["KHAN, Zara", "17/02/2012", "Self"],
                    ["KHAN, Adam", "23/06/2015", "Brother"],
                ],
            ),
            [],
            "Zara (14) has anxiety and has not been in school since the move; the family would like a school transition plan and support from a family worker. No child protection concerns.",
            [
                Table(
                    [
                        [
                            L("Family aware of this request?"),
                            Boxes((CB(True, "Yes"), CB(False, "No"))),
                        ],
                        [
                            L("Family agree to information being shared?"),
                            Boxes((CB(True, "Yes"), CB(False, "No"))),
                        ],
                        [
                            L("Who agreed"),
                            "Imran Khan, Saima Khan and Zara Khan (14) – signed copy held in school",
                        ],
                    ]
                )
            ],
        )
    )


ON3 = date(2026, 8, 25)


def _b3() -> bytes:
    return render_acroform(
        _np(
            [
                ("Name", "Laura Gilmour"),
                ("Role", "Principal Teacher Pupil Support (Named Person)"),
                ("Base", "Govan High School annexe, Glasgow G51 4GH"),
                ("Email", "laura.gilmour@govan-annexe.example.sch.uk"),
                ("Telephone", "01632 960686"),
                ("Date", "25/08/2026"),
            ],
            [
                ("Name (SURNAME, Forename)", "REILLY, Sean"),
                ("Date of birth", "01/05/2011"),
                ("Home address", "9 Hill Street, Netherton"),
                ("Postcode", "DY2 9HF"),
            ],
            grid(
                ["Name (SURNAME, Forename)", "Date of birth", "Relationship"],
                [
                    ["REILLY, Donna", "12/12/1976", "Mother"],
                    ["REILLY, Sean", "01/05/2011", "Self"],
                    ["REILLY, Liam", "18/03/2007", "Brother"],
                ],
            ),
            [],
            "Sean (15) is using cannabis daily and has been excluded once; his older brother Liam (19) is unemployed and at home. Mum wants help for Sean (youth work, substance misuse service).",
            [
                Table(
                    [
                        [
                            L("Family agree to information being shared?"),
                            Boxes((CB(True, "Yes"), CB(False, "No"))),
                        ],
                        [L("Signed – parent/carer"), "Donna Reilly"],
                        [L("Signed – young person"), "Sean Reilly"],
                        [L("Date"), "25/08/2026"],
                    ]
                )
            ],
        ),
        "Named Person Request for Support",
    )


CASES: tuple[CouncilCase, ...] = (
    CouncilCase(
        "heldout9-glasgow-np-01",
        COUNCIL,
        URL,
        TITLE,
        "flattened PDF Named Person request from a health visitor: Named Person's Glasgow G22 base first; every name written 'SURNAME, Forename'; mother's partner with another surname in the household; grandfather in Glasgow outside it; consent a sentence naming both adults",
        "referral.pdf",
        ON1,
        _b1,
        Expected(
            "early_help_assessment",
            (
                person("Shona Duncan", date(1997, 2, 28), True, ON1),
                person("Maya Duncan", date(2023, 7, 11), False, ON1),
                person("Kyle Brown", date(1995, 10, 6), True, ON1),
            ),
            "DY8 4HB",
            "Eilidh Campbell",
            "eilidh.campbell@ggc-hv.example.nhs.uk",
            None,
        ),
    ),
    CouncilCase(
        "heldout9-glasgow-np-02",
        COUNCIL,
        URL,
        TITLE,
        "Word Named Person request, hard: the new school's Brierley Hill DY5 2HT (another Dudley-table postcode) sits in the child's block above the home address; 'SURNAME, Forename' household grid; 'signed copy held in school' naming three",
        "referral.docx",
        ON2,
        _b2,
        Expected(
            "early_help_assessment",
            (
                person("Imran Khan", date(1978, 9, 9), True, ON2),
                person("Saima Khan", date(1982, 1, 14), True, ON2),
                person("Zara Khan", date(2012, 2, 17), True, ON2),
                person("Adam Khan", date(2015, 6, 23), False, ON2),
            ),
            "DY6 0LQ",
            "Graham Boyle",
            "g.boyle@shawlands-annexe.example.sch.uk",
            None,
        ),
    ),
    CouncilCase(
        "heldout9-glasgow-np-03",
        COUNCIL,
        URL,
        TITLE,
        "fillable PDF Named Person request: signature fields for parent/carer and young person only; the 19-year-old brother living at home has no signature",
        "referral.pdf",
        ON3,
        _b3,
        Expected(
            "early_help_assessment",
            (
                person("Donna Reilly", date(1976, 12, 12), True, ON3),
                person("Sean Reilly", date(2011, 5, 1), True, ON3),
                person("Liam Reilly", date(2007, 3, 18), False, ON3),
            ),
            "DY2 9HF",
            "Laura Gilmour",
            "laura.gilmour@govan-annexe.example.sch.uk",
            None,
            queue_reason="consent_missing",
        ),
    ),
)
