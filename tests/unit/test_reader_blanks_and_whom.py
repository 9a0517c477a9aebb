"""Shapes read from the eleventh held-out set and what was left of the tenth (issue 10):
printed fill-in lines, people said to live at home in any answer, a person named under a
label that says only whom, consent tables whose columns are what was agreed. Each test is
built here from the shape of the published form it names; the independent measure is
tests/councils*/."""

from __future__ import annotations

import datetime as dt

from parsers.files import body_results
from parsers.form import Form
from parsers.layout import Heading, Pair, Table
from parsers.mail.message import ParsedMail
from parsers.meaning.people.cells import is_a_name
from parsers.meaning.printed_lines import line_pieces
from parsers.meaning.values import parse_level, parse_yes_no
from tests.unit.reader_fixtures import form_of, people_of

D = dt.date


_form = form_of
_people = people_of


def test_each_printed_fill_in_line_keeps_its_own_answer() -> None:
    # Pointers Young Carers Project referral: "Name ___…___ Agency ___…___" on one line.
    assert line_pieces("Name ___Donald Sutherland___ Agency ___Holly Hall Academy___") == [
        "Name ___Donald Sutherland___", "Agency ___Holly Hall Academy___"]
    assert line_pieces("Address ___as above___ Postcode ______ Tel ___07700 900831___") == [
        "Address ___as above___", "Postcode ______", "Tel ___07700 900831___"]
    assert line_pieces("Name ____ Agency ____") == ["Name ____ Agency ____"]  # none filled
    form = _form("Full Name ___Lewis Maciver___",
                 "D.O.B. ___20/10/2010___ Age ___15___",
                 "Referrer Information:",
                 "Name ___Sarah Evans___ Agency ___The Dormston School___",
                 "Job Title ___Designated Safeguarding Lead___ Date ___06/10/2026___")
    assert form.lead_professional.name == "Sarah Evans"


def test_someone_an_answer_says_lives_at_home_is_a_household_member() -> None:
    # Young carers forms: "Who do they help to care for?" answered with a brother at home.
    form = _form(Heading("Young person"), Pair("Full Name", "Lewis Maciver"),
                 Pair("D.O.B.", "20/10/2010"),
                 Pair("Who do they help to care for?",
                      "His brother Finlay Maciver (DOB 15/05/2016, lives at home), autism"),
                 Pair("Is there anyone else they care for?",
                      "Their uncle Rory Maciver (DOB 01/01/1970, lives in Inverness)"))
    names = [p[0] for p in _people(form)]
    assert "Finlay Maciver" in names
    assert "Rory Maciver" not in names


def test_a_bracketed_relationship_may_say_more_before_the_date_of_birth() -> None:
    # A family listed in a message: "Brenda Roberts (maternal grandmother, lives with
    # them), DOB 03/03/1965": she is an adult at home who must consent.
    form = _form("Living in the household:",
                 "- Jade Roberts (mum), DOB 19/05/1998",
                 "- Brenda Roberts (maternal grandmother, lives with them), DOB 03/03/1965",
                 "- Kayden Roberts, DOB 10/10/2019")
    assert ("Brenda Roberts", D(1965, 3, 3), False) in _people(form)


def test_a_label_that_says_only_whom_names_a_person() -> None:
    # ABEL referral form: "Young person | BOOTH, Tyler", "Parent/carer | BOOTH, Sharon (mum)
    # 30/08/1979", each followed by their other answers.
    form = _form(Heading("1. General Information"),
                 Pair("Young person", "BOOTH, Tyler"), Pair("D.O.B.", "11/01/2010"),
                 Pair("Parent/carer", "BOOTH, Sharon (mum) 30/08/1979"),
                 Pair("Others at home", "BOOTH, Alan (grandad) 04/04/1951"))
    people = {p[0]: p[1] for p in _people(form)}
    assert people == {"Tyler Booth": D(2010, 1, 11), "Sharon Booth": D(1979, 8, 30),
                      "Alan Booth": D(1951, 4, 4)}


