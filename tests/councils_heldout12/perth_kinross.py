"""Perth and Kinross Council: 'Are you worried about a child or young person?' (what is child
abuse, what signs, who should I contact), used with a GIRFEC request for assistance."""

# ruff: noqa: E501  (wording follows the published page)

from datetime import date

from tests.councils.kit import (
    CB,
    DOCX_MIME,
    F,
    Heading,
    L,
    Mail,
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
from tests.councils_heldout12._mail import FRONT_DOOR, forwarded

URL = "https://www.pkc.gov.uk/article/17673/Are-you-worried-about-a-child-or-young-person"
TITLE = "Perth & Kinross Council – Are you worried about a child or young person? (It is everyone's responsibility to protect children; what is child abuse?; what signs should I be concerned about?; who should I contact?)"
COUNCIL = "Perth and Kinross Council"

_INTRO = [
    Title("Request for Assistance – Child or Young Person", "Getting it right for every child"),
    Para("It is everyone's responsibility to protect children. If you think a child is in immediate danger call 999."),
]

ON1 = date(2026, 2, 17)


def _b1() -> bytes:
    return render_docx(
        [
            *_INTRO,
            Heading("1. Child or young person"),
            kv(
                ("Full name", "Ellie-Mae Ross"),
                ("Date of birth", "05/05/2014"),
                ("Address", "27 Park Road, Tipton"),
                ("Postcode", "DY4 0RE"),
                ("School", "Year 7, Tipton St John's"),
                per_row=2,
            ),
            Heading("2. Parents / carers and others in the household"),
            grid(
                ["Name", "Relationship", "Date of birth", "Parental rights and responsibilities"],
                [
                    ["Donna Ross", "Mother", "12/12/1983", "Yes"],
                    ["Scott Ross", "Brother", "19/08/2009", "—"],
                ],
            ),
            Heading("3. Named Person"),
            kv(
                ("Name", "Gillian Hay"),
                ("Role", "Depute Head Teacher (completing this request)"),
                ("Email", "g.hay@tiptonstjohns.example.sch.uk"),
                ("Date", "17/02/2026"),
                per_row=2,
            ),
            Heading("4. Lead Professional"),
            kv(
                ("Name", "Abdul Karim"),
                ("Agency", "Early Help Family Support"),
                ("Email", "abdul.karim@familysupport.example.gov.uk"),
                per_row=3,
            ),
            Heading("5. What is getting in the way of this child's wellbeing?"),
            Para("Ellie-Mae is a young carer for mum (COPD); lateness, low mood; Scott (16) has left college."),
            Heading("6. Views and agreement"),
            Para("Donna Ross, Scott Ross and Ellie-Mae Ross have agreed to this request and to information being shared (signed copy held in school)."),
        ]
    )


ON2 = date(2026, 5, 26)


def _b2() -> bytes:
    return render_acroform(
        [
            *_INTRO,
            Heading("Child or young person"),
            Table(
                [
                    [L("Full name"), F("Harris Gordon", "child_name"), L("Date of birth"), F("14/11/2012", "child_dob")],
                    [L("Address"), F("9 Cherry Lane, Gornal Wood, Dudley", "child_address"), L("Postcode"), F("DY3 2DE", "child_postcode")],
                ]
            ),
            Heading("Household"),
            Table(
                [
                    [L("Name"), L("Relationship"), L("Date of birth")],
                    [F("Morag Gordon", "hh1_name"), F("Mother", "hh1_rel"), F("02/09/1981", "hh1_dob")],
                    [F("Neil Gordon", "hh2_name"), F("Father", "hh2_rel"), F("25/12/1978", "hh2_dob")],
                ]
            ),
            Heading("Named Person / person making the request"),
            Table(
                [
                    [L("Name"), F("Steven Baird", "np_name"), L("Email"), F("steven.baird@school.example.sch.uk", "np_email")],
                    [L("Date"), F("26/05/2026", "np_date")],
                ]
            ),
            Heading("What is getting in the way of this child's wellbeing?"),
            Table([[F("Harris (13) is refusing school; anxious; gaming through the night.", "concern")]]),
            Heading("Agreement"),
            Table(
                [
                    [L("Parent/carer 1 signature"), F("Morag Gordon 26/05/2026", "sig1"), CB(True, "Agrees", "agree1")],
                    [L("Parent/carer 2 signature"), F("", "sig2"), CB(False, "Agrees", "agree2")],
                    [L("Young person (if appropriate)"), F("Harris Gordon 26/05/2026", "sig3"), CB(True, "Agrees", "agree3")],
                ]
            ),
        ],
        "Request for assistance",
    )


ON3 = date(2026, 9, 1)


def _form3() -> bytes:
    return render_docx(
        [
            *_INTRO,
            Heading("Child or young person"),
            kv(
                ("Full name", "Freya Munro"),
                ("Date of birth", "30/06/2018"),
                ("Current address", "Flat 2, 14 Hagley Road, Halesowen B62 8AA"),
                ("Previous address", "33 Tower Street, Dudley DY1 1AA (until July 2026)"),
                per_row=1,
            ),
            Heading("Household"),
            grid(
                ["Name", "Relationship", "Date of birth"],
                [["Jodie Munro", "Mum", "17/07/1996"], ["Callum Munro", "Brother", "09/09/2024"]],
            ),
            Heading("Named Person"),
            kv(
                ("Name", "Emma Sinclair"),
                ("Role", "Health Visitor"),
                ("Email", "emma.sinclair@hv.example.nhs.uk"),
                ("Date", "01/09/2026"),
                per_row=2,
            ),
            Heading("What is getting in the way of this child's wellbeing?"),
            Para("Moved after domestic abuse; Freya's speech delayed; mum wants a nursery place and a parenting group."),
            Heading("Agreement"),
            Para("Verbal consent given by Jodie Munro on 01/09/2026 (Freya and Callum too young)."),
        ]
    )


def _b3() -> bytes:
    inner = Mail("Emma Sinclair <emma.sinclair@hv.example.nhs.uk>", "hv.admin@hv.example.nhs.uk", "Request for assistance - Freya Munro", ON3, hour=9).message()
    inner.set_content("Request for assistance attached, please forward to the Dudley early help front door.\nEmma")
    inner.add_attachment(_form3(), maintype=DOCX_MIME[0], subtype=DOCX_MIME[1], filename="Request for assistance - Munro.docx")
    return forwarded(
        inner,
        "HV Admin <hv.admin@hv.example.nhs.uk>",
        FRONT_DOOR,
        "FW: Request for assistance - Freya Munro",
        ON3,
        "Forwarding on behalf of Emma Sinclair (health visitor). Please reply to her directly.\n",
    )


CASES: tuple[CouncilCase, ...] = (
    CouncilCase(
        "heldout12-perth-kinross-rfa-01",
        COUNCIL,
        URL,
        TITLE,
        "Word GIRFEC request for assistance: numbered sections, Named Person (completing) and a separate Lead Professional; household grid with a 'Parental rights and responsibilities' column; agreement a sentence naming mum, the 16-year-old brother and the child",
        "request.docx",
        ON1,
        _b1,
        Expected(
            "early_help_assessment",
            (
                person("Ellie-Mae Ross", date(2014, 5, 5), True, ON1),
                person("Donna Ross", date(1983, 12, 12), True, ON1),
                person("Scott Ross", date(2009, 8, 19), True, ON1),
            ),
            "DY4 0RE",
            "Abdul Karim",
            "abdul.karim@familysupport.example.gov.uk",
            None,
        ),
    ),
    CouncilCase(
        "heldout12-perth-kinross-rfa-02",
        COUNCIL,
        URL,
        TITLE,
        "fillable PDF with named fields (hh1_name, sig2, agree2): the father's signature field empty and his Agrees box unticked; mum and the 13-year-old sign",
        "request.pdf",
        ON2,
        _b2,
        Expected(
            "early_help_assessment",
            (
                person("Harris Gordon", date(2012, 11, 14), True, ON2),
                person("Morag Gordon", date(1981, 9, 2), True, ON2),
                person("Neil Gordon", date(1978, 12, 25), False, ON2),
            ),
            "DY3 2DE",
            "Steven Baird",
            "steven.baird@school.example.sch.uk",
            None,
            queue_reason="consent_missing",
        ),
    ),
    CouncilCase(
        "heldout12-perth-kinross-rfa-03",
        COUNCIL,
        URL,
        TITLE,
        "forwarded message/rfc822 with the Word request attached, hard: current address B62 8AA inside one line, then a Previous address with another Dudley-table postcode (DY1 1AA); verbal consent by mum",
        "message.eml",
        ON3,
        _b3,
        Expected(
            "early_help_assessment",
            (
                person("Freya Munro", date(2018, 6, 30), False, ON3),
                person("Jodie Munro", date(1996, 7, 17), True, ON3),
                person("Callum Munro", date(2024, 9, 9), False, ON3),
            ),
            "B62 8AA",
            "Emma Sinclair",
            "emma.sinclair@hv.example.nhs.uk",
            None,
        ),
    ),
)
