"""Accounts of the admin pages: who may sign in, with which role and areas.

Passwords are kept as argon2id hashes (argon2-cffi's defaults, RFC 9106's second
recommended profile); adding and disabling an account is written to the audit log.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from enum import StrEnum

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from inbox_worker.casework.audit import record_audit
from inbox_worker.store.models import WebAccount

_HASHER = PasswordHasher()  # argon2id
# Checked when the name is unknown, so a wrong name takes as long as a wrong password.
_DUMMY_HASH = _HASHER.hash("no account has this password")
MIN_PASSWORD_LENGTH = 12  # NCSC: length over complexity
NO_PASSWORD = "!oidc"  # not an argon2 hash: no password ever matches it


class Role(StrEnum):
    ADMIN = "admin"  # Family Centre admin: own areas
    MANAGER = "manager"  # Family Centre Manager / Senior Practice Supervisor: own areas
    SERVICE_MANAGER = "service_manager"  # every area
    AUDITOR = "auditor"  # every area, read only


ALL_AREA_ROLES = frozenset({Role.SERVICE_MANAGER, Role.AUDITOR})


class AccountError(Exception):
    """The account cannot be added or changed; the message says why."""


@dataclass(frozen=True)
class Account:
    name: str
    role: Role
    areas: tuple[str, ...]
    active: bool


def add_account(
    sessions: sessionmaker[Session], name: str, *, role: Role, areas: tuple[str, ...],
    password: str, known_areas: frozenset[str], now: dt.datetime, actor: str,
) -> Account:
    """Adds an active account; admins and managers need at least one known area."""
    _check_new(name, role, areas, password, known_areas)
    kept = () if role in ALL_AREA_ROLES else areas
    with sessions.begin() as session:
        if _row(session, name) is not None:
            raise AccountError(f"an account named {name} already exists")
        session.add(WebAccount(name=name, role=role.value, areas=list(kept),
                               password_hash=_HASHER.hash(password), active=True,
                               created_at=now))
        record_audit(session, now=now, actor=actor, action="account:add", reference=None,
                     after={"name": name, "role": role.value, "areas": list(kept)})
    return Account(name, role, kept, True)


def _check_new(name: str, role: Role, areas: tuple[str, ...], password: str,
               known_areas: frozenset[str]) -> None:
    if not name.strip() or len(name) > 128 or name != name.strip():
        raise AccountError("a name is 1 to 128 characters without spaces around it")
    if len(password) < MIN_PASSWORD_LENGTH:
        raise AccountError(f"a password has at least {MIN_PASSWORD_LENGTH} characters")
    unknown = sorted(set(areas) - known_areas)
    if unknown:
        raise AccountError(f"no area with id {', '.join(unknown)}")
    if role not in ALL_AREA_ROLES and not areas:
        raise AccountError(f"a {role.value} works in at least one area: give --area")


def list_accounts(sessions: sessionmaker[Session]) -> list[Account]:
    with sessions() as session:
        return [_account(row) for row in session.scalars(
            select(WebAccount).order_by(WebAccount.name))]


def disable_account(sessions: sessionmaker[Session], name: str, *, now: dt.datetime,
                    actor: str) -> None:
    """Disables the account; its open sessions end at their next request."""
    with sessions.begin() as session:
        row = _row(session, name)
        if row is None:
            raise AccountError(f"no account named {name}")
        row.active, row.disabled_at = False, now
        record_audit(session, now=now, actor=actor, action="account:disable", reference=None,
                     before={"name": name, "active": True},
                     after={"name": name, "active": False})


def find_account(sessions: sessionmaker[Session], name: str) -> Account | None:
    """The active account of that name, or None."""
    with sessions() as session:
        row = _row(session, name)
        return _account(row) if row is not None and row.active else None


def check_password(sessions: sessionmaker[Session], name: str, password: str) -> Account | None:
    """The active account whose password this is, or None (same cost either way)."""
    with sessions() as session:
        row = _row(session, name)
        stored = row.password_hash if row is not None and row.active else _DUMMY_HASH
    try:
        _HASHER.verify(stored, password)
    except (VerificationError, InvalidHashError):
        return None
    return find_account(sessions, name) if stored is not _DUMMY_HASH else None


def signed_in_by_provider(
    sessions: sessionmaker[Session], name: str, *, role: Role, areas: tuple[str, ...],
    now: dt.datetime,
) -> Account | None:
    """The account of a person the identity provider vouches for, with the role and areas
    of this sign-in (added at the first); None when it was disabled here (`users disable`
    wins over the provider). Such an account has no password: it signs in only that way."""
    kept = () if role in ALL_AREA_ROLES else areas
    with sessions.begin() as session:
        row = _row(session, name)
        if row is not None and not row.active:
            return None
        if row is None:
            row = WebAccount(name=name, role=role.value, areas=list(kept),
                             password_hash=NO_PASSWORD, active=True, created_at=now)
            session.add(row)
        before = {"role": row.role, "areas": list(row.areas)}
        row.role, row.areas = role.value, list(kept)
        record_audit(session, now=now, actor=name, action="account:sign_in_oidc",
                     reference=None, before=before, after={"role": role.value,
                                                           "areas": list(kept)})
        return _account(row)


def _row(session: Session, name: str) -> WebAccount | None:
    return session.scalars(select(WebAccount).where(WebAccount.name == name)).first()


def _account(row: WebAccount) -> Account:
    return Account(row.name, Role(row.role), tuple(row.areas), row.active)
