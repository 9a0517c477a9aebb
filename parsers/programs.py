"""Debian programs the readers run (antiword, tesseract): found, and given a bare environment."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

# What any of them needs to find its data and print UTF-8; nothing else of the worker's
# environment (secrets among it) reaches them.
_KEPT = ("PATH", "HOME", "LANG", "LC_ALL")


def find_program(name: str, given: str | None = None) -> str | None:
    """`given`, else `name` on PATH or in /usr/bin (a service's PATH may be short), if it
    is a file."""
    program = given or shutil.which(name) or shutil.which(name, path="/usr/bin")
    return program if program is not None and Path(program).is_file() else None


def program_environment(*also_kept: str, **settings: str) -> dict[str, str]:
    """The environment a program runs with: the kept variables that are set, plus `settings`."""
    kept = {name: os.environ[name] for name in (*_KEPT, *also_kept) if name in os.environ}
    return {**settings, **kept}
