"""The Maildir backend: fetch what is in the inbox, file idempotently."""

from __future__ import annotations

from pathlib import Path

import pytest

from inbox_worker.mailboxes.base import MailboxError
from inbox_worker.mailboxes.maildir import MaildirMailbox


def test_fetch_then_file_moves_the_message(tmp_path: Path) -> None:
    box = MaildirMailbox("north", tmp_path / "north")
    box.deliver(b"Subject: one\n\nbody", "1700000000.a.host")
    box.deliver(b"Subject: two\n\nbody", "1700000001.b.host")
    fetched = list(box.fetch_new())
    assert [f.raw[:12] for f in fetched] == [b"Subject: one", b"Subject: two"]
    box.file(fetched[0], "Exceptions/consent_missing")
    assert [f.server_id for f in box.fetch_new()] == ["1700000001.b.host"]
    filed = list((tmp_path / "north" / ".Exceptions.consent_missing" / "cur").iterdir())
    assert [p.name for p in filed] == ["1700000000.a.host:2,S"]


def test_filing_twice_is_harmless(tmp_path: Path) -> None:
    box = MaildirMailbox("north", tmp_path / "north")
    box.deliver(b"Subject: one\n\nbody", "k1")
    (message,) = box.fetch_new()
    box.file(message, "Processed")
    box.file(message, "Processed")
    assert list(box.fetch_new()) == []


def test_filing_a_vanished_message_is_an_error(tmp_path: Path) -> None:
    box = MaildirMailbox("north", tmp_path / "north")
    box.deliver(b"Subject: one\n\nbody", "k1")
    (message,) = box.fetch_new()
    (tmp_path / "north" / "new" / "k1").unlink()
    with pytest.raises(MailboxError, match="no longer in north"):
        box.file(message, "Processed")
