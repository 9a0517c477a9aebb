"""Newham: referral to Children's Triage (Help and protection for children, young people and
families – practice guide; needs at Level 1b and Level 2 met by early help)."""

# ruff: noqa: E501  (wording follows the published guide)

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
    render_html,
    render_pdf,
)
from tests.councils.model import CouncilCase, Expected
from tests.councils_heldout8._mail import FRONT_DOOR, html_only

URL = "https://tr.scribd.com/document/381388644/Support-and-Protection-for-Children-and-Young-People-in-Newham-Practice-Guidance"
TITLE = "Newham Council – Help and protection for children, young people and families: A guide to services in Newham, Practice guide (3. The role of Children's Triage service; 5. The role of early help: Level 1b, Level 2; Appendix A: Indicators of Need)"
COUNCIL = "London Borough of Newham"

_LEVELS = ("Level 1b", "Level 2", "Level 3", "Level 4")


def _triage_head(
    on: str, referrer: tuple[str, str, str, str, str], level: str | None
) -> list[object]:
    return [
        Title(
            "Referral to Children's Triage",
            "Help and protection for children, young people and families",
        ),
        Para(
            "If a child is in immediate danger call 999. All referrals to Children's Triage should be made with the knowledge and consent of the parent/carer unless this would place the child at risk of significant harm."
        ),
        Heading("A. Referrer"),
        kv(
            ("Name", referrer[0]),
            ("Role", referrer[1]),
            ("Service / address", referrer[2]),
            ("Telephone", referrer[3]),
            ("Email", referrer[4]),
            ("Date", on),
            per_row=2,
        ),
        Heading("B. Indicators of Need – level you consider (see Appendix A)"),
        Table([[Boxes(tuple(CB(x == level, x) for x in _LEVELS))]]),
    ]


ON1 = date(2026, 3, 24)


def _b1() -> bytes:
    blocks = [
        *_triage_head(
            "24/03/2026",
            (
                "Bukola Adeyemi",
                "Family Support Worker",
                "Plaistow Children's Centre, London E13 9AX",
                "01632 960581",
                "b.adeyemi@newham-cc.example.org.uk",
            ),
            "Level 2",
        ),
        Heading("C. Child / young person and family"),
        grid(
            ["Full name", "Date of birth", "Relationship", "School / nursery"],
            [
                ["Amara Okafor", "06/08/2018", "Child", "Cleves Primary, E6"],
                ["Chidi Okafor", "27/01/2023", "Child", "—"],
                ["Ngozi Okafor", "15/05/1994", "Mother", "—"],
            ],
        ),
        kv(
            (
                "Current address",
                "Temporary B&B placement through Dudley housing options – address to follow",
            ),
            ("Postcode", "not known"),
            per_row=2,
        ),
        Heading("D. What are you worried about?"),
        Para(
            "Ngozi and the children were placed out of borough after fleeing domestic abuse; they are now in emergency accommodation in Dudley. Amara has no school place and Ngozi asks for help with schools, a GP and a family hub."
        ),
        Heading("E. Consent"),
        kv(
            (
                "Has the parent/carer consented to this referral?",
                "Yes – Ngozi Okafor, by phone 24/03/2026",
            )
        ),
        Para(
            "Previous GP: Lord Lister Health Centre, Woodgrange Road, London E7 0EP. Dudley housing officer based at DY1 1HF."
        ),
    ]
    return html_only(
        "Bukola Adeyemi <b.adeyemi@newham-cc.example.org.uk>",
        FRONT_DOOR,
        "Children's Triage referral – Okafor family (now in Dudley)",
        ON1,
        "This message contains an HTML form. Please view it in a browser.",
        render_html(blocks),
    )


ON2 = date(2026, 6, 9)


def _b2() -> bytes:
    def member(n: int, name: str, dob: str, rel: str, lives: str) -> Table:
        return kv(
            (f"Person {n} – name", name),
            ("Date of birth", dob),
            ("Relationship", rel),
            ("Lives at home", lives),
            per_row=2,
        )

    return render_docx(
        [
            *_triage_head(
                "09/06/2026",
                (
                    "Tom Reeves",
                    "Attendance Officer",
                    "Newham Attendance Service, Broadway, Stratford E15 4BQ",
                    "01632 960585",
                    "tom.reeves@newham-edu.example.gov.uk",
                ),
                "Level 2",
            ),
            Heading("C. Child / young person and family"),
            member(1, "Mohammed Rahman", "30/10/2013", "Child", "Yes"),
            member(2, "Sumaiya Rahman", "12/02/2016", "Child", "Yes"),
            member(3, "Rokeya Begum", "01/01/1985", "Mother", "Yes"),
            member(4, "Abdul Rahman", "18/07/1980", "Father", "Yes"),
            kv(("Address", "18 Tividale Road, Coseley"), ("Postcode", "WV14 9AA"), per_row=2),
            Heading("D. What are you worried about?"),
            Para(
                "Mohammed's attendance at his previous Newham school was 71%; the family moved to Coseley at Easter and he has not started at his new school. Father works nights; Mother speaks limited English (Bengali interpreter needed)."
            ),
            Heading("E. Consent"),
            Para("Consent to share this referral with early help services:"),
            grid(
                ["Signed", "Print name", "Date"],
                [
                    ["R Begum", "Rokeya Begum", "09/06/2026"],
                    ["A Rahman", "Abdul Rahman", "09/06/2026"],
                ],
            ),
        ]
    )


