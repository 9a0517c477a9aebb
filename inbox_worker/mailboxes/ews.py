"""A mailbox on on-premises Exchange read over EWS (exchangelib) as a MailboxBackend.

One EwsMailbox is one opened mailbox (its message root and inbox looked up); it does not
reconnect: after a MailboxError the caller closes it and opens a new one. The client talks
to the configured `ews_url` only: no autodiscover, no version guessing (the configured
version is sent), no retries (FailFast), no proxy or .netrc from the environment, redirects
not followed. Messages are listed oldest first (FindItem, paged), read as raw MIME (GetItem
with MimeContent) and filed with MoveItem into folders under the message root, created
where absent. EWS gives an item a new id when it moves, so an item no longer in the inbox
counts as filed: the worker moved it and died before recording it, or a person moved it.
Logs carry mailbox ids, folder names and counts, never message content.
"""

from __future__ import annotations

import logging
from collections.abc import Iterator, Sequence
from contextlib import contextmanager, suppress
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from exchangelib import (
    BASIC,
    DELEGATE,
    IMPERSONATION,
    NTLM,
    UTC,
    Account,
    Configuration,
    FailFast,
    Folder,
    FolderCollection,
    Q,
    Version,
)
from exchangelib.credentials import Credentials
from exchangelib.errors import (
    ErrorFolderExists,
    ErrorItemNotFound,
    EWSError,
    MalformedResponseError,
    UnauthorizedError,
)
from exchangelib.folders import Inbox, MsgFolderRoot, Root
from exchangelib.folders.queryset import SHALLOW
from exchangelib.properties import DistinguishedFolderId, Mailbox
from exchangelib.protocol import Protocol
from exchangelib.services import CreateFolder
from exchangelib.version import EXCHANGE_2013, EXCHANGE_2013_SP1, EXCHANGE_2016, EXCHANGE_2019
from requests import RequestException

from inbox_worker.mailboxes.base import FetchedMessage, MailboxError, size_batches
from inbox_worker.settings.mailboxes import EwsMailboxSettings
from parsers.mail.mime import read_message_id

__all__ = ["EwsMailbox", "EwsMailboxSettings"]

log = logging.getLogger(__name__)
# exchangelib logs whole SOAP responses (message content) at DEBUG: never let them through.
logging.getLogger("exchangelib").setLevel(logging.WARNING)

# EWS's own default page for FindItem; tests pass a smaller one to exercise paging.
PAGE_SIZE = 100
# At most this many messages, and (unless one is larger) this many bytes, per GetItem:
# few round trips on a backlog while memory stays bounded.
_BATCH_ITEMS = 20
_BATCH_BYTES = 32 * 1024 * 1024

_BUILDS = {
    "Exchange2013": EXCHANGE_2013,
    "Exchange2013_SP1": EXCHANGE_2013_SP1,
    "Exchange2016": EXCHANGE_2016,
    "Exchange2019": EXCHANGE_2019,
}


@dataclass(frozen=True)
class _Listed:
    """An item as FindItem lists it: enough to fetch it and to size a batch."""

    item_id: str
    changekey: str
    size: int


