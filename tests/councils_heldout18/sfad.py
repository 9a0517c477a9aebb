"""Scottish Families Affected by Alcohol and Drugs: a national charity supporting anyone affected
by someone else's alcohol or drug use (family members over 16), with a professional referral form
through which a worker can refer a family member directly to its family support services."""

# ruff: noqa: E501  (wording follows the published page)

from datetime import date

from tests.councils.kit import (
    F,
    Heading,
    L,
    Mail,
    Para,
    Span,
    Table,
    Title,
    dmy,
    dots,
    grid,
    kv,
    person,
    render_acroform,
    render_docx,
    render_pdf,
)
from tests.councils.model import CouncilCase, Expected
from tests.councils_heldout18._mail import FRONT_DOOR, forwarded

URL = "https://vhscotland.org.uk/kims-blog-supporting-families-affected-by-alcohol-and-drugs/"
TITLE = "Kim's Blog: Supporting Families Affected by Alcohol and Drugs (Scottish Families Affected by Alcohol and Drugs – professional referral form)"
COUNCIL = "Scottish Families Affected by Alcohol and Drugs"

ON1 = date(2026, 9, 17)


def _b1() -> bytes:
    return render_docx(
        [
            Title("Scottish Families – Professional Referral", "Family Support Service"),
            Para(
                "Scottish Families supports anyone affected by someone else's alcohol or drug use. Please complete with the family member(s) you are referring."
            ),
            Heading("Family member(s) being referred"),
            grid(
                ["Name", "Date of birth", "Relationship to the person using alcohol/drugs"],
                [
                    ["Margaret Tolley", "11/01/1962", "Mother (kinship carer)"],
                    ["Brian Tolley", "04/05/1960", "Father (kinship carer)"],
                ],
            ),
            Table(
                [
                    [L("Address"), Span("19 Wallows Road, Brierley Hill", 3)],
                    [L("Postcode"), "DY5 3BB", L("Telephone"), "01632 960488"],
                    [
                        L("Previous address (until August 2026)"),
                        Span("7 Queens Cross, Dudley DY3 2DE – do not use", 3),
                    ],
                ]
            ),
            Heading("Children living in the household"),
            grid(
                ["Name", "Date of birth", "Relationship"],
                [
                    ["Chloe Tolley", "28/02/2010", "Granddaughter"],
                    ["Riley Tolley", "06/06/2015", "Grandson"],
                ],
            ),
            Table(
                [
                    [
                        L("Person using alcohol/drugs (not in household)"),
                        "Sarah Tolley (mother of the children) – address unknown",
                    ]
                ]
            ),
            Heading("What support is the family looking for?"),
            Para(
                "One-to-one support for Margaret and Brian, and help for Chloe (16) to understand her mum's drug use; the family want an Early Help plan with the school."
            ),
            Heading("Consent"),
            Para(
                "Everyone named below agrees to this referral and to Scottish Families and the local Early Help service sharing information."
            ),
            grid(
                ["Name", "Signature", "Date"],
                [
                    ["Margaret Tolley", "M. Tolley", dmy(ON1)],
                    ["Brian Tolley", "B. Tolley", dmy(ON1)],
                    ["Chloe Tolley", "Chloe Tolley", dmy(ON1)],
                ],
            ),
            kv(
                ("Referrer", "Gail Morton, Community Link Worker"),
                ("Email", "gail.morton@linkworker.example.org"),
                ("Practice", "Ladies Walk Surgery, Sedgley DY3 3UA"),
            ),
        ]
    )


ON2 = date(2026, 10, 29)


def _pdf2() -> bytes:
    return render_pdf(
        [
            Title("Scottish Families – Professional Referral Form"),
            kv(
                ("Date", dots(ON2)),
                ("Referrer", "Andrew Kerr, Recovery Worker"),
                ("Email", "andrew.kerr@recovery.example.org"),
                ("Service", "Recovery Hub, 1 Albert Street, Kirkcaldy KY1 1YS"),
                per_row=2,
            ),
            Heading("Family member referred"),
            kv(
                ("Name", "Jade Simms"),
                ("DOB", "2.7.1993"),
                ("Address", "Flat 2, 80 Hagley Road, Oldswinford, Stourbridge DY8 2SE"),
            ),
            Heading("Others in the home"),
            grid(
                ["Name", "DOB", "Relationship"],
                [
                    ["Alfie Simms", "14.3.2019", "Son"],
                    ["Darren Simms", "19.8.1990", "Partner (in recovery)"],
                ],
            ),
            Heading("Consent"),
            Para(
                "Jade and Darren Simms both gave consent at the recovery hub on "
                + dots(ON2)
                + " and signed the paper form (held on file)."
            ),
            Heading("Support requested"),
            Para(
                "Jade has moved back to Stourbridge with Darren after his residential rehab in Fife; she wants support for herself and a family support worker for Alfie's nursery place."
            ),
        ],
        title="Scottish Families referral",
    )


