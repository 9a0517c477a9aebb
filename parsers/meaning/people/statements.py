"""Consent statements joined to household members by name or relationship ("I have
discussed ... with Lucy Ward and Ella Ward", "Yes – mother and father", "Verbal consent from
mum (Lorraine Petrie). Dad has not been asked yet"), and the members a group's consent is
for ("Do the parents agree? Yes")."""

from __future__ import annotations

import dataclasses
import re

from parsers.form import Consent, Person, Role
from parsers.meaning.people.names import mentioned
from parsers.meaning.values import parse_uk_date
from parsers.meaning.vocabulary import (
    CONSENT_GIVER,
    CONSENT_RECORDED,
    CONSENT_VERBS,
    REFUSED,
    SIGNATURE_WORDS,
    SIGNED,
)

Sources = dict[str, str]


def group_members(group: str, people: list[Person]) -> list[int]:
    """A consent question answered for a group ("Are parents/carers aware? Do you have
    consent? ☒ Yes"): the parents and carers, or the young person referred."""
    if group == "young person":  # the young person referred: the form's first child
        return [i for i, p in enumerate(people) if p.role is Role.CHILD][:1]
    return [i for i, p in enumerate(people) if p.role is Role.ADULT
            and (_PARENT.search(p.relationship) or not p.relationship)]


_PARENT = re.compile(r"\b(mother|father|mum|dad|parent|carer|step|guardian|partner)",
                     re.IGNORECASE)


_OPTIONS = re.compile(r"^\s*yes\s*/\s*no\b\s*[—–:-]*\s*", re.IGNORECASE)  # printed choices
_RELATIONS = {"mother": ("mother", "mum", "mom"), "father": ("father", "dad")}


_WHY_NOT = re.compile(r"\W*(if (not|no)\b|why not\b|reasons? (for not|why not))")
_SUBJECT = re.compile(r"(?:^|[.;!?]\s+)([A-Z][^.;!?]{0,50}?)\s+(?:both\s+|all\s+)?(?:agreed|"
                      r"consented|consents|agrees?|signed|gave (?:their )?consent)\b")


def _by_relationship(text: str, people: list[Person]) -> list[int]:
    """Who a statement names by relationship ("Yes – mother and father"): the one person
    whose relationship is that word (a step-father is not "father"); when nobody's
    relationship is written, the household's only adult."""
    found: list[int] = []
    answer = _OPTIONS.sub("", text.rpartition(":")[2])  # ("Yes/ No — Yes, mum signed")
    if re.fullmatch(r"\W*(yes|y)\W*", answer, re.IGNORECASE) and ":" in text:
        answer = text.rpartition(":")[0]  # "Mum has agreed to this referral Yes: Yes"
    if len(answer.split()) > 8:  # "... school has held two meetings. Mum and Lee agreed on
        subject = _SUBJECT.search(answer)  # 13/04/2026 and signed": who, before the verb
        answer = subject[1] if subject else answer
    if len(answer.split()) > 8 or re.search(r"\b(not|no|n't|neither|nor|unaware|declined|"
                                            r"refused|without)\b", answer, re.IGNORECASE):
        return found  # only a short answer naming who ("Yes – mother and father")
    for words in _RELATIONS.values():
        if not re.search(rf"\b({'|'.join(words)})\b", answer, re.IGNORECASE):
            continue
        owners = [i for i, p in enumerate(people) if re.match(
            rf"({'|'.join(words)})\b(?![-–'’])", p.relationship.strip(), re.IGNORECASE)]
        if not owners:  # "Yes, mum signed our consent slip", the one adult's relationship
            owners = [i for i, p in enumerate(people)  # unwritten: the form's parent
                      if p.role is Role.ADULT and not p.relationship.strip()]
            if len([p for p in people if p.role is Role.ADULT]) != 1:
                owners = []
        if len(owners) == 1:
            found.append(owners[0])
    return found


def _consenting_sentences(text: str) -> str:
    """The sentences of a statement that say who consented ("We, A and B, agree ..."), not
    one that only names someone ("Zara has been told about the assessment"); the whole
    text when no sentence says it (an answer to "Who gave consent?")."""
    sentences = re.split(r"(?<=[.!?;])\s+(?=[A-Z])", text)  # ("...; Lily was present.")
    sentences = [s for s in sentences if not (_TOLD.search(s) and not CONSENT_VERBS.search(
        s.lower()) and not SIGNED.search(s))] or sentences  # ("Ella (12) has been told.")
    told = [s for s in sentences if CONSENT_VERBS.search(s.lower()) or SIGNED.search(s)]
    saying = [s for s in told if not _NOT.search(re.sub(r"\[[^\]]*\]", "", s))]  # ("and the
    # child [name or delete if not discussed]": a template's prompt, left in)
    if told and not saying:
        return ""  # "Tiago ... was not at home when the form was signed": nobody
    return " ".join(saying) if saying and len(saying) < len(sentences) else " ".join(sentences)


