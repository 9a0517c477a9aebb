"""Who the lead professional is, as councils' forms name them (issue 10), and forms typed
into a message with the family one person a line. Each test is built here from the shape of
the published form it names; the independent measure is tests/councils*/."""

from __future__ import annotations

import datetime as dt
from typing import Any

from parsers.files import body_results
from parsers.form import Form
from parsers.layout import Content, Heading, Pair, Table
from parsers.mail.message import ParsedMail
from parsers.meaning.interpret import build_form

D = dt.date


def _form(*blocks: Any) -> Form:
    return build_form(Content(tuple(blocks), title="Request for Multi-Agency Support"))


def _lead(form: Form) -> tuple[str, str]:
    return form.lead_professional.name, form.lead_professional.email


def _body(text: str) -> Form | None:
    mail = ParsedMail(message_id="<a@b>", subject="Request for Support",
                      sender="hv@nhs.example.net", sender_name="", to=(), date="", headers=(),
                      text_body=text, html_body="", attachments=())
    return next((r for r in body_results(mail) if isinstance(r, Form)), None)


def test_the_named_person_who_writes_the_request_is_the_lead() -> None:
    # GIRFEC (Aberdeen, Fife): the Named Person writes the request for multi-agency support.
    form = _form(Heading("Named Person Service"),
                 Pair("Named Person", "Laura Milne, Health Visitor"),
                 Pair("Base", "Brierley Hill Health Centre"),
                 Pair("Email", "laura.milne@nhs.example.net"),
                 Heading("Child or young person"), Pair("Name", "Harris Reid"),
                 Pair("Date of birth", "12/12/2024"), Pair("Postcode", "DY5 3BB"))
    assert _lead(form) == ("Laura Milne", "laura.milne@nhs.example.net")


def test_a_lead_professional_label_with_guidance_in_brackets_names_the_lead() -> None:
    # Aberdeen guidance: a Lead Professional only where a multi-agency Child's Plan is needed;
    # the Named Person (the author) is someone else.
    form = _form(Heading("Named Person Service"),
                 Pair("Named Person", "Mrs Fiona Gordon, Depute Head Teacher"),
                 Pair("Email", "f.gordon@academy.example.sch.uk"),
                 Pair("Lead Professional (where a multi-agency Child's Plan is needed)",
                      "Calum Stewart, Guidance Teacher – c.stewart@academy.example.sch.uk"),
                 Heading("Child or young person"), Pair("Name", "Lewis Robertson"),
                 Pair("Date of birth", "19/03/2011"), Pair("Postcode", "B63 4HJ"))
    assert _lead(form) == ("Calum Stewart", "c.stewart@academy.example.sch.uk")


def test_the_author_of_an_eha_named_under_eha_completed_by() -> None:
    # Westmorland and Furness EHA: "EHA completed by | name, role, setting".
    form = _form(Heading("Who is in the family?"), Pair("Home address", "5 Mill Street, DY6 7AA"),
                 Heading("Team Around the Family"),
                 Pair("EHA completed by", "Joanne Walsh, SENCo, Ashwood Nursery"),
                 Pair("Email", "j.walsh@nursery.example.org.uk"))
    assert _lead(form) == ("Joanne Walsh", "j.walsh@nursery.example.org.uk")


def test_a_lead_person_for_the_eha_named_after_its_author() -> None:
    # North Tyneside school EHA: the assessor, then "Lead person for the EHA (named staff
    # member)" with a name, role and email of their own.
    form = _form(Heading("Assessment completed by"), Pair("Name", "Peter Quinn"),
                 Pair("Role", "Teaching Assistant"),
                 Heading("Lead person for the EHA (named staff member)"),
                 Pair("Name", "Deborah Shaw"), Pair("Role", "Family Support Lead"),
                 Pair("Email", "d.shaw@school.example.sch.uk"))
    assert _lead(form) == ("Deborah Shaw", "d.shaw@school.example.sch.uk")


