"""Rhondda Cynon Taf: Resilient Families Service as the single point of access for early help
and Flying Start (parenting; early language and communication; health visiting; childcare)."""

# ruff: noqa: E501  (wording follows the published press release)

from datetime import date

from tests.councils.kit import (
    CB,
    Cell,
    Heading,
    L,
    Para,
    Table,
    Title,
    grid,
    kv,
    person,
    render_docx,
    render_pdf,
)
from tests.councils.model import CouncilCase, Expected
from tests.councils_heldout8._mail import FRONT_DOOR, with_attachment

URL = "https://www.rctcbc.gov.uk/EN/Newsroom/PressReleases/2019/July/CabinetMembersagreeimprovementstoFlyingStartprovision.aspx"
TITLE = "Rhondda Cynon Taf County Borough Council – Cabinet Members agree improvements to Flying Start provision (Resilient Families Service as the single point of access; Parenting; Early Language and Communication; Health Visiting; childcare delivered based on need)"
COUNCIL = "Rhondda Cynon Taf County Borough Council"

_SUPPORT = (
    "Parenting (informal support / parenting programme)",
    "Early Language and Communication",
    "Health Visiting",
    "Childcare",
    "Resilient Families key worker",
)


def _support(ticked: set[str]) -> Table:
    return Table([[CB(s in ticked, s)] for s in _SUPPORT])


def _dob_boxes(d: date) -> list[str]:
    return [f"{d.day:02d}", f"{d.month:02d}", f"{d.year}"]


def _form(
    on: str,
    ticked: set[str],
    referrer: tuple[str, str, str, str],
    family: list[list[str]],
    address: tuple[str, str],
    why: str,
    consent: list[list[str]],
) -> list[object]:
    return [
        Title(
            "Resilient Families Service – Referral",
            "Single point of access for early help and Flying Start",
        ),
        Heading("1. Support requested (tick all that apply)"),
        _support(ticked),
        Heading("2. Referrer"),
        kv(
            ("Name and role", referrer[0]),
            ("Agency address", referrer[1]),
            ("Telephone", referrer[2]),
            ("Email", referrer[3]),
            ("Date of referral", on),
            per_row=2,
        ),
        Heading("3. Family"),
        grid(["Full name", "Date of birth", "Relationship", "Lives at the address (Y/N)"], family),
        kv(("Address", address[0]), ("Postcode", address[1]), per_row=2),
        Heading("4. Reason for referral / what matters to the family"),
        Para(why),
        Heading("5. Consent"),
        Para(
            "The family have been told about this referral and agree to information being shared with the Resilient Families Service and its partners."
        ),
        grid(["Name", "Signature", "Date"], consent),
    ]


ON1 = date(2026, 2, 10)


def _b1() -> bytes:
    return render_docx(
        _form(
            "10/02/2026",
            {
                "Parenting (informal support / parenting programme)",
                "Early Language and Communication",
            },
            (
                "Lowri Williams, Flying Start Health Visitor",
                "Flying Start, Tonypandy CF40 2ES",
                "01632 960701",
                "lowri.williams@nhs.example.wales",
            ),
            [
                ["Carys Rees", "27/10/1998", "Mother", "Y"],
                ["Jac Rees", "15/03/2023", "Son", "Y"],
                ["Mali Rees", "09/12/2025", "Daughter", "Y"],
                ["Aled Thomas", "06/06/1996", "Father of Jac and Mali", "N – Porth CF39 9AB"],
            ],
            ("47 Owen Street, Tipton", "DY4 0RE"),
            "Carys moved to her mother's area in Tipton in January. Jac (2) has very few words; Carys would like a parenting group and speech and language support near her new home.",
            [["Carys Rees", "C Rees", "10/02/2026"]],
        )
    )


ON2 = date(2026, 5, 12)


def _b2() -> bytes:
    pdf = render_pdf(
        _form(
            "12/05/2026",
            {"Resilient Families key worker"},
            (
                "Geraint Hughes, Head of Year 9",
                "Y Pant School, Pontyclun CF72 8YQ",
                "01632 960705",
                "g.hughes@ypant.example.sch.uk",
            ),
            [
                ["Nicola Pugh", "13/01/1982", "Mother", "Y"],
                ["Rhys Pugh", "21/08/2011", "Son", "Y"],
                ["Seren Pugh", "30/11/2017", "Daughter", "Y"],
            ],
            ("2 Hagley Road, Kingswinford", "DY6 0LQ"),
            "Rhys (14) has stopped attending since the family moved to Kingswinford; Nicola is working long shifts. Both want help with a school place and routines at home.",
            [
                ["Nicola Pugh", "N Pugh", "12/05/2026"],
                ["Rhys Pugh", "R. Pugh", "12/05/2026"],
            ],
        ),
        "Resilient Families Service – Referral",
    )
    return with_attachment(
        "Geraint Hughes <g.hughes@ypant.example.sch.uk>",
        FRONT_DOOR,
        "Referral – Pugh family (now Kingswinford)",
        ON2,
        "Hello,\n\nThe Pugh family have moved to your area. I have attached our Resilient Families referral, signed by Mum and Rhys.\n\nGeraint Hughes",
        pdf,
        "RFS referral Pugh.pdf",
    )


