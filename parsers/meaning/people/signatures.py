"""Consent signatures as forms write them, and labels that share a line.

A consent table's columns (signature | print name | date, or name | relationship |
signature | date), "Signed: ... Print name: ... Date: ..." lines, and a person's label
printed before its answer with no colon. Pure functions on text.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from parsers.meaning.people.names import looks_like_a_name
from parsers.meaning.values import CHECKED, UNCHECKED, is_placeholder, parse_uk_date, parse_yes_no
from parsers.meaning.vocabulary import (
    CONSENT_GIVER,
    CONSENT_VERBS,
    PRINT_NAME,
    SIGNATURE_WORDS,
    PersonPart,
    SectionKind,
    person_part,
    section_kind,
)

Row = tuple[str, ...]

# Labels that share a line with others ("Signed: ...  Print name: ...  Date: ...").
_KNOWN_LABEL = re.compile(r"(?:^|(?<=\s))((?:parent/carer |(?:parent|carer|mother|father)'?s? |"
                          r"family |young person'?s? |child'?s? )?"
                          r"(?:signed|signature|print(?:ed)? name|full name|name|date(?: of birth)?"
                          r"|d\.?o\.?b\.?|relationship(?: to (?:the )?child)?|post ?code|"
                          r"forenames?|first names?|surname|family name))\s*:\s*", re.IGNORECASE)

@dataclass(frozen=True)
class Signature:
    """A consent signature as written: the name it gives, what was written, where."""

    name: str
    written: str
    date_text: str
    place: str


def pairs_on_line(line: str) -> list[tuple[str, str]]:
    """"Signed: A  Print name: B  Date: C" as three pairs; "Label: value" as one."""
    marks = list(_KNOWN_LABEL.finditer(line))
    if not marks or marks[0].start() > 0:
        label, colon, value = line.partition(":")
        if not colon:  # "Who gave agreement? Lauren Atkinson (mum)"
            label, colon, value = line.partition("?")
            colon = colon if value.strip() else ""
        if not colon or len(label) > 80:
            return []
        more = next((m for m in _KNOWN_LABEL.finditer(value) if m.start() > 0), None)
        if more is not None:  # "Signed (parent): J Hill  Date: 10/10/2026"
            return [(label.strip(), value[:more.start()].strip(" |")),
                    *pairs_on_line(value[more.start():].strip())]
        return [(label.strip(), value.strip(" |"))]
    return [(mark[1].strip(), line[mark.end():(marks[i + 1].start() if i + 1 < len(marks)
                                               else len(line))].strip(" |"))
            for i, mark in enumerate(marks)]


_LABEL_END = re.compile(r"\b(names?|surname|forenames?|birth|dob|d\.?o\.?b\.?|relationship|"
                        r"edd)\W*$", re.IGNORECASE)


def leading_person_label(line: str) -> list[tuple[str, str]]:
    """A person's label and its answer with no colon ("Child's name Zoë O'Brien"), as
    flattened PDFs and HTML bodies print them; the longest label wins. The answer starts
    as a name or a date does, so "Name of lead practitioner" is a label, not a name."""
    words = line.split()
    for size in range(min(len(words) - 1, 6), 0, -1):
        label, answer = " ".join(words[:size]), " ".join(words[size:])
        if (_LABEL_END.search(label) and person_part(label) not in (None, PersonPart.SIGNATURE)
                and (answer[:1].isupper() or answer[:1].isdigit())):
            return [(label, answer)]
    return []


def _an_answer(cell: str) -> bool:
    """A person's name where a heading would be ("Name of parent giving consent | Jo Hill")."""
    text = " ".join(cell.split())
    return (looks_like_a_name(text) and person_part(text) is None
            and not SIGNATURE_WORDS.search(text.lower()) and not PRINT_NAME.search(text.lower())
            and not _CONSENT_COLUMN.search(text.lower()) and not re.search(
                r"\b(date|name|relationship|role)\b", text.lower())
            and not _WHOSE.fullmatch(text.lower()))  # "Family member" heads a column


