"""A local Maildir as a mailbox: the embedded default for the demo and tests.

Folders follow Maildir++: "Exceptions/consent_missing" is the sub-folder
".Exceptions.consent_missing" beside new/, cur/ and tmp/.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

from inbox_worker.mailboxes.base import FetchedMessage, MailboxError

_SUBDIRS = ("new", "cur", "tmp")


class MaildirMailbox:
    def __init__(self, mailbox_id: str, root: Path) -> None:
        self.mailbox_id = mailbox_id
        self.root = root
        _ensure_maildir(root)

    def fetch_new(self) -> Iterator[FetchedMessage]:
        for path in self._inbox_files():
            try:
                raw = path.read_bytes()
            except FileNotFoundError:
                continue  # filed by another pass meanwhile
            yield FetchedMessage(server_id=_key(path.name), uidvalidity=0, raw=raw)

    def file(self, message: FetchedMessage, folder: str) -> None:
        target_dir = self.folder_path(folder)
        _ensure_maildir(target_dir)
        target = target_dir / "cur" / f"{message.server_id}:2,S"
        source = self._find(message.server_id)
        if source is None:
            if target.exists():
                return  # already filed
            raise MailboxError(f"message {message.server_id} is no longer in {self.mailbox_id}")
        os.replace(source, target)
        _fsync_dir(target_dir / "cur")

    def close(self) -> None:
        """Nothing to release."""

    def folder_path(self, folder: str) -> Path:
        if not folder:
            return self.root
        return self.root / ("." + folder.replace("/", "."))

    def deliver(self, raw: bytes, key: str) -> None:
        """Put a message into the inbox as a delivery agent would (tmp/ then new/)."""
        tmp = self.root / "tmp" / key
        tmp.write_bytes(raw)
        os.replace(tmp, self.root / "new" / key)

    def _inbox_files(self) -> list[Path]:
        files = [
            entry
            for sub in ("new", "cur")
            for entry in (self.root / sub).iterdir()
            if entry.is_file() and not entry.name.startswith(".")
        ]
        return sorted(files, key=lambda p: (p.stat().st_mtime, p.name))

    def _find(self, key: str) -> Path | None:
        for sub in ("new", "cur"):
            for entry in (self.root / sub).iterdir():
                if _key(entry.name) == key:
                    return entry
        return None


def _key(filename: str) -> str:
    return filename.split(":2,", 1)[0]


def _ensure_maildir(root: Path) -> None:
    try:
        for sub in _SUBDIRS:
            (root / sub).mkdir(parents=True, exist_ok=True)
    except OSError as err:
        raise MailboxError(f"cannot create Maildir {root}: {err}") from err


def _fsync_dir(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)
