"""St Wilfrid's Hospice: bereavement support for all children and young people in its area; a
referral form for parents or carers, teachers and other professionals, or the young person; 'For
all referrals consent to the referral should be obtained from the parent (if child under 14) or
the young person themselves'."""

# ruff: noqa: E501  (wording follows the published page)

from datetime import date

from tests.councils.kit import (
    FCB,
    FT,
    Heading,
    L,
    Para,
    Span,
    Table,
    Title,
    dmy,
    grid,
    kv,
    longdate,
    person,
    render_docx,
    render_pdf,
)
from tests.councils.model import CouncilCase, Expected

URL = "https://www.stwhospice.org/bereavement-support-for-children"
TITLE = "St Wilfrid's Hospice – Bereavement support for children (children and young people grieve too; referral form)"
COUNCIL = "St Wilfrid's Hospice (children's bereavement support)"

_RULE = "For all referrals consent to the referral should be obtained from the parent (if child under 14) or the young person themselves."

ON1 = date(2026, 9, 8)


def _b1() -> bytes:
    return render_docx(
        [
            Title("Children and Young People's Bereavement Referral", "St Wilfrid's Hospice"),
            Para(
                "The referral form can be used by parents or carers, teachers and other professionals. Children and young people may also refer themselves."
            ),
            Heading("About the child or young person"),
            Table(
                [
                    [L("Name"), "Ethan Carter", L("Date of birth"), longdate(date(2012, 9, 8))],
                    [L("Address"), Span("40 High Street, Wordsley, Stourbridge DY8 4HB", 3)],
                    [L("School"), Span("Ridgewood High School, Wollaston DY8 3NX", 3)],
                ]
            ),
            Heading("Who else lives at home?"),
            grid(
                ["Name", "Date of birth", "Relationship"],
                [
                    ["Hayley Carter", "22 October 1986", "Mum"],
                    ["Millie Carter", "5 May 2017", "Sister"],
                ],
            ),
            Heading("Someone special who has died"),
            kv(
                ("Name", "Stephen Carter"),
                ("Relationship", "Dad"),
                ("Date of death", "June 2026"),
                per_row=3,
            ),
            Heading("Consent"),
            Para(_RULE),
            grid(
                ["", "Name", "Signature", "Date"],
                [
                    ["Young person", "Ethan Carter", "E Carter", dmy(ON1)],
                    ["Parent/carer", "Hayley Carter", "H Carter", dmy(ON1)],
                ],
            ),
            kv(
                ("Referrer", "Mrs Julie Harper, Head of Year 10"),
                ("Email", "j.harper@ridgewood.example.org"),
                ("Telephone", "01632 960361"),
            ),
        ]
    )


ON2 = date(2026, 10, 15)


def _b2() -> bytes:
    return render_docx(
        [
            Title("Bereavement Referral Form"),
            Para(_RULE),
            Table(
                [
                    [L("Child's name"), FT("Kacper Nowak"), L("Date of birth"), FT("15/10/2012")],
                    [
                        L("Address"),
                        FT("2 Birch Coppice, Wall Heath, Kingswinford DY6 0LQ"),
                        L("Telephone"),
                        FT("07700 900527"),
                    ],
                ]
            ),
            Heading("Household"),
            Table(
                [
                    [L("Parent/carer"), FT("Agnieszka Nowak"), L("DOB"), FT("03/03/1984")],
                    [L("Sibling"), FT("Zofia Nowak"), L("DOB"), FT("12/12/2016")],
                    [L("Other"), FT(None), L("DOB"), FT(None)],
                ]
            ),
            Heading("Who has died?"),
            Table(
                [
                    [
                        L("Name / relationship"),
                        FT("Grandfather (lived in Poland)"),
                        L("When"),
                        FT("August 2026"),
                    ]
                ]
            ),
            Heading("Consent"),
            Table(
                [
                    [
                        FCB(True, "Parent/carer consents"),
                        L("Signature"),
                        FT("A. Nowak"),
                        L("Date"),
                        FT(dmy(ON2)),
                    ],
                    [
                        FCB(False, "Young person consents"),
                        L("Signature"),
                        FT(None),
                        L("Date"),
                        FT(None),
                    ],
                ]
            ),
            Heading("Referrer"),
            Table(
                [
                    [L("Name"), FT("Beth Jones"), L("Role"), FT("Family Support Worker")],
                    [L("Email"), FT("beth.jones@familyhub.example.org"), L("Date"), FT(dmy(ON2))],
                ]
            ),
        ]
    )


