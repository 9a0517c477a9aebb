"""People's names compared as a person reads them: case, accents, apostrophes and initials.

"P O'Neill", "PATRICK O'NEILL", "Patrick ONeill" and "Patrick James O'Neill" are the
same person; "P O'Neill" is not anyone when two O'Neills start with P.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence

_TITLES = frozenset({"mr", "mrs", "ms", "miss", "mx", "dr", "master"})


def name_words(name: str) -> tuple[str, ...]:
    """The words of a name, lower case, without accents, apostrophes, dots or titles."""
    plain = unicodedata.normalize("NFKD", name)
    plain = "".join(c for c in plain if not unicodedata.combining(c)).lower()
    plain = re.sub(r"['’`.]", "", plain)
    words = re.sub(r"[^a-z]+", " ", plain).split()
    return tuple(w for w in words if w not in _TITLES)


def same_person(written: str, listed: str) -> bool:
    """True when `written` (a signature, a print name) names the person `listed`."""
    given, known = name_words(written), name_words(listed)
    if len(given) < 2 or len(known) < 2 or given[-1] != known[-1]:
        return given == known and bool(given)
    if given[0] == known[0]:
        return True
    return len(given[0]) == 1 and known[0].startswith(given[0])


def who(written: str, people: Sequence[str]) -> int | None:
    """The index of the one person `written` names; None for nobody or several."""
    matches = [i for i, name in enumerate(people) if same_person(written, name)]
    if len(matches) == 1:
        return matches[0]
    exact = [i for i in matches if name_words(people[i]) == name_words(written)]
    return exact[0] if len(exact) == 1 else None


def mentioned(text: str, people: Sequence[str], *, adults: Sequence[int] = ()) -> list[int]:
    """The people free text names: by whole name (first and last word); by a first name
    written with its capital that no one else has ("... and Sienna all signed"); by a
    title and surname that only one adult has ("Mrs Brooks")."""
    words = " ".join(name_words(text))
    known = [name_words(name) for name in people]
    found = [i for i, k in enumerate(known) if len(k) >= 2
             and re.search(rf"\b{k[0]}( [a-z]+)? {k[-1]}\b", words)]
    firsts = [k[0] if k else "" for k in known]
    for index, name in enumerate(people):
        first = name.split()[0] if name.split() else ""
        if first.isupper():  # "KYLE ANTHONY BAKER" on the form, "Kyle (15)" in the text
            first = first.capitalize()
        if (index not in found and firsts.count(firsts[index]) == 1 and len(first) > 2
                and re.search(rf"(?<![\w'’-]){re.escape(first)}(?![\w'’-])", text)):
            found.append(index)
    for title in re.finditer(r"\b(?:Mrs|Mr|Ms|Miss|Mx)\.? ([A-Z][\w'’-]+)", text):
        surname = name_words(title[1])
        owners = [i for i in adults if known[i] and surname and known[i][-1] == surname[-1]]
        if len(owners) == 1 and owners[0] not in found:
            found.append(owners[0])
    return sorted(found)


def looks_like_a_name(text: str) -> bool:
    """Two to five words of letters, as a person's name is written (no digits, no colon)."""
    words = text.split()
    return (2 <= len(words) <= 5 and not any(c.isdigit() or c in ":@/" for c in text)
            and len(name_words(text)) >= 2)


def split_names(text: str) -> list[str]:
    """Several names typed in one box: "Tia Lowe, Max Lowe and Ben Lowe"."""
    return [name for name, _ in names_with_notes(text)]


_NOTE = re.compile(r"\(([^()]*)\)")


def names_with_notes(text: str) -> list[tuple[str, str]]:
    """Several names in one box, each with what is written in brackets after it: "Claire
    Thornton (mother); Lee Thornton (father – lives separately, see other address)"."""
    notes: list[str] = []

    def hold(match: re.Match[str]) -> str:
        notes.append(match[1])
        return f" \x00{len(notes) - 1}\x00 "

    held = _NOTE.sub(hold, text)
    found: list[tuple[str, str]] = []
    for part in re.split(r"\s*(?:,|;|\n|&|\band\b|/)\s*", held):
        said = " ".join(notes[int(i)] for i in re.findall(r"\x00(\d+)\x00", part))
        name = " ".join(re.sub(r"\x00\d+\x00", " ", part).split())
        if looks_like_a_name(name):
            found.append((name, " ".join(said.split())))
    return found


_SURNAME_FIRST_LABEL = re.compile(r"\b(surname|family name|last name)\b.*\b(fore|first|given)",
                                  re.IGNORECASE)
_SURNAME_COMMA = re.compile(r"^\s*([^\W\d_][\w'’-]*)\s*,\s*([^\W\d_][\w'’ -]*?)\s*$")


def surname_first(label: str, value: str) -> str:
    """"HILL, Ava" under "Name (SURNAME, Forename)" (or a surname in capitals before a
    comma) as "Ava HILL"; any other answer as it is."""
    match = _SURNAME_COMMA.match(value)
    if match is None or len(match[2].split()) > 2:
        return value
    if _SURNAME_FIRST_LABEL.search(label) or (match[1].isupper() and len(match[1]) > 1
                                              and not match[2].isupper()):
        return f"{match[2]} {match[1]}"
    return value
