"""`frontdoor queue list|show|resolve`: the exception queue on the command line."""

from __future__ import annotations

import argparse
import json
import sys
from dataclasses import asdict

from inbox_worker.casework.queue import QueueError, dismiss, list_items, resolve, show
from inbox_worker.settings import load_settings
from inbox_worker.store.database import open_store


def list_queue(args: argparse.Namespace) -> int:
    items = list_items(open_store(load_settings(args.config).store_url), cluster=args.cluster,
                       include_closed=args.all)
    for item in items:
        print(f"{item.reference}  {item.priority:8} {item.cluster or '-':15} "
              f"{item.status:9} {', '.join(item.reasons)}")
    print(f"{len(items)} item(s)")
    return 0


def show_item(args: argparse.Namespace) -> int:
    try:
        item = show(open_store(load_settings(args.config).store_url), args.reference)
    except QueueError as err:
        print(err, file=sys.stderr)
        return 1
    print(json.dumps(asdict(item), indent=2, ensure_ascii=False, default=str))
    return 0


def resolve_item(args: argparse.Namespace) -> int:
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
