"""Cumbria Safeguarding Children Partnership: the Early Help Assessment - Signs of Well-being (EHA)
(what is working well, what the worries are, what well-being would look like), followed by a Team
Around the Family (TAF) meeting to identify a coordinator and agree the plan."""

# ruff: noqa: E501  (wording follows the published page)

from datetime import date

from tests.councils.kit import (
    F,
    Heading,
    Para,
    Title,
    grid,
    kv,
    person,
    render_acroform,
    render_docx,
    render_pdf,
)
from tests.councils.model import CouncilCase, Expected

URL = "https://cumbriasafeguardingchildren.co.uk/earlyhelp.asp"
TITLE = "Cumbria Safeguarding Children Partnership – Early Help (Early Help Assessment - Signs of Well-being (EHA): what is working well, what the worries are and what wellbeing would look like; a Team Around the Family (TAF) meeting to identify a coordinator and agree the plan)"
COUNCIL = "Cumbria Safeguarding Children Partnership"

_TITLE = Title("Early Help Assessment – Signs of Well-being (EHA)", "Pre-birth to 19 (25 with a learning difficulty or disability)")


ON1 = date(2026, 9, 15)


def _b1() -> bytes:
    return render_docx(
        [
            _TITLE,
            Heading("Family details"),
            kv(("Family name", "WEBB"), ("Address", "2 Stallings Lane, Kingswinford"), ("Postcode", "DY6 0LQ"), ("Date of EHA", "15/09/2026"), per_row=2),
            grid(
                ["Name", "Date of birth", "Relationship", "Lives at this address?"],
                [
                    ["Danielle Webb", "20/01/1993", "Mum", "Yes"],
                    ["Ryan Webb", "01/12/1991", "Dad", "Yes"],
                    ["Poppy Webb", "04/04/2022", "Daughter", "Yes"],
                    ["Alfie Webb", "10/10/2024", "Son", "Yes"],
                ],
            ),
            Heading("Person completing the EHA"),
            kv(
                ("Name", "Jess Armitage"),
                ("Role / agency", "Room Leader, Little Acorns Day Nursery, Wordsley DY8 5PD"),
                ("Email", "jess.armitage@littleacorns.example.co.uk"),
                per_row=2,
            ),
            Heading("What is working well?"),
            Para("Poppy is settled at nursery and loves books; both parents attend every review; dad has started a new job."),
            Heading("What are we worried about?"),
            Para("Poppy (4) has very little speech and frequent long tantrums; Alfie's weight has dropped centiles; mum reports low mood since Alfie's birth and the family are behind on the gas bill."),
            Heading("What would well-being look like?"),
            Para("Poppy using two-word phrases and bedtime routines in place; Alfie back on his centile; mum accessing perinatal support."),
            kv(("Scaling: where are things now? (0 = very worried, 10 = well-being achieved)", "4")),
            Heading("Team Around the Family"),
            kv(
                ("TAF meeting date", "29/09/2026"),
                ("TAF Coordinator (Lead Practitioner)", "Sam Okafor, Key Worker, Kingswinford Family Hub"),
                ("Coordinator email", "sam.okafor@familyhub.example.gov.uk"),
                per_row=1,
            ),
            Heading("Consent"),
            grid(
                ["Name", "Relationship", "Signature", "Date"],
                [["Danielle Webb", "Mum", "D Webb", "15/09/2026"], ["Ryan Webb", "Dad", "R. Webb", "15/09/2026"]],
            ),
        ]
    )


ON2 = date(2026, 10, 20)


def _b2() -> bytes:
    return render_pdf(
        [
            _TITLE,
            Heading("Lead Practitioner"),
            kv(
                ("Name", "Karen Whitehouse"),
                ("Agency", "Redhill School, Junction Road, Stourbridge DY8 1JX"),
                ("Email", "karen.whitehouse@school.example.org"),
                ("Date of EHA", "20/10/2026"),
                per_row=2,
            ),
            Heading("Family details"),
            kv(("Family name", "MARSH"), ("Address", "18 Enville Street, Stourbridge"), ("Postcode", "DY8 1AA"), per_row=2),
            grid(
                ["Name", "Date of birth", "Relationship", "Lives at this address?"],
                [
                    ["Claire Marsh", "15/06/1984", "Mum", "Yes"],
                    ["Ethan Marsh", "20/10/2012", "Son (14 today)", "Yes"],
                    ["Isla Marsh", "02/02/2018", "Daughter", "Yes"],
                ],
            ),
            Heading("What is working well?"),
            Para("Ethan is a talented footballer; mum has a supportive sister nearby."),
            Heading("What are we worried about?"),
            Para("Ethan's attendance 74%, two fixed-term exclusions; mum struggling with his anger at home; Isla copying behaviours."),
            Heading("What would well-being look like?"),
            Para("Ethan back in school full time with a mentor; calm evenings at home."),
            Heading("Consent"),
            Para("I agree to the information in this assessment being shared with the agencies named in the plan."),
            kv(
                ("Signed", "Claire Marsh"),
                ("Print name", "CLAIRE MARSH"),
                ("Date", "20/10/2026"),
                per_row=3,
            ),
            kv(("Signed", ""), ("Print name", "Ethan Marsh"), ("Date", ""), per_row=3),
        ],
        title="Early Help Assessment",
    )


