"""Pure parsing of single values read from forms: dates, postcodes, levels, consent.

Every function takes text as typed by a person (or by Word's content controls) and
returns a value, or None when it cannot be sure. None of them raise on any string.
"""

from __future__ import annotations

import datetime as dt
import re

# Two-digit years: 00-39 are 2000-2039 (children), 40-99 are 1940-1999 (adults).
# A parent born in the 1930s writing "35" is far rarer than a child born in 2035 is impossible.
TWO_DIGIT_PIVOT = 40

MONTHS = {
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "may": 5, "jun": 6,
    "jul": 7, "aug": 8, "sep": 9, "oct": 10, "nov": 11, "dec": 12,
}

_ISO = re.compile(r"(?<!\d)(\d{4})-(\d{1,2})-(\d{1,2})(?!\d)")
_NUMERIC = re.compile(
    r"(?<![\d/.-])(\d{1,2})\s*([/.\-])\s*(\d{1,2})\s*\2\s*(\d{4}|\d{2})(?![\d/.-])"
)
_MONTH_FIRST = re.compile(
    r"\b(jan|feb|mar|apr|may|jun|jul|aug|sept?|oct|nov|dec)[a-z]*\.?\s+(\d{1,2})(?:st|nd|rd|th)?"
    r",?\s+(\d{4})(?!\d)", re.IGNORECASE)
_WORDED = re.compile(
    r"(?<!\d)(\d{1,2})(?:st|nd|rd|th)?\s*(?:of\s+)?[\s,\-]*"
    r"(jan|feb|mar|apr|may|jun|jul|aug|sept?|oct|nov|dec)[a-z]*\.?[\s,\-]+(\d{4}|\d{2})(?!\d)",
    re.IGNORECASE,
)

_POSTCODE_SHAPE = re.compile(r"([A-Z]{1,2}[0-9][A-Z0-9]?|GIR)([0-9][A-Z]{2})")
_POSTCODE_IN_TEXT = re.compile(
    r"(?<![A-Za-z0-9])([A-Za-z]{1,2}[0-9][A-Za-z0-9]?)[ \t\u00a0]*([0-9][A-Za-z]{2})(?![A-Za-z0-9])"
)

_PLACEHOLDERS = frozenset({
    "click here to enter text.", "choose an item.", "click or tap here to enter text.",
    "click or tap to enter a date.", "click here to enter a date.", "enter text here",
    "select", "please select", "select one", "not given", "(not given)", "not known",
    "(not known)", "n/k", "unknown", "(unknown)", "not applicable", "(none)",
    "-", "–", "—", "--", "---",  # a dash in a box: nothing to say
})
_PLACEHOLDER_PATTERN = re.compile(
    r"^(click|tap)( or tap)?( here)? to (enter|select)|^\[[^\]]{0,80}\]$|^do not leave blank"
    r"|^(please )?(enter|insert|type) (text|date|name|details)( here)?\.?$|^dd ?/ ?mm ?/ ?yy(yy)?$")

CHECKED = "☒☑✓✔■"
UNCHECKED = "☐□"

# "Level 3", "Tier 3", "3", and "Level3" as a radio button's export value gives it.
_LEVEL = re.compile(r"(?:\b(?:level|tier)\s*(?:of\s+need\s*)?[:\-]?\s*(?=\d)|\b)([1-4])(?:[ab]"
                    r"(?![a-z]))?\b", re.IGNORECASE)  # "Level 2a" (Reading, Kingston) is 2
_LEVEL_RANGE = re.compile(r"\b([1-4])\s*(?:/|-|–|or|to)\s*(?:level|tier)?\s*([1-4])\b",
                          re.IGNORECASE)


def is_level_range(text: str | None) -> bool:
    """True when two levels are given ("3/4", "Level 2 or 3"): `parse_level` takes the higher."""
    return bool(text) and _LEVEL_RANGE.search(text or "") is not None


_LEVEL_NAMES = {"universal": 1, "additional": 2, "complex": 3, "acute": 4, "specialist": 4}

_NEGATIVE = re.compile(
    # "N" alone is no; "N Bishop" is Nikki Bishop's signature.
    r"^(no|none|nil|false)\b|^n\s*$|\b(not|refused|declined|withdrawn|unsigned|awaiting|pending"
    r"|to follow|n/a|too young)\b",
    re.IGNORECASE,
)
_YES = frozenset({"yes", "y", "true", "x", "ticked", "checked", "on"})
_NO = frozenset({"no", "n", "false", "off", "unchecked", "none"})


