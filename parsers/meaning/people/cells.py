"""Cells and rows as forms fill them: names, labels, ticks, dates in boxes. Pure."""

from __future__ import annotations

import re

from parsers.meaning.labels import field_for
from parsers.meaning.people.signatures import leading_person_label
from parsers.meaning.values import CHECKED, parse_uk_date
from parsers.meaning.vocabulary import (
    ELSEWHERE,
    SIGNED,
    PersonPart,
    SectionKind,
    names_referrer,
    person_part,
    section_kind,
)

Row = tuple[str, ...]
_ADDRESS_LABEL = re.compile(r"\b(address|post ?code)\b", re.IGNORECASE)
_DATE_BOX = re.compile(r"^\d{1,4}$")


_NOT_NAMES = re.compile(r"^(also known as|aka|gender|ethnicity|none|nil|n/?a|not known|unknown"
                        r"|as above|tbc|tba|see (above|below)|yes|no|other|male|female)$"
                        r"|^(none|nobody|no one|nil)\s*[.;,–-]",  # "none. Mum lives in ..."
                        re.IGNORECASE)


def is_a_name(text: str) -> bool:
    """A person's name as typed, not a label left in a cell ("Surname", "D.O.B.")."""
    clean = text.strip(" *:")
    if _BOX.match(clean):
        return False  # "☒ Safe": a ticked option, not a person
    if re.search(r"\d{4,}", clean) and parse_uk_date(clean) is None:
        return False  # "PATEL – LL 6632019" is a case number; "Ruby Halford (DOB 1/12/18)" a name
    dated = any(ch.isdigit() for ch in clean)
    labelled = not dated and (person_part(clean) is not None or field_for(clean) is not None)
    return (bool(re.search(r"[^\W\d_]{2}", clean)) and ":" not in clean and "@" not in clean
            and not labelled  # (an email address is no name)
            and not _NOT_NAMES.match(clean) and len(clean.split()) <= 8)


def carries_on(rows: tuple[Row, ...], titles: Row) -> bool:
    """A headerless table as wide as the family table before it, with no label where the
    names go (a label/value table of the same width is not a continuation)."""
    born = [i for i, t in enumerate(titles) if person_part(t) is PersonPart.DATE_OF_BIRTH]
    return bool(rows) and all(len(r) == len(titles) and not is_label(r[0]) and all(
        not r[i].strip() or r[i].strip()[:1].isdigit() or not parse_uk_date(r[i])
        for i in born) for r in rows)  # ("Completed | Yes, 01/07/2026 | ..." under "Graded
    # Care Profile 2": an answer with a date where the date of birth would be is no person)

def date_boxes(row: Row, index: int, titles: Row) -> str:
    """A date of birth typed in three boxes (dd | mm | yyyy) under one heading or three."""
    boxes = [c.strip() for c in row[index:index + 3]]
    spare = all(not t.strip() or re.fullmatch(r"\(?(dd|mm|yy|yyyy)\)?", t.strip().lower())
                or (index < len(titles) and t == titles[index])  # a heading merged over the
                for t in titles[index + 1:index + 3])  # three boxes, read once a column
    if len(boxes) == 3 and spare and all(_DATE_BOX.match(b) for b in boxes):
        return "/".join(boxes)
    return ""


def all_labels(row: Row) -> bool:
    cells = [c for c in row if c.strip()]
    return len(cells) >= 2 and all(is_label(c) for c in cells)


def is_label(cell: str) -> bool:
    text = cell.strip().rstrip(":")
    if any(ch.isdigit() for ch in text) or len(text) > 100:
        return False
    return (person_part(text) is not None or field_for(text) is not None
            or bool(_ADDRESS_LABEL.search(text)) or names_referrer(text)
            or bool(_OTHER_LABEL.search(text)))


# Labels of what forms ask beside a person's details (not read, but labels all the same).
_OTHER_LABEL = re.compile(r"\b(names?|alias|aka|known as|gender|sex|ethnicity|ethnic origin|"
                          r"religion|language|disabilit(y|ies)|nhs number|upn|age|m/f|school)\b",
                          re.IGNORECASE)


def as_tick(cell: str) -> str:
    return CHECKED[0] if cell.strip().lower() in ("x", "✓", "✔", "yes", "y") else cell


_NUMBERED = re.compile(r"^(?:section |part )?\d{1,2}[a-z]?[.):]\s*(?P<title>[^(.:]{3,60})",
                       re.IGNORECASE)


