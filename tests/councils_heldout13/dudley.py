"""Dudley Safeguarding Children Partnership: Dudley Early Help (the Early Help Strategy: the right
approach, in the right place, at the right time; family hubs; preventing children requiring level 4
intervention). Internal requests, step-downs and a school's request on the borough's own forms."""

# ruff: noqa: E501  (wording follows the published page)

from datetime import date

from tests.councils.kit import (
    CB,
    DOCX_MIME,
    Boxes,
    F,
    Heading,
    Mail,
    Para,
    Title,
    grid,
    kv,
    person,
    render_acroform,
    render_docx,
)
from tests.councils.model import CouncilCase, Expected
from tests.councils_heldout13._bits import yn
from tests.councils_heldout13._mail import FRONT_DOOR, forwarded

URL = "https://dudleysafeguarding.org.uk/children/professionals-working-with-children/dudley-early-help/"
TITLE = "Dudley Safeguarding Children Partnership – Dudley Early Help (Early Help Strategy: the right approach, in the right place, at the right time; working together to prevent our children requiring level 4 intervention; family hubs)"
COUNCIL = "Dudley Safeguarding Children Partnership (Dudley Early Help)"

_MOTTO = Para("'Working together to help Children, Young People and their Families thrive' – the right approach, in the right place, at the right time.")


ON1 = date(2026, 9, 14)


def _b1() -> bytes:
    return render_docx(
        [
            Title("Internal Request for Early Help Support", "Children's Social Care → Family Hubs (internal use)"),
            _MOTTO,
            Heading("Requesting worker"),
            kv(
                ("Name", "Hollie Grainger"),
                ("Role / team", "Social Worker, Assessment and Intervention Team 2"),
                ("Email", "hollie.grainger@dudley.example.gov.uk"),
                ("Date of request", "14/09/2026"),
                ("Case status", "Single assessment concluded 11/09/2026 – closing to CSC"),
                per_row=2,
            ),
            Heading("Family"),
            kv(("Family name", "BENNETT"), ("Address", "19 Locarno Road, Tipton"), ("Postcode", "DY4 0RE"), per_row=2),
            grid(
                ["Mosaic ID", "Name", "Date of birth", "Relationship"],
                [
                    ["M-883120", "Marcus Bennett", "02/02/1995", "Dad (sole carer)"],
                    ["M-883121", "Jada Bennett", "07/07/2016", "Daughter"],
                    ["M-883122", "Malik Bennett", "18/08/2018", "Son"],
                ],
            ),
            Heading("Level of need"),
            kv(("Level", Boxes((CB(False, "Level 2 – early help"), CB(True, "Level 3 – targeted early help"))))),
            Heading("Services requested"),
            kv(
                ("Family Hub key worker", CB(True, "")),
                ("Parenting programme", CB(True, "")),
                ("Welfare rights / debt advice", CB(True, "")),
            ),
            Heading("Summary of assessment"),
            Para("Dad became sole carer in March after mum left the area. No safeguarding concerns identified; dad struggling with routines, Malik's speech delay and housing disrepair."),
            Heading("Family agreement"),
            kv(("Has the family agreed to Early Help support?", yn(True)), ("Marcus Bennett", "signature held on file (14/09/2026)"), per_row=1),
        ]
    )


ON2 = date(2026, 11, 5)


def _b2() -> bytes:
    return render_acroform(
        [
            Title("Step Down to Early Help", "Child in Need plan → Early Help (Family Hubs)"),
            _MOTTO,
            Heading("Stepping down from"),
            kv(
                ("Current plan", Boxes((CB(True, "Child in Need", "Plan CIN"), CB(False, "Child Protection", "Plan CP")))),
                ("Date of final CIN review", F("03/11/2026", "CIN review date")),
                ("Social worker", F("Daniel Ford", "SW name")),
                ("Social worker email", F("daniel.ford@dudley.example.gov.uk", "SW email")),
            ),
            Heading("Family"),
            kv(
                ("Address", F("4 Hill Street, Brierley Hill", "Family address")),
                ("Postcode", F("DY5 3BB", "Family postcode")),
            ),
            grid(
                ["Surname", "Forename", "Date of birth", "Relationship"],
                [
                    [F("HILL", "Surname 1"), F("Stacey", "Forename 1"), "12/12/1992", "Mum"],
                    [F("WHITEHOUSE", "Surname 2"), F("Dean", "Forename 2"), "04/04/1990", "Mum's partner (lives at home)"],
                    [F("HILL", "Surname 3"), F("Kai", "Forename 3"), "20/04/2012", "Son"],
                    [F("WHITEHOUSE", "Surname 4"), F("Amelia", "Forename 4"), "09/09/2021", "Daughter"],
                ],
            ),
            Heading("Level of need on step down"),
            kv(("Level", Boxes((CB(False, "Level 2", "Level 2"), CB(True, "Level 3", "Level 3"))))),
            Heading("Early Help Key Worker following step down"),
            kv(
                ("Name", F("Amira Sheikh", "EH key worker name")),
                ("Family Hub", F("Brierley Hill Family Hub", "EH hub")),
                ("Email", F("amira.sheikh@familyhub.example.gov.uk", "EH key worker email")),
            ),
            Heading("Agreement"),
            Para("We agree to the step down to Early Help and to information being shared with the Family Hub."),
            grid(
                ["Name", "Agrees", "Date"],
                [
                    ["Stacey Hill", CB(True, "Yes", "Agree 1"), "05/11/2026"],
                    ["Dean Whitehouse", CB(True, "Yes", "Agree 2"), "05/11/2026"],
                    ["Kai Hill", CB(True, "Yes", "Agree 3"), "05/11/2026"],
                ],
            ),
        ],
        title="Step Down to Early Help",
    )


