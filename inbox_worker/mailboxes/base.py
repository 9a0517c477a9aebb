"""The mailbox interface every backend (Maildir, IMAP, Graph, EWS) implements.

The worker fetches new messages, stores each, decides, and only then files the
message into a folder on the server. Filing is idempotent: filing a message that is
already in the target folder succeeds, so a crash between filing and recording it
is harmless.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from typing import Protocol, TypeVar, runtime_checkable


class MailboxError(Exception):
    """The mailbox could not be reached or an operation failed; the message says why."""


@dataclass(frozen=True)
class FetchedMessage:
    """One message as the server holds it.

    `server_id` is the backend's id for the message within the mailbox's inbox
    (IMAP UID, Graph or EWS id, Maildir key); `uidvalidity` qualifies an IMAP UID
    (0 where the backend has no such notion).
    """

    server_id: str
    uidvalidity: int
    raw: bytes = field(repr=False)


class MailboxBackend(Protocol):
    mailbox_id: str

    def fetch_new(self) -> Iterator[FetchedMessage]:
        """Messages still in the inbox (not yet filed), oldest first."""
        ...

    def file(self, message: FetchedMessage, folder: str) -> None:
        """Move the message to `folder` ("Processed", "Exceptions/consent_missing"),
        creating the folder if absent. Idempotent; raises MailboxError on failure."""
        ...

    def close(self) -> None: ...


@runtime_checkable
class FilesMany(Protocol):
    """A backend that files several messages into one folder at once (IMAP: one UID MOVE
    instead of a round trip or two per message)."""

    def file_many(self, messages: Sequence[FetchedMessage], folder: str) -> None:
        """As `file` for each of `messages`; raises MailboxError on failure."""
        ...


@runtime_checkable
class WaitsForMail(Protocol):
    """A backend that can wait for new mail (IMAP IDLE) instead of being polled."""

    def wait_for_mail(self, timeout: float) -> bool:
        """True when the server signalled new mail within `timeout` seconds."""
        ...


Key = TypeVar("Key")


def size_batches(sized: Sequence[tuple[Key, int]], *, max_items: int,
                 max_bytes: int) -> Iterator[list[Key]]:
    """Keys in order, in batches of at most `max_items` and (unless one message is larger)
    `max_bytes`: few round trips on a backlog, bounded memory per fetch."""
    batch: list[Key] = []
    total = 0
    for key, size in sized:
        if batch and (len(batch) >= max_items or total + size > max_bytes):
            yield batch
            batch, total = [], 0
        batch.append(key)
        total += size
    if batch:
        yield batch
