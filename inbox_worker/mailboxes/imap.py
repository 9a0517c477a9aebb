"""An IMAP mailbox (Exchange Online, Dovecot, any IMAP4rev1 server) as a MailboxBackend.

One ImapMailbox is one logged-in session with the inbox folder selected; it does not
reconnect: after a MailboxError the caller closes it, opens a new one and runs a UID
catch-up (`fetch_new`). Messages are keyed by UID with the folder's UIDVALIDITY, read with
BODY.PEEK[] (no \\Seen), and filed with UID MOVE, or COPY + \\Deleted + UID EXPUNGE where
the server lacks MOVE. Logs carry mailbox ids, UIDs and counts, never message content.
"""

from __future__ import annotations

import io
import logging
import select
import ssl
import time
from collections.abc import Iterator, Sequence
from contextlib import contextmanager, suppress
from pathlib import Path
from typing import Any

from imapclient import IMAPClient, SocketTimeout
from imapclient.exceptions import IMAPClientError, LoginError

from inbox_worker.mailboxes.base import FetchedMessage, MailboxError, size_batches
from inbox_worker.microsoft.tokens import MsalTokenProvider, SignInError, TokenProvider
from inbox_worker.settings.mailboxes import ImapMailboxSettings
from parsers.mail.mime import read_message_id

__all__ = ["ImapMailbox", "ImapMailboxSettings", "login_secret"]

log = logging.getLogger(__name__)

# 50 UIDs per FETCH: one round trip per batch instead of per message (minutes saved on a
# backlog), while a batch of large messages stays bounded by _BATCH_BYTES in memory.
_BATCH_UIDS = 50
_BATCH_BYTES = 32 * 1024 * 1024
# Without IDLE, a NOOP this often notices new mail soon enough without loading the server.
_NOOP_INTERVAL_SECONDS = 10.0
# logout on a dead connection should not wait the full read timeout.
_LOGOUT_TIMEOUT_SECONDS = 5.0


