"""The store's migrations form one chain named as `newest_revision` expects, so a store
already at that revision may skip Alembic (`store/database.py`, `migrate`)."""

from __future__ import annotations

import re
import signal
import subprocess
import sys
import time
from pathlib import Path

from alembic.config import Config
from alembic.script import ScriptDirectory
from sqlalchemy import inspect

from inbox_worker.store.database import current_revision, make_engine, migrate, newest_revision

MIGRATIONS = Path(__file__).resolve().parents[2] / "inbox_worker/store/migrations"


def _declared(path: Path, name: str) -> str | None:
    found = re.search(rf"^{name}: [^=]+= '?(\w+|None)'?$", path.read_text(), re.M)
    assert found, f"{path.name}: no {name}"
    return None if found.group(1) == "None" else found.group(1)


def test_each_migration_is_named_by_its_revision_and_revises_the_one_before() -> None:
    files = sorted((MIGRATIONS / "versions").glob("[0-9]*_*.py"))
    previous = None
    for path in files:
        assert _declared(path, "revision") == path.name.split("_", 1)[0]
        assert _declared(path, "down_revision") == previous
        previous = _declared(path, "revision")
    assert previous == newest_revision()


def test_the_newest_revision_is_alembics_head() -> None:
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    assert ScriptDirectory.from_config(config).get_heads() == [newest_revision()]


def test_a_new_store_is_migrated_and_a_current_one_is_seen_as_current(tmp_path: Path) -> None:
    engine = make_engine(f"sqlite:///{tmp_path}/store.db")
    assert current_revision(engine) is None
    migrate(engine)
    assert current_revision(engine) == newest_revision()
    migrate(engine)
    assert "cases" in inspect(engine).get_table_names()
    engine.dispose()


def test_a_first_migration_killed_at_any_moment_leaves_a_store_that_migrates(
        tmp_path: Path) -> None:
    """kill -9 during the first migration (a worker stopped as it starts) rolls it back."""
    for delay in (0.4, 0.6, 0.8, 1.0, 1.3):
        url = f"sqlite:///{tmp_path}/killed-{delay}.db"
        child = subprocess.Popen([sys.executable, "-c", MIGRATE_IN_A_CHILD, url])
        time.sleep(delay)
        child.send_signal(signal.SIGKILL)
        child.wait()
        engine = make_engine(url)
        migrate(engine)
        assert current_revision(engine) == newest_revision()
        engine.dispose()


MIGRATE_IN_A_CHILD = """
import sys
from inbox_worker.store.database import make_engine, migrate
migrate(make_engine(sys.argv[1]))
"""
