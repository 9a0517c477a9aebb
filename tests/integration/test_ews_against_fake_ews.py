"""The EWS backend and the whole worker against a FAKE EWS server on 127.0.0.1.

Exchange cannot run here, so `fake_ews` replays the documented EWS SOAP exchanges that
exchangelib sends for our backend; everything else (exchangelib, HTTP, the pipeline, the
store, the CLI) is real. Most tests use basic auth; the NTLM handshake is checked by
pyspnego's NTLM acceptor inside the fake.
"""

from __future__ import annotations

import datetime as dt
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import yaml
from sqlalchemy import select

from frontdoor_demo.demo import write_local_config
from frontdoor_demo.samples.scenarios import scenarios
from inbox_worker.mailboxes.base import FetchedMessage, MailboxError
from inbox_worker.mailboxes.ews import EwsMailbox
from inbox_worker.settings import load_settings
from inbox_worker.settings.common import SecretRef
from inbox_worker.settings.mailboxes import EwsMailboxSettings
from inbox_worker.store.models import Case, ExceptionItem, Message, MessageState
from inbox_worker.worker.app import build_app
from inbox_worker.worker.runner import Runner

from .dovecot import make_certificate
from .fake_ews import FakeEws, FakeExchange, start_fake_ews

pytestmark = pytest.mark.integration

ADDRESS = "earlyhelp.halesowen@dudley.gov.uk"
USERNAME = "DUDLEY\\svc-frontdoor"
PASSWORD = "correct horse battery staple"
CONSENT = "Exceptions/consent_missing"
KNOWN_OPERATIONS = {"GetFolder", "FindFolder", "CreateFolder", "FindItem", "GetItem",
                    "MoveItem"}


@pytest.fixture
def exchange() -> FakeExchange:
    exchange = FakeExchange(USERNAME, PASSWORD)
    exchange.add_mailbox(ADDRESS)
    return exchange


@pytest.fixture
def fake(exchange: FakeExchange) -> Iterator[FakeEws]:
    server = start_fake_ews(exchange)
    yield server
    server.stop()


def _settings(fake: FakeEws, **changes: Any) -> EwsMailboxSettings:
    fields: dict[str, Any] = {
        "id": "halesowen", "address": ADDRESS, "ews_url": fake.url, "username": USERNAME,
        "password": SecretRef(env="EWS_TEST_PASSWORD"), "auth_type": "basic",
        "timeout_seconds": 5.0,
    }
    return EwsMailboxSettings(**(fields | changes))


def _open(fake: FakeEws, password: str = PASSWORD, **changes: Any) -> EwsMailbox:
    return EwsMailbox(_settings(fake, **changes), password, page_size=3)


def _message(n: int) -> bytes:
    return (f"From: lead{n}@school.example\r\nTo: {ADDRESS}\r\n"
            f"Subject: Early Help referral {n}\r\nMessage-ID: <ref-{n}@school.example>\r\n"
            f"Content-Type: text/plain; charset=utf-8\r\n\r\n"
            f"Referral number {n}: caf\u00e9 \u2013 line ends kept\r\n").encode()


def test_new_mail_is_read_oldest_first_with_exact_bytes(exchange: FakeExchange,
                                                        fake: FakeEws) -> None:
    sent = [_message(n) for n in range(4)]
    for raw in reversed(sent):  # stored newest first; received times say otherwise
        exchange.deliver(ADDRESS, raw)
    for item in exchange.items.values():
        item.received = dt.datetime(2026, 11, 23, 9, tzinfo=dt.UTC) + dt.timedelta(
            minutes=sent.index(item.mime))
    with _open(fake) as mailbox:
        fetched = list(mailbox.fetch_new())
    assert [m.raw for m in fetched] == sent
    assert all(m.uidvalidity == 0 and m.server_id in exchange.items for m in fetched)
    assert set(exchange.operations()) <= KNOWN_OPERATIONS
    assert all(b'<t:RequestServerVersion Version="Exchange2016"/>' in r.body
               and b"ExchangeImpersonation" not in r.body for r in exchange.requests)


