"""Swindon: RF1 Children's Services Referral Form for Other Agencies."""

# ruff: noqa: E501  (labels and answers are copied verbatim from the published form)

from datetime import date

from tests.councils.kit import Heading, L, Para, Table, Title, grid, kv, person, render_pdf
from tests.councils.model import CouncilCase, Expected

URL = "https://paperzz.com/doc/6914698/ssid-no---swindon-lscb"
TITLE = "SSID No - Swindon LSCB: RF1 Jan 2010 Children's Services Referral Form for Other Agencies"
URL2 = "https://docest.com/doc/622037/referral-form-for-other-agencies"
ON = date(2025, 7, 8)


def _build() -> bytes:
    blocks = [
        Title("CHILDREN’S SERVICES", "REFERRAL FORM FOR OTHER AGENCIES          RF1 Jan 2010"),
        Para(
            "This form should be used to make a written referral regarding child protection or complex "
            "child in need concerns and to record a parent or young person’s consent to a referral being "
            "made to Children’s Services."
        ),
        Heading("Details of child/young person being referred"),
        kv(
            ("Family name:", "HOLLIS"),
            ("Given names:", "Chloe Anne"),
            ("Other known as names:", "None"),
            ("DoB or EDD", "19/01/2011"),
            ("Gender:", "Female"),
            ("Home Address:", "3 Gornal Wood Court, Lower Gornal, Dudley"),
            ("Postcode", "DY1 1AA"),
            ("Telephone/Mobile nos.", "07700 900 704"),
            ("Current address if different from above:", ""),
            ("Postcode", ""),
            ("Reason for residence at this address:", "Family home"),
            per_row=2,
        ),
        Heading("Details of person making referral"),
        kv(
            ("Name", "Wendy Carr"),
            ("Agency", "Dudley Young Carers Project"),
            ("Address", "Trafalgar House, 47 King Street, Dudley DY2 8PS"),
            ("Telephone", "01632 960 454"),
            ("Date of referral", "08/07/2025"),
            per_row=2,
        ),
        Heading("Reasons for Referral:"),
        Para(
            "Please include all relevant concerns including - what has happened / changed today for your "
            "concerns to reach Child Protection / Complex Child in Need level"
        ),
        Table(
            [
                [
                    "Chloe is the main carer for her mother, who has MS. Chloe has missed 30 school days "
                    "this year and told us she is not coping."
                ]
            ]
        ),
        Heading("Young Person’s Consent:"),
        kv(
            (
                "How did the child/young person respond when advised that you needed to share information "
                "with us in order to protect them from further harm?",
                "Relieved; asked for help.",
            ),
            ("Are they competent to and happy to give their consent?", "Yes – Chloe signed below."),
            widths=[3, 2],
        ),
        Heading("Siblings of Child/Young Person, living at home address"),
        grid(["Name", "DoB", "School"], [["Ben Hollis", "05/05/2017", "Red Hall Primary"]]),
        Heading("Details of Mother       Is Mother Main Carer ? Y / N"),
        kv(
            ("Name", "Angela Hollis"),
            ("DoB", "12/12/1979"),
            ("Address", "As above"),
            ("Main carer", "N"),
            per_row=2,
        ),
        Heading("Other Household members (including non-family members):"),
        Table([["None"]]),
        Heading("Significant family members who are not members of the child’s household"),
        Table([["Maternal aunt, Karen Price, Kingswinford (supports at weekends)"]]),
        Heading("Consent"),
        Para(
            "I give consent for my child who is named on page 1 to be referred to Children’s Services by "
            "the named person making referral."
        ),
        Para(
            "I understand that Children’s Services will contact me to further assess my child’s needs."
        ),
        Para("I give Children’s Services permission to contact other agencies for information."),
        Table(
            [
                [
                    L("Signed:"),
                    "A. Hollis",
                    L("Print name:"),
                    "ANGELA HOLLIS",
                    L("Date:"),
                    "08/07/2025",
                ],
                [
                    L("Signed:"),
                    "C Hollis",
                    L("Print name:"),
                    "CHLOE HOLLIS",
                    L("Date:"),
                    "08/07/2025",
                ],
            ]
        ),
    ]
    return render_pdf(blocks, "RF1")


CASES: tuple[CouncilCase, ...] = (
    CouncilCase(
        case_id="swindon-rf1-01",
        council="Swindon Borough Council",
        source_url=URL,
        source_title=TITLE,
        layout="flattened PDF RF1: 'Family name:' before 'Given names:' (surname in capitals); "
        "siblings, mother and other household in separate sections; 'Signed: Print name: Date:' "
        "rows after the consent statement; aunt outside the household",
        filename="referral.pdf",
        assessment_date=ON,
        build=_build,
        expected=Expected(
            form_type="early_help_assessment",
            people=(
                person("Chloe Anne Hollis", date(2011, 1, 19), True, ON),
                person("Ben Hollis", date(2017, 5, 5), False, ON),
                person("Angela Hollis", date(1979, 12, 12), True, ON),
            ),
            postcode="DY1 1AA",
            lead_professional_name="Wendy Carr",
            lead_professional_email=None,
            level_of_need=None,
        ),
    ),
)
