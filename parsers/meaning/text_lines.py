"""Lines of text (flattened PDFs, Word paragraphs, single table cells) to answers.

A line may be a section title, "Label: value", a label whose answer is on the next line,
the answer awaited, a label and its answer with no colon ("Post code DY8 1AA"), or more
narrative. The first reader in `_LINE_READERS` that takes the line wins.
"""

from __future__ import annotations

import re

from parsers.meaning.answers import Found, label_opens_section, names_family_address, read_pair
from parsers.meaning.labels import Field, field_for, is_known_label
from parsers.meaning.printed_lines import line_pieces, tidy_line
from parsers.meaning.values import EMAIL, find_postcode, is_placeholder, parse_uk_date
from parsers.meaning.vocabulary import (
    SECTION_TITLE,
    SectionKind,
    names_lead,
    person_part,
    section_kind,
)

_LABEL_VALUE = re.compile(r"^\s*([^:]{2,80}?)\s*(?<!\d)[:?]+(?!\d)\s*(.*)$")  # "harm?: No"
# too; "at 09:20" is a time, not a label and its answer
_YES_NO_FIELDS = frozenset({Field.RISK, Field.VERBAL_CONSENT})
_NAMES = frozenset({Field.LEAD_NAME, Field.LP_NAME, Field.CHILD_NAME})
_GUIDANCE_START = re.compile(r"^(a|an|the|this|please|if|where|when|they|you)\s", re.IGNORECASE)
_QUALIFIED = re.compile(r"\b(if|following|after|once)\b", re.IGNORECASE)
_SECTION_TITLE = SECTION_TITLE


def read_line(found: Found, line: str) -> None:
    """One line of text (each of its "Label: value" pieces): the first reader below that
    takes it wins."""
    for piece in line_pieces(line):
        text = tidy_line(piece)
        if text:
            any(read(found, text) for read in _LINE_READERS)


def unanswered_label(row: tuple[str, ...]) -> bool:
    """A label whose answer cells were left empty ("Child's school" | ""): no section
    title, unless it reads as one ("Family details", "Section 2")."""
    return (len(row) >= 2 and bool(row[0].strip()) and not any(c.strip() for c in row[1:])
            and not is_section_heading(row[0]))


def is_section_heading(text: str) -> bool:
    """A line worded as a section's title ("Referrer details", "Part B")."""
    return bool(_SECTION_TITLE.search(" ".join(text.split())))


def _section_title(found: Found, text: str) -> bool:
    if not _SECTION_TITLE.search(text) or is_known_label(text.rstrip(": ")):
        return False
    found.section, found.pending, found.discard = text.rstrip(": "), None, False
    return True


def _labelled_line(found: Found, text: str) -> bool:
    labelled = _labelled(text, found.section)
    if labelled is None:
        return False
    label, value = labelled
    more = _ANOTHER_LABEL.search(value)  # "Lead Practitioner: O. Price Date: 01/10/2025"
    _read_labelled(found, label, value[:more.start()] if more else value)
    if more:
        read_line(found, value[more.start():])
    return True


_ANOTHER_LABEL = re.compile(r"\s+(?=(date|signed|signature|print name|tel(ephone)?|e-?mail)\s*:)",
                            re.IGNORECASE)


def _label_line(found: Found, text: str) -> bool:
    if not _is_label_line(found, text):
        return False
    target = field_for(text, found.section)
    label_opens_section(found, text, target)
    if target is Field.LEAD_NAME and (_QUALIFIED.search(text) or (
            found.table_next and "name" not in text.lower())):
        found.section = text  # "Lead Professional (if not as above)" over their own details
    found.pending, found.continues, found.discard = target, False, False
    return True


def _label_of_elsewhere(found: Found, text: str) -> bool:
    """A label this section cannot hold ("Address" under "Referrer details"): its answer,
    on the next line, is not read either."""
    if (found.pending is not None or field_for(text) is None
            or field_for(text, found.section) is not None or _reads_as_a_sentence(text)):
        return False
    section = found.section
    label_opens_section(found, text, None)
    if found.section != section:  # "Family address" after the assessor's details: the
        found.pending = field_for(text, found.section)  # family's part begins
        return True
    found.discard = True
    return True


def _discarded_answer(found: Found, text: str) -> bool:
    if not found.discard or leading_label(text, found.section) is not None:
        return False
    found.discard = False
    return True


def _narrative_more(found: Found, text: str) -> bool:
    if found.pending is not Field.NARRATIVE or not found.continues:
        return False
    found.values[Field.NARRATIVE][-1] += " " + text
    return True


