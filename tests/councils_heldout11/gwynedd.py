"""Gwynedd Council: the Cabinet's adoption of the regional 'No Wrong Door' strategy (services
creating teams around the family to meet their needs rather than families fitting what is
available; a response to the Children's Commissioner for Wales, June 2020)."""

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

URL = "https://democracy.gwynedd.llyw.cymru/mgAi.aspx?ID=23072"
TITLE = "Gwynedd Council Cabinet, 29 March 2022, item 7 – No Wrong Door Strategy (to accept the 'No Wrong Door' strategy as the strategic direction for the children and young people field as part of a wider regional plan; responding to the Children's Commissioner for Wales report of June 2020; services to create teams around the family to meet their needs rather than expecting families to fit in with what is available)"
COUNCIL = "Gwynedd Council"


def _yn(yes: bool) -> Boxes:
    return Boxes((CB(yes, "Yes / Ie"), CB(not yes, "No / Na")))


ON1 = date(2026, 4, 28)


def _b1() -> bytes:
    return render_docx(
        [
            Title(
                "Cais am Dîm o Amgylch y Teulu / Team Around the Family Request",
                "Dim Drws Anghywir / No Wrong Door",
            ),
            Heading("Manylion y teulu / Family details"),
            grid(
                ["Enw / Name", "Dyddiad geni / Date of birth", "Perthynas / Relationship"],
                [
                    ["Elin Hughes", "3 Mawrth 1990 / 3 March 1990", "Mam / Mother"],
                    ["Dafydd Hughes", "22 Hydref 1988 / 22 October 1988", "Tad / Father"],
                    ["Osian Hughes", "9 Medi 2013 / 9 September 2013", "Mab / Son"],
                    ["Megan Hughes", "1 Mai 2020 / 1 May 2020", "Merch / Daughter"],
                ],
            ),
            kv(
                ("Cyfeiriad / Address", "5 Oak Lane, Kingswinford"),
                ("Cod post / Postcode", "DY6 0LQ"),
                per_row=2,
            ),
            Heading("Cwblhawyd gan / Completed by"),
            kv(
                ("Enw / Name", "Nia Parry"),
                ("Swydd / Role", "Educational Psychologist"),
                ("E-bost / Email", "nia.parry@edpsych-dudley.example.gov.uk"),
                ("Dyddiad / Date", "28/04/2026"),
                per_row=2,
            ),
            Heading("Arweinydd / Lead Professional"),
            kv(
                ("Enw / Name", "Huw Davies"),
                ("Asiantaeth / Agency", "Family Hub, Kingswinford"),
                ("E-bost / Email", "huw.davies@familyhub-dudley.example.gov.uk"),
                per_row=3,
            ),
            Heading("Beth sy'n bwysig / What matters"),
            Para(
                "Osian (12) is autistic and not coping with secondary school; he has been on a reduced timetable since February. The family have been passed between CAMHS, the school and the neurodevelopmental pathway. They want one team around them."
            ),
            Heading("Caniatâd / Consent"),
            grid(
                ["Enw / Name", "Llofnod / Signature", "Dyddiad / Date"],
                [
                    ["Elin Hughes", "E. Hughes", "28/04/2026"],
                    ["Dafydd Hughes", "D Hughes", "28/04/2026"],
                ],
            ),
        ]
    )


ON2 = date(2026, 11, 10)


def _b2() -> bytes:
    return render_pdf(
        [
            Title(
                "Team Around the Family Request / Cais am Dîm o Amgylch y Teulu",
                "No Wrong Door / Dim Drws Anghywir",
            ),
            Heading("Completed by / Cwblhawyd gan"),
            kv(
                ("Name", "Gwen Morgan"),
                ("Role", "Midwife"),
                ("Email", "gwen.morgan@bchft.example.nhs.uk"),
                ("Date", "10/11/2026"),
                per_row=2,
            ),
            Heading("Family details / Manylion y teulu"),
            grid(
                ["Surname / Cyfenw", "First name / Enw cyntaf", "DOB", "Relationship"],
                [
                    ["EVANS", "Carys", "14/02/2000", "Mother (pregnant, due 02/2027)"],
                    ["THOMAS", "Iwan", "30/06/1998", "Partner – lives with Carys"],
                    ["EVANS", "Tomos", "12/12/2022", "Son"],
                ],
            ),
            kv(("Address", "63 Delph Road, Brierley Hill"), ("Postcode", "DY5 3BB"), per_row=2),
            Heading("What matters / Beth sy'n bwysig"),
            Para(
                "Carys has severe anxiety in pregnancy and the couple are in debt. Iwan would like support with money; Carys would like perinatal mental health support."
            ),
            Heading("Consent / Caniatâd"),
            Table(
                [
                    [L("Signed"), "I. Thomas", L("Date"), "10/11/2026"],
                    [L("Signed"), "", L("Date"), ""],
                ]
            ),
            Para("Carys would like to read the form before signing."),
        ],
        "TAF request",
    )


CASES: tuple[CouncilCase, ...] = (
    CouncilCase(
        "heldout11-gwynedd-nwd-01",
        COUNCIL,
        URL,
        TITLE,
        "Word bilingual (Welsh / English) Team Around the Family request: dates of birth in words in both languages ('3 Mawrth 1990 / 3 March 1990'); a separate 'Arweinydd / Lead Professional' block after the completer",
        "referral.docx",
        ON1,
        _b1,
        Expected(
            "early_help_assessment",
            (
                person("Elin Hughes", date(1990, 3, 3), True, ON1),
                person("Dafydd Hughes", date(1988, 10, 22), True, ON1),
                person("Osian Hughes", date(2013, 9, 9), False, ON1),
                person("Megan Hughes", date(2020, 5, 1), False, ON1),
            ),
            "DY6 0LQ",
            "Huw Davies",
            "huw.davies@familyhub-dudley.example.gov.uk",
            None,
        ),
    ),
    CouncilCase(
        "heldout11-gwynedd-nwd-02",
        COUNCIL,
        URL,
        TITLE,
        "flattened PDF bilingual Team Around the Family request: the partner signs, the mother's 'Signed' row is left blank with a note that she wants to read it first",
        "referral.pdf",
        ON2,
        _b2,
        Expected(
            "early_help_assessment",
            (
                person("Carys Evans", date(2000, 2, 14), False, ON2),
                person("Iwan Thomas", date(1998, 6, 30), True, ON2),
                person("Tomos Evans", date(2022, 12, 12), False, ON2),
            ),
            "DY5 3BB",
            "Gwen Morgan",
            "gwen.morgan@bchft.example.nhs.uk",
            None,
            queue_reason="consent_missing",
        ),
    ),
)
