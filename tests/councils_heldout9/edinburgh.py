"""City of Edinburgh: the Wellbeing Concern Form (GIRFEC), completed by anyone who has identified
a concern about a child's wellbeing and always passed on to the Named Person, who decides on the
next steps (as described in a published FOI request about the form)."""

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
)
from tests.councils.model import CouncilCase, Expected
from tests.councils_heldout9._mail import FRONT_DOOR, plain

URL = "https://www.whatdotheyknow.com/request/girfec_concerns"
TITLE = "City of Edinburgh Council – GIRFEC concerns (Wellbeing Concern Form: can be completed by anyone who has identified a concern about a child's wellbeing; completed forms are always passed on to the Named Person, who will then decide on appropriate next steps; Information Sharing Flowchart – GIRFEC/GDPR)"
COUNCIL = "City of Edinburgh Council"

_SHANARRI = (
    "Safe",
    "Healthy",
    "Achieving",
    "Nurtured",
    "Active",
    "Respected",
    "Responsible",
    "Included",
)


def _indicators(ticked: set[str]) -> Table:
    return Table([[Boxes(tuple(CB(s in ticked, s) for s in _SHANARRI))]])


ON1 = date(2026, 2, 24)


def _b1() -> bytes:
    return render_docx(
        [
            Title("Wellbeing Concern Form", "Getting it right for every child – City of Edinburgh"),
            Para(
                "This form can be completed by anyone who has a concern about a child's wellbeing. The completed form will be passed to the child's Named Person, who will decide on the appropriate next steps. If you think a child is at risk of harm, follow child protection procedures now."
            ),
            Heading("1. Child"),
            kv(
                ("Forename", "Kayla"),
                ("Surname", "MCLEOD"),
                ("Date of birth", "08/08/2014"),
                ("Address", "26 High Street, Quarry Bank, Brierley Hill"),
                ("Postcode", "DY5 1AA"),
                ("Named Person", "Head Teacher, new school in Dudley (to be confirmed)"),
                per_row=2,
            ),
            Heading("2. Parents / carers and others in the household"),
            grid(
                ["Forename", "Surname", "Date of birth", "Relationship"],
                [
                    ["Fiona", "MCLEOD", "17/03/1989", "Mother"],
                    ["Callum", "MCLEOD", "02/05/2011", "Brother"],
                ],
            ),
            Heading("3. Person completing this form"),
            kv(
                ("Name", "Morag Sinclair"),
                ("Designation", "Depute Head Teacher (previous Named Person)"),
                ("Agency / address", "Leith Walk Primary, 102 Leith Walk, Edinburgh EH6 5DT"),
                ("Telephone", "01632 960668"),
                ("Email", "morag.sinclair@leithwalk.example.sch.uk"),
                ("Date", "24/02/2026"),
                per_row=2,
            ),
            Heading("4. Wellbeing indicators affected (SHANARRI)"),
            _indicators({"Healthy", "Nurtured", "Included"}),
            Heading("5. What is the concern?"),
            Para(
                "Kayla's attendance fell to 80% before the family moved to Brierley Hill in February; she has told staff she is worried about her mum, who has MS and relies on Kayla and Callum (14) for help at home. Possible young carers."
            ),
            Heading("6. Views and consent"),
            Table(
                [
                    [
                        L(
                            "Have the parent/carer and child been told about this concern being shared?"
                        ),
                        Boxes((CB(True, "Yes"), CB(False, "No"))),
                    ],
                    [
                        L(
                            "Do they agree to information being shared with the Named Person and other services?"
                        ),
                        Boxes((CB(True, "Yes"), CB(False, "No"))),
                    ],
                    [
                        L("Who agreed?"),
                        "Fiona McLeod (mother), Callum McLeod (14) and Kayla, at a meeting on 20/02/2026",
                    ],
                ]
            ),
        ]
    )


ON2 = date(2026, 6, 2)


def _b2() -> bytes:
    n = iter(range(1, 80))

    def t(v: str) -> F:
        return F(v, f"Text{next(n)}")

    return render_acroform(
        [
            Title("Wellbeing Concern Form", "Getting it right for every child – City of Edinburgh"),
            Heading("1. Child"),
            Table(
                [
                    [L("Forename"), t("Jamie"), L("Surname"), t("Baird")],
                    [L("Date of birth"), t("19/10/2018"), L("Postcode"), t("DY6 0LQ")],
                    [L("Address"), t("4 Kingswinford Road, Wall Heath, Kingswinford")],
                ]
            ),
            Heading("2. Parents / carers and others in the household"),
            Table(
                [
                    [L("Forename"), L("Surname"), L("Date of birth"), L("Relationship")],
                    [t("Lisa"), t("Baird"), t("22/01/1990"), t("Mother")],
                    [t("Gordon"), t("Baird"), t("14/11/1987"), t("Father")],
                    [t("Erin"), t("Baird"), t("30/07/2009"), t("Sister")],
                ]
            ),
            Heading("3. Person completing this form"),
            Table(
                [
                    [
                        L("Name"),
                        t("Ewan Drummond"),
                        L("Designation"),
                        t("Community Paediatric Nurse"),
                    ],
                    [
                        L("Agency / address"),
                        t("Sighthill Health Centre, Edinburgh EH11 4AU"),
                        L("Email"),
                        t("ewan.drummond@lothian-cpn.example.nhs.uk"),
                    ],
                    [L("Date"), t("02/06/2026"), L("Telephone"), t("07700 900672")],
                ]
            ),
            Heading("5. What is the concern?"),
            Table(
                [
                    [
                        t(
                            "Jamie (7) has type 1 diabetes; since the move to Wall Heath his blood sugars have been poorly controlled and there have been two admissions. Parents are both working shifts and Erin (16) is often left to manage his insulin."
                        )
                    ]
                ]
            ),
            Heading("6. Views and consent"),
            Table(
                [
                    [L("Do they agree to information being shared?"), t("Yes")],
                    [
                        L("Who agreed?"),
                        t("Lisa Baird and Gordon Baird (parents), by phone 01/06/2026"),
                    ],
                ]
            ),
        ],
        "Wellbeing Concern Form",
    )


