"""The reader's vocabulary: how published councils' forms word their sections and labels.

Data, not logic: each wording is a pattern on a normalised heading or label (lower case,
punctuation dropped, see `labels.normalise_label`), what it means, and the published
forms it was read from. The interpreter (`household`, `fields`) asks `section_kind` and
`person_part` and never matches wording of its own.

To add a wording: find it on a published form, add it to the table with the page, and
add a test in tests/unit/test_reader_real_layouts.py for the shape it comes in.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import StrEnum


class SectionKind(StrEnum):
    """What a part of a form is about, as its heading says."""

    CONSENT = "consent"  # signatures, information sharing, declarations
    REFERRER = "referrer"  # the person completing the form, the lead professional
    PROFESSIONALS = "professionals"  # school, GP, other agencies involved
    CHILD = "child"  # the child or children the referral is about
    ADULT = "adult"  # parents, carers, other adults
    FAMILY = "family"  # the household, the family's address
    LEVEL = "level"  # level of need, tier, threshold
    OUTSIDE = "outside"  # people who matter to the child but do not live at the home
    OTHER = "other"


class PersonPart(StrEnum):
    """What a label asks about one household member."""

    FULL_NAME = "full_name"
    FIRST_NAME = "first_name"
    SURNAME = "surname"
    NAMES = "names"  # several people in one box: "Name of child(ren)"
    DATE_OF_BIRTH = "date_of_birth"
    RELATIONSHIP = "relationship"
    SIGNATURE = "signature"
    CONSENT_DATE = "consent_date"  # the date beside a signature in a family table
    LIVES_HERE = "lives_here"  # "Lives in this home? Y/N", "Living in home Y/N"
    AWAY_ADDRESS = "away_address"  # "Address (if different from the child's)"
    HOME_ADDRESS = "home_address"  # an "Address" column of a family table


@dataclass(frozen=True)
class Wording:
    pattern: re.Pattern[str]
    meaning: str
    sources: tuple[str, ...]


# Published forms the wordings were read from (the `pages` corpus of public material).
PLYMOUTH_EHA = "docsbay.net/note-see-appendix-a-for-threshold-guidance (EHA, key person)"
OXFORDSHIRE_EHA = "docest.com/doc/643037/early-help-assessment (Oxfordshire EHA, Part A Consent)"
ROTHERHAM_EHA = "docsbay.net/children-young-peoples-details (Rotherham EHA and support plan)"
SOMERSET_EHA = "docsbay.net/1-initial-details (Somerset EHA, consent statement)"
BRENT_EHA = "docsbay.net/early-help-assessment-eha (Brent EHA guidance)"
FAMILIES_FIRST_EHA = "docsbay.net/for-children-young-people-and-family-services (EHA Part 1)"
HEREFORDSHIRE_MARF = "docsbay.net/accommodation-to-become-looked-after (Herefordshire MARF)"
LAMBETH_MARF = "docest.com/doc/280256/lambeth-integrated-referral-hub (Lambeth MARF)"
SWINDON_REFERRAL = "paperzz.com/doc/6914698/ssid-no---swindon-lscb (Swindon referral RF1)"
INTER_AGENCY = "docsbay.net/inter-agency-referral (inter-agency referral form)"
EHC_CONSENT = "docsbay.net/doc/1169997/child-or-young-person-s-information (EHC consent form)"
BOURNEMOUTH_REFERRAL = "Bournemouth, Christchurch and Poole children's social care referral form"
BARNSLEY_EHA = "vdocuments.us/web-view-child-assessment (Barnsley EHA, Lead Professional)"
SALFORD_CAF = "studylib.net/doc/16022610/caf-form (Salford CAF, Lead Professional)"
SOUTH_TYNESIDE_EHA = "docest.com/doc/508726 (South Tyneside EHA and plan, lead worker)"
BRIGHTON_EHH = "docsbay.net/guidance-on-gaining-consent (Brighton & Hove EHH referral)"
NOTTINGHAM_PF = "docsbay.net/doc/673338 (Nottingham Priority Families checklist, Nominated by)"
NORTHAMPTONSHIRE_EITS = "Northamptonshire Early Intervention Targeted Support referral"
HERTFORDSHIRE = "Hertfordshire: what information do I need to make a referral (visitors)"
NORTH_YORKSHIRE_URF = "safeguardingchildren.co.uk/news/new-universal-referral-form (NYSCP URF)"
SUTTON_CFCS = "sutton.gov.uk/w/early-help-information-for-professionals (CFCS referral)"
WESTMINSTER_TEH = "westminster.gov.uk early help service, information for professionals"
EAST_SUSSEX_SOR = "docsbay.net/doc/342092 (East Sussex Statement of referral, 3a)"
LEWISHAM_PANEL = "Lewisham Early Help Team: request for early help, Level 2 panel"
SURREY_FSP = "docest.com/doc/565146 (Surrey Family Support referral, Children / Young People)"
ABERDEEN_GIRFEC = "pdfslide.us Getting it right for every child in Aberdeen (Named Person)"
NORTH_TYNESIDE_EHA = "southlandsnt.org.uk/safeguarding/eha (school EHA, lead person)"
GLASGOW_NP = "glasgow.gov.uk/index.aspx?articleid=19746 (GIRFEC Named Person)"
SOUTH_AYRSHIRE_CONCERN = "hscp.south-ayrshire.gov.uk/article/52156 (Reporting a concern)"
CARERS_BUCKS_YC = "docest.com/doc/28667 (Carers Bucks young carers referral, young carer aware)"
ORIGINAL = "the project's first reader (Dudley's forms)"


# What a "name" label may name that is not a household member.
_NOT_A_PERSON = (r"school|setting|nursery|college|gp|surgery|practice|agency|organisation|"
                 r"completing|completed|assessor|referral|"
                 r"organization|service|team|referrer|practitioner|professional|worker|manager|"
                 r"lead|author|assessor|officer|interpreter|language|social worker|health visitor"
                 r"|designated|dsl|contact|emergency|hospital|clinic|consultant|teacher|doctor"
                 r"|print|printed|course|programme|program|group|club|activity|project|event"
                 r"|medication|street|road|employer|company|business|provider|centre|center"
                 r"|hub|unit|ward|district|locality|area|file|document|plan|pet")


# A relationship that is a professional's role: someone at the meeting, not of the household
# ("TAF Co-ordinator", "SENCo", "Community Paediatrician" in a list of who attended).
PROFESSIONAL_ROLE = re.compile(
    r"\b(co-?ordinator|senco|teacher|head ?teacher|paediatrician|pediatrician|doctor|gp|nurse|"
    r"health visitor|social worker|(family |support |youth |key |lead |case )worker|officer|"
    r"manager|practitioner|consultant|therapist|counsell?or|psychologist|psychiatrist|"
    r"advis[eo]r|mentor|dsl|safeguarding lead|police|pc|midwife|camhs|clinician|"
    r"chair|minute taker|note taker)\b", re.IGNORECASE)


_TEAM_AROUND = re.compile(r"\bteam around (the|a) (family|child)\b", re.IGNORECASE)


def without_team_around(text: str) -> str:
    """"Team Around the Family" names a meeting of practitioners, not the family: read as
    "TAF" (and "Team Around the Child" as "TAC")."""
    return _TEAM_AROUND.sub(lambda m: "taf" if m[2].lower() == "family" else "tac", text)


# A section naming the family's own contact ("Named person for the practitioner to contact").
FAMILY_CONTACT = re.compile(r"\b(named|contact) person\b.*\bto contact\b|\bfamily contact\b")


def _words(meaning: str, pattern: str, *sources: str) -> Wording:
    return Wording(re.compile(pattern), meaning, sources)


# Order matters: the first that matches wins ("Parent/carer consent" is consent, "Child's
# school" a professional's, "Details of all children in your family" the children's).
SECTIONS: tuple[Wording, ...] = (
    _words(SectionKind.CONSENT, r"\b(consent(ed)?|information sharing|sharing of information"
           r"|signatures?|declaration|agreement|permission|personal data"
           r"|(aware of|think about) (this|the) referral|(know|aware) (about|of) (this|the "
           r"referral)\b.*\bagree)\b",  # (Shetland "Does the family know about this and agree?")
           OXFORDSHIRE_EHA, SOMERSET_EHA, HEREFORDSHIRE_MARF, BRENT_EHA, SURREY_FSP,
           EAST_SUSSEX_SOR),
    # "Named person for the practitioner to contact": the family's contact, not a professional.
    _words(SectionKind.FAMILY, FAMILY_CONTACT.pattern, NORTHAMPTONSHIRE_EITS),
    _words(SectionKind.OUTSIDE, r"\bnot (living|resident|staying) (in|at) (the|this) (home|"
           r"household|address)\b|\b(support|family|wider) networks?\b", LEWISHAM_PANEL),
    _words(SectionKind.OUTSIDE, r"^(?!.*\b(including|in (this|the) (home|household)|living "
           r"(at|in)|who live "
           r"(at|in)|household members?)\b).*\b(not (living|in the household)|"
           r"do(es)? not live|outside the household|wider family|extended family|not members of|"
           r"lives? elsewhere)\b",
           SWINDON_REFERRAL, BOURNEMOUTH_REFERRAL, SOMERSET_EHA, EAST_SUSSEX_SOR),
    _words(SectionKind.LEVEL, r"\b(level of need|levels? of need|tier|threshold)\b",
           LAMBETH_MARF, FAMILIES_FIRST_EHA),
    _words(SectionKind.PROFESSIONALS, r"\b(professionals?|agenc(y|ies)|services?) (involved|"
           r"working|currently)|\b(professionals?|agencies|services)( are| is)?( already| "
           r"currently)? (involved|working) with\b|\bother (professionals|agencies|services)\b"
           r"|\bschool\b|\bgp\b"
           r"|\bnursery\b|\bcollege\b|\beducation(al)? (setting|details)\b|\bhealth visitor\b"
           r"|\b(who is|who are|others?|agencies|services) (working|involved) with\b"
           r"|^(allocated |current |the )?social workers?( s)?( details)?$",
           FAMILIES_FIRST_EHA, INTER_AGENCY, ROTHERHAM_EHA),
    # "Why are you referring the child(ren)? What has your agency done?": the reasons, not
    # the referrer's details (a consent told there is the family's).
    _words(SectionKind.OTHER, r"^(why|reasons? for) (are you )?referr", INTER_AGENCY),
    _words(SectionKind.REFERRER, r"\b(referrer|referring|referral made by|referred by|"
           r"referral agency|completed by|"
           r"(completing|undertaking|carrying out) (this|the) (form|assessment|referral|eha|"
           r"caf|request)|"
           r"practitioner|lead professional|assessor|author|your details|(persons?|workers?|"
           r"practitioners?|professionals?|officers?|organi[sz]ations?|agency) (making|"
           r"requesting)|requested by|"
           r"about you|(concern )?raised by|referral details|details of (the )?referral|"
           r"requesting (social )?(worker|practitioner|professional|agency|officer)|"
           r"nominated by|key ?worker|(request for service|referral|request) from$|"
           r"^(the )?(worker|professional)('s)?( details)?$|"
           r"(who is )?shar(ing|es) (this|the|a) concern|^reporter$|person (making|reporting) "
           r"(this|the) (report|referral)|helping (you )?(to )?(fill|complete) (this|the form)|"
           r"nominating (partner|agency|professional|practitioner)|referring (partner|agency)|"
           r"(lead|early help|allocated|named) worker|lead (of|for) (the|this) (eha|caf|map|plan|"
           r"assessment)|(eha|caf|map|taf|tac|plan) lead|named person)\b",
           PLYMOUTH_EHA, SOMERSET_EHA, LAMBETH_MARF, ROTHERHAM_EHA, BARNSLEY_EHA, NOTTINGHAM_PF,
           ORIGINAL),
    _words(SectionKind.CHILD, r"\b(identifying details|being assessed|child|children|child ?ren|"
           r"young (person|people)|key person|"
           r"subject|baby|unborn|siblings?|being referred)\b|^personal details$",
           PLYMOUTH_EHA, ROTHERHAM_EHA, SWINDON_REFERRAL, LAMBETH_MARF, HEREFORDSHIRE_MARF,
           SOUTH_TYNESIDE_EHA),
    _words(SectionKind.ADULT, r"\b(parents?|carers?|adults?|mother|father|guardian|parental "
           r"responsibility|significant other)\b",
           ROTHERHAM_EHA, INTER_AGENCY, PLYMOUTH_EHA),
    _words(SectionKind.FAMILY, r"\b(family|household|home address|people living|who lives)\b",
           PLYMOUTH_EHA, OXFORDSHIRE_EHA, FAMILIES_FIRST_EHA, ORIGINAL),
)

# A label that names the form's author or a professional: in a section of no kind, what
# follows it (an address, a postcode) is theirs until a family label or a heading.
REFERRER_LABELS = re.compile(
    r"\b(this form completed by|completed by|person completing|name of (the )?(referrer|"
    r"practitioner|lead professional|professional)|referrer|practitioner|referring "
    r"professional|lead professional|name of agency|agency|organisation|school|gp|surgery|"
    r"setting|designated safeguarding lead)\b")

# A label that names the form's author (not any professional): what follows it is theirs.
AUTHOR_LABELS = re.compile(r"\b(referrer|referring|this form completed by|completed by|person "
                           r"completing|practitioner|lead professional|assessor|author|"
                           r"(referred|requested|submitted|raised) by)\b")


# A label or section that names the lead professional apart from the form's author ("Lead
# Professional (if not as above)", "Lead Practitioner following step-down", "Key worker").
LEAD_LABELS = Wording(re.compile(r"\blead (professional|practitioner|worker|person)\b"
                                 r"|\bkey ?worker\b|\bworker taking on\b"
                                 r"|\blead (of|for) (the|this) (eha|caf|map|plan|assessment)\b"
                                 r"|\b(map|eha|caf|taf|tac|plan) lead\b"),
                      "the lead professional", (BARNSLEY_EHA, SALFORD_CAF, SOUTH_TYNESIDE_EHA,
                                                NORTH_TYNESIDE_EHA, ABERDEEN_GIRFEC))


def names_lead(text: str) -> bool:
    return bool(LEAD_LABELS.pattern.search(_normal(text)))


def names_author(label: str) -> bool:
    return bool(AUTHOR_LABELS.search(_normal(label)))


# Labels of a household member's details, wherever the form puts them.
PERSON_PARTS: tuple[Wording, ...] = (
    _words(PersonPart.LIVES_HERE, r"\b(lives?|living|resident) (in|at) (the |this )?(family('s)? )?"
           r"(home|house"
           r"|household|address)\b|\b(in|at) (the )?(home|household)\b"
           r"|\b(lives?|living) with (the )?(child|young person|children)\b|\blives? here\b"
           r"|\bhousehold member or (regular )?visitor\b|^(in )?(the )?household$"
           r"|^(lives )?at (this|the) address\??$",
           SOMERSET_EHA, FAMILIES_FIRST_EHA, HEREFORDSHIRE_MARF, BRIGHTON_EHH, HERTFORDSHIRE),
    _words(PersonPart.AWAY_ADDRESS, r"\baddress\b.*\bif (different|not)\b",
           HEREFORDSHIRE_MARF, OXFORDSHIRE_EHA, FAMILIES_FIRST_EHA),
    _words(PersonPart.HOME_ADDRESS, r"^(home |current |contact )?address( island| town)?( and| &)?"
           r"( post ?code| contact( number| details)?| and telephone| tel( no)?)?$",
           FAMILIES_FIRST_EHA,
           BOURNEMOUTH_REFERRAL, ORIGINAL),
    _words(PersonPart.NAMES, r"^(names? of (the )?(child ?ren|children)|child ?ren s names"
           r"|names of (other )?household members)$", INTER_AGENCY, OXFORDSHIRE_EHA),
    _words(PersonPart.SIGNATURE, r"\b(signature|signed)\b", OXFORDSHIRE_EHA, PLYMOUTH_EHA),
    _words(PersonPart.DATE_OF_BIRTH, r"\b(dates? of birth|dobs?|d o b|born|edd|due date"
           r"|expected date of (delivery|birth))\b|^dd mm yy(yy)?$",
           SWINDON_REFERRAL, INTER_AGENCY, LAMBETH_MARF, OXFORDSHIRE_EHA),
    _words(PersonPart.RELATIONSHIP, r"\brelationship\b|\brelation to\b",
           FAMILIES_FIRST_EHA, ROTHERHAM_EHA),
    # "Name (SURNAME, Forename)", "Forename and surname": the whole name in one box.
    _words(PersonPart.FULL_NAME, r"\b(surnames?|family names?|last names?)\b.*\b(forenames?|"
           r"first names?|given names?)\b|\b(forenames?|first names?|given names?)\b.*\b("
           r"surnames?|family names?|last names?)\b", GLASGOW_NP, SOUTH_AYRSHIRE_CONCERN),
    _words(PersonPart.SURNAME, r"^(?!.*\b(first|fore|given)).*\b(surnames?|last names?|"
           r"family names?)\b",
           PLYMOUTH_EHA, SWINDON_REFERRAL, INTER_AGENCY, LAMBETH_MARF),
    _words(PersonPart.FIRST_NAME, r"\b(forenames?|first names?|given names?|christian names?)\b",
           PLYMOUTH_EHA, SWINDON_REFERRAL, LAMBETH_MARF, SOMERSET_EHA),
    # A name label, unless it names something else ("Name of school", "Name of referrer").
    _words(PersonPart.FULL_NAME, rf"^(?!.*\b({_NOT_A_PERSON}|known as|known names?|alias|aka|"
           rf"other names?|other known|previous|maiden|also|alternative|preferred)\b).*\bnames?"
           rf"\b(?! of (the )?"
           rf"({_NOT_A_PERSON}))", EHC_CONSENT, ROTHERHAM_EHA, OXFORDSHIRE_EHA, ORIGINAL,
           HEREFORDSHIRE_MARF),
)
# A family table's first column headed by whom it lists rather than "Name" ("Children /
# Young People | Date of birth | Gender | School").
PEOPLE_HEADER = _words("the name column", r"^(?:(?:the|and|or|other|family|household|"
                       r"members?|child ?ren|children|child|young|people|persons?|parents?|"
                       r"carers?|adults?|siblings?)\s?)+$", SURREY_FSP)


def heads_people(header: str) -> bool:
    """A column heading that names the people listed ("Children / Young People", "Other
    people living at the home address")."""
    text = _normal(header)
    return (bool(PEOPLE_HEADER.pattern.fullmatch(text)) and bool(_PLURAL.search(text))) or bool(
        _PEOPLE_LIVING.fullmatch(text))


# "Other people living at the home address" (ABEL referral form), "People who live in the
# household", "Who lives at home".
_PEOPLE_LIVING = re.compile(r"(?:(?:any )?others?|(?:other )?(?:people|persons|members|family "
                            r"members|adults|children)(?: who)?|who)\s+(?:living|live|lives|"
                            r"resident|residing)\s+(?:at|in)\s+(?:the |this )?(?:family )?"
                            r"(?:home|house|household|address|property)(?: address)?")


# Whom a list holds: a column headed "Child" numbers the children or says whose a row is.
_PLURAL = re.compile(r"\b(child ?ren|people|members|parents|carers|adults|siblings|persons"
                     r"|parent (or |and )?carer)\b")  # "Parent / carer | Date of birth | ..."


# A question asking whether a group consented, answered for the group: "Has parental
# consent been obtained? Yes", "Do the parents/carers consent to this referral? ☒ Yes".
# ("If no: is this a child protection concern where seeking consent would place the child at
# further risk?": a reason to go without consent, no consent.)
GROUP_CONSENT = _words("consent recorded for a group", r"^(?!.*\b(if (no|not)|would place|"
                       r"further risk|without)\b)(?=.*\b(has|have|do|does|did|is|are|"
                       r"was|were|obtained|given|gained|aware)\b|^(parents?|carers?|"
                       r"young (person|carer))\b.{0,20}\b(consents?|agrees?)\b)(?:.*\b("
                       r"parent(al|s)?|carers?|guardians?|"
                       r"family|young (person|carer)|child)\b.*\b(consent(ed|s)?|agree[ds]?|"
                       r"happy for|(given )?permission)\b|"
                       r".*\bconsent(ed|s)?"
                       r"\b.*\b(parents?|carers?|family|young (person|carer)|"
                       r"(from|of|by) (the )?child)\b)",
                       NORTH_YORKSHIRE_URF, SURREY_FSP, SUTTON_CFCS, WESTMINSTER_TEH,
                       CARERS_BUCKS_YC)


def consent_group(question: str) -> str:
    """Whose consent a question asks about: "parents", "young person", or "" (not such a
    question)."""
    text = _normal(question)
    if not GROUP_CONSENT.pattern.search(text) or REFUSED.search(text) or re.search(
            r"\b(no|not|does not agree)$", text):  # a fillable box for the option "No"
        return ""  # ("Have the parents consented to this referral? No", ticked: no consent)
    if re.search(r"\b(parent(al|s)?|carers?|guardians?|family)\b",
                 re.sub(r"\byoung carers?\b", "", text)):  # (a young carer is the young person)
        return "parents"
    return "young person"


# Headings of a consent grid's columns and of signature lines.
PRINT_NAME = re.compile(r"\b(print(ed)? name|name in capitals|name \(print\)|print)\b")
SIGNATURE_WORDS = re.compile(r"\b(sign(ed|atures?|s)?)\b")
CONSENT_VERBS = re.compile(r"\b(agree[ds]?|consent(ed|s)?|discussed|permission|"
                           r"happy for|confirm)\b")
# Consent that is recorded without a signature, in a signature box or beside a name.
CONSENT_RECORDED = re.compile(r"\b(consent (gained|given|obtained|agreed)|verbal(ly)? "
                              r"(consent|agreed)|signature held on file|signed copy held"
                              r"|agreed verbally)\b")
# A question whose answer names who consented ("Who gave the consent?", "Have you obtained
# consent from the family?": "Yes - Mrs Sandra Webb").
CONSENT_GIVER = re.compile(r"\b(who (gave|has given|provided|signed|agreed|consented|has "
                           r"agreed)|given by|obtained from|"
                           r"signed by|agreed by|consent (from|of|given by)|obtained consent|"
                           r"(person|people) (providing|giving) (the )?consent|"
                           r"(parents?|carers?|family|young person) given (their )?consent|"
                           r"giving (their |the )?(consent|permission))\b")
# (Cornwall EHH "Name of person providing consent"; Nottingham MARF "Has the parent given
# consent to the referral being made?" answered "YES - Danielle Foster (mother)")
# Words that say someone signed, wherever they are written ("Yes – Kelly Jones, Pat Jones
# and Sienna all signed our consent form"); the names are joined to members by name.
SIGNED = re.compile(r"\b(signed|have signed|has signed|gave (their |her |his )?consent|"
                    r"signatures? (are |is )?(held )?on file|"
                    r"consent (gained|given|obtained|agreed) (from|by))\b", re.IGNORECASE)
# Said of a person the form lists who is not a household member.
ELSEWHERE = re.compile(r"\b(does ?n[o']t live|not living|no longer lives|lives (elsewhere|"
                       r"separately|apart|away)|non[- ]resident|in prison|hmp|not (in|at) "
                       r"(the |this )?(home|address|household)|(regular )?visitor|"
                       r"visits( daily| weekly)?)\b")
REFUSED = re.compile(r"\b(declined|refused|did not sign|not signed|unsigned|withdrawn|not sought|"
                     r"(has|have|had) not (consented|agreed|signed)|not consented|"
                     r"not (yet )?(been )?(obtained|asked|sought|given|approached)|"
                     r"without (their )?consent|"
                     r"not given|no consent|does not consent|did not consent|too young|"
                     r"not (required|applicable|needed))\b")


def section_kind(heading: str) -> SectionKind:
    """The kind of section a heading starts (OTHER when no wording names one)."""
    text = _normal(heading)
    found = next((w.meaning for w in SECTIONS if w.pattern.search(text)), None)
    if found == SectionKind.CHILD:  # "Name of parents or carers with whom the child lives":
        adult = next(w.pattern.search(text) for w in SECTIONS  # the adults', named first
                     if w.meaning == SectionKind.ADULT)
        child = next(w.pattern.search(text) for w in SECTIONS if w.meaning == SectionKind.CHILD)
        if adult is not None and child is not None and adult.start() < child.start():
            found = SectionKind.ADULT
    return SectionKind(found) if found else SectionKind.OTHER


def person_part(label: str) -> PersonPart | None:
    """What a label asks about a household member, or None."""
    text = _normal(label)
    if not text or len(text) > 80:
        return None
    found = next((w.meaning for w in PERSON_PARTS if w.pattern.search(text)), None)
    return PersonPart(found) if found else None


def names_referrer(label: str) -> bool:
    return bool(REFERRER_LABELS.search(_normal(label)))


def _normal(text: str) -> str:
    lowered = without_team_around(text.lower().replace("’", "'").replace("(ren)", "ren")
                                  .replace("(s)", "s"))
    lowered = lowered.replace("d.o.b", "dob")
    cleaned = re.sub(r"[^a-z0-9' ]+", " ", lowered)
    return " ".join(cleaned.replace(" '", " ").split()).strip("' ")


# A section's title: "Referrer details", "Section 2: family information", "Part B"; at most
# four words before "details", so that narrative ("Mum gave us her bank details") is not one.
# "Section 47 enquiry held" is narrative: a numbered section is followed by its title's
# separator or by nothing.
SECTION_TITLE = re.compile(r"^(?:(?=.{3,90}$)(?:section|part)\s+\w{1,2}(?:\s*[:.\-–].*)?"
                            r"|(?=.{3,60}$)(?:[^\s:]+\s+){0,3}(?:details|information)\s*:?)$",
                            re.IGNORECASE)
