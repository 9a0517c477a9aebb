"""Shapes read in session 21 (issue 10) from held-out set 16's first reading. Each test is
built from the shape of the published form it names; the independent measure is
tests/councils*/."""

from __future__ import annotations

import datetime as dt

from parsers.files import combine
from parsers.form import Form, FormType
from parsers.layout import Content, Heading, Pair, Table
from parsers.meaning.interpret import build_form
from parsers.pdf.joins import unwrapped
from routing.rules import found_phrases
from tests.unit.reader_fixtures import form_of, people_of

D = dt.date
_FAMILY = Table((("Name", "DOB", "Relationship"),
                 ("Louise Byrne", "30/11/1995", "Mother"), ("Finn Byrne", "17/05/2021", "Son")))


def _lead(form: Form) -> tuple[str, str]:
    return form.lead_professional.name, form.lead_professional.email


def test_whoever_helps_fill_it_in_a_key_worker_a_reporter_and_role_before_name() -> None:
    # Merthyr Early Hub "Who is helping you fill this in?" … "Contact | email / phone"; Mid
    # Ulster Women's Aid "Key worker"; Wales Safeguarding Procedures "Reporter"; Sure Start
    # "Referred by | Midwife – Grace Okafor".
    helping = form_of(_FAMILY, Heading("Who is helping you fill this in?"),
                      Table((("Name", "Nia Edwards"),
                             ("Contact", "nia.edwards@redhill.example.org / 01632 960640"))))
    assert _lead(helping) == ("Nia Edwards", "nia.edwards@redhill.example.org")
    key = form_of(Heading("Family"), _FAMILY,
                  Table((("Key worker", "Sinead Hagan"),
                         ("E-mail", "sinead.hagan@womensaid.example.org"))))
    assert _lead(key) == ("Sinead Hagan", "sinead.hagan@womensaid.example.org")
    reporter = form_of(_FAMILY, Heading("Reporter"),
                       Table((("Name", "Catrin Howells"),
                              ("E-mail", "catrin.howells@youth.example.org"))))
    assert _lead(reporter)[0] == "Catrin Howells"
    role_first = form_of(Table((("Referred by", "Midwife – Grace Okafor"),
                                ("E-mail", "grace.okafor@nhs.example.net"))), _FAMILY)
    assert _lead(role_first)[0] == "Grace Okafor"


def test_an_internal_request_an_immediate_risk_and_a_level_after_step_down() -> None:
    internal = build_form(Content(("Children's Services – Request to the Early Help Hub",
                                   "Internal: social worker to Team Around the Family", _FAMILY),
                                  title="Children's Services – Request to the Early Help Hub"))
    assert internal.form_type is FormType.INTERNAL_REQUEST
    risk = form_of(_FAMILY, Table((("Is the child at immediate risk?", "Yes ☒   No ☐"),)))
    assert risk.risk_of_significant_harm is True
    level = form_of(_FAMILY, Pair("Level of need after step down Level 2", ""),
                    Pair("Level of need after step down Level 3", "Yes"))
    assert level.level_of_need == 3


def test_a_parent_not_at_this_address() -> None:
    # Midlothian "Dalkeith – separated, not at this address"; Scottish Borders "At this
    # address | No – Galashiels".
    address = form_of(Table((("Name", "DOB", "Relationship", "Address"),
                             ("Alison Fraser", "18/04/1983", "Mum", "62 Green Lane DY4 0RE"),
                             ("Neil Fraser", "01/07/1981", "Dad",
                              "Dalkeith – separated, not at this address"))))
    assert [p[0] for p in people_of(address)] == ["Alison Fraser"]
    column = form_of(Table((("SURNAME, Forename", "DOB", "Relationship", "At this address"),
                            ("SCOTT, Morven", "03/03/86", "Mother", "Yes"),
                            ("SCOTT, Graeme", "10/10/84", "Father", "No – Galashiels"))))
    assert [p[0] for p in people_of(column)] == ["Morven Scott"]


