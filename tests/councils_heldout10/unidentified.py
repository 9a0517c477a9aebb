"""Published blank forms whose stored copy names no council: a High Impact Families Programme
referral, an Early Help Assessment for children, young people and family services (Families First,
Wales), a Joint Assessment Family Framework (JAFF) referral, a five-part referral with consent to
information sharing, and a Safeguarding Children Request for Service/Referral form."""

# ruff: noqa: E501  (wording follows the published forms)

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
    render_acroform,
    render_docx,
    render_pdf,
)
from tests.councils.model import CouncilCase, Expected
from tests.councils_heldout10._mail import FRONT_DOOR, plain

URL_HIF = "https://docsbay.net/doc/1214184/high-impact-families-programme-referral-form"
TITLE_HIF = "High Impact Families Programme Referral Form (Family Composition: Surname / First Name(s) / DOB / Ethnicity / Parent / Child; Address(es) / Owner/Landlord / Tenancy Status; Reason for Referral – criteria; Organisations involved with Family; Self defined Ethnicity Key; Referrer Details; January 2017)"
URL_FF = "https://docsbay.net/for-children-young-people-and-family-services"
TITLE_FF = "EARLY HELP ASSESSMENT FOR CHILDREN, YOUNG PEOPLE AND FAMILY SERVICES (Part 1 Background Information: This form completed by; Family Name (Include other names used) / Forename / Relationship to other subjects / Address and Telephone / DOB; Details of other Family Members and Connected Persons – Living in home Y/N; Professionals involved; Is the family aware of the assessment? Has the Consent to Share Information Form been signed? Families First criteria)"
URL_JAFF = "https://docest.com/doc/398879/joint-assessment-family-framework-jaff-guidance"
TITLE_JAFF = "Joint Assessment Family Framework (JAFF) guidance – First Point of Contact Process (consent based process; record consent, either get service user to sign consent section or sign it as a professional that has verbally communicated and received the consent; whole family or individual referral; surname and first name as on the birth certificate; nick name; title; Date of Birth day / month / year; NHS number; National Insurance number)"
URL_P15 = "https://docest.com/doc/403560/part-1-should-be-completed-by-the-referrer"
TITLE_P15 = "Referral form in five parts (Part 1 Basic details – completed by the referrer; Part 2 Parent/Carer Views; Part 3 Child/Young Person Views; Part 4 Parent/carer and child/young person consent to information sharing, by signature; Part 5 completed by the referrer)"
URL_RFS = "https://docslib.org/doc/13884948/safeguarding-children-request-for-service-referral-form-guidance"
TITLE_RFS = "Safeguarding Children Request for Service/Referral Form Guidance (Immediate protection – contact the Police then telephone Children's Social Care; telephone requests MUST be followed up in writing within 24 hours; Date and Time of Request for Service/Referral; Request for Service/Referral From; Agency; Address/Telephone/Email; Child's Name)"


def _yn(yes: bool) -> Boxes:
    return Boxes((CB(yes, "Yes"), CB(not yes, "No")))


ON1 = date(2026, 2, 3)