def test_a_named_person_not_known_names_nobody() -> None:
    # Highland child concern form: "Named Person (if known) | Not known – ...".
    form = _form(Heading("Named Person (if known)"),
                 Pair("Named Person", "Not known – family moved from Inverness"),
                 Heading("Person completing this form"), Pair("Name", "Megan Gill"),
                 Pair("Designation", "Staff Nurse"), Pair("Email", "megan.gill@nhs.example.net"))
    assert _lead(form) == ("Megan Gill", "megan.gill@nhs.example.net")


def test_a_request_typed_into_a_message_with_the_family_one_person_a_line() -> None:
    # Jersey Request for Support headings typed into an email; no "date of birth" label.
    form = _body("Children and Families Hub – Request for Support\n\n2. About you\n"
                 "Name: Rachel Mauger\nEmail: rachel.mauger@nhs.example.net\n\n"
                 "3. The child or young person\nAmelia Hamon, born 16/04/2025, female\n"
                 "Home address: 9 Worcester Street, Stourbridge DY8 1AA\n\n"
                 "4. Family and household\nJessica Hamon (mother), 22/12/1999, lives at home\n"
                 "Ryan Hamon (father), 07/06/1998, lives at home\n\n6. Consent\n"
                 "Jessica Hamon and Ryan Hamon both gave consent at the home visit.\n")
    assert form is not None
    assert [(p.name, p.date_of_birth, p.consent.signed) for p in form.people] == [
        ("Amelia Hamon", D(2025, 4, 16), False), ("Jessica Hamon", D(1999, 12, 22), True),
        ("Ryan Hamon", D(1998, 6, 7), True)]
    assert (form.address.postcode, _lead(form)) == (
        "DY8 1AA", ("Rachel Mauger", "rachel.mauger@nhs.example.net"))


def test_a_message_with_a_date_and_a_postcode_but_no_person_line_is_no_form() -> None:
    assert _body("Hello, can we meet on 03/03/2026 at the hub, DY8 1AA? Thanks, Rachel") is None


def test_a_title_before_the_leads_name_is_not_their_name() -> None:
    # Newham Children's Triage: "Sister Joy Mensah, School Nurse"; Guernsey MASH: "Dr ...".
    for written, name in (("Sister Joy Mensah", "Joy Mensah"),
                          ("Dr Anna Tostevin", "Anna Tostevin"),
                          ("Sgt Alan Brodie", "Alan Brodie"), ("Dr Who", "Dr Who")):
        form = _form(Heading("A. Referrer"), Pair("Name", written), Pair("Role", "School Nurse"))
        assert form.lead_professional.name == name


def test_the_authors_name_and_role_in_one_box_is_the_name_alone() -> None:
    # Rhondda Cynon Taf request for support: "Name and role | Lowri Williams, Health Visitor".
    form = _form(Heading("2. Referrer"),
                 Pair("Name and role", "Lowri Williams, Flying Start Health Visitor"),
                 Pair("Agency address", "Flying Start, Tonypandy CF40 2ES"))
    assert form.lead_professional.name == "Lowri Williams"


def test_a_sentence_saying_someone_was_not_there_when_the_form_was_signed_is_no_consent() -> None:
    # Newham Children's Triage: consent in a "Signed consent" column; the brother turning 14
    # that day has an empty cell, and the narrative says why.
    form = build_form(Content((
        Heading("C. Child / young person and family"),
        Table((("Surname", "First name", "DOB", "Relationship", "Signed consent"),
               ("FERREIRA", "Beatriz", "03/03/2011", "Child (referred)", "Yes – B Ferreira"),
               ("FERREIRA", "Tiago", "30/09/2012", "Brother", ""),
               ("DOS SANTOS", "Lucia", "21/06/1986", "Mother", "Yes – L dos Santos"))),
        Pair("Postcode", "DY9 7AA"),
        Heading("D. What are you worried about?"),
        "Beatriz has disclosed low mood. Tiago turns 14 today and was not at home when the "
        "form was signed.",
    ), title="Referral to Children's Triage"))
    assert {p.name.split()[0]: p.consent.signed for p in form.people} == {
        "Beatriz": True, "Tiago": False, "Lucia": True}


