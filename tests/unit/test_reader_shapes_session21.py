"""Shapes read in session 21 (issue 10), each built here from the shape of the published form
it names (held-out set 14's councils, once measured): the independent measure is
tests/councils*/. Content-level shapes first, then fillable PDFs, then forms typed into a
message."""

from __future__ import annotations

import datetime as dt
from email.message import EmailMessage
from typing import Any

from parsers.files import extract_mail
from parsers.form import FormType
from parsers.layout import Heading, Table
from parsers.mail.mime import parse_mail
from tests.unit.reader_fixtures import fillable, form_of, people_of

D = dt.date
_FAMILY = Table((("Name", "Date of birth", "Relationship"),
                 ("Kerry Jamieson", "04/04/2000", "Mother"),
                 ("Mia Jamieson", "17/08/2025", "Daughter")))


def test_a_lead_professionals_contact_details_hold_the_email() -> None:
    # Moray Child's Plan, "Lead Professional": "Contact details | 07700 900562 – d.munro@…"
    form = form_of(_FAMILY, Heading("Lead Professional"),
                   Table((("Name", "Declan Munro"),
                          ("Contact details", "07700 900562 – declan.munro@hub.example.org"))))
    assert form.lead_professional.email == "declan.munro@hub.example.org"
    phone_only = form_of(_FAMILY, Heading("Lead Professional"),
                         Table((("Name", "Declan Munro"), ("Contact details", "07700 900562"))))
    assert (phone_only.lead_professional.email, phone_only.lead_professional.phone) == (
        "", "07700 900562")


def test_a_row_of_tick_boxes_is_nobodys_name() -> None:
    # Quarriers family resource centre: "Referral from | ☒ Health ☐ Social Work ☐ Other".
    form = form_of(Table((("Referral from", "☒ Health   ☐ Social Work   ☐ Self-referral"),)),
                   _FAMILY, Heading("Referrer"),
                   Table((("Name", "Joanne Kerr", "Email", "joanne.kerr@nhs.example.net"),)))
    assert form.lead_professional.name == "Joanne Kerr"


def test_sharing_a_concern_its_author_and_consent_given_by() -> None:
    # Shetland "Sharing a Concern about a Child or Young Person": "Who is sharing this
    # concern?", "Does the family know about this and agree?", "Consent | Given by …".
    form = form_of(Heading("Sharing a Concern about a Child or Young Person"),
                   Heading("Who is sharing this concern?"),
                   Table((("Name", "Marion Tait"), ("Email", "marion.tait@nhs.example.net"))),
                   Heading("The household"), _FAMILY,
                   Heading("Does the family know about this and agree?"),
                   Table((("Family aware", "☒ Yes   ☐ No"),
                          ("Consent", "Given by Kerry Jamieson 30/09/26"))),
                   title="Sharing a Concern about a Child or Young Person")
    assert form.form_type is FormType.EARLY_HELP_ASSESSMENT
    assert form.lead_professional.name == "Marion Tait"
    assert [p[2] for p in people_of(form)] == [True, False]
    said = form_of(_FAMILY, Heading("Does the family know about this and agree?"),
                   "Mum consents to this referral (spoken to at school 09/12/2026).")
    assert [p[2] for p in people_of(said)] == [True, False]  # mum: the mother


def test_a_label_row_in_the_childrens_table_is_no_child() -> None:
    # Redbridge referral: "Home address | 76 Priory Street, Dudley DY1 2QP" as the last row
    # of the "Surname | First name | DOB | School" table.
    form = form_of(Heading("Child / children"),
                   Table((("Surname", "First name", "DOB", "School"),
                          ("BAILEY", "Tia", "05/10/2017", "Priory Primary"),
                          ("Home address", "76 Priory Street, Dudley DY1 2QP", "", ""))))
    assert [p[0] for p in people_of(form)] == ["Tia Bailey"]
    assert form.address.postcode == "DY1 2QP"


