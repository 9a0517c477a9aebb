"""What a command prints is its answer: no library's INFO (alembic at every command,
APScheduler at every job) unless asked for with --verbose."""

from __future__ import annotations

import logging
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from inbox_worker.cli.main import QUIET_LIBRARIES, configure_logging

from .conftest import World


def _frontdoor(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "inbox_worker", *args], capture_output=True,
                          text=True, check=False, timeout=120)


def test_queue_list_prints_no_alembic_lines(world: World, tmp_path: Path) -> None:
    quiet = _frontdoor("queue", "list", "--config", str(world.config))  # migrates a new store
    assert quiet.returncode == 0, quiet.stderr
    assert quiet.stdout == "0 item(s)\n"
    assert "alembic" not in quiet.stderr
    other_store = tmp_path / "other.yaml"  # Alembic runs only on a store not yet current
    other_store.write_text(f"extends: {world.config}\nstore_url: sqlite:///other.db\n")
    verbose = _frontdoor("--verbose", "queue", "list", "--config", str(other_store))
    assert "INFO alembic.runtime.migration" in verbose.stderr


@pytest.fixture
def restored_levels() -> Iterator[None]:
    before = {name: logging.getLogger(name).level for name in QUIET_LIBRARIES}
    yield
    for name, level in before.items():
        logging.getLogger(name).setLevel(level)


@pytest.mark.usefixtures("restored_levels")
def test_the_scheduler_says_only_what_goes_wrong_unless_verbose() -> None:
    job_log = logging.getLogger("apscheduler.executors.default")
    configure_logging(verbose=False)
    assert not job_log.isEnabledFor(logging.INFO)
    assert job_log.isEnabledFor(logging.WARNING)
    configure_logging(verbose=True)
    assert logging.getLogger("apscheduler").level == logging.NOTSET