ON3 = date(2026, 11, 26)


def _docx3() -> bytes:
    return render_docx(
        [
            Title("Request for Early Help Support", "Schools and settings"),
            _MOTTO,
            Heading("Person completing this request"),
            kv(
                ("Name", "Mrs Anne Pearson"),
                ("Role", "Designated Safeguarding Lead"),
                ("Setting", "Sledmere Primary School, Buffery Road, Dudley DY2 8EE"),
                ("Email", "anne.pearson@sledmere.example.org"),
                ("Date", "26/11/2026"),
                per_row=2,
            ),
            Heading("Family"),
            kv(
                ("Family name", "CARTWRIGHT"),
                ("Address", "No fixed address – sofa surfing between relatives since October; post c/o school"),
                ("Postcode", "N/A"),
                per_row=2,
            ),
            grid(
                ["Name", "Date of birth", "Relationship"],
                [["Jodie Cartwright", "03/03/1997", "Mum"], ["Riley Cartwright", "05/05/2017", "Son (Year 4)"]],
            ),
            Heading("Level of need"),
            kv(("Level", Boxes((CB(True, "Level 2 – early help"), CB(False, "Level 3 – targeted early help"))))),
            Heading("Reason for request"),
            Para("Riley is arriving hungry and tired; mum says they have been asked to leave her sister's. Mum would like housing advice and a family hub worker."),
            Heading("Consent"),
            kv(("Parent / carer consent", "Consent gained verbally from Jodie Cartwright, 26/11/2026")),
        ]
    )


def _b3() -> bytes:
    inner = Mail("Anne Pearson <anne.pearson@sledmere.example.org>", "office@sledmere.example.org", "EH request - Riley Cartwright", ON3, hour=9).message()
    inner.set_content("Please send this to the Early Help front door today - thanks, Anne\n")
    inner.add_attachment(_docx3(), maintype=DOCX_MIME[0], subtype=DOCX_MIME[1], filename="EH request Cartwright.docx")
    return forwarded(
        inner,
        "Sledmere Office <office@sledmere.example.org>",
        FRONT_DOOR,
        "FW: EH request - Riley Cartwright",
        ON3,
        "Forwarding on behalf of Mrs Pearson (DSL). Original message attached.\n\nSchool Office\n",
    )


CASES: tuple[CouncilCase, ...] = (
    CouncilCase(
        "heldout13-dudley-internal-01",
        COUNCIL,
        URL,
        TITLE,
        "Word internal request from a CSC social worker at the close of a single assessment: Mosaic IDs in the family grid, 'Level 3 – targeted early help' ticked, services tick list, dad's signature held on file",
        "referral.docx",
        ON1,
        _b1,
        Expected(
            "internal_request",
            (
                person("Marcus Bennett", date(1995, 2, 2), True, ON1),
                person("Jada Bennett", date(2016, 7, 7), False, ON1),
                person("Malik Bennett", date(2018, 8, 18), False, ON1),
            ),
            "DY4 0RE",
            "Hollie Grainger",
            "hollie.grainger@dudley.example.gov.uk",
            3,
        ),
    ),
    CouncilCase(
        "heldout13-dudley-stepdown-02",
        COUNCIL,
        URL,
        TITLE,
        "fillable PDF step-down from a CIN plan (CIN / CP checkboxes): Surname | Forename grid with two surnames (HILL / WHITEHOUSE), Level 3 checked, 'Early Help Key Worker following step down' named apart from the social worker; agreement checkboxes for both adults and the 14-year-old",
        "referral.pdf",
        ON2,
        _b2,
        Expected(
            "step_down",
            (
                person("Stacey Hill", date(1992, 12, 12), True, ON2),
                person("Dean Whitehouse", date(1990, 4, 4), True, ON2),
                person("Kai Hill", date(2012, 4, 20), True, ON2),
                person("Amelia Whitehouse", date(2021, 9, 9), False, ON2),
            ),
            "DY5 3BB",
            "Amira Sheikh",
            "amira.sheikh@familyhub.example.gov.uk",
            3,
        ),
    ),
    CouncilCase(
        "heldout13-dudley-school-03",
        COUNCIL,
        URL,
        TITLE,
        "forwarded message/rfc822 (school office forwarding the DSL's email) with the Word request attached: 'No fixed address', Postcode 'N/A', the school's DY2 8EE the only postcode; Level 2 ticked; 'Mrs' before the DSL's name",
        "message.eml",
        ON3,
        _b3,
        Expected(
            "early_help_assessment",
            (
                person("Jodie Cartwright", date(1997, 3, 3), True, ON3),
                person("Riley Cartwright", date(2017, 5, 5), False, ON3),
            ),
            None,
            "Anne Pearson",
            "anne.pearson@sledmere.example.org",
            2,
            queue_reason="postcode_missing",
        ),
    ),
)