def test_a_label_that_says_only_whom_is_no_name_itself() -> None:
    form = _form(Pair("Young person", "Mason Whitehouse"), Pair("Date of birth", "02/09/2010"),
                 Pair("Parent/carer", "Not involved"),
                 "Date referral received (scheme use) 10/06/2026")
    assert [p[0] for p in _people(form)] == ["Mason Whitehouse"]


def test_a_table_headed_by_who_lives_at_home_lists_the_household() -> None:
    # ABEL: "Other people living at the home address | Relationship | Date of birth".
    form = _form(Pair("Young person's name", "Mason Whitehouse"),
                 Pair("Date of birth", "02/09/2010"),
                 Table((("Other people living at the home address", "Relationship",
                         "Date of birth"),
                        ("Kelly Whitehouse", "Mother", "19/03/1987"),
                        ("Ruby Whitehouse", "Sister", "25/06/2016"))))
    assert [p[0] for p in _people(form)] == ["Mason Whitehouse", "Kelly Whitehouse",
                                            "Ruby Whitehouse"]


def test_a_consent_table_whose_columns_are_what_was_agreed() -> None:
    # ABEL: "| Permission for this referral has been given | Consent to information being
    # shared | Date" over "Parent/carer | N. Rahman | N. Rahman | 29/09/2026".
    form = _form(Table((("Surname", "First name", "D.O.B.", "Relationship"),
                        ("RAHMAN", "Aisha", "17/12/2012", "Young person"),
                        ("RAHMAN", "Nasreen", "08/02/1984", "Mother"))),
                 Heading("2. Permission"),
                 Table((("", "Permission for this referral has been given",
                         "Consent to information being shared", "Date"),
                        ("Parent/carer", "N. Rahman", "N. Rahman", "29/09/2026"))))
    assert ("Nasreen Rahman", D(1984, 2, 8), True) in _people(form)


def test_an_initial_and_a_surname_is_no_answer_of_no() -> None:
    assert parse_yes_no("N. Rahman") is None
    assert parse_yes_no("Y Patel") is None
    assert parse_yes_no("N") is False
    assert parse_yes_no("No - declined") is False


def test_mum_who_signed_is_the_one_adult_whose_relationship_is_unwritten() -> None:
    # Pointers: "has the parent/guardian consented? Yes/ No — Yes, mum signed our consent
    # slip", the parent named under "Parent/guardian name".
    form = _form(Pair("Full Name", "Callum Macleod"), Pair("D.O.B.", "11/06/2013"),
                 Pair("If they are under 16, has the parent/guardian consented to this "
                      "referral?", "Yes/ No — Yes, mum signed our consent slip on 24/02/2026"),
                 Pair("Parent/guardian name", "Fiona Macleod (DOB 08/10/1986)"))
    assert ("Fiona Macleod", D(1986, 10, 8), True) in _people(form)


def test_a_college_course_level_is_no_level_of_need() -> None:
    form = _form(Pair("Child's name", "Tyler Booth"), Pair("Date of birth", "11/01/2010"),
                 Pair("Reason for referral", "Tyler started a Level 1 course in January and "
                      "has missed 9 of the last 15 sessions."))
    assert form.level_of_need is None


def test_the_organisation_making_the_referral_gives_no_home() -> None:
    form = _form(Heading("Details Of Organisation Making The Referral"),
                 Table((("Organisation", "Windmill Hill Academy", "Address",
                         "Stourbridge Road, Halesowen B63 2UP"),)),
                 Heading("1. General Information"),
                 Table((("Young person's name", "Mason Whitehouse", "Date of birth",
                         "02/09/2010"),
                        ("Home address", "41 Hollybush Lane, Brierley Hill", "Postcode",
                         "DY5 1AA"))))
    assert form.address.postcode == "DY5 1AA"
    assert "Halesowen B63 2UP" not in form.address.lines


def test_another_continuums_words_are_no_level_but_dudleys_are() -> None:
    assert parse_level("☐ Universal   ☒ Additional   ☐ Targeted") is None  # East Lothian
    assert parse_level("☐ Universal ☒ Additional ☐ Complex ☐ Acute") == 2  # Dudley's own
    assert parse_level("Level 2 ☐ Level 3 ☒") == 3


