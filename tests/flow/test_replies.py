"""Replies reach the worker: every email names a monitored mailbox in Reply-To, and a reply
sent there is read (a review requested, or a queue item completed and decided again)."""

from __future__ import annotations

from email import message_from_bytes
from email import policy as email_policy
from email.message import EmailMessage

import pytest
import yaml
from sqlalchemy import select

from frontdoor_demo.samples.forms import make_docx
from frontdoor_demo.samples.referrals import docx_file, referral_email
from frontdoor_demo.samples.scenarios import HEALTH, SCHOOL, family_form, scenarios
from inbox_worker.casework.actions import screen
from inbox_worker.cli.main import main
from inbox_worker.store.models import Case, ExceptionItem, Message, OutboxMessage
from inbox_worker.worker.app import App
from inbox_worker.worker.pipeline import Step

from .conftest import World

BY_NAME = {s.name: s for s in scenarios()}
UNSIGNED = BY_NAME["mother has not signed the consent"]  # dudley_central, consent_missing


def _outbox(app: App, kind: str) -> list[EmailMessage]:
    with app.sessions() as session:
        raws = session.scalars(select(OutboxMessage.raw).where(OutboxMessage.kind == kind)
                               .order_by(OutboxMessage.id))
        return [message_from_bytes(r, policy=email_policy.default)  # type: ignore[misc]
                for r in raws]


def _reply(world: World, email: EmailMessage, key: str, *, body: str,
           files: tuple[object, ...] = ()) -> str:
    """Answers `email` as Outlook would (to its Reply-To), delivered to the mailbox that has
    that address; returns the mailbox's id."""
    reply_to = str(email["Reply-To"])
    settings = world.app().settings
    mailbox = next(m.id for m in settings.mailboxes if m.address == reply_to)
    raw = referral_email(sender=str(email["To"]), to=reply_to, subject=f"RE: {email['Subject']}",
                         body=body, files=files,  # type: ignore[arg-type]
                         headers=(("In-Reply-To", str(email["Message-ID"])),))
    world.deliver(mailbox, raw, key)
    return mailbox


def test_every_email_names_the_areas_mailbox_or_the_secure_one(world: World) -> None:
    for n, sample in enumerate(scenarios()):
        world.deliver(sample.mailbox, sample.raw, f"m{n}")
    world.runner().run_once()
    app = world.app()
    readable = {m.address for m in app.settings.mailboxes}
    with app.sessions() as session:
        rows = list(session.scalars(select(OutboxMessage)))
    assert rows
    for row in rows:
        email = message_from_bytes(row.raw, policy=email_policy.default)
        assert email["Reply-To"] in readable, (row.kind, email["Reply-To"])
    acks = {str(e["To"]): str(e["Reply-To"]) for e in _outbox(app, "acknowledgement")}
    assert acks[SCHOOL.email] == "earlyhelp.dudleycentral@dudley.gov.uk"
    assert acks[HEALTH.email] == "earlyhelp.secure@dudley.gcsx.gov.uk"  # a secure sender


def test_outcome_email_reply_opens_a_review_and_tells_the_manager(world: World) -> None:
    normal = BY_NAME["Word form to the right cluster"]
    world.deliver(normal.mailbox, normal.raw, "c1")
    world.runner().run_once()
    app = world.app()
    with app.sessions() as session:
        reference = session.scalars(select(Case.reference)).one()
    assert app.pipeline.casework is not None
    screen(app.sessions, reference, resource_needed=False, close_reason="needs met by school",
           actor="fcm", ctx=app.pipeline.casework, now=world.clock.now())
    (outcome,) = _outbox(app, "outcome")
    assert outcome["Reply-To"] == "earlyhelp.dudleycentral@dudley.gov.uk"
    _reply(world, outcome, "r1", body="We disagree: the family needs more support.")
    assert world.runner().run_once().steps[Step.REVIEW] == 1
    (notice,) = _outbox(app, "review_request_notice")
    assert notice["To"] == "fcm.dudleycentral@dudley.gov.uk"
    assert reference in str(notice["Subject"])
    (received,) = _outbox(app, "review_received")
    assert received["To"] == SCHOOL.email


def _queued(world: World) -> tuple[App, str, EmailMessage]:
    world.deliver(UNSIGNED.mailbox, UNSIGNED.raw, "u1")
    world.runner().run_once()
    app = world.app()
    with app.sessions() as session:
        reference = session.scalars(select(ExceptionItem.reference)).one()
    (ack,) = _outbox(app, "acknowledgement")
    return app, reference, ack


