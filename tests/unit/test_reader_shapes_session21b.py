"""More shapes read in session 21 (issue 10), from held-out set 15's first reading (two of
its referrals went to a wrong cluster: a child protection question answered "Yes" that was
not read, and a father "not yet asked" read as consenting). Each test is built from the
shape of the published form it names; the independent measure is tests/councils*/."""

from __future__ import annotations

import datetime as dt
from email.message import EmailMessage
from typing import Any

from parsers.files import extract_mail
from parsers.form import FormType
from parsers.layout import Content, Heading, Table
from parsers.mail.mime import parse_mail
from parsers.meaning.interpret import build_form
from tests.unit.reader_fixtures import fillable, form_of, people_of

D = dt.date
_PARENTS = Table((("Full name", "DOB", "Relationship"),
                  ("Lucas Bennett", "02/05/2023", "Child"),
                  ("Gemma Bennett", "15/12/1990", "Mother"),
                  ("Paul Bennett", "07/07/1988", "Father (lives at home)")))


def test_a_father_not_yet_asked_and_a_box_that_only_names_him_have_not_consented() -> None:
    # Healthy Child Wales health visitor request: "Parental agreement" | "Father | Not yet
    # asked – Paul was at work during the visit".
    form = form_of(_PARENTS, "Parental agreement",
                   Table((("Mother", "Gemma Bennett – agreed, signed G Bennett 28/10/2026"),
                          ("Father", "Not yet asked – Paul was at work during the visit"))))
    assert [p[2] for p in people_of(form)] == [False, True, False]
    named = form_of(_PARENTS, "Parental agreement",
                    Table((("Mother", "Gemma Bennett – agreed, signed G Bennett 28/10/2026"),
                           ("Father", "Paul was at work during the visit"))))
    assert [p[2] for p in people_of(named)] == [False, True, False]


def test_is_there_a_child_protection_concern_answered_yes_is_a_safeguarding_concern() -> None:
    # Flying Start MDT referral: "Is there a child protection concern? Yes / No (delete as
    # appropriate) | Yes".
    form = form_of(_PARENTS, "Safeguarding",
                   Table((("Is there a child protection concern? Yes / No (delete as "
                           "appropriate)", "Yes"),)))
    assert form.risk_of_significant_harm is True


def test_a_childs_plan_and_a_request_for_family_support_are_referrals() -> None:
    for title in ("Child's Plan – Argyll and Bute",
                  "Healthy Child Wales Programme – Health Visitor Request for Family Support"):
        form = build_form(Content((title, _PARENTS), title=title))
        assert form.form_type is FormType.EARLY_HELP_ASSESSMENT, title


def test_permission_given_and_a_young_carer_happy_for_the_referral() -> None:
    # Carers Trust young carers referral: "Is the young carer happy for you to make this
    # referral? ☒ Yes", "Has the parent/guardian given permission? ☒ Yes", "Name of
    # parent/guardian giving permission | Michelle Hadley (mum), 24/09/2026".
    form = form_of(Table((("Is the young carer happy for you to make this referral?",
                           "☒ Yes   ☐ No"),
                          ("Has the parent/guardian given permission?", "☒ Yes   ☐ No"),
                          ("Name of parent/guardian giving permission",
                           "Michelle Hadley (mum), 24/09/2026"))),
                   Heading("Young carer"),
                   Table((("First name", "Jade", "Last name", "Hadley"),
                          ("Date of birth", "03/07/2011", "", ""))),
                   Heading("Other household members"),
                   Table((("Name", "Relationship", "Date of birth"),
                          ("Michelle Hadley", "Mother", "14/02/1983"))))
    assert people_of(form) == [("Jade Hadley", D(2011, 7, 3), True),
                               ("Michelle Hadley", D(1983, 2, 14), True)]


def test_a_signature_typed_after_its_label_in_a_cell() -> None:
    # Aberdeenshire request for support: "I agree to this request … | Signed: K. Gordon |
    # Date: 28/09/2026".
    form = form_of(Table((("SURNAME, Forename", "Date of birth", "Relationship"),
                          ("GORDON, Kirsteen", "11/01/1989", "Mother"))),
                   Heading("Consent"),
                   Table((("I agree to this request and to information being shared.",
                           "Signed: K. Gordon", "Date: 28/09/2026"),)))
    assert [p[2] for p in people_of(form)] == [True]


def _message(body: str) -> Any:
    message = EmailMessage()
    message["From"], message["To"] = "Priya Nair <priya.nair@kids.example.org>", "eh@x.gov.uk"
    message["Subject"], message["Message-ID"] = "Young carers referral", "<k1@kids.example.org>"
    message.set_content(body)
    (form,) = extract_mail(parse_mail(message.as_bytes())).forms
    return form


