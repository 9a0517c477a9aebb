"""Sure Start Wellingborough local programme, as the written answer of 8 March 2005 describes
it: continuity of care and midwifery support, health advice and parenting support, a parent
support group at a health visitor clinic, a mobile toy library, playgroups, flexible
childminders, speech and language therapy; health visitors report all women identified with post
natal depression, with a specific referral to the programme; a funded HomeStart worker."""

# ruff: noqa: E501  (wording follows the published page)

from datetime import date

from tests.councils.kit import (
    CB,
    FCB,
    FT,
    Boxes,
    Heading,
    L,
    Para,
    Span,
    Table,
    Title,
    dmy2,
    grid,
    kv,
    person,
    render_docx,
    render_pdf,
)
from tests.councils.model import CouncilCase, Expected

URL = "https://www.theyworkforyou.com/wrans/?id=2005-03-08a.216684.h"
TITLE = "Sure Start – Education and Skills written question answered on 8 March 2005 (the Wellingborough Sure Start local programme and its services)"
COUNCIL = "Sure Start Wellingborough (local programme)"

_SERVICES = (
    "Midwifery support / continuity of care",
    "Health advice and parenting support",
    "Parent support group (health visitor clinic)",
    "Mobile toy library",
    "Playgroup",
    "Flexible childminder",
    "Speech and language therapy",
    "HomeStart volunteer",
)

_HEAD = [Title("SURE START – FAMILY REFERRAL", "Referral to the Sure Start local programme")]

ON1 = date(2026, 9, 28)


def _b1() -> bytes:
    return render_docx(
        [
            *_HEAD,
            Table([[L("Referral reason"), Boxes((CB(True, "Post natal depression identified"), CB(False, "New to the area"), CB(False, "Other")))]]),
            Heading("Family"),
            Table(
                [
                    [L("Mother"), "Chloe Adams", L("DOB"), "07/07/1999"],
                    [L("Baby"), "Freddie Adams", L("DOB"), "21/07/2026"],
                    [L("Partner"), "Jack Mills (lives with Chloe)", L("DOB"), "03/03/1998"],
                    [L("Address"), Span("17 Cole Street, Dudley DY2 9HF", 3)],
                ]
            ),
            Heading("Services requested"),
            Table([[Boxes(tuple(CB(i in (1, 2, 7), s) for i, s in enumerate(_SERVICES)))]]),
            Heading("Health visitor"),
            kv(("Name", "Sarah Patel"), ("Clinic", "Netherton Health Centre, DY2 9PU"), ("E-mail", "sarah.patel@nhs.example.net"), ("Date", "28/09/2026")),
            Heading("Parents' agreement"),
            Para("Chloe and Jack agreed at the new birth visit to the referral and to Sure Start contacting them."),
            grid(["Signature", "Date"], [["Chloe Adams", "28/09/2026"], ["J Mills", "28/09/2026"]]),
        ]
    )


ON2 = date(2026, 10, 26)


def _b2() -> bytes:
    on = dmy2(ON2)
    return render_pdf(
        [
            *_HEAD,
            kv(("Date of referral", on), ("Referred by", "Midwife – Grace Okafor"), ("E-mail", "grace.okafor@nhs.example.net"), ("Base", "Russells Hall Hospital maternity, DY1 2HQ")),
            Heading("Family members"),
            grid(
                ["Name", "DOB", "Relationship"],
                [["Emily Wood", "12/04/01", "Mother (pregnant, EDD 01/01/27)"], ["Harvey Wood", "30/05/23", "Son"], ["Kane Reynolds", "18/12/99", "Partner – lives at the address"]],
            ),
            kv(("Address", "2 Mill Street, Kingswinford"), ("Postcode", "DY6 7AA")),
            Heading("Services requested"),
            Table([[Boxes(tuple(CB(i in (0, 4, 6), s) for i, s in enumerate(_SERVICES)))]]),
            Heading("Signed"),
            grid(["Name", "Agrees (X)", "Signature", "Date"], [["Emily Wood", "X", "E. Wood", on], ["Kane Reynolds", "X", "K Reynolds", on]]),
        ],
        title="Sure Start referral",
    )


