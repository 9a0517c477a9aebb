"""XOAUTH2 login (how Exchange Online's IMAP is reached) against a real Dovecot whose
oauth2 passdb checks each bearer token with a fake identity provider on loopback."""

from __future__ import annotations

import uuid

import pytest

from inbox_worker.mailboxes.base import MailboxError
from inbox_worker.mailboxes.imap import ImapMailbox
from inbox_worker.settings.common import SecretRef
from inbox_worker.settings.mailboxes import ImapMailboxSettings

from .dovecot import Dovecot, append, count, reset
from .token_check import TokenCheck

pytestmark = pytest.mark.integration
USER = "secure"


def _settings(server: Dovecot) -> ImapMailboxSettings:
    return ImapMailboxSettings(id=USER, address="earlyhelp.secure@council.example",
                               host="127.0.0.1", port=server.port, security="none",
                               username=USER, oauth2_token=SecretRef(env="IMAP_TEST_TOKEN"),
                               timeout_seconds=5.0)


def _message() -> bytes:
    return (f"From: hv@nhs.net\r\nTo: earlyhelp.secure@council.example\r\n"
            f"Subject: referral\r\nMessage-ID: <{uuid.uuid4().hex}@nhs.net>\r\n\r\n"
            "Referral.\r\n").encode()


def test_a_valid_bearer_token_reads_and_files_mail(oauth_dovecot: Dovecot,
                                                   token_check: TokenCheck) -> None:
    token = uuid.uuid4().hex
    token_check.accepted[token] = USER
    reset(oauth_dovecot, USER)
    raw = _message()
    append(oauth_dovecot, USER, raw)
    box = ImapMailbox(_settings(oauth_dovecot), token)
    try:
        fetched = list(box.fetch_new())
        assert [m.raw for m in fetched] == [raw]
        box.file(fetched[0], "Processed")
    finally:
        box.close()
    assert count(oauth_dovecot, USER, "Processed") == 1
    assert token in token_check.asked  # Dovecot really asked the provider about our token


def test_an_unknown_token_is_refused_with_the_mailbox_named(oauth_dovecot: Dovecot,
                                                            token_check: TokenCheck) -> None:
    with pytest.raises(MailboxError, match="IMAP mailbox secure: login refused"):
        ImapMailbox(_settings(oauth_dovecot), "expired-or-revoked")
    assert "expired-or-revoked" in token_check.asked


def test_a_token_for_another_mailbox_is_refused(oauth_dovecot: Dovecot,
                                                token_check: TokenCheck) -> None:
    token = uuid.uuid4().hex
    token_check.accepted[token] = "halesowen"  # valid, but issued for a different mailbox
    with pytest.raises(MailboxError, match="login refused"):
        ImapMailbox(_settings(oauth_dovecot), token)
