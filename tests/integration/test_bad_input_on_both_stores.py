"""Messages that used to stop a mailbox or leak personal data, through the real worker
(Maildir, folder outbound) on SQLite and on PostgreSQL: each ends decided or quarantined,
the next message is read, the log never carries a family's details, and nothing is
answered where it must not be."""

from __future__ import annotations

import datetime as dt
import logging
import re
from collections.abc import Iterator
from dataclasses import dataclass, replace
from email import message_from_bytes
from email.message import EmailMessage
from pathlib import Path

import pytest
from sqlalchemy import select, text
from sqlalchemy.exc import IntegrityError

from frontdoor_demo.demo import write_local_config
from frontdoor_demo.samples.forms import make_docx, sample_specs
from frontdoor_demo.samples.referrals import docx_file, referral_email
from inbox_worker.clock import FixedClock
from inbox_worker.notify.compose import OUTBOUND_POLICY
from inbox_worker.notify.transports import TransientSendError
from inbox_worker.store.database import close_store
from inbox_worker.store.models import Case, ExceptionItem, Message, MessageState, Original, Person
from inbox_worker.worker.app import App
from inbox_worker.worker.health import read_health
from inbox_worker.worker.recording import ANSWER_BUDGET
from inbox_worker.worker.runner import Runner
from tests.flow.conftest import World

from .postgres import store_config_on

pytestmark = pytest.mark.integration
MAILBOX = "brierley_hill"
TO = "earlyhelp.brierleyhill@dudley.gov.uk"
SCHOOL = "p.shah@hillcrest.dudley.sch.uk"
FAMILY = ("Zoë", "O'Brien", "Siobhán", "2015-06-03", "1988-11-30", "Cedar Road")
LONG_RELATIONSHIP = ("Mother's partner, who lives at the family home for most of the week "
                     "and shares the care of both children")


@dataclass
class Bench:
    """A worker on one store for one test; its app is built once and closed after."""

    world: World
    app: App

    def run(self, passes: int = 1) -> None:
        for _ in range(passes):
            assert Runner(self.app).run_once().failed_mailboxes == {}

    def message(self, key: str) -> Message:
        with self.app.sessions() as session:
            return session.scalars(select(Message).where(Message.server_id == key)).one()


@pytest.fixture(params=["sqlite", "postgresql"])
def bench(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Bench]:
    config = write_local_config(tmp_path)
    if request.param == "postgresql":
        store_config_on(config, request.getfixturevalue("postgres"),
                        f"bad_{request.node.originalname[5:45]}")
    world = World(tmp_path, config, FixedClock(dt.datetime(2026, 11, 23, 10, 0)))
    app = world.app()
    yield Bench(world, app)
    app.pipeline.reader.close()
    close_store(app.sessions)


def _referral(*, sender: str = SCHOOL, relationship: str = "Mother",
              headers: tuple[tuple[str, str], ...] = (), files: tuple[object, ...] = ()) -> bytes:
    spec = sample_specs()[0]
    people = (spec.people[0], replace(spec.people[1], relationship=relationship),
              *spec.people[2:])
    form = docx_file("EHA.docx", make_docx(replace(spec, people=people)))
    return referral_email(sender=sender, to=TO, subject="Early Help referral",
                          headers=headers, files=(form, *files))  # type: ignore[arg-type]


def _enquiry(sender: str, n: int) -> bytes:
    return referral_email(sender=sender, to=TO, subject=f"Question {n}",
                          body="Hello, how do I refer a family? Thanks.")


def _with_header_line(raw: bytes, name: bytes, line: bytes) -> bytes:
    """The message with its `name` header replaced by raw bytes (no library writes these)."""
    return re.sub(rb"^" + name + rb": .*$", line, raw, count=1, flags=re.MULTILINE)


def _replies(world: World) -> dict[str, EmailMessage]:
    """Acknowledgements written, by recipient."""
    found = {}
    for path in world.outbound():
        email = message_from_bytes(path.read_bytes(), policy=OUTBOUND_POLICY)
        assert isinstance(email, EmailMessage)
        found[str(email["To"])] = email
    return found


