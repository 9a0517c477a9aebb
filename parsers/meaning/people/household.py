"""Who is in the household, who signed, and where they live: read from every section.

Real forms spread people over several parts (the key child as label/value pairs, siblings in
one table, parents as blocks, one column per person) and record consent elsewhere (a consent
table, "Signed: ... Print name: ..." lines, a statement naming the people). This walk reads
each block in its section and keeps where each answer was read; `members` joins it by name.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from parsers.layout import Block, Content, Heading, Pair, Table, places_of
from parsers.meaning.people.cells import (
    LISTS_HOUSEHOLD,
    NAME_THEN_NOTE,
    NUMBERED_ROW,
    RELATION_WORD,
    is_a_name,
    is_section_title,
    named_with_date,
    people_in_a_sentence,
)
from parsers.meaning.people.household_lines import (
    NOT_THE_FAMILY,
    parts_in_one_box,
    people_answer,
    person_by_whom,
    person_on_a_line,
    said_to_live_here,
    said_who_agreed,
    ticks,
)
from parsers.meaning.people.household_model import Household, PersonRecord
from parsers.meaning.people.household_tables import PERSON_SECTIONS, read_table
from parsers.meaning.people.names import names_with_notes, split_names, surname_first
from parsers.meaning.people.signatures import (
    asks_someone_named,
    bare_yes,
    clean,
    leading_person_label,
    pairs_on_line,
    records_consent,
    signature_of,
    signed_by_family,
)
from parsers.meaning.printed_lines import line_pieces, tidy_line
from parsers.meaning.values import CHECKED, parse_yes_no
from parsers.meaning.vocabulary import (
    CONSENT_VERBS,
    PRINT_NAME,
    SECTION_TITLE,
    SIGNATURE_WORDS,
    SIGNED,
    PersonPart,
    SectionKind,
    consent_group,
    names_author,
    names_referrer,
    person_part,
    section_kind,
)

Row = tuple[str, ...]
_NAME_THEN_ADDRESS = re.compile(r"^(?P<name>[A-Z][\w'’-]+(?: [A-Z][\w'’-]+){1,3}),\s*\d[^()]*\b"
                                r"[A-Z]{1,2}\d[A-Z\d]?\s*\d[A-Z]{2}\b[^()]*$")
_ADDRESS_LABEL = re.compile(r"\b(address|post ?code)\b", re.IGNORECASE)


@dataclass
class _Walk:
    found: Household = field(default_factory=Household)
    kind: SectionKind = SectionKind.OTHER
    referrer_context: bool = False
    person: PersonRecord | None = None
    # The last family table's header while the next table may carry it on (a table
    # split over two pages without its header row repeated).
    family_titles: Row | None = None
    batch: list[PersonRecord] = field(default_factory=list)  # named together in one box
    awaiting: str = ""  # a person's label printed alone: its answer is the next line
    statement_open: bool = False  # the last line was a consent statement that may go on
    unplaced: tuple[str, str] | None = None  # the last answer, a name in no known section

    def answer(self, label: str, value: str, place: str) -> None:
        _answer(self, label, value, place)

    def line(self, text: str, place: str) -> None:
        _read_line(self, text, place)

    def close_person(self) -> None:
        _close_person(self)

    def ticks(self, text: str, place: str) -> None:
        ticks(self, text, place)


def read_household(content: Content) -> Household:
    """Every household member, signature and home address answer in the content."""
    walk = _Walk()
    for block, place in zip(content.blocks, places_of(content), strict=True):
        _read_block(walk, block, place)
    _close_person(walk)
    return walk.found


def _read_block(walk: _Walk, block: Block, place: str) -> None:
    if isinstance(block, Heading):
        _new_section(walk, block.text)
    elif isinstance(block, Pair):
        _answer(walk, block.label, block.value, place)
    elif isinstance(block, Table):
        read_table(walk, block.rows, place)
    else:
        _read_line(walk, block, place)


def _label_alone(line: str) -> bool:
    """A household member's label with no answer on its line ("Child's date of birth")."""
    label = line.rstrip(": ")
    return (":" not in label and "?" not in label and len(label.split()) <= 6
            and person_part(label) in _AWAITED and not any(c.isdigit() for c in label)
            and not leading_person_label(label))


_AWAITED = frozenset({PersonPart.FULL_NAME, PersonPart.FIRST_NAME, PersonPart.SURNAME,
                      PersonPart.NAMES, PersonPart.DATE_OF_BIRTH, PersonPart.RELATIONSHIP,
                      PersonPart.SIGNATURE})


