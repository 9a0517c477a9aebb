"""More shapes real councils' forms take (issue 10), one test each, built here from the
shape of the published form named in the test. The reader's own behaviour tests; the
independent measure is tests/councils*/, written by someone who did not read the reader."""

from __future__ import annotations

import datetime as dt
from typing import Any

from parsers.files import body_results
from parsers.form import Form, Role
from parsers.layout import Content, Heading, Pair, Table
from parsers.mail.message import ParsedMail
from parsers.meaning.interpret import build_form
from tests.unit.reader_fixtures import fillable

D = dt.date


def _form(*blocks: Any) -> Form:
    return build_form(Content(tuple(blocks), title="Early Help Assessment"))


def _people(form: Form) -> list[tuple[str, dt.date | None, Role, bool]]:
    return [(p.name, p.date_of_birth, p.role, p.consent.signed) for p in form.people]


def test_a_children_table_headed_by_whom_it_lists() -> None:
    # Surrey Family Support referral: "Children / Young People | Date of birth | Gender | ...".
    form = _form(Heading("Family address"), Pair("Postcode", "DY5 1AA"),
                 Table((("Children / Young People", "Date of birth", "Gender", "School"),
                        ("Kieran Turner", "14/03/2011", "M", "Thorns Collegiate"),
                        ("Oscar Price", "05/01/2020", "M", "Quarry Bank Primary"))))
    assert [p[:2] for p in _people(form)] == [("Kieran Turner", D(2011, 3, 14)),
                                              ("Oscar Price", D(2020, 1, 5))]


def test_the_lead_professional_named_in_the_answer_to_a_team_around_question() -> None:
    # Surrey: "Is a TAF already in place? If so, ... name and agency of Lead Professional".
    form = _form(Heading("1. Referrer details"),
                 Table((("Name", "Hannah Wells", "Email", "h.wells@school.example.sch.uk"),)),
                 Heading("9. Is a Team Around the Family (TAF) already in place? If so, please "
                         "indicate name and agency of Lead Professional (if known)."),
                 Table((("Yes – TAF since January 2026. Lead Professional: Sophie Adeyemi, "
                         "Family Support Worker, Brierley Hill Family Hub "
                         "(sophie.adeyemi@hub.example.gov.uk, 01632 960 231)",),)))
    assert (form.lead_professional.name, form.lead_professional.email) == (
        "Sophie Adeyemi", "sophie.adeyemi@hub.example.gov.uk")


def test_guidance_that_mentions_risk_is_not_the_answer_and_any_yes_is_a_risk() -> None:
    # Suffolk MARF: guidance wraps over lines before the question is asked in a table.
    form = _form("Safeguarding concern If you believe that a child or young person may be at "
                 "imminent and significant risk of harm,",
                 "you should call the Customer First immediately and then complete this form",
                 Table((("Do you believe this child may be at imminent and significant risk of "
                         "harm?", "☒ Yes ☐ No"),)))
    assert form.risk_of_significant_harm is True


def test_a_signature_box_holding_its_own_signed_and_print_name_labels() -> None:
    # Wiltshire SARF: one cell "Signature of parent/carer: Signed: ... Print name: ... Date:".
    form = _form(Table((("Name", "Date of birth", "Relationship"),
                        ("Agnieszka Nowak", "21/03/1987", "Mother"),
                        ("Filip Nowak", "09/09/2014", "Son"))),
                 Heading("Consent"),
                 Table((("Signature of parent/carer:  Signed: A. Nowak      Print name: "
                         "AGNIESZKA NOWAK      Date: 12/03/2026",),
                        ("Signature of young person (if appropriate):  Signed:    Print name:"
                         "    Date:",))))
    assert [(p.name, p.consent.signed) for p in form.people] == [
        ("Agnieszka Nowak", True), ("Filip Nowak", False)]


def test_people_listed_as_the_answer_to_living_at_home() -> None:
    # Wiltshire SARF "Other family members": "Living at home | Jakub Nowak, brother, 02/02/2019".
    form = _form(Heading("Child / young person"),
                 Table((("Family name", "NOWAK", "First name(s)", "Filip"),
                        ("Date of birth", "09/09/2014", "Postcode", "DY8 2SE"))),
                 Heading("Other family members"),
                 Table((("Living at home", "Jakub Nowak, brother, 02/02/2019"),
                        ("Not living at home", "Piotr Nowak, father, 01/01/1980 - in Poland"))))
    assert [p[:3] for p in _people(form)] == [("Filip NOWAK", D(2014, 9, 9), Role.CHILD),
                                              ("Jakub Nowak", D(2019, 2, 2), Role.CHILD)]