ON3 = date(2026, 11, 11)


def _b3() -> bytes:
    return render_pdf(
        [
            Title(
                "St Wilfrid's Hospice – Children's Bereavement Referral", "Parent/carer referral"
            ),
            Heading("Your details"),
            kv(
                ("Your name", "Louise Pritchard"),
                ("Date of birth", "07/07/1979"),
                ("Address", "5 Coalbourn Lane, Amblecote"),
                ("Postcode", "DY8 1AA"),
                per_row=2,
            ),
            Heading("Children you would like us to support"),
            grid(
                ["Name", "Date of birth", "Age"],
                [["Freya Pritchard", "19/01/2009", "17"], ["Oscar Pritchard", "23/03/2013", "13"]],
            ),
            Heading("Who has died?"),
            Para(
                "Their dad, Neil Pritchard, died at the hospice on 2 September 2026 (we were separated; he lived in Eastbourne BN21 4UH)."
            ),
            Heading("Consent"),
            Para(
                "I give consent for Oscar to be referred. Freya has read this form and wants support for herself – she has signed below."
            ),
            Table(
                [
                    [L("Signed (parent)"), "Louise Pritchard", L("Date"), dmy(ON3)],
                    [L("Signed (young person)"), "F. Pritchard", L("Date"), dmy(ON3)],
                ]
            ),
            Para("Completed by the parent. Contact email: louise.pritchard@example.com"),
        ],
        title="St Wilfrid's referral",
    )


CASES: tuple[CouncilCase, ...] = (
    CouncilCase(
        "heldout18-stwilfrids-01",
        COUNCIL,
        URL,
        TITLE,
        "Word bereavement referral with the page's consent rule ('parent (if child under 14) or the young person'): the son exactly 14 on the day signs beside mum; dates written '8 September 2012'; school at DY8 3NX in a merged row; the deceased dad in his own block",
        "referral.docx",
        ON1,
        _b1,
        Expected(
            "early_help_assessment",
            (
                person("Ethan Carter", date(2012, 9, 8), True, ON1),
                person("Hayley Carter", date(1986, 10, 22), True, ON1),
                person("Millie Carter", date(2017, 5, 5), False, ON1),
            ),
            "DY8 4HB",
            "Julie Harper",
            "j.harper@ridgewood.example.org",
            None,
        ),
    ),
    CouncilCase(
        "heldout18-stwilfrids-02",
        COUNCIL,
        URL,
        TITLE,
        "Word referral of legacy FORMTEXT and FORMCHECKBOX fields: mum's consent box ticked but the boy exactly 14 on the day has an unticked box and an empty signature (en-spaces); an empty 'Other' household row",
        "referral.docx",
        ON2,
        _b2,
        Expected(
            "early_help_assessment",
            (
                person("Kacper Nowak", date(2012, 10, 15), False, ON2),
                person("Agnieszka Nowak", date(1984, 3, 3), True, ON2),
                person("Zofia Nowak", date(2016, 12, 12), False, ON2),
            ),
            "DY6 0LQ",
            "Beth Jones",
            "beth.jones@familyhub.example.org",
            None,
            queue_reason="consent_missing",
        ),
    ),
    CouncilCase(
        "heldout18-stwilfrids-03",
        COUNCIL,
        URL,
        TITLE,
        "flattened PDF parent self-referral: consent in sentences, the 17-year-old signs 'F. Pritchard'; the late father's Eastbourne BN21 4UH in the narrative; the parent is the contact (no professional)",
        "referral.pdf",
        ON3,
        _b3,
        Expected(
            "early_help_assessment",
            (
                person("Louise Pritchard", date(1979, 7, 7), True, ON3),
                person("Freya Pritchard", date(2009, 1, 19), True, ON3),
                person("Oscar Pritchard", date(2013, 3, 23), False, ON3),
            ),
            "DY8 1AA",
            "Louise Pritchard",
            "louise.pritchard@example.com",
            None,
        ),
    ),
)
