"""`frontdoor demo`: runs `frontdoor_demo`, which ships with the `demo` extra only."""

from __future__ import annotations

import argparse
import sys

# What the demo extra brings; without them the command says how to install it.
_DEMO_PACKAGES = frozenset({"frontdoor_demo", "reportlab"})


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
    return 0