def test_a_yes_for_the_parents_counts_only_where_the_form_has_no_signatures() -> None:
    family = Table((("Name", "Date of birth", "Relationship"),
                    ("Nicola Bates", "22/02/1985", "Mother"),
                    ("Craig Penn", "09/04/1985", "Step-father"),
                    ("Mason Bates", "01/04/2010", "Son")))
    # North Yorkshire URF: "Has parental consent been obtained? Yes", no signatures anywhere.
    asked = _form(family, Heading("Consent"), Pair("Has parental consent been obtained?", "Yes"),
                  Pair("Is the young person (13+) aware and has he/she consented?", "No"))
    assert [p.consent.signed for p in asked.people] == [True, True, False]
    # Kent IARF: "Do the parents/carers agree? YES" above a signature table: the table decides.
    signed = _form(family, Heading("Agreement to this referral"),
                   Table((("Do the parents/carers agree to this referral? YES / NO", "YES"),)),
                   Table((("Name", "Signature", "Date"),
                          ("Nicola Bates", "N Bates", "20/01/2026"))))
    assert [p.consent.signed for p in signed.people] == [True, False, False]


def test_a_form_typed_in_a_plain_email_with_surname_first_and_bracket_ticks() -> None:
    # Sutton CFCS referral fields pasted into an email body.
    body = "\n".join([
        "Referrer name:        Gail Thornton",
        "Email:                g.thornton@school.example.sch.uk",
        "Child(ren):",
        "  JACKSON, Tia          DOB 03/03/15    Year 5",
        "  JACKSON, Noah         DOB 25/12/17    Year 3",
        "Parent / carer:",
        "  JACKSON, Leanne       DOB 14/04/90    Mother",
        "Address:              9 Market Street, Kingswinford, dy6 7aa",
        "Has the family agreed to the referral?   Yes - Leanne Jackson spoke to me and is "
        "happy for the referral.",
        "How does your level of concern meet the LSCP Threshold Guidance?",
        "  Tier 1 [ ]    Tier 2 [X]    Tier 3 [ ]    Tier 4 [ ]",
    ])
    mail = ParsedMail(message_id="<a@b>", subject="Referral", sender="g@school.example",
                      sender_name="", to=(), date="", headers=(), text_body=body,
                      html_body="", attachments=())
    forms = [r for r in body_results(mail) if isinstance(r, Form)]
    assert forms
    form = forms[0]
    assert (form.address.postcode, form.level_of_need) == ("DY6 7AA", 2)
    assert [p[:2] for p in _people(form)] == [("Tia JACKSON", D(2015, 3, 3)),
                                              ("Noah JACKSON", D(2017, 12, 25)),
                                              ("Leanne JACKSON", D(1990, 4, 14))]
    assert [p.consent.signed for p in form.people] == [False, False, True]


_fillable = fillable


def test_fillable_grid_under_a_wrapped_heading_and_a_question_over_two_lines() -> None:
    # Surrey referral as a fillable PDF with Text1..TextN: "Children / Young" over "People"
    # heads the grid; "2. Has the family consented ... information" / "relating to it?".
    def draw(page: Any) -> None:
        page.setFont("Helvetica", 9)
        page.drawString(40, 780, "3. Family address")
        page.drawString(40, 762, "Postcode")
        page.acroForm.textfield(name="Text1", value="DY2 9HF", x=120, y=758, width=90,
                                height=14)
        page.drawString(40, 730, "2. Has the family consented to this referral and the sharing"
                        " of information")
        page.drawString(40, 720, "relating to it?")
        page.acroForm.textfield(name="Text2", value="Yes - discussed with Shannon Rafferty who"
                                " agreed", x=40, y=700, width=400, height=14)
        page.drawString(40, 670, "5. Children / Young People")
        page.drawString(40, 650, "Children / Young")
        page.drawString(160, 650, "Date of birth")
        page.drawString(260, 650, "Relationship")
        page.drawString(40, 641, "People")
        for row, (name, born, rel) in enumerate((("Shannon Rafferty", "30/11/1990", "Mother"),
                                                 ("Tyler Rafferty", "08/05/2009", "Son"))):
            y = 620 - 20 * row
            for column, (x, value) in enumerate(((40, name), (160, born), (260, rel))):
                page.acroForm.textfield(name=f"Text{10 + 3 * row + column}", value=value, x=x,
                                        y=y, width=95, height=14)
    form = _fillable(draw)
    assert _people(form) == [("Shannon Rafferty", D(1990, 11, 30), Role.ADULT, True),
                             ("Tyler Rafferty", D(2009, 5, 8), Role.CHILD, False)]
    assert form.address.postcode == "DY2 9HF"


def test_a_service_request_and_a_contact_form_are_referrals() -> None:
    # St Helens "Service Request Form"; Portsmouth "Inter-Agency Contact Form".
    for title in ("St. Helens Service Request Form", "Inter-Agency Contact Form"):
        form = build_form(Content((title, Pair("Postcode", "DY1 2QP")), title=title))
        assert form.form_type.value == "early_help_assessment", title


def test_a_police_officers_rank_and_number_are_not_their_name() -> None:
    form = _form(Heading("1. Your details"),
                 Table((("Name", "PC 4471 Daniel Okoro", "Email", "daniel.okoro@police.example"),)))
    assert form.lead_professional.name == "Daniel Okoro"


