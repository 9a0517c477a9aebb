"""City of London Corporation: Children and Families Team referrals – the Multi-Agency Referral
Form, the Thresholds of Need (Continuum of Need, how to make a referral, the Common Assessment),
the Virtual MASH; out of hours the Hackney Emergency Duty Team."""

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
    render_acroform,
    render_docx,
    render_pdf,
)
from tests.councils.model import CouncilCase, Expected

URL = "https://www.cityoflondon.gov.uk/services/children-and-families/referrals"
TITLE = "City of London Corporation – Children and Families referrals (concerned about a child or wish to refer to Early Help or Safeguarding services: contact the Children and Families Team; out of hours the Hackney Emergency Duty Team; Multi-Agency Referral Form; Thresholds of Need – Continuum of Need, how to make a referral, escalating concerns and the Common Assessment; relaunched Virtual MASH)"
COUNCIL = "City of London Corporation (Children and Families Team)"

OOH = "If the child is at immediate risk, contact the Police on 999. Out of office hours phone the Emergency Duty Team."


def _yn(yes: bool) -> Boxes:
    return Boxes((CB(yes, "Yes"), CB(not yes, "No")))


def _levels(ticked: int | None) -> Boxes:
    return Boxes(tuple(CB(ticked == n, f"Level {n}") for n in (1, 2, 3, 4)))


def _kind(early_help: bool) -> Boxes:
    return Boxes((CB(early_help, "Early Help"), CB(not early_help, "Safeguarding")))


ON1 = date(2026, 1, 20)


def _b1() -> bytes:
    return render_docx(
        [
            Title("Multi-Agency Referral Form", "Children and Families Team"),
            Para(OOH),
            Table(
                [
                    [L("Referral to"), Span(_kind(True), 3)],
                    [L("Continuum of Need (see Thresholds of Need)"), Span(_levels(2), 3)],
                    [
                        L("Has the Common Assessment been completed?"),
                        _yn(False),
                        L("Attached"),
                        "n/a",
                    ],
                ]
            ),
            Heading("Referrer"),
            kv(
                ("Name", "Dr Priya Nair"),
                ("Role", "GP"),
                ("Agency", "Netherton Health Centre"),
                ("Address", "Halesowen Road, Netherton DY2 8PG"),
                ("Email", "priya.nair@nethertonhc.example.nhs.uk"),
                ("Telephone", "01632 960350"),
                per_row=2,
            ),
            Heading("Child(ren)"),
            grid(
                ["Surname", "First name", "DOB", "Gender", "School / nursery"],
                [
                    ["OKAFOR", "Chidera", "30/04/2019", "F", "Northfield Road Primary"],
                    ["OKAFOR", "Tobenna", "12/12/2022", "M", "—"],
                ],
            ),
            kv(("Address", "4 Swan Street, Netherton, Dudley"), ("Postcode", "DY2 0AB"), per_row=2),
            Heading("Parents / carers"),
            grid(
                [
                    "Surname",
                    "First name",
                    "DOB",
                    "Relationship",
                    "Parental responsibility",
                    "Same address",
                ],
                [
                    ["OKAFOR", "Ngozi", "17/08/1990", "Mother", _yn(True), _yn(True)],
                    ["OKAFOR", "Emeka", "05/02/1988", "Father", _yn(True), _yn(True)],
                ],
            ),
            Heading("Reason for referral"),
            Para(
                "Mum has post-natal depression (second episode) and the family are isolated since moving from the Barbican. Requesting family support and a children's centre place for Tobenna."
            ),
            Heading("Consent"),
            Table(
                [
                    [L("Have the parents/carers consented to this referral?"), _yn(True)],
                    [
                        L("Consent given by"),
                        "Ngozi Okafor and Emeka Okafor, in surgery, 20/01/2026",
                    ],
                ]
            ),
            Para("Date: 20/01/2026"),
        ]
    )


ON2 = date(2026, 8, 11)


def _b2() -> bytes:
    return render_pdf(
        [
            Title("Multi-Agency Referral Form", "Children and Families Team"),
            Para(OOH),
            Table(
                [
                    [L("Referral to"), _kind(False)],
                    [L("Continuum of Need (see Thresholds of Need)"), _levels(4)],
                ]
            ),
            Heading("Referrer"),
            kv(
                ("Name", "PC Daniel Osei"),
                ("Agency", "West Midlands Police – Public Protection Unit"),
                ("Address", "Brierley Hill Police Station, Bank Street DY5 3EE"),
                ("Email", "daniel.osei@wmpolice.example.police.uk"),
                per_row=2,
            ),
            Heading("Child(ren)"),
            grid(
                ["Name", "DOB", "Gender"],
                [["Ellie-Mae Brookes", "22/03/2014", "F"], ["Harvey Brookes", "08/07/2017", "M"]],
            ),
            kv(("Address", "19 Mill Street, Brierley Hill"), ("Postcode", "DY5 3BB"), per_row=2),
            Heading("Parents / carers"),
            grid(
                ["Name", "DOB", "Relationship", "Same address"],
                [
                    ["Gemma Brookes", "01/01/1991", "Mother", "Yes"],
                    ["Ryan Cole", "14/10/1989", "Mother's partner", "Yes"],
                ],
            ),
            Heading("Reason for referral"),
            Para(
                "Attended a domestic incident at 02:10 on 11/08/2026: Ryan Cole arrested for assault on Gemma; both children present and Ellie-Mae had tried to intervene. Third incident in six months; DASH high risk, MARAC referral made."
            ),
            Table(
                [
                    [L("Parents informed of this referral?"), _yn(False)],
                    [L("Reason"), "Perpetrator in custody; social worker to visit mother first"],
                    [L("Date"), "11/08/2026"],
                ]
            ),
        ],
        "MARF",
    )


