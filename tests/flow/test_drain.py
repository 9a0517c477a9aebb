"""The drain: messages taken in and recorded in groups, read by several readers at once,
filed only after their group's decisions are committed. A failure counts against its own
message; a crash mid-group moves nothing undecided, and a restart decides each once."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, replace

import pytest
from sqlalchemy import func, select

from frontdoor_demo.samples.forms import make_docx
from frontdoor_demo.samples.referrals import docx_file, referral_email
from frontdoor_demo.samples.scenarios import family_form
from inbox_worker.store.models import Case, Message, MessageState, OutboxMessage
from inbox_worker.worker.pipeline import Pipeline, Step
from inbox_worker.worker.runner import drain_inbox
from routing.policy import PostcodeDirectory, PostcodeRecord

from .conftest import World

MAILBOX = "dudley_central"
BAD = "DY1 2AB"  # the postcode whose lookup fails


class SimulatedCrash(BaseException):
    """Stands for the process dying: not an Exception, so nothing catches it."""


@dataclass(frozen=True)
class FailsFor:
    """The real directory, but a lookup of BAD raises `error`."""

    inner: PostcodeDirectory
    error: type[BaseException]

    def lookup(self, postcode: str) -> PostcodeRecord | None:
        if postcode == BAD:
            raise self.error("store unavailable")
        return self.inner.lookup(postcode)


def _referral(n: int, postcode: str = "DY1 1AA") -> bytes:
    form = make_docx(family_form(f"Child Number{n}", postcode))
    return referral_email(sender=f"teacher{n}@school.example",
                          to="earlyhelp.dudleycentral@dudley.gov.uk",
                          subject=f"Early Help referral {n}", files=(docx_file("EHA.docx", form),))


def _deliver(world: World, postcodes: list[str]) -> None:
    for n, postcode in enumerate(postcodes):
        world.deliver(MAILBOX, _referral(n, postcode), f"m{n}")


def _failing(world: World, error: type[BaseException]) -> Pipeline:
    pipeline = world.app().pipeline
    policy = pipeline.context.policy
    failing = replace(policy, postcode_directory=FailsFor(policy.postcode_directory, error))
    return replace(pipeline, context=replace(pipeline.context, policy=failing))


def _count(world: World, model: type) -> int:
    with world.app().sessions() as session:
        return int(session.scalar(select(func.count()).select_from(model)) or 0)


def _drain(world: World, pipeline: Pipeline) -> Counter[Step]:
    backend = world.mailbox(MAILBOX)
    return drain_inbox(pipeline, backend, readers=2, go_on=lambda: True).steps


def test_a_failure_counts_against_its_own_message_and_its_group_goes_on(world: World) -> None:
    _deliver(world, ["DY1 1AA"] * 3 + [BAD] + ["DY1 1AA"] * 6)  # two groups of messages
    steps = _drain(world, _failing(world, RuntimeError))
    assert steps == Counter({Step.ROUTED: 9, Step.RETRY_LATER: 1})
    assert world.filed(MAILBOX, "Processed") == sorted(f"m{n}" for n in range(10) if n != 3)
    assert [f.server_id for f in world.mailbox(MAILBOX).fetch_new()] == ["m3"]
    with world.app().sessions() as session:
        failed = session.scalars(select(Message).where(Message.state == MessageState.RECEIVED))
        assert [(m.server_id, m.attempts) for m in failed] == [("m3", 1)]
    assert (_count(world, Case), _count(world, OutboxMessage)) == (9, 9)


def test_a_crash_mid_group_moves_nothing_undecided_and_a_restart_decides_each_once(
        world: World) -> None:
    _deliver(world, ["DY1 1AA"] * 3 + [BAD] + ["DY1 1AA"] * 2)
    with pytest.raises(SimulatedCrash):
        _drain(world, _failing(world, SimulatedCrash))
    assert world.filed(MAILBOX, "Processed") == []  # its group was never committed
    assert (_count(world, Message), _count(world, Case), _count(world, OutboxMessage)) == \
        (6, 0, 0)
    world.runner().run_once()  # the restart, with the store back
    assert world.filed(MAILBOX, "Processed") == [f"m{n}" for n in range(6)]
    assert (_count(world, Message), _count(world, Case), _count(world, OutboxMessage)) == \
        (6, 6, 6)


def test_a_message_twice_in_one_group_is_decided_once_and_both_copies_filed(
        world: World) -> None:
    raw = _referral(1)
    world.deliver(MAILBOX, raw, "first")
    world.deliver(MAILBOX, raw, "again")  # an identical re-delivery
    world.deliver(MAILBOX, _referral(2), "other")
    steps = _drain(world, world.app().pipeline)
    assert steps == Counter({Step.ROUTED: 2, Step.ALREADY_DONE: 1})
    assert world.filed(MAILBOX, "Processed") == ["again", "first", "other"]
    assert (_count(world, Message), _count(world, OutboxMessage)) == (2, 2)


def test_the_same_child_twice_in_one_group_is_a_possible_duplicate(world: World) -> None:
    form = make_docx(family_form("Child Twice", "DY1 1AA"))
    for n in range(2):  # two professionals refer the same child, one after the other
        world.deliver(MAILBOX, referral_email(
            sender=f"worker{n}@agency.example", to="earlyhelp.dudleycentral@dudley.gov.uk",
            subject=f"Referral {n}", files=(docx_file("EHA.docx", form),)), f"m{n}")
    assert _drain(world, world.app().pipeline) == Counter({Step.ROUTED: 2})
    with world.app().sessions() as session:
        flags = [c.flags for c in session.scalars(select(Case).order_by(Case.id))]
    assert ["possible_duplicate" in f for f in flags] == [False, True]


def test_the_answer_budget_holds_within_a_group_and_across_groups(world: World) -> None:
    for n in range(11):  # one sender: a group of 8, then 3 more
        world.deliver(MAILBOX, referral_email(
            sender="busy@school.example", to="earlyhelp.dudleycentral@dudley.gov.uk",
            subject=f"Referral {n}", files=(docx_file("EHA.docx", make_docx(
                family_form(f"Child Number{n}", "DY1 1AA"))),)), f"m{n:02d}")
    assert _drain(world, world.app().pipeline) == Counter({Step.ROUTED: 11})
    with world.app().sessions() as session:
        answers = list(session.scalars(select(Message.answer).order_by(Message.id)))
    assert answers == ["queued"] * 3 + ["over_budget"] * 8
    assert _count(world, OutboxMessage) == 3