class ImapMailbox:
    """A logged-in IMAP session on one mailbox's inbox folder (see the module docstring)."""

    def __init__(self, settings: ImapMailboxSettings, password_or_token: str) -> None:
        self.mailbox_id = settings.id
        self._settings = settings
        with self._failure("connecting to the server"):
            self._client = _connect(settings)
        try:
            self._login(password_or_token)
            with self._failure(f"opening folder {settings.folder}"):
                self._uidvalidity = self._select()
                self._prefix, self._separator = _hierarchy(self._client)
                self._can_move = self._client.has_capability("MOVE")
                self._can_expunge_uid = self._client.has_capability("UIDPLUS")
                self._can_idle = self._client.has_capability("IDLE")
        except BaseException:
            self.close()
            raise
        self._known_folders: set[str] = set()
        log.info("mailbox %s: connected, uidvalidity %d, move %s, idle %s", self.mailbox_id,
                 self._uidvalidity, self._can_move, self._can_idle)

    def __enter__(self) -> ImapMailbox:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()

    def fetch_new(self) -> Iterator[FetchedMessage]:
        """Every message in the folder not marked \\Deleted, oldest UID first, unread flags
        untouched; fetched in batches."""
        with self._failure(f"fetching from {self._settings.folder}"):
            self._uidvalidity = self._select()
            sizes = self._sizes(sorted(self._client.search("UNDELETED")))
            log.info("mailbox %s: %d message(s) in %s", self.mailbox_id, len(sizes),
                     self._settings.folder)
            for batch in size_batches(sizes, max_items=_BATCH_UIDS, max_bytes=_BATCH_BYTES):
                yield from self._fetch_batch(batch)

    def file(self, message: FetchedMessage, folder: str) -> None:
        """Move the message into `folder` ("Exceptions/consent_missing" uses the server's own
        separator), creating it if absent. Succeeds if the message has already left."""
        target = self.server_folder(folder)
        with self._failure(f"filing UID {message.server_id} into {folder}"):
            self._ensure_folder(target)
            uid = self._locate(message)
            if uid is None:
                log.info("mailbox %s: UID %s already filed", self.mailbox_id, message.server_id)
                return
            self._move([uid], target)
        log.info("mailbox %s: UID %d filed into %s", self.mailbox_id, uid, folder)

    def file_many(self, messages: Sequence[FetchedMessage], folder: str) -> None:
        """As `file` for each, with one SEARCH and one UID MOVE for those fetched under the
        folder's present UIDVALIDITY (the others are located one by one)."""
        current = [int(m.server_id) for m in messages if m.uidvalidity == self._uidvalidity]
        target = self.server_folder(folder)
        with self._failure(f"filing {len(current)} messages into {folder}"):
            self._ensure_folder(target)
            present = set(self._client.search(["UID", _uid_set(current), "UNDELETED"]))
            uids = [uid for uid in current if uid in present]
            if uids:
                self._move(uids, target)
        log.info("mailbox %s: %d filed into %s (%d already)", self.mailbox_id, len(uids),
                 folder, len(current) - len(uids))
        for message in messages:
            if message.uidvalidity != self._uidvalidity:
                self.file(message, folder)

    def wait_for_mail(self, timeout: float) -> bool:
        """Wait up to `timeout` seconds for new mail: True as soon as the server reports
        some, False at the timeout. Uses IDLE when offered, else a NOOP every few seconds."""
        if timeout <= 0:
            return False
        deadline = time.monotonic() + timeout
        with self._failure("waiting for new mail"):
            if self._can_idle:
                return self._idle_until(deadline)
            return self._poll_until(deadline)

    def close(self) -> None:
        """Log out; a dead connection is closed without complaint."""
        client = getattr(self, "_client", None)
        if client is None:
            return
        try:
            client.socket().settimeout(min(_LOGOUT_TIMEOUT_SECONDS,
                                           self._settings.timeout_seconds))
            client.logout()
        except (IMAPClientError, OSError):
            _shutdown_quietly(client)

    def server_folder(self, folder: str) -> str:
        """Our folder name ("Exceptions/consent_missing") as the server spells it."""
        return self._prefix + self._separator.join(folder.split("/"))

    @contextmanager
    def _failure(self, what: str) -> Iterator[None]:
        """Turn library, socket and TLS errors into MailboxError naming mailbox and step."""
        try:
            yield
        except (IMAPClientError, OSError) as err:
            raise MailboxError(f"IMAP mailbox {self.mailbox_id}: {what} failed: "
                               f"{_describe(err)}") from err

    def _login(self, secret: str) -> None:
        try:
            if self._settings.uses_xoauth2:
                self._client.oauth2_login(self._settings.username, secret)
            else:
                self._client.login(self._settings.username, secret)
        except LoginError as err:
            raise MailboxError(f"IMAP mailbox {self.mailbox_id}: login refused for the "
                               f"configured username: {_describe(err)}") from err
        except (IMAPClientError, OSError) as err:
            raise MailboxError(f"IMAP mailbox {self.mailbox_id}: login failed: "
                               f"{_describe(err)}") from err

    def _select(self) -> int:
        response = self._client.select_folder(self._settings.folder)
        return int(response[b"UIDVALIDITY"])

    def _sizes(self, uids: list[int]) -> list[tuple[int, int]]:
        if not uids:
            return []
        data = self._client.fetch(uids, [b"RFC822.SIZE"])
        return [(uid, int(data[uid][b"RFC822.SIZE"])) for uid in uids if uid in data]

    def _fetch_batch(self, uids: list[int]) -> Iterator[FetchedMessage]:
        data = self._client.fetch(uids, [b"BODY.PEEK[]"])
        for uid in uids:
            raw = data.get(uid, {}).get(b"BODY[]")
            if raw is None:
                continue  # expunged by someone else since the search
            yield FetchedMessage(server_id=str(uid), uidvalidity=self._uidvalidity,
                                 raw=bytes(raw))

    def _ensure_folder(self, target: str) -> None:
        if target in self._known_folders:
            return
        if not self._client.folder_exists(target):
            try:
                self._client.create_folder(target)
            except IMAPClientError:
                if not self._client.folder_exists(target):
                    raise  # not a race with another session creating it
            self._client.subscribe_folder(target)
            log.info("mailbox %s: created folder %s", self.mailbox_id, target)
        self._known_folders.add(target)

    def _locate(self, message: FetchedMessage) -> int | None:
        """The message's UID in the folder now, or None if it is no longer there."""
        if message.uidvalidity == self._uidvalidity:
            uid = int(message.server_id)
            found = self._client.search(["UID", str(uid), "UNDELETED"])
            return uid if uid in found else None
        # UIDs were renumbered since the fetch: find the same message by Message-ID and size.
        log.warning("mailbox %s: uidvalidity changed (%d -> %d), locating UID %s by header",
                    self.mailbox_id, message.uidvalidity, self._uidvalidity,
                    message.server_id)
        return self._find_by_content(message.raw)

    def _find_by_content(self, raw: bytes) -> int | None:
        message_id = read_message_id(raw)
        if message_id and message_id.isascii():  # SEARCH takes it without a charset
            candidates = self._client.search(["HEADER", "Message-ID", message_id, "UNDELETED"])
        else:
            candidates = self._client.search(["LARGER", str(len(raw) - 1),
                                              "SMALLER", str(len(raw) + 1), "UNDELETED"])
        matching = [uid for uid, size in self._sizes(sorted(candidates)) if size == len(raw)]
        return matching[0] if matching else None

    def _move(self, uids: list[int], target: str) -> None:
        if self._can_move:
            self._client.move(uids, target)
            return
        self._client.copy(uids, target)
        self._client.add_flags(uids, [b"\\Deleted"], silent=True)
        if self._can_expunge_uid:
            self._client.uid_expunge(uids)
        # Without UIDPLUS a plain EXPUNGE would also remove messages a person marked
        # \Deleted; ours stays marked (fetch_new skips it) until a client expunges.

    def _idle_until(self, deadline: float) -> bool:
        while (remaining := deadline - time.monotonic()) > 0:
            if self._idle_once(min(remaining, self._settings.idle_seconds)):
                return True
        return False

    def _idle_once(self, seconds: float) -> bool:
        """One IDLE command of at most `seconds`; always ended with DONE. Changes the
        server reports as IDLE starts (mail that came since the last command: Dovecot
        sends them right after "+ idling") may already be in imaplib's buffer, where
        polling the socket never sees them: then IDLE ends at once and DONE reads them."""
        end = time.monotonic() + seconds
        self._client.idle()
        responses: list[Any] = []
        try:
            while not _read_ahead(self._client) and not _signals_new_mail(responses) and (
                    left := end - time.monotonic()) > 0:
                started = time.monotonic()
                batch = self._client.idle_check(timeout=left)
                responses.extend(batch)
                if not batch and time.monotonic() - started < left - 0.05:
                    break  # woke early with nothing: the socket closed; DONE will say so
        finally:
            responses.extend(self._client.idle_done()[1])
        return _signals_new_mail(responses)

    def _poll_until(self, deadline: float) -> bool:
        while True:
            if _signals_new_mail(self._client.noop()[1]):
                return True
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                return False
            # Wake early if the server says anything (e.g. BYE); the next NOOP reads it.
            select.select([self._client.socket()], [], [],
                          min(remaining, _NOOP_INTERVAL_SECONDS))