def _narrative_ends(found: Found, text: str) -> bool:
    """Ends the narrative being read at a line that starts something else: another
    question ("What support would help?"), a section's title ("About you") or a labelled
    answer ("Name: Claire Nolan"). Reads nothing itself."""
    if found.pending is not Field.NARRATIVE or not found.continues:
        return False
    words = text.split()
    labelled = _LABEL_VALUE.match(text)
    if ((text.endswith("?") and len(words) <= 12)
            or (len(words) <= 5 and not text.endswith(".") and section_kind(text)
                is not SectionKind.OTHER)
            or (labelled is not None and len(labelled[1].split()) <= 6
                and (field_for(labelled[1]) is not None or person_part(labelled[1]) is not None))):
        found.pending, found.continues = None, False
    return False


def _sentence_goes_on(found: Found, text: str) -> bool:
    """A line that starts in lower case while narrative is being read carries on its
    sentence ("us in the bedroom. My risk assessment: ..."), whatever labels it holds."""
    ended = found.values.get(Field.NARRATIVE, [""])[-1].rstrip().endswith((".", "!", "?"))
    return text[:1].islower() and not ended and _narrative_more(found, text)


def _awaited_value(found: Found, text: str) -> bool:
    pending = found.pending
    if pending is None or (pending is not Field.NARRATIVE
                           and leading_label(text, found.section) is not None):
        return False
    if pending in _NAMES and (text.rstrip().endswith(".") or len(text.split()) > 14
                              or _GUIDANCE_START.match(text)):
        return True  # guidance printed under "Lead practitioner (if different)": no name
    found.continues = found.add(pending, text) and pending is Field.NARRATIVE
    if pending is not Field.NARRATIVE:
        found.pending = None
    return True


def _kind_title(found: Found, text: str) -> bool:
    """A short line, no answer, that names a kind of section ("Service user details/family
    composition" after the referrer's details): the next section, not "Service" and its
    answer."""
    title = text.rstrip(": ")
    if (len(title) > 60 or ":" in title or any(c.isdigit() for c in title)
            or title.endswith((".", "?")) or is_known_label(title)
            or section_kind(title) in (SectionKind.OTHER, section_kind(found.section))):
        return False
    pair = leading_label(title, found.section)
    if pair is not None and not pair[1][:1].islower():
        return False  # "Name of lead practitioner Gráinne Ní Bhriain": a label, an answer
    found.section, found.pending, found.discard = title, None, False
    return True


def _leading_pair(found: Found, text: str) -> bool:
    pair = leading_label(text, found.section)
    if pair is not None:
        read_pair(found, *pair)
        found.pending = None
    return pair is not None


def _plain_section(found: Found, text: str) -> bool:
    """A short line that is no answer (and no answer elsewhere) names a section."""
    title = text.rstrip(": ")  # "Children:" over the children's lines
    if (len(title) <= 60 and ":" not in title and not is_placeholder(title)
            and leading_label(title, "") is None):
        found.section = title
    return True


def _referrers_email(found: Found, text: str) -> bool:
    """An email address on a line of its own in the referrer's part ("REFERRER" over
    "Sinead Farrell, Pastoral Lead, …" and "s.farrell@… / 01632 960814"): theirs."""
    email = EMAIL.search(text)
    contact = found.contacts[-1] if found.contacts else None
    if (email is None or contact is None or Field.LP_EMAIL in contact.values
            or section_kind(found.section) is not SectionKind.REFERRER
            or contact.section != found.section):
        return False
    return found.add(Field.LP_EMAIL, email[0])


def _household_at(found: Found, text: str) -> bool:
    """"Household (15 Tame Road, Tipton, DY4 0RE):" over the family's lines: the home."""
    at = _HOUSEHOLD_AT.match(text)
    if at is None or find_postcode(at["address"]) is None:
        return False
    found.section = at["heading"]
    return found.add(Field.ADDRESS, at["address"])


def _lives_with_at(found: Found, text: str) -> bool:
    """"Lives with: mum Shona Kennedy (born …) and her partner …, at 14 Birmingham Street,
    Halesowen, B63 3BL (family moved …)": the home address the household answer gives.
    Reads only the address: the line goes on to the other readers."""
    labelled = _LABEL_VALUE.match(text)
    at = _LIVES_WITH_AT.search(labelled[2]) if labelled and _LIVES_WITH.match(
        labelled[1].strip()) else None
    if at is not None and find_postcode(at["address"]) is not None:
        found.add(Field.ADDRESS, at["address"])
    return False


_LIVES_WITH = re.compile(r"^(lives|living) (at home )?with$", re.IGNORECASE)
_LIVES_WITH_AT = re.compile(r"(?:,\s*|\s)at\s+(?P<address>\d[^()]*?\b[A-Z]{1,2}\d[A-Z\d]?\s*\d"
                            r"[A-Z]{2})\b")


_HOUSEHOLD_AT = re.compile(r"^(?P<heading>(the )?(household|family|family home|people living at "
                           r"home|who lives at home))\s*\((?:at\s+)?(?P<address>[^()]{6,80})\)"
                           r"\s*:?\s*$", re.IGNORECASE)


