"""The whole front door on the local backend: every sample ends where it should."""

from __future__ import annotations

from email import message_from_bytes
from email import policy as email_policy

import pytest
from sqlalchemy import func, select

from frontdoor_demo.samples.scenarios import Scenario, scenarios
from inbox_worker.store.models import (
    AuditEntry,
    Case,
    ExceptionItem,
    Message,
    MessageState,
    OutboxMessage,
    OutboxStatus,
)

from .conftest import World

SAMPLES = scenarios()


def _deliver_all(world: World) -> dict[str, Scenario]:
    keys = {}
    for n, sample in enumerate(SAMPLES):
        key = f"k{n:03d}"
        world.deliver(sample.mailbox, sample.raw, key)
        keys[key] = sample
    return keys


def test_every_sample_is_decided_filed_and_answered(world: World) -> None:
    keys = _deliver_all(world)
    report = world.runner().run_once()
    assert report.failed_mailboxes == {}
    app = world.app()
    with app.sessions() as session:
        messages = {m.server_id: m for m in session.scalars(select(Message))}
        cases = {c.message_id: c for c in session.scalars(select(Case))}
        exceptions = {e.message_id: e for e in session.scalars(select(ExceptionItem))}
    assert set(messages) == set(keys)
    for key, sample in keys.items():
        message = messages[key]
        assert message.state is MessageState.FILED, sample.name
        assert message.outcome == sample.outcome, sample.name
        if sample.outcome == "routed":
            case = cases[message.id]
            assert (case.cluster, case.priority) == (sample.cluster, sample.priority), sample.name
            if sample.flag:
                assert sample.flag in case.flags, sample.name
            assert key in world.filed(sample.mailbox, "Processed")
        elif sample.outcome == "exception":
            item = exceptions[message.id]
            assert sample.reason in item.reason_codes, sample.name
            assert key in world.filed(sample.mailbox, f"Exceptions/{item.reason_codes[0]}")
        else:
            assert key in world.filed(sample.mailbox, "Ignored")
    for sample in SAMPLES:
        assert list(world.mailbox(sample.mailbox).fetch_new()) == [], "inbox left with mail"


def test_acknowledgements_are_safe_replies(world: World) -> None:
    _deliver_all(world)
    world.runner().run_once()
    acks = [message_from_bytes(p.read_bytes(), policy=email_policy.default)
            for p in world.outbound()]
    answered = [s for s in SAMPLES if s.outcome != "ignored"]
    replies = [m for m in acks if m["Auto-Submitted"] == "auto-replied"]
    assert len(replies) == len(answered)
    for reply in replies:
        subject = str(reply["Subject"])
        assert "EH-2026-" in subject
        for name in ("Oliver", "Price", "Ava", "Bennett", "Mia", "Zoë", "Kacper", "Amira"):
            assert name not in subject
        assert reply["In-Reply-To"]
        assert str(reply["Message-ID"]).endswith("@frontdoor.dudley.gov.uk>")
    alerts = [m for m in acks if str(m["Subject"]).startswith("URGENT")]
    assert [str(a["To"]) for a in alerts] == ["admin.brierleyhill@dudley.gov.uk"]


def test_exception_reply_says_what_is_missing_and_insecure_sender_is_told(world: World) -> None:
    _deliver_all(world)
    world.runner().run_once()
    replies = [(str(m["To"]), m.get_body(("plain",)).get_content())  # type: ignore[union-attr]
               for m in (message_from_bytes(p.read_bytes(), policy=email_policy.default)
                         for p in world.outbound())]
    nhs = [body for to, body in replies if to == "grace.okafor@nhs.net"]
    assert len(nhs) == 1
    assert "earlyhelp.secure@dudley.gcsx.gov.uk" in nhs[0]
    others = [body for to, body in replies if to != "grace.okafor@nhs.net"]
    assert not any("secure email domain" in body for body in others)
    consent = [body for _, body in replies if "consent section is not complete" in body]
    assert len(consent) == 1
    assert "person 2 (adult, Mother)" in consent[0]


def test_a_second_pass_does_nothing_new(world: World) -> None:
    _deliver_all(world)
    world.runner().run_once()
    counts = _counts(world)
    report = world.runner().run_once()
    assert sum(report.steps.values()) == 0
    assert _counts(world) == counts


def _counts(world: World) -> tuple[int, int, int, int]:
    with world.app().sessions() as session:
        return tuple(int(session.scalar(select(func.count()).select_from(model)) or 0)
                     for model in (Message, Case, ExceptionItem, OutboxMessage))  # type: ignore[return-value]


def test_outbox_is_drained(world: World) -> None:
    _deliver_all(world)
    world.runner().run_once()
    with world.app().sessions() as session:
        statuses = set(session.scalars(select(OutboxMessage.status)))
        audit = list(session.scalars(select(AuditEntry.action)))
    assert statuses == {OutboxStatus.SENT}
    assert len(audit) == len(SAMPLES)


@pytest.mark.parametrize("mailbox", ["dudley_north", "secure"])
def test_same_form_in_two_mailboxes_is_flagged_possible_duplicate(world: World,
                                                                  mailbox: str) -> None:
    first = SAMPLES[0]
    world.deliver(first.mailbox, first.raw, "a1")
    world.deliver(mailbox, first.raw.replace(b"To: earlyhelp.dudleycentral", b"To: x"), "a2")
    world.runner().run_once()
    with world.app().sessions() as session:
        flags = [c.flags for c in session.scalars(select(Case).order_by(Case.id))]
    assert len(flags) == 2
    assert "possible_duplicate" not in flags[0]
    assert "possible_duplicate" in flags[1]
