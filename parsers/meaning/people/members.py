"""Household members from every section, joined by name, with consent joined by name.

`read_household` gives records (a family table's rows, the key child's pairs, a
parent's block); the same person named twice is one member. Signatures and consent
statements are joined to members by name, never by position: one that names nobody is a
warning, not a new member.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re

from parsers.form import UNMATCHED_SIGNATURE, Consent, Person, Role
from parsers.meaning.people.family_table import PersonRow, build_people
from parsers.meaning.people.household_model import Household, PersonRecord
from parsers.meaning.people.names import (
    mentioned,
    name_words,
    same_person,
    split_names,
    who,
)
from parsers.meaning.people.signatures import Signature
from parsers.meaning.people.statements import group_members, join_statements
from parsers.meaning.values import (
    CHECKED,
    UNCHECKED,
    consent_from_text,
    find_postcode,
    parse_uk_date,
    parse_yes_no,
)
from parsers.meaning.vocabulary import (
    ELSEWHERE,
    PROFESSIONAL_ROLE,
    REFUSED,
    PersonPart,
    SectionKind,
)

Sources = dict[str, str]
NOBODY = "a consent signature matches nobody listed on the form"


@dataclasses.dataclass(frozen=True)
class Members:
    people: tuple[Person, ...]
    warnings: tuple[str, ...]
    sources: tuple[Sources, ...]  # per person: where its name, date of birth, consent are


def members(household: Household, assessed: dt.date | None, home: str | None = None) -> Members:
    """The household: everyone read, merged by name, less those who live elsewhere
    (`home` is the family's postcode, when read, to tell an address of their own)."""
    merged = _merged([r for r in household.people if not _family_name_alone(r)
                      and not PROFESSIONAL_ROLE.search(r.parts.get(PersonPart.RELATIONSHIP, ""))])
    ticked = any(_boxes(r) == (True,) for r in merged)  # someone's "Lives with child ☒ Yes"
    records = [r for r in merged if not lives_elsewhere(r, home)
               and not (ticked and _boxes(r) == (False,))]  # beside another's "☐ Yes"
    rows = [_row(r) for r in records]
    people, notes = build_people(rows, assessed)
    people = tuple(_role_from_section(p, r, assessed) for p, r in zip(people, records, strict=True))
    sources = [_sources(r) for r in records]
    warnings = list(notes) + [f"{len(merged) - len(records)} person(s) listed who do not live "
                              "at the home: not counted as household members"] * (
        len(merged) > len(records))
    joined = _join_signatures(list(people), household.signatures, sources, warnings)
    joined = join_statements(joined, household.statements, sources)
    groups = household.group_consents if not household.signatures else [
        (g, place) for g, place in household.group_consents if g == "young person"]
    joined = _join_groups(joined, groups, sources)  # where the form has signatures, they
    # are the record: a "Do the parents agree? YES" does not sign for a parent who left
    # their row empty ("Young person aware and agrees ☒ Yes" beside a parent's signature
    # is the young person's consent)
    return Members(tuple(joined), tuple(warnings), tuple(sources))


_SAME = re.compile(r"^(same|as above|as child|n/?a|none|-|–|—|same as (above|child|family)"
                   r"|lives with child)(?!\w)", re.IGNORECASE)


def lives_elsewhere(record: PersonRecord, home: str | None = None) -> bool:
    """The form says this person does not live at the home: a "lives here?" answer of
    no, an address of their own (one with another postcode than the home's), or a
    relationship such as "Father (does not live at the home)". Consent is asked of the
    household only."""
    if record.kind is SectionKind.OUTSIDE:
        return True
    parts = record.parts
    here = parts.get(PersonPart.LIVES_HERE, "").strip().lower()
    away = parts.get(PersonPart.AWAY_ADDRESS, "").strip()
    said = " ".join(parts.get(p, "") for p in (PersonPart.RELATIONSHIP, PersonPart.HOME_ADDRESS))
    said = f"{said} {here}".lower()
    own = find_postcode(parts.get(PersonPart.HOME_ADDRESS, "")) or find_postcode(
        parts.get(PersonPart.RELATIONSHIP, ""))  # "Dad (separated, lives in Poole BH15 2RU)"
    ticked = parse_yes_no(here) if re.search(f"[{CHECKED}]", here) else None
    return (bool(re.match(r"(no|n)(?![/\w])", here))  # "No", "N - 2 Park Lane", not "N/A"
            or ticked is False  # "☐ Yes ☒ No"
            or bool(away and not _SAME.match(away)) or bool(ELSEWHERE.search(said))
            or (home is not None and own is not None and own != home))


def _boxes(record: PersonRecord) -> tuple[bool, ...]:
    """The states of the tick boxes in a person's "lives here?" answer, in order."""
    here = record.parts.get(PersonPart.LIVES_HERE, "")
    return tuple(c in CHECKED for c in here if c in CHECKED or c in UNCHECKED)


def _family_name_alone(record: PersonRecord) -> bool:
    """"Family name | Fenton" (or "AHMED / BEGUM") in the family's details: the family's
    name, not a member; a member has a first name or a date of birth."""
    return set(record.parts) <= {PersonPart.SURNAME, PersonPart.RELATIONSHIP,
                                 PersonPart.HOME_ADDRESS, PersonPart.LIVES_HERE}


def _same(one: PersonRecord, other: PersonRecord) -> bool:
    a, b = name_words(one.name()), name_words(other.name())
    return bool(a) and (a == b or (len(a) > 1 and len(b) > 1 and a[0] == b[0] and a[-1] == b[-1]))


def _merged(records: list[PersonRecord]) -> list[PersonRecord]:
    """Records of the same person (the key child in pairs and again in a table) as one."""
    kept: list[PersonRecord] = []
    for record in records:
        same = next((k for k in kept if _same(k, record)), None)
        if same is None:
            kept.append(record)
            continue
        for part, value in record.parts.items():
            if part not in same.parts:
                same.parts[part] = value
                same.places[part] = record.places.get(part, "")
    return kept


# "Ruby-Leigh SMITH (also known as Ruby-Leigh Cox)": the name, less the other it goes by.
_ALIAS = re.compile(r"\s*[(\[]\s*(also known as|aka|a\.k\.a\.?|known as|n[ée]e|previously)\b[^)\]]*"
                    r"[)\]]", re.IGNORECASE)


def _row(record: PersonRecord) -> PersonRow:
    parts = record.parts
    name = " ".join(_ALIAS.sub("", re.sub(r"[*†‡]", "", record.name())).split())
    return PersonRow(name, parts.get(PersonPart.DATE_OF_BIRTH, ""),
                     parts.get(PersonPart.RELATIONSHIP, ""), parts.get(PersonPart.SIGNATURE, ""),
                     parts.get(PersonPart.CONSENT_DATE, ""))


def _role_from_section(person: Person, record: PersonRecord, assessed: dt.date | None
                       ) -> Person:
    """With no relationship, the section decides what the date of birth cannot: a
    parent's block is an adult's; the child's details are a child's when the form has
    no date to take an age on."""
    if person.relationship:
        return person
    if record.kind is SectionKind.ADULT and person.date_of_birth is None:
        return dataclasses.replace(person, role=Role.ADULT)
    if record.kind is SectionKind.CHILD and assessed is None:
        return dataclasses.replace(person, role=Role.CHILD)
    return person


def _sources(record: PersonRecord) -> Sources:
    names = [record.places[p] for p in (PersonPart.FULL_NAME, PersonPart.FIRST_NAME)
             if p in record.places]
    found = {"name": names[0] if names else "",
             "date_of_birth": record.places.get(PersonPart.DATE_OF_BIRTH, ""),
             "consent": record.places.get(PersonPart.SIGNATURE, "")}
    return {key: place for key, place in found.items() if place}


def _join_signatures(people: list[Person], signatures: list[Signature], sources: list[Sources],
                     warnings: list[str]) -> list[Person]:
    names = [p.name for p in people]
    for signature in signatures:
        signers = _signers(signature, names, [i for i, p in enumerate(people)
                                              if p.role is Role.ADULT])
        if not signers:
            if signature.written and not REFUSED.search(signature.written.lower()):
                family = _surname(signature.name) in {_surname(n) for n in names} - {""}
                warnings.append(f"{UNMATCHED_SIGNATURE if family else NOBODY} "
                                f"({signature.place})")
            continue
        for index in signers:
            people[index] = _signed(people[index], signature)
            sources[index]["consent"] = signature.place
    return people


def _surname(name: str) -> str:
    words = name_words(name)
    return words[-1] if len(words) >= 2 or (words and "." in name) else ""


def _signers(signature: Signature, names: list[str], adults: list[int]) -> list[int]:
    """Who a signature is of: the one person its name (or what was written) names; or
    everyone named in a row that names several ("Marta Nowak; Piotr Nowak")."""
    together = f"{signature.name} {signature.written}"
    if len(split_names(signature.name)) > 1:  # "J. Morgan / T. Morgan": each by initial
        each = [_one_of(part, names, adults) for part in split_names(signature.name)]
        if None not in each and len(set(each)) == len(each):
            return [i for i in each if i is not None]
        return mentioned(together, names)
    named = mentioned(signature.name, names)  # "Signed | Sian Jones   Gareth Jones": two
    if len(named) > 1 and sum(len(name_words(names[i])) for i in named) == len(  # whole
            name_words(signature.name)):  # names and nothing else
        return named
    each = [_one_of(part, names, adults) for part in _by_surname(signature.name)]  # "L Price
    # A Price"; "S Rahman A Rahman" beside Shirin, Abdul and their son Sami: the parents
    if len(each) > 1 and None not in each and len(set(each)) == len(each):
        return [i for i in each if i is not None]
    index = who(signature.name, names)
    if index is None and signature.written != signature.name:
        index = who(signature.written, names)
    return [index] if index is not None else mentioned(together, names)


def _one_of(written: str, names: list[str], adults: list[int]) -> int | None:
    """Whom one of several signatures in a box names; an initial that two share is the
    adult's when one of them is an adult."""
    index = who(written, names)
    if index is None:
        grown = [i for i in adults if same_person(written, names[i])]
        index = grown[0] if len(grown) == 1 else None
    return index


def _by_surname(name: str) -> list[str]:
    """One box signed by several of one surname ("L Price A Price"): each signature,
    cut after each time the last word comes; [] when it comes once."""
    words = name.split()
    ends = [i for i, w in enumerate(words) if words and w.lower() == words[-1].lower()]
    if len(ends) < 2 or 0 in ends:
        return []
    starts = [0, *(e + 1 for e in ends[:-1])]
    return [" ".join(words[a:b + 1]) for a, b in zip(starts, ends, strict=True)]


def _signed(person: Person, signature: Signature) -> Person:
    written = signature.written  # a signature box left empty beside the name: not signed
    signed, evidence = consent_from_text(written)
    if REFUSED.search(written.lower()):
        signed, evidence = False, ""
    if not signed and person.consent.signed:
        return person
    when = parse_uk_date(signature.date_text) or person.consent.date
    return dataclasses.replace(person, consent=Consent(signed, when, evidence))


def _join_groups(people: list[Person], groups: list[tuple[str, str]],
                 sources: list[Sources]) -> list[Person]:
    for group, place in groups:
        for index in group_members(group, people):
            if not people[index].consent.signed:
                people[index] = dataclasses.replace(
                    people[index], consent=Consent(True, None, "consent recorded"))
                sources[index]["consent"] = place
    return people
