"""`frontdoor queue list|show|resolve`: the exception queue on the command line."""

from __future__ import annotations

import argparse
import json
import sys
from dataclasses import asdict
from typing import TYPE_CHECKING

from inbox_worker.casework.queue_items import QueueItem, listed_from_sqlite
from inbox_worker.settings import load_settings

if TYPE_CHECKING:  # SQLAlchemy and the models: not for a list a SQLite store answers
    from sqlalchemy.orm import Session, sessionmaker


def list_queue(args: argparse.Namespace) -> int:
    items = _listed(load_settings(args.config).store_url, cluster=args.cluster,
                    include_closed=args.all)
    for item in items:
        print(f"{item.reference}  {item.priority:8} {item.cluster or '-':15} "
              f"{item.status:9} {', '.join(item.reasons)}")
    print(f"{len(items)} item(s)")
    return 0


def _listed(store_url: str, *, cluster: str | None, include_closed: bool) -> list[QueueItem]:
    """Read with the standard library from a SQLite store at the newest revision, else
    through SQLAlchemy (which makes or migrates the store)."""
    items = listed_from_sqlite(store_url, cluster=cluster, include_closed=include_closed)
    if items is not None:
        return items
    from inbox_worker.casework.queue import list_items

    return list_items(_store(store_url), cluster=cluster, include_closed=include_closed)


def _store(store_url: str) -> sessionmaker[Session]:
    from inbox_worker.store.database import open_store

    return open_store(store_url)


def show_item(args: argparse.Namespace) -> int:
    from inbox_worker.casework.queue import QueueError, show

    try:
        item = show(_store(load_settings(args.config).store_url), args.reference)
    except QueueError as err:
        print(err, file=sys.stderr)
        return 1
    print(json.dumps(asdict(item), indent=2, ensure_ascii=False, default=str))
    return 0


def resolve_item(args: argparse.Namespace) -> int:
    from inbox_worker.casework.queue import QueueError, dismiss, resolve
    from inbox_worker.worker.app import build_app, send_promptly  # only to resolve

    app = send_promptly(build_app(load_settings(args.config)), wait=True)
    now = app.clock.now()
    try:
        if args.dismiss is not None:
            dismiss(app.sessions, args.reference, reason=args.dismiss, actor=args.actor, now=now)
        else:
            resolve(app.sessions, args.reference, cluster=args.cluster, actor=args.actor,
                    ctx=app.pipeline.context, now=now)
    except QueueError as err:
        print(err, file=sys.stderr)
        return 1
    print(f"{args.reference}: " + ("dismissed" if args.dismiss is not None
                                   else f"routed to {args.cluster}"))
    return 0
