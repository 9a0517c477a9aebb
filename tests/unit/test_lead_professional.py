"""Whom the form names as lead professional, and whose email goes with the name: each
professional's details are read as one group, never mixed with another's."""

from __future__ import annotations

from typing import Any

from parsers.layout import Content, Heading, Pair, Table
from parsers.meaning.interpret import build_form


def _form(*blocks: Any) -> Any:
    return build_form(Content(tuple(blocks), title="Early Help Assessment"))


_AUTHOR = Table(rows=(("Name:", "Ann Author", "Position:", "Learning Mentor"),
                      ("Organisation:", "Hill School", "Email:", "a.author@school.example")))


def test_lead_named_apart_from_the_author_in_a_block_of_their_own() -> None:
    form = _form(Heading("1 Assessment details"), "Person undertaking the assessment", _AUTHOR,
                 "Lead Professional (if not as above)",
                 Table(rows=(("Name:", "Len Lead", "Position:", "Family Support Worker"),
                             ("Organisation:", "Family Hub", "Email:", "len.lead@hub.example"))))
    lead = form.lead_professional
    assert (lead.name, lead.email, lead.agency) == ("Len Lead", "len.lead@hub.example",
                                                     "Family Hub")


def test_the_author_is_lead_when_the_lead_block_is_left_empty() -> None:
    form = _form("Person undertaking the assessment", _AUTHOR,
                 "Lead Professional (if not as above)",
                 Table(rows=(("Name:", "", "Position:", ""), ("Organisation:", "", "Email:", ""))))
    assert (form.lead_professional.name, form.lead_professional.email) == (
        "Ann Author", "a.author@school.example")


def test_lead_written_as_the_author_keeps_the_authors_email() -> None:
    form = _form(Table(rows=(("Name of person completing referral", "Owen Gale"),
                             ("Secure email", "owen.gale@hv.example"))),
                 Table(rows=(("Name and contact details of Lead Worker:", "Owen Gale, as above"),)))
    assert (form.lead_professional.name, form.lead_professional.email) == (
        "Owen Gale", "owen.gale@hv.example")


def test_lead_with_email_in_the_same_box_is_not_given_the_familys_email() -> None:
    form = _form(Pair("Full Name", "Oliver Carter"), Pair("Email address", "mum@home.example"),
                 Pair("Early Help Worker co-ordinating this plan",
                      "Imran Qureshi, SEND Family Practitioner, imran.q@send.example"))
    assert (form.lead_professional.name, form.lead_professional.email) == (
        "Imran Qureshi", "imran.q@send.example")


def test_a_familys_phone_before_the_referrer_is_not_the_referrers() -> None:
    form = _form(Heading("Child's details"), Pair("Telephone", "07700 900 111"),
                 Heading("Referrer details"), Pair("Name", "Rita Ref"),
                 Pair("Telephone", "01632 960 222"), Pair("Email", "rita@agency.example"))
    lead = form.lead_professional
    assert (lead.name, lead.phone, lead.email) == ("Rita Ref", "01632 960 222",
                                                    "rita@agency.example")


def test_this_form_completed_by_under_the_forms_subtitle() -> None:
    # Families First EHA: a subtitle naming families, then "This form completed by:".
    form = _form("EARLY HELP ASSESSMENT", "FOR CHILDREN, YOUNG PEOPLE AND FAMILY SERVICES",
                 Table(rows=(("This form completed by:", "Nadia Haddad", "Role:", "Family Worker"),
                             ("Email:", "n.haddad@cc.example", "", ""))))
    assert (form.lead_professional.name, form.lead_professional.email) == (
        "Nadia Haddad", "n.haddad@cc.example")


def test_phone_and_email_typed_together_in_the_email_box() -> None:
    form = _form(Heading("Lead professional"), Pair("Name", "Daniel Osei"),
                 Pair("Email", "01632 960 995 / daniel.osei@fc.example"))
    assert form.lead_professional.email == "daniel.osei@fc.example"


def test_lead_written_as_the_author_when_the_authors_details_have_no_name_label() -> None:
    # Nottingham MARF: "Relationship to child | Health Visitor" beside the referrer's name is
    # the referrer's; the lead "Owen Gale, as above" is the author with the author's email.
    form = _form(Table(rows=(("Name of person completing referral", "Owen Gale",
                              "Relationship to child", "Health Visitor"),
                             ("Secure email", "owen.gale@hv.example", "Tel No.", "01632 960 802"))),
                 Table(rows=(("Name and contact details of Lead Worker:", "Owen Gale, as above"),)))
    lead = form.lead_professional
    assert (lead.name, lead.email, lead.phone) == ("Owen Gale", "owen.gale@hv.example",
                                                    "01632 960 802")


def test_lead_practitioner_over_a_table_and_a_line_with_its_date() -> None:
    # Cumberland EHA: "Lead Practitioner" printed over a table of their details; the last
    # line "Lead Practitioner: O. Price Date: 01/10/2025".
    form = _form("Lead Practitioner",
                 Table(rows=(("Name", "Owen Price", "Agency", "Stourbridge Family Hub"),
                             ("Email", "o.price@hub.example", "Telephone", "01632 960 917"))),
                 "Family", "Lead Practitioner: O. Price Date: 01/10/2025")
    assert (form.lead_professional.name, form.lead_professional.email) == (
        "Owen Price", "o.price@hub.example")


def test_the_familys_named_contact_is_not_the_referrer_and_screened_by_is() -> None:
    # Northamptonshire: "Named person for the practitioner to contact" (the mother) before
    # "Referrer"; Havering's MASH desk: "Screened by | Marcus Lee, Early Help Desk Practitioner".
    form = _form(Heading("Named person for the practitioner to contact"),
                 Table(rows=(("Name", "Lisa Marshall", "Telephone", "07700 900 934"),)),
                 Heading("Referrer"),
                 Table(rows=(("Name", "Gareth Ellis", "Role", "Youth Worker"),
                             ("Email", "g.ellis@hub.example", "Telephone", "01632 960 937"))))
    assert (form.lead_professional.name, form.lead_professional.email) == (
        "Gareth Ellis", "g.ellis@hub.example")
    desk = _form(Heading("Early Help Desk"),
                 Table(rows=(("Screened by", "Marcus Lee, Early Help Desk Practitioner", "Email",
                              "marcus.lee@mash.example"),)))
    assert desk.lead_professional.name == "Marcus Lee"


def test_where_the_lead_professionals_details_were_read() -> None:
    form = _form(Heading("Referrer details"), Pair("Name", "Rita Ref"),
                 Pair("Email", "rita@agency.example"))
    assert form.to_json()["lead_professional"]["source"] == {
        "name": "field 'Name'", "email": "field 'Email'"}


def test_the_layout_fingerprint_is_the_templates_not_the_familys() -> None:
    def filled(*family: tuple[str, str]) -> Any:
        return _form(Heading("Family details"),
                     Table(rows=(("Name", "Date of birth"), *family)),
                     Heading("Referrer details"), Pair("Name", "Rita Ref"))
    one = filled(("Ava Hill", "03/03/2016"))
    other = filled(("Tom Lee", "01/01/2012"), ("Sam Lee", "02/02/2014"))
    assert one.layout_fingerprint
    assert one.layout_fingerprint == other.layout_fingerprint
    assert _form(Heading("Child's details"), Pair("Child's name", "Ava Hill"),
                 Pair("Postcode", "DY5 1AA")).layout_fingerprint != one.layout_fingerprint