def test_a_reply_bringing_the_signed_form_completes_the_item(world: World) -> None:
    app, reference, ack = _queued(world)
    assert ack["Reply-To"] == "earlyhelp.dudleycentral@dudley.gov.uk"
    signed = docx_file("EHA signed.docx", make_docx(family_form("Ethan Hughes", "DY2 0AB")))
    _reply(world, ack, "r1", body="Now signed by mum, attached.", files=(signed,))
    assert world.runner().run_once().steps[Step.ITEM_REPLY] == 1
    with app.sessions() as session:
        item = session.scalars(select(ExceptionItem)).one()
        case = session.scalars(select(Case)).one()
        reply = session.scalars(select(Message).where(Message.replies_to == reference)).one()
        assert (item.status.value, item.cluster) == ("resolved", "dudley_central")
        assert item.resolution == f"completed by reply {reply.reference}"
        assert (case.reference, case.cluster) == (reference, "dudley_central")
        assert reply.file_to == "Replies"
        assert session.scalars(select(ExceptionItem).where(
            ExceptionItem.reference == reply.reference)).first() is None  # no second item
    routed = _outbox(app, "acknowledgement")[-1]
    assert str(routed["Subject"]) == f"Early Help referral received: {reference}"
    assert routed["In-Reply-To"]  # threads with the reply
    assert world.filed("dudley_central", "Replies")


def test_a_reply_still_lacking_keeps_the_item_and_says_what_is_missing(world: World) -> None:
    app, reference, ack = _queued(world)
    again = docx_file("EHA.docx", make_docx(family_form("Ethan Hughes", "DY2 0AB",
                                                    parent_signs=False)))
    _reply(world, ack, "r1", body="Here it is again.", files=(again,))
    assert world.runner().run_once().steps[Step.ITEM_REPLY] == 1
    with app.sessions() as session:
        item = session.scalars(select(ExceptionItem)).one()
        assert (item.status.value, item.reason_codes) == ("open", ["consent_missing"])
        assert session.scalars(select(Case)).first() is None
    told = _outbox(app, "acknowledgement")[-1]
    assert str(told["Subject"]) == f"Early Help referral {reference}: we need to check something"


def test_a_reply_with_words_only_is_kept_beside_the_item(world: World) -> None:
    app, reference, ack = _queued(world)
    _reply(world, ack, "r1", body="Mum will sign on Friday.")
    assert world.runner().run_once().steps[Step.ITEM_REPLY] == 1
    with app.sessions() as session:
        item = session.scalars(select(ExceptionItem)).one()
        replies = list(session.scalars(select(Message).where(Message.replies_to == reference)))
        assert item.status.value == "open"
        assert len(replies) == 1
    assert len(_outbox(app, "acknowledgement")) == 1  # no answer to a note


def test_a_reply_from_someone_else_is_a_new_message(world: World) -> None:
    app, _reference, ack = _queued(world)
    del ack["To"]
    ack["To"] = "someone@else.example"
    _reply(world, ack, "r1", body="What is this?")
    steps = world.runner().run_once().steps
    assert (steps[Step.ITEM_REPLY], steps[Step.EXCEPTION]) == (0, 1)
    with app.sessions() as session:
        assert session.scalars(select(Message.replies_to)).all() == [None, None]


def test_check_config_refuses_a_from_address_no_mailbox_reads(
    world: World, capsys: pytest.CaptureFixture[str]
) -> None:
    raw = yaml.safe_load(world.config.read_text(encoding="utf-8"))
    raw["outbound"].pop("unmonitored_reason")
    bad = world.root / "unread.yaml"
    bad.write_text(yaml.safe_dump(raw), encoding="utf-8")
    assert main(["check-config", str(bad)]) == 2
    assert "outbound.from_address: no configured mailbox reads" in capsys.readouterr().err
    raw["outbound"]["from_address"] = "earlyhelp.secure@dudley.gcsx.gov.uk"  # one we read
    bad.write_text(yaml.safe_dump(raw), encoding="utf-8")
    assert main(["check-config", str(bad)]) == 0


def test_case_list_prints_each_case_with_uk_times(
    world: World, capsys: pytest.CaptureFixture[str]
) -> None:
    for n, sample in enumerate(scenarios()):
        world.deliver(sample.mailbox, sample.raw, f"m{n}")
    world.runner().run_once()
    assert main(["case", "list", "--config", str(world.config), "--area", "halesowen"]) == 0
    out = capsys.readouterr().out.splitlines()
    assert out[0].split()[:3] == ["reference", "area", "status"]
    assert out[-1] == "2 case(s)"
    assert all("halesowen" in line and "awaiting_screening" in line and "23 Nov 2026 10:00"
               in line for line in out[1:-1])
