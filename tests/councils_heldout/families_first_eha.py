"""Unidentified council (Families First): Early Help Assessment for Children, Young People and Family Services."""

# ruff: noqa: E501  (labels are copied verbatim from the published form)

from datetime import date

from tests.councils.kit import Heading, Para, Table, Title, grid, kv, person, render_pdf
from tests.councils.model import CouncilCase, Expected

URL = "https://docsbay.net/for-children-young-people-and-family-services"
TITLE = "EARLY HELP ASSESSMENT FOR CHILDREN, YOUNG PEOPLE AND FAMILY SERVICES – Part 1 Background Information"
ON = date(2026, 1, 20)


def _build() -> bytes:
    blocks = [
        Title("EARLY HELP ASSESSMENT", "FOR CHILDREN, YOUNG PEOPLE AND FAMILY SERVICES"),
        Para("Ensure you have obtained parental/YP consent to do an EHA – Please use leaflet", bold=True),
        Heading("Part 1 Background Information:"),
        kv(
            ("This form completed by:", "Nadia Haddad"),
            ("Role:", "Family Worker"),
            ("Organisation:", "Cradley Heath Children's Centre"),
            ("Address:", "Corngreaves Road, Cradley Heath"),
            ("Phone No:", "01632 960 955"),
            ("Postcode:", "B64 7NL"),
            ("Date:", "20/01/2026"),
            ("Email:", "nadia.haddad@cradleycc.example.org.uk"),
            per_row=2,
        ),
        Para("Child/Young Person’s name and address: Where there is more than one child subject to the Early Help Assessment please give details of all children"),
        grid(
            ["Family Name\n(Include other names used)", "Forename", "Relationship to other subjects", "Address and Telephone", "DOB", "Gender M/F"],
            [
                ["Price", "Jayden", "Brother", "8 Reddal Hill Road, Cradley Heath B64 5AA, 07700 900 960", "02/02/2016", "M"],
                ["Price", "Ruby", "Sister", "as above", "15/08/2019", "F"],
            ],
        ),
        Para("Details of other Family Members (including siblings) and Connected Persons:", bold=True),
        grid(
            ["Name", "DoB", "Relationship", "Gender M / F", "Telephone Number", "Living in home Y /N (if no please add address)"],
            [
                ["Stacey Price", "10/10/1993", "Mother", "F", "07700 900 960", "Y"],
                ["Leon Price", "04/04/1991", "Father", "M", "07700 900 961", "N - 2 Park Lane, Halesowen B63 2QU"],
                ["Maureen Price", "30/06/1962", "Maternal grandmother", "F", "07700 900 962", "N - visits daily"],
            ],
        ),
        Table(
            [
                ["Is the family aware of the assessment?", "Yes"],
                ["Has the Consent to Share Information Form been signed?", "Yes - signed by Stacey Price on 20/01/2026, copy held at the Children's Centre"],
            ]
        ),
        Heading("Reasons for EHA:"),
        Para("Jayden's speech is delayed and Ruby is not yet toilet trained; mum is isolated and has asked for parenting support."),
    ]
    return render_pdf(blocks, "Early Help Assessment")


CASES: tuple[CouncilCase, ...] = (
    CouncilCase(
        case_id="heldout-families-first-eha-01",
        council="Unidentified council (Families First Early Help Assessment)",
        source_url=URL,
        source_title=TITLE,
        layout="flattened PDF: 'This form completed by' block with the author's own Postcode box (B64 district decoy) BEFORE the children; family postcode only inside the 'Address and Telephone' cell; mother in the 'other Family Members' table with 'Living in home Y/N'",
        filename="referral.pdf",
        assessment_date=ON,
        build=_build,
        expected=Expected(
            form_type="early_help_assessment",
            people=(
                person("Jayden Price", date(2016, 2, 2), False, ON),
                person("Ruby Price", date(2019, 8, 15), False, ON),
                person("Stacey Price", date(1993, 10, 10), True, ON),
            ),
            postcode="B64 5AA",
            lead_professional_name="Nadia Haddad",
            lead_professional_email="nadia.haddad@cradleycc.example.org.uk",
            level_of_need=None,
        ),
    ),
)