ON3 = date(2026, 10, 20)


def _b3() -> bytes:
    return render_acroform(
        [
            Title("Multi-Agency Referral Form", "Children and Families Team"),
            Table(
                [
                    [L("Referral to"), _kind(True)],
                    [L("Continuum of Need"), _levels(None)],
                ]
            ),
            Heading("Referrer"),
            kv(
                ("Name", "Sophie Lambert"),
                ("Role", "Nursery Manager"),
                ("Setting", "Little Acorns Day Nursery, Halesowen"),
                ("Email", "sophie@littleacorns.example.co.uk"),
                ("Telephone", "01632 960671"),
                ("Date", "20/10/2026"),
                per_row=2,
            ),
            Heading("Child"),
            kv(
                ("Name", "Theo Marsh"),
                ("DOB", "16/02/2023"),
                ("Address", "2 Manor Way, Halesowen"),
                ("Postcode", "B62 8AA"),
                ("Previous address", "Barbican, London EC2Y 8DS"),
                per_row=2,
            ),
            Heading("Parents / carers and siblings"),
            grid(
                ["Name", "Relationship", "DOB"],
                [
                    ["Rachel Marsh", "Mother", "09/09/1993"],
                    ["Tom Marsh", "Father", "28/11/1992"],
                    ["Evie Marsh", "Sister", "03/06/2025"],
                ],
            ),
            Heading("Reason for referral"),
            Para(
                "Theo has no words at 3 years 8 months and melts down at drop-off. Parents would like help while they wait for the speech and language assessment."
            ),
            Heading("Consent"),
            grid(
                ["Name", "Signature", "Date"],
                [
                    ["Rachel Marsh", "R Marsh", "20/10/2026"],
                    ["Tom Marsh", "T. Marsh", "20/10/2026"],
                ],
            ),
        ],
        "MARF",
    )


CASES: tuple[CouncilCase, ...] = (
    CouncilCase(
        "heldout11-city-london-marf-01",
        COUNCIL,
        URL,
        TITLE,
        "Word MARF: Early Help / Safeguarding and 'Level 2' ticked on the Continuum of Need row merged across the grid; the GP's Netherton DY2 8PG (not in the table) before the children; 'Consent given by' naming both parents",
        "referral.docx",
        ON1,
        _b1,
        Expected(
            "early_help_assessment",
            (
                person("Chidera Okafor", date(2019, 4, 30), False, ON1),
                person("Tobenna Okafor", date(2022, 12, 12), False, ON1),
                person("Ngozi Okafor", date(1990, 8, 17), True, ON1),
                person("Emeka Okafor", date(1988, 2, 5), True, ON1),
            ),
            "DY2 0AB",
            "Priya Nair",
            "priya.nair@nethertonhc.example.nhs.uk",
            2,
        ),
    ),
    CouncilCase(
        "heldout11-city-london-marf-02",
        COUNCIL,
        URL,
        TITLE,
        "flattened PDF MARF from the police: Safeguarding and 'Level 4' ticked; parents not informed; the police station's DY5 3EE above the family's DY5 3BB",
        "referral.pdf",
        ON2,
        _b2,
        Expected(
            "early_help_assessment",
            (
                person("Ellie-Mae Brookes", date(2014, 3, 22), False, ON2),
                person("Harvey Brookes", date(2017, 7, 8), False, ON2),
                person("Gemma Brookes", date(1991, 1, 1), False, ON2),
                person("Ryan Cole", date(1989, 10, 14), False, ON2),
            ),
            "DY5 3BB",
            "Daniel Osei",
            "daniel.osei@wmpolice.example.police.uk",
            4,
            safeguarding=True,
            queue_reason="safeguarding_concern",
        ),
    ),
    CouncilCase(
        "heldout11-city-london-marf-03",
        COUNCIL,
        URL,
        TITLE,
        "fillable PDF MARF: no Continuum of Need box ticked; a 'Previous address' in the Barbican EC2Y 8DS under the home postcode; Name | Signature | Date consent grid",
        "referral.pdf",
        ON3,
        _b3,
        Expected(
            "early_help_assessment",
            (
                person("Theo Marsh", date(2023, 2, 16), False, ON3),
                person("Rachel Marsh", date(1993, 9, 9), True, ON3),
                person("Tom Marsh", date(1992, 11, 28), True, ON3),
                person("Evie Marsh", date(2025, 6, 3), False, ON3),
            ),
            "B62 8AA",
            "Sophie Lambert",
            "sophie@littleacorns.example.co.uk",
            None,
        ),
    ),
)
