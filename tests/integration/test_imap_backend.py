"""The IMAP backend against a real Dovecot on 127.0.0.1: fetch, file, wait, and failures."""

from __future__ import annotations

import threading
import time
import uuid
from collections.abc import Iterator
from typing import Any

import pytest
from pydantic import ValidationError

from inbox_worker.mailboxes.base import FetchedMessage, MailboxError
from inbox_worker.mailboxes.imap import ImapMailbox, ImapMailboxSettings
from inbox_worker.settings.common import SecretRef

from .dovecot import PASSWORD, Dovecot, append, count, flags, frozen, reset, stop_dovecot
from .smtp import free_port

pytestmark = pytest.mark.integration
USER = "halesowen"
CONSENT = "Exceptions/consent_missing"


def _settings(server: Dovecot, user: str = USER, **changes: Any) -> ImapMailboxSettings:
    fields: dict[str, Any] = {
        "id": user, "address": f"{user}@council.example", "host": "127.0.0.1",
        "port": server.port, "security": "tls" if server.tls else "none", "username": user,
        "password": SecretRef(env="IMAP_TEST_PASSWORD"), "ca_file": server.ca_file,
        "timeout_seconds": 5.0,
    }
    return ImapMailboxSettings(**(fields | changes))


def _message(n: int, padding: int = 0) -> bytes:
    lines = [
        "From: lead@school.example",
        f"To: {USER}@council.example",
        f"Subject: Early Help referral {n}",
        f"Message-ID: <{n}.{uuid.uuid4().hex}@school.example>",
        "Content-Type: text/plain; charset=us-ascii",
        "",
        f"Referral number {n}.",
    ]
    lines += ["x" * 76] * (padding // 78)
    return ("\r\n".join(lines) + "\r\n").encode()


def _open(server: Dovecot, user: str = USER, **changes: Any) -> ImapMailbox:
    return ImapMailbox(_settings(server, user, **changes), PASSWORD)


@pytest.fixture
def clean(dovecot: Dovecot) -> Dovecot:
    reset(dovecot, USER)
    return dovecot


@pytest.fixture
def mailbox(clean: Dovecot) -> Iterator[ImapMailbox]:
    box = _open(clean)
    yield box
    box.close()


def test_fetch_returns_messages_oldest_first_with_uidvalidity_and_exact_bytes(
        clean: Dovecot, mailbox: ImapMailbox) -> None:
    raws = [_message(n) for n in range(1, 4)]
    uids = [append(clean, USER, raw) for raw in raws]

    fetched = list(mailbox.fetch_new())

    assert [m.server_id for m in fetched] == [str(uid) for uid in uids]
    assert [m.raw for m in fetched] == raws
    assert len({m.uidvalidity for m in fetched}) == 1
    assert fetched[0].uidvalidity > 0


def test_fetch_in_batches_keeps_order_across_batches(clean: Dovecot,
                                                     mailbox: ImapMailbox) -> None:
    uids = [append(clean, USER, _message(n)) for n in range(120)]

    assert [int(m.server_id) for m in mailbox.fetch_new()] == uids


def test_fetch_does_not_mark_messages_seen(clean: Dovecot, mailbox: ImapMailbox) -> None:
    append(clean, USER, _message(1))

    assert len(list(mailbox.fetch_new())) == 1

    assert all(b"\\Seen" not in f for f in flags(clean, USER).values())


def test_file_creates_the_folder_and_moves_the_message(clean: Dovecot,
                                                       mailbox: ImapMailbox) -> None:
    append(clean, USER, _message(1))
    kept = append(clean, USER, _message(2))
    first = next(mailbox.fetch_new())

    mailbox.file(first, CONSENT)

    assert count(clean, USER, CONSENT) == 1
    assert count(clean, USER) == 1
    assert [int(m.server_id) for m in mailbox.fetch_new()] == [kept]
    assert _subscribed(clean, CONSENT)


def test_filing_twice_is_harmless(clean: Dovecot, mailbox: ImapMailbox) -> None:
    append(clean, USER, _message(1))
    message = next(mailbox.fetch_new())

    mailbox.file(message, "Processed")
    mailbox.file(message, "Processed")
    with _open(clean) as again:  # a new session, as after a crash and reconnect
        again.file(message, "Processed")

    assert count(clean, USER, "Processed") == 1
    assert count(clean, USER) == 0


def test_several_are_filed_at_once_and_again_harmlessly(clean: Dovecot,
                                                         mailbox: ImapMailbox) -> None:
    for n in range(4):
        append(clean, USER, _message(n))
    first, *rest = list(mailbox.fetch_new())
    mailbox.file(first, CONSENT)  # one of them filed already (a crash before it was marked)

    mailbox.file_many([first, *rest[:2]], CONSENT)
    mailbox.file_many([first, *rest[:2]], CONSENT)

    assert count(clean, USER, CONSENT) == 3
    assert [m.server_id for m in mailbox.fetch_new()] == [rest[2].server_id]


def test_after_a_uidvalidity_change_the_message_is_found_by_message_id(
        clean: Dovecot, mailbox: ImapMailbox) -> None:
    append(clean, USER, _message(1))
    append(clean, USER, _message(2))
    second = list(mailbox.fetch_new())[1]
    # As if fetched before the server renumbered the folder, under another UID.
    stale = FetchedMessage(server_id="1", uidvalidity=second.uidvalidity - 1, raw=second.raw)

    mailbox.file(stale, "Ignored")

    assert [m.raw for m in _fetch_folder(clean, "Ignored")] == [second.raw]
    assert count(clean, USER) == 1


def test_after_a_uidvalidity_change_an_absent_message_counts_as_filed(
        clean: Dovecot, mailbox: ImapMailbox) -> None:
    append(clean, USER, _message(1))
    gone = FetchedMessage(server_id="1", uidvalidity=1, raw=_message(99))

    mailbox.file(gone, "Processed")

    assert count(clean, USER) == 1


def test_wait_for_mail_wakes_on_an_append_from_another_connection(
        clean: Dovecot, mailbox: ImapMailbox) -> None:
    timer = threading.Timer(0.5, append, (clean, USER, _message(1)))
    started = time.monotonic()
    timer.start()
    try:
        assert mailbox.wait_for_mail(20) is True
    finally:
        timer.join()
    assert time.monotonic() - started < 5
    assert len(list(mailbox.fetch_new())) == 1


def test_mail_that_came_before_the_wait_wakes_it_at_once(
        clean: Dovecot, mailbox: ImapMailbox) -> None:
    """Dovecot reports it right after "+ idling", in the same packet: imaplib has read it
    into its buffer, where polling the socket does not see it."""
    assert list(mailbox.fetch_new()) == []
    append(clean, USER, _message(1))  # lands while the worker is handling the last one
    started = time.monotonic()

    assert mailbox.wait_for_mail(20) is True

    assert time.monotonic() - started < 5  # not the whole wait
    assert len(list(mailbox.fetch_new())) == 1


def test_wait_for_mail_times_out_without_mail(mailbox: ImapMailbox) -> None:
    started = time.monotonic()

    assert mailbox.wait_for_mail(1.0) is False

    assert 0.9 < time.monotonic() - started < 3
    assert list(mailbox.fetch_new()) == []  # the session is still usable after IDLE


def test_wait_for_mail_reissues_idle_and_still_wakes(clean: Dovecot) -> None:
    with _open(clean, idle_seconds=0.3) as box:
        timer = threading.Timer(1.0, append, (clean, USER, _message(1)))
        timer.start()
        try:
            assert box.wait_for_mail(10) is True
        finally:
            timer.join()


def test_a_wrong_password_names_the_mailbox(own_dovecot: Dovecot) -> None:
    with pytest.raises(MailboxError, match="IMAP mailbox halesowen: login refused"):
        ImapMailbox(_settings(own_dovecot), "wrong")


def test_nothing_listening_is_a_mailbox_error(clean: Dovecot) -> None:
    with pytest.raises(MailboxError, match="halesowen: connecting to the server failed"):
        _open(clean, port=free_port())


def test_server_stopped_mid_session_gives_mailbox_error(own_dovecot: Dovecot) -> None:
    box = _open(own_dovecot)
    append(own_dovecot, USER, _message(1))
    message = next(box.fetch_new())
    stop_dovecot(own_dovecot)
    started = time.monotonic()

    with pytest.raises(MailboxError, match="halesowen: filing UID"):
        box.file(message, "Processed")
    with pytest.raises(MailboxError, match="halesowen: fetching from INBOX failed"):
        list(box.fetch_new())
    box.close()  # tolerates the dead socket

    assert time.monotonic() - started < 5


def test_server_stopped_during_idle_gives_mailbox_error(own_dovecot: Dovecot) -> None:
    box = _open(own_dovecot)
    timer = threading.Timer(0.5, stop_dovecot, (own_dovecot,))
    started = time.monotonic()
    timer.start()
    try:
        with pytest.raises(MailboxError, match="halesowen: waiting for new mail failed"):
            box.wait_for_mail(60)
    finally:
        timer.join()
        box.close()
    assert time.monotonic() - started < 15


def test_a_server_that_stops_answering_gives_mailbox_error_not_a_hang(
        own_dovecot: Dovecot) -> None:
    idler, fetcher = (_open(own_dovecot, timeout_seconds=1.0) for _ in range(2))
    started = time.monotonic()
    with frozen(own_dovecot):
        with pytest.raises(MailboxError, match="waiting for new mail failed: TimeoutError"):
            idler.wait_for_mail(30)
        with pytest.raises(MailboxError, match="fetching from INBOX failed: TimeoutError"):
            list(fetcher.fetch_new())
        idler.close()
        fetcher.close()
    assert time.monotonic() - started < 8


def test_a_two_megabyte_message_round_trips(clean: Dovecot, mailbox: ImapMailbox) -> None:
    raw = _message(1, padding=2 * 1024 * 1024)
    append(clean, USER, raw)

    (fetched,) = mailbox.fetch_new()
    mailbox.file(fetched, "Processed")

    assert fetched.raw == raw
    assert [m.raw for m in _fetch_folder(clean, "Processed")] == [raw]


def test_tls_with_the_test_ca(dovecot_tls: Dovecot) -> None:
    reset(dovecot_tls, USER)
    raw = _message(1)
    append(dovecot_tls, USER, raw)

    with _open(dovecot_tls) as box:
        (fetched,) = box.fetch_new()
        box.file(fetched, CONSENT)

    assert fetched.raw == raw
    assert count(dovecot_tls, USER, CONSENT) == 1


def test_tls_refuses_an_unknown_certificate(dovecot_tls: Dovecot) -> None:
    with pytest.raises(MailboxError, match=r"connecting to the server failed.*CERTIFICATE"):
        _open(dovecot_tls, ca_file=None)


def test_starttls_with_the_test_ca(dovecot_tls: Dovecot) -> None:
    reset(dovecot_tls, USER)
    append(dovecot_tls, USER, _message(1))

    with _open(dovecot_tls, security="starttls", port=dovecot_tls.starttls_port) as box:
        assert len(list(box.fetch_new())) == 1


def test_copy_and_expunge_and_noop_polling_without_move_or_idle(
        dovecot_without_move_or_idle: Dovecot) -> None:
    server = dovecot_without_move_or_idle
    reset(server, USER)
    with _open(server) as box:
        assert box.wait_for_mail(0.5) is False
        append(server, USER, _message(1))
        assert box.wait_for_mail(30) is True  # the first NOOP reports it
        (message,) = box.fetch_new()
        box.file(message, CONSENT)
        box.file(message, CONSENT)

    assert count(server, USER, CONSENT) == 1
    assert count(server, USER) == 0


def test_settings_defaults_and_checks() -> None:
    secret = SecretRef(env="X")
    base = {"id": "secure", "address": "a@council.example", "host": "imap.example",
            "username": "a@council.example", "password": secret}
    assert ImapMailboxSettings(**base).effective_port == 993
    assert ImapMailboxSettings(**base, security="starttls").effective_port == 143
    with pytest.raises(ValidationError, match="security: 'none' is allowed only for loopback"):
        ImapMailboxSettings(**base, security="none")
    with pytest.raises(ValidationError, match="give exactly one of them"):
        ImapMailboxSettings(**base, oauth2_token=secret)
    with pytest.raises(ValidationError, match="idle_seconds"):
        ImapMailboxSettings(**base, idle_seconds=29 * 60)


def _subscribed(server: Dovecot, folder: str) -> bool:
    client = server.client(USER)
    try:
        return any(name == folder for _f, _s, name in client.list_sub_folders())
    finally:
        client.logout()


def _fetch_folder(server: Dovecot, folder: str) -> list[FetchedMessage]:
    with _open(server, folder=folder) as box:
        return list(box.fetch_new())