def test_the_lead_practitioner_for_an_existing_assessment_and_a_ticked_agreement_table() -> None:
    # Leicester EHA referral (flattened): section titles are plain lines.
    form = _form("Referrer",
                 Table((("Name", "Priya Mistry", "Email", "p.mistry@school.example.sch.uk"),)),
                 "Lead Practitioner for the existing EHA (if different from referrer)",
                 Table((("Name", "Oliver Grant", "Email", "o.grant@school.example.sch.uk"),)),
                 "Family",
                 Table((("Name", "DOB", "Relationship"), ("Natalie Roberts", "16/08/91", "Mother"),
                        ("Jayden Roberts-Wood", "05/05/16", "Son"))),
                 "Agreement",
                 Table((("Parent / carer", "Agrees to this referral and to information sharing",
                         "Date"), ("Natalie Roberts", "✓", "09/03/26"))))
    assert form.lead_professional.email == "o.grant@school.example.sch.uk"
    assert [p.consent.signed for p in form.people] == [True, False]


def test_the_practitioner_completing_it_then_the_family_home_address() -> None:
    # Sheffield whole-family EHA: the family's address straight after the author's details.
    form = _form(Heading("Assessment details"),
                 Table((("Practitioner completing the assessment", "Deborah Kaye", "Email",
                         "deborah.kaye@hub.example.gov.uk"),)),
                 Table((("Family home address", "2 Collis Street, Stourbridge DY8 1AA"),)))
    assert (form.lead_professional.name, form.address.postcode) == ("Deborah Kaye", "DY8 1AA")


def test_a_referrer_table_as_wide_as_the_family_table_after_a_title_line() -> None:
    # Norfolk CADS referral (flattened): "Referrer" then a four-column table of their details.
    form = _form(Table((("Name", "DOB", "Relationship", "Address"),
                        ("Tyler-James Evans", "15/03/2014", "Child", "88 Vicarage Road DY9 0QQ"))),
                 "Referrer",
                 Table((("Name", "Simon Ayres", "Role", "DSL"),
                        ("School", "Pedmore College", "Email", "s.ayres@college.example.sch.uk"))))
    assert [p.name for p in form.people] == ["Tyler-James Evans"]
    assert form.lead_professional.email == "s.ayres@college.example.sch.uk"


def test_the_parent_aware_and_agreeing_with_no_signatures() -> None:
    # Westminster targeted early help referral: "Parent aware and agrees to referral? YES - ...".
    form = _form(Table((("NAME", "DOB", "RELATIONSHIP"), ("LIAM O'CONNOR", "11/07/2013", "Son"),
                        ("SIOBHAN O'CONNOR", "08/08/1987", "Mother"))),
                 Table((("Parent aware and agrees to referral?",
                         "YES - Siobhan O'Connor agreed on 19/02/2026"),)))
    assert [p.consent.signed for p in form.people] == [False, True]


def test_a_fillable_consent_row_whose_agreement_box_is_named_for_it() -> None:
    # Lincolnshire EHA/TAC: "Consent 1" ("I agree") beside "Consent name 1" and "Consent date 1"
    # under printed headings "Name" and "Date" only.
    def draw(page: Any) -> None:
        page.setFont("Helvetica", 9)
        page.drawString(40, 780, "Postcode")
        page.acroForm.textfield(name="Postcode", value="DY5 3BB", x=120, y=776, width=90,
                                height=14)
        page.drawString(40, 750, "Name")
        page.drawString(200, 750, "DOB")
        page.drawString(300, 750, "Relationship")
        for row, (name, born, rel) in enumerate((("Craig Millward", "11/07/1979", "Father"),
                                                 ("Sophie Millward", "04/04/2013", "Daughter"))):
            y = 730 - 20 * row
            for x, field, value in ((40, "Name", name), (200, "DOB", born),
                                    (300, "Relationship", rel)):
                page.acroForm.textfield(name=f"{field} {row + 1}", value=value, x=x, y=y,
                                        width=95, height=14)
        page.drawString(40, 660, "Consent")
        page.drawString(40, 640, "I/We agree to this assessment")
        page.drawString(240, 640, "Name")
        page.drawString(400, 640, "Date")
        page.acroForm.textfield(name="Consent 1", value="I agree", x=40, y=620, width=150,
                                height=14)
        page.acroForm.textfield(name="Consent name 1", value="Craig Millward", x=240, y=620,
                                width=150, height=14)
        page.acroForm.textfield(name="Consent date 1", value="03/02/2026", x=400, y=620,
                                width=90, height=14)
    form = _fillable(draw)
    assert [(p.name, p.consent.signed) for p in form.people] == [
        ("Craig Millward", True), ("Sophie Millward", False)]