def test_a_family_typed_after_a_label_two_to_a_line_and_a_base_in_brackets() -> None:
    # KIDS young carers referral typed into a message.
    form = _message(
        "FAMILY: Mum - Vicky WATSON (DOB 18/04/1984), uses crutches and a wheelchair\n"
        "        Dad - Andrew WATSON (DOB 09/09/1981), Royal Navy, away at sea\n"
        "        Tom WATSON (DOB 05/07/2015) and Ian WATSON (DOB 26/11/2012) - young carers\n"
        "ADDRESS: 19 Tipton Road, Dudley DY4 0RE (Dad's base: HMNB Portsmouth PO1 3LT)\n\n"
        "Consent: Vicky Watson and Ian Watson both signed our referral today (26/11/2026); "
        "Andrew\n"
        "Watson agreed by phone from the ship.\n")
    assert [(p[0].title(), p[2]) for p in people_of(form)] == [
        ("Vicky Watson", True), ("Andrew Watson", True), ("Tom Watson", False),
        ("Ian Watson", True)]
    assert form.address.postcode == "DY4 0RE"
    assert not any("postcode" in w for w in form.warnings)


def test_a_ticked_consent_label_naming_who_and_a_child_only_told() -> None:
    # Isle of Anglesey: "☒ Parent has consented to early help and information sharing |
    # Megan Parry, by phone, 29/09/2026"; "Mum has been told of this referral and agrees:
    # Sian Hughes-Jones. Ella (12) has been told."
    family = Table((("Name", "DOB", "Relationship"), ("Ella Parry", "07/03/2014", "Child"),
                    ("Megan Parry", "04/04/1994", "Mother")))
    ticked = form_of(family, Heading("Consent"),
                     Table((("☒ Parent has consented to early help and information sharing",
                             "Megan Parry, by phone, 29/09/2026"),)))
    assert [p[2] for p in people_of(ticked)] == [False, True]
    told = form_of(family, "Consent",
                   "Mum has been told of this referral and agrees: Megan Parry. Ella (12) has "
                   "been told.")
    assert [p[2] for p in people_of(told)] == [False, True]


def test_a_home_address_heading_over_unlabelled_boxes_and_where_the_child_lives() -> None:
    # KIDS referral: "Home address" over "4 Grange Road, Halesowen | B63 4HJ"; KIND UK
    # "Where does the child live? | Flat 6, 2 Stourbridge Road, Stourbridge DY8 1AA".
    boxes = form_of(_PARENTS, Heading("Home address"),
                    Table((("4 Grange Road, Halesowen", "B63 4HJ"),)))
    assert boxes.address.postcode == "B63 4HJ"
    asked = form_of(_PARENTS, Table((("Where does the child live?",
                                      "Flat 6, 2 Stourbridge Road, Stourbridge DY8 1AA"),)))
    assert asked.address.postcode == "DY8 1AA"


def test_numbered_parents_with_their_dates_and_a_level_said_under_reason() -> None:
    # Hywel Dda TAF request "Parent / carer 1 | Rachel Owen | DOB | 12/12/1986"; Healthy
    # Child Wales "Reason" … "Our threshold view: Level 2 – additional needs".
    form = form_of(Heading("1. Family details"),
                   Table((("Parent / carer 1", "Rachel Owen", "DOB", "12/12/1986"),
                          ("Parent / carer 2", "Mark Owen", "DOB", "01/10/1984"))),
                   Heading("Reason"),
                   "Parents asking for support. Our threshold view: Level 2 – additional needs.")
    assert [p[:2] for p in people_of(form)] == [("Rachel Owen", D(1986, 12, 12)),
                                                ("Mark Owen", D(1984, 10, 1))]
    assert form.level_of_need == 2


def test_a_fillable_date_of_birth_in_three_boxes_under_one_printed_label() -> None:
    # Flying Start: "Date of birth (day / month / year)" printed once beside three boxes.
    def draw(page: Any) -> None:
        page.setFont("Helvetica", 9)
        page.drawString(40, 800, "Child")
        page.drawString(40, 780, "Child's name")
        page.acroForm.textfield(name="Text1", value="Maisie Carter", x=160, y=776, width=150,
                                height=14)
        page.drawString(40, 760, "Date of birth (day / month / year)")
        for n, value in enumerate(("24", "03", "2023")):
            page.acroForm.textfield(name=f"Text{n + 2}", value=value, x=220 + 40 * n, y=756,
                                    width=36, height=14)
        page.drawString(40, 740, "Address")
        page.acroForm.textfield(name="Text5", value="8 High Street, Moxley WV14 9AA", x=160,
                                y=736, width=200, height=14)
    assert people_of(fillable(draw))[0][:2] == ("Maisie Carter", D(2023, 3, 24))
