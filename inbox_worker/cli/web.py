"""`frontdoor web` and `frontdoor users add|list|disable`: the admin pages and their
accounts."""

from __future__ import annotations

import argparse
import sys

from inbox_worker.clock import SystemClock
from inbox_worker.settings import load_settings
from inbox_worker.web.accounts import (
    AccountError,
    Role,
    add_account,
    disable_account,
    list_accounts,
)
from inbox_worker.web.app import create_app
from inbox_worker.web.context import WebOptions
from inbox_worker.web.serve import secret_key, serve
from inbox_worker.worker.app import build_app, open_store, send_promptly


def serve_web(args: argparse.Namespace) -> int:
    settings = load_settings(args.config)  # a wrong configuration stops here, named
    options = WebOptions(secret_key=secret_key(), warm_previews=True)
    print(f"admin pages on http://{args.host}:{args.port}/ (sign in with an account from "
          "`frontdoor users add`)", file=sys.stderr)
    serve(lambda: create_app(send_promptly(build_app(settings), wait=False), options),
          args.host, args.port)
    return 0


def add_user(args: argparse.Namespace) -> int:
    settings = load_settings(args.config)
    password = _password(args)
    try:
        account = add_account(open_store(settings), args.name, role=Role(args.role),
                              areas=tuple(args.area or ()), password=password,
                              known_areas=frozenset(a.id for a in settings.areas),
                              now=SystemClock().now(), actor=args.actor)
    except AccountError as err:
        print(err, file=sys.stderr)
        return 1
    where = ", ".join(account.areas) or "all areas"
    print(f"{account.name}: {account.role.value} ({where})")
    return 0


def _password(args: argparse.Namespace) -> str:
    """The password from standard input: one line, never an argument (ps shows those)."""
    if not args.password_stdin:
        raise SystemExit("give the password on standard input with --password-stdin")
    return sys.stdin.readline().rstrip("\r\n")


def list_users(args: argparse.Namespace) -> int:
    accounts = list_accounts(open_store(load_settings(args.config)))
    for account in accounts:
        state = "active" if account.active else "disabled"
        print(f"{account.name:24} {account.role.value:16} {state:9} "
              f"{', '.join(account.areas) or 'all areas'}")
    print(f"{len(accounts)} account(s)")
    return 0


def disable_user(args: argparse.Namespace) -> int:
    try:
        disable_account(open_store(load_settings(args.config)), args.name,
                        now=SystemClock().now(), actor=args.actor)
    except AccountError as err:
        print(err, file=sys.stderr)
        return 1
    print(f"{args.name}: disabled; their sessions end at their next page")
    return 0
