"""`frontdoor demo`: runs `frontdoor_demo`, which ships with the `demo` extra only, then
gives the demo an account of each role for the admin pages."""

from __future__ import annotations

import argparse
import secrets
import sys
from pathlib import Path

from inbox_worker.clock import SystemClock
from inbox_worker.settings import load_settings
from inbox_worker.web.accounts import Role, add_account
from inbox_worker.worker.app import open_store

# What the demo extra brings; without them the command says how to install it.
_DEMO_PACKAGES = frozenset({"frontdoor_demo", "reportlab"})
DEMO_ACCOUNTS = {  # name: (role, areas)
    "demo.admin": (Role.ADMIN, ("halesowen",)),
    "demo.manager": (Role.MANAGER, ("halesowen",)),
    "demo.service_manager": (Role.SERVICE_MANAGER, ()),
    "demo.auditor": (Role.AUDITOR, ()),
}


def demo(args: argparse.Namespace) -> int:
    try:  # imported here, the one place the worker reaches up to frontdoor_demo
        from frontdoor_demo.demo import run_demo
    except ModuleNotFoundError as err:
        package = (err.name or "").partition(".")[0]
        if package not in _DEMO_PACKAGES:
            raise
        print(f"frontdoor demo needs the demo extra ({package} is missing): "
              "pip install 'earlyhelp-frontdoor[demo]'", file=sys.stderr)
        return 1
    print(run_demo(args.workdir))
    print(demo_accounts(args.workdir.resolve() / "frontdoor.yaml"))
    return 0


def demo_accounts(config: Path) -> str:
    """One account per role, with one new password, and how to sign in."""
    settings = load_settings(config)
    password = secrets.token_urlsafe(12)
    sessions, known = open_store(settings), frozenset(a.id for a in settings.areas)
    for name, (role, areas) in DEMO_ACCOUNTS.items():
        add_account(sessions, name, role=role, areas=areas, password=password,
                    known_areas=known, now=SystemClock().now(), actor="demo")
    lines = ["", "The admin pages:", f"  frontdoor web --config {config}",
             "  then open http://127.0.0.1:8080/ and sign in as one of",
             *(f"    {name:22} {role.value} ({', '.join(areas) or 'all areas'})"
               for name, (role, areas) in DEMO_ACCOUNTS.items()),
             f"  with the password {password}"]
    return "\n".join(lines)