ON3 = date(2026, 9, 8)


def _b3() -> bytes:
    babies = [("Tomos Lloyd", date(2021, 4, 3), "Son"), ("Elis Lloyd", date(2024, 1, 19), "Son")]
    adults = [
        ("Sara Lloyd", date(1993, 7, 25), "Mother"),
        ("Dafydd Lloyd", date(1991, 3, 8), "Father"),
    ]
    rows: list[list[Cell]] = [[L("Full name"), L("DD"), L("MM"), L("YYYY"), L("Relationship")]]
    for name, dob, rel in adults + babies:
        rows.append([name, *_dob_boxes(dob), rel])
    blocks = _form(
        "08/09/2026",
        {"Health Visiting", "Childcare"},
        (
            "Bethan Morris, Family Support Worker",
            "Resilient Families Service, Llys Cadwyn, Pontypridd CF37 4TH",
            "07700 900708",
            "bethan.morris@rct-rfs.example.gov.uk",
        ),
        [],
        ("60 High Street, Wordsley, Stourbridge", "DY8 4HB"),
        "The Lloyds have moved to Wordsley for Dafydd's job. Elis has a cleft palate repair pending at Birmingham Children's Hospital; the family need a health visitor transfer and a childcare place for Tomos.",
        [
            ["Sara Lloyd", "S Lloyd", "08/09/2026"],
            ["Dafydd Lloyd", "D Lloyd", "08/09/2026"],
        ],
    )
    # the published layout's family grid replaced by one with date of birth in three boxes
    i = next(k for k, b in enumerate(blocks) if isinstance(b, Heading) and b.text == "3. Family")
    blocks[i + 1] = Table(rows)
    return render_pdf(blocks, "Resilient Families Service – Referral")


CASES: tuple[CouncilCase, ...] = (
    CouncilCase(
        "heldout8-rct-rfs-01",
        COUNCIL,
        URL,
        TITLE,
        "Word Resilient Families referral from a Flying Start health visitor (Tonypandy CF40): support ☒/☐ list first, children's father in Porth marked 'N – Porth CF39 9AB', Tipton family postcode, mother signs",
        "referral.docx",
        ON1,
        _b1,
        Expected(
            "early_help_assessment",
            (
                person("Carys Rees", date(1998, 10, 27), True, ON1),
                person("Jac Rees", date(2023, 3, 15), False, ON1),
                person("Mali Rees", date(2025, 12, 9), False, ON1),
            ),
            "DY4 0RE",
            "Lowri Williams",
            "lowri.williams@nhs.example.wales",
            None,
        ),
    ),
    CouncilCase(
        "heldout8-rct-rfs-02",
        COUNCIL,
        URL,
        TITLE,
        "email with the Resilient Families referral attached as a flattened PDF from a secondary school (Pontyclun CF72): key worker ticked, mum and the 14-year-old sign",
        "message.eml",
        ON2,
        _b2,
        Expected(
            "early_help_assessment",
            (
                person("Nicola Pugh", date(1982, 1, 13), True, ON2),
                person("Rhys Pugh", date(2011, 8, 21), True, ON2),
                person("Seren Pugh", date(2017, 11, 30), False, ON2),
            ),
            "DY6 0LQ",
            "Geraint Hughes",
            "g.hughes@ypant.example.sch.uk",
            None,
        ),
    ),
    CouncilCase(
        "heldout8-rct-rfs-03",
        COUNCIL,
        URL,
        TITLE,
        "flattened PDF Resilient Families referral from the service's own Pontypridd CF37 office: family grid with dates of birth in three boxes (DD | MM | YYYY), two adults then two children, both parents sign",
        "referral.pdf",
        ON3,
        _b3,
        Expected(
            "early_help_assessment",
            (
                person("Sara Lloyd", date(1993, 7, 25), True, ON3),
                person("Dafydd Lloyd", date(1991, 3, 8), True, ON3),
                person("Tomos Lloyd", date(2021, 4, 3), False, ON3),
                person("Elis Lloyd", date(2024, 1, 19), False, ON3),
            ),
            "DY8 4HB",
            "Bethan Morris",
            "bethan.morris@rct-rfs.example.gov.uk",
            None,
        ),
    ),
)