def test_parents_named_together_under_a_label_that_says_whom() -> None:
    # East Lothian Wellbeing Concern Form: "Parents / carers | Hayley Grant (mum) and Scott
    # Grant (dad), both at home"; the concern "Raised by" the teacher.
    form = _form(Table((("Name of child / young person", "Oliver Grant", "Date of birth",
                         "18/11/2015"),
                        ("Parents / carers",
                         "Hayley Grant (mum) and Scott Grant (dad), both at home", "", ""))),
                 Heading("Raised by"),
                 Table((("Name", "Sarah Quinn", "Role", "Class Teacher"),
                        ("Email", "s.quinn@school.example.sch.uk", "", ""))),
                 Heading("Parent / carer views and consent"),
                 Table((("Who gave consent", "Hayley Grant and Scott Grant, 04/03/2026"),)))
    assert [p[0] for p in _people(form)] == ["Oliver Grant", "Hayley Grant", "Scott Grant"]
    assert all(p[2] for p in _people(form)[1:])
    assert form.lead_professional.name == "Sarah Quinn"


def test_a_family_network_lives_elsewhere_and_two_names_sign_in_one_box() -> None:
    # Family Group Conference referral: the network is not the household; "Signed | Sian
    # Jones   Gareth Jones".
    form = _form(Heading("Child(ren)"),
                 Table((("Name", "DOB"), ("Ffion Jones", "14/06/2014"))),
                 Heading("Parents and people with parental responsibility"),
                 Table((("Name", "Relationship"), ("Sian Jones", "Mother"),
                        ("Gareth Jones", "Father"))),
                 Heading("Family network (family, friends, connected persons)"),
                 Table((("Name", "Relationship", "Where they live"),
                        ("Eirlys Pugh", "Maternal grandmother", "Llandudno LL30 2TL"))),
                 Heading("Agreement"),
                 Table((("Signed", "Sian Jones   Gareth Jones"),)))
    assert [(p[0], p[2]) for p in _people(form)] == [
        ("Ffion Jones", False), ("Sian Jones", True), ("Gareth Jones", True)]


def test_a_ticked_no_under_lives_at_home_and_a_young_persons_ticked_agreement() -> None:
    # Young carers referral: "Lives at home | ☐ Yes ☒ No" for dad; "Young person aware and
    # agrees | ☒ Yes ☐ No" beside the parent's signature.
    form = _form(Pair("First name", "Lily"), Pair("Surname", "Pritchard"),
                 Pair("Date of birth", "05/10/2013"),
                 Heading("Household"),
                 Table((("Name", "Relationship to young carer", "Date of birth", "Lives at home"),
                        ("Joanne Pritchard", "Mum", "22/05/1984", "☒ Yes   ☐ No"),
                        ("Wayne Pritchard", "Dad", "", "☐ Yes   ☒ No"))),
                 Heading("Consent"),
                 Table((("Parent/guardian consent to this referral", "☒ Yes   ☐ No", "Signed",
                         "J. Pritchard"),
                        ("Young person aware and agrees", "☒ Yes   ☐ No", "Date",
                         "17/03/2026"))))
    assert [(p[0], p[2]) for p in _people(form)] == [("Lily Pritchard", True),
                                                    ("Joanne Pritchard", True)]


def test_a_name_and_its_note_in_a_consent_grid_is_the_member() -> None:
    form = _form(Table((("Name", "Relationship", "Date of birth"),
                        ("Anna Nowak", "Mum", "02/03/1980"))),
                 Heading("Consent"),
                 Table((("Name", "Relationship", "Consent signature"),
                        ("Anna Nowak (mum)", "", "A. Nowak"))))
    assert _people(form) == [("Anna Nowak", D(1980, 3, 2), True)]


