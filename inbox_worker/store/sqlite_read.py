"""A SQLite store read with the standard library alone, for a command that only lists
(`frontdoor queue list`): importing SQLAlchemy and the models takes longer than all the
rest of such a command. Only a SQLite store already at the newest revision is read so,
and read only; for any other (PostgreSQL, a store to make or to migrate, one that cannot
be opened) the answer is None, and the caller reads it through SQLAlchemy as every other
command does (which makes or migrates it).
"""

from __future__ import annotations

import sqlite3
from collections.abc import Sequence
from contextlib import closing
from pathlib import Path
from typing import Any

from inbox_worker.store.revisions import newest_revision

_PREFIX = "sqlite:///"


def sqlite_path(url: str) -> Path | None:
    """The file of a plain `sqlite:///PATH` URL (relative to the working directory, as
    SQLAlchemy reads it); None for any other URL, or one with options."""
    path = url.removeprefix(_PREFIX)
    if path == url or not path or "?" in path or path.startswith(":memory:"):
        return None
    return Path(path)


def read_rows(url: str, sql: str, parameters: Sequence[Any] = ()) -> list[tuple[Any, ...]] | None:
    """The rows of `sql`, read from the store only if it is a SQLite file at the newest
    revision; else None (read it through SQLAlchemy)."""
    path = sqlite_path(url)
    if path is None or not path.is_file():
        return None
    try:
        with closing(sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True,
                                     timeout=30)) as connection:
            revision = connection.execute("SELECT version_num FROM alembic_version").fetchall()
            if revision != [(newest_revision(),)]:
                return None
            return connection.execute(sql, tuple(parameters)).fetchall()
    except sqlite3.Error:  # not a store we can read so: SQLAlchemy says why, or makes it
        return None
