"""Early Intervention Lisburn, the locality planning group led by the Resurgam Trust with
community, statutory and voluntary partners, from the Trust's page: 'The Best for Every Child'
report and programmes such as 2 Rhymes by 2, Early Talk Boost, Talk Boost, Incredible Years,
Partnership with Parents (delivered in the family home) and Mentoring for Achievement. The page
names the programmes; the referral forms list them as tick boxes and use plain labels for the
rest."""

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

URL = "http://www.resurgamtrust.co.uk/regeneration/early-intervention-lisburn-partnership/"
TITLE = "Resurgam Trust – Early Intervention Lisburn Partnership (The Best for Every Child; Incredible Years, Partnership with Parents, Mentoring for Achievement)"
COUNCIL = "Early Intervention Lisburn (Resurgam Trust)"

_PROGS = ("Incredible Years", "Partnership with Parents", "Mentoring for Achievement", "Talk Boost")


def _progs(*on: str) -> Boxes:
    return Boxes(tuple(CB(p in on, p) for p in _PROGS))


ON1 = date(2026, 9, 29)


def _b1() -> bytes:
    return render_pdf(
        [
            Title("Early Intervention Lisburn", "Programme referral – The Best for Every Child"),
            Table([[L("Programme requested"), _progs("Partnership with Parents")], [L("Date"), "29/09/2026"]]),
            Heading("Parent / carer 1"),
            kv(("Name", "Aoife Kelly"), ("DOB", "04/04/1993"), ("Address", "8 Church Road, Stourbridge DY8 2SE"), per_row=1),
            Heading("Children"),
            grid(["Name", "DOB", "Nursery / school"], [["Finn Kelly", "13/09/2022", "Little Acorns Nursery, DY8 3NX"], ["Orla Kelly", "01/03/2025", "–"]]),
            Heading("Referrer"),
            kv(("Name", "Ciara Boyle"), ("Agency", "Health Visiting, formerly Lisburn BT28 1AG"), ("Email", "ciara.boyle@hscni.example.net"), per_row=1),
            Heading("Parent consent"),
            Para("I agree to be contacted about Partnership with Parents and to my information being shared with the programme team."),
            kv(("Signed", "Aoife Kelly"), ("Date", "29/09/2026"), per_row=2),
        ],
        title="EIL referral",
    )


ON2 = date(2026, 10, 20)


def _b2() -> bytes:
    return render_docx(
        [
            Title("Early Intervention Lisburn – Family referral"),
            kv(("Date", "20 October 2026"), ("Programme", "Incredible Years (parents)")),
            Heading("Family address"),
            Table([[L("Current address"), "51 Bromley Lane, Pedmore, Stourbridge", L("Postcode"), "DY9 7AA"], [L("Previous address"), "2 Tower Street, Dudley", L("Postcode"), "DY1 1AA"]]),
            Heading("Family members"),
            grid(["Name", "DOB", "Relationship"], [["Shauna McCann", "19/11/1987", "Mother"], ["Declan McCann", "05/05/1986", "Father"], ["Roisin McCann", "27/02/2018", "Daughter"]]),
            Heading("Referrer"),
            kv(("Name", "Gráinne Doherty"), ("Role", "Family Support Hub co-ordinator"), ("Email", "grainne.doherty@hub.example.org"), per_row=1),
            Heading("Consent"),
            Para("Both parents agreed to the referral at the home visit: Shauna McCann and Declan McCann (signed copies held by the referrer)."),
        ]
    )


ON3 = date(2026, 11, 17)


def _b3() -> bytes:
    return render_acroform(
        [
            Title("Early Intervention Lisburn – Mentoring for Achievement referral"),
            kv(("Date", "17/11/2026"), ("Programme", "Mentoring for Achievement"), per_row=2),
            Heading("Young person"),
            kv(("Name", "Conor Quinn"), ("DOB", "06/06/2015"), ("Address", "Staying with friends – no fixed address at present"), ("Postcode", "N/A"), per_row=2),
            Heading("Parent"),
            kv(("Name", "Mairead Quinn"), ("DOB", "10/10/1988"), per_row=2),
            Heading("School"),
            kv(("School", "Ellowes Hall, Lower Gornal, DY3 2NU"), ("Contact", "Mr Bradley, Head of Year"), per_row=2),
            Heading("Referrer"),
            kv(("Name", "Patrick Ward"), ("Email", "p.ward@ellowes.example.org"), per_row=2),
            Heading("Consent"),
            Table([[L("Parent consents"), Boxes((CB(True, "Yes"), CB(False, "No")))], [L("Signature"), "M Quinn"], [L("Date"), "17/11/2026"]]),
        ],
        title="Mentoring referral",
    )


CASES: tuple[CouncilCase, ...] = (
    CouncilCase(
        "heldout17-early-intervention-lisburn-01",
        COUNCIL,
        URL,
        TITLE,
        "flattened PDF programme referral: a row of four programme tick boxes, a parent-first layout with 'Signed / Date' pair; nursery DY8 3NX and referrer's old Lisburn BT28 1AG",
        "referral.pdf",
        ON1,
        _b1,
        Expected(
            "early_help_assessment",
            (person("Aoife Kelly", date(1993, 4, 4), True, ON1), person("Finn Kelly", date(2022, 9, 13), False, ON1), person("Orla Kelly", date(2025, 3, 1), False, ON1)),
            "DY8 2SE",
            "Ciara Boyle",
            "ciara.boyle@hscni.example.net",
            None,
        ),
    ),
    CouncilCase(
        "heldout17-early-intervention-lisburn-02",
        COUNCIL,
        URL,
        TITLE,
        "Word family referral: current and previous address rows with separate postcode cells, the previous one a Dudley-table DY1 1AA; consent in a sentence naming both parents",
        "referral.docx",
        ON2,
        _b2,
        Expected(
            "early_help_assessment",
            (person("Shauna McCann", date(1987, 11, 19), True, ON2), person("Declan McCann", date(1986, 5, 5), True, ON2), person("Roisin McCann", date(2018, 2, 27), False, ON2)),
            "DY9 7AA",
            "Gráinne Doherty",
            "grainne.doherty@hub.example.org",
            None,
        ),
    ),
    CouncilCase(
        "heldout17-early-intervention-lisburn-03",
        COUNCIL,
        URL,
        TITLE,
        "fillable PDF mentoring referral: 'no fixed address' with Postcode 'N/A'; only the school's DY3 2NU is present",
        "referral.pdf",
        ON3,
        _b3,
        Expected(
            "early_help_assessment",
            (person("Conor Quinn", date(2015, 6, 6), False, ON3), person("Mairead Quinn", date(1988, 10, 10), True, ON3)),
            None,
            "Patrick Ward",
            "p.ward@ellowes.example.org",
            None,
            queue_reason="postcode_missing",
        ),
    ),
)
