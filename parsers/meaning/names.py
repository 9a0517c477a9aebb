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


def mentioned(text: str, people: Sequence[str]) -> list[int]:
    """The people whose whole name (first and last word) appears in free text."""
    words = " ".join(name_words(text))
    found = []
    for index, name in enumerate(people):
        known = name_words(name)
        if len(known) >= 2 and re.search(rf"\b{known[0]}( [a-z]+)? {known[-1]}\b", words):
            found.append(index)
    return found


def looks_like_a_name(text: str) -> bool:
    """Two to five words of letters, as a person's name is written (no digits, no colon)."""
    words = text.split()
    return (2 <= len(words) <= 5 and not any(c.isdigit() or c in ":@/" for c in text)
            and len(name_words(text)) >= 2)


def split_names(text: str) -> list[str]:
    """Several names typed in one box: "Tia Lowe, Max Lowe and Ben Lowe"."""
    parts = re.split(r"\s*(?:,|;|\n|&|\band\b|/)\s*", text)
    return [" ".join(p.split()) for p in parts if looks_like_a_name(p)]