def test_raw_utf8_from_nul_header_and_long_relationship_do_not_stop_the_mailbox(
        bench: Bench) -> None:
    raw_from = _with_header_line(_referral(), b"From",
                                 "From: José Núñez <josé@exämple.org>".encode())
    nul = _with_header_line(_referral(sender="dsl@hillcrest.dudley.sch.uk"), b"Subject",
                            b"Subject: Early Help\x00 referral\x1b[2J")
    bench.world.deliver(MAILBOX, raw_from, "a-raw-utf8-from")
    bench.world.deliver(MAILBOX, nul, "b-nul-in-subject")
    bench.world.deliver(MAILBOX, _referral(sender="senco@hillcrest.dudley.sch.uk",
                                     relationship=LONG_RELATIONSHIP), "c-long-relationship")
    bench.world.deliver(MAILBOX, _referral(), "d-good")
    bench.run()
    for key in ("a-raw-utf8-from", "b-nul-in-subject", "c-long-relationship", "d-good"):
        message = bench.message(key)
        assert (message.state, message.outcome) == (MessageState.FILED, "routed"), key
        assert key in bench.world.filed(MAILBOX, "Processed")
    assert bench.message("a-raw-utf8-from").answer == "no_address"  # not sendable here
    with bench.app.sessions() as session:
        relationships = set(session.scalars(select(Person.relationship_to_child)))
        original = session.get_one(Original, bench.message("b-nul-in-subject").content_hash)
    assert LONG_RELATIONSHIP in relationships
    assert b"\x00" in original.data  # the original is kept exactly
    assert set(_replies(bench.world)) == {"dsl@hillcrest.dudley.sch.uk",
                                    "senco@hillcrest.dudley.sch.uk", SCHOOL}


def test_a_failing_insert_quarantines_the_message_and_logs_no_personal_data(
        bench: Bench, caplog: pytest.LogCaptureFixture) -> None:
    with bench.app.sessions.begin() as session:
        _refuse_people(session)
    bench.world.deliver(MAILBOX, _referral(), "a-referral")
    bench.world.deliver(MAILBOX, _enquiry("office@hillcrest.dudley.sch.uk", 1), "b-enquiry")
    with caplog.at_level(logging.DEBUG):
        bench.run(passes=3)
    referral, enquiry = bench.message("a-referral"), bench.message("b-enquiry")
    with bench.app.sessions() as session:
        item = session.scalars(select(ExceptionItem)
                               .where(ExceptionItem.message_id == referral.id)).one()
        assert session.scalars(select(Case)).all() == []
    assert (referral.state, referral.attempts) == (MessageState.FILED, 3)
    assert item.reason_codes == ["processing_failed"]
    assert re.fullmatch(r"processing_failed:recording failed 3 times \(\w+\); original kept",
                        item.reasons[0]), item.reasons
    assert item.form is None  # ids and a code only
    assert (enquiry.state, enquiry.outcome) == (MessageState.FILED, "exception")
    assert "a-referral" in bench.world.filed(MAILBOX, "Exceptions/processing_failed")
    assert "recording failed" in caplog.text
    for detail in FAMILY:
        assert detail not in caplog.text
    _direct_failing_insert(bench.app)


def _refuse_people(session: object) -> None:
    """Makes the store refuse every new household member, as a full disk or a broken
    migration would."""
    connection = session.connection()  # type: ignore[attr-defined]
    if connection.dialect.name == "sqlite":
        connection.execute(text("CREATE TRIGGER refuse_people BEFORE INSERT ON people "
                                "BEGIN SELECT RAISE(ABORT, 'refused'); END"))
    else:
        connection.execute(text("ALTER TABLE people ADD CONSTRAINT refuse_people "
                                "CHECK (false) NOT VALID"))


def _direct_failing_insert(app: App) -> None:
    """SQLAlchemy's words for the error quote no parameter; PostgreSQL's own DETAIL still
    quotes the failing row, which is why the worker logs an error's type, never its text."""
    with app.sessions() as session:
        session.add(Person(case_id=1, name="Siobhán O'Brien", role="adult",
                           date_of_birth=dt.date(1988, 11, 30), consent_signed=True,
                           consent_date=None, relationship_to_child="Mother"))
        with pytest.raises(IntegrityError) as raised:
            session.flush()
    statement = str(raised.value).split("[SQL:", 1)[1]
    assert "Siobhán" not in statement
    assert "[SQL parameters hidden due to hide_parameters=True]" in statement


