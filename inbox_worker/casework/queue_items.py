"""The exception queue's items as the command line lists them, and that list read from a
SQLite store without SQLAlchemy (`store/sqlite_read.py`): `frontdoor queue list` then
imports neither SQLAlchemy nor the models. `casework/queue.py`'s `list_items` reads the
same items through SQLAlchemy, from any store.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from inbox_worker.store.sqlite_read import read_rows

OPEN = "open"  # ExceptionStatus.OPEN as stored
_LISTED = ("SELECT reference, cluster, received_in, reasons, flags, priority, status, "
           "created_at, form FROM exceptions")


@dataclass(frozen=True)
class QueueItem:
    reference: str
    cluster: str | None
    received_in: str
    reasons: tuple[str, ...]
    flags: tuple[str, ...]
    priority: str
    status: str
    created_at: dt.datetime
    form: dict[str, Any] | None


def urgent_first(items: Iterable[QueueItem]) -> list[QueueItem]:
    """Urgent items first, each part in the order given (oldest first)."""
    return sorted(items, key=lambda i: i.priority != "urgent")


def listed_from_sqlite(store_url: str, *, cluster: str | None = None,
                       include_closed: bool = False) -> list[QueueItem] | None:
    """What `list_items` lists, read from a SQLite store at the newest revision with the
    standard library; None for any other store."""
    where = ([] if include_closed else ["status = ?"]) + ([] if cluster is None else
                                                          ["cluster = ?"])
    parameters = ([] if include_closed else [OPEN]) + ([] if cluster is None else [cluster])
    sql = (_LISTED + (" WHERE " + " AND ".join(where) if where else "")
           + " ORDER BY created_at, id")
    rows = read_rows(store_url, sql, parameters)
    return None if rows is None else urgent_first(_item(row) for row in rows)


def _item(row: tuple[Any, ...]) -> QueueItem:
    reference, cluster, received_in, reasons, flags, priority, status, created_at, form = row
    return QueueItem(reference, cluster, received_in, tuple(_json(reasons) or ()),
                     tuple(_json(flags) or ()), priority, status,
                     dt.datetime.fromisoformat(created_at), _json(form))


def _json(text: str | None) -> Any:
    return None if text is None else json.loads(text)
