"""Learning from admins' corrections: each correction of a value the reader read is kept
against the form's fingerprint, the field and where the reader read it
(`learned_rules`), with how it changed the value (`routing.learned.how_corrected`). Once a
reading has been corrected `LEARNED_AFTER` times, later forms with that fingerprint read
at the same place are read by the rule when every correction changed the value the same
way (`routing.learned.read_with_rules`), else held in the queue for an admin
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
from parsers.form import Form
from routing.learned import MIXED, ReadByRules, how_corrected, read_at, read_with_rules
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
    """Counts an admin's correction of `field`, as the reader had read it at `read_from`,
    from `change`'s first value to its second."""
    print_ = fingerprint(form)
    if print_ is None or not read_from or read_from.startswith(CORRECTED):
        return
    session.info.pop(_ANY_LEARNED, None)
    ruled = read_at(read_from)  # a rule read it, and the admin corrects the rule
    how = MIXED if ruled is not None else how_corrected(field, *change)
    read_from = ruled if ruled is not None else read_from
    rule = session.scalars(select(LearnedRule).where(
        LearnedRule.fingerprint == print_, LearnedRule.field == field,
        LearnedRule.read_from == read_from)).first()
    if rule is None:
        rule = LearnedRule(fingerprint=print_, field=field, read_from=read_from,
                           corrections=0, first_at=now, last_at=now, reading=how)
        session.add(rule)
    elif rule.removed_at is not None:  # removed, then corrected again: learned anew
        rule.corrections, rule.removed_at, rule.removed_by, rule.first_at = 0, None, None, now
        rule.reading = how
    elif rule.reading != how:
        rule.reading = MIXED
    rule.corrections += 1
    rule.last_at = now


def read_by_rules(session: Session, form: Form) -> ReadByRules:
    """The form read with the learned rules of its layout, and the readings they distrust
    but cannot read (for `routing.learned.held_back`)."""
    if not _any_learned(session):
        return ReadByRules(form)
    rules = [Learned(r.field, r.read_from, r.corrections, r.reading or MIXED)
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
    return [(f"people.{i}.{key}", str(source)) for i, person in enumerate(people)
            for key, source in (person.get("source") or {}).items()
            if read_at(str(source)) is not None]


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
            "corrections": rule.corrections, "fingerprint": rule.fingerprint[:12]}


def _rule(row: LearnedRule) -> Rule:
    return Rule(row.id, row.fingerprint, row.field, row.read_from, row.corrections,
                row.last_at, row.removed_at is None, row.reading)