def test_a_form_typed_into_a_message_lists_the_family_with_bullets() -> None:
    # Southern Trust Family Support Hub referral typed into an email: "- name, date, relation".
    form = _body("Family Support Hub – Referral\n\nReferrer: Mr Conor Hughes, Head of Year 12\n"
                 "Email c.hughes@school.example.sch.uk\n\n"
                 "Family details (all members of the household):\n"
                 "- Bronagh Murray, 14/03/1984, mother\n- Aine Murray, 18/06/2013, daughter\n\n"
                 "Family address: 8 Market Street, Kingswinford DY6 7AA\n\nParental consent:\n"
                 "Bronagh Murray gave consent by phone on 25/08/2026 for this referral.\n")
    assert form is not None
    assert [(p.name, p.date_of_birth, p.consent.signed) for p in form.people] == [
        ("Bronagh Murray", D(1984, 3, 14), True), ("Aine Murray", D(2013, 6, 18), False)]


def test_the_people_a_child_lives_with_written_in_a_sentence() -> None:
    # South Ayrshire "Reporting a concern" typed into an email: "Lives with: mum ... (born
    # ...) and her partner ... (born ...)".
    form = _body("Reporting a concern – child wellbeing (request for early help)\n\n"
                 "Child: Harris Kennedy, born 22/05/2019\n"
                 "Lives with: mum Shona Kennedy (born 08/01/1990) and her partner Jamie Reid "
                 "(born 19/09/1988), at 14 Birmingham Street, Halesowen, B63 3BL\n\n"
                 "Consent: Shona Kennedy and Jamie Reid both agreed to this being shared.\n")
    assert form is not None
    assert [(p.name, p.date_of_birth, p.consent.signed) for p in form.people] == [
        ("Harris Kennedy", D(2019, 5, 22), False), ("Shona Kennedy", D(1990, 1, 8), True),
        ("Jamie Reid", D(1988, 9, 19), True)]


def test_a_name_then_a_designation_is_a_professional_and_their_address_is_theirs() -> None:
    # UNOCINI Preliminary Assessment and Referral (A1): "1. Referral Information" with
    # Name | Designation | Address before the child's details.
    form = build_form(Content((
        Heading("1. Referral Information"),
        Table((("Name", "Grainne O'Neill"),
               ("Designation", "Education Welfare Officer, Education Authority"),
               ("Address", "40 Academy Street, Belfast BT1 2NQ"),
               ("Email", "grainne.oneill@eani.example.org.uk"))),
        Heading("2. Child/Young Person's Details"),
        Table((("Surname", "Forename(s)", "Date of Birth"), ("McCANN", "Aoife", "07/07/2012"))),
        Table((("Address", "12 Birmingham Road, Dudley"), ("Postcode", "DY1 4RN"))),
    ), title="UNOCINI Preliminary Assessment and Referral (A1)"))
    assert _lead(form) == ("Grainne O'Neill", "grainne.oneill@eani.example.org.uk")
    assert (form.address.postcode, form.postcode_doubt) == ("DY1 4RN", "")


