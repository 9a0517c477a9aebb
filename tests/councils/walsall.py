"""Walsall: Multi Agency Referral Form (MARF) to the Multi Agency Screening Team (MAST)."""

# ruff: noqa: E501  (labels and answers are copied verbatim from the published form)

from datetime import date

from tests.councils.kit import CB, Heading, Para, Table, Title, grid, kv, person, render_pdf
from tests.councils.model import CouncilCase, Expected

URL = "https://docsbay.net/better-together-for-children"
TITLE = "Walsall Multi Agency Referral Form (MARF) – Multi-Agency Confirmation of Referral to MAST"
ON = date(2026, 3, 9)


def _build() -> bytes:
    blocks = [
        Title(
            "Multi Agency Referral Form (MARF) STRICTLY CONFIDENTIAL",
            "Better Together for Children – www.wlscb.org.uk",
        ),
        Para(
            "Multi-Agency Confirmation of Referral to Walsall’s Children’s Services Initial Response "
            "Service – Multi Agency Screening Team (MAST)",
            bold=True,
        ),
        Para(
            "This form should always be completed by all agencies when making a referral to Walsall "
            "Children’s Services Initial Response Team - MAST. All urgent child protection referrals "
            "should in the first instance be made by telephone to the MAST. Contact should then be "
            "confirmed in writing as soon as possible and within 24 hours, using this form."
        ),
        Para(
            "PLEASE ENSURE THAT ALL THE RELEVANT INFORMATION IS REFLECTED WITHIN THE COMPLETED/SUBMITTED "
            "FORM. THE STAFF WITHIN THE MAST WILL USE THIS INFORMATION TO ASSESS RISK.",
            bold=True,
        ),
        Heading("1. Context"),
        Para("I am completing this referral because: (please tick as appropriate):"),
        Table(
            [
                [CB(True, "I CONSIDER THIS CHILD IS AT RISK OF SIGNIFICANT HARM")],
                [
                    CB(
                        True,
                        "I AM CONFIRMING A TELEPHONE REFERRAL MADE TO MAST ON 09/03/2026 AT 11:40",
                    )
                ],
            ]
        ),
        Heading("2. Details of the child"),
        grid(
            ["Surname", "Forename(s)", "DOB", "Gender", "School / nursery"],
            [["CLARKE", "Amelia", "14/06/2019", "F", "Coseley Primary"]],
        ),
        kv(("Address", "12 Ivyhouse Lane, Coseley, Bilston"), ("Postcode", "WV14 9AA"), per_row=2),
        Heading("3. Other household members"),
        grid(
            ["Surname", "Forename(s)", "DOB", "Relationship to child"],
            [
                ["CLARKE", "Nicola", "02/12/1992", "Mother"],
                ["REID", "Jason", "19/04/1990", "Mother's partner"],
            ],
        ),
        Heading("4. Are the parents aware of this referral?"),
        Table(
            [
                [CB(False, "Yes"), CB(True, "No")],
                [
                    "Reason:",
                    "MAST duty social worker advised not to inform parents until strategy discussion",
                ],
            ]
        ),
        Heading("5. Referrer details"),
        kv(
            ("Name", "Tom Evans"),
            ("Designation", "Nursery Manager"),
            ("Agency", "Little Acorns Nursery"),
            ("Address", "Bloxwich Road, Walsall WS3 2XX"),
            ("Telephone", "01632 960 733"),
            ("Email", "tom.evans@littleacorns.example.co.uk"),
            ("Date", "09/03/2026"),
            per_row=2,
        ),
        Heading("6. Reason for referral"),
        Para(
            "Amelia arrived at nursery with a burn mark on her forearm. She said Jason did it with a "
            "lighter. Mum appeared frightened when collecting her and would not discuss it."
        ),
    ]
    return render_pdf(blocks, "MARF")


CASES: tuple[CouncilCase, ...] = (
    CouncilCase(
        case_id="walsall-marf-01",
        council="Walsall Council",
        source_url=URL,
        source_title=TITLE,
        layout="flattened PDF MARF: '1. Context' tick list with 'I CONSIDER THIS CHILD IS AT RISK OF "
        "SIGNIFICANT HARM' ticked; SURNAME-first tables; referrer after the family",
        filename="referral.pdf",
        assessment_date=ON,
        build=_build,
        expected=Expected(
            form_type="early_help_assessment",
            people=(
                person("Amelia Clarke", date(2019, 6, 14), False, ON),
                person("Nicola Clarke", date(1992, 12, 2), False, ON),
                person("Jason Reid", date(1990, 4, 19), False, ON),
            ),
            postcode="WV14 9AA",
            lead_professional_name="Tom Evans",
            lead_professional_email="tom.evans@littleacorns.example.co.uk",
            level_of_need=None,
            safeguarding=True,
            queue_reason="safeguarding_concern",
        ),
    ),
)
