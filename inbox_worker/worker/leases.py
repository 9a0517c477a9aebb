"""Mailbox leases: one poller per mailbox at a time, across worker processes.

A worker holds a mailbox while its lease is unexpired and renews it before each
message; a worker that dies loses the lease after `ttl`, and another takes over.
Claiming is a conditional UPDATE (or the first INSERT), so two workers can never
both succeed.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import or_, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session, sessionmaker

from inbox_worker.store.models import MailboxLease

# Long enough to cover the slowest single message (parse limits are far below this).
DEFAULT_TTL = dt.timedelta(minutes=5)


@dataclass(frozen=True)
class Leases:
    sessions: sessionmaker[Session]
    holder: str
    ttl: dt.timedelta = DEFAULT_TTL

    def hold(self, mailbox: str, now: dt.datetime) -> bool:
        """Takes or renews the lease; False when another live worker holds it."""
        with self.sessions.begin() as session:
            claimed = session.execute(
                update(MailboxLease)
                .where(MailboxLease.mailbox == mailbox,
                       or_(MailboxLease.holder == self.holder, MailboxLease.expires_at < now))
                .values(holder=self.holder, expires_at=now + self.ttl)
            ).rowcount  # type: ignore[attr-defined]
            if claimed:
                return True
        return self._first_claim(mailbox, now)

    def release(self, mailbox: str) -> None:
        with self.sessions.begin() as session:
            session.execute(update(MailboxLease).where(
                MailboxLease.mailbox == mailbox, MailboxLease.holder == self.holder,
            ).values(expires_at=dt.datetime(1970, 1, 1)))

    def _first_claim(self, mailbox: str, now: dt.datetime) -> bool:
        try:
            with self.sessions.begin() as session:
                if session.get(MailboxLease, mailbox) is not None:
                    return False
                session.add(MailboxLease(mailbox=mailbox, holder=self.holder,
                                         expires_at=now + self.ttl))
        except IntegrityError:
            return False  # another worker inserted it first
        return True