def signature_of(cells: dict[str, str], place: str) -> Signature | None:
    """A signature from a consent row or line: its cells keyed by their headings."""
    written = next((v for k, v in cells.items() if SIGNATURE_WORDS.search(k)
                    and not PRINT_NAME.search(k) and "date" not in k and clean(v)), "") or next(
        (v for k, v in cells.items() if SIGNATURE_WORDS.search(k) and "date" not in k), "")
    # ("Signature of parent/carer: Signed: A. Nowak": the box that holds the signature)
    # (one box for both: "Family signatures and printed name")
    name = next((v for k, v in cells.items() if PRINT_NAME.search(k)
                 or (re.search(r"\bname\b", k) and not SIGNATURE_WORDS.search(k))), "") or next(
        (v for k, v in cells.items() if _WHOSE.fullmatch(k.strip())), "")  # "Parent / carer"
    dated = next((v for k, v in cells.items() if re.search(r"\bdate\b", k)), "")
    written, name = clean(written), clean(name)
    if not written:  # "| Permission for this referral has been given | Consent to
        written = next((clean(v) for k, v in cells.items() if _CONSENT_COLUMN.search(k)  # info
                        and "date" not in k and clean(v) and parse_yes_no(v) is None), "")
        # -rmation being shared | Date" over "Young person | Aisha Rahman | ...": signed;
        # "Name | I agree to this assessment being shared" over "Kai Bell | K Bell"
    if not written and not name:
        return None
    answered = next((parse_yes_no(v) for k, v in cells.items() if _CONSENT_COLUMN.search(k)
                     and "date" not in k and parse_yes_no(v) is not None), None)
    if answered is False:  # "Has consent been given? | No – not sought" beside "Signature /
        written = ""  # how recorded | risk to child": not signed, whatever is beside it
    elif not written and answered is not None:  # "Consent obtained? | ☐ Yes ☒ No"
        written = "consent given" if answered else ""
    elif not written and not any(SIGNATURE_WORDS.search(k) or (
            _CONSENT_COLUMN.search(k) and "date" not in k) for k in cells):
        written = name  # a table of names and dates under a consent heading (not one whose
        # "Consent given" box was left empty)
    return Signature(name or written, written, clean(dated), place)


# A consent table's column of names headed by who they are ("Parent / carer | Agrees ...").
_WHOSE = re.compile(r"((competent|other|second|first) )?(parents?|carers?|parent ?/ ?carers?|"
                    r"parent or carer|mother|father|young person|child|adult|family members?|"
                    r"household members?|persons?)( in the household)?( \(?(name|print)\)?)?")
# (Derbyshire EHA: "Competent young person | Jack Green | Signature | JACK | Date | ...")


def clean(text: str) -> str:
    value = " ".join(text.split())
    return "" if is_placeholder(value) else value


def consent_header(rows: tuple[Row, ...]) -> int | None:
    """The row of a consent table's column headings (a signature column, and a print name
    or date column, and no date of birth) within its first rows, else None."""
    for index, row in enumerate(rows[:2]):
        cells = [c.lower() for c in row if c.strip()]
        if index and all(i < len(rows[0]) and rows[0][i] == c for i, c in enumerate(row)
                         if c.strip()):
            return None  # "Signed | I. Thomas | Date | …" over "Signed | | Date |": the
            # same labels again, a second signature line left empty, not a header
        signs = any(SIGNATURE_WORDS.search(c) or _CONSENT_COLUMN.search(c) for c in cells)
        named = any(PRINT_NAME.search(c) or re.search(r"\b(name|date)\b", c)
                    or _WHOSE.fullmatch(c.strip()) for c in cells)  # "Parent | Agrees? | …"
        born = any(person_part(c) is PersonPart.DATE_OF_BIRTH or _AGE.match(c) for c in cells)
        dated = any(re.search(r"\d{1,2}\s*[/.-]\s*\d{1,2}\s*[/.-]\s*\d{2,4}", c) for c in cells)
        dated = dated or any(_an_answer(c) or SIGNED_IN_CELL.match(c)
                             or parse_uk_date(c) for c in row if c.strip())  # "... | Jo Hill",
        # "Signed: O Grant", "2 December 2026": answers
        boxed = any(c.strip()[:1] in tuple(CHECKED + UNCHECKED) for c in row)  # "☐ Young person
        # consents | Signature | | Date |": an option's row, not the headings
        if len(cells) >= 2 and signs and named and not (born or dated or boxed):  # (a row
            # of answers has a date; a heading may have a number: "child (aged 12 or over)")
            return index
    return None




def records_consent(in_consent_section: bool, label: str, value: str) -> bool:
    """An answer that says who consented: to "Who gave the consent?", or a consent
    statement filled in ("I, Dean Foster, have discussed ... with Sharon Pike")."""
    text = clean(value)
    if not text:
        return False
    if CONSENT_GIVER.search(label.lower()):
        return True
    consenting = in_consent_section or section_kind(label) is SectionKind.CONSENT
    if consenting and _GIVEN_BY.match(text):
        return True  # Shetland "Consent | Given by Kerry Jamieson 30/09/26"
    if consenting and _CONSULTED.search(label.lower()):
        return True  # Home-Start's Referrer's Declaration: "... the parent(s) named below ...
        # agree to this referral" over "Parent(s) consulted | Sophie Cartwright and Omar Ali"
    return consenting and bool(CONSENT_VERBS.search(text.lower())) and len(text) > 30


_GIVEN_BY = re.compile(r"(yes\W+)?(verbally |verbal(ly)? )?(given|obtained|gained|agreed|signed) "
                       r"(by|from)\b", re.IGNORECASE)
_CONSULTED = re.compile(r"\b(parents?|carers?|family|people|persons?)(\(s\))? (consulted|"
                        r"spoken (to|with)|who agreed|agreeing)\b")