def _new_section(walk: _Walk, heading: str) -> None:
    walk.awaiting = ""
    _close_person(walk)
    walk.family_titles = None
    walk.kind = section_kind(heading)
    walk.referrer_context = walk.kind in (SectionKind.REFERRER, SectionKind.PROFESSIONALS)


def _read_line(walk: _Walk, text: str, place: str) -> None:
    for piece in line_pieces(text):  # ("Full Name: ...   D.O.B.: ...   Age: 14")
        _read_piece(walk, tidy_line(piece), place)


def _read_piece(walk: _Walk, line: str, place: str) -> None:
    statements = walk.found.statements
    if line[:1].islower() and walk.statement_open and statements:  # a consent statement
        said, where = statements[-1]  # wrapped onto the next line ("... spoken to at" /
        statements[-1] = (f"{said} {line}", where)  # "school on 03/11/2026 and agreed.")
        return
    before = len(statements)
    _read_text_line(walk, line, place)
    walk.statement_open = len(statements) > before


def _read_text_line(walk: _Walk, line: str, place: str) -> None:
    if not line:
        return
    if _label_alone(line):  # "Child's name" above "Ava Hill", as flattened PDFs print
        walk.awaiting = line.rstrip(": ")
        return
    if line.endswith("?") and consent_group(line) and not walk.awaiting:
        walk.awaiting = line  # "Has the parent or carer agreed to this referral?" over
        return  # its answer, "Yes - Adam Fletcher agreed on 18/03/2026"
    if walk.awaiting and named_with_date(line) is not None:
        walk.awaiting = ""  # "Child(ren):" over "JACKSON, Tia  DOB 03/03/15", one a line
    if walk.awaiting:
        label, walk.awaiting = walk.awaiting, ""
        if ":" not in line:  # (a line with a label of its own answers that label)
            line = f"{label}: {line}"
    elif is_section_title(line) or SECTION_TITLE.search(line):  # "PART 1 Basic details"
        _new_section(walk, line)
        return
    ticks(walk, line, place)
    if walk.kind not in (SectionKind.REFERRER, SectionKind.PROFESSIONALS) and person_on_a_line(
            walk, line, place):
        return
    pairs = pairs_on_line(line) or leading_person_label(line)
    if (walk.kind is SectionKind.CONSENT or any(signed_by_family(label) for label, _ in pairs)
            or (CONSENT_VERBS.search(line.lower()) and _SIGNED_LABEL.search(line))
            ) and _signature_line(walk, pairs, place):  # ("Natalie has read this referral
        return  # and agrees to it. Signed: N. Walsh", under the referrer's details)
    for label, value in pairs:
        _answer(walk, label, value, place)
    if (walk.kind is SectionKind.CONSENT and CONSENT_VERBS.search(line.lower())) or (
            walk.kind not in (SectionKind.REFERRER, SectionKind.PROFESSIONALS)
            and SIGNED.search(line)):
        walk.found.statements.append((line, place))


_SIGNED_LABEL = re.compile(r"\bsigned\s*:", re.IGNORECASE)


def _signature_line(walk: _Walk, pairs: list[tuple[str, str]], place: str) -> bool:
    labels = [label.lower() for label, _ in pairs]
    if not any(SIGNATURE_WORDS.search(label) or PRINT_NAME.search(label) for label in labels):
        return False
    signature = signature_of({label.lower(): value for label, value in pairs}, place)
    if signature is not None:
        walk.found.signatures.append(signature)
    return True


