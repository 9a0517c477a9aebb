"""The audit log: every action by the worker or a person, with before and after."""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy.orm import Session

from inbox_worker.store.models import AuditEntry


def record_audit(
    session: Session, *, now: dt.datetime, actor: str, action: str, reference: str | None,
    before: dict[str, Any] | None = None, after: dict[str, Any] | None = None,
) -> None:
    session.add(AuditEntry(at=now, actor=actor, action=action, reference=reference,
                           before=before, after=after))