def test_impersonation_opens_the_shared_mailbox_by_its_primary_address(
        exchange: FakeExchange, fake: FakeEws) -> None:
    exchange.deliver(ADDRESS, _message(1))
    with _open(fake, access_type="impersonation", address="earlyhelp@dudley.gcsx.gov.uk",
               primary_smtp_address=ADDRESS) as mailbox:
        assert [m.raw for m in mailbox.fetch_new()] == [_message(1)]
    acting_as = (f"<t:ExchangeImpersonation><t:ConnectingSID><t:PrimarySmtpAddress>{ADDRESS}"
                 f"</t:PrimarySmtpAddress></t:ConnectingSID></t:ExchangeImpersonation>")
    assert all(acting_as in r.body.decode() for r in exchange.requests)


def test_paging_reads_more_items_than_one_page(exchange: FakeExchange, fake: FakeEws) -> None:
    sent = [_message(n) for n in range(8)]
    for raw in sent:
        exchange.deliver(ADDRESS, raw)
    with _open(fake) as mailbox:
        assert [m.raw for m in mailbox.fetch_new()] == sent
    assert exchange.operations().count("FindItem") == 3  # pages of 3, 3 and 2


def test_filing_creates_nested_folders_and_twice_is_harmless(exchange: FakeExchange,
                                                             fake: FakeEws) -> None:
    exchange.deliver(ADDRESS, _message(1))
    with _open(fake) as mailbox:
        [message] = list(mailbox.fetch_new())
        mailbox.file(message, CONSENT)
        mailbox.file(message, CONSENT)
    with _open(fake) as mailbox:
        mailbox.file(message, CONSENT)
        assert list(mailbox.fetch_new()) == []
    assert exchange.messages_in(ADDRESS, CONSENT) == [message.raw]
    assert exchange.messages_in(ADDRESS, "inbox") == []
    assert exchange.operations().count("CreateFolder") == 2  # Exceptions, then consent_missing


def test_a_message_moved_before_the_crash_is_refiled_as_done(exchange: FakeExchange,
                                                             fake: FakeEws) -> None:
    """The worker moved the item, then died before recording it: EWS gave the item a new
    id, the old one is gone; filing again (with or without the bytes) succeeds."""
    exchange.deliver(ADDRESS, _message(1))
    with _open(fake) as mailbox:
        [message] = list(mailbox.fetch_new())
        mailbox.file(message, "Processed")
    with _open(fake) as mailbox:
        assert list(mailbox.fetch_new()) == []
        mailbox.file(message, "Processed")
        mailbox.file(FetchedMessage(message.server_id, 0, b""), "Processed")
    assert exchange.messages_in(ADDRESS, "Processed") == [message.raw]