class EwsMailbox:
    """One opened EWS mailbox (see the module docstring)."""

    def __init__(self, settings: EwsMailboxSettings, password: str, *,
                 page_size: int = PAGE_SIZE) -> None:
        self.mailbox_id = settings.id
        self._settings = settings
        self._page_size = page_size
        self._folders: dict[str, Any] = {}
        self._account = _open_account(settings, password)
        try:
            with self._failure("opening the mailbox"):
                self._root = _root_of(self._account)
                self._message_root = MsgFolderRoot.get_distinguished(root=self._root)
            with self._failure(f"opening folder {settings.folder}"):
                self._inbox = self._source_folder(settings.folder)
        except BaseException:
            self.close()
            raise
        log.info("mailbox %s: opened over EWS (%s)", self.mailbox_id, settings.version)

    def __enter__(self) -> EwsMailbox:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()

    def fetch_new(self) -> Iterator[FetchedMessage]:
        """Every item in the folder, oldest received first, read as raw MIME in batches."""
        with self._failure(f"listing {self._settings.folder}"):
            listed = self._list_folder()
        log.info("mailbox %s: %d message(s) in %s", self.mailbox_id, len(listed),
                 self._settings.folder)
        sized = [(item, item.size) for item in listed]
        for batch in size_batches(sized, max_items=_BATCH_ITEMS, max_bytes=_BATCH_BYTES):
            with self._failure(f"reading messages from {self._settings.folder}"):
                fetched = self._fetch_batch(batch)
            yield from fetched

    def file(self, message: FetchedMessage, folder: str) -> None:
        """Move the item into `folder` ("Exceptions/consent_missing": nested folders under
        the message root), creating folders if absent. Succeeds if the item has left."""
        with self._failure(f"creating folder {folder}"):
            target = self._folder(folder, create=True)
        with self._failure(f"filing a message into {folder}"):
            moved = self._account.bulk_move(ids=[(message.server_id, None)], to_folder=target)
            outcome = moved[0] if moved else None
            if isinstance(outcome, ErrorItemNotFound):
                self._report_gone(message, target, folder)
                return
            if isinstance(outcome, Exception):
                raise outcome
        log.info("mailbox %s: message filed into %s", self.mailbox_id, folder)

    def close(self) -> None:
        """Close the mailbox's HTTP connections; never raises."""
        with suppress(EWSError, RequestException, OSError):
            self._account.protocol.close()

    @contextmanager
    def _failure(self, what: str) -> Iterator[None]:
        """Turn exchangelib, HTTP and socket errors into MailboxError naming mailbox and step."""
        try:
            yield
        except UnauthorizedError as err:
            raise MailboxError(f"EWS mailbox {self.mailbox_id}: {what} failed: the server "
                               f"refused the configured username and password") from err
        except (EWSError, RequestException, OSError) as err:
            raise MailboxError(f"EWS mailbox {self.mailbox_id}: {what} failed: "
                               f"{_describe(err)}") from err

    def _source_folder(self, path: str) -> Any:
        if path.lower() == "inbox":
            return Inbox.get_distinguished(root=self._root)
        return self._folder(path, create=False)

    def _folder(self, path: str, *, create: bool) -> Any:
        """The folder at `path` under the message root; created (with its parents) if
        `create`, else a missing folder is an error."""
        if path in self._folders:
            return self._folders[path]
        folder = self._message_root
        for name in path.split("/"):
            child = _child(self._account, folder, name)
            if child is None and not create:
                raise MailboxError(f"EWS mailbox {self.mailbox_id}: no folder {path} under "
                                   f"the mailbox's root")
            folder = child if child is not None else self._create(folder, name)
        self._folders[path] = folder
        return folder

    def _create(self, parent: Any, name: str) -> Any:
        created = next(iter(CreateFolder(account=self._account).call(
            parent_folder=parent, folders=[Folder(parent=parent, name=name)])))
        if isinstance(created, ErrorFolderExists):  # another worker created it just now
            again = _child(self._account, parent, name)
            if again is not None:
                return again
        if isinstance(created, Exception):
            raise created
        log.info("mailbox %s: created folder %s", self.mailbox_id, name)
        return created

    def _list_folder(self) -> list[_Listed]:
        query = self._inbox.all().order_by("datetime_received").only("size")
        query.page_size = self._page_size
        return [_Listed(item.id, item.changekey, int(item.size or 0)) for item in query]

    def _fetch_batch(self, batch: Sequence[_Listed]) -> list[FetchedMessage]:
        items = self._account.fetch(ids=[(i.item_id, i.changekey) for i in batch],
                                    folder=self._inbox, only_fields=["mime_content"])
        fetched = []
        for item in items:
            if isinstance(item, ErrorItemNotFound):
                continue  # moved or deleted by someone else since the listing
            if isinstance(item, Exception):
                raise item
            fetched.append(FetchedMessage(server_id=item.id, uidvalidity=0,
                                          raw=bytes(item.mime_content or b"")))
        return fetched

    def _report_gone(self, message: FetchedMessage, target: Any, folder: str) -> None:
        """The item has left the inbox: already filed (a crash before recording it), or
        moved by a person. Either way it is done; the log says which, where it can."""
        message_id = read_message_id(message.raw)
        if not message_id or not message_id.isascii():
            log.info("mailbox %s: message already gone from %s; counted as filed",
                     self.mailbox_id, self._settings.folder)
            return
        found = target.filter(message_id=message_id).only("size").count() > 0
        log.log(logging.INFO if found else logging.WARNING,
                "mailbox %s: message already %s; counted as filed", self.mailbox_id,
                f"in {folder}" if found else f"gone from {self._settings.folder}, not in "
                f"{folder} (moved or deleted by someone)")


