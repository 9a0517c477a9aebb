"""Mid Ulster Women's Aid: refuge accommodation for women and their children experiencing
violence; each woman allocated a key worker who assesses her needs and devises a support plan;
trained Child Workers; court support; 'Link children and young people affected into
appropriate Women's Aid Services'."""

# ruff: noqa: E501  (wording follows the published page)

from datetime import date

from tests.councils.kit import (
    CB,
    Boxes,
    F,
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

URL = "https://www.midulsterwomensaid.org.uk/our-services/refuge-accommodation/"
TITLE = "Mid Ulster Women's Aid – Refuge Accommodation (key worker, support plan, Child Workers, court support)"
COUNCIL = "Mid Ulster Women's Aid"

_HEAD = [Title("CHILDREN AND YOUNG PEOPLE – REFERRAL FOR SUPPORT", "Women's Aid key worker referral")]

ON1 = date(2026, 9, 24)


def _b1() -> bytes:
    return render_docx(
        [
            *_HEAD,
            Heading("Woman and children"),
            grid(
                ["Name", "Date of birth", "Relationship"],
                [["Nicola Quinn", "13/02/1992", "Mother"], ["Aoife Quinn", "08/08/2015", "Daughter"], ["Conor Quinn", "20/03/2020", "Son"]],
            ),
            kv(
                ("Current address", "Refuge – address not disclosed"),
                ("Postcode", "Withheld for safety"),
                ("Local authority of origin", "Dudley (family fled from Dudley; perpetrator remains there)"),
            ),
            Heading("Key worker"),
            kv(
                ("Name", "Orla McKenna"),
                ("Service", "Mid Ulster Women's Aid, Cookstown BT80 8QA"),
                ("E-mail", "orla.mckenna@womensaid.example.org"),
                ("Date", "24/09/2026"),
            ),
            Heading("Support plan – children"),
            Para("Nicola plans to return to Dudley into a safe house once the court order is made. Requests early help for Aoife (11), who is anxious and has missed school, and a nursery place for Conor."),
            Heading("Consent"),
            Table([[L("Mother consents to this referral"), Boxes((CB(True, "Yes"), CB(False, "No")))], [L("Signature"), "N Quinn"]]),
        ]
    )


ON2 = date(2026, 10, 29)


def _b2() -> bytes:
    return render_acroform(
        [
            *_HEAD,
            Heading("Family"),
            grid(
                ["Name", "DOB", "Relationship"],
                [
                    [F("Ciara Donnelly", "fam1Name"), F("01/01/1989", "fam1Dob"), F("Mother", "fam1Rel")],
                    [F("Niamh Donnelly", "fam2Name"), F("14/06/2011", "fam2Dob"), F("Daughter", "fam2Rel")],
                    [F("Ryan Donnelly", "fam3Name"), F("02/09/2014", "fam3Dob"), F("Son", "fam3Rel")],
                ],
            ),
            Heading("Address"),
            kv(
                ("New address (resettled from refuge)", F("12 Summerhill, Kingswinford", "addrNew")),
                ("Postcode", F("DY6 0LQ", "addrNewPostcode")),
                ("Previous address (do not use – perpetrator)", F("45 Bridle Road, Lye", "addrPrev")),
                ("Previous postcode", F("DY9 7AA", "addrPrevPostcode")),
            ),
            Heading("Key worker"),
            kv(
                ("Name", F("Bronagh Devlin", "kwName")),
                ("E-mail", F("bronagh.devlin@womensaid.example.org", "kwEmail")),
                ("Date", F("29/10/2026", "kwDate")),
            ),
            Heading("Consent"),
            grid(
                ["Name", "Agrees", "Signature"],
                [
                    [F("Ciara Donnelly", "c1Name"), CB(True, "Yes", "c1Agree"), F("C Donnelly", "c1Sig")],
                    [F("Niamh Donnelly", "c2Name"), CB(True, "Yes", "c2Agree"), F("Niamh D", "c2Sig")],
                ],
            ),
        ],
        title="Women's Aid referral",
    )


ON3 = date(2026, 11, 26)


def _b3() -> bytes:
    return render_pdf(
        [
            *_HEAD,
            Table(
                [
                    [L("MARAC referral made (high risk)?"), "Yes"],
                    [L("Is any child at risk of significant harm? Yes / No (delete as appropriate)"), "Yes"],
                ]
            ),
            Heading("Family"),
            grid(
                ["Name", "DOB", "Relationship", "Address"],
                [
                    ["Louise Byrne", "30/11/1995", "Mother", "22 Stourbridge Road, Halesowen B63 3BL"],
                    ["Finn Byrne", "17/05/2021", "Son", "as above"],
                    ["Shane Byrne", "10/10/1993", "Father (perpetrator – still at the address)", "as above"],
                ],
            ),
            kv(("Key worker", "Sinead Hagan"), ("E-mail", "sinead.hagan@womensaid.example.org"), ("Date", "26/11/2026")),
            Para("Louise called the helpline: Shane strangled her in front of Finn last night. She has not yet left."),
        ],
        title="Women's Aid referral",
    )


CASES: tuple[CouncilCase, ...] = (
    CouncilCase(
        "heldout16-midulster-01",
        COUNCIL,
        URL,
        TITLE,
        "Word key worker referral from a refuge: 'Refuge – address not disclosed', Postcode 'Withheld for safety'; the service's Cookstown BT80 postcode the only one given",
        "referral.docx",
        ON1,
        _b1,
        Expected(
            "early_help_assessment",
            (
                person("Nicola Quinn", date(1992, 2, 13), True, ON1),
                person("Aoife Quinn", date(2015, 8, 8), False, ON1),
                person("Conor Quinn", date(2020, 3, 20), False, ON1),
            ),
            None,
            "Orla McKenna",
            "orla.mckenna@womensaid.example.org",
            None,
            queue_reason="postcode_missing",
        ),
    ),
    CouncilCase(
        "heldout16-midulster-02",
        COUNCIL,
        URL,
        TITLE,
        "fillable PDF with camelCase field names, hard: the new address DY6 0LQ and straight under it a previous address at another Dudley-table postcode (DY9 7AA, 'do not use'); agreement checkboxes for mum and the 15-year-old",
        "referral.pdf",
        ON2,
        _b2,
        Expected(
            "early_help_assessment",
            (
                person("Ciara Donnelly", date(1989, 1, 1), True, ON2),
                person("Niamh Donnelly", date(2011, 6, 14), True, ON2),
                person("Ryan Donnelly", date(2014, 9, 2), False, ON2),
            ),
            "DY6 0LQ",
            "Bronagh Devlin",
            "bronagh.devlin@womensaid.example.org",
            None,
        ),
    ),
    CouncilCase(
        "heldout16-midulster-03",
        COUNCIL,
        URL,
        TITLE,
        "flattened PDF: 'at risk of significant harm? Yes / No (delete as appropriate)' answered Yes; MARAC Yes; the perpetrator father still at the address in the family grid",
        "referral.pdf",
        ON3,
        _b3,
        Expected(
            "early_help_assessment",
            (
                person("Louise Byrne", date(1995, 11, 30), False, ON3),
                person("Finn Byrne", date(2021, 5, 17), False, ON3),
                person("Shane Byrne", date(1993, 10, 10), False, ON3),
            ),
            "B63 3BL",
            "Sinead Hagan",
            "sinead.hagan@womensaid.example.org",
            None,
            safeguarding=True,
            queue_reason="safeguarding_concern",
        ),
    ),
)
