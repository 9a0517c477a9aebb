"""People written one to a line or in a sentence, with their dates of birth ("Jakub Nowak,
brother, 02/02/2019", "mum Shona Kennedy (born 08/01/1990) and her partner Jamie Reid
(born 19/09/1988)"), read into the household walk. The walk is passed in."""

from __future__ import annotations

import re

from parsers.meaning.people.cells import (
    LIVES_HERE_NOTE,
    NAME_AND_NOTE,
    NUMBERED_PERSON,
    NUMBERED_ROW,
    PERSON_KIND_LABEL,
    RELATION_WORD,
    is_a_name,
    named_with_date,
    people_in_a_sentence,
)
from parsers.meaning.people.household_model import PersonRecord
from parsers.meaning.people.household_tables import LISTING_SECTIONS, Walker, read_table
from parsers.meaning.people.names import names_with_notes, surname_first
from parsers.meaning.people.signatures import bare_yes, clean
from parsers.meaning.values import parse_yes_no, ticked_options
from parsers.meaning.vocabulary import (
    CONSENT_VERBS,
    ELSEWHERE,
    PersonPart,
    SectionKind,
    consent_group,
    person_part,
    section_kind,
)

# A brother or sister named by first name only, with a date of birth and a note.
_SIBLING_BY_FIRST_NAME = re.compile(
    r"\b(?:his|her|their)\s+(?:(?:little|baby|younger|older|big|twin)\s+)?(?P<relationship>"
    r"(?:half[- ]|step[- ]?)?(?:sister|brother))\s+(?P<first>[A-Z][a-z'’-]+)\s*\((?:DOB|D\.O\.B\.?|"
    r"born)\s*:?\s*(?P<born>\d{1,2}[./-]\d{1,2}[./-]\d{2,4})(?P<note>,[^()]{0,40})\)",
    re.IGNORECASE)
_AT_HOME = re.compile(r"(both|all|everyone|they|who)? ?(live )?(are )?(at home|live here|in the "
                      r"home)")
_CARED_FOR = re.compile(r"\b(person(\(s\)|s)? cared for|people cared for|cared for person|"
                        r"who do they (help to )?care for)\b")
# "Darren Pugh, DOB unknown, stays most nights": a name whose date of birth is not known.
_DOB_UNKNOWN = re.compile(r",\s*(?:DOB|D\.O\.B\.?|date of birth)\s*:?\s*(?:unknown|not known|n/?k)"
                          r"\b.*$", re.IGNORECASE)
# Sections whose people are not the household's (the referrer, professionals, elsewhere).
NOT_THE_FAMILY = (SectionKind.REFERRER, SectionKind.PROFESSIONALS, SectionKind.OUTSIDE)


def people_answer(walk: Walker, label: str, value: str, place: str) -> bool:
    """People listed as the answer to "Living at home" ("Jakub Nowak, brother,
    02/02/2019; ...") or "Lives with"; under "Not living at home" they live elsewhere."""
    found = [parts for item in re.split(r"\s*[;\n]\s*", value) if (parts := named_with_date(item))]
    found = max(found, people_in_a_sentence(value), key=len)
    named = names_with_notes(clean(value))
    if not found and named and all(note and is_a_name(name) for name, note in named):
        found = [{PersonPart.FULL_NAME: name, PersonPart.RELATIONSHIP: note}  # "Joanne Ward
                 for name, note in named]  # (mother) and Lee Pearson (mother's partner)"
    if not found:
        return False
    away = bool(ELSEWHERE.search(label.lower()))
    for parts in found:
        _add(walk, {**parts, PersonPart.LIVES_HERE: "no" if away else "yes"}, place)
    return True


