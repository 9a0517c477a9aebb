"""Learning from admins' corrections: each correction of a value the reader read is kept
against the form's fingerprint, the field and where the reader read it
(`learned_rules`), with how it changed the value (`routing.learned.how_corrected`). Once a
reading has been corrected `LEARNED_AFTER` times, later forms with that fingerprint read
at the same place are read by the rule when every correction changed the value the same
way (`routing.learned.read_with_rules`), or from the other place on the form where each
correction's value was written (the postcode, the consent: `Form.seen`), else held in
the queue for an admin
(`routing.learned.held_back`), never routed on that reading. An admin's correction of a
value a rule read stops the rule reading: it holds such forms again. A rule can be removed.

The fingerprint is the reader's `layout_fingerprint` when its JSON carries one (of the
form's labels and structure); until then, the form's structure as read: its type and
where its own values (type, level), the home address and the first person's were read.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from inbox_worker.casework.audit import record_audit
from inbox_worker.store.models import LearnedRule
from parsers.form import Form, Seen, SeenKind
from routing.learned import (
    MIXED,
    ReadByRules,
    Reading,
    how_corrected,
    places_seen,
    read_at,
    read_with_rules,
)
from routing.learned import LearnedRule as Learned

LEARNED_AFTER = 2  # one correction may be one family's; two of one reading are a pattern
CORRECTED = "corrected by "  # the source of a value an admin typed: nothing to learn
KEPT = "read_fingerprint"  # kept in a corrected form's JSON: its sources are no longer all read
_ANY_LEARNED = "frontdoor.any_learned_rule"  # session.info: see `_any_learned`


@dataclass(frozen=True)
class Rule:
    id: int
    fingerprint: str
    field: str
    read_from: str
    corrections: int
    last_at: dt.datetime
    active: bool
    reading: str | None = None  # a routing.learned.Reading value: the rule reads by it
    places: tuple[str, ...] = ()  # READ_ELSEWHERE: where it reads

    @property
    def learned(self) -> bool:
        return self.active and self.corrections >= LEARNED_AFTER


def fingerprint(form: dict[str, Any] | None) -> str | None:
    """The form's fingerprint, or None when nothing says where its values were read."""
    if not form:
        return None
    for given in ("layout_fingerprint", KEPT):  # the reader's; ours before a correction
        if form.get(given):
            return str(form[given])
    people = form.get("people") or [{}]
    places = sorted(f"address.{k}@{v}" for k, v in
                    ((form.get("address") or {}).get("source") or {}).items())
    places += sorted(f"person.{k}@{v}" for k, v in (people[0].get("source") or {}).items())
    places += sorted(f"form.{k}@{v}" for k, v in (form.get("source") or {}).items())
    if not places:
        return None
    key = "|".join([str(form.get("form_type")), *places])
    return hashlib.sha256(key.encode()).hexdigest()


def learn(session: Session, form: dict[str, Any], field: str, read_from: str,
          change: tuple[str, str], now: dt.datetime) -> None:
    """Counts an admin's correction of `field`, as the reader had read it at `read_from`
    ("": not read), from `change`'s first value to its second, with the places on the
    form where the second is written."""
    print_ = fingerprint(form)
    places = places_seen(field, change[1], seen_of(form), _name(form, field))
    if print_ is None or read_from.startswith(CORRECTED) or not (read_from or places):
        return
    session.info.pop(_ANY_LEARNED, None)
    ruled = read_at(read_from)  # a rule read it, and the admin corrects the rule
    how = MIXED if ruled is not None else how_corrected(field, *change)
    if how == MIXED and ruled is None and places:
        how = Reading.READ_ELSEWHERE.value
    rule = _rule_of(session, print_, field, read_from if ruled is None else ruled,
                    ruled=ruled is not None)
    if rule is None:
        rule = LearnedRule(fingerprint=print_, field=field, read_from=read_from,
                           corrections=0, first_at=now, last_at=now, reading=how,
                           places="\n".join(places) or None)
        session.add(rule)
    elif rule.removed_at is not None:  # removed, then corrected again: learned anew
        rule.corrections, rule.removed_at, rule.removed_by, rule.first_at = 0, None, None, now
        rule.reading, rule.places = how, "\n".join(places) or None
    else:
        _count(rule, how, places)
    rule.corrections += 1
    rule.last_at = now


def _count(rule: LearnedRule, how: str, places: tuple[str, ...]) -> None:
    """Another correction of the rule's reading: the same way, at the places both saw."""
    both = [p for p in (rule.places or "").splitlines() if p in places]
    if rule.reading != how or (how == Reading.READ_ELSEWHERE and not both):
        rule.reading, rule.places = MIXED, None
    elif how == Reading.READ_ELSEWHERE:
        rule.places = "\n".join(both)


def _rule_of(session: Session, print_: str, field: str, read_from: str, *,
             ruled: bool) -> LearnedRule | None:
    """The rule of this reading; for a value a rule read (`ruled`), the rule that read it
    there: its own place, or one of the places it reads elsewhere."""
    rules = list(session.scalars(select(LearnedRule).where(
        LearnedRule.fingerprint == print_, LearnedRule.field == field)))
    same = next((r for r in rules if r.read_from == read_from), None)
    if same is not None or not ruled:
        return same
    return next((r for r in rules if r.removed_at is None
                 and read_from in (r.places or "").splitlines()), None)


