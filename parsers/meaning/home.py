"""The family's home address: which answers are the home's, and how sure the postcode is.

The section and the label say whose address a value is (`labels.field_for`); where the
child's part gives a postcode, a parent's own part does not add a second home.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from parsers.form import Address
from parsers.meaning.answers import Found
from parsers.meaning.labels import Field
from parsers.meaning.people.household_model import Household
from parsers.meaning.people.members import lives_elsewhere
from parsers.meaning.values import find_postcode, find_postcodes, normalise_postcode
from parsers.meaning.vocabulary import PersonPart, SectionKind, section_kind


@dataclass(frozen=True)
class Home:
    """The family's home address as answered: postcode boxes and address lines."""

    postcodes: tuple[str, ...]
    addresses: tuple[str, ...]
    place: str = ""

    def __bool__(self) -> bool:
        """True when the form answered its home address at all."""
        return any(v.strip() for v in (*self.postcodes, *self.addresses))


_AS_ABOVE = re.compile(r"^\W*(as above|same( as above)?|as child('s)?)\b", re.IGNORECASE)


def _the_childs(found: Found, wanted: Field) -> list[str]:
    """The values answered for the home: where the child's (or the family's) part gives
    one, a parent's own part does not add another (the home is the child's; "Post code"
    under the second parent's details is theirs)."""
    values = found.values.get(wanted, [])
    kinds = [section_kind(s) for s in found.sections.get(wanted, [])]
    if len(kinds) != len(values) or not any(k in (SectionKind.CHILD, SectionKind.FAMILY)
                                            for k in kinds):
        return values
    return [v for v, k in zip(values, kinds, strict=True) if k is not SectionKind.ADULT]


def home_answers(found: Found) -> Home:
    """The family's home address as the form answers it (the section and the label say
    whose address a value is: see `labels.field_for`)."""
    boxes = tuple(_the_childs(found, Field.POSTCODE))
    addresses = tuple(a for a in _the_childs(found, Field.ADDRESS) if not _AS_ABOVE.match(a))
    with_postcode = [place for f in (Field.POSTCODE, Field.ADDRESS)
                     for value, place in zip(found.values.get(f, []), found.places.get(f, []),
                                             strict=False) if find_postcode(value)
                     and value in (*boxes, *addresses)]
    return Home(boxes, addresses, with_postcode[0] if with_postcode else "")


def family_table_home(household: Household) -> Home:
    """The home as a family table's "Address" column gives it, when the form has no home
    address of its own: the addresses written there ("Same" for the others)."""
    written = tuple(value for record in household.people if not lives_elsewhere(record)
                    for value in [record.parts.get(PersonPart.HOME_ADDRESS, "")]
                    if find_postcode(value))
    return Home((), written, "family table" if written else "")


def _address_lines(home: Home) -> list[str]:
    return [part.strip() for value in home.addresses
            for part in re.split(r"[\n,]+", _PREVIOUS.sub("", _NOW_AT.sub("", value)))
            if part.strip()]


# "118 Cradley Road, B64 7BU; now living with aunt at 4 Hawne Lane, Halesowen B63 3BL": the
# address before "now living … at" is the one the family left.
_NOW_AT = re.compile(r"^.*?[;,.]\s*(?:but |and )?now (?:living|lives|staying|resident)\b[^;]*?"
                     r"\bat\s+", re.IGNORECASE)


# "4 Greenfield Avenue (moved 01/06/2026; previous address 15 Enville Street DY8 1XX)":
# the family's old home, said within the address, is not a second home.
_PREVIOUS = re.compile(r"[(;,]?[^(;,]*\b(previous|former|old) (home |address)[^)]*\)?"
                       r"|\(([^()]*\b(moved|previously|formerly)\b[^()]*)\)"
                       r"|\(([^()]*\b(base|office|workplace|barracks|works? at|based at)\b"
                       r"[^()]*)\)",
                       re.IGNORECASE)  # ("19 Tipton Road DY4 0RE (Dad's base: HMNB Portsmouth")


def postcode_doubt(home: Home) -> str:
    """Why the postcode read may not be the home's: two different postcodes in the
    postcode box (or in two boxes labelled postcode), or in the address, or one in
    each. Empty when there is no doubt."""
    boxed = find_postcodes("\n".join(home.postcodes))
    addressed = find_postcodes("\n".join(_address_lines(home)))
    if len(boxed) > 1:
        return "postcode uncertain: more than one postcode in the postcode box"
    if boxed and addressed and set(addressed) != set(boxed):
        return "postcode uncertain: the address and the postcode box differ"
    if not boxed and len(addressed) > 1:
        return "postcode uncertain: more than one postcode in the address"
    return ""


def _written_postcode(home: Home) -> str:
    """The postcode box; a postcode typed in two boxes ("DY5" and "1AA", as fillable forms
    ask for it) is joined."""
    boxes = [b for b in home.postcodes if b] or [""]
    if len(boxes) > 1 and normalise_postcode(boxes[0]) is None:
        joined = f"{boxes[0]} {boxes[1]}"
        if normalise_postcode(joined):
            return joined
    return boxes[0]


def home_address(home: Home, warnings: list[str]) -> Address:
    """The home address and postcode from what the form answered; what is unclear goes to
    `warnings`."""
    lines = _address_lines(home)
    written = _written_postcode(home)
    postcode = normalise_postcode(written) or find_postcode(written)
    if postcode is None:
        postcode = next((p for p in (find_postcode(line) for line in lines) if p), None)
    if written and normalise_postcode(written) is None:
        warnings.append("postcode unreadable" if postcode is None else "postcode not on its own")
    elif postcode is None:
        warnings.append("no postcode found")
    kept = tuple(filter(None, (_without_postcode(line, postcode) for line in lines)))
    return Address(lines=kept, postcode=postcode)


def _without_postcode(line: str, postcode: str | None) -> str:
    """The address line less the postcode typed at its end ("Stourbridge DY9 0QQ")."""
    if postcode is None or normalise_postcode(line) == postcode:
        return "" if postcode else line
    words = line.split()
    for size in (1, 2):
        if len(words) > size and normalise_postcode("".join(words[-size:])) == postcode:
            return " ".join(words[:-size]).rstrip(" ,")
    return line
