"""Essex: Team Around the Family (TAF) meeting notes on the TAF template, with the parents' written agreement."""

# ruff: noqa: E501  (labels and answers are copied verbatim from the published form)

from datetime import date

from tests.councils.kit import (
    Heading,
    L,
    Para,
    Span,
    Table,
    Title,
    grid,
    kv,
    person,
    render_docx,
)
from tests.councils.model import CouncilCase, Expected

URL = "https://essex.gov.uk/how-to-hold-a-team-around-the-family-taf-meeting"
TITLE = "Essex County Council – How to hold a Team Around the Family (TAF) meeting (capture the agreement in writing; notes of the meeting on the TAF template within the Effective Support Guidance)"
ON = date(2026, 3, 12)


def _build() -> bytes:
    blocks = [
        Title("Team Around the Family (TAF) meeting", "TAF template – Effective Support Guidance"),
        Table(
            [
                [L("Family"), Span("ELLIS / REED", 3)],
                [
                    L("Date of meeting"),
                    "Thursday 12th March 2026",
                    L("Venue"),
                    "Leasowes High School",
                ],
                [
                    L("TAF Co-ordinator"),
                    "Fiona Grant, Family Support Worker, Halesowen Family Hub",
                    L("Co-ordinator email"),
                    "f.grant@halesowenhub.example.gov.uk",
                ],
                [
                    L("Notes taken by"),
                    "Paul Day, SENCo, Leasowes High School",
                    L("Date notes completed"),
                    "12 March 2026",
                ],
            ]
        ),
        Heading("Who lives in the household"),
        grid(
            ["Name", "Date of birth", "Relationship"],
            [
                ["Dylan Ellis", "1st July 2011", "Son"],
                ["Mia Reed", "9th February 2016", "Daughter"],
                ["Karen Ellis", "24th May 1982", "Mother"],
                ["Steve Reed", "3rd October 1980", "Mother’s partner, Mia’s father"],
            ],
        ),
        kv(("Address", "7 Manor Lane, Halesowen B62 8AA")),
        Heading("1. Welcome, introductions and apologies"),
        grid(
            ["Name", "Role / relationship", "Present / apologies"],
            [
                ["Karen Ellis", "Mother", "Present"],
                ["Steve Reed", "Partner", "Present"],
                ["Dylan Ellis", "Young person", "Present for the first half"],
                ["Fiona Grant", "TAF Co-ordinator", "Present"],
                ["Paul Day", "SENCo", "Present"],
                ["Dr H. Iqbal", "Community Paediatrician", "Apologies – report sent"],
            ],
        ),
        Heading("2. Confidentiality"),
        Para("The consent statement was read and explained to Dylan in a way he could understand."),
        Heading("3. Update from each member of the family"),
        Table(
            [
                [
                    "Karen: mornings are still a battle. Steve: Dylan listens to him more since the last meeting. Dylan: ‘I hate maths, the room is too loud.’"
                ]
            ]
        ),
        Heading("4. Update from practitioners"),
        Table(
            [
                [
                    "School: Dylan is on a part-time timetable for maths; ADHD assessment awaited (paediatrician report attached)."
                ]
            ]
        ),
        Heading("5. Review of the latest action plan / 6. Agree new actions"),
        grid(
            ["Action", "Who", "By when"],
            [
                ["Quiet room for maths", "Paul Day", "20/03/2026"],
                ["Parenting ADHD course", "Karen and Steve", "April 2026"],
                ["Chase the assessment date", "Fiona Grant", "26/03/2026"],
            ],
        ),
        Heading("7. Agree next steps"),
        kv(("Next TAF meeting", "23/04/2026, 3.30pm, Leasowes High School")),
        Heading("Agreement to the Team Around the Family"),
        Para(
            "I / We agree to a Team Around the Family meeting with the practitioners named above and to information being "
            "shared between them. (delete as appropriate) → “We” kept, “I” deleted."
        ),
        grid(
            ["Name", "Signature", "Date"],
            [
                ["Karen Ellis", "K Ellis", "12/03/2026"],
                ["Steve Reed", "S. Reed", "12/03/2026"],
                ["Dylan Ellis", "Dylan E", "12/03/2026"],
            ],
        ),
    ]
    return render_docx(blocks)


CASES: tuple[CouncilCase, ...] = (
    CouncilCase(
        case_id="essex-taf-01",
        council="Essex County Council",
        source_url=URL,
        source_title=TITLE,
        layout="Word TAF meeting notes on the published agenda (1-7), hard: TAF Co-ordinator named apart from the note-taker; "
        "family name cell 'ELLIS / REED'; dates of birth in words ('1st July 2011'); attendees table mixing family and professionals; 'I / We … (delete as appropriate)' agreement signed by three",
        filename="referral.docx",
        assessment_date=ON,
        build=_build,
        expected=Expected(
            form_type="early_help_assessment",
            people=(
                person("Dylan Ellis", date(2011, 7, 1), True, ON),
                person("Mia Reed", date(2016, 2, 9), False, ON),
                person("Karen Ellis", date(1982, 5, 24), True, ON),
                person("Steve Reed", date(1980, 10, 3), True, ON),
            ),
            postcode="B62 8AA",
            lead_professional_name="Fiona Grant",
            lead_professional_email="f.grant@halesowenhub.example.gov.uk",
            level_of_need=None,
        ),
    ),
)