def said_to_live_here(walk: Walker, label: str, value: str, place: str) -> bool:
    """People an answer names with their dates of birth and says live in the home, whatever
    it asks ("Who do they help to care for? His brother Finlay Maciver (DOB 15/05/2016,
    lives at home)"): household members."""
    cared_for = bool(_CARED_FOR.search(label.lower()))
    if walk.kind in NOT_THE_FAMILY and not cared_for:
        return False  # a young carer's "Person(s) cared
    found = [p for p in people_in_a_sentence(value)  # for": at home unless it says not
             if p.get(PersonPart.LIVES_HERE) == "yes" or (
                 cared_for and p.get(PersonPart.LIVES_HERE) != "no")]
    family = walk.found.people[0].name().split()[-1:] if walk.found.people else []
    for match in _SIBLING_BY_FIRST_NAME.finditer(value if family else ""):
        if LIVES_HERE_NOTE.search(match["note"].lower()):  # "his little sister Isla (DOB
            found.append({PersonPart.FULL_NAME: f"{match['first']} {family[0]}",  # 03/03/
                          PersonPart.DATE_OF_BIRTH: match["born"],  # 2020, lives with them)"
                          PersonPart.RELATIONSHIP: match["relationship"].lower()})
    for parts in found:
        _add(walk, parts, place)
    return bool(found)


def person_by_whom(walk: Walker, label: str, value: str, place: str) -> bool:
    """A person answering a label that says only whom or numbers them ("Child 1: Oliver
    Fletcher DOB 13/01/2013", "Young person: BOOTH, Tyler" then "D.O.B.: 11/01/2010",
    "Parent/carer: Kelly Whitehouse (mother)", "1: Kerry Nash - Mum - 30/11/1982")."""
    lowered = label.strip().lower()
    numbered = NUMBERED_PERSON.fullmatch(lowered) or PERSON_KIND_LABEL.fullmatch(lowered)
    dated = named_with_date(clean(value)) if NUMBERED_ROW.fullmatch(lowered) else None
    if dated is not None:  # "1 | Kerry Nash - Mum - 30/11/1982 - works full time"
        _add(walk, dated, place)
        return True
    if numbered is None:
        return False
    whom = numbered[2] if numbered.re is PERSON_KIND_LABEL else numbered[1]
    kind = SectionKind.CHILD if whom in ("child", "young person", "sibling") else SectionKind.ADULT
    parts = named_with_date(clean(value))
    bare = _NAME_SPACE_DATE.fullmatch(clean(value)) if parts is None else None
    if bare is not None and is_a_name(bare["name"]):  # "Child 1 | Brandon Carter 03/01/2011"
        parts = {PersonPart.FULL_NAME: bare["name"], PersonPart.DATE_OF_BIRTH: bare["born"]}
    several = [(n, note) for n, note in names_with_notes(clean(value))
               if not _AT_HOME.fullmatch(n.lower())]  # (", both at home")
    if not parts and numbered.re is PERSON_KIND_LABEL and len(several) > 1 and all(
            NAME_AND_NOTE.fullmatch(n) and is_a_name(n) for n, _ in several):
        walk.close_person()  # "Parents / carers: Hayley Grant (mum) and Scott Grant (dad),
        for name, note in several:  # both at home"
            _add(walk, {PersonPart.FULL_NAME: name, **(
                {PersonPart.RELATIONSHIP: note} if note else {})}, place)
        return True
    alone = None if parts else NAME_AND_NOTE.fullmatch(  # ("Parent / carer 1 | Rachel Owen")
        _DOB_UNKNOWN.sub("", surname_first("", clean(value))))
    if alone is not None and is_a_name(alone["name"]):
        parts = {PersonPart.FULL_NAME: alone["name"]}
        if alone["note"]:
            parts[PersonPart.RELATIONSHIP] = alone["note"]
    if not parts:
        return False
    if RELATION_WORD.search(whom) and PersonPart.RELATIONSHIP not in parts:
        parts[PersonPart.RELATIONSHIP] = whom  # "Mum's partner: Darren Pugh, DOB unknown"
    walk.close_person()
    walk.person = PersonRecord(kind, parts, dict.fromkeys(parts, place))
    if alone is None:  # (a person with a date of birth is whole; one named alone has their
        walk.close_person()  # other answers next)
    return True




_NAME_SPACE_DATE = re.compile(r"(?P<name>[A-Z][\w'’-]+(?: [A-Z][\w'’-]+){1,3})\s+"
                              r"(?P<born>\d{1,2}[./-]\d{1,2}[./-]\d{2,4})")