ON3 = date(2026, 9, 30)


def _b3() -> bytes:
    return render_pdf(
        [
            *_triage_head(
                "30/09/2026",
                (
                    "Sister Joy Mensah",
                    "School Nurse",
                    "0-19 Service, Appleby Street Clinic, Canning Town E16 1BD",
                    "07700 900588",
                    "joy.mensah@nhs.example.net",
                ),
                None,
            ),
            Heading("C. Child / young person and family"),
            Table(
                [
                    [
                        L("Surname"),
                        L("First name"),
                        L("DOB"),
                        L("Relationship"),
                        L("Signed consent"),
                    ],
                    ["FERREIRA", "Beatriz", "03/03/2011", "Child (referred)", "Yes – B Ferreira"],
                    ["FERREIRA", "Tiago", "30/09/2012", "Brother", ""],
                    ["DOS SANTOS", "Lucia", "21/06/1986", "Mother", "Yes – L dos Santos"],
                ]
            ),
            kv(
                ("Home address", "25 Pedmore Road, Lye, Stourbridge"),
                ("Postcode", "DY9 7AA"),
                per_row=2,
            ),
            Heading("D. What are you worried about?"),
            Para(
                "Beatriz (15) has disclosed low mood and has lost weight; Mum works two jobs. The family moved from Newham in the summer. Tiago turns 14 today and was not at home when the form was signed."
            ),
            Heading("E. Consent"),
            Para("Consent is recorded in the family table above (signed consent column)."),
        ],
        "Referral to Children's Triage",
    )


CASES: tuple[CouncilCase, ...] = (
    CouncilCase(
        "heldout8-newham-triage-01",
        COUNCIL,
        URL,
        TITLE,
        "email with the Children's Triage referral as HTML tables only: family in B&B 'address to follow', postcode 'not known'; only the children's centre E13, the old GP's E7 and a Dudley housing office DY1 1HF postcode appear",
        "message.eml",
        ON1,
        _b1,
        Expected(
            "early_help_assessment",
            (
                person("Amara Okafor", date(2018, 8, 6), False, ON1),
                person("Chidi Okafor", date(2023, 1, 27), False, ON1),
                person("Ngozi Okafor", date(1994, 5, 15), True, ON1),
            ),
            None,
            "Bukola Adeyemi",
            "b.adeyemi@newham-cc.example.org.uk",
            2,
            queue_reason="postcode_missing",
        ),
    ),
    CouncilCase(
        "heldout8-newham-triage-02",
        COUNCIL,
        URL,
        TITLE,
        "Word Children's Triage referral: Level 1b/2/3/4 boxes with Level 2 ticked; each family member a separate label/value block (Person 1-4); 'Signed | Print name | Date' consent grid; WV14 family postcode",
        "referral.docx",
        ON2,
        _b2,
        Expected(
            "early_help_assessment",
            (
                person("Mohammed Rahman", date(2013, 10, 30), False, ON2),
                person("Sumaiya Rahman", date(2016, 2, 12), False, ON2),
                person("Rokeya Begum", date(1985, 1, 1), True, ON2),
                person("Abdul Rahman", date(1980, 7, 18), True, ON2),
            ),
            "WV14 9AA",
            "Tom Reeves",
            "tom.reeves@newham-edu.example.gov.uk",
            2,
        ),
    ),
    CouncilCase(
        "heldout8-newham-triage-03",
        COUNCIL,
        URL,
        TITLE,
        "flattened PDF Children's Triage referral: consent as a 'Signed consent' column in the family table; the brother who turns 14 on the day has an empty cell; clinic E16 first; mother's surname differs",
        "referral.pdf",
        ON3,
        _b3,
        Expected(
            "early_help_assessment",
            (
                person("Beatriz Ferreira", date(2011, 3, 3), True, ON3),
                person("Tiago Ferreira", date(2012, 9, 30), False, ON3),
                person("Lucia dos Santos", date(1986, 6, 21), True, ON3),
            ),
            "DY9 7AA",
            "Joy Mensah",
            "joy.mensah@nhs.example.net",
            None,
            queue_reason="consent_missing",
        ),
    ),
)
