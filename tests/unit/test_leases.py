"""Mailbox leases: one holder at a time; a dead holder's lease expires; renewal extends."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from inbox_worker.store.database import make_engine, migrate, session_factory
from inbox_worker.worker.leases import Leases

NOW = dt.datetime(2026, 11, 23, 9, 0)
TTL = dt.timedelta(minutes=5)


def test_one_holder_at_a_time_until_the_lease_expires(tmp_path: Path) -> None:
    engine = make_engine(f"sqlite:///{tmp_path}/store.db")
    migrate(engine)
    sessions = session_factory(engine)
    first, second = Leases(sessions, "host-a", TTL), Leases(sessions, "host-b", TTL)
    assert first.hold("halesowen", NOW)
    assert not second.hold("halesowen", NOW + dt.timedelta(minutes=1))
    assert second.hold("stourbridge", NOW)  # other mailboxes are free
    assert first.hold("halesowen", NOW + dt.timedelta(minutes=4))  # renewed to 9:09
    assert not second.hold("halesowen", NOW + dt.timedelta(minutes=8))
    assert second.hold("halesowen", NOW + dt.timedelta(minutes=10))  # host-a died
    assert not first.hold("halesowen", NOW + dt.timedelta(minutes=11))


def test_release_frees_the_mailbox_at_once(tmp_path: Path) -> None:
    engine = make_engine(f"sqlite:///{tmp_path}/store.db")
    migrate(engine)
    sessions = session_factory(engine)
    first, second = Leases(sessions, "host-a", TTL), Leases(sessions, "host-b", TTL)
    assert first.hold("secure", NOW)
    first.release("secure")
    assert second.hold("secure", NOW)
