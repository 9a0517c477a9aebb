"""Aneurin Bevan University Health Board (Gwent), from SSCE Cymru's case study of the board's
priority support for Service (Armed Forces) children in Child and Adolescent Mental Health
Services and Public Health Nursing. The page names the service, the Service-child question and
the roles (Service Group Manager, Regional School Liaison Officer); the request forms are laid
out with plain labels around them."""

# ruff: noqa: E501  (wording follows the published page)

from datetime import date

from tests.councils.kit import (
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
from tests.councils_heldout17._bits import deleted
from tests.councils_heldout17._mail import FRONT_DOOR, with_attachment

URL = "https://www.sscecymru.co.uk/resources/casestudies/casestudieswellbeing/abuhbsupport/default.htm"
TITLE = "Aneurin Bevan University Health Board – Priority support for Service children in Child and Adolescent Mental Health Services"
COUNCIL = "Aneurin Bevan University Health Board (CAMHS and Public Health Nursing)"

ON1 = date(2026, 9, 21)


def _b1() -> bytes:
    n = iter(range(1, 40))

    def t(v: str) -> F:
        return F(v, f"Text{next(n)}")

    return render_acroform(
        [
            Title("Aneurin Bevan University Health Board", "Request for support – CAMHS / Public Health Nursing"),
            Table([[L("Date of request"), t("21/09/2026"), L("Is the child from a Service (Armed Forces) family?"), t("Yes - father serving, 1st Bn, posted away")]]),
            Heading("Child / young person"),
            Table([[L("Forename"), t("Noah"), L("Surname"), t("Gill")], [L("Date of birth"), t("08/05/2013"), L("NHS number"), t("")], [L("Address"), t("31 Brook Street, Sedgley, Dudley"), L("Postcode"), t("DY3 1AB")]]),
            Heading("Parents / carers at home"),
            Table([[L("Name"), L("Relationship"), L("Date of birth")], [t("Kirsty Gill"), t("Mother"), t("30/11/1987")], [t("Ava Gill"), t("Sister"), t("12/01/2017")]]),
            Para("Father (Sgt Daniel Gill) is currently deployed and does not live at the address during the posting."),
            Heading("Referrer"),
            Table([[L("Name"), t("Rhian Morgan"), L("Role"), t("Regional School Liaison Officer")], [L("Email"), t("rhian.morgan@ssce.example.org"), L("Telephone"), t("07700 900551")]]),
            Heading("Consent"),
            Table([[L("Parent / carer"), t("Kirsty Gill"), L("Signature"), t("K Gill"), L("Date"), t("21/09/2026")], [L("Young person"), t("Noah Gill"), L("Signature"), t("Noah Gill"), L("Date"), t("21/09/2026")]]),
        ],
        title="ABUHB request for support",
    )


ON2 = date(2026, 10, 19)


def _b2() -> bytes:
    return render_docx(
        [
            Title("Aneurin Bevan University Health Board – Public Health Nursing", "Request for Early Help / Family Support"),
            kv(("Date", "19/10/2026"), ("Service child?", "No"), ("Is there a child protection concern? Yes / No (delete as appropriate)", deleted(True)), ("If yes, has Children's Services been contacted?", "Yes – MASH called 19/10/2026 11:05")),
            Heading("Child"),
            kv(("Name", "Jayden Cole"), ("Date of birth", "04/04/2021"), ("Home address", "66 Dibdale Road, Dudley DY1 4RN"), per_row=1),
            Heading("Household"),
            grid(["Name", "Relationship", "DOB"], [["Chantelle Cole", "Mother", "09/09/1999"], ["Reece Webb", "Mother's partner", "23/03/1996"]]),
            Heading("Health visitor"),
            kv(("Name", "Megan Davies"), ("Email", "megan.davies@phn.example.net"), ("Clinic", "Ebbw Vale Health Centre, NP23 6XB"), per_row=1),
            Heading("Consent"),
            grid(["Name", "Signature", "Date"], [["Chantelle Cole", "C Cole", "19/10/2026"], ["Reece Webb", "R. Webb", "19/10/2026"]]),
        ]
    )


ON3 = date(2026, 11, 16)


def _pdf3() -> bytes:
    return render_pdf(
        [
            Title("Aneurin Bevan University Health Board", "CAMHS – Service children priority referral"),
            kv(("Date", "16 November 2026"), ("Service family", "Yes – mother a reservist, father a veteran")),
            Heading("Young person"),
            kv(("Name", "Amelia Price"), ("DOB", "19/03/2011"), ("Address", "2 Moat Drive, Bilston"), ("Postcode", "WV14 9AA"), per_row=2),
            Heading("Household"),
            grid(["Name", "Relationship", "DOB"], [["Joanne Price", "Mother", "05/06/1982"], ["Mark Price", "Father", "27/02/1979"], ["Oscar Price", "Brother", "14/07/2016"]]),
            Heading("School"),
            kv(("School", "Coseley School, WV14 9JW"), ("Designated lead", "Mrs Hartley")),
            Heading("Referrer"),
            kv(("Name", "Kola Adeyemi"), ("Role", "CAMHS Practitioner"), ("Email", "kola.adeyemi@abuhb.example.net"), per_row=1),
            Heading("Consent"),
            grid(["Name", "Signature", "Date"], [["Joanne Price", "J Price", "16/11/2026"], ["Mark Price", "M Price", "16/11/2026"], ["Amelia Price", "A. Price", "16/11/2026"]]),
        ],
        title="CAMHS referral",
    )


def _b3() -> bytes:
    return with_attachment(
        "Kola Adeyemi <kola.adeyemi@abuhb.example.net>",
        FRONT_DOOR,
        "Referral - PRICE, Amelia (family moved to Dudley)",
        ON3,
        "Please find attached a referral for a Service family who have moved into your area.\n\nKola Adeyemi\nCAMHS Practitioner",
        _pdf3(),
        "CAMHS_referral_Price.pdf",
    )


CASES: tuple[CouncilCase, ...] = (
    CouncilCase(
        "heldout17-aneurin-bevan-01",
        COUNCIL,
        URL,
        TITLE,
        "fillable PDF converted from Word: every answer a field named Text1 … TextN; a Service-family question beside the date; deployed father outside the home",
        "referral.pdf",
        ON1,
        _b1,
        Expected(
            "early_help_assessment",
            (person("Noah Gill", date(2013, 5, 8), True, ON1), person("Kirsty Gill", date(1987, 11, 30), True, ON1), person("Ava Gill", date(2017, 1, 12), False, ON1)),
            "DY3 1AB",
            "Rhian Morgan",
            "rhian.morgan@ssce.example.org",
            None,
        ),
    ),
    CouncilCase(
        "heldout17-aneurin-bevan-02",
        COUNCIL,
        URL,
        TITLE,
        "Word request whose 'child protection concern? Yes / No (delete as appropriate)' is answered by leaving Yes; health centre postcode NP23 6XB",
        "referral.docx",
        ON2,
        _b2,
        Expected(
            "early_help_assessment",
            (person("Jayden Cole", date(2021, 4, 4), False, ON2), person("Chantelle Cole", date(1999, 9, 9), True, ON2), person("Reece Webb", date(1996, 3, 23), True, ON2)),
            "DY1 4RN",
            "Megan Davies",
            "megan.davies@phn.example.net",
            None,
            safeguarding=True,
            queue_reason="safeguarding_concern",
        ),
    ),
    CouncilCase(
        "heldout17-aneurin-bevan-03",
        COUNCIL,
        URL,
        TITLE,
        "e-mail with a flattened PDF attached (subject 'PRICE, Amelia'): long-date form, three signers, school postcode WV14 9JW",
        "message.eml",
        ON3,
        _b3,
        Expected(
            "early_help_assessment",
            (person("Amelia Price", date(2011, 3, 19), True, ON3), person("Joanne Price", date(1982, 6, 5), True, ON3), person("Mark Price", date(1979, 2, 27), True, ON3), person("Oscar Price", date(2016, 7, 14), False, ON3)),
            "WV14 9AA",
            "Kola Adeyemi",
            "kola.adeyemi@abuhb.example.net",
            None,
        ),
    ),
)