def _b1() -> bytes:
    return render_docx(
        [
            Title("High Impact Families Programme Referral Form"),
            Heading("Family Composition"),
            grid(
                ["Surname", "First Name(s)", "DOB", "Ethnicity (see below)", "Parent / Child"],
                [
                    ["McCALLUM", "Jade Louise", "17/10/1991", "W1", "Parent"],
                    ["McCALLUM", "Connor", "04/04/2009", "W1", "Child"],
                    ["McCALLUM", "Leo", "22/12/2014", "W1", "Child"],
                    ["BRADLEY", "Marcus", "13/06/2019", "M1", "Child"],
                ],
            ),
            grid(
                [
                    "Address(es)",
                    "Owner/Landlord (Council/Social Housing)",
                    "Tenancy Status (i.e. secure/at risk/rent arrears) and details",
                ],
                [
                    [
                        "44 Hill Road, Amblecote, Stourbridge DY8 4HB",
                        "Council",
                        "At risk – rent arrears £1,900, notice seeking possession",
                    ]
                ],
            ),
            kv(
                ("Name and National Insurance Number", "Jade McCallum – QQ 12 34 56 C"),
                ("Contact Telephone Numbers", "07700 900911"),
                ("Contact Email Address", "jade.mccallum@example.com"),
                per_row=1,
            ),
            Heading("Reason for Referral"),
            grid(
                ["Criteria:", "Family Member", "Comments"],
                [
                    [
                        "Children who have not been attending school regularly",
                        "Connor",
                        "58% attendance, Year 11",
                    ],
                    [
                        "Parents and/or children involved in crime or anti-social behaviour",
                        "Connor",
                        "Two ASB warnings",
                    ],
                    [
                        "Adults out of work or at risk of financial exclusion",
                        "Jade",
                        "Universal Credit, sanctioned in December",
                    ],
                ],
            ),
            Heading("Organisations involved with Family"),
            grid(
                ["Organisation", "Name and Contact details"],
                [
                    ["Doctor (GP)", "Dr Aston, Wordsley Green Health Centre, DY8 5PD"],
                    [
                        "Academy / School Representative",
                        "Redhill School, Junction Road, Stourbridge DY8 1JX",
                    ],
                    ["Housing", "Dudley Council Housing – income officer"],
                ],
            ),
            Heading("Referrer Details"),
            kv(
                ("Name:", "Carl Bennett"),
                ("Position held:", "Attendance and Welfare Officer"),
                ("Organisation/Agency/Department:", "Redhill School"),
                ("Contact:", "c.bennett@redhill.example.sch.uk / 01632 960912"),
                ("Address:", "Junction Road, Stourbridge DY8 1JX"),
                ("Date:", "03/02/2026"),
            ),
        ]
    )


ON2 = date(2026, 4, 21)


def _b2() -> bytes:
    return render_pdf(
        [
            Title("EARLY HELP ASSESSMENT", "FOR CHILDREN, YOUNG PEOPLE AND FAMILY SERVICES"),
            Para("Ensure you have obtained parental/YP consent to do an EHA – Please use leaflet"),
            Heading("Part 1 Background Information:"),
            kv(
                ("This form completed by:", "Ffion Roberts"),
                ("Role:", "Youth Worker"),
                ("Organisation:", "Families First Youth Service"),
                ("Address:", "Canolfan Ieuenctid, Wrexham Road, Mold"),
                ("Postcode:", "CH7 1HP"),
                ("Phone No:", "01632 960915"),
                ("Email:", "ffion.roberts@ffyouth.example.gov.wales"),
                ("Date:", "21.04.2026"),
                per_row=2,
            ),
            Heading("Child/Young Person's name and address:"),
            grid(
                [
                    "Family Name (Include other names used)",
                    "Forename",
                    "Relationship to other subjects",
                    "Address and Telephone",
                    "DOB",
                    "Gender M/F",
                ],
                [
                    [
                        "Parry",
                        "Elis",
                        "Subject",
                        "9 Dudley Road, Netherton, Dudley DY2 0AB – 07700 900916",
                        "15.08.2011",
                        "M",
                    ],
                ],
            ),
            Heading("Details of other Family Members (including siblings) and Connected Persons:"),
            grid(
                [
                    "Name",
                    "DoB",
                    "Relationship",
                    "Gender M/F",
                    "Telephone Number",
                    "Living in home Y/N (if no please add address)",
                ],
                [
                    ["Sian Parry", "02.03.1982", "Mother", "F", "07700 900916", "Y"],
                    ["Gruffydd Parry", "19.11.2008", "Brother", "M", "", "Y"],
                    ["Dafydd Parry", "28.07.1980", "Father", "M", "", "N – Mold, CH7 1AB"],
                ],
            ),
            Heading("Professionals involved with the child and family:"),
            grid(
                ["Agency", "Name", "Address/email address", "Telephone Number"],
                [
                    ["GP", "Dr Owen", "Netherton Health Centre", "01632 960917"],
                    ["School", "Mrs Baker", "Hillcrest School", "01632 960918"],
                ],
            ),
            kv(
                ("Is the family aware of the assessment? Yes/No", "Yes"),
                (
                    "Has the Consent to Share Information Form been signed? Yes/No",
                    "Yes – signed by Sian Parry, Elis Parry and Gruffydd Parry on 21.04.2026",
                ),
            ),
            Heading("Reasons for EHA:"),
            Para(
                "Elis (14) is not attending school since the family moved from Mold to Netherton; mum and the older brother are supportive. Families First criteria: poor school attendance."
            ),
        ],
        "Early Help Assessment",
    )