def login_secret(settings: ImapMailboxSettings) -> str:
    """The password or XOAUTH2 token for a new connection; with `oauth2`, a token from
    Microsoft sign-in (a failure is a MailboxError naming the mailbox)."""
    if settings.oauth2 is not None:
        return mailbox_token(settings.id, MsalTokenProvider(settings.oauth2,
                                                            settings.oauth2.scope))
    return settings.secret.read()


def mailbox_token(mailbox_id: str, tokens: TokenProvider) -> str:
    """A token for `mailbox_id`'s backend; a failed sign-in is a MailboxError (health)."""
    try:
        return tokens.token()
    except SignInError as err:
        raise MailboxError(f"mailbox {mailbox_id}: {err}") from err


def _connect(settings: ImapMailboxSettings) -> IMAPClient:
    timeout = SocketTimeout(connect=settings.timeout_seconds, read=settings.timeout_seconds)
    context = _tls_context(settings.ca_file)
    port = settings.effective_port
    if settings.security == "tls":
        return IMAPClient(settings.host, port=port, ssl=True, ssl_context=context,
                          timeout=timeout)
    client = IMAPClient(settings.host, port=port, ssl=False, timeout=timeout)
    if settings.security == "starttls":
        try:
            client.starttls(context)
        except BaseException:
            _shutdown_quietly(client)
            raise
    return client


def _tls_context(ca_file: Path | None) -> ssl.SSLContext:
    """The system's trusted CAs (hostname checked), plus `ca_file` if given."""
    context = ssl.create_default_context()
    if ca_file is not None:
        context.load_verify_locations(cafile=str(ca_file))
    return context


def _hierarchy(client: IMAPClient) -> tuple[str, str]:
    """The personal namespace prefix and separator (RFC 2342), else LIST's delimiter."""
    if client.has_capability("NAMESPACE"):
        personal = client.namespace().personal
        if personal:
            prefix, separator = personal[0]
            return str(prefix), str(separator or "/")
    listing = client.list_folders("", "")
    separator = listing[0][1] if listing else None
    if isinstance(separator, bytes):
        separator = separator.decode()
    return "", str(separator or "/")


def _uid_set(uids: Sequence[int]) -> str:
    """UIDs as an IMAP sequence set ("4,7,9"); "0" (no message has it) for none."""
    return ",".join(str(uid) for uid in uids) or "0"


def _read_ahead(client: IMAPClient) -> bool:
    """Whether responses already read from the socket wait in imaplib's buffered reader
    (imapclient's `idle_check` polls the socket only)."""
    reader = getattr(getattr(client, "_imap", None), "file", None)
    if not isinstance(reader, io.BufferedReader):
        return False
    sock = client.socket()
    timeout = sock.gettimeout()
    sock.setblocking(False)  # an empty buffer is read from the socket once: never wait
    try:
        return bool(reader.peek(1))
    except OSError:  # nothing there (TLS says "want read")
        return False
    finally:
        sock.settimeout(timeout)


def _signals_new_mail(responses: Sequence[Any]) -> bool:
    """Whether untagged responses include EXISTS, or RECENT with a non-zero count."""
    return any(
        isinstance(response, tuple) and len(response) >= 2
        and (response[1] == b"EXISTS" or (response[1] == b"RECENT" and bool(response[0])))
        for response in responses
    )


def _describe(err: BaseException) -> str:
    text = str(err).strip() or "no detail"
    return f"{type(err).__name__}: {text[:300]}"


def _shutdown_quietly(client: IMAPClient) -> None:
    with suppress(IMAPClientError, OSError):
        client.shutdown()
