"""Torfaen County Borough Council: Families First (the Welsh Government programme of
family-focused, bespoke, integrated support; Team Around the Family); the council welcomes
correspondence in Welsh and English."""

# ruff: noqa: E501  (wording follows the published page)

from datetime import date

from tests.councils.kit import (
    CB,
    Boxes,
    F,
    Heading,
    Para,
    Title,
    grid,
    kv,
    longdate,
    person,
    render_acroform,
    render_docx,
    render_pdf,
)
from tests.councils.model import CouncilCase, Expected
from tests.councils_heldout14._bits import deleted

URL = "https://www.whatdotheyknow.com/request/families_first_and_value_for_mon"
TITLE = "Families First and value for money – a request to Torfaen County Borough Council (the Families First programme in Torfaen; the Council welcomes correspondence in Welsh and English)"
COUNCIL = "Torfaen County Borough Council (Families First)"

_HEAD = [
    Title("Families First – Team Around the Family Referral", "Teulu yn Gyntaf / Families First"),
    Para("The Council welcomes correspondence in Welsh and English. Please say which the family prefers."),
]

ON1 = date(2026, 10, 8)


def _b1() -> bytes:
    return render_docx(
        [
            *_HEAD,
            Heading("Part 1 – Referrer"),
            kv(("Name", "Alun Rees"), ("Agency", "Education Welfare Officer"), ("Email", "alun.rees@ews.example.gov.uk"), ("Date", longdate(ON1)), per_row=2),
            Heading("Part 2 – The family"),
            kv(("Address", "3 Stourbridge Road, Stourbridge"), ("Postcode", "DY8 1AA"), ("Language preferred", Boxes((CB(False, "Welsh"), CB(True, "English")))), per_row=1),
            grid(
                ["Full name", "Date of birth", "Relationship", "Lives at home"],
                [
                    ["Kerry Ann Powell", "9 February 1980", "Mum", "Yes"],
                    ["Dylan Powell", "8 October 2012", "Son", "Yes"],
                    ["Seren Powell", "1 March 2016", "Daughter", "Yes"],
                ],
            ),
            Heading("Part 3 – Why does the family want support?"),
            Para("Dylan (14 today) is a persistent absentee (61%); Seren has nightmares since the family left Pontypool. Mum wants a TAF with school and health."),
            Heading("Part 4 – Agreement"),
            Para("We agree to the Team Around the Family sharing information about us."),
            kv(("Signed", "K A Powell"), ("Print name", "Kerry Ann Powell"), ("Date", longdate(ON1)), per_row=3),
            kv(("Signed", "Dylan Powell"), ("Print name", "DYLAN POWELL"), ("Date", longdate(ON1)), per_row=3),
        ]
    )


ON2 = date(2026, 11, 11)


def _b2() -> bytes:
    return render_acroform(
        [
            *_HEAD,
            Heading("Part 1 – Referrer"),
            kv(
                ("Name", F("Catrin Hughes", "Part1_Name")),
                ("Agency", F("Flying Start Health Visitor, Civic Centre, Pontypool NP4 6YB", "Part1_Agency")),
                ("Email", F("catrin.hughes@nhs.example.net", "Part1_Email")),
                ("Date", F("11/11/2026", "Part1_Date")),
            ),
            Heading("Part 2 – The family"),
            kv(("Address", F("12 Kates Hill, Dudley", "Part2_Address")), ("Postcode", F("DY2 0AB", "Part2_Postcode"))),
            kv(("Language preferred", Boxes((CB(True, "Welsh", "Lang_Welsh"), CB(False, "English", "Lang_English"))))),
            grid(
                ["Full name", "Date of birth", "Relationship"],
                [
                    [F("Angharad Williams", "P2_M1_Name"), F("22/08/1994", "P2_M1_DOB"), F("Mam", "P2_M1_Rel")],
                    [F("Gethin Williams", "P2_M2_Name"), F("05/03/1992", "P2_M2_DOB"), F("Tad", "P2_M2_Rel")],
                    [F("Elis Williams", "P2_M3_Name"), F("30/10/2024", "P2_M3_DOB"), F("Son", "P2_M3_Rel")],
                ],
            ),
            Heading("Part 4 – Agreement"),
            grid(
                ["Name", "Agrees", "Date"],
                [
                    [F("Angharad Williams", "P4_1_Name"), CB(True, "Yes", "P4_1_Agree"), F("11/11/2026", "P4_1_Date")],
                    [F("Gethin Williams", "P4_2_Name"), CB(True, "Yes", "P4_2_Agree"), F("11/11/2026", "P4_2_Date")],
                ],
            ),
        ],
        title="Families First TAF referral",
    )