class _MailboxProtocol(Protocol):  # type: ignore[misc]
    """exchangelib's connection handling for one mailbox: its own timeout and CA, nothing
    from the environment (proxies, .netrc, REQUESTS_CA_BUNDLE), and not shared through
    exchangelib's process-wide cache with other mailboxes' settings."""

    def __init__(self, config: Configuration, *, timeout: float, ca_file: Path | None) -> None:
        super().__init__(config=config)
        self.TIMEOUT = timeout
        self._verify: str | bool = str(ca_file) if ca_file is not None else True

    def create_session(self) -> Any:
        session = super().create_session()
        session.trust_env = False
        session.verify = self._verify
        return session


def _open_account(settings: EwsMailboxSettings, password: str) -> Account:
    """An exchangelib Account on the configured URL and version; no network traffic yet."""
    config = Configuration(
        service_endpoint=settings.ews_url,
        credentials=Credentials(settings.username, password),
        auth_type=NTLM if settings.auth_type == "ntlm" else BASIC,
        version=Version(build=_BUILDS[settings.version]),
        retry_policy=FailFast(),
        max_connections=1,
    )
    account = Account(settings.mailbox_address, config=config, autodiscover=False,
                      access_type=IMPERSONATION if settings.access_type == "impersonation"
                      else DELEGATE, default_timezone=UTC)
    # Account() registered a shared protocol in exchangelib's cache; use our own instead
    # (type.__call__ skips the caching metaclass) and drop the cached one.
    account.protocol = type.__call__(_MailboxProtocol, config, timeout=settings.timeout_seconds,
                                     ca_file=settings.ca_file)
    with suppress(KeyError):
        del Protocol[config]
    return account


def _root_of(account: Account) -> Any:
    """The mailbox's root folder object, without asking the server for it."""
    return Root(account=account, _distinguished_id=DistinguishedFolderId(
        id=Root.DISTINGUISHED_FOLDER_ID,
        mailbox=Mailbox(email_address=account.primary_smtp_address)))


def _child(account: Account, parent: Any, name: str) -> Any:
    """The direct sub-folder of `parent` named `name` (as Exchange compares: any case)."""
    for found in FolderCollection(account=account, folders=[parent]).find_folders(
            q=Q(name=name), depth=SHALLOW):
        if isinstance(found, Exception):
            raise found
        if str(found.name).lower() == name.lower():
            return found
    return None


def _describe(err: BaseException) -> str:
    """A plain reason: an untrusted certificate said so, else the error's class and
    (except for unreadable answers, which may quote content) its first line, shortened."""
    if isinstance(err, MalformedResponseError):
        return f"{type(err).__name__}: the server's answer could not be read"
    if "CERTIFICATE_VERIFY_FAILED" in str(err):
        return "the server's certificate is not trusted: give its CA as ca_file"
    text = (str(err).strip().splitlines() or ["no detail"])[0]
    return f"{type(err).__name__}: {text[:300]}"
