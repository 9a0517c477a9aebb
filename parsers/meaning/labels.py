"""Which form field a printed label names, shared by the .docx and PDF readers.

Labels vary between authorities and form versions ("Lead professional name",
"Name of lead practitioner", "Postcode", "Home post code"), so matching is by
pattern on a normalised label, with the section heading above it as context.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from enum import StrEnum

from parsers.form import FormType
from parsers.meaning.values import CHECKED, UNCHECKED
from parsers.meaning.vocabulary import (
    FAMILY_CONTACT,
    SectionKind,
    names_author,
    names_lead,
    section_kind,
    without_team_around,
)


class Field(StrEnum):
    ADDRESS = "address"
    POSTCODE = "postcode"
    LP_NAME = "lp_name"
    LEAD_NAME = "lead_name"  # "Lead Professional (if not CAF author)": wins over the author
    LP_AGENCY = "lp_agency"
    LP_ROLE = "lp_role"
    LP_EMAIL = "lp_email"
    LP_PHONE = "lp_phone"
    LEVEL = "level"
    ASSESSMENT_DATE = "assessment_date"
    RISK = "risk"
    VERBAL_CONSENT = "verbal_consent"
    NARRATIVE = "narrative"
    CHILD_NAME = "child_name"
    CHILD_DOB = "child_dob"


_LIVING_AT = (r"^(the )?(family|child|children|young person|household)( (is|are))?"
              r"( now| currently)? (living|lives|live|residing|staying) at$")
_LP = (r"(lead professional|lead practitioner|named person|referrer|referring professional|"
       r"referring (social )?worker|social worker|practitioner|author|assessor|key ?worker|"
       r"(person|practitioner|professional) (completing|undertaking)( this| the)?"
       r"( form| assessment| contact or referral| referral| eha| caf| early help assessment)?)")
# (Sheffield EHA: "Practitioner completing the assessment")
_FAMILY_WORDS = re.compile(r"\b(parent|carer|family|child|mother|father|young person|guardian)")
_LP_WORDS = re.compile(r"\b(lead|professional|practitioner|referrer|referring|agency|school|"
                       r"organisation|organization|setting|gp|worker)\b")

# Order matters: the first pattern that matches wins (email before address, etc.).
_PATTERNS: tuple[tuple[Field, re.Pattern[str]], ...] = tuple(
    (f, re.compile(p)) for f, p in (
        (Field.RISK, r"risk of significant harm|\bimmediate (protection|danger)\b"
                     r"|\bat (immediate|imminent) risk\b"
                     r"|\b(significant|serious|imminent)( and \w+)? "
                     r"(risk of )?harm\b|\b(is|a) (this|your referral|the referral)\b.*"
                     r"\b(safeguarding concern|child protection (concern|referral))\b"
                     r"|\b(is|are) there (any |a )?(child protection|safeguarding) (concerns?|"
                     r"issues?)\b"),  # (Flying Start "Is there a child protection concern? Yes")
        (Field.VERBAL_CONSENT, r"verbal consent"),
        (Field.ASSESSMENT_DATE, r"^(date of assessment|assessment date|date (assessment )?"
                                r"completed|date of (request|referral)|date assessment started)$"),
        (Field.LEVEL, r"^(current )?(level|tier)( of need)?( identified)?$"
                      r"|^threshold( level)?( of need)?$|\bwhat (tier|level)\b"
                      r"|^[a-z ]{0,30}\bthreshold (at|of) [a-z ]{1,20}$"  # "Berkshire West
                      # threshold at step down"
                      r"|\b(level|tier)s? of need (identified|assessed)\b"
                      r"|^(level|tier) (of|on) (the )?(conr|continuum( of needs?)?( response)?)$"
                      r"|^(continuum of needs?|conr)( level)?$"
                      r"|^(current |assessed |agreed )?(level|tier)s? of need\b"
                      r"|^(level|tier) (on|at|after|following) (stepping|step) ?down$"),
        # (Cheshire West step-down "Level on stepping down | Level 3 – complex and multiple")
        (Field.LP_NAME, r"^(reporting |attending |police |investigating )?officer( name)?$"),
        (Field.LP_NAME, r"^(requesting|referring|allocated|closing) (social )?worker( name)?$"),
        (Field.LP_NAME, r"^(key ?)?worker( name)?$"),  # (Mid Ulster Women's Aid referral)
        # Angus CP1: "CPDO" (Child Protection Designated Officer) completes and signs it.
        (Field.LP_NAME, r"^(cpdo|dsl|designated (safeguarding|child protection) (lead|officer|"
                        r"person)|child protection designated officer)( name)?$"),
        # Birmingham request for support, "About you": two answers asked in one box.
        (Field.LP_NAME, r"^your (full )?name( and (role|job title|designation|position))?$"),
        (Field.LP_NAME, r"^(first name|forename|full name|name)( and (surname|last name))?,? "
                        r"(and )?(professional |job )?(title|role|designation|position)$"),
        # ("First name and surname, professional title": "Dr Helen Adair, GP", a request
        # for service's referrer)
        (Field.LP_EMAIL, r"^(your )?e ?mail( address)? (and|&) (tele)?phone( number)?$"),
        (Field.LP_AGENCY, r"^(your )?(organisation|organization|agency)( name)? (and|&) address$"),
        (Field.LP_EMAIL, r"\be ?mail( address)?$"),
        (Field.LP_PHONE, r"\b(telephone|phone|tel|contact number|mobile)( number| no)?$"),
        (Field.POSTCODE, r"\bpost ?code$"),
        (Field.ADDRESS, r"\baddress( ?es| line)?( ?\d)?$|\baddress of (the )?(family|child"
                        r"|young person|household)\b"
                        r"|\b(main|family|home|current|usual|primary) (home |family )?address\b"
                        rf"|{_LIVING_AT}|^where (does|do) the (child|children|young person|"
                        rf"family) live$"),
        (Field.LEAD_NAME, r"^(name( and contact details)? of (the )?)?(lead|key|named) "
                          r"(professional|practitioner|worker)('s)?( full)?( name)?"
                          r"( (identified|agreed|allocated|nominated))?"
                          r"( for (the|this|an?) [a-z ]{1,40}?)?"  # "... for the existing EHA"
                          r"( (if|following|after|from|once|at) .*)?$"
                          r"|^(early help |family )?(worker|practitioner) co ?ordinating "
                          r"(this|the) plan$"
                          r"|^(taf|tac|team around the (family|child)) (co ?ordinator|lead)"
                          r"( name)?$"
                          r"|^[a-z ]{0,30}\blead (professional|practitioner)$"
                          r"|^(?=.{0,70}$)(?!.*\b(agency|organi[sz]ation|role|job title|"
                          r"designation|service|team|date|signature|contact|details|email|"
                          r"phone|telephone|address)\b).*\b(coordinator|co ordinator|worker)\b"
                          r".*\blead (professional|practitioner)\b"),  # "Early Help
        # Practitioner (Lead Practitioner)", Wakefield transfer summary
        (Field.LP_NAME, rf"^(name of (the )?{_LP}|{_LP}('s)?( full)? name|(mash |allocated |"
                        rf"named |duty )?{_LP}"
                        rf"|((this |the )?(form|assessment|referral|request|eha|caf|"
                        rf"early help assessment) )?(completed|"
                        rf"screened|requested|referred|submitted) by|(concern )?raised by"
                        rf"|concern (raised |shared )?by"
                        rf"|(request for service )?(referral|request) from)$"
                        rf"|^{_LP}('s)? name (and |& )?(job title|role|designation|agency)"
                        rf"( ?(and |& )?contact details)?$"),
        # Anchored: "Agency Dudley Youth Service" is a label and its answer, not a label.
        (Field.LP_AGENCY, r"^((lead |referring )?((professional|practitioner|referrer)('s)? )?"
                          r"(agency|organisation|organization|service)( name)?"
                          r"|name of (the )?(agency|organisation|organization|service))$"),
        (Field.LP_ROLE, r"\b(role|job title|designation|position)$"),
        (Field.CHILD_NAME, r"^((child|young person)('s)?( full)? name|name of (child|young "
                           r"person))$"),
        (Field.CHILD_DOB, r"^((child|young person)('s)? )?(date of birth|dob)$"),
        (Field.NARRATIVE, r"reason for (referral|request)|^reasons?$|summary|concerns?|presenting"
                          r"|analysis"
                          r"|worr(y|ies|ied)|working well|risk assessment for|outcomes?|views"
                          r"|additional information"
                          r"|background|needs$|what needs to happen"
                          r"|^why\b|\bstory so far\b|^what is happening\b"
                          r"|^if (not|no),? (why not|please (explain|say why|give (the )?reasons?))"
                          ),  # (why consent was not sought: Kingston and Richmond SPA form)
    )
)
_NOT_HOME = re.compile(r"\b(secondary|previous|former|second|other|work|office|base|surgery|"
                       r"nursery|college|if different|centre|center|clinic|practice|hub|"
                       r"contact)\b")  # ("Youth centre contact postcode")
# A section of another address ("Previous address", "Other addresses"); "Parents / carers
# and other adults in the household" is the home's.
_NOT_HOME_SECTION = re.compile(r"\b(secondary|previous|former|second|work|office|base|surgery|"
                               r"nursery|college|if different|other address(es)?)\b")
# "Family address (current, when last moved and previous address)": the home's too.
_HOME_TOO = re.compile(r"\b(current|family)\b")
_LP_FIELDS = frozenset({Field.LP_NAME, Field.LEAD_NAME, Field.LP_AGENCY, Field.LP_ROLE,
                        Field.LP_EMAIL, Field.LP_PHONE})
_HOME_FIELDS = frozenset({Field.ADDRESS, Field.POSTCODE})


def normalise_label(text: str) -> str:
    """Lower case, punctuation dropped (apostrophes kept), single spaces."""
    lowered = without_team_around(text.lower().replace("’", "'").replace("d.o.b", "dob"))
    cleaned = re.sub(r"[^a-z0-9' ]+", " ", lowered)
    return " ".join(cleaned.replace(" '", " ").split()).strip("' ")


_BARE_NAME = frozenset({"name", "names", "contact name", "contact names", "full name"})
_CONTACT_DETAILS = frozenset({"contact details", "contact information", "contact info"})


# Welsh words of bilingual forms' labels (Gwynedd's Team Around the Family request).
_WELSH = re.compile(r"\b(enw|cyfenw|cyfeiriad|cod post|dyddiad|geni|perthynas|swydd|e-?bost|"
                    r"asiantaeth|llofnod|cwblhawyd|gan|manylion|teulu|caniatâd|arweinydd|ffôn|"
                    r"ysgol|rhif|plentyn|rhieni)\b", re.IGNORECASE)


def field_for(label: str, section: str = "") -> Field | None:
    """The field a label names, or None; `section` is the heading the label sits under."""
    key = normalise_label(label)
    if not key or len(key) > 200:  # a question may be long: "Using the ... what tier (3 or 4) ..."
        return None
    if key in _BARE_NAME:  # "Name", "Contact Name(s)" (NSPCC DART's referrer details)
        return Field.LP_NAME if in_lp_section(section) else None
    if key in _CONTACT_DETAILS:  # Moray Child's Plan, "Lead Professional": "Contact details
        # | 07700 900562 – declan.munro@…": the email in it (`lead.lead_professional`)
        return Field.LP_EMAIL if in_lp_section(section) else None
    found = next((f for f, pattern in _PATTERNS if pattern.search(key)), None)
    if found is None and label.count(" / ") == 1 and _WELSH.search(label):  # a bilingual
        one, other = label.split(" / ")  # label: "Enw / Name", "Completed by / Cwblhawyd gan"
        return field_for(one, section) or field_for(other, section)
    if found is None and "(" in label:  # "Lead Professional (where a multi-agency Child's
        # Plan is needed)": the label without the guidance in its brackets
        return field_for(re.sub(r"\([^()]*\)?", " ", label), section)
    return found if found is not None and _fits_context(found, key, section) else None


def in_lp_section(section: str) -> bool:
    """A section about the referrer or other professionals ("Person undertaking this
    assessment", "Professionals involved", "School details")."""
    lowered = section.lower()
    if FAMILY_CONTACT.search(lowered):
        return False  # "Named person for the practitioner to contact"
    if re.search(_LP, lowered) or "professional" in lowered or names_lead(section):
        return True
    return section_kind(section) in (SectionKind.REFERRER, SectionKind.PROFESSIONALS)


def _fits_context(found: Field, key: str, section: str) -> bool:
    if found in _LP_FIELDS:
        if re.search(_LP, key) or names_author(key):  # "This form completed by"
            return True
        return not _FAMILY_WORDS.search(key) and not _in_family_section(section)
    if found in _HOME_FIELDS:
        if re.fullmatch(_LIVING_AT, key):  # "Family now living at: ...", whatever section
            return True
        return (not _LP_WORDS.search(key) and not _NOT_HOME.search(key)
                and not in_lp_section(section) and not (
                    _NOT_HOME_SECTION.search(section.lower())
                    and not _HOME_TOO.search(section.lower()))
                and section_kind(section) is not SectionKind.OUTSIDE)  # ("Other important
    # people not living in the home": their address is theirs)
    return True


_FAMILY_SECTION = re.compile(r"\b(family|household|parents?|carers?|child's details|"
                             r"children's details|young person's details)\b")


def _in_family_section(section: str) -> bool:
    lowered = _A_SERVICE.sub(" ", without_team_around(section.lower()))  # ("Supporting Change
    # Team – Request for family support": a service's name, not the family's section)
    return bool(_FAMILY_SECTION.search(lowered)) and not in_lp_section(section)


_A_SERVICE = re.compile(r"\bfamily (support|help|hubs?|services?|therapy|centres?|resource|"
                        r"wellbeing|intervention|information|learning)\b")


def is_known_label(text: str, section: str = "") -> bool:
    return field_for(text, section) is not None


_TITLE_TYPES: tuple[tuple[FormType, re.Pattern[str]], ...] = (
    (FormType.STEP_DOWN, re.compile(r"step[\s-]?down(?!\s+plan)|\btransfer to (the |an )?early "
                                    r"help\b", re.IGNORECASE)),  # Wakefield "Transfer to
    # Early Help Team – Transfer Summary" from a social worker
    (FormType.INTERNAL_REQUEST, re.compile(
        r"internal request|internal (social care )?referral|early help desk"
        r"|request from (the )?(mash|spa)\b",
        re.IGNORECASE)),
    # Every external referral is an assessment for the service, whatever its name: EHA,
    # CAF, MARF, request for support, inter-agency or MASH referral (vocabulary.py sources);
    # St Helens "Service Request Form", Portsmouth "Inter-Agency Contact Form".
    (FormType.EARLY_HELP_ASSESSMENT, re.compile(
        r"early help|\beha\b|\bcaf\b|common assessment|referral form|\bmarf\b"
        r"|(multi|inter)[\s-]?agency (referral|confirmation|contact|notification)"
        r"|single point of access|request for (a |multi[\s-]?agency |family |early )?(support|"
        r"services?|help)|service request form|\bcontact form\b|\breferral summary\b"
        r"|\bchild'?s plan\b|\byoung carers?'? (referral|assessment|service|project)\b"
        r"|\bmash form\b|referral to (children'?s )?(social care|services)"
        r"|family support assessment|children'?s services referral|\bmash referral"
        r"|safeguarding referral|(priority|stronger|supporting|troubled) families"
        r"|families first|nominate the family|team around the (family|child)"
        r"|early intervention|targeted (family )?support|\bfamily help\b"
        r"|getting it right for every child|\bgirfec\b|integrated assessment framework"
        r"|wellbeing concern|family support hub"
        # GIRFEC "Request for Assistance" (Fife, Lanarkshire), "Record of Concern",
        # "Reporting a Concern" (South Ayrshire), "Contact to the Children's Advice and Duty
        # Service" (Blackburn with Darwen)
        r"|request for (multi[\s-]?agency )?assistance|\b(record|report(ing)?|notification) of "
        r"(a )?concern\b|\breporting a concern\b|\bconcern form\b|\bchild protection "
        r"(concern|referral)\b|\bshar(e|ing) (a|this|your) concern\b|\brequest for "
        r"safeguarding\b"
        r"|\bcontact to (the )?children'?s (advice|services)", re.IGNORECASE)),
)  # (Shetland "Sharing a Concern about a Child or Young Person")
_PLAN = re.compile(r"child in need plan|\bcin plan\b|child protection plan|\bcp plan\b"
                   r"|step[\s-]?down plan", re.IGNORECASE)


def form_type_of(title: str, text: str) -> FormType:
    """The form's type from its title; from its text only for EHA/internal request wording.

    The title's lines are tried in order (the body's title, then the page header), so
    a header that mentions MASH cannot turn an assessment into an internal request.
    """
    opening = _UNTICKED.sub(" ", "\n".join(text.splitlines()[:_TITLE_LINES + 2]))
    if _STEP_DOWN_FORM.search(f"{title}\n{opening}"):
        return FormType.STEP_DOWN  # "Step-Down Plan – from CIN or CP" under "Early Help"
    if _INTERNAL_FORM.search(f"{title}\n{opening}"):
        return FormType.INTERNAL_REQUEST  # "CFAN – request for Early Help" over "Hounslow
        # Children's Services – internal step across"
    for line in title.splitlines():
        found = next((t for t, pattern in _TITLE_TYPES if pattern.search(line)), None)
        if found is not None:
            return found
    if _A_REFERRAL.search(title) and not _TITLE_TYPES[1][1].search(text[:2000]):
        # "Family Hub Service – Referral", "UNOCINI Preliminary Assessment and Referral":
        # titled a referral (and not an internal request in its text)
        return FormType.EARLY_HELP_ASSESSMENT
    for form_type, pattern in _TITLE_TYPES[1:]:
        if pattern.search(text[:2000]):
            return form_type
    return FormType.UNKNOWN


_A_REFERRAL = re.compile(r"\breferral\b", re.IGNORECASE)
_INTERNAL_FORM = re.compile(r"\binternal (request|step across|referral)\b|\bstep across\b"
                            r"|(?m:^internal)\s*[:–-]\s*(social worker|children'?s services|"
                            r"request)",
                            re.IGNORECASE)
# An option left unticked ("☐ Step down from CIN / CP plan") says nothing of the form.
_UNTICKED = re.compile(f"[{UNCHECKED}]\\s*[^{UNCHECKED}{CHECKED}\\n]*")
_STEP_DOWN_FORM = re.compile(r"step[\s-]?down\b.*\bfrom\b.*\b(cin|cp|child in need|child "
                             r"protection|social care|care and support plan)\b"  # (Wales)
                             r"|step[\s-]?down\b.*\bsocial care to "
                             r"early (help|intervention)\b", re.IGNORECASE)  # (Rutland: "Step
# Down Plan – Children's Social Care to Early Intervention")


_TITLE_LINES = 3  # a title sits in the first lines, under a letterhead at most
_LETTER_LINES = 8  # a salutation this near the top makes the document a letter
_SALUTATION = re.compile(r"^\s*dear\b", re.IGNORECASE)


def document_title(heading: str, lines: Sequence[str], header: str = "") -> str:
    """What names a document, for `form_type_of` and plan detection: its first heading;
    else, among its first lines, the first that names a kind of document ("Child
    Protection Plan" under the council's letterhead), else its first line; then the page
    header. A letter ("Dear ..." near the top) is named by its first line only, so its
    subject line ("Re: Early Help Assessment for ...") does not make it a form.
    """
    body = [line.strip() for line in lines[:_LETTER_LINES] if line.strip()]
    first = heading or (body[0] if body else "")
    if not heading and not any(_SALUTATION.match(line) for line in body):
        first = next((line for line in body[:_TITLE_LINES] if _names_a_kind(line)), first)
    return "\n".join(part for part in (first, header.strip()) if part)


def _names_a_kind(line: str) -> bool:
    return bool(_PLAN.search(line)) or any(p.search(line) for _, p in _TITLE_TYPES)


def mentions_plan(text: str) -> bool:
    """True when the text names a Child in Need, Child Protection or step-down plan."""
    return bool(_PLAN.search(text))
