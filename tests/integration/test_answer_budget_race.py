"""The answer budget when two mailboxes record groups for one address at the same moment,
on SQLite and on PostgreSQL: two threads, started together by a barrier, each record a
group of messages from the same sender (`Pipeline.record_read`, as the drain does), round
after round, a new sender each round. However their transactions interleave, the sender
gets at most `ANSWER_BUDGET` answers, and exactly that many: the budget is read under a
lock that the other group's transaction waits for (`store.database.hold`)."""

from __future__ import annotations

import datetime as dt
import threading
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import func, select

from frontdoor_demo.demo import write_local_config
from frontdoor_demo.samples.referrals import referral_email
from inbox_worker.clock import FixedClock
from inbox_worker.mailboxes.base import FetchedMessage
from inbox_worker.settings import load_settings
from inbox_worker.store.database import close_store
from inbox_worker.store.models import AnswerStatus, Message, OutboxMessage
from inbox_worker.worker.analysis import Analysis
from inbox_worker.worker.app import App, build_app
from inbox_worker.worker.pipeline import StageError
from inbox_worker.worker.recording import ANSWER_BUDGET

from .postgres import store_config_on

pytestmark = pytest.mark.integration
# Two mailboxes, as two watchers of one worker (or two workers) would record them.
MAILBOXES = {"brierley_hill": "earlyhelp.brierleyhill@dudley.gov.uk",
             "dudley_central": "earlyhelp.dudleycentral@dudley.gov.uk"}
ROUNDS = 25  # without the lock, nearly every round answered 6 (see the changelog)
PER_GROUP = ANSWER_BUDGET  # each group alone would use the whole budget
Read = tuple[int, "Analysis | StageError"]


@pytest.fixture(params=["sqlite", "postgresql"])
def app(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[App]:
    config = write_local_config(tmp_path)
    if request.param == "postgresql":
        store_config_on(config, request.getfixturevalue("postgres"), "budget_race")
    built = build_app(load_settings(config), FixedClock(dt.datetime(2026, 11, 23, 10, 0)))
    yield built
    built.pipeline.reader.close()
    close_store(built.sessions)


def _group(app: App, mailbox: str, sender: str, round_: int) -> list[Read]:
    """`PER_GROUP` enquiries from `sender`, taken in and read (nothing recorded yet)."""
    fetched = [FetchedMessage(f"{sender}-{n}", 1, referral_email(
        sender=sender, to=MAILBOXES[mailbox], subject=f"Question {round_}.{n} from {mailbox}",
        body="Hello, how do I refer a family? Thanks.")) for n in range(PER_GROUP)]
    taken = app.pipeline.take_in(mailbox, fetched)
    return [(t.message_id, app.pipeline.read(t)) for t in taken]


def _race(app: App, groups: list[list[Read]]) -> None:
    barrier = threading.Barrier(len(groups))
    errors: list[BaseException] = []

    def record(group: list[Read]) -> None:
        try:
            barrier.wait()
            app.pipeline.record_read(group)
        except BaseException as err:  # shown by the assertion below
            errors.append(err)

    threads = [threading.Thread(target=record, args=(g,)) for g in groups]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert errors == []


def test_two_groups_recorded_at_once_never_pass_the_budget(app: App) -> None:
    senders = [f"helpdesk{r}@supplier.example" for r in range(ROUNDS)]
    for r, sender in enumerate(senders):
        _race(app, [_group(app, mailbox, sender, r) for mailbox in MAILBOXES])
    with app.sessions() as session:
        answered = Counter(session.scalars(select(Message.answer_to).where(
            Message.answer == AnswerStatus.QUEUED.value)))
        withheld = Counter(session.scalars(select(Message.answer_to).where(
            Message.answer == AnswerStatus.OVER_BUDGET.value)))
        emails = session.scalar(select(func.count()).select_from(OutboxMessage))
    print("answers per sender:", sorted(Counter(answered.values()).items()))
    assert max(answered.values()) <= ANSWER_BUDGET, answered
    assert answered == dict.fromkeys(senders, ANSWER_BUDGET)
    assert withheld == dict.fromkeys(senders, len(MAILBOXES) * PER_GROUP - ANSWER_BUDGET)
    assert emails == ROUNDS * ANSWER_BUDGET