def test_a_consent_column_of_ticks_and_a_consent_table_headed_parent() -> None:
    # Rainbow Trust "Name | Relationship | Date of birth | Agrees ✓"; Newport IFST "Parent |
    # Agrees? | Signature / comment" with one parent declining.
    ticked = form_of(Table((("Name", "Relationship", "Date of birth", "Agrees ✓"),
                            ("Michelle Thompson", "Mum", "16/12/1983", "✓"),
                            ("Jade Thompson", "Sister", "09/08/2018", ""))))
    assert [p[2] for p in people_of(ticked)] == [True, False]
    table = form_of(Table((("Name", "D.O.B.", "Relationship"),
                           ("Gemma Hughes", "30/09/1989", "Mother"),
                           ("Lee Hughes", "11/11/1986", "Father (lives at home)"))),
                    "Parental agreement",
                    Table((("Parent", "Agrees?", "Signature / comment"),
                           ("Gemma Hughes", "Yes", "G Hughes 07/12/2026"),
                           ("Lee Hughes", "No", "Declined to sign – does not want it"))))
    assert [p[2] for p in people_of(table)] == [True, False]


def test_initials_in_one_signature_box_and_a_relative_living_elsewhere() -> None:
    # Torfaen Families First "Signed | J. Morgan / T. Morgan"; Poole PEHA "Dad (separated,
    # lives in Poole BH15 2RU)" in the family grid.
    form = form_of(Table((("Full name", "Date of birth", "Relationship"),
                          ("Julie Morgan", "03/01/78", "Nan (Special Guardian)"),
                          ("Tayla Morgan", "16/04/10", "Granddaughter"),
                          ("Aaron Morgan", "16/05/1989",
                           "Dad (separated, lives in Poole BH15 2RU)"))),
                   Table((("Address", "18 Thorns Road, Brierley Hill DY9 0QQ"),)),
                   "Part 4 – Agreement",
                   Table((("Signed", "J. Morgan / T. Morgan"), ("Date", "14/12/26"))))
    assert people_of(form) == [("Julie Morgan", D(1978, 1, 3), True),
                               ("Tayla Morgan", D(2010, 4, 16), True)]


def test_a_request_for_safeguarding_is_a_referral() -> None:
    form = form_of("Request for Safeguarding and Protection", _FAMILY,
                   title="Request for Safeguarding and Protection")
    assert form.form_type is FormType.EARLY_HELP_ASSESSMENT


def _text(page: Any, x: int, y: int, text: str) -> None:
    page.drawString(x, y, text)


def _home(page: Any, heading: str, box: str, postcode: str) -> None:
    """The family's section with its postcode in a box."""
    page.setFont("Helvetica", 9)
    _text(page, 40, 800, heading)
    _text(page, 40, 780, "Postcode")
    page.acroForm.textfield(name=box, value=postcode, x=120, y=776, width=90, height=14)


def test_fillable_boxes_named_for_a_member_with_their_relationship_and_agreement() -> None:
    # Rainbow Trust family referral: "member1name", "member1rel", "member1dob" and one
    # "Mum has agreed to this referral ☒ Yes ☐ No" pair of boxes per parent.
    def draw(page: Any) -> None:
        _home(page, "Family home", "homepostcode", "WV14 9AA")
        for n, (name, rel, dob) in enumerate((("Jodie Bennett", "Mum", "03/09/1995"),
                                              ("Craig Bennett", "Dad", "11/04/1993")), 1):
            for column, (part, value) in enumerate((("name", name), ("rel", rel),
                                                    ("dob", dob))):
                page.acroForm.textfield(name=f"member{n}{part}", value=value,
                                        x=40 + 130 * column, y=740 - 20 * n, width=120,
                                        height=14)
        _text(page, 40, 660, "Consent")
        for n, (who, agreed) in enumerate((("mum", True), ("dad", False))):
            for m, option in enumerate(("Yes", "No")):
                page.acroForm.checkbox(name=f"consent{who}{option.lower()}",
                                       tooltip=f"{who.title()} has agreed to this referral "
                                               f"{option}",
                                       checked=(option == "Yes") == agreed and agreed,
                                       x=40 + 60 * m, y=640 - 20 * n, size=10)
    form = fillable(draw)
    assert [(p.name, p.relationship, p.consent.signed) for p in form.people] == [
        ("Jodie Bennett", "Mum", True), ("Craig Bennett", "Dad", False)]