def _answer(walk: _Walk, label: str, value: str, place: str) -> None:
    """One label and its answer, wherever they were read."""
    held, walk.unplaced = walk.unplaced, None
    if "?" not in label and len(label.split()) <= 4 and parse_yes_no(value) is True:
        ticks(walk, f"{CHECKED[0]} {label}", place)  # a fillable box "Safeguarding referral"
        # ticked, as "☒ Safeguarding referral" printed
    if person_part(label) in _NAME_PARTS:
        value = surname_first(label, value)
    value = _NAME_THEN_ADDRESS.sub(r"\g<name>", value)  # "Gemma Price, 19 Hill St, DY5 1AA"
    if (person_part(label) is PersonPart.LIVES_HERE or LISTS_HOUSEHOLD.search(label.lower())
            ) and people_answer(walk, label, value, place):
        return
    if said_who_agreed(walk.kind is SectionKind.CONSENT, label, value):
        walk.found.statements.append((f"{label}: {clean(value)}", place))
        return
    if (walk.kind not in NOT_THE_FAMILY and person_by_whom(walk, label, value, place)) or (
            parts_in_one_box(walk, label, value, place)):
        return
    named = names_with_notes(clean(value)) if NUMBERED_ROW.fullmatch(label.strip()) else []
    if named and is_a_name(named[0][0]):
        _close_person(walk)  # "1 | Mason Hughes (brother, lives with Tyler) | D.O.B | ..."
        _person_answer(walk, PersonPart.NAMES, value, place)
        walk.batch = []
        return
    lowered = label.lower()
    if (SIGNATURE_WORDS.search(lowered) and not re.search(r"\bdate\b", lowered) and (
            walk.kind is SectionKind.CONSENT or signed_by_family(label)) and clean(value)
            and parse_yes_no(value) is None):  # a fillable "Signature of parent/carer" box
        signature = signature_of({lowered: value}, place)
        if signature is not None:
            walk.found.signatures.append(signature)
            return
    asked = consent_group(label) if parse_yes_no(value) is True else ""
    if (asked and not bare_yes(value)) or asks_someone_named(label, value):  # "YES – mother
        # (Nicola Corlett) only", "Does Abbie agree to this request? Yes": for those
        walk.found.statements.append((f"{label}: {clean(value)}", place))  # it names
        return
    group = asked
    if group:  # "Has parental consent been obtained? Yes"
        walk.found.group_consents.append((group, place))
        if not SIGNED.search(value) and not records_consent(False, label, value):
            return
    level = _LEVEL_IN_QUESTION.search(label)
    if level and parse_yes_no(value) is True:  # "... at Tier 2 is safe and appropriate? Yes"
        walk.found.levels.append((level[0], place))
    if records_consent(walk.kind is SectionKind.CONSENT, label, value) or SIGNED.search(value):
        walk.found.statements.append((f"{label}: {clean(value)}", place))
        return
    part = person_part(label)
    if part is None and said_to_live_here(walk, label, value, place):
        return
    if _ADDRESS_LABEL.search(label) and walk.kind in PERSON_SECTIONS:
        walk.referrer_context = False
    if _names_family(label) and part is not None:
        walk.referrer_context = False
    if (walk.kind not in PERSON_SECTIONS and names_referrer(label)
            and not _names_family(label)) or names_author(label):
        walk.referrer_context = True
    if part is None:
        return
    if walk.referrer_context or walk.kind in (SectionKind.REFERRER, SectionKind.PROFESSIONALS):
        if is_a_name(clean(value)) or part not in _NAME_PARTS:
            walk.found.referrer.setdefault(part, clean(value))
        return
    if walk.kind is SectionKind.CONSENT:
        _consent_answer(walk, part, label, value, place)
    elif (walk.kind in PERSON_SECTIONS or _names_family(label) or walk.person is not None
          or part in _SPLIT_NAME):
        _person_answer(walk, part, value, place, _kind_of_label(walk, label, part))
    elif part is PersonPart.FULL_NAME and walk.kind is SectionKind.OTHER:
        walk.unplaced = (value, place)  # "Full Name: Erin Morrison" under the form's title
    elif part is PersonPart.DATE_OF_BIRTH and held is not None:  # then "D.O.B.: 03/06/2012":
        _person_answer(walk, PersonPart.FULL_NAME, *held)  # a member
        _person_answer(walk, part, value, place)


# Labels that only a person's details have ("Given name(s)", "Family name"): they start a
# member even in a section of no known kind.
_SPLIT_NAME = frozenset({PersonPart.FIRST_NAME, PersonPart.SURNAME})


_LEVEL_IN_QUESTION = re.compile(r"\b(tier|level)\s*[1-4]\b(?=.*\b(appropriate|satisfied|agree|"
                                r"consider|meets?|right)\b)", re.IGNORECASE)


def _names_family(label: str) -> bool:
    return bool(re.search(r"\b(child|young person|parent|carer|mother|father)", label.lower()))


def _consent_answer(walk: _Walk, part: PersonPart, label: str, value: str, place: str) -> None:
    text = clean(value)
    if text and part in (PersonPart.SIGNATURE, PersonPart.FULL_NAME, PersonPart.NAMES):
        walk.found.statements.append((f"{label}: {text}", place))


