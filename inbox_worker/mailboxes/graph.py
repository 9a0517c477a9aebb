"""A Microsoft 365 mailbox read through Microsoft Graph, as a MailboxBackend.

The inbox is followed by a per-folder delta query: the first read lists every message
in the folder, later reads only what changed (new messages, and `@removed` for those
that left). The view of the inbox lives in memory, so a restarted worker reads the
whole inbox again, which is cheap because filed messages have left it. HTTP 410 (the
delta state expired) means: start again from a full read; the store's keys make
re-reading harmless. Ids are requested as immutable ids (`Prefer: IdType="ImmutableId"`)
so a message keeps its id when moved. Raw MIME comes from `/messages/{id}/$value`.
Filing moves the message into the folder ("Exceptions/consent_missing" is the child
"consent_missing" of "Exceptions" under the mailbox's root), creating folders if absent;
a message already in the folder, or gone, counts as filed. Logs carry mailbox ids,
Graph's opaque message ids and counts, never content.
"""

from __future__ import annotations

import logging
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any
from urllib.parse import quote

from inbox_worker.mailboxes.base import FetchedMessage, MailboxError
from inbox_worker.microsoft.graph import GraphClient, GraphError
from inbox_worker.microsoft.tokens import GRAPH_SCOPE, MsalTokenProvider, SignInError
from inbox_worker.settings.mailboxes import GraphMailboxSettings

__all__ = ["GRAPH_MAILBOX_HEADERS", "GraphMailbox", "open_graph_mailbox"]

log = logging.getLogger(__name__)

# Immutable ids survive moves; 100 per page keeps each delta answer small.
GRAPH_MAILBOX_HEADERS = {"Prefer": 'IdType="ImmutableId", odata.maxpagesize=100'}
_ROOT = "msgfolderroot"  # Graph's well-known name of the mailbox's top folder
_INBOX = "inbox"
_GONE = 410
_NOT_FOUND = 404
_CONFLICT = 409


