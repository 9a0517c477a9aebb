"""Whole-pipeline fuzzing: generated messages (tests/hostile/fuzz_mail.py) through the
real worker (Maildir, reader processes, folder outbound) on SQLite and on PostgreSQL.

For every message: it ends stored and decided (or quarantined), its original kept byte
for byte, filed exactly once; automatic mail is never answered; no address is answered
more than the budget allows, nor one of ours or a no-reply one; what we send has no
encoded words in its threading headers; and a good referral delivered after it routes.

Derandomised and bounded for CI (FRONTDOOR_FUZZ_EXAMPLES, default 100 per store); for a
longer run: FRONTDOOR_FUZZ_EXAMPLES=1000 pytest tests/integration/test_fuzz_pipeline.py -s
(the summary of outcomes is printed with -s).
"""

from __future__ import annotations

import datetime as dt
import os
import re
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from email import message_from_bytes
from pathlib import Path

import pytest
import yaml
from hypothesis import HealthCheck, given, settings
from sqlalchemy import select

from frontdoor_demo.demo import write_local_config
from frontdoor_demo.samples.scenarios import scenarios
from inbox_worker.clock import FixedClock
from inbox_worker.notify.compose import OUTBOUND_POLICY
from inbox_worker.store.database import close_store
from inbox_worker.store.models import (
    AuditEntry,
    Case,
    ExceptionItem,
    Message,
    MessageState,
    Original,
    OutboxMessage,
)
from inbox_worker.worker.app import App
from inbox_worker.worker.recording import ANSWER_BUDGET
from inbox_worker.worker.runner import Runner
from routing.recipient import is_no_reply
from tests.flow.conftest import World
from tests.hostile.conftest import PARSING
from tests.hostile.fuzz_mail import Fuzzed, messages

from .postgres import Postgres

pytestmark = pytest.mark.integration
EXAMPLES = int(os.environ.get("FRONTDOOR_FUZZ_EXAMPLES", "100"))
MAILBOX = "brierley_hill"
OURS = {"earlyhelp.frontdoor@dudley.gov.uk", "earlyhelp.brierleyhill@dudley.gov.uk"}
GOOD = scenarios()[0].raw  # a Word form that routes to dudley_central, whatever inbox


@dataclass
class Fuzzing:
    world: World
    app: App
    store: str
    count: int = 0
    outcomes: Counter[str] = field(default_factory=Counter)
    reasons: Counter[str] = field(default_factory=Counter)

    def deliver(self, fuzzed: Fuzzed) -> tuple[str, str]:
        """The fuzzed message (made unique by a first line of its own), then a good one."""
        self.count += 1
        n = self.count
        self.world.deliver(MAILBOX, b"X-Fuzz: %d\r\n" % n + fuzzed.raw, f"f{n:05d}-fuzz")
        good = re.sub(rb"Message-ID: <[^>]+>", b"Message-ID: <good%d@hillcrest.example>" % n,
                      GOOD, count=1)
        self.world.deliver(MAILBOX, good, f"f{n:05d}-good")
        return f"f{n:05d}-fuzz", f"f{n:05d}-good"

    def summary(self) -> str:
        parts = ", ".join(f"{k} {v}" for k, v in sorted(self.outcomes.items()))
        codes = ", ".join(f"{k} {v}" for k, v in self.reasons.most_common())
        return f"fuzzing on {self.store}: {self.count} messages: {parts}; reasons: {codes}"


@pytest.fixture(scope="module", params=["sqlite", "postgresql"])
def fuzzing(request: pytest.FixtureRequest,
            tmp_path_factory: pytest.TempPathFactory) -> Iterator[Fuzzing]:
    root = tmp_path_factory.mktemp(f"fuzz-{request.param}")
    config = write_local_config(root)
    raw = yaml.safe_load(config.read_text())
    raw["parsing"] = PARSING
    if request.param == "postgresql":
        postgres: Postgres = request.getfixturevalue("postgres")
        raw["store_url"] = postgres.create_database("fuzz")
    config.write_text(yaml.safe_dump(raw))
    world = World(root, config, FixedClock(dt.datetime(2026, 11, 23, 10, 0)))
    app = world.app()
    state = Fuzzing(world, app, request.param)
    yield state
    print(state.summary())
    app.pipeline.reader.close()
    close_store(app.sessions)


@settings(max_examples=EXAMPLES, derandomize=True, database=None, deadline=None,
          suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large,
                                 HealthCheck.large_base_example])