def test_a_fillable_date_of_birth_in_day_month_year_boxes_and_a_ticked_level() -> None:
    # Newport IFST referral "P1 DOB Day | P1 DOB Month | P1 DOB Year" under printed "Day |
    # Month | Year"; Poole PEHA "Level (tick one) 2 Universal Plus" as one box an option.
    def draw(page: Any) -> None:
        _home(page, "Family", "Family Postcode", "B63 3BL")
        for column, heading in enumerate(("Forename", "Surname", "Day", "Month", "Year")):
            _text(page, 40 + 80 * column, 740, heading)
        for column, (part, value) in enumerate((("Forename", "Ffion"), ("Surname", "Evans"),
                                                ("DOB Day", "12"), ("DOB Month", "01"),
                                                ("DOB Year", "1998"))):
            page.acroForm.textfield(name=f"P1 {part}", value=value, x=40 + 80 * column,
                                    y=716, width=70, height=14)
        _text(page, 40, 660, "Level of need")
        for n, option in enumerate(("1 Universal", "2 Universal Plus", "3 Partnership Plus")):
            page.acroForm.checkbox(name=f"Level{n + 1}", tooltip=f"Level (tick one) {option}",
                                   checked=n == 1, x=40 + 120 * n, y=640, size=10)
    form = fillable(draw)
    assert people_of(form)[0][:2] == ("Ffion Evans", D(1998, 1, 12))
    assert form.level_of_need == 2


def _message(body: str, sender: str = "Morag Stewart <morag.stewart@forres.example.org>") -> Any:
    message = EmailMessage()
    message["From"], message["To"] = sender, "earlyhelp@dudley.gov.uk"
    message["Subject"], message["Message-ID"] = "Request for support", "<m1@forres.example.org>"
    message.set_content(body)
    (form,) = extract_mail(parse_mail(message.as_bytes())).forms
    return form


def test_a_message_wrapped_by_the_senders_mail_program_and_signed_by_the_lead() -> None:
    # Moray Child's Plan headings typed into a message: the household list and the consent
    # sentence wrapped at the mail program's width; the Named Person is the message's sender.
    form = _message(
        "SECTION A - WHO'S WHO?\n"
        "Child: Aisha Begum   DOB 09/09/2014\n"
        "Lives with: Rukhsana Begum (mum, DOB 15/05/1982); Imran Begum (dad, DOB 01/01/1979);\n"
        "Zara Begum (sister, DOB 22/02/2019)\n"
        "Home address: 61 Wellington Road, Dudley DY3 1AB\n"
        "Named Person (until transfer): Morag Stewart, Depute Head, Forres Academy\n\n"
        "SECTION B - WHY DO WE NEED A PLAN?\n"
        "Aisha (12) has been a young carer for dad and attendance fell to 78%. The family want a\n"
        "young carers assessment and help finding a GP.\n\n"
        "SECTION C - WHAT DOES EVERYONE THINK?\n"
        "Parents: both want the support and agreed to this request on 23/11/2026 - Rukhsana "
        "Begum and\n"
        "Imran Begum gave consent by phone to share this information.\n\nMorag Stewart\n")
    assert [(p[0], p[2]) for p in people_of(form)] == [
        ("Aisha Begum", False), ("Rukhsana Begum", True), ("Imran Begum", True),
        ("Zara Begum", False)]
    assert (form.lead_professional.name, form.lead_professional.email) == (
        "Morag Stewart", "morag.stewart@forres.example.org")


def test_a_message_listing_relationship_first_and_where_the_family_now_lives() -> None:
    # Redbridge referral typed into a message: "Mum - Anjali Patel - DOB 14/02/1988",
    # "Family now living at: …", "Other people living in the house: none. Dad lives …".
    form = _message(
        "Referrer: Dev Sharma, Family Support Worker\n"
        "Email: dev.sharma@centre.example.gov.uk\n\n"
        "Family now living at: 33 Cemetery Road, Lye, Stourbridge DY9 7AA\n"
        "Mum - Anjali Patel - DOB 14/02/1988\n"
        "Daughter - Riya Patel - DOB 06/06/2015\n"
        "Other people living in the house: none. Dad (Vikram) lives in Rochester, sees the\n"
        "children in the holidays.\n\n"
        "Consent: I told Anjali about this referral and she consented on 19/11/2026.\n",
        sender="Dev Sharma <dev.sharma@centre.example.gov.uk>")
    assert [p[:2] for p in people_of(form)] == [("Anjali Patel", D(1988, 2, 14)),
                                                ("Riya Patel", D(2015, 6, 6))]
    assert form.address.postcode == "DY9 7AA"