_TOLD = re.compile(r"\b(told|informed|aware|knows|notified)\b", re.IGNORECASE)


def _refusals_apart(text: str, people: list[Person]) -> str:
    """A statement whose refusing sentences each begin with whom they are about, someone
    else than the others name ("Verbal consent from mum (Lorraine Petrie) on 19/11/2026.
    Dad has not been asked yet."): the other sentences, which say who consented. Otherwise
    the whole statement, refused as a whole ("Mum agreed. She has since withdrawn it.")."""
    sentences = re.split(r"(?<=[.!?;])\s+(?=[A-Z])", text)
    refusing = [s for s in sentences if REFUSED.search(s.lower())]
    rest = " ".join(s for s in sentences if s not in refusing)
    if not refusing or not rest:
        return text
    names = [p.name for p in people]
    told = set(mentioned(rest, names)) | set(_by_relationship(rest, people))
    for sentence in refusing:
        subject = _REFUSING_SUBJECT.match(sentence)
        whom = set(mentioned(subject[1], names)) | set(_by_relationship(subject[1], people)) \
            if subject else set()
        if not whom or whom & told:
            return text
    return rest


# Whom a refusing sentence is about, before its verb: "Dad has not been asked yet".
_REFUSING_SUBJECT = re.compile(r"^((?:[A-Z][\w'’-]*|mum|dad|mother|father)(?: [A-Z][\w'’-]*)?)"
                               r" (?:has|have|had|is|was|did|does)(?: not| never|n't)\b")


# A sentence that says something did not happen names nobody who consented ("was not at
# home when the form was signed", "Dad did not agree").
_NOT = re.compile(r"\b(not|never|unable|without|neither|nor)\b|n't\b", re.IGNORECASE)


# "Both parents agreed by phone with the social worker": the parents, named or not.
_BOTH_PARENTS = re.compile(r"\b(both parents|the parents|parents|mum and dad|mother and father)"
                           r"( have| had| both)? (agreed|consented|agree|consent|gave consent)\b",
                           re.IGNORECASE)
_REFUSED_ASIDE = re.compile(r"\s*\([^()]*\b(too young|not asked|declined|refused|did not|not "
                            r"signed|not consented|under 1[0-6])\b[^()]*\)", re.IGNORECASE)


# A name alone, or with a date, as a signature is written: "Young person (if appropriate) |
# Harris Gordon 26/05/2026".
_NAME_AND_DATE = re.compile(r"[A-Z][\w'’.-]*( [A-Z][\w'’-]+){1,3}(\s*[-–,]?\s*\d{1,2}[./-]\d{1,2}"
                            r"[./-]\d{2,4})?")


def join_statements(people: list[Person], statements: list[tuple[str, str]],
                     sources: list[Sources]) -> list[Person]:
    """A consent statement or box that names household members ("I have discussed ...
    with Lucy Ward and Ella Ward", "Family signatures: Lucy Ward") counts for them."""
    names = [p.name for p in people]
    for said, place in statements:
        text = _REFUSED_ASIDE.sub("", said)  # "Verbal consent given by Jodie Munro (Freya and
        text = _refusals_apart(text, people)  # Callum too young)": the aside names who did
        lowered = text.lower()  # not consent
        answer = lowered.rpartition(":")[2].strip() if ":" in lowered else lowered
        if REFUSED.search(lowered) or answer.startswith(("no ", "no,", "no-", "no –")) or (
                answer == "no") or _WHY_NOT.match(lowered):  # ("If not, why not?: Obtaining
            continue  # this consent would place the child at further risk ...")
        if not (CONSENT_VERBS.search(lowered) or SIGNED.search(text) or CONSENT_GIVER.search(
                lowered) or CONSENT_RECORDED.search(lowered) or SIGNATURE_WORDS.search(lowered)
                or re.search(r"\b(yes|agreeing|consenting|consulted)\b", lowered)
                or _NAME_AND_DATE.fullmatch(text.rpartition(": ")[2].strip())):
            continue  # "Father: Paul was at work during the visit": it names, says nothing of
            # consent
        evidence = "consent recorded" if CONSENT_RECORDED.search(lowered) else "consent statement"
        adults = [i for i, p in enumerate(people) if p.role is Role.ADULT]
        saying = _consenting_sentences(text)
        answered = text.rpartition(": ")[2] if ": " in text else ""  # "Question?: answer"
        parents = set(group_members("parents", people)) if _BOTH_PARENTS.search(saying) else set()
        for index in sorted(parents | set(mentioned(saying, names, adults=adults))
                            | set(mentioned(_consenting_sentences(answered), names,
                                            adults=adults) if answered else ())
                            | set(_by_relationship(text, people))):
            if not people[index].consent.signed:
                when = parse_uk_date(text)
                people[index] = dataclasses.replace(
                    people[index], consent=Consent(True, when, evidence))
                sources[index]["consent"] = place
    return people