_GUIDANCE_LINE = re.compile(r"^\(?\s*(if|please|where|when|note)\b", re.IGNORECASE)


def is_section_title(text: str) -> bool:
    """A short line that names a section of a known kind and answers nothing; or a
    numbered heading with guidance after it ("1a. Child's details (Please complete ...)")."""
    title = text.strip().rstrip(":").strip()
    numbered = _NUMBERED.match(title)
    if numbered and len(title) > 70:
        return section_kind(numbered["title"]) is not SectionKind.OTHER
    if _GUIDANCE_LINE.match(title):
        return False  # "(If not, please make young person aware of this referral)"
    if title[:1].islower() or (title.endswith(".") and len(title.split()) > 3
                               and SIGNED.search(title)):
        return False  # a sentence wrapped onto this line ("young carers assessment and help
        # finding a GP."); one saying who consented ("Imran Begum gave consent by phone.")
    return (2 < len(title) <= 70 and ":" not in title and not _BOX.search(title)
            and not _A_DATE.search(title)  # "Darren Griffiths, 27/10/1999, father" answers
            and person_part(re.sub(r"\([^()]*\)", " ", title)) in (  # ("Family members
                None, PersonPart.LIVES_HERE, PersonPart.AWAY_ADDRESS,  # (name – date of
                PersonPart.HOME_ADDRESS)  # birth – relationship)": a title and its guidance)
            and section_kind(title) is not SectionKind.OTHER
            and not leading_person_label(title)
            and ("?" not in title or numbered is not None)  # "1. Who is completing this
            # assessment?" heads a part
            and (not title.endswith(".") or (
                len(title.split()) <= 10 and not _INSTRUCTION.search(title))))


_A_DATE = re.compile(r"\d{1,2}\s*[./-]\s*\d{1,2}\s*[./-]\s*\d{2,4}")
_BOX = re.compile(r"[☐☒☑□■✓✔✗✘]|\[\s*[xX✓✔]?\s*\]")  # a row of tick boxes is no title
# "Part 1 should be completed by the referrer.": an instruction, not a section's title.
_INSTRUCTION = re.compile(r"\b(should|must|will|can|may|please|to be)\b", re.IGNORECASE)


# The words a form uses for a person's relationship to the child, in every pattern below.
_KIN = (r"mum|mom|mother|dad|father|nan|nana|gran|granny|grandma|grandmother|grandad|"
        r"grandfather|sister|brother|son|daughter|carer|aunt|uncle|partner|child|sibling|baby|"
        r"guardian")


# "Riley Jones  DOB 14/03/2016  Male", "Mum – Kelly Jones, DOB 25/12/1985, lives at home":
# a person written on one line of an email or a letter-like form.
_NAMED_WITH_DATE = re.compile(
    r"^(?:(?P<relationship>(?:step|half|great[- ])?(?:" + _KIN + r")(?: [a-z]+)?)\s*[–—:-]\s*)?"
    r"(?P<name>[A-Z][\w'’-]+(?: [A-Z][\w'’-]+){1,3}),?\s+(?:[-–—]\s+)?\(?(?:DOB|D\.O\.B\.?|born|"
    r"date of birth)"
    r"\s*:?\s*(?P<born>\d{1,2}[./-]\d{1,2}[./-]\d{2,4}|\d{1,2}(?:st|nd|rd|th)? [A-Za-z]+ \d{4})"
    r"(?:\)?\s*[-–—,]\s*(?P<after>(?:step|half|great[- ])?-?(?:" + _KIN + r"|cousin|nephew|niece))"
    r"\b)?",  # ("Lorraine Petrie, DOB 02/02/1982 - mum")
    re.IGNORECASE)


# "Jakub Nowak, brother, 02/02/2019" (Wiltshire SARF "Other family members: Living at home");
# "Kerry Nash - Mum - 30/11/1982 - works full time".
_NAME_RELATION_DATE = re.compile(
    r"^(?P<name>[A-Z][\w'’-]+(?: [A-Z][\w'’-]+){1,3})(?:,|\s[-–—])\s*(?P<relationship>(?:step|"
    r"half|great[- ])?-?(?:" + _KIN + r"|cousin|nephew|niece)(?: [a-z]+)?)(?:,|\s[-–—])\s*"
    r"(?:(?:DOB|D\.O\.B\.?|born|date of birth)\s*:?\s*)?"
    r"(?P<born>\d{1,2}[./-]\d{1,2}[./-]\d{2,4})\b",
    re.IGNORECASE)


