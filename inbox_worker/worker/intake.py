"""Intake: the bytes and the server's ids of a batch of fetched messages, stored in the
caller's transaction before anything else happens to them.

A batch is stored with a few statements whatever its size (one query for the messages
seen before, one for the originals already kept, one insert of each kind), not an ORM
object and a flush a message: the drain takes in every message it fetches, so this is
on its path for each one.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import insert, or_, select, update
from sqlalchemy.orm import Session

from inbox_worker.mailboxes.base import FetchedMessage
from inbox_worker.store.models import Message, MessageState, Original


@dataclass(frozen=True)
class Taken:
    """A fetched message after intake: its row, and whether it is still to be decided."""

    fetched: FetchedMessage
    mailbox: str
    message_id: int
    undecided: bool = False


@dataclass(frozen=True)
class _Row:
    id: int
    state: MessageState


class _Known:
    """The batch's messages already stored, found as `Pipeline` always found them: by
    server id (the same UIDVALIDITY), or by content (a re-read after a UIDVALIDITY change,
    or an identical re-delivery)."""

    def __init__(self) -> None:
        self.by_server: dict[tuple[int, str], _Row] = {}
        self.by_hash: dict[str, _Row] = {}

    def add(self, row: _Row, uidvalidity: int, server_id: str, digest: str) -> None:
        self.by_server.setdefault((uidvalidity, server_id), row)
        self.by_hash.setdefault(digest, row)

    def find(self, fetched: FetchedMessage, digest: str) -> _Row | None:
        return self.by_server.get((fetched.uidvalidity, fetched.server_id),
                                  self.by_hash.get(digest))


def take_in(session: Session, mailbox: str, batch: Sequence[FetchedMessage],
            now: dt.datetime, reference_prefix: str) -> list[Taken]:
    """Stores each new message of the batch (state RECEIVED, with its reference); a
    message stored before, or seen twice in the batch, is to be decided at most once."""
    digests = [hashlib.sha256(f.raw).hexdigest() for f in batch]
    known = _stored(session, mailbox, batch, digests)
    new = [(f, d) for f, d in zip(batch, digests, strict=True) if known.find(f, d) is None]
    _store_new(session, mailbox, _first_of_each(new), now, reference_prefix, known)
    taken: list[Taken] = []
    for fetched, digest in zip(batch, digests, strict=True):
        row = known.find(fetched, digest)
        assert row is not None  # stored before, or just now
        first = all(t.message_id != row.id for t in taken)
        taken.append(Taken(fetched, mailbox, row.id,
                           undecided=first and row.state is MessageState.RECEIVED))
    return taken


def _stored(session: Session, mailbox: str, batch: Sequence[FetchedMessage],
            digests: list[str]) -> _Known:
    known = _Known()
    if not batch:
        return known
    rows = session.execute(select(
        Message.id, Message.state, Message.uidvalidity, Message.server_id,
        Message.content_hash).where(
        Message.mailbox == mailbox,
        or_(Message.server_id.in_({f.server_id for f in batch}),
            Message.content_hash.in_(set(digests)))).order_by(Message.id))
    for row in rows:
        known.add(_Row(row.id, row.state), row.uidvalidity, row.server_id, row.content_hash)
    return known


def _first_of_each(new: list[tuple[FetchedMessage, str]]) -> list[tuple[FetchedMessage, str]]:
    """One of each message: the same server id or the same content is one message."""
    seen = _Known()
    first: list[tuple[FetchedMessage, str]] = []
    for fetched, digest in new:
        if seen.find(fetched, digest) is None:
            seen.add(_Row(0, MessageState.RECEIVED), fetched.uidvalidity, fetched.server_id,
                     digest)
            first.append((fetched, digest))
    return first


def _store_new(session: Session, mailbox: str, new: list[tuple[FetchedMessage, str]],
               now: dt.datetime, reference_prefix: str, known: _Known) -> None:
    """The originals not yet kept, then the messages with their references."""
    if not new:
        return
    _keep_originals(session, {d: f.raw for f, d in new})
    ids = session.scalars(insert(Message).returning(Message.id, sort_by_parameter_order=True),
                          [{"mailbox": mailbox, "uidvalidity": f.uidvalidity,
                            "server_id": f.server_id, "content_hash": d, "size": len(f.raw),
                            "received_at": now, "state": MessageState.RECEIVED}
                           for f, d in new]).all()
    session.execute(update(Message), [  # by primary key: one executemany
        {"id": i, "reference": f"{reference_prefix}-{now.year}-{i:06d}"} for i in ids])
    for (fetched, digest), message_id in zip(new, ids, strict=True):
        known.add(_Row(message_id, MessageState.RECEIVED), fetched.uidvalidity,
                  fetched.server_id, digest)


def _keep_originals(session: Session, originals: dict[str, bytes]) -> None:
    kept = set(session.scalars(select(Original.content_hash).where(
        Original.content_hash.in_(originals))))
    missing = [{"content_hash": d, "data": raw} for d, raw in originals.items() if d not in kept]
    if missing:
        session.execute(insert(Original), missing)