def parse_uk_date(text: str | None) -> dt.date | None:
    """The first British (day-first) date in `text`, or None. Never reads month-first."""
    if not text or is_placeholder(text):
        return None
    text = _BOXED_DATE.sub(r"\1/\2/\3", text)  # "26 | 05 | 2023": three boxes in one cell
    for reader in (_read_iso, _read_numeric, _read_worded):
        found = reader(text)
        if found is not _MISSING:
            return found if isinstance(found, dt.date) else None
    return None


# An email address written anywhere ("s.farrell@crestwood.example.sch.uk / 01632 960814").
EMAIL = re.compile(r"[\w.+'-]+@[\w-]+(?:\.[\w-]+)+")
_MISSING = object()
_BOXED_DATE = re.compile(r"\b(?:dd?\s*)?(\d{1,2})\s*\|\s*(?:mm?\s*)?(\d{1,2})\s*\|\s*(?:y{2,4}\s*)?"
                         r"(\d{4}|\d{2})\b", re.IGNORECASE)  # ("dd 09 | mm 08 | yyyy 2025")


def _make_date(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def _full_year(text: str) -> int:
    year = int(text)
    if len(text) == 2:
        return 2000 + year if year < TWO_DIGIT_PIVOT else 1900 + year
    return year


def _read_iso(text: str) -> object:
    match = _ISO.search(text)
    if not match:
        return _MISSING
    return _make_date(int(match[1]), int(match[2]), int(match[3]))


def _read_numeric(text: str) -> object:
    match = _NUMERIC.search(text)
    if not match:
        return _MISSING
    return _make_date(_full_year(match[4]), int(match[3]), int(match[1]))


def _read_worded(text: str) -> object:
    match = _WORDED.search(text)
    if match:
        return _make_date(_full_year(match[3]), MONTHS[match[2][:3].lower()], int(match[1]))
    named_first = _MONTH_FIRST.search(text)  # "March 3rd 2016": the month is a word, so
    if named_first:  # which number is the day is not in doubt
        return _make_date(int(named_first[3]), MONTHS[named_first[1][:3].lower()],
                          int(named_first[2]))
    return _MISSING


def normalise_postcode(text: str | None) -> str | None:
    """Upper case, one space before the inward code; None unless it has a postcode's shape."""
    if not text:
        return None
    compact = re.sub(r"\s+", "", text).upper().strip(".,;()[]")
    match = _POSTCODE_SHAPE.fullmatch(compact)
    return f"{match[1]} {match[2]}" if match else None


def find_postcode(text: str | None) -> str | None:
    """The first postcode-shaped token in free text, normalised, or None."""
    if not text:
        return None
    for match in _POSTCODE_IN_TEXT.finditer(text):
        found = normalise_postcode(match[1] + match[2])
        if found:
            return found
    return None


def find_postcodes(text: str | None) -> list[str]:
    """Every distinct postcode-shaped token in free text, normalised, in order."""
    found: list[str] = []
    for match in _POSTCODE_IN_TEXT.finditer(text or ""):
        postcode = normalise_postcode(match[1] + match[2])
        if postcode and postcode not in found:
            found.append(postcode)
    return found


def parse_level(text: str | None) -> int | None:
    """Level (or tier) of need 1-4 from "Level 3", "Tier 3", "3", "Level 3 - complex"."""
    if not text or is_placeholder(text):
        return None
    chosen = _after_checked_box(text)
    if chosen is None and _MARK.search(text):
        return None  # "☐ Level 1 ☐ Level 2 ☐ Level 3": boxes and none ticked
    source = chosen if chosen is not None else text
    between = _LEVEL_RANGE.search(source)
    if between:  # "3/4": the higher, as erring towards MASH is the safe side
        return max(int(between[1]), int(between[2]))
    match = _LEVEL.search(source)
    if match:
        return int(match[1])
    lowered = source.lower()
    options = [o.strip().lower() for o in _MARK.split(text) if o.strip()]
    if chosen is not None and (len(options) < 3 or any(
            not any(w in o for w in _LEVEL_NAMES) for o in options)):
        return None  # "☐ Universal ☒ Additional ☐ Targeted": another continuum's words, not
        # a level (Dudley's are universal, additional, complex and acute); "☒ Emerging
        # additional needs ☐ Complex needs" (Swansea TAF): a spectrum of two, not the four
    return next((n for word, n in _LEVEL_NAMES.items() if word in lowered), None)


def _after_checked_box(text: str) -> str | None:
    """The option ticked in a list of tick boxes, or None when no box is ticked.

    Boxes stand before their options ("☐ Level 2 ☒ Level 3", "☐Yes ☒No") or after
    them ("Tier 2 ☐ Tier 3 ☒"): a list that starts with a box has its boxes first.
    """
    chosen = ticked_options(text)
    return chosen[0] if chosen else None


_MARK = re.compile(f"[{CHECKED}{UNCHECKED}]")


_BRACKET_TICKED = re.compile(r"\[\s*[xX✓✔]\s*\]")
_BRACKET_EMPTY = re.compile(r"\[\s?\]")


def ticked_options(text: str) -> list[str]:
    """Every option whose box is ticked (see `_after_checked_box`), in order; "[X]" and
    "[ ]" are boxes too."""
    text = _BRACKET_EMPTY.sub(UNCHECKED[0], _BRACKET_TICKED.sub(CHECKED[0], text))
    marks = list(_MARK.finditer(text))
    if not any(m[0] in CHECKED for m in marks):
        return []
    ends = [0, *(m.end() for m in marks)]
    starts = [m.start() for m in marks] + [len(text)]
    before = [text[ends[i]:starts[i]] for i in range(len(marks))]
    after = [text[m.end():starts[i + 1]] for i, m in enumerate(marks)]
    # Boxes before their options ("☐ Level 2 ☒ Level 3 ☐ Level 4", also after a label:
    # "Level of the CoNR ☐ Level 2 ☒ Level 3 ...") unless nothing follows the last box
    # ("Yes ☒ No ☐").
    boxes_first = (not before[0].strip() or before[0].rstrip().endswith(":")
                   or bool(after[-1].strip()))
    options = after if boxes_first else before
    return [options[i].strip(" :;,/") or options[i] for i, m in enumerate(marks)
            if m[0] in CHECKED]


def is_placeholder(text: str | None) -> bool:
    """True for empty text and for Word's content-control prompts."""
    if text is None:
        return True
    cleaned = " ".join(text.split()).lower()
    return not cleaned or cleaned in _PLACEHOLDERS or bool(_PLACEHOLDER_PATTERN.match(cleaned))


def consent_from_text(text: str | None) -> tuple[bool, str]:
    """Whether a consent/signature cell counts as signed, and the text that counted.

    "Yes", a typed name, "signed", "consent gained", "verbal consent",
    "signature held on file" and a ticked box count; "No", empty, placeholders,
    an unticked box and refusals do not.
    """
    if text is None or is_placeholder(text):
        return False, ""
    cleaned = " ".join(text.split())
    chosen = _after_checked_box(cleaned)
    if chosen is not None:
        signed = not _NEGATIVE.search(chosen.strip())
        return signed, (cleaned if signed else "")
    if any(mark in cleaned for mark in UNCHECKED) or _NEGATIVE.search(cleaned):
        return False, ""
    return True, cleaned


_LONE_TICKS = frozenset("✓✔☑☒■")


_INITIAL_AND_SURNAME = re.compile(r"^\s*[YN]\.?\s+[A-Z][a-z'’]+(?:[- ][A-Z][a-z'’]+)?\s*$")


def parse_yes_no(text: str | None) -> bool | None:
    """True for yes-like answers, False for no-like ones, None when empty or unclear."""
    if text is None or is_placeholder(text):
        return None
    if text.strip() in _LONE_TICKS:  # "Agrees to this referral | ✓"
        return True
    chosen = _after_checked_box(text)
    if _INITIAL_AND_SURNAME.match(chosen if chosen is not None else text):
        return None  # "N. Rahman" signed: an initial, not a No
    source = (chosen if chosen is not None else text).strip().lower()
    source = source.strip(" /|")
    first = re.split(r"[\s,.;:\-–()/]+", source, maxsplit=1)[0] if source else ""
    if first in _YES or source in _YES:
        return True
    if first in _NO or source in _NO:
        return False
    return None


def latest_date(text: str) -> dt.date | None:
    """The latest date written anywhere in `text` (one per line or cell), or None: when a form
    gives no assessment date, the day it was signed is near the latest date on it."""
    pieces = re.split(r"[\n|\t]+", text)
    found = [d for d in (parse_uk_date(piece) for piece in pieces if piece.strip()) if d]
    return max(found, default=None)