def _kind_of_label(walk: _Walk, label: str, part: PersonPart) -> SectionKind:
    """Whose details a name label starts: "Parent/Carer full name" an adult's, "Child/Young
    Person's full name" a child's, in whatever section; else the section's."""
    named = part in _NAME_PARTS or part is PersonPart.NAMES
    kind = section_kind(label) if named else SectionKind.OTHER
    if kind not in (SectionKind.CHILD, SectionKind.ADULT) or walk.kind is SectionKind.OUTSIDE:
        return walk.kind
    return kind  # ("Parent/Carers Name(s)" among the child's personal details: the adults')


def _person_answer(walk: _Walk, part: PersonPart, value: str, place: str,
                   kind: SectionKind | None = None) -> None:
    text = clean(value)
    if walk.kind is not SectionKind.OTHER:
        walk.referrer_context = False
    if not text or (part in _NAME_PARTS and not is_a_name(text) and len(text.split()) < 2):
        return  # "None" under "Any alternative name"
    noted = NAME_THEN_NOTE.match(text) if part is PersonPart.FULL_NAME else None
    if noted and RELATION_WORD.match(noted["note"]):  # "Ruby Doyle – sister, lives with
        # Amelia": the name, then who they are and where they live
        _person_answer(walk, part, noted["name"], place, kind)
        _person_answer(walk, PersonPart.RELATIONSHIP, noted["note"], place, kind)
        return
    if part is PersonPart.FULL_NAME and len(split_names(text)) > 1:
        part = PersonPart.NAMES  # "Maisie Clarke-Ward and Tyler Clarke-Ward" in one box
    written = people_in_a_sentence(text)
    if part in (PersonPart.NAMES, PersonPart.FULL_NAME) and written:
        for parts in written:  # "Jodie Clarke (mum, DOB 19/02/1990) and Ryan Ward (DOB ...)"
            _close_person(walk)
            walk.person = PersonRecord(walk.kind, parts, dict.fromkeys(parts, place))
        _close_person(walk)
        return
    if part is PersonPart.NAMES:
        walk.batch = []
        for name, note in names_with_notes(text):
            _close_person(walk)
            parts = {PersonPart.FULL_NAME: name}
            if note:  # "(mother)", "(father – lives separately)"
                parts[PersonPart.RELATIONSHIP] = note
            walk.person = PersonRecord(kind or walk.kind, parts, dict.fromkeys(parts, place))
            walk.batch.append(walk.person)
        return
    if part is PersonPart.DATE_OF_BIRTH and _dates_for_batch(walk, text, place):
        return
    if part is PersonPart.HOME_ADDRESS:
        return  # an "Address" among a person's answers may be their school's: the form's
        # home address is read as the family's (interpret.py), not as a person's
    person = walk.person
    if person is None or part in person.parts or (
            part in _NAME_PARTS and person.parts.keys() & _NAME_PARTS and part is not
            _other_name_part(person)):
        _close_person(walk)
        person = walk.person = PersonRecord(kind or walk.kind)
    person.parts[part] = text
    person.places[part] = place


def _dates_for_batch(walk: _Walk, text: str, place: str) -> bool:
    """"19/08/2011, 02/04/2014" after "Name of child(ren): Oliver Brooks, Grace Brooks":
    each date to the name in the same place."""
    pieces = [p for p in re.split(r"\s*[,;&]\s*|\s+and\s+", text) if p.strip()]
    if len(walk.batch) < 2 or len(pieces) != len(walk.batch):
        return False
    for record, piece in zip(walk.batch, pieces, strict=True):
        record.parts[PersonPart.DATE_OF_BIRTH] = piece
        record.places[PersonPart.DATE_OF_BIRTH] = place
    walk.batch = []
    return True


_NAME_PARTS = frozenset({PersonPart.FULL_NAME, PersonPart.FIRST_NAME, PersonPart.SURNAME})


def _other_name_part(person: PersonRecord) -> PersonPart | None:
    """The name part that completes a person's name: the surname after a first name."""
    have = person.parts.keys() & _NAME_PARTS
    if have == {PersonPart.FIRST_NAME}:
        return PersonPart.SURNAME
    if have == {PersonPart.SURNAME}:
        return PersonPart.FIRST_NAME
    return None


def _close_person(walk: _Walk) -> None:
    person, walk.person = walk.person, None
    if person is not None and is_a_name(person.name()):
        walk.found.people.append(person)