_LINE_READERS = (_lives_with_at, _sentence_goes_on, _narrative_ends, _section_title,
                 _labelled_line, _label_line, _label_of_elsewhere, _discarded_answer,
                 _narrative_more, _awaited_value, _kind_title, _leading_pair, _referrers_email,
                 _household_at, _plain_section)


def _is_label_line(found: Found, text: str) -> bool:
    """A line that is a label alone. Not when a value is awaited and the line has a number
    ("Level 2 (Additional needs)" under "Level of need"), nor a sentence, nor when it only
    reads as a narrative heading but starts with another field's label ("Level of need
    Level 2 (Additional needs)")."""
    target = field_for(text, found.section)
    if target is None or parse_uk_date(text) is not None:  # a line with a date answers
        return False
    if _starts_with_box(text):
        return False  # "☒ Concern: child likely to ... suffer significant harm": an option
    if found.pending not in (None, Field.NARRATIVE) and any(c.isdigit() for c in text):
        return False
    if target is Field.NARRATIVE and _reads_as_a_sentence(text):
        return False  # "Concerns about sleep." is the narrative, not its heading
    if text.rstrip().endswith((",", ";")) or _GUIDANCE.match(text) or (
            text.rstrip().endswith(".") and len(text.split()) > _MAX_LABEL_WORDS):
        return False  # "Safeguarding concern If you believe that a child may be at
        # imminent and significant risk of harm," is guidance that goes on
    return target is not Field.NARRATIVE or leading_label(text, found.section) is None


_GUIDANCE = re.compile(r"^(\w+\s+){0,3}(if|when|where|please|you should)\s+(you|your|a|the|this)\b",
                       re.IGNORECASE)


def _starts_with_box(text: str) -> bool:
    """A tick-box option ("☐ Concern: ...", "[X] Yes"), not a label or its answer."""
    return text[:1] in _BOXES or text.startswith(("[ ]", "[X]", "[x]"))


def _reads_as_a_sentence(text: str) -> bool:
    return text.rstrip().endswith((".", "!")) or len(text.split()) > _MAX_LABEL_WORDS


def _labelled(text: str, section: str) -> tuple[str, str] | None:
    """"Label: value" (or "Label? value"), or a yes/no question with its answer after it
    and no colon ("Verbal consent obtained Yes"); None otherwise."""
    if _starts_with_box(text):
        return None  # "☐ Concern: child likely to ... suffer significant harm": an option
    match = _LABEL_VALUE.match(text)
    if match and (field_for(match[1], section) is not None or names_family_address(match[1])):
        return match[1], match[2]
    last = _SENTENCES.split(match[1])[-1] if match else ""
    if match and last != match[1] and names_lead(last) and field_for(last, section) is not None:
        return last, match[2]  # "Yes - TAF since January. Lead Professional: Jo Hart, ..."
    question, _, answer = text.rpartition(" ")
    if answer.lower() in ("yes", "no") and field_for(question, section) in _YES_NO_FIELDS:
        return question, answer
    return None


_SENTENCES = re.compile(r"(?<=[.!?])\s+(?=[A-Z])")


def _read_labelled(found: Found, label: str, value: str) -> None:
    read_pair(found, label, value)
    target = field_for(label, found.section)
    found.pending = target if not value.strip() else None
    if found.pending is None and target is Field.NARRATIVE:
        found.pending = Field.NARRATIVE  # wrapped narrative continues on the next lines


_BOXES = frozenset("☐☒☑□■✓✔✗✘")
_MAX_LABEL_WORDS = 8  # "Name of lead professional or practitioner" and no longer


def leading_label(text: str, section: str) -> tuple[str, str] | None:
    """A label at the start of a line and its value after it with no colon ("Post code
    DY8 1AA"), as flattened PDFs print them. The longest label wins; a label never ends
    in a number ("Address 14 Cedar Road" is the address). Narrative labels are not read
    this way: a sentence may start with "Concerns"."""
    words = text.split()
    if text[:1] in _BOXES:  # "☐ Level 1. Universal ☒ Level 2 ...": a row of tick boxes
        return None
    for size in range(min(len(words) - 1, _MAX_LABEL_WORDS), 0, -1):
        if any(c.isdigit() for c in words[size - 1]):
            continue
        label = " ".join(words[:size])
        target = field_for(label, section)
        if target in _NAMED and not words[size][:1].isupper():
            continue  # "Practitioner making the referral" is a title, not a name
        if target is not None and target is not Field.NARRATIVE:
            return label, " ".join(words[size:])
    return None


_NAMED = frozenset({Field.LP_NAME, Field.LEAD_NAME, Field.CHILD_NAME})