ON3 = date(2026, 8, 4)


def _b3() -> bytes:
    return render_acroform(
        [
            Title("Joint Assessment Family Framework (JAFF)", "Referral for prevention services"),
            Table(
                [
                    [
                        L("This referral is for"),
                        Boxes(
                            (
                                CB(True, "the whole family"),
                                CB(False, "primarily one individual in the family"),
                            )
                        ),
                    ]
                ]
            ),
            Heading("Family information"),
            grid(
                [
                    "Surname",
                    "First name",
                    "Known as",
                    "Title",
                    "Date of Birth (day / month / year)",
                    "NHS number",
                    "National Insurance number",
                ],
                [
                    ["Hopkins", "Rebecca", "Becky", "Ms", "09/01/1996", "", "QQ 65 43 21 A"],
                    ["Hopkins", "Lewis", "", "", "27/11/2020", "943 476 5919", ""],
                    ["Hopkins", "Evie", "", "", "04/08/2024", "943 476 5927", ""],
                ],
            ),
            kv(("Address", "21 Stafford Street, Lye"), ("Postcode", "DY9 9AB"), per_row=2),
            Heading("Referrer"),
            kv(
                ("Name", "Lowri Harris"),
                ("Service", "Flying Start Health Visiting"),
                ("Email", "lowri.harris@flyingstart.example.nhs.uk"),
                ("Date", "04/08/2026"),
                per_row=2,
            ),
            Heading("Team Around the Family – Lead Worker"),
            kv(("Name", "Rhys Morgan"), ("Email", "rhys.morgan@taf-lye.example.gov.uk"), per_row=2),
            Heading("Consent"),
            Para(
                "The consent section has been gone through with the service user and she understands what she is consenting to."
            ),
            grid(
                [
                    "Service user signature",
                    "or: professional who verbally communicated and received the consent",
                    "Date",
                ],
                [["", "Lowri Harris, for Rebecca Hopkins (verbal consent by phone)", "04/08/2026"]],
            ),
        ],
        "JAFF referral",
    )


ON4 = date(2026, 5, 26)


