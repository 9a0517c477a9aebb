"""The full-postcode table in the store: import from an ONS Postcode Directory CSV, look up.

Only rows that matter are kept: every postcode of our own local authorities, plus
every postcode in the same districts (so a DY4 postcode in Sandwell is known to be
out of area rather than guessed by a district rule).
"""

from __future__ import annotations

import csv
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from inbox_worker.settings import Settings, SettingsError
from routing.policy import PostcodeRecord
from routing.postcode import district, normalise

if TYPE_CHECKING:  # the store is imported where it is used: `route` reads the CSV only
    from sqlalchemy.orm import Session, sessionmaker

_POSTCODE_COLUMNS = ("pcds", "pcd", "pcd2", "postcode")
_AUTHORITY_COLUMNS = ("oslaud", "lad", "laua", "local_authority")
_WARD_COLUMNS = ("osward", "wd", "ward")


class PostcodeImportError(Exception):
    pass


class StorePostcodeDirectory:
    """Looks postcodes up in the store's `postcodes` table."""

    def __init__(self, sessions: sessionmaker[Session]) -> None:
        from sqlalchemy import Engine, bindparam, select

        from inbox_worker.store.models import PostcodeEntry

        engine = sessions.kw["bind"]
        assert isinstance(engine, Engine)
        self.engine = engine
        self._query = select(PostcodeEntry.local_authority, PostcodeEntry.ward).where(
            PostcodeEntry.postcode == bindparam("postcode"))

    def lookup(self, postcode: str) -> PostcodeRecord | None:
        """One row by its key (a lookup a message, from the reading threads): one
        statement built once, on a connection of the store's pool without a session
        (which cost five times the query)."""
        with self.engine.connect() as connection:
            row = connection.execute(self._query, {"postcode": postcode}).first()
        return None if row is None else PostcodeRecord(postcode, row.local_authority, row.ward)


def import_postcodes(
    sessions: sessionmaker[Session], path: Path, authorities: tuple[str, ...]
) -> int:
    """Replace the table with the relevant rows of `path`; returns the rows kept."""
    from sqlalchemy import delete

    from inbox_worker.store.models import PostcodeEntry

    kept = _relevant(list(_read(path)), authorities)
    with sessions.begin() as session:
        session.execute(delete(PostcodeEntry))
        session.add_all(PostcodeEntry(postcode=r.postcode, local_authority=r.local_authority,
                                      ward=r.ward) for r in kept)
    return len(kept)


def table_size(sessions: sessionmaker[Session]) -> int:
    from sqlalchemy import select

    from inbox_worker.store.models import PostcodeEntry

    with sessions() as session:
        return len(session.scalars(select(PostcodeEntry.postcode)).all())


def _read(path: Path) -> Iterator[PostcodeRecord]:
    try:
        with path.open(newline="", encoding="utf-8-sig") as handle:
            reader = csv.DictReader(handle)
            columns = _columns(path, reader.fieldnames or [])
            for row in reader:
                postcode = normalise(row[columns[0]] or "")
                if postcode:
                    yield PostcodeRecord(postcode, row[columns[1]].strip(), row[columns[2]].strip())
    except OSError as err:
        raise PostcodeImportError(f"cannot read postcode table {path}: {err}") from err


def _columns(path: Path, fieldnames: Sequence[str]) -> tuple[str, str, str]:
    lowered = {name.lower(): name for name in fieldnames}

    def pick(candidates: tuple[str, ...], what: str) -> str:
        for candidate in candidates:
            for low, original in lowered.items():
                if low == candidate or (low.startswith(candidate) and low.endswith("cd")):
                    return original
        raise PostcodeImportError(f"{path}: no {what} column (expected one of {candidates})")

    return (pick(_POSTCODE_COLUMNS, "postcode"), pick(_AUTHORITY_COLUMNS, "local authority"),
            pick(_WARD_COLUMNS, "ward"))


def read_directory(settings: Settings) -> dict[str, PostcodeRecord]:
    """The configured table's relevant rows in memory (no store), for `frontdoor route`;
    SettingsError naming `postcodes.table` when it cannot be read."""
    table = settings.postcodes.table
    if table is None:
        return {}
    try:
        records = list(_read(table))
    except PostcodeImportError as err:
        raise _table_error(err) from err
    return {r.postcode: r for r in _relevant(records, settings.local_authority_codes)}


def check_table(settings: Settings) -> None:
    """SettingsError naming `postcodes.table` when the configured table cannot be opened
    or lacks a postcode, local authority or ward column (its header only is read)."""
    table = settings.postcodes.table
    if table is None:
        return
    try:
        with table.open(newline="", encoding="utf-8-sig") as handle:
            _columns(table, csv.DictReader(handle).fieldnames or [])
    except OSError as err:
        raise SettingsError(f"postcodes.table: cannot read {table}: {err.strerror}; "
                            f"{_TABLE_HINT}") from err
    except (PostcodeImportError, UnicodeDecodeError) as err:
        raise _table_error(err) from err


_TABLE_HINT = "give the path of an ONS Postcode Directory CSV, or remove the key"


def _table_error(err: Exception) -> SettingsError:
    return SettingsError(f"postcodes.table: {err}; {_TABLE_HINT}")


def _relevant(records: list[PostcodeRecord], authorities: tuple[str, ...]) -> list[PostcodeRecord]:
    """Rows of our authorities and every row sharing a district with them."""
    districts = {district(r.postcode) for r in records if r.local_authority in authorities}
    return [r for r in records if district(r.postcode) in districts]