def test_the_postcode_of_the_agency_that_referred_is_not_the_home() -> None:
    # Home-Start MESH referral form: "Referred by" with Name | Role | Agency | Address |
    # Postcode, the family's own postcode box left empty ("full address to follow").
    form = build_form(Content((
        Table((("Name of family", "Hughes"),
               ("Address", "Flat 2, new tenancy, Lye (full address to follow)"),
               ("Postcode", ""))),
        Heading("Referred by"),
        Table((("Date of referral", "3 November 2026"), ("Name", "Megan Foster"),
               ("Role", "Children's Centre Outreach Worker"),
               ("Agency", "Quarry Bank Children's Centre"), ("Address", "Thorns Road"),
               ("Postcode", "DY5 4AQ"), ("E mail", "megan.foster@centre.example.org.uk"))),
    ), title="Referral form"))
    assert form.address.postcode is None
    assert _lead(form) == ("Megan Foster", "megan.foster@centre.example.org.uk")


def test_a_table_of_professionals_gives_no_home_address() -> None:
    # Inter-Agency Referral form: the family's postcode only in a sentence; the GP's in a
    # "Name | Agency | Address | Telephone" table, under a heading no vocabulary names.
    for heading in ("What services are already working with the child / family?",
                    "Other information"):
        form = build_form(Content((
            Heading("Referrer"), Pair("Name", "Hollie Jennings"),
            Heading(heading),
            Table((("Name", "Agency", "Address", "Telephone"),
                   ("Dr Patel", "GP", "Wollaston Surgery, Stourbridge DY8 3NX", "01632 960754"))),
        ), title="Inter-Agency Referral"))
        assert form.address.postcode is None, heading


def test_the_person_requesting_assistance_under_a_service_title() -> None:
    # North Ayrshire Request for Assistance: "Named Person Service – Getting it right ..."
    # is the form's subtitle; "Section 1 – Person requesting assistance" is the author; the
    # parents' grid is headed "Parent / carer | Date of birth | Relationship".
    form = build_form(Content((
        "Named Person Service – Getting it right for every child in North Ayrshire",
        Heading("Section 1 – Person requesting assistance"),
        Table((("Name", "Morven Kerr", "Role", "Health Visitor (Named Person)"),
               ("Email", "morven.kerr@hv.example.nhs.uk", "Date of request", "10/11/2026"))),
        Heading("Section 2 – Child / young person and family"),
        Table((("Child's name", "Olivia Grant", "Date of birth", "14 February 2025"),)),
        Table((("Parent / carer", "Date of birth", "Relationship"),
               ("Nicole Grant", "3 March 2000", "Mother"))),
    ), title="Request for Assistance"))
    assert _lead(form) == ("Morven Kerr", "morven.kerr@hv.example.nhs.uk")
    assert [p.name for p in form.people] == ["Olivia Grant", "Nicole Grant"]


def test_a_household_typed_with_slashes_between_the_columns() -> None:
    # Edinburgh Wellbeing Concern Form typed into an email: "Forename / Surname / Date of
    # birth / Relationship" over one person a line; "Name: ... | Date of birth: ..." lines
    # are labelled answers, not a table.
    form = _body("WELLBEING CONCERN FORM\n\n1. Child\nForename: Rhys    Surname: FERGUSON    "
                 "Date of birth: 04/04/2012\nAddress: 48 Halesowen Road, Netherton, DY2 0AB\n\n"
                 "2. Parents / carers and others in the household\n"
                 "Forename / Surname / Date of birth / Relationship\n"
                 "Andrea / FERGUSON / 15/09/1980 / Mother\n"
                 "Stephen / FERGUSON / 03/06/1979 / Father\n")
    assert form is not None
    assert [(p.name, p.date_of_birth) for p in form.people] == [
        ("Rhys FERGUSON", D(2012, 4, 4)), ("Andrea FERGUSON", D(1980, 9, 15)),
        ("Stephen FERGUSON", D(1979, 6, 3))]