ON3 = date(2026, 11, 30)


def _b3() -> bytes:
    return render_docx(
        [
            *_HEAD,
            Heading("Referral"),
            kv(
                ("Referrer", FT("Beth Lowe", "ref")),
                ("Role", FT("Playgroup leader", "role")),
                ("E-mail", FT("beth.lowe@playgroup.example.org", "email")),
                ("Date", FT("30.11.2026", "date")),
            ),
            Heading("Family"),
            grid(
                ["Name", "Date of birth", "Relationship"],
                [[FT("Rosie Green", "n1"), FT("10.10.2022", "d1"), FT("Child", "r1")], [FT("Naomi Green", "n2"), FT("05.02.1988", "d2"), FT("Mum", "r2")], [FT(None, "n3"), FT(None, "d3"), FT(None, "r3")]],
            ),
            kv(("Address", FT("5 High Street, Halesowen", "addr")), ("Postcode", FT("B63 3BL", "pc")), ("Previous address", FT(None, "prev"))),
            Heading("Services requested"),
            Table([[FCB(False, _SERVICES[0]), FCB(True, _SERVICES[6]), FCB(True, _SERVICES[3])]]),
            Heading("Consent"),
            Table([[FCB(True, "Parent has agreed to this referral"), L("Signed"), FT("N Green", "sig")]]),
        ]
    )


CASES: tuple[CouncilCase, ...] = (
    CouncilCase(
        "heldout16-surestart-01",
        COUNCIL,
        URL,
        TITLE,
        "Word Sure Start referral from a health visitor after post natal depression was identified: Mother / Baby / Partner label rows with a merged address row; services tick list; clinic at DY2 9PU; both parents sign",
        "referral.docx",
        ON1,
        _b1,
        Expected(
            "early_help_assessment",
            (
                person("Chloe Adams", date(1999, 7, 7), True, ON1),
                person("Freddie Adams", date(2026, 7, 21), False, ON1),
                person("Jack Mills", date(1998, 3, 3), True, ON1),
            ),
            "DY2 9HF",
            "Sarah Patel",
            "sarah.patel@nhs.example.net",
            None,
        ),
    ),
    CouncilCase(
        "heldout16-surestart-02",
        COUNCIL,
        URL,
        TITLE,
        "flattened PDF midwife referral with dd/mm/yy dates throughout (an EDD in the relationship cell); hospital at DY1 2HQ; an 'Agrees (X)' column marked X; partner at the address signs with initial+surname",
        "referral.pdf",
        ON2,
        _b2,
        Expected(
            "early_help_assessment",
            (
                person("Emily Wood", date(2001, 4, 12), True, ON2),
                person("Harvey Wood", date(2023, 5, 30), False, ON2),
                person("Kane Reynolds", date(1999, 12, 18), True, ON2),
            ),
            "DY6 7AA",
            "Grace Okafor",
            "grace.okafor@nhs.example.net",
            None,
        ),
    ),
    CouncilCase(
        "heldout16-surestart-03",
        COUNCIL,
        URL,
        TITLE,
        "Word referral of legacy FORMTEXT and FORMCHECKBOX fields with dates written 30.11.2026; an empty family row and empty previous address showing en-spaces; consent checkbox beside the signature",
        "referral.docx",
        ON3,
        _b3,
        Expected(
            "early_help_assessment",
            (
                person("Rosie Green", date(2022, 10, 10), False, ON3),
                person("Naomi Green", date(1988, 2, 5), True, ON3),
            ),
            "B63 3BL",
            "Beth Lowe",
            "beth.lowe@playgroup.example.org",
            None,
        ),
    ),
)