ON3 = date(2026, 11, 27)


def _b3() -> bytes:
    return render_acroform(
        [
            _TITLE,
            Heading("Family details"),
            kv(
                ("Family name", F("Carter", "Text1")),
                ("Address", F("63 Halesowen Road, Cradley Heath... no – 63 Grange Road, Halesowen", "Text2")),
                ("Postcode", F("B63 3BL", "Text3")),
                ("Date of EHA", F("27/11/2026", "Text4")),
            ),
            Heading("Family members (name – date of birth – relationship)"),
            kv(
                ("1", F("Michelle Carter – 03/03/1978 – Mum", "Text5")),
                ("2", F("Paul Carter – 07/07/1976 – Dad", "Text6")),
                ("3", F("Jordan Carter – 05/05/2010 – Son", "Text7")),
                ("4", F("Evie Carter – 11/11/2015 – Daughter", "Text8")),
            ),
            Heading("Person completing the EHA"),
            kv(
                ("Name", F("Liam Fenton", "Text9")),
                ("Role / agency", F("Youth Worker, Halesowen Youth Hub, B63 3HN", "Text10")),
                ("Email", F("liam.fenton@youth.example.org", "Text11")),
            ),
            Heading("What is working well? / What are we worried about? / What would well-being look like?"),
            kv(
                ("Working well", F("Close family, Evie doing well at school.", "Text12")),
                ("Worries", F("Jordan (16) NEET since June, cannabis use, dad's redundancy and debt.", "Text13")),
                ("Well-being would look like", F("Jordan on a college course; debt plan in place.", "Text14")),
                ("Scaling 0-10", F("5", "Text15")),
            ),
            Heading("Consent"),
            kv(
                ("Parent / carer 1", F("Michelle Carter – signed 27/11/2026", "Text16")),
                ("Parent / carer 2", F("Paul Carter – signed 27/11/2026", "Text17")),
                ("Young person (if appropriate)", F("Jordan Carter – signed 27/11/2026", "Text18")),
            ),
        ],
        title="Early Help Assessment - Signs of Well-being",
    )


CASES: tuple[CouncilCase, ...] = (
    CouncilCase(
        "heldout13-cumbria-eha-01",
        COUNCIL,
        URL,
        TITLE,
        "Word EHA on Signs of Well-being (working well / worried about / well-being would look like, 0-10 scaling): nursery author with a DY8 5PD address; the TAF Coordinator (Lead Practitioner) named apart; Name | Relationship | Signature | Date consent",
        "referral.docx",
        ON1,
        _b1,
        Expected(
            "early_help_assessment",
            (
                person("Danielle Webb", date(1993, 1, 20), True, ON1),
                person("Ryan Webb", date(1991, 12, 1), True, ON1),
                person("Poppy Webb", date(2022, 4, 4), False, ON1),
                person("Alfie Webb", date(2024, 10, 10), False, ON1),
            ),
            "DY6 0LQ",
            "Sam Okafor",
            "sam.okafor@familyhub.example.gov.uk",
            None,
        ),
    ),
    CouncilCase(
        "heldout13-cumbria-eha-02",
        COUNCIL,
        URL,
        TITLE,
        "flattened PDF EHA with the Lead Practitioner block first (school DY8 1JX); a son exactly 14 today has a 'Signed / Print name / Date' line with his printed name but no signature",
        "referral.pdf",
        ON2,
        _b2,
        Expected(
            "early_help_assessment",
            (
                person("Claire Marsh", date(1984, 6, 15), True, ON2),
                person("Ethan Marsh", date(2012, 10, 20), False, ON2),
                person("Isla Marsh", date(2018, 2, 2), False, ON2),
            ),
            "DY8 1AA",
            "Karen Whitehouse",
            "karen.whitehouse@school.example.org",
            None,
            queue_reason="consent_missing",
        ),
    ),
    CouncilCase(
        "heldout13-cumbria-eha-03",
        COUNCIL,
        URL,
        TITLE,
        "fillable PDF with fields Text1..Text18: each family member packed 'name – date of birth – relationship' into one field; address field keeps a half-deleted first attempt; consent as three 'signed' fields including the 16-year-old",
        "referral.pdf",
        ON3,
        _b3,
        Expected(
            "early_help_assessment",
            (
                person("Michelle Carter", date(1978, 3, 3), True, ON3),
                person("Paul Carter", date(1976, 7, 7), True, ON3),
                person("Jordan Carter", date(2010, 5, 5), True, ON3),
                person("Evie Carter", date(2015, 11, 11), False, ON3),
            ),
            "B63 3BL",
            "Liam Fenton",
            "liam.fenton@youth.example.org",
            None,
        ),
    ),
)
