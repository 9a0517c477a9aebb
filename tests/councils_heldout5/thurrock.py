"""Thurrock: the CAF used as the referral form to early help or the Thurrock MASH (good quality
referrals; CAF referrals Tier 2 and above processed through the MASH)."""

# ruff: noqa: E501  (wording follows the published pages)

from datetime import date

from tests.councils.kit import (
    F,
    Heading,
    L,
    Table,
    Title,
    grid,
    kv,
    person,
    render_acroform,
    render_docx,
)
from tests.councils.model import CouncilCase, Expected
from tests.councils_heldout5._mail import FRONT_DOOR, plain

URL_Q = "https://www.thurrock.gov.uk/childrens-care-professionals-processes/good-quality-referrals"
TITLE_Q = "Thurrock Council – Children's care professionals processes: Good quality referrals (all referrals to early help or Thurrock MASH by a common assessment framework (CAF) form: child's name and date of birth; family household composition with dates of birth; ethnicity and language; adults with parental responsibility and surnames if not the same; address and telephone; schools; key professionals; nature of the concerns; child(ren)'s development, parenting capacity, environmental factors)"
URL_P = (
    "https://thurrock.gov.uk/childrens-care-professionals-processes/referral-pathways-and-services"
)
TITLE_P = "Thurrock Council – Referral pathways and services (all CAF referrals Tier 2 and above processed through the Thurrock MASH; referrals requesting early help screened by the MASH decision maker and directed to the appropriate service; early help considers referrals within level 2 (with a CAF))"

COUNCIL = "Thurrock Council"

ON1 = date(2026, 1, 14)


def _build_01() -> bytes:
    blocks: list[object] = [
        Title(
            "Common Assessment Framework (CAF)", "Thurrock – referral to Early Help via the MASH"
        ),
        kv(
            ("Tier of need (Thurrock threshold document)", "Tier 2"),
            ("Date", "14/01/2026"),
            per_row=2,
        ),
        Heading("Basic information about the child"),
        kv(
            ("Child's name", "Jacob Green"),
            ("Date of birth", "23/06/2015"),
            ("Ethnicity / language", "White British / English"),
            ("School", "Ashwood Park Primary, Wordsley"),
            per_row=2,
        ),
        Heading("Family details and household composition"),
        grid(
            [
                "Name",
                "Date of birth",
                "Relationship to child",
                "Parental responsibility",
                "Surname differs? Please explain",
            ],
            [
                ["Stacey Green", "17/09/1991", "Mother", "Yes", "–"],
                ["Aaron Whitfield", "05/05/1989", "Step-father", "No", "Mum's husband since 2022"],
                ["Jacob Green", "23/06/2015", "(child)", "–", "–"],
                ["Harry Whitfield", "30/01/2023", "Half-brother", "–", "Aaron's son"],
            ],
        ),
        kv(
            ("Address", "2 Church Road, Stourbridge DY8 1AA"),
            ("Telephone", "07700 900 881"),
            per_row=2,
        ),
        Heading("Other significant adults"),
        grid(
            ["Name", "Relationship", "Address"],
            [
                [
                    "Craig Green",
                    "Father (shares PR; children stay alternate weekends)",
                    "41 Long Lane, Grays RM17 6SL",
                ]
            ],
        ),
        Heading("Key professionals"),
        grid(
            ["Role", "Name", "Contact"],
            [
                ["GP", "Dr R Ahmed", "Wordsley Surgery"],
                ["School nurse", "Lucy Ward", "01632 960 118"],
            ],
        ),
        Heading("Nature of the concerns"),
        kv(
            (
                "Child(ren)'s development",
                "Jacob (10) hits out at school and at home, especially after contact weekends.",
            ),
            (
                "Parenting capacity",
                "Mum and Aaron disagree about boundaries; arguments in front of the children.",
            ),
            ("Environmental factors", "Aaron's hours cut; money tight."),
        ),
        Heading("Completed by"),
        kv(
            ("Name", "Helen Price"),
            ("Role", "Learning Mentor, Ashwood Park Primary"),
            ("Email", "h.price@ashwoodpark.example.sch.uk"),
            per_row=1,
        ),
        Heading("Consent"),
        grid(
            ["Parent/carer", "Signature", "Date"],
            [
                ["Stacey Green", "S. Green", "14/01/2026"],
                ["Aaron Whitfield", "A. Whitfield", "14/01/2026"],
            ],
        ),
    ]
    return render_docx(blocks)


ON2 = date(2026, 5, 6)


def _build_02() -> bytes:
    n = [0]

    def t(value: str) -> F:
        n[0] += 1
        return F(value, f"Text{n[0]}")

    blocks: list[object] = [
        Title(
            "Common Assessment Framework (CAF)", "Thurrock – referral to Early Help via the MASH"
        ),
        Heading("Basic information"),
        Table(
            [
                [L("Child's name"), t("Amelia Dunn"), L("Date of birth"), t("08/08/2019")],
                [
                    L("Address"),
                    t("23 Ivyhouse Lane, Coseley WV14 9AA"),
                    L("Telephone"),
                    t("07700 900 332"),
                ],
                [
                    L("School / early years setting"),
                    t("Coseley Road Primary"),
                    L("Language"),
                    t("English"),
                ],
            ]
        ),
        Heading("Household"),
        Table(
            [
                [L("Name"), L("DOB"), L("Relationship"), L("PR")],
                [t("Joanne Dunn"), t("14/03/1994"), t("Mother"), t("Yes")],
                [t("Riley Dunn"), t("26/10/2016"), t("Brother"), t("")],
            ]
        ),
        Heading("Development, parenting and environment"),
        Table(
            [
                [
                    L("Child(ren)'s development"),
                    t(
                        "Amelia (6) has eczema and missed 30 sessions through hospital appointments."
                    ),
                ],
                [
                    L("Parenting capacity"),
                    t("Mum has fibromyalgia and some days cannot get the children to school."),
                ],
                [L("Environmental factors"), t("Private rented flat, second floor, no lift.")],
            ]
        ),
        Heading("Practitioner"),
        Table(
            [
                [L("Name"), t("Kelly Marsh"), L("Agency"), t("School Nursing Service")],
                [
                    L("Email"),
                    t("kelly.marsh@nhs.example.net"),
                    L("Base"),
                    t("Bilston Health Centre, WV14 6SB"),
                ],
            ]
        ),
        Heading("Consent"),
        Table([[L("Parent/carer signature"), t("J Dunn")], [L("Date"), t("06/05/2026")]]),
    ]
    return render_acroform(blocks, "CAF")


