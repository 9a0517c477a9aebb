"""People written one to a line or in a sentence, with their dates of birth ("Jakub Nowak,
brother, 02/02/2019", "mum Shona Kennedy (born 08/01/1990) and her partner Jamie Reid
(born 19/09/1988)"), read into the household walk. The walk is passed in."""

from __future__ import annotations

import re

from parsers.meaning.people.cells import is_a_name, named_with_date, people_in_a_sentence
from parsers.meaning.people.household_model import PersonRecord
from parsers.meaning.people.household_tables import LISTING_SECTIONS, Walker
from parsers.meaning.vocabulary import ELSEWHERE, PersonPart, SectionKind


def people_answer(walk: Walker, label: str, value: str, place: str) -> bool:
    """People listed as the answer to "Living at home" ("Jakub Nowak, brother,
    02/02/2019; ...") or "Lives with"; under "Not living at home" they live elsewhere."""
    found = [parts for item in re.split(r"\s*[;\n]\s*", value) if (parts := named_with_date(item))]
    found = max(found, people_in_a_sentence(value), key=len)
    if not found:
        return False
    away = bool(ELSEWHERE.search(label.lower()))
    for parts in found:
        _add(walk, {**parts, PersonPart.LIVES_HERE: "no" if away else "yes"}, place)
    return True


def person_on_a_line(walk: Walker, line: str, place: str) -> bool:
    """A person written on a line of their own, with their date of birth."""
    found = named_with_date(line)
    if found is not None:
        _add(walk, dict(found), place)
    return found is not None


def _add(walk: Walker, parts: dict[PersonPart, str], place: str) -> None:
    walk.close_person()
    kind = walk.kind if walk.kind in LISTING_SECTIONS else SectionKind.FAMILY
    record = PersonRecord(kind, parts, dict.fromkeys(parts, place))
    if is_a_name(record.name()):
        walk.found.people.append(record)
