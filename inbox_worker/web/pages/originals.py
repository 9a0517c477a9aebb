"""The original email behind a queue item or a case, as received, and its attachments;
and the replies that answered its acknowledgement (`messages.replies_to`), shown with it."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from inbox_worker.store.models import Case, ExceptionItem, Message, Original
from inbox_worker.worker.boundary import made_safe
from parsers.mail.message import Attachment, ParsedMail
from parsers.mail.mime import parse_mail

TEXT_SHOWN = 20_000  # characters of the message text shown in the page; the rest by download


@dataclass(frozen=True)
class OriginalMail:
    raw: bytes
    mail: ParsedMail
    reference: str = ""  # the message's own reference (a reply has one of its own)
    received_at: dt.datetime | None = None

    @property
    def attachments(self) -> tuple[Attachment, ...]:
        return self.mail.all_attachments()

    @property
    def text(self) -> str:
        return self.mail.text_body[:TEXT_SHOWN]


def original_of(sessions: sessionmaker[Session], reference: str) -> OriginalMail | None:
    """The stored original of the queue item or case with this reference."""
    found = messages_of(sessions, reference)
    return found[0] if found else None


def messages_of(sessions: sessionmaker[Session], reference: str) -> list[OriginalMail]:
    """The original, then each reply to its acknowledgement, in the order received."""
    with sessions() as session:
        message_id = _message_id(session, reference)
        if message_id is None:
            return []
        replies = session.scalars(select(Message).where(Message.replies_to == reference)
                                  .order_by(Message.id))
        return [_mail(session, m) for m in (session.get_one(Message, message_id), *replies)]


def _mail(session: Session, message: Message) -> OriginalMail:
    raw = session.get_one(Original, message.content_hash).data
    return OriginalMail(raw, made_safe(parse_mail(raw)),  # shown to admins: the one boundary
                        message.reference or "", message.received_at)


def _message_id(session: Session, reference: str) -> int | None:
    found = session.scalars(select(ExceptionItem.message_id)
                            .where(ExceptionItem.reference == reference)).first()
    if found is None:
        found = session.scalars(select(Case.message_id)
                                .where(Case.reference == reference)).first()
    return found
