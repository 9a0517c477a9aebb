"""Microsoft 365 through Graph, tested against a FAKE Graph and sign-in service on loopback
(tests/integration/fake_graph.py): Microsoft cannot run here, so the fake replays the
documented protocol, and MSAL, requests and our code run for real against it."""

from __future__ import annotations

import datetime as dt
import os
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from email import message_from_bytes
from email import policy as email_policy
from pathlib import Path

import pytest
import yaml
from sqlalchemy import select, update

from frontdoor_demo.demo import write_local_config
from frontdoor_demo.samples.forms import make_docx
from frontdoor_demo.samples.referrals import docx_file, referral_email
from frontdoor_demo.samples.scenarios import family_form, scenarios
from inbox_worker.mailboxes.base import FetchedMessage, MailboxError
from inbox_worker.mailboxes.graph import GraphMailbox, open_graph_mailbox
from inbox_worker.microsoft.tokens import GRAPH_SCOPE, MsalTokenProvider, SignInError
from inbox_worker.settings import load_settings
from inbox_worker.settings.common import SecretRef
from inbox_worker.settings.mailboxes import GraphMailboxSettings
from inbox_worker.store.models import Message, MessageState, OutboxMessage, OutboxStatus
from inbox_worker.worker.app import App, build_app
from inbox_worker.worker.runner import Runner

from .fake_graph import CLIENT_ID, CLIENT_SECRET, TENANT, FakeGraph, running_fake_graph
from .worker_world import stop

pytestmark = pytest.mark.integration
SECRET_ENV = "FRONTDOOR_GRAPH_SECRET"
USER = "earlyhelp.halesowen@dudley.gov.uk"


