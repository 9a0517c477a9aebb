"""IMAP XOAUTH2 with a token the worker gets itself (OAuth2 client credentials, as for
Exchange Online with IMAP.AccessAsApp): MSAL signs in to the FAKE Microsoft sign-in
service (tests/integration/fake_graph.py), then logs in to a real Dovecot whose oauth2
passdb checks the bearer token with the fake identity provider of token_check.py."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import parse_qs

import pytest

from inbox_worker.mailboxes.base import MailboxError
from inbox_worker.settings.mailboxes import ImapMailboxSettings
from inbox_worker.worker.app import open_mailbox

from .dovecot import Dovecot, append, count, reset
from .fake_graph import CLIENT_ID, CLIENT_SECRET, TENANT, FakeGraph, running_fake_graph
from .token_check import TokenCheck

pytestmark = pytest.mark.integration
USER = "secure"
SECRET_ENV = "FRONTDOOR_IMAP_APP_SECRET"


@pytest.fixture
def sign_in(tmp_path: Path, token_check: TokenCheck,
            monkeypatch: pytest.MonkeyPatch) -> Iterator[FakeGraph]:
    """The fake sign-in service; every token it issues is one Dovecot accepts for USER."""
    monkeypatch.setenv(SECRET_ENV, CLIENT_SECRET)
    with running_fake_graph(tmp_path / "fake") as fake:
        fake.token_listeners.append(lambda token: token_check.accepted.update({token: USER}))
        yield fake


def _settings(server: Dovecot, fake: FakeGraph) -> ImapMailboxSettings:
    return ImapMailboxSettings.model_validate({
        "id": USER, "address": "earlyhelp.secure@council.example", "host": "127.0.0.1",
        "port": server.port, "security": "none", "username": USER, "timeout_seconds": 5.0,
        "oauth2": {"tenant_id": TENANT, "client_id": CLIENT_ID,
                   "client_secret": {"env": SECRET_ENV}, "authority_url": fake.authority_url,
                   "ca_file": str(fake.ca_file)}})


def test_each_connection_signs_in_and_logs_in_with_the_new_token(
        oauth_dovecot: Dovecot, sign_in: FakeGraph, token_check: TokenCheck) -> None:
    reset(oauth_dovecot, USER)
    raw = (f"From: hv@nhs.net\r\nSubject: referral\r\nMessage-ID: <{uuid.uuid4().hex}@nhs.net>"
           "\r\n\r\nReferral.\r\n").encode()
    append(oauth_dovecot, USER, raw)
    settings = _settings(oauth_dovecot, sign_in)
    box = open_mailbox(settings)
    try:
        (fetched,) = box.fetch_new()
        assert fetched.raw == raw
    finally:
        box.close()
    reconnected = open_mailbox(settings)
    try:
        reconnected.file(fetched, "Processed")
    finally:
        reconnected.close()
    assert count(oauth_dovecot, USER, "Processed") == 1
    issued = list(sign_in.tokens)
    assert len(issued) == 2
    assert set(issued) <= set(token_check.asked)  # Dovecot checked each token we got
    (form, _) = (parse_qs(r.body.decode()) for r in sign_in.requests
                 if r.path.endswith("/token"))
    assert form["scope"] == ["https://outlook.office365.com/.default"]
    assert form["grant_type"] == ["client_credentials"]


def test_a_failed_sign_in_is_a_mailbox_error_before_any_imap_login(
        oauth_dovecot: Dovecot, sign_in: FakeGraph, token_check: TokenCheck,
        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(SECRET_ENV, "a-revoked-secret")
    asked_before = len(token_check.asked)
    with pytest.raises(MailboxError, match="mailbox secure: Microsoft sign-in failed: "
                                           "invalid_client: AADSTS7000215: Invalid client "
                                           "secret provided"):
        open_mailbox(_settings(oauth_dovecot, sign_in))
    assert len(token_check.asked) == asked_before
