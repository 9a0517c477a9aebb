"""Early Support Wales, the Welsh Government's mechanism for better co-ordinated,
family-focused services for young disabled children and their families, from its 'Background
information: Health services' booklet published with Children in Wales (the GP, health visitor,
Integrated Children's Centre, universal and specialist services, the people you may meet). The
booklet describes services, not a form: the request forms here use its words for the
professionals and plain labels for the rest."""

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
    render_docx,
    render_pdf,
)
from tests.councils.model import CouncilCase, Expected
from tests.councils_heldout17._mail import FRONT_DOOR, plain

URL = "https://paperzz.com/doc/8077527/health-services---children-in-wales"
TITLE = "Early Support in Wales – Background information: Health services (Children in Wales / Welsh Assembly Government)"
COUNCIL = "Early Support Wales"

ON1 = date(2026, 9, 16)


def _b1() -> bytes:
    return render_docx(
        [
            Title("Early Support – Family-focused request for co-ordinated support", "For young disabled children and their families"),
            kv(("Date", "16.09.2026"), ("Key worker requested?", "Yes"), per_row=2),
            Heading("About our child"),
            kv(("Child's name", "Archie Wood"), ("Date of birth", "22/03/2022"), ("Diagnosis / needs", "Global developmental delay; hearing impairment"), per_row=1),
            Heading("About our family"),
            grid(["Name", "Date of birth", "Relationship", "Lives with child"], [["Holly Wood", "09/12/1995", "Mother", "Yes"], ["Jake Wood", "17/06/1994", "Father", "Yes"], ["Lola Wood", "30/04/2019", "Sister", "Yes"]]),
            kv(("Our address", "43 Mill Street, Kingswinford DY6 7AA"), per_row=1),
            Heading("People we may meet"),
            grid(["Professional", "Name", "Contact"], [["Health visitor (completing this form)", "Carys Bowen", "carys.bowen@hv.example.net"], ["Paediatrician", "Dr Okafor", "Russells Hall Hospital, DY1 2HQ"], ["GP", "Dr Lane", "Kingswinford Medical Practice, DY6 9XE"]]),
            Heading("Our agreement"),
            Para("We agree to share the information in this form with the services listed."),
            grid(["Name", "Signature", "Date"], [["Holly Wood", "H Wood", "16.09.2026"], ["Jake Wood", "J Wood", "16.09.2026"]]),
        ]
    )


ON2 = date(2026, 10, 21)


def _b2() -> bytes:
    return render_pdf(
        [
            Title("Early Support – request for support", "Integrated Children's Centre"),
            Table([[L("Date"), "21/10/2026", L("Completed by"), "Bronwen Ellis, Children's Centre worker"], [L("Email"), "bronwen.ellis@childrenscentre.example.org", L("Centre"), "Brierley Hill Children's Centre, DY5 3EE"]]),
            Heading("Child"),
            kv(("Name", "Zara Ahmed"), ("DOB", "15/01/2023"), ("Address", "25 Birmingham Road, Dudley, DY1 4RN"), per_row=1),
            Heading("Family at home"),
            grid(["Name", "DOB", "Relationship"], [["Sana Ahmed", "03/09/1991", "Mother"], ["Imran Ahmed", "12/05/1989", "Father"], ["Hamza Ahmed", "28/02/2012", "Brother"]]),
            Heading("Consent (everyone aged 14 or over)"),
            Table([[Boxes((CB(True, "Sana Ahmed"), CB(True, "Imran Ahmed"), CB(True, "Hamza Ahmed")))], ["Signed on the paper copy, 21/10/2026 – held at the Centre."]]),
        ],
        title="Early Support request",
    )


ON3 = date(2026, 11, 30)


def _b3() -> bytes:
    body = (
        "EARLY SUPPORT - REQUEST FOR CO-ORDINATED SUPPORT\n"
        "Date: 30/11/2026\n\n"
        "Child: Leo Grant, born 8 August 2020 (cerebral palsy)\n"
        "Lives with: Amy Grant (mum, born 02/04/1990) and Sean Grant (dad, born 19/09/1988)\n"
        "Address: 6 Hill Road, Cradley Heath\n"
        "Postcode: B63 4HJ\n\n"
        "Consent: Amy and Sean Grant both consented verbally to this request when I visited today.\n\n"
        "From: Kerry Jones, Specialist Health Visitor\n"
        "kerry.jones@hv.example.net / 07700 900318\n"
        "Clinic: Halesowen Health Centre, B63 3HN\n"
    )
    return plain("Kerry Jones <kerry.jones@hv.example.net>", FRONT_DOOR, "Early Support request - Leo Grant", ON3, body)


CASES: tuple[CouncilCase, ...] = (
    CouncilCase(
        "heldout17-early-support-wales-01",
        COUNCIL,
        URL,
        TITLE,
        "Word family-voice request ('About our child', 'People we may meet') with dd.mm.yyyy dates and a professionals grid carrying hospital DY1 2HQ and GP DY6 9XE",
        "referral.docx",
        ON1,
        _b1,
        Expected(
            "early_help_assessment",
            (person("Archie Wood", date(2022, 3, 22), False, ON1), person("Holly Wood", date(1995, 12, 9), True, ON1), person("Jake Wood", date(1994, 6, 17), True, ON1), person("Lola Wood", date(2019, 4, 30), False, ON1)),
            "DY6 7AA",
            "Carys Bowen",
            "carys.bowen@hv.example.net",
            None,
        ),
    ),
    CouncilCase(
        "heldout17-early-support-wales-02",
        COUNCIL,
        URL,
        TITLE,
        "flattened PDF children's centre request: consent as a row of ☒ names with 'signed on the paper copy … held at the Centre'; centre postcode DY5 3EE",
        "referral.pdf",
        ON2,
        _b2,
        Expected(
            "early_help_assessment",
            (person("Zara Ahmed", date(2023, 1, 15), False, ON2), person("Sana Ahmed", date(1991, 9, 3), True, ON2), person("Imran Ahmed", date(1989, 5, 12), True, ON2), person("Hamza Ahmed", date(2012, 2, 28), True, ON2)),
            "DY1 4RN",
            "Bronwen Ellis",
            "bronwen.ellis@childrenscentre.example.org",
            None,
        ),
    ),
    CouncilCase(
        "heldout17-early-support-wales-03",
        COUNCIL,
        URL,
        TITLE,
        "plain-text e-mail typed as a form: 'Lives with' line, consent 'consented verbally' naming both parents, clinic B63 3HN",
        "message.eml",
        ON3,
        _b3,
        Expected(
            "early_help_assessment",
            (person("Leo Grant", date(2020, 8, 8), False, ON3), person("Amy Grant", date(1990, 4, 2), True, ON3), person("Sean Grant", date(1988, 9, 19), True, ON3)),
            "B63 4HJ",
            "Kerry Jones",
            "kerry.jones@hv.example.net",
            None,
        ),
    ),
)