def test_a_reason_to_go_without_consent_is_no_consent() -> None:
    # Request for Assistance: "If no: is this a child protection concern where seeking
    # consent would place the child at further risk? ☒ Yes".
    form = _form(Table((("Is there agreement/consent to proceed with the request for "
                         "assistance?", "☐ Yes ☒ No"),
                        ("If no: is this a child protection concern where seeking consent "
                         "would place the child at further risk?", "☒ Yes"))),
                 Table((("Name", "Grace Whitmore", "Date of birth", "27/05/2018"),)))
    assert not any(p[2] for p in _people(form))


def test_a_centres_postcode_box_is_not_the_home() -> None:
    form = _form(Pair("Child's name", "Erin Bradley"), Pair("Date of birth", "11/10/2013"),
                 Table((("Address", "7 Park Road, Tipton", "Postcode", "DY4 0RE"),
                        ("Youth centre contact postcode", "BT48 8LT", "", ""))))
    assert form.address.postcode == "DY4 0RE"
    assert not [w for w in form.warnings if "postcode uncertain" in w]


def test_a_stage_is_no_level_unless_it_names_one() -> None:
    # Angus's Five Stage Intervention Process against Waltham Forest's staged model.
    angus = _form(Table((("Stage reached", "☐ Stage 1 ☐ Stage 2 ☒ Stage 3 ☐ Stage 4"),)),
                  Pair("Child's name", "Callum Duncan"))
    staged = _form(Heading("Section 2: Staged model of intervention"),
                   "☐ Stage 1 – Universal ☐ Stage 2 – Vulnerable ☒ Stage 3 – Complex",
                   Pair("Child's name", "Callum Duncan"))
    assert (angus.level_of_need, staged.level_of_need) == (None, 3)


def test_the_lead_its_own_label_names_beside_the_named_person() -> None:
    # Clackmannanshire Child's Plan: "Named Person and Lead Professional" section.
    form = _form(Pair("Child's full name", "Ava Robertson"),
                 Heading("Named Person and Lead Professional"),
                 Table((("Named Person", "Mrs Alison Baird, Head Teacher", "Named Person email",
                         "a.baird@school.example.sch.uk"),
                        ("Lead Professional for the plan", "Craig Fenwick, Family Support Worker",
                         "Lead Professional email", "craig.fenwick@family.example.org"))))
    assert form.lead_professional.name == "Craig Fenwick"
    assert form.lead_professional.email == "craig.fenwick@family.example.org"


def test_a_child_protection_designated_officer_completes_a_cp1() -> None:
    form = _form(Heading("CP1 – Child Protection Concern"),
                 Table((("CPDO", "Gordon Milne", "Establishment", "Saltwells Nursery"),
                        ("Email", "g.milne@saltwells.example.org", "", ""))),
                 Heading("Child"), Table((("Surname", "Forename(s)", "DOB"),
                                          ("MCGREGOR", "Poppy", "11/10/2022"))))
    assert form.lead_professional.name == "Gordon Milne"
    assert form.form_type.value == "early_help_assessment"


def test_welsh_and_english_labels_side_by_side() -> None:
    # Gwynedd "Cais am Dîm o Amgylch y Teulu / Team Around the Family Request".
    form = _form(Heading("Arweinydd / Lead Professional"),
                 Table((("Enw / Name", "Huw Davies", "E-bost / Email", "huw@hub.example.gov.uk"),)),
                 Heading("Manylion y teulu / Family details"),
                 Table((("Enw / Name", "Dyddiad geni / Date of birth"),
                        ("Osian Hughes", "9 Medi 2013 / 9 September 2013"))),
                 Table((("Cyfeiriad / Address", "5 Oak Lane, Kingswinford", "Cod post / Postcode",
                         "DY6 0LQ"),)))
    assert form.lead_professional.name == "Huw Davies"
    assert form.address.postcode == "DY6 0LQ"
    # "Guidance Teacher / Named Person" is one English label, not two languages
    signed_off = _form(Pair("Child's name", "Euan Lindsay"), "Mr Ross Kerr",
                       "Guidance Teacher / Named Person", "Crestwood School")
    assert signed_off.lead_professional.name != "Crestwood School"