ON3 = date(2026, 9, 30)


def _build_03() -> bytes:
    body = (
        "Early Help team,\n\n"
        "MASH outcome for the family below: below the threshold for Children's Social Care (no S17 / S47 role); "
        "directed to Early Help as a level 2 family with a CAF. I am the MASH social worker who screened the contact and this is "
        "an internal request for an Early Help worker to be allocated.\n\n"
        "MASH decision maker: Andrea Holt, Team Manager\n"
        "Social worker: Ben Adeyemi - ben.adeyemi@childrens.example.gov.uk - 01632 960 677\n"
        "Date of decision: 30/09/2026\n\n"
        "Household (15 Tame Road, Tipton, DY4 0RE):\n"
        "  PATEL, Nisha - 11/01/1986 - mother\n"
        "  PATEL, Rohan - 02/07/2009 - son\n"
        "  PATEL, Anika - 19/03/2013 - daughter\n\n"
        "Consent: Mrs Patel agreed by phone on 29/09/2026 to the referral and to information being shared. "
        "Rohan (17) was present on speaker and also agreed.\n\n"
        "Reason: Rohan is NEET since leaving college in June and has been cautioned for shoplifting; Anika is a young carer for Mum "
        "(MS, recent relapse). Mum asks for help with Rohan and young carer support for Anika.\n\n"
        "Ben\n"
    )
    return plain(
        "Ben Adeyemi <ben.adeyemi@childrens.example.gov.uk>",
        FRONT_DOOR,
        "MASH outcome - internal request to Early Help - PATEL",
        ON3,
        body,
    )


CASES: tuple[CouncilCase, ...] = (
    CouncilCase(
        case_id="heldout5-thurrock-caf-01",
        council=COUNCIL,
        source_url=URL_Q,
        source_title=TITLE_Q,
        layout="Word CAF laid out on the 'good quality referrals' list: 'Tier of need: Tier 2' at the top; household composition with a 'Parental responsibility' and a 'Surname differs? Please explain' column (step-father and half-brother Whitfield); the father in Grays under other significant adults; development / parenting / environment rows; mum and step-father sign",
        filename="referral.docx",
        assessment_date=ON1,
        build=_build_01,
        expected=Expected(
            form_type="early_help_assessment",
            people=(
                person("Stacey Green", date(1991, 9, 17), True, ON1),
                person("Aaron Whitfield", date(1989, 5, 5), True, ON1),
                person("Jacob Green", date(2015, 6, 23), False, ON1),
                person("Harry Whitfield", date(2023, 1, 30), False, ON1),
            ),
            postcode="DY8 1AA",
            lead_professional_name="Helen Price",
            lead_professional_email="h.price@ashwoodpark.example.sch.uk",
            level_of_need=2,
        ),
    ),
    CouncilCase(
        case_id="heldout5-thurrock-caf-02",
        council=COUNCIL,
        source_url=URL_Q,
        source_title=TITLE_Q,
        layout="fillable PDF CAF with meaningless field names (Text1..TextN) in label/value pairs two per row: home address with postcode in one field; household grid with an empty PR cell; school nurse's base WV14 6SB after the family; mother signs",
        filename="referral.pdf",
        assessment_date=ON2,
        build=_build_02,
        expected=Expected(
            form_type="early_help_assessment",
            people=(
                person("Amelia Dunn", date(2019, 8, 8), False, ON2),
                person("Joanne Dunn", date(1994, 3, 14), True, ON2),
                person("Riley Dunn", date(2016, 10, 26), False, ON2),
            ),
            postcode="WV14 9AA",
            lead_professional_name="Kelly Marsh",
            lead_professional_email="kelly.marsh@nhs.example.net",
            level_of_need=None,
        ),
    ),
    CouncilCase(
        case_id="heldout5-thurrock-mash-01",
        council=COUNCIL,
        source_url=URL_P,
        source_title=TITLE_P,
        layout="plain-text internal request from the MASH social worker to Early Help after screening ('below the threshold for Children's Social Care … directed to Early Help as a level 2 family with a CAF'); decision maker named as well as the social worker; 'SURNAME, Forename - DOB - relationship' lines under the address; consent sentences naming mum and the 17-year-old",
        filename="message.eml",
        assessment_date=ON3,
        build=_build_03,
        expected=Expected(
            form_type="internal_request",
            people=(
                person("Nisha Patel", date(1986, 1, 11), True, ON3),
                person("Rohan Patel", date(2009, 7, 2), True, ON3),
                person("Anika Patel", date(2013, 3, 19), False, ON3),
            ),
            postcode="DY4 0RE",
            lead_professional_name="Ben Adeyemi",
            lead_professional_email="ben.adeyemi@childrens.example.gov.uk",
            level_of_need=2,
        ),
    ),
)