def parts_in_one_box(walk: Walker, label: str, value: str, place: str) -> bool:
    """One box holding a person's answers in the order its label names them ("Other
    household members (Surname / Forename / DOB / Relationship)" | "Evans / Tyler /
    30/01/2011 / Brother"): read as a table of one row under those headings."""
    asked = re.search(r"\(([^()]*/[^()]*)\)?\s*$", label)
    titles = tuple(t.strip() for t in asked[1].split("/") if t.strip()) if asked else ()
    values = tuple(v.strip() for v in re.split(r"\s+/\s+", value))
    family = re.search(r"\b(child|young person|parent|carer|mother|father|household|family)",
                       label.lower())  # (whatever heading a flattened page printed above it)
    if len(titles) < 2 or len(values) < 2 or not family or not any(
            person_part(t) in (PersonPart.SURNAME, PersonPart.FIRST_NAME, PersonPart.FULL_NAME)
            for t in titles):
        return False
    read_table(walk, (titles, values[:len(titles)]), place)
    return True


def said_who_agreed(in_consent: bool, label: str, value: str) -> bool:
    """An answer that says who agreed, to be joined by name: under a consent heading, a
    label naming only whom ("Young person (if appropriate) | Harris Gordon 26/05/2026");
    anywhere, a yes naming people who agree ("Have you discussed this referral with all
    those who hold PR? ☒ Yes – Gemma Price and Dean Price, 03/11/2026; both agree")."""
    text = clean(value)
    whom = PERSON_KIND_LABEL.fullmatch(re.sub(r"\s*\([^()]*\)", "", label).strip().lower())
    if in_consent and whom and text:
        return True
    return (not consent_group(label) and parse_yes_no(value) is True
            and bool(CONSENT_VERBS.search(text.lower())) and not bare_yes(value))


def person_on_a_line(walk: Walker, line: str, place: str) -> bool:
    """A person written on a line of their own, with their date of birth ("FAMILY: Mum -
    Vicky WATSON (DOB 18/04/1984), uses crutches"); several, each with theirs in brackets
    ("Tom WATSON (DOB 05/07/2015) and Ian WATSON (DOB 26/11/2012) - young carers")."""
    label, colon, rest = line.partition(":")
    found = named_with_date(line) or (named_with_date(rest.strip()) if colon and section_kind(
        label) in (SectionKind.FAMILY, SectionKind.CHILD, SectionKind.ADULT) else None)
    several = people_in_a_sentence(line) if found is not None else []
    for parts in several if len(several) > 1 else [found] if found is not None else []:
        _add(walk, dict(parts), place)
    return found is not None


def _add(walk: Walker, parts: dict[PersonPart, str], place: str) -> None:
    walk.close_person()
    kind = walk.kind if walk.kind in LISTING_SECTIONS else SectionKind.FAMILY
    record = PersonRecord(kind, parts, dict.fromkeys(parts, place))
    if is_a_name(record.name()):
        walk.found.people.append(record)


def ticks(walk: Walker, text: str, place: str) -> None:
    """Tick boxes that choose a level of need, or a safeguarding referral."""
    for option in ticked_options(text):
        lowered = option.lower()
        if re.search(r"(?<!key )\b(level|tier)\s*[1-4]\b", lowered) or re.search(
                r"\bstage\s*[1-4]\b.*\b(universal|vulnerable|additional|complex|acute|"
                r"targeted|specialist)\b", lowered) or (
                walk.kind is SectionKind.LEVEL):  # (not a school's "Key Stage 2", nor
            # Angus's "Five Stage Intervention Process" "☒ Stage 3"; "☒ Stage 3 – Complex"
            # is Waltham Forest's staged model's level)
            numbered = re.search(r"\b(level|tier|stage)\s*[1-4]\b", lowered)
            walk.found.levels.append((option if numbered else text, place))  # (all options')
        if _SAFEGUARDING_TICK.search(lowered) and not re.search(r"\bnot\b|\bno\b", lowered):
            walk.found.safeguarding_ticked = True
        elif re.search(r"early help", lowered) and walk.found.safeguarding_ticked is None:
            walk.found.safeguarding_ticked = False


# A ticked option that makes the form a safeguarding referral ("☒ Safeguarding referral",
# Blaenau Gwent "☒ Child at risk – report to Children's Services").
_SAFEGUARDING_TICK = re.compile(r"safeguarding|child protection|significant harm|\bchild at risk\b"
                                r"|at risk of (abuse|harm|neglect)|report to children'?s services")