def test_a_crash_between_move_and_record_ends_filed_in_the_store(
        tmp_path: Path, exchange: FakeExchange, fake: FakeEws,
        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("FRONTDOOR_EWS_PASSWORD", PASSWORD)
    config = _worker_config(tmp_path, fake, exchange)
    raw = next(s.raw for s in scenarios() if s.outcome == "routed")
    exchange.deliver(_addresses(config)["halesowen"], raw)
    app = build_app(load_settings(config))
    Runner(app).run_once()
    with app.sessions.begin() as session:  # as if the worker died before recording the move
        message = session.scalars(select(Message)).one()
        message.state = MessageState.DECIDED
    report = Runner(app).run_once()
    assert report.failed_mailboxes == {}
    with app.sessions() as session:
        assert session.scalars(select(Message.state)).one() is MessageState.FILED
    assert exchange.messages_in(_addresses(config)["halesowen"], "Processed") == [raw]


@pytest.mark.parametrize(("failure", "reason"), [
    ("error", "ErrorInternalServerError: An internal server error occurred"),
    ("busy", "ErrorServerBusy: The server cannot service this request right now"),
    ("garbage", "MalformedResponseError: the server's answer could not be read"),
    ("drop", "ErrorTimeoutExpired"),
])
def test_server_errors_become_mailbox_errors_with_a_plain_reason(
        exchange: FakeExchange, fake: FakeEws, failure: str, reason: str) -> None:
    exchange.deliver(ADDRESS, _message(1))
    with _open(fake) as mailbox:
        exchange.failures["FindItem"] = failure
        with pytest.raises(MailboxError) as caught:
            list(mailbox.fetch_new())
        exchange.failures["MoveItem"] = failure
        [message] = list(mailbox.fetch_new())  # the mailbox is usable after the error
        with pytest.raises(MailboxError) as filing:
            mailbox.file(message, "Processed")
    for error in (caught.value, filing.value):
        text = str(error)
        assert text.startswith("EWS mailbox halesowen: ")
        assert reason in text
        assert PASSWORD not in text
        assert "Referral" not in text


def test_wrong_password_is_a_mailbox_error(fake: FakeEws) -> None:
    with pytest.raises(MailboxError, match="EWS mailbox halesowen: opening the mailbox "
                                           "failed: the server refused the configured "
                                           "username and password") as caught:
        _open(fake, password="not-the-Passw0rd")
    assert "not-the-Passw0rd" not in str(caught.value)


@pytest.fixture
def ntlm_fake(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[FakeEws]:
    users = tmp_path / "ntlm-users"
    users.write_text(f"DUDLEY:svc-frontdoor:{PASSWORD}\n")
    monkeypatch.setenv("NTLM_USER_FILE", str(users))
    exchange = FakeExchange(USERNAME, PASSWORD, auth="ntlm")
    exchange.add_mailbox(ADDRESS)
    server = start_fake_ews(exchange)
    yield server
    server.stop()


def test_ntlm_signs_in_reads_and_files(ntlm_fake: FakeEws) -> None:
    ntlm_fake.exchange.deliver(ADDRESS, _message(1))
    with _open(ntlm_fake, auth_type="ntlm") as mailbox:
        [message] = list(mailbox.fetch_new())
        mailbox.file(message, "Processed")
    assert ntlm_fake.exchange.messages_in(ADDRESS, "Processed") == [message.raw]
    with pytest.raises(MailboxError, match="refused the configured username and password"):
        _open(ntlm_fake, password="not-the-Passw0rd", auth_type="ntlm")


def test_tls_with_the_councils_ca_file_and_not_without(tmp_path: Path,
                                                      exchange: FakeExchange) -> None:
    cert = make_certificate(tmp_path)
    fake = start_fake_ews(exchange, certificate=(cert, tmp_path / "key.pem"))
    try:
        exchange.deliver(ADDRESS, _message(1))
        with _open(fake, ca_file=cert) as mailbox:
            assert [m.raw for m in mailbox.fetch_new()] == [_message(1)]
        with pytest.raises(MailboxError, match="EWS mailbox halesowen: opening the mailbox "
                                               "failed: the server's certificate is not "
                                               "trusted: give its CA as ca_file"):
            _open(fake)
    finally:
        fake.stop()


def test_an_unreachable_server_is_a_mailbox_error(fake: FakeEws) -> None:
    url = fake.url
    fake.stop()
    with pytest.raises(MailboxError, match="EWS mailbox halesowen: opening the mailbox "
                                           "failed: ErrorTimeoutExpired"):
        EwsMailbox(_settings(fake, ews_url=url), PASSWORD)


def test_a_missing_source_folder_is_named(fake: FakeEws) -> None:
    with pytest.raises(MailboxError, match="no folder Inbox/Referrals under"):
        _open(fake, folder="Inbox/Referrals")


def test_wrong_password_shows_in_health(tmp_path: Path, exchange: FakeExchange,
                                        fake: FakeEws) -> None:
    config = _worker_config(tmp_path, fake, exchange)
    run = _frontdoor(config, "run", "--once", password="not-the-Passw0rd")
    assert run.returncode == 1  # a pass with failed mailboxes says so
    health = _frontdoor(config, "health", password="not-the-Passw0rd")
    assert health.returncode == 1
    assert "the server refused the configured username and password" in health.stdout
    assert "not-the-Passw0rd" not in run.stderr + health.stdout + health.stderr


def test_whole_flow_run_once_decides_files_and_answers_every_sample(
        tmp_path: Path, ntlm_fake: FakeEws) -> None:
    """Six mailboxes with the default settings (NTLM) on one service account."""
    fake, exchange = ntlm_fake, ntlm_fake.exchange
    config = _worker_config(tmp_path, fake, exchange, auth_type=None)
    addresses = _addresses(config)
    samples = scenarios()
    for sample in samples:
        exchange.deliver(addresses[sample.mailbox], sample.raw)
    # A proxy in the environment must not be used: the client talks to ews_url only.
    result = _frontdoor(config, "run", "--once", extra={"HTTPS_PROXY": "http://127.0.0.1:9",
                                                          "HTTP_PROXY": "http://127.0.0.1:9"})
    assert result.returncode == 0, result.stderr[-2000:]
    app = build_app(load_settings(config))
    with app.sessions() as session:
        messages = list(session.scalars(select(Message)))
        cases = len(list(session.scalars(select(Case))))
        exceptions = len(list(session.scalars(select(ExceptionItem))))
    assert len(messages) == len(samples)
    assert all(m.state is MessageState.FILED for m in messages)
    assert cases == sum(s.outcome == "routed" for s in samples)
    assert exceptions == sum(s.outcome == "exception" for s in samples)
    for mailbox, address in addresses.items():
        assert exchange.messages_in(address, "inbox") == [], mailbox
        expected = sum(s.mailbox == mailbox and s.outcome == "routed" for s in samples)
        assert len(exchange.messages_in(address, "Processed")) == expected, mailbox
    replies = [p for p in (tmp_path / "outbound").glob("*.eml")
               if b"Auto-Submitted: auto-replied" in p.read_bytes()]
    assert len(replies) == sum(s.outcome != "ignored" for s in samples)
    assert set(exchange.operations()) <= KNOWN_OPERATIONS


def _worker_config(root: Path, fake: FakeEws, exchange: FakeExchange, *,
                   auth_type: str | None = "basic") -> Path:
    """The Dudley example with its six mailboxes on the fake EWS server, one service
    account with access to all six, outbound mail as files."""
    config = write_local_config(root)
    raw = yaml.safe_load(config.read_text())
    auth = {"auth_type": auth_type} if auth_type else {}
    raw["mailboxes"] = [
        {"id": m["id"], "address": m["address"], "backend": "ews", "ews_url": fake.url,
         "username": USERNAME, "password": {"env": "FRONTDOOR_EWS_PASSWORD"},
         "timeout_seconds": 10} | auth
        for m in raw["mailboxes"]]
    for mailbox in raw["mailboxes"]:
        if mailbox["address"] != ADDRESS:
            exchange.add_mailbox(mailbox["address"])
    for area in raw["areas"]:  # the real clock: no agenda emails at a Monday deadline
        area.setdefault("meetings", {})["partners"] = []
    config.write_text(yaml.safe_dump(raw))
    return config


def _addresses(config: Path) -> dict[str, str]:
    return {m.id: m.address for m in load_settings(config).mailboxes}


def _frontdoor(config: Path, *args: str, password: str = PASSWORD,
               extra: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "FRONTDOOR_EWS_PASSWORD": password, **(extra or {})}
    return subprocess.run([sys.executable, "-m", "inbox_worker", *args, "--config",
                           str(config)], capture_output=True, text=True, check=False,
                          timeout=300, env=env)
