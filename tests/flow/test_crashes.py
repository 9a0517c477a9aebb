"""Crashes at each step, then a restart: no message lost, no case or email made twice."""

from __future__ import annotations

from dataclasses import dataclass, replace

import pytest
from sqlalchemy import func, select

from frontdoor_demo.samples.scenarios import scenarios
from inbox_worker.mailboxes.base import FetchedMessage, MailboxBackend
from inbox_worker.store.models import (
    Case,
    ExceptionItem,
    Message,
    MessageState,
    Original,
    OutboxMessage,
)
from inbox_worker.worker.pipeline import Pipeline, Step
from routing.policy import PostcodeDirectory, PostcodeRecord

from .conftest import World

SAMPLE = scenarios()[0]  # a Word form that routes to dudley_central


class SimulatedCrash(BaseException):
    """Stands for the process dying: not an Exception, so nothing catches it."""


@dataclass
class CrashingBackend:
    """Wraps a real mailbox; dies before or after moving the message on the server."""

    inner: MailboxBackend
    after_move: bool = False

    @property
    def mailbox_id(self) -> str:
        return self.inner.mailbox_id

    def fetch_new(self):  # type: ignore[no-untyped-def]
        return self.inner.fetch_new()

    def file(self, message: FetchedMessage, folder: str) -> None:
        if self.after_move:
            self.inner.file(message, folder)
        raise SimulatedCrash

    def close(self) -> None:
        self.inner.close()


class BrokenDirectory:
    def lookup(self, postcode: str) -> PostcodeRecord | None:
        raise RuntimeError("store unavailable")


class DyingDirectory:
    def lookup(self, postcode: str) -> PostcodeRecord | None:
        raise SimulatedCrash


def _totals(world: World) -> dict[str, int]:
    with world.app().sessions() as session:
        return {model.__name__: int(session.scalar(select(func.count()).select_from(model)) or 0)
                for model in (Message, Original, Case, ExceptionItem, OutboxMessage)}


def _with_directory(pipeline: Pipeline, directory: PostcodeDirectory) -> Pipeline:
    """The same pipeline with its postcode lookups going to `directory`."""
    policy = replace(pipeline.context.policy, postcode_directory=directory)
    return replace(pipeline, context=replace(pipeline.context, policy=policy))


def _one_pass_with(world: World, backend: MailboxBackend) -> None:
    app = world.app()
    (fetched,) = list(backend.fetch_new())
    app.pipeline.handle(backend, fetched)


@pytest.mark.parametrize("after_move", [False, True])
def test_crash_between_storing_and_filing(world: World, after_move: bool) -> None:
    world.deliver(SAMPLE.mailbox, SAMPLE.raw, "m1")
    crashing = CrashingBackend(world.mailbox(SAMPLE.mailbox), after_move=after_move)
    with pytest.raises(SimulatedCrash):
        _one_pass_with(world, crashing)
    with world.app().sessions() as session:
        assert session.scalars(select(Message.state)).one() is MessageState.DECIDED
    world.runner().run_once()  # the restart
    assert _totals(world) == {"Message": 1, "Original": 1, "Case": 1, "ExceptionItem": 0,
                              "OutboxMessage": 1}
    assert world.filed(SAMPLE.mailbox, "Processed") == ["m1"]
    with world.app().sessions() as session:
        assert session.scalars(select(Message.state)).one() is MessageState.FILED
    assert len(world.outbound()) == 1


def test_crash_while_deciding_leaves_nothing_half_written(world: World) -> None:
    world.deliver(SAMPLE.mailbox, SAMPLE.raw, "m1")
    app = world.app()
    pipeline = _with_directory(app.pipeline, DyingDirectory())
    backend = world.mailbox(SAMPLE.mailbox)
    with pytest.raises(SimulatedCrash):
        pipeline.handle(backend, next(iter(backend.fetch_new())))
    assert _totals(world) == {"Message": 1, "Original": 1, "Case": 0, "ExceptionItem": 0,
                              "OutboxMessage": 0}
    world.runner().run_once()
    assert _totals(world)["Case"] == 1
    assert _totals(world)["OutboxMessage"] == 1


def test_a_message_that_keeps_failing_is_quarantined_after_three_attempts(world: World) -> None:
    world.deliver(SAMPLE.mailbox, SAMPLE.raw, "m1")
    app = world.app()
    pipeline = _with_directory(app.pipeline, BrokenDirectory())
    backend = world.mailbox(SAMPLE.mailbox)
    steps = [pipeline.handle(backend, fetched) for _ in range(3)
             for fetched in list(backend.fetch_new())]
    assert steps == [Step.RETRY_LATER, Step.RETRY_LATER, Step.EXCEPTION]
    with app.sessions() as session:
        item = session.scalars(select(ExceptionItem)).one()
        message = session.scalars(select(Message)).one()
    assert item.reason_codes == ["processing_failed"]
    assert (message.attempts, message.last_error) == (3, "reading: RuntimeError")
    assert item.reasons == ["processing_failed:reading failed 3 times (RuntimeError); "
                            "original kept"]
    assert world.filed(SAMPLE.mailbox, "Exceptions/processing_failed") == ["m1"]
    assert _totals(world)["Original"] == 1


def test_one_failing_mailbox_does_not_stop_the_others(world: World) -> None:
    world.deliver(SAMPLE.mailbox, SAMPLE.raw, "m1")
    broken = world.mailbox("halesowen").root
    for sub in ("new", "cur", "tmp"):
        (broken / sub).rmdir()
    broken.rmdir()
    broken.write_text("not a folder")
    report = world.runner().run_once()
    assert "halesowen" in report.failed_mailboxes
    assert report.steps[Step.ROUTED] == 1