def test_a_second_signature_line_left_empty_is_no_header() -> None:
    form = _form(Table((("Surname / Cyfenw", "First name / Enw cyntaf", "DOB"),
                        ("THOMAS", "Iwan", "30/06/1998"))),
                 Heading("Consent / Caniatâd"),
                 Table((("Signed", "I. Thomas", "Date", "10/11/2026"),
                        ("Signed", "", "Date", ""))))
    assert _people(form) == [("Iwan Thomas", D(1998, 6, 30), True)]


def test_raised_by_names_the_author() -> None:
    form = _form(Pair("Name", "Ruby Laing"), Pair("DOB", "03/04/2012"),
                 "Raised by: Karen Doig, Named Education Contact, karen.doig@school.example.sch.uk")
    assert form.lead_professional.name == "Karen Doig"


def _body(text: str) -> Form | None:
    mail = ParsedMail(message_id="<a@b>", subject="Referral", sender="sw@council.example.gov.uk",
                      sender_name="", to=(), date="", headers=(), text_body=text, html_body="",
                      attachments=())
    return next((r for r in body_results(mail) if isinstance(r, Form)), None)


def test_a_household_typed_into_a_message_with_its_address_in_brackets() -> None:
    # A MASH social worker's internal request: "Household (15 Tame Road, Tipton, DY4 0RE):"
    # over "PATEL, Nisha - 11/01/1986 - mother".
    form = _body("MASH outcome: this is an internal request for an Early Help worker.\n\n"
                 "Social worker: Ben Adeyemi - ben.adeyemi@childrens.example.gov.uk\n\n"
                 "Household (15 Tame Road, Tipton, DY4 0RE):\n"
                 "  PATEL, Nisha - 11/01/1986 - mother\n"
                 "  PATEL, Anika - 19/03/2013 - daughter\n")
    assert form is not None
    assert form.address.postcode == "DY4 0RE"
    assert _people(form) == [("Nisha Patel", D(1986, 1, 11), False),
                             ("Anika Patel", D(2013, 3, 19), False)]


def test_an_alias_is_not_part_of_the_name_and_the_referral_from_names_the_author() -> None:
    form = _body("Request for Service/Referral From: Natalie Horton, Designated Safeguarding "
                 "Lead\nAgency: Old Park Primary School\n\n"
                 "Child's Name: Ruby-Leigh SMITH (also known as Ruby-Leigh Cox)\n"
                 "DOB: 22/02/2018\nAddress: 14 Queens Cross, Dudley DY1 1AA\n")
    assert form is not None
    assert [p[0] for p in _people(form)] == ["Ruby-Leigh Smith"]
    assert form.lead_professional.name == "Natalie Horton"


def test_the_referrers_email_on_a_line_of_its_own_and_a_requesting_social_worker() -> None:
    form = _body("Child: Harris Kennedy, born 22/05/2019\nPostcode: DY5 1AA\n\nREFERRER\n"
                 "Sinead Farrell, Pastoral Lead, Crestwood Academy\n"
                 "s.farrell@crestwood.example.sch.uk / 01632 960814\n")
    assert form is not None
    assert form.lead_professional.email == "s.farrell@crestwood.example.sch.uk"
    internal = _form(Table((("Requesting social worker", "Tomasz Kowal", "Team", "Assessment"),)),
                     Pair("Child's name", "Maja Nowak"))
    assert internal.lead_professional.name == "Tomasz Kowal"


def test_a_fillable_level_box_named_for_its_question_and_option() -> None:
    # Vale of Glamorgan TAF: boxes named "Tier of need (…model of need) 1 Tier 3".
    form = _form(Pair("Tier of need (Vale of Glamorgan model of need) 1 Tier 2", ""),
                 Pair("Tier of need (Vale of Glamorgan model of need) 1 Tier 3", "Yes"),
                 Pair("Child's name", "Ellis Morgan"))
    assert form.level_of_need == 3


def test_an_email_address_is_no_name() -> None:
    assert not is_a_name("chloe.adams@nhs.example.net")
    assert is_a_name("Chloe Adams")