def test_a_wrapped_sentence_is_one_line_but_an_email_address_below_is_not() -> None:
    lines = ["Lewis (16) moved to Dudley with his parents; low mood. He and both parents",
             "agreed at a meeting on 16/11/2026: Lewis Anderson (signatures on file).",
             "Sinead Farrell, Pastoral Lead, Crestwood Academy, Bromley Lane, Kingswinford",
             "s.farrell@crestwood.example.sch.uk / 01632 960814"]
    assert unwrapped(list(lines)) == [f"{lines[0]} {lines[1]}", lines[2], lines[3]]
    form = form_of(Table((("Name", "DOB", "Relationship"),
                          ("Lewis Anderson", "01/02/2010", "Young person"))),
                   f"{lines[0]} {lines[1]}")
    assert [p[2] for p in people_of(form)] == [True]


def test_printed_guidance_is_not_a_safeguarding_concern() -> None:
    phrases = ("at risk of significant harm",)
    assert found_phrases("If a child is at risk of significant harm follow child protection "
                         "procedures immediately.", phrases) == ()
    assert found_phrases("We think Abbie is at risk of significant harm.", phrases) == phrases


def test_a_ticked_child_at_risk_and_a_services_own_referral_titled_for_family_support() -> None:
    # Blaenau Gwent Supporting Change Team: "☐ Family support (consent given) ☒ Child at
    # risk – report to Children's Services"; "Supporting Change Team – Request for family
    # support" over "Worker | Bethan Lewis, Family Support Worker"; Action for Children
    # "Referral for family support and family therapy" over "Referred by | Sunita Bains".
    at_risk = form_of(_FAMILY, "Type of referral",
                      "☐ Family support (consent given) ☒ Child at risk – report to "
                      "Children's Services")
    assert at_risk.risk_of_significant_harm is True
    for title, label in (("Supporting Change Team – Request for family support", "Worker"),
                         ("Referral for family support and family therapy", "Referred by")):
        form = build_form(Content((Heading(title), Table(((label, "Bethan Lewis, Worker"),
                                                          ("Email", "b.lewis@x.example.org"))),
                                   Heading("Family"), _FAMILY), title=title))
        assert _lead(form) == ("Bethan Lewis", "b.lewis@x.example.org"), title


def test_a_worker_heading_over_a_fillable_name_box() -> None:
    # Gwent Safeguarding Board request: "Worker" printed over "Name | Email | Office".
    form = form_of(Heading("Household"), _FAMILY, Heading("Worker"),
                   Pair("Name", "Marcus Allen"), Pair("Email", "marcus.allen@housing.example.org"))
    assert _lead(form) == ("Marcus Allen", "marcus.allen@housing.example.org")
    assert [p[0] for p in people_of(form)] == ["Louise Byrne", "Finn Byrne"]


def test_a_services_own_referral_with_a_family_and_a_postcode_is_an_assessment() -> None:
    # St Wilfrid's, Relate, TalkingZone …: a service's "referral" whose title names no kind
    # of form is, for the front door, an assessment; a page without a family is not.
    title = "Bereavement support – request"
    form = build_form(Content((title, _FAMILY, Table((("Address",
                                                        "22 Stourbridge Road, B63 3BL"),))),
                              title=title))
    assert form.form_type is FormType.UNKNOWN  # (as read: the title says nothing)
    assert combine([form]).forms[0].form_type is FormType.EARLY_HELP_ASSESSMENT
    letter = build_form(Content((title, "Thank you for your letter."), title=title))
    assert combine([letter]).forms[0].form_type is FormType.UNKNOWN


def test_a_welsh_step_down_and_a_services_form_with_its_address_to_follow() -> None:
    # Blaenau Gwent "Step-down from Care and Support Plan – Supporting Change Team" (a Care
    # and Support Plan is Wales's plan for a child in need); a Family Wellbeing Service's
    # "request from primary care" for a family in temporary accommodation.
    title = "Blaenau Gwent Children's Services"
    stepped = build_form(Content((Heading(title), "Step-down from Care and Support Plan – "
                                  "Supporting Change Team", _FAMILY), title=title))
    assert stepped.form_type is FormType.STEP_DOWN
    title = "Family Wellbeing Service – request from primary care"
    placed = build_form(Content((Heading(title), _FAMILY, Table(((
        "Address", "Temporary accommodation – address to follow from Housing Options"),))),
        title=title))
    assert combine([placed]).forms[0].form_type is FormType.EARLY_HELP_ASSESSMENT
