"""Wolverhampton: referral to the MASH recording informed consent (Thresholds of Need and Support)."""

# ruff: noqa: E501  (labels are copied verbatim from the published page)

from datetime import date

from tests.councils.kit import SDT, Heading, L, Para, Table, Title, kv, person, render_docx
from tests.councils.model import CouncilCase, Expected

URL = "https://www.wolverhamptonsafeguarding.org.uk/safeguarding-children-and-young-people/i-work-with-children-young-people-families/thresholds-of-support"
TITLE = "Thresholds to Need and Support in Wolverhampton – consent principles (informed consent … can be evidenced); MASH 01902 555392"
ON = date(2026, 1, 22)


def _build() -> bytes:
    blocks = [
        Title(
            "Multi-Agency Referral – Request for Support",
            "Multi-Agency Safeguarding Hub (MASH) 01902 555392",
        ),
        Heading("Referrer"),
        kv(
            ("Name", SDT("Hayley Brookes")),
            ("Role", SDT("Pastoral Lead")),
            ("Organisation", SDT("The Kingswinford Academy")),
            ("Email", SDT("h.brookes@tka.example.sch.uk")),
            ("Telephone", SDT(None)),
            ("Date", SDT("22/01/2026", kind="date", iso="2026-01-22")),
            per_row=2,
        ),
        Heading("Child / young person"),
        Table(
            [
                [L("Forename"), L("Surname"), L("DOB"), L("Gender"), L("School")],
                [
                    SDT("Ryan"),
                    SDT("Price"),
                    SDT("09/05/2010", kind="date", iso="2010-05-09"),
                    SDT("Male", kind="drop", items=("Male", "Female")),
                    SDT("The Kingswinford Academy"),
                ],
                [
                    SDT("Amelia"),
                    SDT("Price"),
                    SDT("16/10/2014", kind="date", iso="2014-10-16"),
                    SDT("Female", kind="drop", items=("Male", "Female")),
                    SDT("Dudley Wood Primary"),
                ],
                [
                    SDT(None),
                    SDT(None),
                    SDT(None, kind="date"),
                    SDT(None, kind="drop", items=("Male", "Female")),
                    SDT(None),
                ],
            ]
        ),
        kv(("Home address", SDT("31 Ashwood Drive, Gornal Wood, Dudley DY3 1AB"))),
        Heading("Parents / carers"),
        Table(
            [
                [L("Name"), L("DOB"), L("Relationship"), L("Address if different")],
                [SDT("Lisa Price"), SDT("03/03/1983"), SDT("Mother"), SDT(None)],
                [
                    SDT("Lee Price"),
                    SDT("21/12/1981"),
                    SDT("Father"),
                    SDT(
                        "HMP Featherstone, New Road, Wolverhampton WV10 7PU (in custody until 2027)"
                    ),
                ],
            ]
        ),
        Heading("Consent"),
        Para(
            "Informed consent is meaningless unless it is clear, unambiguous, informed, specific, freely given and can be evidenced."
        ),
        kv(
            ("Has informed consent been obtained?", SDT("Yes", kind="drop", items=("Yes", "No"))),
            (
                "Who gave consent (name and relationship)?",
                SDT("Lisa Price (mother) and Ryan Price (15) - at school on 22/01/2026"),
            ),
            ("If consent has not been given, why not?", SDT(None)),
        ),
        Heading("What are you worried about?"),
        Table(
            [
                [
                    SDT(
                        "Since dad's sentence Ryan has been excluded twice and mum cannot get him to school. Amelia is withdrawn. Mum asked for family support."
                    )
                ]
            ]
        ),
    ]
    return render_docx(blocks)


CASES: tuple[CouncilCase, ...] = (
    CouncilCase(
        case_id="heldout2-wolverhampton-mash-01",
        council="City of Wolverhampton Council",
        source_url=URL,
        source_title=TITLE,
        layout="Word content controls (empty rows show 'Click here to enter text.' / 'Choose an item.'); father in custody at a WV10 prison address; consent answer naming mother and the 15-year-old",
        filename="referral.docx",
        assessment_date=ON,
        build=_build,
        expected=Expected(
            form_type="early_help_assessment",
            people=(
                person("Ryan Price", date(2010, 5, 9), True, ON),
                person("Amelia Price", date(2014, 10, 16), False, ON),
                person("Lisa Price", date(1983, 3, 3), True, ON),
            ),
            postcode="DY3 1AB",
            lead_professional_name="Hayley Brookes",
            lead_professional_email="h.brookes@tka.example.sch.uk",
            level_of_need=None,
        ),
    ),
)