def _b4() -> bytes:
    return render_docx(
        [
            Title("Referral"),
            Para(
                "Part 1 should be completed by the referrer. Part 2 – the referrer should ensure that the views of the parent/carer are recorded. Part 3 – where it is appropriate to secure the views of the child or young person, these should be recorded here. Part 4 seeks the consent via signature of the parent/carer and child/young person to the sharing among agencies of relevant information held by each agency. Part 5 should be completed by the referrer."
            ),
            Heading("PART 1 Basic details"),
            kv(
                ("Child/Young Person's full name:", "Freya Jane Hollis"),
                ("Date of Birth:", "26 | 05 | 2023"),
                ("Parent/Carer full name:", "Daniel Hollis and Amy Hollis"),
                ("Parent/Carer address:", "8 Moor Street, Brierley Hill, DY5 3BB"),
            ),
            kv(
                ("Parent/Carer date of birth:", "Daniel 01 | 09 | 1990;  Amy 12 | 12 | 1992"),
                ("Other children at home:", "Oscar Hollis, 18 | 04 | 2020"),
            ),
            Heading("PART 2 Parent/Carer Views"),
            Para(
                "What would you like the outcome to be for your child? 'We want to know how to help Freya talk and get her ready for nursery.'"
            ),
            Heading("PART 3 Child/Young Person Views"),
            Para("Freya is 3 today – views recorded later by the key worker."),
            Heading("PART 4 Parent/carer and child/young person consent to information sharing"),
            Para(
                "We would like, therefore, to have your consent to the agencies (usually Education, Early Help, Children's Social Services and Health) sharing the information held by them that may prove useful in helping to plan for meeting your or your child's needs."
            ),
            grid(
                ["Signed", "Print name", "Date"],
                [
                    ["D Hollis", "Daniel Hollis", "26/05/2026"],
                    ["A. Hollis", "Amy Hollis", "26/05/2026"],
                ],
            ),
            Heading("PART 5 Referrer"),
            kv(
                ("Name", "Lucy Chambers"),
                ("Role", "Speech and Language Therapist, Brierley Hill Health Centre, DY5 3EE"),
                ("Email", "lucy.chambers@slt.example.nhs.uk"),
                ("Date", "26/05/2026"),
                per_row=2,
            ),
        ]
    )


ON5 = date(2026, 12, 1)


def _b5() -> bytes:
    body = """REQUEST FOR SERVICE / REFERRAL – following my telephone call to Children's Social Care at 08:50 today

Date and Time of Request for Service/Referral: 01/12/2026, 08:50
Request for Service/Referral From: Natalie Horton, Designated Safeguarding Lead
Agency: Education – Old Park Primary School
Address/Telephone/Email: Old Park Road, Dudley DY1 3NE / 01632 960921 / n.horton@oldpark.example.sch.uk

IMMEDIATE PROTECTION: Yes – police contacted first (incident no. 0112-3344), then Children's Social Care.

Child's Name: Ruby-Leigh SMITH (also known as Ruby-Leigh Cox)
DOB: 22/02/2018
Address: 14 Queens Cross, Dudley DY1 1AA

Others in the household:
Michelle Smith (mother), DOB 09/09/1989
Jason Cox (mother's partner), DOB 15/05/1985
Tommy Cox (half-brother), DOB 03/03/2021

Reason: Ruby-Leigh (8) arrived with a black eye and said Jason hit her because she would not stop crying. Parents have not been told of this referral because of the risk to Ruby-Leigh.

Natalie Horton
"""
    return plain(
        "Natalie Horton <n.horton@oldpark.example.sch.uk>",
        FRONT_DOOR,
        "URGENT - written follow-up of telephone referral - Ruby-Leigh Smith",
        ON5,
        body,
        hour=9,
    )