def test_a_date_of_birth_under_dd_mm_yyyy_and_in_boxes_typed_with_bars() -> None:
    # RCT Resilient Families "Full name | DD | MM | YYYY | Relationship"; a Part 1 referral's
    # "Other children at home: | Oscar Hollis, 18 | 04 | 2020".
    form = form_of(Table((("Full name", "DD", "MM", "YYYY", "Relationship"),
                          ("Sara Lloyd", "25", "07", "1993", "Mother"))),
                   Table((("Other children at home:", "Oscar Hollis, 18 | 04 | 2020"),)))
    assert people_of(form) == [("Sara Lloyd", D(1993, 7, 25), False),
                               ("Oscar Hollis", D(2020, 4, 18), False)]


def test_whom_a_label_names_with_the_name_and_date_after_it() -> None:
    # Safe Families referral: "Lead parent/carer | Joanne Carter (DOB 12/10/1985)", "Child 1 |
    # Brandon Carter 03/01/2011".
    form = form_of(Heading("Family"),
                   Table((("Lead parent/carer", "Joanne Carter (DOB 12/10/1985)"),
                          ("Child 1", "Brandon Carter 03/01/2011"))))
    assert [p[:2] for p in people_of(form)] == [("Joanne Carter", D(1985, 10, 12)),
                                                ("Brandon Carter", D(2011, 1, 3))]


def test_a_title_with_guidance_in_brackets_and_the_person_completing_the_eha() -> None:
    # Cumbria EHA: "Family members (name – date of birth – relationship)" heads the members,
    # "Person completing the EHA" the author; Cheshire West "Level on stepping down".
    form = form_of("Family members (name – date of birth – relationship)",
                   Table((("1", "Michelle Carter – 03/03/1978 – Mum"),)),
                   "Person completing the EHA",
                   Table((("Name", "Liam Fenton"), ("Email", "liam.fenton@youth.example.org"))),
                   Table((("Level on stepping down", "Level 3 – complex and multiple needs"),)))
    assert people_of(form) == [("Michelle Carter", D(1978, 3, 3), False)]
    assert form.lead_professional.name == "Liam Fenton"
    assert form.level_of_need == 3


def test_a_box_named_for_a_member_in_a_printed_grid_keeps_its_row() -> None:
    # Carers Hub young carers referral: "Other people in the household" printed "Name |
    # Relationship | Date of birth" over boxes "Household 1 name", "Relationship 1 2", ….
    def draw(page: Any) -> None:
        _home(page, "Young person's details", "YP postcode", "B63 4HJ")
        _text(page, 40, 740, "Other people in the household")
        for column, heading in enumerate(("Name", "Relationship", "Date of birth")):
            _text(page, 40 + 130 * column, 720, heading)
        for column, (box, value) in enumerate((("Household 1 name", "Oscar Green"),
                                               ("Relationship 1 2", "Brother"),
                                               ("Date of birth 1 2", "09/09/2016"))):
            page.acroForm.textfield(name=box, value=value, x=40 + 130 * column, y=696,
                                    width=120, height=14)
    assert people_of(fillable(draw)) == [("Oscar Green", D(2016, 9, 9), False)]


def test_a_no_to_has_consent_been_given_is_no_signature_whatever_is_beside_it() -> None:
    # Wokingham DTA: "Name | Has consent been given? | Signature / how recorded" over "Gemma
    # Parsons | No – not sought | risk to child".
    form = form_of(_FAMILY, Heading("Consent and Information Sharing"),
                   Table((("Name", "Has consent been given?", "Signature / how recorded"),
                          ("Kerry Jamieson", "No – not sought", "risk to child"))))
    assert [p[2] for p in people_of(form)] == [False, False]
