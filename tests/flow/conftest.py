"""A worker on the embedded default (SQLite, Maildir, folder outbound) in a temp folder."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from email import message_from_bytes
from email import policy as email_policy
from email.message import EmailMessage
from pathlib import Path

import pytest
from sqlalchemy import select

from frontdoor_demo.demo import write_local_config
from inbox_worker.clock import FixedClock
from inbox_worker.mailboxes.maildir import MaildirMailbox
from inbox_worker.settings import load_settings
from inbox_worker.store.models import OutboxMessage
from inbox_worker.worker.app import App, build_app
from inbox_worker.worker.runner import Runner

CONFIG_DIR = Path(__file__).resolve().parents[2] / "config"


@dataclass
class World:
    root: Path
    config: Path
    clock: FixedClock

    def app(self) -> App:
        """A fresh app on the same store and mailboxes: what a restart builds."""
        return build_app(load_settings(self.config), self.clock)

    def runner(self) -> Runner:
        return Runner(self.app())

    def mailbox(self, mailbox_id: str) -> MaildirMailbox:
        return MaildirMailbox(mailbox_id, self.root / "mail" / mailbox_id)

    def deliver(self, mailbox_id: str, raw: bytes, key: str) -> None:
        self.mailbox(mailbox_id).deliver(raw, key)

    def outbound(self) -> list[Path]:
        folder = self.root / "outbound"
        return sorted(folder.glob("*.eml")) if folder.exists() else []

    def filed(self, mailbox_id: str, folder: str) -> list[str]:
        cur = self.mailbox(mailbox_id).folder_path(folder) / "cur"
        return sorted(p.name.split(":2,")[0] for p in cur.iterdir()) if cur.exists() else []


@pytest.fixture
def world(tmp_path: Path) -> World:
    config = write_local_config(tmp_path)
    return World(tmp_path, config, FixedClock(dt.datetime(2026, 11, 23, 10, 0)))


def queued(app: App, kind: str) -> list[EmailMessage]:
    """The outbox's messages of one kind, oldest first, parsed."""
    with app.sessions() as session:
        raws = list(session.scalars(select(OutboxMessage.raw).where(OutboxMessage.kind == kind)
                                    .order_by(OutboxMessage.id)))
    return [message_from_bytes(r, policy=email_policy.default) for r in raws]  # type: ignore[misc]


def body(message: EmailMessage) -> str:
    return message.get_body(("plain",)).get_content()  # type: ignore[union-attr]
