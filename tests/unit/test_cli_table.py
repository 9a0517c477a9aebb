"""The command table: every command's handler exists, `frontdoor --help` imports none of
the commands' modules (they load when their command runs), and `frontdoor extract` loads
neither the store nor the worker."""

from __future__ import annotations

import argparse
import subprocess
import sys
from collections.abc import Iterator

from inbox_worker.cli.main import build_parser, load_handler


def _handlers(parser: argparse.ArgumentParser) -> Iterator[str]:
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for sub in action.choices.values():
                if sub.get_default("handler") is not None:
                    yield sub.get_default("handler")
                yield from _handlers(sub)


def test_every_command_has_a_handler() -> None:
    handlers = list(_handlers(build_parser()))
    assert len(handlers) == 24  # the README's table of commands
    assert all(callable(load_handler(spec)) for spec in handlers)


def test_help_loads_no_command_module() -> None:
    probe = ("import sys\nfrom inbox_worker.cli.main import build_parser\n"
             "build_parser().format_help()\n"
             "print(sorted(m for m in sys.modules if m.startswith('inbox_worker.cli.')))")
    loaded = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True,
                            check=True).stdout.strip()
    assert loaded == "['inbox_worker.cli.main']"


def test_extract_loads_neither_store_nor_worker() -> None:
    probe = ("import sys\nfrom inbox_worker.cli.main import load_handler\n"
             "load_handler('reading:extract')\n"
             "print(sorted(m for m in ('sqlalchemy', 'alembic', 'inbox_worker.worker')"
             " if m in sys.modules))")
    loaded = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True,
                            check=True).stdout.strip()
    assert loaded == "[]"