def _b2() -> bytes:
    inner = Mail(
        "Andrew Kerr <andrew.kerr@recovery.example.org>",
        "familysupport@scottishfamilies.example.org",
        "Professional referral - SIMMS",
        ON2,
        hour=9,
    ).message()
    inner.set_content(
        "Hi team, referral attached for Jade Simms. The family live in England now. Andrew"
    )
    inner.add_attachment(
        _pdf2(), maintype="application", subtype="pdf", filename="Referral SIMMS.pdf"
    )
    return forwarded(
        inner,
        "Family Support Team <familysupport@scottishfamilies.example.org>",
        FRONT_DOOR,
        "FW: Professional referral - SIMMS",
        ON2,
        "Good afternoon,\n\nThis family live in Stourbridge, so we are forwarding Andrew's referral to you for early help. The original message and form are attached.\n\nScottish Families Family Support Team\n",
    )


ON3 = date(2026, 11, 19)


def _b3() -> bytes:
    def dob(prefix: str, d: date) -> list[F]:
        return [
            F(f"{d.day:02d}", f"{prefix}_dob_day"),
            F(f"{d.month:02d}", f"{prefix}_dob_month"),
            F(str(d.year), f"{prefix}_dob_year"),
        ]

    return render_acroform(
        [
            Title("Scottish Families – Referral (fillable)"),
            Heading("Family member referred"),
            Table(
                [
                    [L("Full name"), F("Colin Fairbairn", "fm1_name")],
                    [L("Address"), F("31 Stourbridge Road, Halesowen B63 3BL", "fm1_address")],
                ]
            ),
            Table([[L("Date of birth (DD / MM / YYYY)"), *dob("fm1", date(1975, 8, 3))]]),
            Heading("Children in the household"),
            Table([[L("Name"), F("Lewis Fairbairn", "ch1_name")]]),
            Table([[L("Date of birth (DD / MM / YYYY)"), *dob("ch1", date(2009, 10, 21))]]),
            Table([[L("Name"), F("Erin Fairbairn", "ch2_name")]]),
            Table([[L("Date of birth (DD / MM / YYYY)"), *dob("ch2", date(2014, 5, 9))]]),
            Heading("Consent"),
            Table(
                [
                    [
                        L("Family member signature"),
                        F("Colin Fairbairn", "fm1_sig"),
                        L("Date"),
                        F(dmy(ON3), "fm1_sig_date"),
                    ],
                    [
                        L("Young person (16+) signature"),
                        F("Lewis Fairbairn", "ch1_sig"),
                        L("Date"),
                        F(dmy(ON3), "ch1_sig_date"),
                    ],
                ]
            ),
            Heading("Referrer"),
            Table(
                [
                    [
                        L("Name"),
                        F("Morag Lindsay", "ref_name"),
                        L("Email"),
                        F("morag.lindsay@advice.example.org", "ref_email"),
                    ]
                ]
            ),
            Heading("Reason"),
            Table(
                [
                    [
                        F(
                            "Colin's wife died of an overdose in Glasgow in July; he has moved to Halesowen with the children and wants bereavement support and help for Erin at school.",
                            "reason",
                        )
                    ]
                ]
            ),
        ],
        title="Scottish Families referral",
    )


CASES: tuple[CouncilCase, ...] = (
    CouncilCase(
        "heldout18-sfad-01",
        COUNCIL,
        URL,
        TITLE,
        "Word referral of grandparent kinship carers, hard: straight under the home DY5 3BB a 'Previous address' at another Dudley-table postcode (DY3 2DE, 'do not use'); the mother using drugs outside the household; surgery at DY3 3UA; the 16-year-old signs",
        "referral.docx",
        ON1,
        _b1,
        Expected(
            "early_help_assessment",
            (
                person("Margaret Tolley", date(1962, 1, 11), True, ON1),
                person("Brian Tolley", date(1960, 5, 4), True, ON1),
                person("Chloe Tolley", date(2010, 2, 28), True, ON1),
                person("Riley Tolley", date(2015, 6, 6), False, ON1),
            ),
            "DY5 3BB",
            "Gail Morton",
            "gail.morton@linkworker.example.org",
            None,
        ),
    ),
    CouncilCase(
        "heldout18-sfad-02",
        COUNCIL,
        URL,
        TITLE,
        "forwarded message/rfc822 (the charity's family support team forwarding the recovery worker's email) carrying a flattened PDF with dates written 2.7.1993; recovery hub at Kirkcaldy KY1 1YS; 'signed the paper form (held on file)' for both adults",
        "message.eml",
        ON2,
        _b2,
        Expected(
            "early_help_assessment",
            (
                person("Jade Simms", date(1993, 7, 2), True, ON2),
                person("Alfie Simms", date(2019, 3, 14), False, ON2),
                person("Darren Simms", date(1990, 8, 19), True, ON2),
            ),
            "DY8 2SE",
            "Andrew Kerr",
            "andrew.kerr@recovery.example.org",
            None,
        ),
    ),
    CouncilCase(
        "heldout18-sfad-03",
        COUNCIL,
        URL,
        TITLE,
        "fillable PDF with every date of birth in three fields (fm1_dob_day / _month / _year); address and postcode in one field; typed full-name signatures for dad and the 17-year-old",
        "referral.pdf",
        ON3,
        _b3,
        Expected(
            "early_help_assessment",
            (
                person("Colin Fairbairn", date(1975, 8, 3), True, ON3),
                person("Lewis Fairbairn", date(2009, 10, 21), True, ON3),
                person("Erin Fairbairn", date(2014, 5, 9), False, ON3),
            ),
            "B63 3BL",
            "Morag Lindsay",
            "morag.lindsay@advice.example.org",
            None,
        ),
    ),
)
