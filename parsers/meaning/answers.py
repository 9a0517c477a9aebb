"""What has been read from one file so far: the accumulator the readers share."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from parsers.meaning.labels import Field, field_for, in_lp_section, normalise_label
from parsers.meaning.people.family_table import Column, PersonRow
from parsers.meaning.values import CHECKED, UNCHECKED, find_postcode, is_placeholder, parse_yes_no
from parsers.meaning.vocabulary import PersonPart, names_author, names_lead, person_part

_CONTACT_FIELDS = frozenset({Field.LP_NAME, Field.LEAD_NAME, Field.LP_AGENCY, Field.LP_ROLE,
                             Field.LP_EMAIL, Field.LP_PHONE})


@dataclass
class Contact:
    """One professional's details as the form groups them: values read one after another
    in one section, until a value of a kind already given (the next person's name)."""

    section: str
    lead: bool  # named as the lead professional, apart from the form's author
    values: dict[Field, str] = field(default_factory=dict)
    by_label: bool = False  # a lead named by its own label ("Lead Professional for the
    # plan"), not only by its section ("Named Person and Lead Professional")
    places: dict[Field, str] = field(default_factory=dict)  # where each value was read


@dataclass
class Found:
    """Accumulator used only while reading one file's blocks."""

    values: dict[Field, list[str]] = field(default_factory=dict)
    people: list[PersonRow] = field(default_factory=list)
    section: str = ""
    pending: Field | None = None
    continues: bool = False  # the next plain line continues the last narrative value
    # The last family table's width and columns while the next table may continue it
    # (a table split over two pages without its header row repeated).
    family: tuple[int, dict[Column, int]] | None = None
    discard: bool = False  # the next plain line answers a label this section cannot hold
    place: str = ""  # where the block being read is ("table 2, row 3", "paragraph 7")
    table_next: bool = False  # the block after this one is a table
    places: dict[Field, list[str]] = field(default_factory=dict)
    sections: dict[Field, list[str]] = field(default_factory=dict)  # the section of each value
    contacts: list[Contact] = field(default_factory=list)
    unplaced_name: str = ""  # the answer to the last pair, "Name", in a section of no kind
    not_home: bool = False  # reading a table of professionals: no address is the home's

    def add(self, found: Field, value: str) -> bool:
        text = value.strip()
        if text and not is_placeholder(text):
            self.values.setdefault(found, []).append(text)
            self.places.setdefault(found, []).append(self.place)
            self.sections.setdefault(found, []).append(self.section)
            if found in _CONTACT_FIELDS:
                self._contact(found, text)
            return True
        return False

    def _contact(self, found: Field, text: str) -> None:
        key = Field.LP_NAME if found is Field.LEAD_NAME else found
        if key is Field.LP_NAME and (_NO_NAME.match(text) or _ROLE_ONLY.match(text)
                                     or _UNCONFIRMED.search(text) or _TICKS.search(text)):
            return  # "Named Person: Not known – family moved from Inverness", "Head
            # Teacher, new school in Dudley (to be confirmed)", "Referral from ☒ Health
            # ☐ Social Work": nobody named
        last = self.contacts[-1] if self.contacts else None
        lead = found is Field.LEAD_NAME or names_lead(self.section)
        if (last is None or key in last.values or (lead and not last.lead)
                or (last.section != self.section and key is Field.LP_NAME)):
            last = Contact(self.section, lead)
            self.contacts.append(last)
        last.values[key] = text
        last.places[key] = self.place
        last.by_label = last.by_label or found is Field.LEAD_NAME

    def first(self, found: Field) -> str:
        return self.values.get(found, [""])[0]


_TICKS = re.compile(f"[{CHECKED}{UNCHECKED}]")  # a row of tick boxes names no one
_NO_NAME = re.compile(r"(not known|unknown|none( yet)?|n/?a|not (yet )?(allocated|identified|"
                      r"applicable|in place))\b"  # ("tbc" anywhere: _UNCONFIRMED)
                      # "Named Person Service – Getting it right for every child": a title
                      r"|(service|team|hub|department|office|unit|panel|pathway|process)(\W|$)",
                      re.IGNORECASE)


_ROLE_ONLY = re.compile(r"(the )?(depute |deputy |assistant |acting )?(head ?teacher|head of "
                        r"year|health visitor|school nurse|social worker|family support worker|"
                        r"teacher|senco|designated safeguarding lead|gp)\b", re.IGNORECASE)
_UNCONFIRMED = re.compile(r"\b(to be (confirmed|allocated|identified)|tbc)\b", re.IGNORECASE)


# Sections a label opens when no heading does: what follows the referrer's name (their
# address, their postcode) is theirs; what follows the child's name is the family's.
REFERRER_FROM_LABEL = "referrer (named by a label)"
FAMILY_FROM_LABEL = "child's details (named by a label)"
_FAMILY_LABEL = re.compile(r"\b(child|young person|parent|carer|mother|father|family)\b",
                           re.IGNORECASE)


_WITH_WHOM = re.compile(r"\bwith whom the child(\(?ren\)?)? (lives?|live)\b")
_ADDRESS_AFTER_NAMES = re.compile(r",\s*(?P<address>\d[^,]*(?:,[^,]*){0,3})$")
_LEVEL_OPTION = re.compile(r"(level|tier)\s*[1-4]\b", re.IGNORECASE)
_ASKED_LEVEL_OPTION = re.compile(r"^(?=.*\b(level|tier)s? of need\b).+?\s\d{1,2}\s+(?P<option>"
                                 r"(level|tier)\s*[1-4]\b.*)$", re.IGNORECASE)
_LEVEL_LAST = re.compile(r"^(?=.*\b(level|tier)s? of need\b).*\s(?P<option>(level|tier)\s*[1-4])$",
                         re.IGNORECASE)
_NUMBERED_LEVEL = re.compile(r"^(level|tier)s?( of need)?\s*(\([^()]*\))?\s*(?P<n>[1-4])\s+"
                             r"(?P<rest>(?!(level|tier)\b)[A-Za-z].*)$", re.IGNORECASE)
_PHONE = re.compile(r"\d[\d\s()+-]{5,}\d|\bext\b", re.IGNORECASE)


def read_pair(found: Found, label: str, value: str) -> bool:
    if normalise_label(label) == "contact" and "@" in value and in_lp_section(found.section):
        return found.add(Field.LP_EMAIL, value)  # Merthyr "Who is helping you fill this in?"
        # … "Contact | nia.edwards@redhill.example.org / 01632 960640"
    with_whom = _WITH_WHOM.search(label.lower()) or (
        _WITH_WHOM.search(found.section.lower()) and field_for(label, found.section) is None)
    address = _ADDRESS_AFTER_NAMES.search(value) if with_whom else None
    if address is not None and find_postcode(address["address"]):  # "Name of parents or
        found.add(Field.ADDRESS, address["address"])  # carers with whom the child lives" |
        # "Joanne Ward (mother) and Lee Pearson (…), 5 Bredon Road, Amblecote DY9 7AA"
    if _LEVEL_OPTION.match(label.strip()) and parse_yes_no(value) is True:
        return found.add(Field.LEVEL, label.strip())  # a fillable "Level 2" box ticked
        # ("Level 2 additional needs met by a single agency", Bury EHFSP)
    last = _LEVEL_LAST.match(label.strip())
    if last and parse_yes_no(value) is True:  # "Level of need after step down Level 3" ticked
        return found.add(Field.LEVEL, last["option"])  # (Together for Children step-down)
    numbered = _NUMBERED_LEVEL.match(label.strip())
    if numbered and parse_yes_no(value) is True:  # "Level (tick one) 2 Universal Plus" ticked
        return found.add(Field.LEVEL, f"Level {numbered['n']} {numbered['rest']}")  # (Poole)
    option = _ASKED_LEVEL_OPTION.search(label)
    if option and parse_yes_no(value) is True:  # a fillable box named for its question and
        return found.add(Field.LEVEL, option["option"])  # option: "Tier of need (Vale of
        # Glamorgan model of need) 1 Tier 3", "Which level of need ...? 2 Level 2 – ..."
    if "?" in label and names_lead(label) and parse_yes_no(value) is False and ":" in value:
        # "Will you take on the role of ... (lead professional)? | No – coordinator
        # proposed: Simon Yates, Family Support Worker, ..." (Torbay nomination)
        found.section = label
        return found.add(Field.LEAD_NAME, value.rpartition(":")[2])
    target = field_for(label, found.section)
    section = found.section
    label_opens_section(found, label, target)
    found.unplaced_name = value.strip() if target is None and normalise_label(label) == "name" \
        else ""  # a name whose section is not known yet
    if found.section != section:
        target = field_for(label, found.section)
    if target is None and _LEVEL_OPTION.fullmatch(value.strip()) and not field_for(label):
        return found.add(Field.LEVEL, value.strip())  # "Text26 | Level 2" (Guernsey MARF)
    if target is None or _is_a_heading(value, target):
        return False
    if target in (Field.ADDRESS, Field.POSTCODE) and found.not_home:
        return False  # the GP's address in "Name | Agency | Address | Telephone"
    if target is Field.POSTCODE and not any(c.isdigit() for c in value):
        return False  # "the postcode checker sent me to you": words, not a postcode
    if target is Field.LP_PHONE and not _PHONE.search(value):
        return False  # "... gave consent by phone to the MASH social worker": no number
    found.continues = found.add(target, value) and target is Field.NARRATIVE
    return True


# Labels only a household member's details have: the referrer's part of the form is over.
# ("Relationship to child: Health Visitor" is asked of the referrer too.)
_HOUSEHOLD_ONLY = frozenset({PersonPart.DATE_OF_BIRTH, PersonPart.LIVES_HERE,
                             PersonPart.AWAY_ADDRESS, PersonPart.NAMES})


def _is_a_heading(value: str, target: Field) -> bool:
    """A column heading read beside another ("Name | Agency | Contact"): no answer. (An
    agency called "Children's Services" answers "Agency".)"""
    text = value.strip()
    other = field_for(text) if 0 < len(text) <= 40 and "@" not in text else None
    return other is not None and other is not target and not any(c.isdigit() for c in text)


def label_opens_section(found: Found, label: str, target: Field | None) -> None:
    professional = target in (Field.LP_ROLE, Field.LP_AGENCY) and bool(
        _ONLY_A_PROFESSIONAL.search(normalise_label(label)))
    opens = target is Field.LP_NAME or professional or (
        target in (Field.LP_ROLE, Field.LP_AGENCY, None) and names_author(label))
    if opens and not in_lp_section(found.section) and not _FAMILY_LABEL.search(label):
        found.section = REFERRER_FROM_LABEL
        if professional and found.unplaced_name:  # "Name | Grainne O'Neill" then
            found.add(Field.LP_NAME, found.unplaced_name)  # "Designation | Education
            # Welfare Officer" (UNOCINI "1. Referral Information"): a professional's name
    elif found.section == REFERRER_FROM_LABEL and _names_the_family(label, target):
        found.section = FAMILY_FROM_LABEL
    elif in_lp_section(found.section) and names_family_address(label):
        found.section = FAMILY_FROM_LABEL  # "Family address" printed as the next part's title


# Labels only a professional's details have: what follows is theirs.
_ONLY_A_PROFESSIONAL = re.compile(r"^(designation|job title|profession|professional role|"
                                  r"post held|position held)$")


_FAMILY_ADDRESS = re.compile(r"^(the )?(family('s)?|child('s)?|young person's|home) (home )?"
                             r"address( and postcode)?$")


def names_family_address(label: str) -> bool:
    """"Family address", "Child's home address": the family's, whatever came before."""
    return bool(_FAMILY_ADDRESS.match(re.sub(r"^\d{1,2}[a-z]? ", "", normalise_label(label))))


def _names_the_family(label: str, target: Field | None) -> bool:
    """A label only the family's details have, after the author's: their address ("Family
    home address"), a member's date of birth, a child's name."""
    if field_for(label) is Field.ADDRESS and _FAMILY_LABEL.search(label):
        return True
    part = person_part(label)
    return target in (None, Field.CHILD_NAME, Field.CHILD_DOB) and (
        part in _HOUSEHOLD_ONLY or (part not in (None, PersonPart.RELATIONSHIP)
                                    and bool(_FAMILY_LABEL.search(label))))