ON3 = date(2026, 12, 14)


def _b3() -> bytes:
    return render_pdf(
        [
            *_HEAD,
            Heading("Part 1 – Referrer"),
            kv(("Name", "Lowri Evans"), ("Agency", "Youth Worker, Lye Youth Centre, Stourbridge DY9 8BT"), ("Email", "lowri.evans@youth.example.org"), ("Date", "14/12/26"), per_row=2),
            Heading("Part 2 – The family"),
            kv(("Address", "18 Thorns Road, Quarry Bank, Brierley Hill DY9 0QQ")),
            grid(
                ["Full name", "Date of birth", "Relationship", "Consent (X)"],
                [
                    ["Julie Morgan", "03/01/78", "Nan (Special Guardian)", "X"],
                    ["Tayla Morgan", "16/04/10", "Granddaughter", "X"],
                    ["Cody Morgan", "28/11/14", "Grandson", ""],
                ],
            ),
            Heading("Part 4 – Agreement"),
            kv(("Has the family agreed to the TAF? Yes / No (delete as appropriate)", deleted(True)), ("Signed", "J. Morgan / T. Morgan"), ("Date", "14/12/26"), per_row=1),
        ],
        title="Families First TAF referral",
    )


CASES: tuple[CouncilCase, ...] = (
    CouncilCase(
        "heldout14-torfaen-01",
        COUNCIL,
        URL,
        TITLE,
        "Word TAF referral in Parts 1-4 with dates written '8 October 2012': mum's middle name kept, Welsh ☐ / English ☒; the son exactly 14 on the day signs on a 'Signed | Print name | Date' row after mum's initials signature",
        "referral.docx",
        ON1,
        _b1,
        Expected(
            "early_help_assessment",
            (
                person("Kerry Ann Powell", date(1980, 2, 9), True, ON1),
                person("Dylan Powell", date(2012, 10, 8), True, ON1),
                person("Seren Powell", date(2016, 3, 1), False, ON1),
            ),
            "DY8 1AA",
            "Alun Rees",
            "alun.rees@ews.example.gov.uk",
            None,
        ),
    ),
    CouncilCase(
        "heldout14-torfaen-02",
        COUNCIL,
        URL,
        TITLE,
        "fillable PDF with Part-numbered field names (Part2_Postcode): health visitor at the Pontypool NP4 6YB civic centre; Welsh relationship words (Mam / Tad); a Yes checkbox per adult in the agreement grid",
        "referral.pdf",
        ON2,
        _b2,
        Expected(
            "early_help_assessment",
            (
                person("Angharad Williams", date(1994, 8, 22), True, ON2),
                person("Gethin Williams", date(1992, 3, 5), True, ON2),
                person("Elis Williams", date(2024, 10, 30), False, ON2),
            ),
            "DY2 0AB",
            "Catrin Hughes",
            "catrin.hughes@nhs.example.net",
            None,
        ),
    ),
    CouncilCase(
        "heldout14-torfaen-03",
        COUNCIL,
        URL,
        TITLE,
        "flattened PDF TAF referral with dd/mm/yy dates: nan as special guardian; a 'Consent (X)' column marked X for nan and the 16-year-old; 'Yes / No (delete as appropriate)' left as Yes; initial+surname signatures",
        "referral.pdf",
        ON3,
        _b3,
        Expected(
            "early_help_assessment",
            (
                person("Julie Morgan", date(1978, 1, 3), True, ON3),
                person("Tayla Morgan", date(2010, 4, 16), True, ON3),
                person("Cody Morgan", date(2014, 11, 28), False, ON3),
            ),
            "DY9 0QQ",
            "Lowri Evans",
            "lowri.evans@youth.example.org",
            None,
        ),
    ),
)