def test_numbered_people_two_to_a_row_with_who_they_are_after_a_dash() -> None:
    # Manchester MCAF registration: "1 | Ruby Doyle – sister, lives with Amelia | D.O.B | ..."
    # and a second parent whose own postcode is not the home's.
    form = _form(Heading("Part 1: Details of the child or young person"),
                 Table((("Name of child/young person", "Amelia Doyle", "Postcode", "DY5 2HT"),
                        ("Date of birth", "19/05/2016", "", ""))),
                 Heading("Part 2: Details of parents/carers"),
                 Table((("Name of parent/carer", "Kirsty Doyle", "Post code", "DY5 2HT"),)),
                 Table((("Name of parent/carer", "Liam Doyle", "Post code", "WS10 8QT"),)),
                 "Other people who live at this address (siblings, significant adults).",
                 Table((("1", "Ruby Doyle – sister, lives with Amelia", "D.O.B", "02/09/2019",
                         "2", "Kenneth Price – maternal grandfather, lives with Amelia", "D.O.B",
                         "14/01/1958"),
                        ("3", "Liam Doyle – dad, does not live with Amelia", "D.O.B", "", "4",
                         "", "D.O.B", ""))))
    assert [p[:2] for p in _people(form)] == [
        ("Amelia Doyle", D(2016, 5, 19)), ("Kirsty Doyle", None), ("Ruby Doyle", D(2019, 9, 2)),
        ("Kenneth Price", D(1958, 1, 14))]
    assert (form.address.postcode, form.postcode_doubt) == ("DY5 2HT", "")


def test_fillable_numbered_boxes_a_signature_box_and_parents_in_the_childs_details() -> None:
    # Manchester MCAF as a fillable form: "1" = "Mason Hughes (brother, lives with Tyler)";
    # South Tyneside EHA: "Parent/Carers Name(s)" among the child's "Personal Details".
    form = _form(Heading("Personal Details"), Pair("Full Name", "Tyler Hughes"),
                 Pair("DOB", "03/02/2012"), Pair("Postcode", "DY9 0QQ"),
                 Pair("Parent/Carers Name(s)", "Danielle Hughes"),
                 Heading("Other people who live at this address"),
                 Pair("1", "Mason Hughes (brother, lives with Tyler)"), Pair("DOB", "11/07/2009"),
                 Heading("Consent"), Pair("Signature of parent/carer", "D Hughes"),
                 Pair("Date", "22/04/2026"))
    assert [(p.name, p.role, p.consent.signed) for p in form.people] == [
        ("Tyler Hughes", Role.CHILD, False), ("Danielle Hughes", Role.ADULT, True),
        ("Mason Hughes", Role.CHILD, False)]


def test_a_narrative_wrapped_over_lines_with_a_time_and_labels_inside_it() -> None:
    # East Sussex Statement of referral (flattened): the answer to "Why are you worried ...?"
    # wraps; "My risk assessment: ..." and "at 09:20" inside it are no labels.
    form = _form("4. Why are you worried about this child / family? What is your risk "
                 "assessment for them?",
                 "Alfie said in March that Dean locks",
                 "us in the bedroom. My risk assessment: Lily is at risk of significant harm",
                 "tonight. Child protection concern reported by phone to SPoA at 09:20.",
                 "About you", "Name: Claire Nolan", "Email: claire.nolan@clinic.example.nhs.uk")
    assert "at risk of significant harm" in form.free_text
    assert "09:20" in form.free_text
    assert (form.lead_professional.name, form.lead_professional.email) == (
        "Claire Nolan", "claire.nolan@clinic.example.nhs.uk")


def test_people_who_live_elsewhere_a_stated_level_and_agreement_by_first_name() -> None:
    # East Sussex: "3a. ... who live elsewhere"; "Continuum of Need: Level 3" in the narrative;
    # "Who in the family is aware of this referral?" answered naming mum and Kyle.
    form = _form(Heading("1.Child / young person you are concerned about"),
                 Table((("Full name", "KYLE BAKER", "Date of Birth", "17/12/2010"),
                        ("Address", "31 Cedar Road, Netherton, Dudley DY2 0AB", "", ""))),
                 Heading("3. Adults you are aware of in the household"),
                 Table((("Full name", "Gender", "Relationship"), ("Joanne Baker", "F", "Mother"))),
                 Heading("3a. Any other significant adults, children or young people who live "
                         "elsewhere"),
                 Table((("Full name", "Gender", "Relationship"), ("Anthony Baker", "M", "Father"))),
                 Heading("4. Why are you worried about this child / family?"),
                 Table((("Continuum of Need: Level 3 (targeted). Kyle cares for his brother.",),)),
                 Heading("7. Who in the family is aware of this referral? What do they think "
                         "about this referral being made?"),
                 Table((("Joanne Baker (mum) and Kyle (15) are both aware and both agreed to "
                         "this referral.",),)))
    assert [(p.name, p.consent.signed) for p in form.people] == [("KYLE BAKER", True),
                                                                ("Joanne Baker", True)]
    assert form.level_of_need == 3


def test_the_family_address_under_parents_and_other_adults_in_the_household() -> None:
    # Sunderland Early Help registration: the family's address after "Section B – Parents /
    # carers and other adults in the household".
    form = _form(Heading("Section B – Parents / carers and other adults in the household"),
                 Table((("Full name", "Date of birth", "Relationship to children"),
                        ("Michelle Robson", "12/03/1985", "Mother"))),
                 Table((("Family address", "44 Kingswinford Road, Wall Heath", "Postcode",
                         "DY6 0LQ"),)))
    assert form.address.postcode == "DY6 0LQ"


