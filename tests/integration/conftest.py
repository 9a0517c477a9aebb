"""Dovecot fixtures: a private server on 127.0.0.1 per session (or per test, to be killed).

If Dovecot cannot be installed or started the fixtures raise: the tests error, never skip.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from .dovecot import Dovecot, start_dovecot, stop_dovecot
from .postgres import Postgres, start_postgres, stop_postgres
from .token_check import TokenCheck, running_token_check

# What Dovecot 2.3 announces after login, less MOVE and IDLE: a plainer server, so the
# COPY + EXPUNGE and NOOP-polling paths run against a real server too.
PLAIN_CAPABILITY = "IMAP4rev1 LITERAL+ SASL-IR ID ENABLE NAMESPACE UIDPLUS UNSELECT CHILDREN"


@pytest.fixture(scope="session")
def dovecot() -> Iterator[Dovecot]:
    """Plain IMAP (ssl = no), with MOVE, UIDPLUS and IDLE."""
    server = start_dovecot()
    yield server
    stop_dovecot(server)


@pytest.fixture(scope="session")
def dovecot_tls() -> Iterator[Dovecot]:
    """Implicit TLS with a self-signed certificate for 127.0.0.1 (`server.ca_file`)."""
    server = start_dovecot(tls=True)
    yield server
    stop_dovecot(server)


@pytest.fixture(scope="session")
def dovecot_without_move_or_idle() -> Iterator[Dovecot]:
    server = start_dovecot(capability=PLAIN_CAPABILITY)
    yield server
    stop_dovecot(server)


@pytest.fixture
def own_dovecot() -> Iterator[Dovecot]:
    """A server of this test's own: to stop mid-session, or to fail logins on (Dovecot then
    delays further logins from 127.0.0.1)."""
    server = start_dovecot()
    yield server
    stop_dovecot(server)


@pytest.fixture(scope="session")
def postgres() -> Iterator[Postgres]:
    """A real PostgreSQL on loopback, for the multi-worker features."""
    server = start_postgres()
    try:
        yield server
    finally:
        stop_postgres(server)


@pytest.fixture(scope="session")
def token_check() -> Iterator[TokenCheck]:
    """The fake identity provider that Dovecot asks about XOAUTH2 bearer tokens."""
    with running_token_check() as check:
        yield check


@pytest.fixture(scope="session")
def oauth_dovecot(token_check: TokenCheck) -> Iterator[Dovecot]:
    """A Dovecot that also takes XOAUTH2 logins, checking tokens with `token_check`."""
    server = start_dovecot(token_check_url=token_check.url)
    yield server
    stop_dovecot(server)