ON3 = date(2026, 10, 13)


def _b3() -> bytes:
    body = """Dear Early Help team,

I am the Named Person (Guidance Teacher) for Rhys Ferguson, who has left our school because the family moved to Netherton. I am sending our Wellbeing Concern Form by email as our system cannot send to yours.

WELLBEING CONCERN FORM

1. Child
Forename: Rhys    Surname: FERGUSON    Date of birth: 04/04/2012
Address: 48 Halesowen Road, Netherton, Dudley, DY2 0AB

2. Parents / carers and others in the household
Forename / Surname / Date of birth / Relationship
Andrea / FERGUSON / 15/09/1980 / Mother
Stephen / FERGUSON / 03/06/1979 / Father

3. Person completing this form
Name: Alison Reid
Designation: Guidance Teacher (Named Person)
Agency / address: Craigroyston High School annexe, Edinburgh EH4 4QN
Email: alison.reid@craigroyston-annexe.example.sch.uk
Telephone: 01632 960675
Date: 13/10/2026

4. Wellbeing indicators affected: Healthy, Included

5. What is the concern?
Rhys (14) has been self-harming (superficial cuts) and is on the CAMHS waiting list. He has told us he wants help. Both parents are supportive and want him linked with a school counsellor and a youth group in Dudley.

6. Views and consent
Have the parent/carer and child been told? Yes
Who agreed? Andrea and Stephen Ferguson, and Rhys himself (aged 14) - all three agreed at a meeting on 12/10/2026.

Kind regards
Alison Reid
"""
    return plain(
        "Alison Reid <alison.reid@craigroyston-annexe.example.sch.uk>",
        FRONT_DOOR,
        "Wellbeing Concern Form - Rhys Ferguson (moved to Dudley)",
        ON3,
        body,
    )


CASES: tuple[CouncilCase, ...] = (
    CouncilCase(
        "heldout9-edinburgh-wcf-01",
        COUNCIL,
        URL,
        TITLE,
        "Word Wellbeing Concern Form: child's label/value pairs first, household grid after, then the previous Named Person's Edinburgh EH6 school address; SHANARRI ☒/☐ row; 'Who agreed?' line naming mum, the 14-year-old brother and the child",
        "referral.docx",
        ON1,
        _b1,
        Expected(
            "early_help_assessment",
            (
                person("Kayla McLeod", date(2014, 8, 8), True, ON1),
                person("Fiona McLeod", date(1989, 3, 17), True, ON1),
                person("Callum McLeod", date(2011, 5, 2), True, ON1),
            ),
            "DY5 1AA",
            "Morag Sinclair",
            "morag.sinclair@leithwalk.example.sch.uk",
            None,
        ),
    ),
    CouncilCase(
        "heldout9-edinburgh-wcf-02",
        COUNCIL,
        URL,
        TITLE,
        "fillable PDF Wellbeing Concern Form whose fields are unnamed (Text1, Text2 …): both parents agree by phone; the 16-year-old sister at home is not named in the consent",
        "referral.pdf",
        ON2,
        _b2,
        Expected(
            "early_help_assessment",
            (
                person("Jamie Baird", date(2018, 10, 19), False, ON2),
                person("Lisa Baird", date(1990, 1, 22), True, ON2),
                person("Gordon Baird", date(1987, 11, 14), True, ON2),
                person("Erin Baird", date(2009, 7, 30), False, ON2),
            ),
            "DY6 0LQ",
            "Ewan Drummond",
            "ewan.drummond@lothian-cpn.example.nhs.uk",
            None,
            queue_reason="consent_missing",
        ),
    ),
    CouncilCase(
        "heldout9-edinburgh-wcf-03",
        COUNCIL,
        URL,
        TITLE,
        "plain-text email with the Wellbeing Concern Form typed into the body under its headings: household as 'Forename / Surname / Date of birth / Relationship' lines; postcode at the end of the address line; consent sentence naming both parents and the 14-year-old",
        "message.eml",
        ON3,
        _b3,
        Expected(
            "early_help_assessment",
            (
                person("Rhys Ferguson", date(2012, 4, 4), True, ON3),
                person("Andrea Ferguson", date(1980, 9, 15), True, ON3),
                person("Stephen Ferguson", date(1979, 6, 3), True, ON3),
            ),
            "DY2 0AB",
            "Alison Reid",
            "alison.reid@craigroyston-annexe.example.sch.uk",
            None,
        ),
    ),
)