_AGE = re.compile(r"^(current )?age( now)?\W*$")  # "Name | Age | Relationship": the family's
_CONSENT_COLUMN = re.compile(r"\b(consent(ed|s)?|agree[ds]?|agreement)\b")  # a column or label
_FAMILY_ROLE = re.compile(r"\b(parents?|carers?|mother|father|young person|child|guardian|"
                          r"adopters?|adoptive|grandparents?)")  # ("Adopter(s) signature")


def signed_by_family(label: str) -> bool:
    """A signature label naming whose it is ("Parent signature", "Young person's signature")."""
    lowered = label.lower()
    return bool(SIGNATURE_WORDS.search(lowered) and _FAMILY_ROLE.search(lowered))


def signature_in_row(in_consent_section: bool, pairs: list[tuple[str, str]],
                     place: str) -> tuple[bool, Signature | None]:
    """Whether a row of label/value pairs is a signature ("Signed: | A. Hollis | Print
    name: | ANGELA HOLLIS | Date: | ..."), and the signature (None when it is empty)."""
    labels = [label.lower() for label, _ in pairs]
    signs = any(SIGNATURE_WORDS.search(label) for label in labels)
    named = any(PRINT_NAME.search(label) or re.search(r"\bname\b", label) for label in labels)
    whose = any(signed_by_family(label) for label in labels)
    if not (signs and (named or in_consent_section or whose)):  # "Parent signature | J Hill"
        return False, None
    return True, signature_of({label.lower(): value for label, value in pairs}, place)


def bare_yes(value: str) -> bool:
    """A yes that says nothing of whom: "YES – mother (Nicola Corlett) only" consents for
    those it names, not for every parent (their names are joined as a statement)."""
    unticked = re.sub(rf"[{UNCHECKED}]\s*\w+", "", clean(value))  # ("☒ Yes ☐ No")
    rest = re.sub(r"^\W*(yes|y)\b\W*", "", unticked, flags=re.IGNORECASE)
    return not re.search(r"\b[A-Z][a-z]+|\bonly\b|\b(mother|mum|father|dad|carer)\b", rest)


# "Does Abbie agree to this request? Yes / No (delete as appropriate)" (Lanarkshire Request
# for Assistance): a consent question that names the person it asks about.
_ASKS_OF = re.compile(r"^(?i:does|has|have|did|is)\s+[A-Z][\w'’-]+(\s+[A-Z][\w'’-]+)?\s+"
                      r"(agreed?|consented|consents?|given|happy|aware)\b")


def asks_someone_named(label: str, value: str) -> bool:
    """A yes to a consent question that names whom it asks, or a yes beside a consent
    label that names who ("Parent/carer consent to the conversation and sharing | Yes –
    Marcia Campbell and Jayden Campbell-Brown", Haringey): it counts for them alone."""
    consent_label = bool(_CONSENT_COLUMN.search(label.lower()))
    if consent_label and _NAME_THEN_YES.match(clean(value)):
        return True  # "Parent / carer consent | Gail Maxwell – yes, by phone 30/03/2026"
    ticked = clean(value).lstrip()[:1] in CHECKED  # "Parent agrees to referral | ✓ M Okafor"
    if consent_label and (label.lstrip()[:1] in CHECKED or ticked) and _NAMED_FIRST.match(
            clean(value).lstrip(CHECKED + " ")):  # "☒ Parent has consented to early help |
        return True  # Megan Parry, by phone, …"
    if parse_yes_no(value) is not True:
        return False
    if consent_label and _NAME_AFTER_DASH.search(clean(label)):
        return True  # "Carer consent – Manpreet Kaur | Yes": for the one it names
    return bool(_ASKS_OF.match(clean(label)) or _KIN_AGREED.match(clean(label))) or (
        consent_label and not bare_yes(value))


# "Mum has agreed to this referral ☒ Yes" (Rainbow Trust family referral): one box a parent.
_KIN_AGREED = re.compile(r"^(mum|dad|mother|father|step-?(mum|dad|mother|father)|nan|gran|"
                         r"grandmother|grandfather|grandad|aunt|uncle)\s+(has|have)\s+"
                         r"(agreed|consented|given consent)\b", re.IGNORECASE)


# A signature typed after its label in one cell: "Signed: O Grant".
SIGNED_IN_CELL = re.compile(r"^\s*(signed|signature)\s*:\s*(\S.*)$", re.IGNORECASE)
_NAME_AFTER_DASH = re.compile(r"\s[–—-]\s*[A-Z][\w'’-]+(?: [A-Z][\w'’-]+){1,3}\s*$")
_NAMED_FIRST = re.compile(r"^[A-Z][\w'’-]+(?: [A-Z][\w'’-]+){1,3}\b")
_NAME_THEN_YES = re.compile(r"^[A-Z][\w'’-]+(?: [A-Z][\w'’-]+){1,3}\s*[–—:,-]\s*(yes|agreed|"
                            r"consented|agrees|consents)\b", re.IGNORECASE)