def test_a_placeholder_name_people_by_number_and_a_consent_question_over_its_answer() -> None:
    # Medway online referral, as pasted into an email: "Full name: (not given)", "Child 1:
    # Oliver Fletcher  DOB 13/01/2013", "Has the parent or carer agreed ...?" over "Yes - ...".
    form = _form("About you", "Your name: Nadia Begum", "Email: n.begum@school.example.sch.uk",
                 "The family", "Main address: 68 Himley Road, Gornal Wood, Dudley",
                 "Postcode: DY3 2DE", "Parent or carer 1", "Full name: Adam Fletcher",
                 "Date of birth: 21/08/1984", "Relationship: Father", "Parent or carer 2",
                 "Full name: (not given)", "Child 1:  Oliver Fletcher   DOB 13/01/2013   Year 8",
                 "Has the parent or carer agreed to this referral?",
                 "Yes - Adam Fletcher agreed on 18/03/2026 at a meeting in school.")
    assert [(p.name, p.consent.signed) for p in form.people] == [
        ("Adam Fletcher", True), ("Oliver Fletcher", False)]
    assert form.address.postcode == "DY3 2DE"


def test_a_transfer_to_early_help_is_a_step_down_and_its_lead_practitioner() -> None:
    # Wakefield "Transfer to Early Help Team – Transfer Summary" from a social worker.
    form = build_form(Content((
        Heading("Transfer to Early Help Team – Transfer Summary"),
        Table((("Home address", "27 Pedmore Road, Lye, Stourbridge DY9 7AA"),)),
        Heading("Worker taking on responsibility for the case"),
        Table((("Early Help Practitioner (Lead Practitioner)", "Ryan Osei", "Email",
                "ryan.osei@earlyhelp.example.gov.uk"),)),
        Heading("Completed by"),
        Table((("Social worker", "Beth Manning", "Email", "beth.manning@csc.example.gov.uk"),)),
    ), title="Transfer to Early Help Team – Transfer Summary"))
    assert form.form_type.value == "step_down"
    assert form.lead_professional.email == "ryan.osei@earlyhelp.example.gov.uk"


def test_labels_above_answers_in_a_one_column_table_and_options_are_no_labels() -> None:
    # Birmingham request for early help support: one column, each label over its answer;
    # Harrow MASH: "☒ Concern: child likely to ... suffering significant harm" is a choice.
    form = _form(Table((("☐ Request: child in need / early support",),
                        ("☒ Concern: child likely to or currently suffering significant harm",))),
                 Heading("About you"),
                 Table((("Your name and role",), ("Sanjay Mehta, Parent Support Adviser",),
                        ("Email and telephone",), ("s.mehta@school.example.sch.uk – 01632 960",))),
                 Heading("About the family"),
                 Table((("Family address including postcode",),
                        ("10 Oak Road, Sedgley, Dudley DY3 1AB",))))
    assert (form.lead_professional.name, form.lead_professional.email) == (
        "Sanjay Mehta", "s.mehta@school.example.sch.uk")
    assert form.address.postcode == "DY3 1AB"
    assert form.risk_of_significant_harm is True
    assert "significant harm" not in form.free_text


def test_a_salutation_is_not_the_title_and_a_competent_young_person_signs() -> None:
    form = build_form(Content(("Hi Early Help team,", "Internal request from the Children's Hub",
                               "Postcode: DY9 0QQ")))
    assert form.form_type.value == "internal_request"
    # Derbyshire EHA agreement rows: "Competent young person | Jack Green | Signature | JACK".
    signed = _form(Table((("Full name", "Date of birth", "Relationship"),
                          ("Jack Green", "12/12/2011", "Son"))),
                   Heading("Section 4: Agreement"),
                   Table((("Competent young person", "Jack Green", "Signature", "JACK", "Date",
                           "24/02/2026"),)))
    assert [p.consent.signed for p in signed.people] == [True]


def test_one_column_per_person_under_numbered_headings() -> None:
    # Stoke-on-Trent whole-family EHA: "| Person 1 | Person 2 | ..." and what each is asked.
    form = _form(Table((("", "Person 1", "Person 2", "Person 3"),
                        ("Name", "Zainab Hussain", "Hamza Hussain", "Nasreen Bibi"),
                        ("Date of birth", "12/05/1986", "20/10/2013", ""),
                        ("Relationship to child", "Mother", "Son", "Grandmother"),
                        ("Lives at the family address?", "Yes", "Yes", "No – Walsall"),
                        ("Parental responsibility?", "Yes", "–", "No"),
                        ("School / work", "–", "Sutton Academy Y7", "–"))))
    assert [p[:3] for p in _people(form)] == [("Zainab Hussain", D(1986, 5, 12), Role.ADULT),
                                              ("Hamza Hussain", D(2013, 10, 20), Role.CHILD)]