@pytest.fixture
def fake(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[FakeGraph]:
    monkeypatch.setenv(SECRET_ENV, CLIENT_SECRET)
    with running_fake_graph(tmp_path / "fake") as server:
        yield server


def _settings(fake: FakeGraph, **changes: object) -> GraphMailboxSettings:
    values: dict[str, object] = {
        "id": "halesowen", "address": USER, "user": USER, "tenant_id": TENANT,
        "client_id": CLIENT_ID, "client_secret": SecretRef(env=SECRET_ENV),
        "authority_url": fake.authority_url, "graph_url": fake.graph_url,
        "ca_file": fake.ca_file, "timeout_seconds": 10}
    return GraphMailboxSettings.model_validate(values | changes)


@pytest.fixture
def box(fake: FakeGraph) -> Iterator[GraphMailbox]:
    with open_graph_mailbox(_settings(fake)) as mailbox:
        yield mailbox


def _mail(n: int) -> bytes:
    return (f"From: teacher{n}@school.example\r\nTo: {USER}\r\nSubject: referral {n}\r\n"
            f"Message-ID: <referral-{n}@school.example>\r\n\r\nForm attached.\r\n").encode()


def _deliver(fake: FakeGraph, *numbers: int) -> None:
    for n in numbers:  # received a minute apart, numbered by age
        fake.deliver(USER, _mail(n), dt.datetime(2026, 11, 23, 9, n, tzinfo=dt.UTC))


def test_new_mail_is_read_oldest_first_with_the_exact_bytes(fake: FakeGraph,
                                                            box: GraphMailbox) -> None:
    _deliver(fake, 3, 1, 2)
    fetched = list(box.fetch_new())
    assert [m.raw for m in fetched] == [_mail(1), _mail(2), _mail(3)]
    graph = fake.graph_requests()
    assert all(r.headers["Authorization"].startswith("Bearer fake-token-") for r in graph)
    assert all('IdType="ImmutableId"' in r.headers["Prefer"] for r in graph)
    assert len(fake.tokens) == 1  # one sign-in, the token reused while valid


def test_mail_arriving_later_comes_by_delta_and_filed_mail_is_not_read_again(
        fake: FakeGraph, box: GraphMailbox) -> None:
    _deliver(fake, 1, 2)
    first, second = box.fetch_new()
    box.file(first, "Processed")
    _deliver(fake, 3)
    assert [m.raw for m in box.fetch_new()] == [second.raw, _mail(3)]
    assert "$deltatoken" in fake.graph_requests("GET", "/delta")[-1].query


def test_filing_creates_nested_folders_under_the_root_and_twice_is_harmless(
        fake: FakeGraph, box: GraphMailbox) -> None:
    _deliver(fake, 1, 2)
    one, two = box.fetch_new()
    box.file(one, "Exceptions/consent_missing")
    box.file(one, "Exceptions/consent_missing")
    box.file(two, "Exceptions/postcode_invalid")
    assert fake.contents(USER) == {"Exceptions/consent_missing": [_mail(1)],
                                   "Exceptions/postcode_invalid": [_mail(2)]}
    assert len(fake.graph_requests("POST", "/move")) == 2
    assert len(fake.graph_requests("POST", "/childFolders")) == 3  # Exceptions made once
    with open_graph_mailbox(_settings(fake)) as restarted:  # knows no folder yet
        restarted.file(FetchedMessage(one.server_id, 0, b""), "Exceptions/consent_missing")
    assert len(fake.graph_requests("POST", "/move")) == 2
    assert list(box.fetch_new()) == []


def test_a_message_gone_from_the_mailbox_counts_as_filed(fake: FakeGraph,
                                                         box: GraphMailbox) -> None:
    box.file(FetchedMessage("AAkALg-deleted-by-a-person", 0, b""), "Processed")
    assert fake.graph_requests("POST", "/move") == []


def test_expired_delta_state_410_reads_the_folder_again_without_duplicates(
        fake: FakeGraph, box: GraphMailbox) -> None:
    _deliver(fake, 1, 2)
    first, _ = box.fetch_new()
    box.file(first, "Processed")
    fake.expire_delta_state = True
    _deliver(fake, 3)
    assert [m.raw for m in box.fetch_new()] == [_mail(2), _mail(3)]
    deltas = fake.graph_requests("GET", "/delta")
    assert "$deltatoken" in deltas[-2].query  # answered 410
    assert "$deltatoken" not in deltas[-1].query  # the full read


def test_pages_are_followed_by_next_link(fake: FakeGraph, box: GraphMailbox) -> None:
    fake.page_size = 2
    _deliver(fake, 1, 2, 3, 4, 5)
    assert [m.raw for m in box.fetch_new()] == [_mail(n) for n in range(1, 6)]
    assert len([r for r in fake.graph_requests("GET", "/delta")
                if "$skiptoken" in r.query]) == 2


def test_throttling_429_waits_retry_after_then_succeeds(fake: FakeGraph,
                                                        box: GraphMailbox) -> None:
    _deliver(fake, 1)
    fake.throttle_next, fake.retry_after = 2, 1
    assert [m.raw for m in box.fetch_new()] == [_mail(1)]
    first, second, third = fake.graph_requests()[:3]
    assert first.path == second.path == third.path
    assert second.at - first.at >= 1.0
    assert third.at - second.at >= 1.0


def test_a_long_retry_after_is_left_to_the_workers_backoff(fake: FakeGraph,
                                                          box: GraphMailbox) -> None:
    fake.throttle_next, fake.retry_after = 1, 600  # longer than a stop may wait
    started = time.monotonic()
    with pytest.raises(MailboxError, match="Graph mailbox halesowen: reading folder Inbox "
                                           "failed: HTTP 429 ApplicationThrottled"):
        list(box.fetch_new())
    assert time.monotonic() - started < 5.0
    assert [m.raw for m in box.fetch_new()] == []  # the next pass goes on


def test_failures_name_the_mailbox_and_the_reason_never_the_token(fake: FakeGraph) -> None:
    with open_graph_mailbox(_settings(fake, folder="Inbox/Referrals")) as missing, \
            pytest.raises(MailboxError, match="Graph mailbox halesowen: reading folder "
                                              "Inbox/Referrals failed: folder 'Inbox/Referrals' "
                                              "does not exist") as caught:
        list(missing.fetch_new())
    assert "fake-token" not in str(caught.value)
    dead = _settings(fake, graph_url="http://127.0.0.1:9/v1.0", timeout_seconds=2)
    with open_graph_mailbox(dead) as unreachable, \
            pytest.raises(MailboxError, match=r"halesowen: .* 127\.0\.0\.1 not reached: "
                                              r"ConnectionError"):
        list(unreachable.fetch_new())


def test_the_token_is_reused_while_valid_and_refreshed_before_it_expires(
        fake: FakeGraph) -> None:
    fake.expires_in = 302  # MSAL stops using a token 5 minutes before it expires
    tokens = MsalTokenProvider(_settings(fake), GRAPH_SCOPE)
    first = tokens.token()
    assert tokens.token() == first
    time.sleep(2.5)  # now under 5 minutes left
    renewed = tokens.token()
    assert renewed != first
    assert list(fake.tokens) == [first, renewed]
    assert len([r for r in fake.requests if r.path.endswith("/token")]) == 2


def test_a_failed_sign_in_is_a_plain_mailbox_error(fake: FakeGraph,
                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(SECRET_ENV, "an-expired-secret")
    with open_graph_mailbox(_settings(fake)) as box, pytest.raises(MailboxError) as caught:
        list(box.fetch_new())
    assert str(caught.value) == ("mailbox halesowen: Microsoft sign-in failed: invalid_client: "
                                 "AADSTS7000215: Invalid client secret provided. Ensure the "
                                 "secret being sent in the request is the client secret value, "
                                 f"not the client secret ID, for a secret added to app "
                                 f"'{CLIENT_ID}'.")
    monkeypatch.delenv(SECRET_ENV)
    with pytest.raises(SignInError, match=f"environment variable {SECRET_ENV} is not set"):
        MsalTokenProvider(_settings(fake), GRAPH_SCOPE).token()


# --- the worker on Graph: configuration written as an operator would ----------------------

def _graph_config(root: Path, fake: FakeGraph) -> Path:
    """The Dudley demo configuration with all six mailboxes and outbound mail on Graph."""
    config = write_local_config(root)
    raw = yaml.safe_load(config.read_text())
    app = {"tenant_id": TENANT, "client_id": CLIENT_ID, "client_secret": {"env": SECRET_ENV},
           "authority_url": fake.authority_url, "graph_url": fake.graph_url,
           "ca_file": str(fake.ca_file), "timeout_seconds": 10}
    raw["mailboxes"] = [{"id": m["id"], "address": m["address"], "backend": "graph",
                         "user": m["address"], **app} for m in raw["mailboxes"]]
    raw["outbound"]["delivery"] = {"transport": "graph",
                                   "sender": raw["outbound"]["from_address"], **app}
    raw["outbound"]["retry_base_seconds"] = 1
    raw["poll_interval_seconds"] = 1
    for area in raw["areas"]:  # no agenda emails at a Monday 17:00 on the real clock
        area.setdefault("meetings", {})["partners"] = []
    config.write_text(yaml.safe_dump(raw))
    return config


def _referral() -> bytes:
    form = make_docx(family_form("Child Graphtest", "B63 3AA"))
    return referral_email(sender="teacher@school.example", to=USER,
                          subject="Early Help referral", files=(docx_file("EHA.docx", form),))


def test_acknowledgements_go_out_by_send_mail_with_our_message_id(fake: FakeGraph,
                                                                  tmp_path: Path) -> None:
    app = build_app(load_settings(_graph_config(tmp_path / "work", fake)))
    fake.deliver(USER, _referral())
    runner = Runner(app)
    runner.run_once()  # read, decide, file, and send the acknowledgement
    with app.sessions() as session:
        (row,) = session.scalars(select(OutboxMessage))
        assert row.status is OutboxStatus.SENT
        message_id = row.header_message_id
    ((sender, mime),) = fake.sent
    sent = message_from_bytes(mime, policy=email_policy.default)
    assert sender == "earlyhelp.frontdoor@dudley.gov.uk"
    assert str(sent["Message-ID"]) == message_id
    assert str(sent["Auto-Submitted"]) == "auto-replied"
    assert str(sent["To"]) == "teacher@school.example"
    (send,) = fake.graph_requests("POST", "/sendMail")
    assert send.headers["Content-Type"] == "text/plain"
    (folder,) = fake.contents(USER)
    assert folder != "Inbox"


def _read_mail(app: App) -> None:
    """Reads and decides what is in the inbox, without sending anything yet."""
    settings = app.settings.mailbox("halesowen")
    assert isinstance(settings, GraphMailboxSettings)
    with open_graph_mailbox(settings) as box:
        for fetched in box.fetch_new():
            app.pipeline.handle(box, fetched)


def test_send_mail_honours_429_and_tells_transient_from_permanent(fake: FakeGraph,
                                                                  tmp_path: Path) -> None:
    app = build_app(load_settings(_graph_config(tmp_path / "work", fake)))
    runner = Runner(app)
    fake.deliver(USER, _referral())
    _read_mail(app)
    fake.throttle_next, fake.retry_after = 1, 1
    assert runner.send_outbox().sent == 1
    throttled, accepted = fake.graph_requests("POST", "/sendMail")
    assert accepted.at - throttled.at >= 1.0
    assert len(fake.sent) == 1

    fake.deliver(USER, _referral().replace(b"Early Help referral", b"Early Help referral 2"))
    _read_mail(app)
    fake.throttle_next, fake.retry_after = 10, 0  # still throttled after every attempt
    assert runner.send_outbox().retrying == 1
    fake.throttle_next, fake.refuse_send = 0, (400, "ErrorInvalidRecipients")
    with app.sessions() as session:  # due now, not after the backoff
        session.execute(update(OutboxMessage).values(next_attempt_at=app.clock.now()))
        session.commit()
    assert runner.send_outbox().failed == 1
    with app.sessions() as session:
        failed = session.scalars(select(OutboxMessage).where(
            OutboxMessage.status == OutboxStatus.FAILED)).one()
    assert failed.last_error == ("Graph sendMail: HTTP 400 ErrorInvalidRecipients: "
                                 "Refused by the fake, as told.")
    assert len(fake.sent) == 1


def test_a_failed_sign_in_shows_in_frontdoor_health(fake: FakeGraph, tmp_path: Path) -> None:
    config = _graph_config(tmp_path / "work", fake)
    env = {**os.environ, SECRET_ENV: "an-expired-secret"}
    run = subprocess.run([sys.executable, "-m", "inbox_worker", "run", "--once", "--config",
                          str(config)], capture_output=True, text=True, timeout=300, env=env,
                         check=False)
    assert "AADSTS7000215" in run.stderr
    health = subprocess.run([sys.executable, "-m", "inbox_worker", "health", "--config",
                             str(config)], capture_output=True, text=True, timeout=120,
                            env=env, check=False)
    assert health.returncode == 1
    line = next(li for li in health.stdout.splitlines() if li.startswith("mailbox halesowen:"))
    assert "last error" in line
    assert ("mailbox halesowen: Microsoft sign-in failed: invalid_client: AADSTS7000215: "
            "Invalid client secret provided." in line)
    assert "an-expired-secret" not in health.stdout + run.stderr
    assert "Trace ID" not in line


def test_the_worker_on_graph_decides_files_and_answers_every_sample(fake: FakeGraph,
                                                                    tmp_path: Path) -> None:
    config = _graph_config(tmp_path / "work", fake)
    settings = load_settings(config)
    samples = scenarios()
    for sample in samples:
        fake.deliver(settings.mailbox(sample.mailbox).address, sample.raw)
    run = subprocess.run([sys.executable, "-m", "inbox_worker", "run", "--once", "--config",
                          str(config)], capture_output=True, text=True, timeout=600,
                         env={**os.environ, SECRET_ENV: CLIENT_SECRET}, check=False)
    assert run.returncode == 0, run.stderr[-2000:]
    filed = {m.address: fake.contents(m.address) for m in settings.mailboxes}
    assert all("Inbox" not in folders for folders in filed.values())
    folder_names = {name.split("/")[0] for folders in filed.values() for name in folders}
    assert folder_names <= {"Processed", "Exceptions", "Ignored"}
    assert sum(len(raws) for folders in filed.values() for raws in folders.values()) \
        == len(samples)
    app = build_app(settings)
    with app.sessions() as session:
        states = session.scalars(select(Message.state)).all()
        sent_ids = set(session.scalars(select(OutboxMessage.header_message_id).where(
            OutboxMessage.status == OutboxStatus.SENT)))
        pending = session.scalars(select(OutboxMessage).where(
            OutboxMessage.status != OutboxStatus.SENT)).all()
    assert states == [MessageState.FILED] * len(samples)
    assert pending == []
    assert {str(message_from_bytes(mime, policy=email_policy.default)["Message-ID"])
            for _, mime in fake.sent} == sent_ids
    assert len(fake.sent) == len(sent_ids) >= len(samples) - 2  # no reply to auto-replies


def test_the_running_worker_polls_graph_and_stops_cleanly_on_sigterm(fake: FakeGraph,
                                                                     tmp_path: Path) -> None:
    config = _graph_config(tmp_path / "work", fake)
    with (tmp_path / "worker.log").open("ab") as log:
        worker = subprocess.Popen([sys.executable, "-m", "inbox_worker", "run", "--config",
                                   str(config)], stdout=log, stderr=log,
                                  env={**os.environ, SECRET_ENV: CLIENT_SECRET})
    try:
        assert _eventually(lambda: len(fake.graph_requests("GET", "/delta")) >= 6 * 2), \
            "the watchers did not poll every mailbox twice"
        fake.deliver(USER, _referral())
        assert _eventually(lambda: len(fake.sent) == 1), "no acknowledgement sent"
        assert _eventually(lambda: "Inbox" not in fake.contents(USER)), "not filed"
    finally:
        code = _stop(worker)
    assert code == 0
    assert len(fake.tokens) <= 7  # one sign-in per mailbox and one for sendMail, then reused


def _eventually(condition: Callable[[], bool], timeout: float = 60.0) -> bool:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if condition():
            return True
        time.sleep(0.2)
    return False


def _stop(worker: subprocess.Popen[bytes]) -> int | None:
    """SIGTERM and its exit status; None (after SIGKILL) if it did not exit in a minute."""
    try:
        return stop(worker)
    except subprocess.TimeoutExpired:
        stop(worker, kill=True)
        return None