def test_a_named_person_given_only_as_a_role_to_be_confirmed_names_nobody() -> None:
    # Edinburgh Wellbeing Concern Form: the child's "Named Person | Head Teacher, new school
    # in Dudley (to be confirmed)"; the form's author is named later.
    form = _form(Heading("1. Child or young person"), Pair("Forename", "Eilidh"),
                 Pair("Named Person", "Head Teacher, new school in Dudley (to be confirmed)"),
                 Heading("3. Person completing this form"), Pair("Name", "Morag Sinclair"),
                 Pair("Designation", "Depute Head Teacher"),
                 Pair("Email", "morag.sinclair@school.example.sch.uk"))
    assert _lead(form) == ("Morag Sinclair", "morag.sinclair@school.example.sch.uk")


def test_a_relationship_word_before_a_name_in_a_sentence_is_not_part_of_it() -> None:
    # Redcar and Cleveland's The Link referral typed into a message: "Who else is living at
    # home? Mum Agnieszka Nowak (DOB 21/08/1983) and sister Zofia Nowak (DOB 06/07/2017)."
    form = _body("Referral\n\nName: Kacper Nowak\nDate of birth: 02/01/2011\n"
                 "Address: 4 Pear Tree Avenue, Brierley Hill DY5 3BB\n\n"
                 "Who else is living at home? Mum Agnieszka Nowak (DOB 21/08/1983) and sister "
                 "Zofia Nowak (DOB 06/07/2017).\n\nConsent from a parent/guardian: Agnieszka "
                 "Nowak (mum) gave consent on the phone on 19 May 2026.\n")
    assert form is not None
    assert [(p.name, p.consent.signed) for p in form.people] == [
        ("Kacper Nowak", False), ("Agnieszka Nowak", True), ("Zofia Nowak", False)]


def test_contact_names_under_referrer_details_and_the_referral_agency() -> None:
    # NSPCC DART referral: "Referrer details" with "Contact Name(s)"; the Prince's Trust
    # referral form: "Referral agency" with Name | Role | Email.
    for heading, label in (("Referrer details", "Contact Name(s)"), ("Referral agency", "Name")):
        form = _form(Heading("About the young person"), Pair("Name", "AKHTAR, Zain"),
                     Pair("Date of birth", "5 May 2010"), Heading(heading),
                     Pair(label, "Lorraine Hickman"), Pair("Role", "Careers Adviser"),
                     Pair("Email", "l.hickman@school.example.sch.uk"))
        assert _lead(form) == ("Lorraine Hickman", "l.hickman@school.example.sch.uk"), heading


def test_a_form_typed_into_a_message_is_led_by_its_sender_when_it_names_no_one() -> None:
    # Pembrokeshire health visiting referral typed into an email and signed off below.
    mail = ParsedMail(message_id="<a@b>", subject="Referral", sender="rhiannon.g@hv.example.net",
                      sender_name="Rhiannon Griffiths", to=(), date="", headers=(),
                      text_body="Early help referral\n\nChild: Ffion Davies, born 03/03/2024\n"
                      "Mother: Carys Davies, 12/12/1995\nAddress: 5 High Street, DY5 3BB\n\n"
                      "Rhiannon Griffiths\nHealth Visitor\n", html_body="", attachments=())
    form = next(r for r in body_results(mail) if isinstance(r, Form))
    assert _lead(form) == ("Rhiannon Griffiths", "rhiannon.g@hv.example.net")


def test_a_line_naming_the_familys_section_ends_the_referrers_details() -> None:
    # NSPCC DART referral as a flattened PDF: "Referrer details" (a Gillingham postcode),
    # then the line "Service user details/family composition" and the child's address.
    form = build_form(Content((
        "Referrer details",
        Table((("Contact Name(s):", "Martin Ellis", "Postcode:", "ME7 1EF"),)),
        "Service user details/family composition",
        Table((("Name of child being referred", "DOB"), ("Niamh O'Connor", "23/10/2013"))),
        Table((("Address of child being referred", "Flat 2, 7 Wellington Road, WV14 9AA"),)),
    ), title="Referral/Initial Information Record"))
    assert (form.address.postcode, form.lead_professional.name) == ("WV14 9AA", "Martin Ellis")