def test_a_mash_outcome_typed_in_an_email_with_its_household_in_columns() -> None:
    # Nottinghamshire MASH step-across, typed as a letter: "To:/From:" lines, a family
    # table lined up with spaces, a consent sentence wrapped onto the next line.
    body = "\n".join([
        "To: Early Help Front Door (Family Service)",
        "From: MASH - Children's Social Care",
        "",
        "INTERNAL REQUEST FOR FAMILY SERVICE SUPPORT (MASH outcome)",
        "MASH social worker:    Kirsty Vaughan  (k.vaughan@mash.example.gov.uk, 01632 960 477)",
        "Family address: 60 High Street, Quarry Bank, Brierley Hill DY5 1AA",
        "Household:",
        "  SURNAME     Forename    DOB          Relationship",
        "  ADEYEMI     Funmi       14/07/1988   Mother",
        "  ADEYEMI     Tobi        22/02/2012   Son",
        "Consent: Funmi Adeyemi gave consent by phone to the MASH social worker on 03/11/2026",
        "for the referral. Tobi (14) was spoken to at",
        "school on 03/11/2026 and agreed.",
    ])
    mail = ParsedMail(message_id="<a@b>", subject="Referral", sender="mash@council.example",
                      sender_name="", to=(), date="", headers=(), text_body=body,
                      html_body="", attachments=())
    form = next(r for r in body_results(mail) if isinstance(r, Form))
    assert form.form_type.value == "internal_request"
    assert (form.address.postcode, form.lead_professional.name, form.lead_professional.phone) == (
        "DY5 1AA", "Kirsty Vaughan", "")
    assert [(p.name, p.date_of_birth, p.consent.signed) for p in form.people] == [
        ("Funmi ADEYEMI", D(1988, 7, 14), True), ("Tobi ADEYEMI", D(2012, 2, 22), True)]


def test_request_for_family_help_and_who_agreed() -> None:
    # Warwickshire "Request for Family Help": "Who agreed? | Abena Boateng (mother) and Marcus".
    form = build_form(Content((
        Heading("Request for Family Help – submission copy"),
        Table((("Postcode", "DY8 1AA"),)),
        Table((("Name", "Date of birth", "Relationship"), ("Marcus Boateng", "14/01/2009",
                                                           "Young person (referred)"),
               ("Abena Boateng", "30/06/1981", "Mother"))),
        Heading("Consent"),
        Table((("Who agreed?", "Abena Boateng (mother) and Marcus (17) in a meeting"),)),
    ), title="Request for Family Help – submission copy"))
    assert form.form_type.value == "early_help_assessment"
    assert [p.consent.signed for p in form.people] == [True, True]


def test_fillable_level_boxes_a_lives_box_and_guidance_under_a_lead_label() -> None:
    # West Sussex request for support (fillable): "Level 2" box ticked; "Household 3 lives"
    # = "No - Crawley"; Middlesbrough: guidance printed under "Lead practitioner (if
    # different)" is not the lead's name; Lewisham: "Level on the Continuum of Need".
    def draw(page: Any) -> None:
        page.setFont("Helvetica", 9)
        for y, (name, value) in enumerate((("Level 1", ""), ("Level 2", "Yes"),
                                           ("Postcode", "DY5 1AA"),
                                           ("Household 1 name", "Kerry Jukes"),
                                           ("Household 1 DOB", "08/05/1992"),
                                           ("Household 2 name", "Nathan Smith"),
                                           ("Household 2 lives", "No - Crawley RH10"))):
            page.acroForm.textfield(name=name, value=value, x=200, y=760 - 20 * y, width=150,
                                    height=14)
    form = _fillable(draw)
    assert form.level_of_need == 2
    assert [p.name for p in form.people] == ["Kerry Jukes"]
    lead = _form("Practitioner completing the assessment",
                 Table((("Name", "Natasha Pearce", "Email", "n.pearce@centre.example.org.uk"),)),
                 "Lead practitioner (if different)",
                 "A lead practitioner should co-ordinate the activity around the family.",
                 Table((("Name", "Gareth Lumb", "Email", "g.lumb@school.example.sch.uk"),)),
                 Table((("Level on the Continuum of Need", "Level 2 – additional needs"),)))
    assert (lead.lead_professional.name, lead.level_of_need) == ("Gareth Lumb", 2)


def test_support_networks_not_living_in_the_household_and_who_lives_here() -> None:
    form = _form(Heading("Who lives in the household?"),
                 Table((("Name", "DOB", "Relationship", "Lives here?"),
                        ("Efua Mensah", "25/06/1982", "Mother", "Yes"),
                        ("Gavin Bell", "05/05/1983", "Father", "No – Middlesbrough"))),
                 Heading("Support networks (not living in the household)"),
                 Table((("Name", "Relationship", "Where"), ("Abena Owusu", "Maternal aunt",
                                                           "Lewisham"))))
    assert [p.name for p in form.people] == ["Efua Mensah"]