def test_a_ticked_fillable_safeguarding_box_and_a_denied_concern() -> None:
    from routing.rules import found_phrases
    form = _form(Pair("Early help referral", ""), Pair("Safeguarding referral", "Yes"),
                 Pair("child name", "Summer Price"), Pair("child dob", "30/04/2015"))
    assert form.risk_of_significant_harm is True
    phrases = ("child protection concern",)
    assert found_phrases("Not a child protection concern. Young parents struggling.",
                         phrases) == ()
    assert found_phrases("This is a child protection concern.", phrases) == phrases


def test_a_numbered_household_row_with_dashes_and_the_person_cared_for() -> None:
    # Spurgeons young carers: "Other household members | 1 | Kerry Nash - Mum - 30/11/1982
    # - works full time"; "Person(s) cared for | Dad - Craig Nash (DOB 03/05/1980), stroke".
    form = _form(Heading("Young Carer's Details"), Pair("Name", "Ellis Nash"),
                 Pair("Date of Birth", "15/01/2015"),
                 Heading("School"),
                 Pair("Person(s) cared for", "Dad - Craig Nash (DOB 03/05/1980), stroke"),
                 Heading("Other household members"),
                 Pair("1", "Kerry Nash - Mum - 30/11/1982 - works full time"))
    assert [p[:2] for p in _people(form)] == [("Ellis Nash", D(2015, 1, 15)),
                                             ("Craig Nash", D(1980, 5, 3)),
                                             ("Kerry Nash", D(1982, 11, 30))]


def test_one_box_holding_a_persons_answers_in_the_order_its_label_names() -> None:
    # PALZ+ referral: "carer 1 (Surname / Forename / Relationship / …)" | "Evans / Michelle /
    # Mother / Yes", whatever heading a flattened page printed above it.
    form = _form(Pair("Surname", "Evans"), Pair("Forename", "Jessica"), Pair("DOB", "11/04/2016"),
                 Heading("School"),
                 Pair("carer 1 (Surname / Forename / Relationship /", "Evans / Michelle / Mother"),
                 Pair("Other household members (Surname / Forename / DOB / Relationship)",
                      "Evans / Tyler / 30/01/2011 / Brother"))
    assert [p[:2] for p in _people(form)] == [("Jessica Evans", D(2016, 4, 11)),
                                             ("Michelle Evans", None),
                                             ("Tyler Evans", D(2011, 1, 30))]


def test_a_police_rank_before_a_name_in_capitals_and_a_requesting_worker_section() -> None:
    police = _form(Pair("Referrer", "PC LEE TANDY, West Midlands Police"),
                   Pair("Child's name", "Ava Hill"))
    assert police.lead_professional.name == "Lee Tandy"
    request = _form(Heading("Requesting worker"),
                    Table((("Name", "Fiona MacLeod", "Team", "Assessment Team"),)),
                    Heading("Child / young person and household"),
                    Table((("Name", "Ava Hill", "Date of birth", "01/02/2015"),)))
    assert request.lead_professional.name == "Fiona MacLeod"


def test_an_aside_naming_who_did_not_consent_and_a_young_person_under_agreement() -> None:
    # Perth and Kinross Request for Assistance.
    form = _form(Pair("Full name", "Freya Munro"), Pair("Date of birth", "30/06/2018"),
                 Heading("Household"),
                 Table((("Name", "Relationship", "Date of birth"),
                        ("Jodie Munro", "Mum", "17/07/1996"))),
                 Heading("Agreement"),
                 "Verbal consent given by Jodie Munro on 01/09/2026 (Freya too young).")
    assert [(p[0], p[2]) for p in _people(form)] == [("Freya Munro", False),
                                                    ("Jodie Munro", True)]
    agreed = _form(Pair("Full name", "Harris Gordon"), Pair("Date of birth", "14/11/2012"),
                   Heading("Agreement"),
                   Pair("Young person (if appropriate)", "Harris Gordon 26/05/2026"))
    assert _people(agreed) == [("Harris Gordon", D(2012, 11, 14), True)]


