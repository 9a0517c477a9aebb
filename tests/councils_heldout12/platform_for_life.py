"""Platform for Life: how to make a referral (under-18s need a consent form signed by their
parent/guardian; eligibility by area and low-income household; who can make a referral)."""

# ruff: noqa: E501  (wording follows the published page)

from datetime import date

from tests.councils.kit import (
    CB,
    Boxes,
    Heading,
    Para,
    Title,
    grid,
    kv,
    person,
    render_docx,
    render_pdf,
)
from tests.councils.model import CouncilCase, Expected

URL = "https://platformforlife.org.uk/how-to-make-a-referral/"
TITLE = "Platform for Life – How to make a referral (referrals for children and young people under 18: a consent form to be signed by their parent/guardian; current eligibility criteria; who can make a referral?)"
COUNCIL = "Platform for Life (community counselling charity)"


def _yn(v: bool) -> Boxes:
    return Boxes((CB(v, "Yes"), CB(not v, "No")))


def _criteria() -> list[object]:
    return [
        Heading("Current eligibility criteria (under 18)"),
        kv(
            ("Live in the area or attend school in the area", _yn(True)),
            ("Live within a low-income household and be unable to afford private therapeutic services", _yn(True)),
        ),
    ]


ON1 = date(2026, 3, 31)


def _b1() -> bytes:
    return render_docx(
        [
            Title("Platform for Life – Professional referral (under 18)"),
            *_criteria(),
            Heading("Client details"),
            kv(
                ("First name", "Jade"),
                ("Surname", "Foster"),
                ("Date of birth", "19/09/2009"),
                ("Home address", "12 Lodge Crescent, Wordsley, Stourbridge DY8 4HB"),
                per_row=2,
            ),
            Heading("Parent / guardian and household"),
            grid(
                ["Name", "Relationship", "Date of birth", "Address"],
                [
                    ["Tracey Foster", "Mother", "02/02/1979", "Same as Jade"],
                    ["Owen Foster", "Brother", "27/06/2012", "Same as Jade"],
                    ["Paul Foster", "Father (separated)", "10/10/1977", "41 Hill Street, Brierley Hill DY5 1AA"],
                ],
            ),
            Heading("Reason for referral"),
            Para("Jade (16) has panic attacks since her parents separated; she asked for counselling herself."),
            Heading("Referrer"),
            kv(
                ("Name", "Nisha Patel"),
                ("Role", "Practice Nurse, Wordsley Green Surgery, Stourbridge DY8 5PD"),
                ("Email", "nisha.patel@wordsleygreen.example.nhs.uk"),
                ("Date", "31/03/2026"),
                per_row=2,
            ),
            Heading("Under 18 Consent Form"),
            grid(
                ["", "Signed", "Print name", "Date"],
                [
                    ["Parent/guardian", "T. Foster", "Tracey Foster", "31/03/2026"],
                    ["Young person", "J Foster", "Jade Foster", "31/03/2026"],
                ],
            ),
        ]
    )


ON2 = date(2026, 8, 4)


def _b2() -> bytes:
    return render_pdf(
        [
            Title("Platform for Life – Professional referral (under 18)"),
            Heading("Referrer"),
            kv(
                ("Name", "Greg Summers"),
                ("Role", "Head of Year 8, Netherton Park Academy, Netherton DY2 9PU"),
                ("Email", "g.summers@nethertonpark.example.sch.uk"),
                ("Date", "4 August 2026"),
                per_row=2,
            ),
            *_criteria(),
            Heading("Client details"),
            kv(
                ("Name", "Tomas Novak"),
                ("Date of birth", "6 May 2013"),
                ("Address", "19 Swan Street, Netherton, Dudley"),
                ("Postcode", "DY2 9HF"),
                per_row=2,
            ),
            Heading("Household"),
            grid(
                ["Name", "Relationship", "Date of birth"],
                [["Petra Novak", "Mother", "3 March 1984"], ["Jakub Novak", "Stepfather", "18 December 1982"]],
            ),
            Heading("Under 18 Consent Form"),
            Para("I, Petra Novak, parent of Tomas Novak, consent to this referral. Signed: P Novak   Date: 4 August 2026"),
            Para("I, Jakub Novak, consent to this referral. Signed: J Novak   Date: 4 August 2026"),
            Para("Tomas (13) agreed to the referral at school on 4 August 2026."),
        ],
        "Platform for Life referral",
    )


CASES: tuple[CouncilCase, ...] = (
    CouncilCase(
        "heldout12-platform-for-life-01",
        COUNCIL,
        URL,
        TITLE,
        "Word referral, hard: the family's postcode only inside the client's one-line home address; separated father in the household grid with his own Brierley Hill address (another Dudley-table postcode, DY5 1AA); 16-year-old and mum sign the Under 18 Consent Form",
        "referral.docx",
        ON1,
        _b1,
        Expected(
            "early_help_assessment",
            (
                person("Jade Foster", date(2009, 9, 19), True, ON1),
                person("Tracey Foster", date(1979, 2, 2), True, ON1),
                person("Owen Foster", date(2012, 6, 27), False, ON1),
            ),
            "DY8 4HB",
            "Nisha Patel",
            "nisha.patel@wordsleygreen.example.nhs.uk",
            None,
        ),
    ),
    CouncilCase(
        "heldout12-platform-for-life-02",
        COUNCIL,
        URL,
        TITLE,
        "flattened PDF referral with the referrer (school DY2 9PU) first and every date written '6 May 2013'; consent as 'I, …, consent' sentences signed by mum and stepfather",
        "referral.pdf",
        ON2,
        _b2,
        Expected(
            "early_help_assessment",
            (
                person("Tomas Novak", date(2013, 5, 6), True, ON2),
                person("Petra Novak", date(1984, 3, 3), True, ON2),
                person("Jakub Novak", date(1982, 12, 18), True, ON2),
            ),
            "DY2 9HF",
            "Greg Summers",
            "g.summers@nethertonpark.example.sch.uk",
            None,
        ),
    ),
)