def test_whom_we_answer_and_how(bench: Bench) -> None:
    bench.world.deliver(MAILBOX, _referral(sender='"alice@example.com" <bob@example.com>'), "a")
    bench.world.deliver(MAILBOX, _referral(sender="no-reply@securemail.example",
                                     headers=(("Reply-To", "gp.surgery@nhs.net"),)), "b")
    bench.world.deliver(MAILBOX, _referral(sender="noreply@forms.example"), "c")
    bench.world.deliver(MAILBOX, _referral(sender="earlyhelp.halesowen@dudley.gov.uk"), "d")
    long_id = _with_header_line(_referral(sender="dsl@hillcrest.dudley.sch.uk"), b"Message-ID",
                                b"Message-ID: <" + b"x" * 10_000 + b"@hillcrest.example>")
    bench.world.deliver(MAILBOX, long_id, "e")
    bidi = _referral(sender="office@hillcrest.dudley.sch.uk", files=(
        docx_file("plan\u202efdp.exe", b"MZ\x90\x00 not a document"),))
    bench.world.deliver(MAILBOX, bidi, "f")
    bench.run()
    replies = _replies(bench.world)
    assert set(replies) == {"bob@example.com", "gp.surgery@nhs.net",
                            "dsl@hillcrest.dudley.sch.uk", "office@hillcrest.dudley.sch.uk"}
    assert [bench.message(k).answer for k in "cd"] == ["no_reply", "own_mailbox"]
    assert replies["dsl@hillcrest.dudley.sch.uk"]["In-Reply-To"] is None
    assert b"=?" not in bench.world.outbound()[0].read_bytes().split(b"\n\n", 1)[0]
    body = replies["office@hillcrest.dudley.sch.uk"].get_body(("plain",))
    assert body is not None
    shown = body.get_content()
    assert "\u202e" not in shown
    assert "plan[U+202E]fdp.exe" in shown
    with bench.app.sessions() as session:
        item = session.scalars(select(ExceptionItem).where(
            ExceptionItem.message_id == bench.message("f").id)).one()
    assert any("plan[U+202E]fdp.exe" in r for r in item.reasons)
    assert not any("\u202e" in r for r in item.reasons)


def test_an_unrecognised_responder_gets_three_answers_a_day_then_none(bench: Bench) -> None:
    robot = "helpdesk@supplier.example"
    for n in range(ANSWER_BUDGET + 2):
        bench.world.deliver(MAILBOX, _enquiry(robot, n), f"robot-{n}")
    bench.world.deliver(MAILBOX, _referral(), "good")
    bench.run()
    answers = [bench.message(f"robot-{n}").answer for n in range(ANSWER_BUDGET + 2)]
    assert answers == ["queued"] * ANSWER_BUDGET + ["over_budget"] * 2
    sent_to = [str(message_from_bytes(p.read_bytes())["To"]) for p in bench.world.outbound()]
    assert sent_to.count(robot) == ANSWER_BUDGET
    with bench.app.sessions() as session:
        assert len(session.scalars(select(ExceptionItem)).all()) == ANSWER_BUDGET + 2
    assert bench.message("good").outcome == "routed"
    health = read_health(bench.app.sessions, (MAILBOX,), bench.world.clock.now())
    assert health.over_budget == 2
    bench.world.clock.advance(hours=25)  # a day later the address is answered again
    bench.world.deliver(MAILBOX, _enquiry(robot, 99), "robot-next-day")
    bench.run()
    assert bench.message("robot-next-day").answer == "queued"


class RefusingTransport:
    """An SMTP server that is down."""

    def send(self, message: EmailMessage, recipient: str) -> None:
        raise TransientSendError("SMTP 127.0.0.1:2525: connection refused")

    def close(self) -> None:
        return None


def test_health_shows_a_failing_outbox_at_once(bench: Bench) -> None:
    bench.world.deliver(MAILBOX, _referral(), "good")
    app = bench.app
    Runner(app, transport=RefusingTransport()).run_once()
    bench.world.clock.advance(minutes=2)
    health = read_health(app.sessions, tuple(m.id for m in app.settings.mailboxes),
                         bench.world.clock.now())
    outbox = [p for p in health.problems(bench.world.clock.now(), dt.timedelta(minutes=15))
              if p.startswith("outbox")]
    assert outbox == ["outbox: 1 email(s) waiting after a failed send, the oldest queued 2 min "
                      "ago; last error: SMTP 127.0.0.1:2525: connection refused"]
