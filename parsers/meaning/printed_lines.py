"""A line as a form prints it: its dot leaders and fill-in lines taken out, and cut into
its "Label: value" pieces (several answers set apart by wide gaps or by printed blanks)."""

from __future__ import annotations

import re

_LEADERS = re.compile(r"\s*(?:\.{3,}|…+|_{3,}|-{4,})\s*")


def tidy_line(text: str) -> str:
    """A line as a form prints it, its dot leaders and fill-in lines taken out: "Child's
    name.......... Ava Hill" is "Child's name: Ava Hill"; "___Ava Hill___" is "Ava Hill";
    a list's bullet is dropped."""
    def leader(match: re.Match[str]) -> str:
        before = text[:match.start()].strip()
        after = text[match.end():].strip()
        return ": " if before and after and not before.endswith(":") else " "

    return _BULLET.sub("", " ".join(_LEADERS.sub(leader, text).split()))


def line_pieces(text: str) -> list[str]:
    """A line holding several "Label: value" answers set apart by wide gaps ("Name: Anne
    Matheson   Agency: School Nursing", a Word copy of the Pointers referral form), one
    piece each; any other line whole."""
    pieces = [p for p in _WIDE_GAP.split(text.strip()) if p]
    if len(pieces) > 1 and all(_LABELLED_PIECE.match(p) for p in pieces):
        return pieces
    return _blank_pieces(text) or [text]


def _blank_pieces(text: str) -> list[str]:
    """A line of printed fill-in lines, cut after each, so that each label keeps its own
    answer: "Name ___Donald Sutherland___ Agency ___Holly Hall Academy___" is two pieces;
    [] unless at least two blanks, one of them filled, each follow a label."""
    blanks = list(_BLANK.finditer(text))
    if len(blanks) < 2 or not any(b.group(1) for b in blanks):
        return []
    pieces, start = [], 0
    for blank in blanks:
        if not _LABEL_BEFORE_BLANK.match(text[start:blank.start()].strip()):
            return []
        pieces.append(text[start:blank.end()].strip())
        start = blank.end()
    rest = text[start:].strip()
    return [*pieces, rest] if rest else pieces


_WIDE_GAP = re.compile(r"\s{3,}|\t+|\s*\n\s*")
# A printed fill-in line, filled ("___Donald Sutherland___") or left empty ("______").
_BLANK = re.compile(r"_{3,}(?:(?=[^_\s])([^_]*?)(?<=[^_\s])_{3,})?")
_LABEL_BEFORE_BLANK = re.compile(r"^[A-Za-z(][^_]{0,80}$")
_LABELLED_PIECE = re.compile(r"^[A-Za-z][^:]{0,48}:(\s|$)")
_BULLET = re.compile(r"^[-–•*▪◦]\s+(?=\S)")  # "- Bronagh Murray, 14/03/1984, mother"