class GraphMailbox:
    """One mailbox's inbox folder through Graph (see the module docstring)."""

    def __init__(self, settings: GraphMailboxSettings, client: GraphClient) -> None:
        self.mailbox_id = settings.id
        self._settings = settings
        self._client = client
        self._user = f"/users/{quote(settings.user, safe='@')}"
        self._delta_link: str | None = None
        self._inbox: dict[str, str] = {}  # message id -> receivedDateTime
        self._folders: dict[str, str] = {}  # our folder path -> Graph folder id

    def __enter__(self) -> GraphMailbox:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()

    def fetch_new(self) -> Iterator[FetchedMessage]:
        """Every message in the folder, oldest first (received time), raw MIME as stored."""
        with self._failure(f"reading folder {self._settings.folder}"):
            self._sync()
        pending = sorted(self._inbox, key=lambda message_id: (self._inbox[message_id],
                                                              message_id))
        log.info("mailbox %s: %d message(s) in %s", self.mailbox_id, len(pending),
                 self._settings.folder)
        for message_id in pending:
            raw = self._raw(message_id)
            if raw is not None:
                yield FetchedMessage(server_id=message_id, uidvalidity=0, raw=raw)

    def file(self, message: FetchedMessage, folder: str) -> None:
        """Moves the message into `folder`, creating it if absent. Succeeds if the message
        is already there or has left the mailbox."""
        with self._failure(f"filing message {message.server_id} into {folder}"):
            target = self._folder_id(folder, create=True)
            current = self._parent_folder(message.server_id)
            if current == target or current is None:
                log.info("mailbox %s: message %s already filed", self.mailbox_id,
                         message.server_id)
            else:
                self._client.post_json(f"{self._user}/messages/{message.server_id}/move",
                                       {"destinationId": target})
                log.info("mailbox %s: message %s filed into %s", self.mailbox_id,
                         message.server_id, folder)
        self._inbox.pop(message.server_id, None)

    def close(self) -> None:
        self._client.close()

    @contextmanager
    def _failure(self, what: str) -> Iterator[None]:
        """Turns Graph and sign-in failures into MailboxError naming mailbox and step."""
        try:
            yield
        except SignInError as err:
            raise MailboxError(f"mailbox {self.mailbox_id}: {err}") from err
        except GraphError as err:
            raise MailboxError(f"Graph mailbox {self.mailbox_id}: {what} failed: "
                               f"{err}") from err

    def _sync(self) -> None:
        """Brings the view of the inbox up to date; a full read after HTTP 410."""
        try:
            self._follow(self._delta_link or self._first_delta_url())
        except GraphError as err:
            if err.status != _GONE:
                raise
            log.warning("mailbox %s: delta state expired (410), reading the folder again",
                        self.mailbox_id)
            self._delta_link = None
            self._inbox.clear()
            self._follow(self._first_delta_url())

    def _first_delta_url(self) -> str:
        source = self._folder_id(self._settings.folder, create=False)
        return f"{self._user}/mailFolders/{source}/messages/delta?$select=receivedDateTime"

    def _follow(self, link: str) -> None:
        """Reads delta pages until the deltaLink, applying each page to the view."""
        while True:
            page = self._client.get_json(link)
            self._apply(page.get("value", []))
            if "@odata.nextLink" in page:
                link = str(page["@odata.nextLink"])
            elif "@odata.deltaLink" in page:
                self._delta_link = str(page["@odata.deltaLink"])
                return
            else:
                raise GraphError(None, "a delta page carried neither nextLink nor deltaLink")

    def _apply(self, items: list[Any]) -> None:
        for item in items:
            message_id = str(item["id"])
            if "@removed" in item:
                self._inbox.pop(message_id, None)
            else:
                self._inbox[message_id] = str(item.get("receivedDateTime") or "")

    def _raw(self, message_id: str) -> bytes | None:
        """The message's MIME, or None if it left the mailbox since the delta."""
        with self._failure(f"reading message {message_id}"):
            try:
                return self._client.get_bytes(f"{self._user}/messages/{message_id}/$value")
            except GraphError as err:
                if err.status != _NOT_FOUND:
                    raise
        log.info("mailbox %s: message %s left before it was read", self.mailbox_id, message_id)
        self._inbox.pop(message_id, None)
        return None

    def _parent_folder(self, message_id: str) -> str | None:
        try:
            found = self._client.get_json(f"{self._user}/messages/{message_id}",
                                          {"$select": "parentFolderId"})
        except GraphError as err:
            if err.status == _NOT_FOUND:
                return None
            raise
        return str(found.get("parentFolderId", ""))

    def _folder_id(self, path: str, *, create: bool) -> str:
        """The Graph id of our folder path; "Inbox" (first part) is the well-known inbox."""
        if path in self._folders:
            return self._folders[path]
        parts = [part for part in path.split("/") if part]
        if not parts:
            raise GraphError(None, f"folder '{path}' has no name")
        parent, done = _ROOT, []
        if parts[0].casefold() == _INBOX:
            parent, done = self._well_known_inbox(), [parts.pop(0)]
        for name in parts:
            done.append(name)
            parent = self._child(parent, name, "/".join(done), create=create)
        self._folders[path] = parent
        return parent

    def _well_known_inbox(self) -> str:
        found = self._client.get_json(f"{self._user}/mailFolders/{_INBOX}", {"$select": "id"})
        return str(found["id"])

    def _child(self, parent: str, name: str, path: str, *, create: bool) -> str:
        if path in self._folders:
            return self._folders[path]
        found = self._find_child(parent, name)
        if found is None and not create:
            raise GraphError(_NOT_FOUND, f"folder '{path}' does not exist in the mailbox")
        if found is None:
            found = self._create_child(parent, name)
            log.info("mailbox %s: created folder %s", self.mailbox_id, path)
        self._folders[path] = found
        return found

    def _find_child(self, parent: str, name: str) -> str | None:
        link: str | None = f"{self._user}/mailFolders/{parent}/childFolders?$top=100"
        while link is not None:
            page = self._client.get_json(link)
            for folder in page.get("value", []):
                if str(folder.get("displayName", "")).casefold() == name.casefold():
                    return str(folder["id"])
            link = page.get("@odata.nextLink")
        return None

    def _create_child(self, parent: str, name: str) -> str:
        try:
            made = self._client.post_json(f"{self._user}/mailFolders/{parent}/childFolders",
                                          {"displayName": name})
        except GraphError as err:
            found = self._find_child(parent, name) if err.status == _CONFLICT else None
            if found is None:
                raise  # not a race with another session creating it
            return found
        return str(made["id"])


def open_graph_mailbox(settings: GraphMailboxSettings) -> GraphMailbox:
    """The mailbox with its own sign-in (client credentials, token cached by MSAL)."""
    tokens = MsalTokenProvider(settings, GRAPH_SCOPE)
    return GraphMailbox(settings, GraphClient(settings, tokens, headers=GRAPH_MAILBOX_HEADERS))
