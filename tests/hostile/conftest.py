"""One worker on the embedded default (SQLite, Maildir, folder outbound) for the whole
corpus, and the corpus itself, generated once per session under a temp folder."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
import yaml

from frontdoor_demo.demo import write_local_config
from frontdoor_demo.samples.scenarios import scenarios
from inbox_worker.clock import FixedClock
from inbox_worker.worker.app import App
from inbox_worker.worker.runner import Runner
from tests.flow.conftest import World
from tests.hostile.corpus import Case

# Tight enough that a case that hangs fails fast, loose enough for a busy 2-core machine.
PARSING = {"wall_seconds": 20, "cpu_seconds": 15, "memory_mb": 768}


@dataclass
class Corpus:
    """Each case's message, built on first use and kept as a file for the session."""

    folder: Path

    def path(self, case: Case) -> Path:
        path = self.folder / f"{case.name}.eml"
        if not path.exists():
            path.write_bytes(case.build())
        return path

    def raw(self, case: Case) -> bytes:
        return self.path(case).read_bytes()


@dataclass
class HostileWorld:
    world: World
    app: App
    runner: Runner
    sent: int = 0

    def good_message(self) -> bytes:
        """A Word form that routes to dudley_central, with a Message-ID of its own."""
        self.sent += 1
        raw = scenarios()[0].raw
        return re.sub(rb"Message-ID: <[^>]+>", b"Message-ID: <good%d@hillcrest.example>"
                      % self.sent, raw, count=1)


@pytest.fixture(scope="session")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Corpus:
    return Corpus(tmp_path_factory.mktemp("hostile-corpus"))


@pytest.fixture(scope="module")
def hostile(tmp_path_factory: pytest.TempPathFactory) -> Iterator[HostileWorld]:
    root = tmp_path_factory.mktemp("hostile-world")
    config = write_local_config(root)
    raw = yaml.safe_load(config.read_text(encoding="utf-8"))
    raw["parsing"] = PARSING
    config.write_text(yaml.safe_dump(raw, sort_keys=False), encoding="utf-8")
    world = World(root, config, FixedClock(dt.datetime(2026, 11, 23, 10, 0)))
    app = world.app()
    yield HostileWorld(world, app, Runner(app))
    app.pipeline.reader.close()