def test_consent_gained_from_the_child_but_not_consent_to_share_with_the_childs_school() -> None:
    asked = _form(Pair("Child's name", "Evie Lowe"), Pair("Date of birth", "12/12/2011"),
                  Heading("Consent"),
                  Table((("Have you gained consent from the child being referred?",
                          "☒ Yes   ☐ No"),)))
    assert _people(asked) == [("Evie Lowe", D(2011, 12, 12), True)]
    school = _form(Pair("Child's name", "Evie Lowe"), Pair("Date of birth", "12/12/2011"),
                   Table((("Is there consent to share with the child's school?", "☒ Yes"),)))
    assert _people(school) == [("Evie Lowe", D(2011, 12, 12), False)]


def test_a_relationship_label_and_a_name_whose_date_of_birth_is_not_known() -> None:
    # Renfrewshire: "Mum's partner: Darren Pugh, DOB unknown, stays most nights".
    form = _form("HOUSEHOLD", "Mum: Lisa Kerr, DOB 08/03/1990",
                 "Mum's partner: Darren Pugh, DOB unknown, stays most nights")
    assert [p[:2] for p in _people(form)] == [("Lisa Kerr", D(1990, 3, 8)),
                                             ("Darren Pugh", None)]
    assert form.people[1].relationship == "mum's partner"


def test_the_home_address_in_a_lives_with_answer() -> None:
    # South Ayrshire "Reporting a concern", typed into a message.
    form = _body("Child: Harris Kennedy, born 22/05/2019\n"
                 "Lives with: mum Shona Kennedy (born 08/01/1990) and her partner Jamie Reid "
                 "(born 19/09/1988), at 14 Birmingham Street, Halesowen, B63 3BL (family moved "
                 "from Ayr at Easter)\n")
    assert form is not None
    assert form.address.postcode == "B63 3BL"
    assert [p[0] for p in _people(form)] == ["Harris Kennedy", "Shona Kennedy", "Jamie Reid"]


def test_the_parents_with_whom_the_child_lives_and_their_address() -> None:
    # Inter-Agency Referral: "Name of parents or carers with whom the child(ren) lives (give
    # address if different from the child)" | "Name | Gemma Price, 19 Hill Street, Brierley
    # Hill DY5 1AA"; "… hold Parental Responsibility …? ☒ Yes – Gemma Price …; both agree".
    form = _form(Table((("Last Name", "First Name", "Age/DOB/EDD"), ("PRICE", "Mollie",
                                                                      "06/06/2018"))),
                 Heading("Name of parents or carers with whom the child(ren) lives (give "
                         "address if different from the child)"),
                 Table((("Name", "Gemma Price, 19 Hill Street, Brierley Hill DY5 1AA"),)),
                 Table((("Have you discussed this referral with all those who hold Parental "
                         "Responsibility for the child(ren) you are referring?",
                         "☒ Yes ☐ No – Gemma Price, 03/11/2026; she agrees"),)))
    assert form.address.postcode == "DY5 1AA"
    assert [(p[0], p[2]) for p in _people(form)] == [("Mollie Price", False),
                                                    ("Gemma Price", True)]
    assert form.people[1].role.value == "adult"


def test_both_parents_agreed_counts_for_the_parents() -> None:
    form = _form(Table((("Name", "Date of birth"), ("Mohammed Iqbal", "12/12/1979"),
                        ("Nadia Iqbal", "04/04/1984"), ("Ayaan Iqbal", "19/10/2017"))),
                 Heading("Consent"),
                 Pair("Parents' agreement to early help",
                      "Both parents agreed by phone with the social worker on 08/07/2026"))
    assert [p[2] for p in _people(form)] == [True, True, False]


def test_a_date_in_three_boxes_with_their_prompts() -> None:
    # Health visiting referral: "Date of birth | dd 09 | mm 08 | yyyy 2025".
    from parsers.meaning.values import parse_uk_date
    assert parse_uk_date("dd 09 | mm 08 | yyyy 2025") == D(2025, 8, 9)
    assert parse_uk_date("26 | 05 | 2023") == D(2023, 5, 26)