def test_parents_including_those_elsewhere_a_dash_for_the_same_address_and_a_notes_column() -> None:
    # Reading CSPoA: "Parents/carers (including those that do not live in the same
    # household)" with "Address if not the child's home address" = "–"; Thurrock CAF:
    # "Surname differs? Please explain" is a note, not the surname.
    form = _form(Heading("3. Child/young person details"),
                 Table((("First name", "Last name", "Date of birth"), ("Ellie", "Webb",
                                                                      "19/02/2013"))),
                 Table((("Home address", "5 Bowling Green Road, Stourbridge", "Postcode",
                         "DY8 2SE"),)),
                 Heading("4. Parents/carers (including those that do not live in the same "
                         "household)"),
                 Table((("Name", "Date of birth", "Relationship",
                         "Address if not the child's home address"),
                        ("Charlotte Webb", "03/06/1989", "Mother", "–"),
                        ("Lee Webb", "25/01/1987", "Father", "22 Oxford Road, Reading RG1 7QE"))),
                 Table((("Name", "Date of birth", "Relationship",
                         "Surname differs? Please explain"),
                        ("Aaron Whitfield", "05/05/1989", "Step-father", "Mum's husband"))))
    assert [p.name for p in form.people] == ["Ellie Webb", "Charlotte Webb", "Aaron Whitfield"]


def test_a_family_row_whose_name_cannot_be_read_holds_the_form() -> None:
    form = _form(Table((("Name", "Date of birth", "Relationship"),
                        ("Stacey Green", "17/09/1991", "Mother"),
                        ("Aaron Whitfield Mum's husband since 2022", "05/05/1989",
                         "Step-father"))))
    assert any(w.startswith("a household member's row could not be read") for w in form.warnings)


def test_a_named_person_a_map_lead_a_dash_for_no_signature_and_girfec() -> None:
    # Falkirk GIRFEC Form 1: "Named Person" heads the lead's details; Halton MAP: "MAP lead";
    # North Tyneside: "–" in a signature row is no signature.
    form = build_form(Content((
        Heading("Form 1 – The Child or Young Person and Family Profile"),
        "Integrated Assessment Framework – Getting it Right for Every Child",
        Table((("Forename", "Lewis", "Surname", "McAllister"), ("Date of birth", "03/08/2014",
                                                               "Postcode", "DY1 1AA"))),
        Heading("Named Person"),
        Table((("Name", "Fiona Baird", "Email", "f.baird@school.example.sch.uk"),)),
        Heading("Family members living with the child"),
        Table((("Name", "Relationship", "Date of birth", "Agrees (signature)"),
               ("Karen McAllister", "Mother", "10/10/1983", "K McAllister"),
               ("Eilidh McAllister", "Sister", "17/05/2010", "–"))),
    ), title="Form 1 – The Child or Young Person and Family Profile"))
    assert form.form_type.value == "early_help_assessment"
    assert form.lead_professional.name == "Fiona Baird"
    assert [p.consent.signed for p in form.people] == [False, True, False]
    halton = _form(Heading("MAP lead"), Table((("Name", "Louise Hartley", "Email",
                                                "l.hartley@hub.example.gov.uk"),)))
    assert halton.lead_professional.name == "Louise Hartley"


def test_a_nominating_partner_and_a_coordinator_proposed_as_lead() -> None:
    # Torbay Supporting Families partner nomination: "Nominating partner", then "Will you
    # take on the role of Targeted Help Coordinator (lead professional)? | No – Targeted
    # Help Coordinator proposed: Simon Yates, ..."; Westmorland and Furness: "TAF
    # coordinator (lead practitioner) identified at first TAF | Dev Patel, ...".
    form = _form(Heading("Nominating partner"),
                 Table((("Name", "Rachel Dunn", "Email", "rachel.dunn@ews.example.gov.uk"),)),
                 Table((("Will you take on the role of Targeted Help Coordinator (lead "
                         "professional)?", "No – Targeted Help Coordinator proposed: Simon "
                         "Yates, Family Support Worker (simon.yates@hub.example.gov.uk)"),)))
    assert (form.lead_professional.name, form.lead_professional.email) == (
        "Simon Yates", "simon.yates@hub.example.gov.uk")
    taf = _form(Heading("Nominating partner"),
                Table((("Name", "Laura Fisher", "Email", "l.fisher@eh.example.gov.uk"),)),
                Table((("TAF coordinator (lead practitioner) identified at first TAF",
                        "Dev Patel, Head of Year 9 – dev.patel@school.example.sch.uk"),)))
    assert (taf.lead_professional.name, taf.lead_professional.email) == (
        "Dev Patel", "dev.patel@school.example.sch.uk")