CASES: tuple[CouncilCase, ...] = (
    CouncilCase(
        "heldout10-unidentified-hif-01",
        "Unidentified council (High Impact Families Programme referral)",
        URL_HIF,
        TITLE_HIF,
        "Word High Impact Families referral as published: Family Composition grid with SURNAME | First Name(s) and a Parent/Child column (a half-brother with another surname); address with tenancy status; GP's and school's Stourbridge postcodes (not in the table); the form as published has no consent section and none is added",
        "referral.docx",
        ON1,
        _b1,
        Expected(
            "early_help_assessment",
            (
                person("Jade Louise McCallum", date(1991, 10, 17), False, ON1),
                person("Connor McCallum", date(2009, 4, 4), False, ON1),
                person("Leo McCallum", date(2014, 12, 22), False, ON1),
                person("Marcus Bradley", date(2019, 6, 13), False, ON1),
            ),
            "DY8 4HB",
            "Carl Bennett",
            "c.bennett@redhill.example.sch.uk",
            None,
            queue_reason="consent_missing",
        ),
    ),
    CouncilCase(
        "heldout10-unidentified-ff-eha-01",
        "Unidentified council (Early Help Assessment for Children, Young People and Family Services, Families First)",
        URL_FF,
        TITLE_FF,
        "flattened PDF EHA Part 1 as published: the author's Mold CH7 postcode first; the child's postcode inside 'Address and Telephone'; other family members with 'Living in home Y/N (if no please add address)' (father N with a CH7 address); dd.mm.yyyy dates; consent-form answer naming who signed",
        "referral.pdf",
        ON2,
        _b2,
        Expected(
            "early_help_assessment",
            (
                person("Elis Parry", date(2011, 8, 15), True, ON2),
                person("Sian Parry", date(1982, 3, 2), True, ON2),
                person("Gruffydd Parry", date(2008, 11, 19), True, ON2),
            ),
            "DY2 0AB",
            "Ffion Roberts",
            "ffion.roberts@ffyouth.example.gov.wales",
            None,
        ),
    ),
    CouncilCase(
        "heldout10-unidentified-jaff-01",
        "Unidentified council (Joint Assessment Family Framework, JAFF)",
        URL_JAFF,
        TITLE_JAFF,
        "fillable PDF JAFF referral in the guidance's field order (Surname, First name, Known as, Title, DOB, NHS and NI numbers); whole-family box ticked; consent signed by the professional for the mother, as the guidance allows; a TAF Lead Worker named apart from the referrer",
        "referral.pdf",
        ON3,
        _b3,
        Expected(
            "early_help_assessment",
            (
                person("Rebecca Hopkins", date(1996, 1, 9), True, ON3),
                person("Lewis Hopkins", date(2020, 11, 27), False, ON3),
                person("Evie Hopkins", date(2024, 8, 4), False, ON3),
            ),
            "DY9 9AB",
            "Rhys Morgan",
            "rhys.morgan@taf-lye.example.gov.uk",
            None,
        ),
    ),
    CouncilCase(
        "heldout10-unidentified-part15-01",
        "Unidentified council (five-part referral with consent to information sharing)",
        URL_P15,
        TITLE_P15,
        "Word five-part referral: Part 1 'Parent/Carer full name' names both parents in one cell and the address cell ends with the postcode; dates of birth in three boxes 'dd | mm | yyyy'; the sibling only in an 'Other children at home' row; Part 4 signatures; the therapist's DY5 3EE (not in the table) in Part 5",
        "referral.docx",
        ON4,
        _b4,
        Expected(
            "early_help_assessment",
            (
                person("Freya Jane Hollis", date(2023, 5, 26), False, ON4),
                person("Daniel Hollis", date(1990, 9, 1), True, ON4),
                person("Amy Hollis", date(1992, 12, 12), True, ON4),
                person("Oscar Hollis", date(2020, 4, 18), False, ON4),
            ),
            "DY5 3BB",
            "Lucy Chambers",
            "lucy.chambers@slt.example.nhs.uk",
            None,
        ),
    ),
    CouncilCase(
        "heldout10-unidentified-rfs-01",
        "Unidentified council (Safeguarding Children Request for Service/Referral)",
        URL_RFS,
        TITLE_RFS,
        "plain-text email: the written follow-up of a telephone referral under the guidance's headings ('Date and Time of Request for Service/Referral', 'Request for Service/Referral From'); IMMEDIATE PROTECTION Yes; the school's DY1 3NE before the family's; an alias for the child",
        "message.eml",
        ON5,
        _b5,
        Expected(
            "early_help_assessment",
            (
                person("Ruby-Leigh Smith", date(2018, 2, 22), False, ON5),
                person("Michelle Smith", date(1989, 9, 9), False, ON5),
                person("Jason Cox", date(1985, 5, 15), False, ON5),
                person("Tommy Cox", date(2021, 3, 3), False, ON5),
            ),
            "DY1 1AA",
            "Natalie Horton",
            "n.horton@oldpark.example.sch.uk",
            None,
            safeguarding=True,
            queue_reason="safeguarding_concern",
        ),
    ),
)