@given(fuzzed=messages())
def test_every_generated_message_ends_decided_and_the_next_one_routes(
        fuzzing: Fuzzing, fuzzed: Fuzzed) -> None:
    key, good_key = fuzzing.deliver(fuzzed)
    report = Runner(fuzzing.app).run_once()
    assert report.failed_mailboxes == {}
    with fuzzing.app.sessions() as session:
        message = _message(session, key)
        _assert_decided_and_kept(session, message, b"X-Fuzz: %d\r\n" % fuzzing.count
                                 + fuzzed.raw)
        answers = _answers(session, message)
        if fuzzed.automatic:
            assert answers == [], "automatic mail was answered"
            assert message.outcome == "ignored" or _unreadable_as_mail(session, message)
        good = _message(session, good_key)
        assert good.outcome == "routed"
        assert session.scalars(select(Case).where(Case.message_id == good.id)).one()
        _assert_sent_mail_is_safe(session)
        fuzzing.reasons.update(_codes(session, message))
    fuzzing.outcomes[f"{fuzzed.shape}:{message.outcome}"] += 1
    for filed in (key, good_key):
        assert _places(fuzzing.world, filed) == 1, f"{filed} not filed exactly once"


def _message(session: object, key: str) -> Message:
    return session.scalars(  # type: ignore[attr-defined, no-any-return]
        select(Message).where(Message.server_id == key)).one()


def _assert_decided_and_kept(session: object, message: Message, raw: bytes) -> None:
    assert message.state is MessageState.FILED
    assert message.outcome in ("routed", "exception", "ignored", "review")
    assert session.get_one(Original, message.content_hash).data == raw  # type: ignore[attr-defined]
    item = session.scalars(select(ExceptionItem).where(  # type: ignore[attr-defined]
        ExceptionItem.message_id == message.id)).first()
    if message.outcome == "exception":
        assert item is not None
        assert "processing_failed" not in item.reason_codes, item.reasons  # a bug, found
    if message.outcome == "routed":
        assert session.scalars(select(Case).where(  # type: ignore[attr-defined]
            Case.message_id == message.id)).one()


def _codes(session: object, message: Message) -> list[str]:
    audit = session.scalars(select(AuditEntry).where(  # type: ignore[attr-defined]
        AuditEntry.reference == message.reference)).first()
    return list(audit.after["reasons"]) if audit and audit.after else []


def _unreadable_as_mail(session: object, message: Message) -> bool:
    item = session.scalars(select(ExceptionItem).where(  # type: ignore[attr-defined]
        ExceptionItem.message_id == message.id)).one()
    return any("could not be read as an email" in r for r in item.reasons)


def _answers(session: object, message: Message) -> list[OutboxMessage]:
    return list(session.scalars(select(OutboxMessage).where(  # type: ignore[attr-defined]
        OutboxMessage.reference == message.reference,
        OutboxMessage.kind == "acknowledgement")))


def _assert_sent_mail_is_safe(session: object) -> None:
    rows = list(session.scalars(select(OutboxMessage).where(  # type: ignore[attr-defined]
        OutboxMessage.kind == "acknowledgement")))
    per_address = Counter(r.recipient for r in rows)
    assert max(per_address.values(), default=0) <= ANSWER_BUDGET, per_address
    for row in rows:
        assert row.recipient not in OURS
        assert not is_no_reply(row.recipient)
        email = message_from_bytes(row.raw, policy=OUTBOUND_POLICY)
        for name in ("In-Reply-To", "References", "To"):
            assert "=?" not in str(email.get(name, ""))


def _places(world: World, key: str) -> int:
    """In how many places of the mailbox the message is (inbox and every folder)."""
    root = world.mailbox(MAILBOX).root
    return sum(1 for path in root.rglob("*") if path.is_file()
               and path.name.split(":2,")[0] == key and path.parent.name in ("cur", "new"))


def test_the_strategy_makes_every_shape(tmp_path: Path) -> None:
    """The generator covers clean, damaged and garbage messages and automatic ones (a
    cheap check that the strategy itself has not narrowed)."""
    seen: Counter[str] = Counter()

    @settings(max_examples=200, derandomize=True, database=None, deadline=None,
              suppress_health_check=list(HealthCheck))
    @given(fuzzed=messages())
    def collect(fuzzed: Fuzzed) -> None:
        seen[fuzzed.shape] += 1
        seen["automatic"] += fuzzed.automatic

    collect()
    assert {"mime", "damaged", "garbage", "automatic"} <= set(seen)
