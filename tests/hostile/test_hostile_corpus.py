"""Every hostile or broken message goes through the real worker (Maildir, SQLite, folder
outbound) and ends in the exception queue, or is ignored for a mail loop, with a reason a
person can read; the original is kept; the next good message is still routed."""

from __future__ import annotations

import datetime as dt
import time

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session

from inbox_worker.cli.decision import route_file
from inbox_worker.settings import load_settings
from inbox_worker.store.models import (
    AuditEntry,
    Case,
    ExceptionItem,
    Message,
    MessageState,
    Original,
    OutboxMessage,
)
from tests.hostile.conftest import PARSING, Corpus, HostileWorld
from tests.hostile.corpus import CASES
from tests.hostile.corpus import Case as HostileCase

MAILBOX = "dudley_central"
# A pass over the corpus's worst message stays well inside the reader's wall-clock limit
# plus the time to store and file a 45 MB message.
PASS_LIMIT_SECONDS = PARSING["wall_seconds"] + 30


def test_the_corpus_is_big_and_covers_every_ending() -> None:
    assert len(CASES) >= 50
    assert len({c.name for c in CASES}) == len(CASES)
    assert {c.outcome for c in CASES} == {"exception", "ignored"}


@pytest.mark.parametrize("case", CASES, ids=[c.name for c in CASES])
def test_hostile_message_ends_with_a_reason(case: HostileCase, corpus: Corpus,
                                            hostile: HostileWorld) -> None:
    raw = corpus.raw(case)
    key = f"{case.name}-1"
    hostile.world.deliver(MAILBOX, raw, key)
    hostile.world.deliver(MAILBOX, hostile.good_message(), f"{case.name}-2-good")
    started = time.monotonic()
    report = hostile.runner.run_once()
    assert time.monotonic() - started < PASS_LIMIT_SECONDS
    assert report.failed_mailboxes == {}
    with hostile.app.sessions() as session:
        message = _message(session, key)
        assert message.state is MessageState.FILED
        assert message.outcome == case.outcome
        assert session.get_one(Original, message.content_hash).data == raw
        if case.outcome == "exception":
            _assert_queued_with_reason(session, message, case)
        else:
            _assert_ignored_without_reply(session, message, case)
        good = _message(session, f"{case.name}-2-good")
        case_row = session.scalars(select(Case).where(Case.message_id == good.id)).one()
        assert (good.outcome, case_row.cluster) == ("routed", MAILBOX)
    assert key in hostile.world.filed(MAILBOX, _folder(case))
    if case.name.startswith("header_injection"):
        _assert_no_injected_header(hostile)


def _assert_no_injected_header(hostile: HostileWorld) -> None:
    replies = hostile.world.outbound()
    assert replies
    for path in replies:
        head = path.read_bytes().replace(b"\r\n", b"\n").split(b"\n\n", 1)[0]
        assert b"victim@example.org" not in head, path.name


def _message(session: Session, key: str) -> Message:
    return session.scalars(select(Message).where(Message.server_id == key)).one()


def _folder(case: HostileCase) -> str:
    return f"Exceptions/{case.code}" if case.outcome == "exception" else "Ignored"


def _assert_queued_with_reason(session: Session, message: Message, case: HostileCase) -> None:
    item = session.scalars(select(ExceptionItem)
                           .where(ExceptionItem.message_id == message.id)).one()
    assert case.code in item.reason_codes
    assert item.cluster == case.cluster
    assert any(r.startswith(f"{case.code}:") and case.detail in r for r in item.reasons), (
        item.reasons)


def _assert_ignored_without_reply(session: Session, message: Message,
                                  case: HostileCase) -> None:
    assert session.scalars(select(OutboxMessage)
                           .where(OutboxMessage.reference == message.reference)).all() == []
    audit = session.scalars(select(AuditEntry)
                            .where(AuditEntry.reference == message.reference)).one()
    assert audit.after is not None
    assert audit.after["reasons"] == [case.code]


@pytest.mark.parametrize("case", [c for c in CASES if c.outcome == "ignored"],
                         ids=[c.name for c in CASES if c.outcome == "ignored"])
def test_frontdoor_route_gives_the_loop_detail(case: HostileCase, corpus: Corpus,
                                               hostile: HostileWorld) -> None:
    decision = route_file(corpus.path(case), load_settings(hostile.world.config),
                          mailbox=MAILBOX, today=dt.date(2026, 11, 23))
    assert [str(r) for r in decision.reasons] == [f"{case.code}:{case.detail}"]