_SURNAME_FIRST = re.compile(r"^(?P<surname>[A-Z][A-Z'’-]+),\s+(?P<forename>[A-Z][\w'’-]+"
                            r"(?: (?!DOB\b|D\.O\.B|Born\b)[A-Z][\w'’-]+){0,2})"
                            r"(?=\s*(?:\s[-–—])?\s+(?:\([^()]{1,40}\)\s*)?(?:\(?(?:DOB|D\.O\.B|born|"
                            r"date of birth)\b|\d{1,2}[./-]\d{1,2}[./-]\d{2,4}))")


# "Kelly Ann Griffiths, 11/04/2003, mother (pregnant, due 30/09/2026)" (Staffordshire EHA,
# "PATEL, Nisha - 11/01/1986 - mother" typed into a message,
# "Who lives in the household? (name, date of birth, relationship)").
_NAME_DATE_RELATION = re.compile(
    r"^(?P<name>[A-Z][\w'’-]+(?: [A-Z][\w'’-]+){1,3})(?:,|\s+[-–—])\s*(?:(?:DOB|D\.O\.B\.?|born)"
    r"\s*:?\s*)?(?P<born>\d{1,2}[./-]\d{1,2}[./-]\d{2,4})\s*(?:(?:,|\s[-–—])\s*"
    r"(?P<relationship>[a-z][^,;]{1,40}?))?"
    r"\s*(?:[(,;].*)?$", re.IGNORECASE)


# "Fiona Robertson (mother) DOB 15/09/1988" (Highland police child concern form); "Jessica
# Hamon (mother), 22/12/1999, lives at home" typed into a message; "Brenda Roberts (maternal
# grandmother, lives with them), DOB 03/03/1965": the relationship is the bracket's first part;
# "BOOTH, Sharon (mum) 30/08/1979".
_NAME_NOTE_DATE = re.compile(
    r"^(?P<name>[A-Z][\w'’-]+(?: [A-Z][\w'’-]+){1,3})\s*\((?P<relationship>[^(),]{2,30})"
    r"(?:,[^()]{0,40})?\)\s*"
    r"(?:,?\s*(?:DOB|D\.O\.B\.?|born|date of birth)\s*:?|,)?\s*"
    r"(?P<born>\d{1,2}[./-]\d{1,2}[./-]\d{2,4})",
    re.IGNORECASE)


_BOXED_DATE = re.compile(r"\b(\d{1,2})\s*\|\s*(\d{1,2})\s*\|\s*(\d{2,4})\b")


def named_with_date(line: str) -> dict[PersonPart, str] | None:
    """A person's name, date of birth and relationship written on one line, or None."""
    line = _BOXED_DATE.sub(r"\1/\2/\3", line)  # "Oscar Hollis, 18 | 04 | 2020"
    turned = _SURNAME_FIRST.match(line)  # "JACKSON, Tia  DOB 03/03/15  Year 5"
    if turned:
        line = f"{turned['forename']} {turned['surname']} {line[turned.end():]}"
    found = (_NAMED_WITH_DATE.match(line) or _NAME_RELATION_DATE.match(line)
             or _NAME_DATE_RELATION.match(line) or _NAME_NOTE_DATE.match(line))
    if found is None:
        return None
    name, relationship = found["name"], found["relationship"] or found.groupdict().get("after")
    if name[:1].islower():  # "mum Shona Kennedy (born 08/01/1990)"
        kin = _kin_first(name)
        if relationship or kin is None:
            return None
        name, relationship = kin
    if not is_a_name(name) or (found.re is _NAME_NOTE_DATE and not all(
            w[:1].isupper() for w in name.split())):  # ("Date referral received (scheme use)
        return None  # 10/06/2026": no name)
    parts = _person_parts(name, found["born"], relationship)
    if ELSEWHERE.search(line.lower()):
        parts[PersonPart.LIVES_HERE] = "no"
    return parts


# "Jodie Clarke (mum, DOB 19/02/1990) and her partner Ryan Ward (DOB 07/07/1988)"; "His
# brother Finlay Maciver (DOB 15/05/2016, lives at home)".
_NAME_THEN_BORN = re.compile(
    r"(?P<name>[A-Z][\w'’-]+(?: [A-Z][\w'’-]+){1,3})\s*\((?:(?P<relationship>[^,()]{2,30}),\s*)?"
    r"(?:DOB|D\.O\.B\.?|born|date of birth)\s*:?\s*(?P<born>\d{1,2}[./-]\d{1,2}[./-]\d{2,4})"
    r"(?P<note>,[^()]{0,40})?\)")