def test_a_police_concern_typed_in_a_message_and_forenames_under_a_family_surname() -> None:
    # Highland police child concern form in a message: "Children:" over the children,
    # "Fiona Robertson (mother) DOB 15/09/1988", "Officer: Neil Munro (Sergeant 2231)".
    body = "\n".join([
        "CHILD CONCERN FORM (Police) - wellbeing concern, not child protection",
        "Children:", "Name: Lewis Robertson   DOB: 19/12/2016",
        "Home address: 18 Vicarage Road, Wollaston, Stourbridge, DY8 2SE",
        "Adults at the address:", "Fiona Robertson (mother) DOB 15/09/1988",
        "Consent: Fiona Robertson consented to information being shared with early help.",
        "Officer: Neil Munro (Sergeant 2231), Stourbridge Police Station",
        "Email: neil.munro@police.example.uk"])
    mail = ParsedMail(message_id="<a@b>", subject="Concern", sender="police@example.uk",
                      sender_name="", to=(), date="", headers=(), text_body=body,
                      html_body="", attachments=())
    form = next(r for r in body_results(mail) if isinstance(r, Form))
    assert [(p.name, p.role, p.consent.signed) for p in form.people] == [
        ("Lewis Robertson", Role.CHILD, False), ("Fiona Robertson", Role.ADULT, True)]
    assert form.lead_professional.name == "Neil Munro"
    # Central Bedfordshire EHA: "Family surname | KHAN" above "Forename | Date of birth".
    khan = _form(Table((("Family surname", "KHAN", "", ""),
                        ("Forename", "Date of birth", "Relationship", "School"),
                        ("Farah", "05/12/1983", "Mother", ""),
                        ("Zain", "20/02/2011", "Son", "Thorns Academy"))))
    assert [p.name for p in khan.people] == ["Farah Khan", "Zain Khan"]


def test_a_yes_that_names_whom_consents_only_for_them() -> None:
    # Isle of Man referral: "Have the parents/carers given informed consent ...? | YES –
    # mother (Nicola Corlett) only": the step-father has not consented.
    family = Table((("Forename(s)", "Surname", "D.o.B", "Relationship"),
                    ("Nicola", "CORLETT", "30/04/1983", "Mother (PR)"),
                    ("Darren", "SKILLICORN", "12/08/1979", "Step-father")))
    form = _form(family, Table((("Have the parents/carers given informed consent for the "
                                 "referral? YES/NO", "YES – mother (Nicola Corlett) only"),)))
    assert [p.consent.signed for p in form.people] == [True, False]
    # Barnet MASH: "Does the family consent? | Yes – mother and father".
    both = _form(Table((("Name", "Date of birth", "Relationship"),
                        ("Petra Novak", "12/06/1991", "Mother"),
                        ("Marek Novak", "08/01/1989", "Father"))),
                 Table((("Does the family consent?", "Yes – mother and father"),)))
    assert [p.consent.signed for p in both.people] == [True, True]


def test_a_form_titled_a_referral_and_a_lead_with_a_title() -> None:
    # Windsor and Maidenhead "Family Hub Service – Referral"; UNOCINI "Preliminary Assessment
    # and Referral" (Northern Ireland); Haringey: "Ms Ayse Yilmaz" is Ayse Yilmaz.
    for title in ("Family Hub Service – Referral", "UNOCINI Preliminary Assessment and Referral"):
        form = build_form(Content((Heading(title), Pair("Postcode", "DY5 1AA")), title=title))
        assert form.form_type.value == "early_help_assessment", title
    lead = _form(Heading("Referrer details"),
                 Table((("Name", "Ms Ayse Yilmaz", "Email", "a.yilmaz@school.example.sch.uk"),)))
    assert lead.lead_professional.name == "Ayse Yilmaz"


def test_a_fillable_forms_printed_sentences_are_read_after_its_boxes() -> None:
    # West Berkshire early help request as a fillable PDF whose level and consent were
    # typed onto the page, not into boxes; the form's title is no level.
    def draw(page: Any) -> None:
        page.setFont("Helvetica-Bold", 12)
        page.drawString(40, 800, "Level 2 request for support form")
        page.setFont("Helvetica", 9)
        page.drawString(40, 770, "Child's name")
        page.acroForm.textfield(name="Child's name", value="Isabelle Hurst", x=160, y=766,
                                width=200, height=14)
        page.drawString(40, 750, "Date of birth")
        page.acroForm.textfield(name="Date of birth", value="03/11/2018", x=160, y=746,
                                width=200, height=14)
        page.drawString(40, 730, "Parent's name")
        page.acroForm.textfield(name="Parent's name", value="Lauren Hurst", x=160, y=726,
                                width=200, height=14)
        page.drawString(40, 710, "Parent's date of birth")
        page.acroForm.textfield(name="Parent's date of birth", value="22/04/1991", x=160,
                                y=706, width=200, height=14)
        page.setFont("Helvetica-Bold", 11)
        page.drawString(40, 680, "Section E – Consent")
        page.setFont("Helvetica", 9)
        page.drawString(40, 664, "Lauren Hurst agrees to this referral and to information being "
                        "shared. Signed: L Hurst 16/06/2026")
    form = _fillable(draw)
    assert form.level_of_need is None
    assert [(p.name, p.consent.signed) for p in form.people] == [("Isabelle Hurst", False),
                                                                ("Lauren Hurst", True)]
