"""The worker against real Dovecot and a real SMTP server: IDLE, restarts, UIDVALIDITY,
SIGTERM, and kill -9 at random moments over a backlog."""

from __future__ import annotations

import random
import shutil
import time
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import select

from frontdoor_demo.samples.forms import make_docx
from frontdoor_demo.samples.referrals import docx_file, referral_email
from frontdoor_demo.samples.scenarios import family_form
from inbox_worker.store.models import Case, Message, MessageState

from .dovecot import Dovecot, append, count
from .worker_world import WorkerWorld, make_world, stop

pytestmark = pytest.mark.integration


@pytest.fixture
def world(tmp_path: Path, dovecot: Dovecot) -> Iterator[WorkerWorld]:
    world, controller = make_world(tmp_path, dovecot)
    try:
        yield world
    finally:
        controller.stop()  # type: ignore[attr-defined]


def referral(n: int, postcode: str = "DY1 1AA") -> bytes:
    form = make_docx(family_form(f"Child Number{n}", postcode))
    return referral_email(sender=f"teacher{n}@school.example",
                          to="earlyhelp.dudleycentral@dudley.gov.uk",
                          subject=f"Early Help referral {n}",
                          files=(docx_file("EHA.docx", form),))


def test_new_mail_is_picked_up_by_idle_and_sigterm_stops_cleanly(world: WorkerWorld) -> None:
    worker = world.start()
    try:
        assert world.wait_until(lambda: (world.root / "frontdoor.db").exists(), 60)
        time.sleep(2)  # let the watchers reach IDLE
        append(world.server, "dudley_central", referral(1))
        assert world.wait_until(lambda: world.decided()[1] == 1, 60), "no case from IDLE"
        assert world.wait_until(lambda: len(world.smtp.received) == 1, 60), "no acknowledgement"
    finally:
        code = stop(worker)
    assert code == 0
    assert count(world.server, "dudley_central") == 0
    assert count(world.server, "dudley_central", "Processed") == 1
    ack = world.smtp.received[0]
    assert str(ack["Auto-Submitted"]) == "auto-replied"
    assert world.smtp.envelopes[0] == ["teacher1@school.example"]


def test_restart_resumes_without_reading_anything_twice(world: WorkerWorld) -> None:
    for n in range(3):
        append(world.server, "dudley_central", referral(n))
    assert world.run_once() == 0
    for n in range(3, 5):
        append(world.server, "dudley_central", referral(n))
    assert world.run_once() == 0
    assert world.run_once() == 0
    assert world.decided() == (5, 5, 0)
    assert len(world.smtp.received) == 5
    assert count(world.server, "dudley_central", "Processed") == 5


def test_a_uidvalidity_change_rereads_safely(world: WorkerWorld) -> None:
    from dataclasses import replace

    from inbox_worker.mailboxes.imap import ImapMailbox

    append(world.server, "dudley_central", referral(1))
    app = world.app()
    settings = app.settings.mailbox("dudley_central")
    backend = ImapMailbox(settings, "test")  # type: ignore[arg-type]

    class Dies(BaseException):
        pass

    def die(message: object, folder: str) -> None:
        raise Dies

    (fetched,) = list(backend.fetch_new())
    crashing = replace_file(backend, die)
    with pytest.raises(Dies):
        app.pipeline.handle(crashing, fetched)  # decided, then "crashed" before filing
    backend.close()
    _reset_uidvalidity(world.server, "dudley_central")
    assert world.run_once() == 0
    with app.sessions() as session:
        (message,) = session.scalars(select(Message))
        assert message.state is MessageState.FILED
    assert world.decided() == (1, 1, 0)
    assert count(world.server, "dudley_central") == 0
    assert count(world.server, "dudley_central", "Processed") == 1
    _ = replace


def replace_file(backend: object, file: object) -> object:
    """The same backend whose `file` is replaced (to die before filing)."""

    class Wrapped:
        mailbox_id = backend.mailbox_id  # type: ignore[attr-defined]

        def fetch_new(self):  # type: ignore[no-untyped-def]
            return backend.fetch_new()  # type: ignore[attr-defined]

        def close(self) -> None:
            backend.close()  # type: ignore[attr-defined]

    wrapped = Wrapped()
    wrapped.file = file  # type: ignore[attr-defined]
    return wrapped


def _reset_uidvalidity(server: Dovecot, user: str) -> None:
    """Makes Dovecot give the mailbox a new UIDVALIDITY, as a server rebuild would."""
    root = server.base / "mail" / user
    for state in [*root.rglob("dovecot-uidlist"), *root.rglob("dovecot.index*"),
                  *root.rglob("dovecot.list.index*")]:
        state.unlink()
    for cache in root.rglob("dovecot.index.cache"):
        shutil.rmtree(cache, ignore_errors=True)


BACKLOG = 200


def test_kill_minus_nine_at_random_moments_loses_and_doubles_nothing(world: WorkerWorld) -> None:
    for n in range(BACKLOG):
        append(world.server, "dudley_central", referral(n, "DY1 1AA" if n % 7 else "DY4 7AA"))
    chance = random.Random(20261123)
    for _ in range(4):
        worker = world.start()
        time.sleep(chance.uniform(1.5, 5.0))
        stop(worker, kill=True)
    worker = world.start()
    try:
        done = world.wait_until(lambda: count(world.server, "dudley_central") == 0
                                and len({str(m["Message-ID"]) for m in world.smtp.received})
                                >= BACKLOG, 600)
    finally:
        stop(worker)
    assert done, f"backlog not drained: {world.decided()}"
    messages, cases, exceptions = world.decided()
    assert (messages, cases + exceptions) == (BACKLOG, BACKLOG)
    with world.app().sessions() as session:
        assert set(session.scalars(select(Message.state))) == {MessageState.FILED}
        references = list(session.scalars(select(Case.reference)))
    assert len(references) == len(set(references))
    per_id = Counter(str(m["Message-ID"]) for m in world.smtp.received)
    per_recipient = Counter(e[0] for e in world.smtp.envelopes)
    assert len(per_id) == BACKLOG  # one acknowledgement per message
    assert set(per_recipient) == {f"teacher{n}@school.example" for n in range(BACKLOG)}
    repeats = sum(per_id.values()) - BACKLOG  # only the accept-then-crash window
    assert repeats <= 5, f"{repeats} resends"
    print(f"kill -9 test: {BACKLOG} messages, {repeats} identical resend(s)")