def seen_of(form: dict[str, Any] | None) -> tuple[Seen, ...]:
    """The form JSON's `seen` (what is written where on it) as values."""
    found = []
    for item in (form or {}).get("seen") or []:
        try:
            kind = SeenKind(item.get("kind"))
        except ValueError:
            continue
        found.append(Seen(kind, str(item.get("place") or ""), str(item.get("text") or ""),
                          item.get("answer") if isinstance(item.get("answer"), bool) else None))
    return tuple(found)


def _name(form: dict[str, Any], field: str) -> str:
    index = field.split(".")[1] if field.startswith("people.") else ""
    people = form.get("people") or []
    return str(people[int(index)].get("name") or "") if index.isdigit() and int(
        index) < len(people) else ""


def read_by_rules(session: Session, form: Form) -> ReadByRules:
    """The form read with the learned rules of its layout, and the readings they distrust
    but cannot read (for `routing.learned.held_back`)."""
    if not _any_learned(session):
        return ReadByRules(form)
    rules = [Learned(r.field, r.read_from, r.corrections, r.reading or MIXED,
                     tuple((r.places or "").splitlines()))
             for r in _learned(session, form.to_json())]
    return read_with_rules(form, rules) if rules else ReadByRules(form)


def _any_learned(session: Session) -> bool:
    """Whether the store has any learned rule, asked once a session (the worker records a
    group of messages in one, and most stores have no rule): until a correction in this
    session (`learn`) asks again. Without a rule, a form needs neither its JSON nor a
    query for its layout's rules."""
    if _ANY_LEARNED not in session.info:
        session.info[_ANY_LEARNED] = session.scalar(select(LearnedRule.id).where(
            LearnedRule.removed_at.is_(None),
            LearnedRule.corrections >= LEARNED_AFTER).limit(1)) is not None
    return bool(session.info[_ANY_LEARNED])


def notes_for(sessions: sessionmaker[Session], form: dict[str, Any] | None) -> dict[str, int]:
    """Field -> corrections, for the item page: readings of this form that rules distrust."""
    with sessions() as session:
        rules = _learned(session, form)
    return {r.field: r.corrections for r in rules if _source(form or {}, r.field) == r.read_from}


def read_by_learned(form: dict[str, Any] | None) -> list[tuple[str, str]]:
    """(field, source) of each of the form's values a learned rule read, for the item page."""
    people = (form or {}).get("people") or []
    home = ((form or {}).get("address") or {}).get("source") or {}
    sources = [(f"address.{key}", str(source)) for key, source in home.items()]
    sources += [(f"people.{i}.{key}", str(source)) for i, person in enumerate(people)
                for key, source in (person.get("source") or {}).items()]
    return [(field, source) for field, source in sources if read_at(source) is not None]


def rules_for(sessions: sessionmaker[Session], form: dict[str, Any] | None) -> list[Rule]:
    """The learned rules of the form's layout, for the item page (each can be removed)."""
    with sessions() as session:
        return [_rule(r) for r in _learned(session, form)]


def list_rules(sessions: sessionmaker[Session]) -> list[Rule]:
    with sessions() as session:
        return [_rule(r) for r in session.scalars(select(LearnedRule).order_by(
            LearnedRule.removed_at.is_not(None), LearnedRule.last_at.desc()))]


def remove_rule(sessions: sessionmaker[Session], rule_id: int, *, actor: str,
                now: dt.datetime) -> Rule | None:
    """Removes the rule (audited); None when there is no active rule of that id."""
    with sessions.begin() as session:
        rule = session.get(LearnedRule, rule_id)
        if rule is None or rule.removed_at is not None:
            return None
        rule.removed_at, rule.removed_by = now, actor
        record_audit(session, now=now, actor=actor, action="learned_rule:remove",
                     reference=None, before=_state(rule) | {"active": True},
                     after=_state(rule) | {"active": False})
        return _rule(rule)


def _learned(session: Session, form: dict[str, Any] | None) -> list[LearnedRule]:
    print_ = fingerprint(form)
    if print_ is None:
        return []
    return list(session.scalars(select(LearnedRule).where(
        LearnedRule.fingerprint == print_, LearnedRule.removed_at.is_(None),
        LearnedRule.corrections >= LEARNED_AFTER)))


def _source(form: dict[str, Any], field: str) -> str:
    head, _, rest = field.partition(".")
    if head == "address":
        return str(((form.get("address") or {}).get("source") or {}).get(rest, ""))
    index, _, key = rest.partition(".")
    people = form.get("people") or []
    if not index.isdigit() or int(index) >= len(people):
        return ""
    return str((people[int(index)].get("source") or {}).get(key, ""))


def _state(rule: LearnedRule) -> dict[str, object]:
    return {"field": rule.field, "read_from": rule.read_from, "reading": rule.reading,
            "places": rule.places, "corrections": rule.corrections,
            "fingerprint": rule.fingerprint[:12]}


def _rule(row: LearnedRule) -> Rule:
    return Rule(row.id, row.fingerprint, row.field, row.read_from, row.corrections,
                row.last_at, row.removed_at is None, row.reading,
                tuple((row.places or "").splitlines()))
