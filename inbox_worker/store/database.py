"""Engine, migrations and sessions. SQLite runs in WAL mode; PostgreSQL as is."""

from __future__ import annotations

import hashlib
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from sqlalchemy import BigInteger, Engine, bindparam, create_engine, event, text
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session, sessionmaker

from inbox_worker.store.revisions import MIGRATIONS
from inbox_worker.store.revisions import newest_revision as newest_revision  # re-exported


def make_engine(url: str) -> Engine:
    """An engine for the store URL; SQLite gets WAL, foreign keys and a busy timeout.

    Statement parameters are never put in an error's text (`hide_parameters`): they hold
    families' names and dates of birth, and errors are logged."""
    if url.startswith("sqlite"):
        _make_sqlite_folder(url)
        engine = create_engine(url, connect_args={"timeout": 30}, hide_parameters=True)
        event.listen(engine, "connect", _sqlite_pragmas)
        return engine
    return create_engine(url, pool_pre_ping=True, hide_parameters=True)


def _make_sqlite_folder(url: str) -> None:
    path = url.removeprefix("sqlite:///")
    if path and path != url and not path.startswith(":memory:"):
        Path(path).parent.mkdir(parents=True, exist_ok=True)


def _sqlite_pragmas(dbapi_connection: Any, _record: Any) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA synchronous=FULL")  # a committed intake survives power loss
    cursor.close()


def migrate(engine: Engine) -> None:
    """Bring the schema to the newest Alembic revision (idempotent). A store already there
    is seen with one query, without importing Alembic (a command starts faster)."""
    if current_revision(engine) == newest_revision():
        return
    from alembic import command
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    migrating = _transactional(engine)
    try:
        with migrating.begin() as connection:
            config.attributes["connection"] = connection
            command.upgrade(config, "head")
    finally:
        if migrating is not engine:
            migrating.dispose()


def _transactional(engine: Engine) -> Engine:
    """An engine whose migrations are one transaction. Python's sqlite3 commits before
    DDL, so a worker killed during its first migration left some tables and no
    alembic_version, and never started again ("table ... already exists"); SQLite's own
    transactions cover DDL: BEGIN IMMEDIATE, which also makes a second worker migrating
    at once wait, then find the store current."""
    if engine.dialect.name != "sqlite":
        return engine  # PostgreSQL's DDL is transactional already
    migrating = create_engine(engine.url, connect_args={"timeout": 30}, hide_parameters=True)
    event.listen(migrating, "connect", _sqlite_pragmas)
    event.listen(migrating, "connect", _driver_leaves_transactions_to_us)
    event.listen(migrating, "begin", lambda connection: connection.exec_driver_sql(
        "BEGIN IMMEDIATE"))
    return migrating


def _driver_leaves_transactions_to_us(dbapi_connection: Any, _record: Any) -> None:
    dbapi_connection.isolation_level = None


def current_revision(engine: Engine) -> str | None:
    """The store's revision, None for a store Alembic has not made yet."""
    try:
        with engine.connect() as connection:
            rows = connection.execute(text("SELECT version_num FROM alembic_version")).all()
    except DBAPIError:  # no such table: a new store
        return None
    return str(rows[0][0]) if len(rows) == 1 else None


def open_store(url: str) -> sessionmaker[Session]:
    """Connects to the store and brings its schema up to date."""
    engine = make_engine(url)
    migrate(engine)
    return session_factory(engine)


def session_factory(engine: Engine) -> sessionmaker[Session]:
    return sessionmaker(engine, expire_on_commit=False)


def close_store(sessions: sessionmaker[Session]) -> None:
    """Closes the pooled connections behind a session factory."""
    bind = sessions.kw.get("bind")
    if isinstance(bind, Engine):
        bind.dispose()


def hold(session: Session, keys: Iterable[str]) -> None:
    """Until the session's transaction ends, another transaction that holds any of `keys`
    waits here, and this one then reads what that one committed: a count read after it
    and written before the commit cannot be overtaken (the answer budget).

    PostgreSQL: a transaction-scoped advisory lock a key, taken in the order of their
    numbers, so two transactions holding several never wait for each other in a circle.
    SQLite: the store's one write lock (`BEGIN IMMEDIATE`), whatever the keys; a
    transaction the driver has already opened has written, so it holds that lock already
    (Python's sqlite3 opens one only before a write)."""
    connection = session.connection()
    if connection.dialect.name == "sqlite":
        driver = connection.connection.driver_connection
        if driver is not None and not driver.in_transaction:
            connection.exec_driver_sql("BEGIN IMMEDIATE")
        return
    lock = text("SELECT pg_advisory_xact_lock(:key)").bindparams(
        bindparam("key", type_=BigInteger))
    for key in sorted({_lock_number(k) for k in keys}):
        connection.execute(lock, {"key": key})


def _lock_number(key: str) -> int:
    """A key's advisory lock: 64 bits of its SHA-256 (PostgreSQL's locks are bigints)."""
    return int.from_bytes(hashlib.sha256(key.encode()).digest()[:8], "big", signed=True)