def people_in_a_sentence(text: str) -> list[dict[PersonPart, str]]:
    """People written in a sentence with their dates of birth in brackets."""
    found = []
    for match in _NAME_THEN_BORN.finditer(text):
        name, relationship = match["name"], (match["relationship"] or "").strip()
        kin = _kin_first(name)
        if kin is not None and len(kin[0].split()) >= 2 and not relationship:
            name, relationship = kin  # "Mum Agnieszka Nowak (DOB ...)"
        if is_a_name(name):
            parts = _person_parts(name, match["born"], relationship)
            note = (match["note"] or "").lower()
            if ELSEWHERE.search(note):
                parts[PersonPart.LIVES_HERE] = "no"
            elif LIVES_HERE_NOTE.search(note):
                parts[PersonPart.LIVES_HERE] = "yes"
            found.append(parts)
    return found


# A bracket's note that says the person lives in the home ("DOB 15/05/2016, lives at home").
LIVES_HERE_NOTE = re.compile(r"\b(lives?|living|resides?) (at home|here|in the home|with (them|"
                             r"us|her|him|mum|dad|the family|both parents))\b|\bat home\b")


def _kin_first(name: str) -> tuple[str, str] | None:
    """A name written after the person's relationship ("mum Shona Kennedy"): the name and
    the relationship (lower case); None when the first word is no relationship."""
    first, _, rest = name.partition(" ")
    return (rest, first.lower()) if RELATION_WORD.fullmatch(first) else None


def _person_parts(name: str, born: str, relationship: str | None) -> dict[PersonPart, str]:
    parts = {PersonPart.FULL_NAME: name, PersonPart.DATE_OF_BIRTH: born}
    if relationship:
        parts[PersonPart.RELATIONSHIP] = relationship
    return parts


# Rows and boxes that number the people they list: "1 | Ruby Doyle – sister", "Child 1:".
NUMBERED_ROW = re.compile(r"\(?\d{1,2}[.)]?")
NUMBERED_PERSON = re.compile(r"(child|young person|sibling|parent|carer|parent or carer|"
                              r"parent ?/ ?carer|adult|person|family member) ?\d{1,2}")
# A label that is only whom the answer names ("Young person: BOOTH, Tyler", "Parent/carer:
# BOOTH, Sharon (mum) 30/08/1979").
PERSON_KIND_LABEL = re.compile(r"(the |lead |main )?(child|young person|sibling|parents?|carers?|"
                               r"parents? "
                               r"(or|and) carers?|parents? ?/ ?carers?|mother|father|mum|dad|"
                               r"adults?|((mum|dad|mother|father)'?s )?partner|step ?-?(mum|dad|"
                               r"mother|father)|sister|brother|nan|gran|grandmother|grandad|"
                               r"grandfather|aunt|auntie|uncle|cousin|niece|nephew|(kinship |"
                               r"foster )?carer|special guardian)( / (kinship |foster )?carer)?"
                               r"( \*)?")  # ("Aunt / kinship carer *": required)
# A name and the note in brackets after it ("Anna Nowak (mum)").
NAME_AND_NOTE = re.compile(r"(?P<name>[A-Z][\w'’-]+(?: [A-Z][\w'’-]+){1,3})(?:\s*\((?P<note>"
                           r"[^()]{1,30})\))?")
NAME_THEN_NOTE = re.compile(r"^(?P<name>[A-Z][\w'’-]+(?: [A-Z][\w'’-]+){1,3})\s+[–—-]\s+"
                             r"(?P<note>\S.*)$")
RELATION_WORD = re.compile(r"(?:maternal |paternal |step[- ]?|half[- ]?|great[- ])?(" + _KIN
                           + r"|cousin|nephew|niece|lodger|friend)\b", re.IGNORECASE)


# Labels whose answer lists the household ("Who lives in the household?").
LISTS_HOUSEHOLD = re.compile(r"^(lives|living) with$|\b(who lives|household members?|people "
                              r"(living|who live)|family members|members of the "
                              r"(household|family)|with whom the child(\(?ren\)?)? lives?)\b")
