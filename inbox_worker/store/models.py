"""Tables of the store. Statuses are enums; JSON columns hold contract-shaped data."""

from __future__ import annotations

import datetime as dt
from enum import StrEnum
from typing import Any, ClassVar

from sqlalchemy import (
    JSON,
    BigInteger,
    ForeignKey,
    Index,
    LargeBinary,
    String,
    Text,
    UniqueConstraint,
    text,
)
from sqlalchemy import Enum as SAEnum
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

from routing.casework import CaseStatus

__all__ = ["CaseStatus"]  # re-exported: the store keeps the domain's case status


class Base(DeclarativeBase):
    type_annotation_map: ClassVar[dict[Any, Any]] = {dict[str, Any]: JSON, list[Any]: JSON}


class MessageState(StrEnum):
    """Where one received message is in the flow."""

    RECEIVED = "received"  # original stored, not yet decided
    DECIDED = "decided"  # case/exception written; waiting to be filed on the server
    FILED = "filed"  # moved to its folder on the server: done


class ExceptionStatus(StrEnum):
    OPEN = "open"
    RESOLVED = "resolved"
    DISMISSED = "dismissed"


class OutboxStatus(StrEnum):
    PENDING = "pending"
    SENT = "sent"
    FAILED = "failed"  # gave up after max attempts; shown by `frontdoor health`


def _enum(cls: type[StrEnum]) -> SAEnum:
    return SAEnum(cls, native_enum=False, length=32, values_callable=lambda e: [m.value for m in e])


class Message(Base):
    """One message as received from one mailbox; the original is kept by hash."""

    __tablename__ = "messages"
    __table_args__ = (
        UniqueConstraint("mailbox", "uidvalidity", "server_id", name="uq_message_server"),
        UniqueConstraint("mailbox", "content_hash", name="uq_message_content"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    mailbox: Mapped[str] = mapped_column(String(64))
    uidvalidity: Mapped[int] = mapped_column(BigInteger, default=0)  # IMAP: up to 2**32-1
    server_id: Mapped[str] = mapped_column(String(255))
    content_hash: Mapped[str] = mapped_column(String(64), index=True)
    size: Mapped[int]
    header_message_id: Mapped[str] = mapped_column(Text, default="")  # made safe, <= 998
    received_at: Mapped[dt.datetime]
    state: Mapped[MessageState] = mapped_column(_enum(MessageState), index=True)
    outcome: Mapped[str | None] = mapped_column(String(16), default=None)
    file_to: Mapped[str | None] = mapped_column(String(255), default=None)
    attempts: Mapped[int] = mapped_column(default=0)
    last_error: Mapped[str | None] = mapped_column(Text, default=None)
    reference: Mapped[str | None] = mapped_column(String(32), unique=True, default=None)
    # Whom an acknowledgement went to (routing.recipient) and what became of it: an
    # `AnswerStatus` value, or a `routing.recipient.NoAnswer` code. The answer budget
    # counts the queued ones per address.
    answer_to: Mapped[str | None] = mapped_column(Text, index=True, default=None)
    answer: Mapped[str | None] = mapped_column(String(32), default=None)
    # The queue item this message answers (a reply to its acknowledgement bringing what was
    # missing): shown beside the item's original, and read with it when decided again.
    replies_to: Mapped[str | None] = mapped_column(String(32), index=True, default=None)


class AnswerStatus(StrEnum):
    """What became of the answer to one message (beside `routing.recipient.NoAnswer`)."""

    QUEUED = "queued"  # an acknowledgement is in the outbox
    OVER_BUDGET = "over_budget"  # the address had its automatic messages for the day
    IGNORED = "ignored"  # automatic mail (routing.automatic): never answered


class Original(Base):
    """Original bytes, stored once per content hash."""

    __tablename__ = "originals"

    content_hash: Mapped[str] = mapped_column(String(64), primary_key=True)
    data: Mapped[bytes] = mapped_column(LargeBinary)


class Case(Base):
    __tablename__ = "cases"

    id: Mapped[int] = mapped_column(primary_key=True)
    reference: Mapped[str] = mapped_column(String(32), unique=True)
    message_id: Mapped[int] = mapped_column(ForeignKey("messages.id"))
    cluster: Mapped[str] = mapped_column(String(64), index=True)
    received_in: Mapped[str] = mapped_column(String(64))
    status: Mapped[CaseStatus] = mapped_column(_enum(CaseStatus))
    priority: Mapped[str] = mapped_column(String(16))
    flags: Mapped[list[Any]]
    form: Mapped[dict[str, Any]]
    form_fingerprint: Mapped[str] = mapped_column(String(64), index=True)
    lead_professional_email: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[dt.datetime]
    screened_at: Mapped[dt.datetime | None] = mapped_column(default=None)
    meeting_date: Mapped[dt.date | None] = mapped_column(default=None, index=True)
    decided_at: Mapped[dt.datetime | None] = mapped_column(default=None)
    outcome_sent_at: Mapped[dt.datetime | None] = mapped_column(default=None)
    # The pathway stage the case is at (routing.pathway); None: the first stage.
    stage: Mapped[str | None] = mapped_column(String(64), default=None)

    people: Mapped[list[Person]] = relationship(back_populates="case", cascade="all")


class Person(Base):
    """A household member named on a case's form."""

    __tablename__ = "people"

    id: Mapped[int] = mapped_column(primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("cases.id"), index=True)
    name: Mapped[str] = mapped_column(Text)  # free text from the form: never a VARCHAR
    date_of_birth: Mapped[dt.date | None]
    role: Mapped[str] = mapped_column(String(16))
    relationship_to_child: Mapped[str] = mapped_column(Text, default="")
    consent_signed: Mapped[bool]
    consent_date: Mapped[dt.date | None]

    case: Mapped[Case] = relationship(back_populates="people")


class ExceptionItem(Base):
    """An item the worker could not decide, for an admin to resolve or dismiss."""

    __tablename__ = "exceptions"
    __table_args__ = (
        # The queue's counts by area and reason, from the index alone (not 10,000 rows, each
        # with its form); its prefix serves every look-up by status and cluster.
        Index("ix_exceptions_open_counts", "status", "cluster", "received_in",
              text("CAST(reason_codes AS VARCHAR)")),
        # The queue's pages oldest first, filtered by priority, area and (part of) the
        # reference within the index: only the page's rows are read.
        Index("ix_exceptions_open_order", "status", "created_at", "id", "priority", "cluster",
              "received_in", "reference"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    reference: Mapped[str] = mapped_column(String(32), unique=True)
    message_id: Mapped[int] = mapped_column(ForeignKey("messages.id"))
    cluster: Mapped[str | None] = mapped_column(String(64), default=None)
    received_in: Mapped[str] = mapped_column(String(64))
    reason_codes: Mapped[list[Any]]  # stable codes, for filtering and figures
    reasons: Mapped[list[Any]]  # "code:detail" strings, shown to the admin
    flags: Mapped[list[Any]]
    priority: Mapped[str] = mapped_column(String(16))
    form: Mapped[dict[str, Any] | None] = mapped_column(default=None)
    status: Mapped[ExceptionStatus] = mapped_column(_enum(ExceptionStatus))
    created_at: Mapped[dt.datetime]
    closed_at: Mapped[dt.datetime | None] = mapped_column(default=None)
    closed_by: Mapped[str | None] = mapped_column(String(128), default=None)
    resolution: Mapped[str | None] = mapped_column(Text, default=None)


class OutboxMessage(Base):
    """An email to send; its Message-ID is fixed when queued, so a resend is identical."""

    __tablename__ = "outbox"

    id: Mapped[int] = mapped_column(primary_key=True)
    kind: Mapped[str] = mapped_column(String(32))
    reference: Mapped[str | None] = mapped_column(String(32), index=True, default=None)
    header_message_id: Mapped[str] = mapped_column(String(255), unique=True)
    recipient: Mapped[str] = mapped_column(String(320))
    raw: Mapped[bytes] = mapped_column(LargeBinary)
    status: Mapped[OutboxStatus] = mapped_column(_enum(OutboxStatus), index=True)
    attempts: Mapped[int] = mapped_column(default=0)
    next_attempt_at: Mapped[dt.datetime]
    last_error: Mapped[str | None] = mapped_column(Text, default=None)
    created_at: Mapped[dt.datetime]
    sent_at: Mapped[dt.datetime | None] = mapped_column(default=None)


class FieldCorrection(Base):
    """An admin's correction of one field of a queue item's form as read; applied again
    each time the item is decided again (`routing.corrections`)."""

    __tablename__ = "corrections"

    id: Mapped[int] = mapped_column(primary_key=True)
    reference: Mapped[str] = mapped_column(String(32), index=True)
    field: Mapped[str] = mapped_column(String(64))  # "people.0.date_of_birth", as sources
    before: Mapped[str] = mapped_column(Text)  # the value as read ("" when none)
    after: Mapped[str] = mapped_column(Text)
    read_from: Mapped[str] = mapped_column(Text, default="")  # where the reader read it
    actor: Mapped[str] = mapped_column(String(128))
    at: Mapped[dt.datetime]


class LearnedRule(Base):
    """What admins' corrections taught: on forms with this fingerprint (their layout as
    read), the value read for `field` at `read_from` was corrected `corrections` times.
    Active until removed; while active, a form so read is read by it, or not routed
    (`routing.learned`)."""

    __tablename__ = "learned_rules"
    __table_args__ = (UniqueConstraint("fingerprint", "field", "read_from",
                                       name="uq_learned_rule"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    fingerprint: Mapped[str] = mapped_column(String(64), index=True)
    field: Mapped[str] = mapped_column(String(64))
    read_from: Mapped[str] = mapped_column(Text)
    corrections: Mapped[int] = mapped_column(default=0)
    # How its corrections changed the value (`routing.learned.Reading`), which reads the
    # next such form; "mixed" or None (learned before readings were kept): it holds them.
    reading: Mapped[str | None] = mapped_column(String(32), default=None)
    # "read_elsewhere": where every correction's value was written on the form, one a line
    places: Mapped[str | None] = mapped_column(Text, default=None)
    first_at: Mapped[dt.datetime]
    last_at: Mapped[dt.datetime]
    removed_at: Mapped[dt.datetime | None] = mapped_column(default=None)
    removed_by: Mapped[str | None] = mapped_column(String(128), default=None)


class AuditEntry(Base):
    """Who did what, when, to which reference, with before and after."""

    __tablename__ = "audit_log"

    id: Mapped[int] = mapped_column(primary_key=True)
    at: Mapped[dt.datetime] = mapped_column(index=True)
    actor: Mapped[str] = mapped_column(String(128))
    action: Mapped[str] = mapped_column(String(64))
    reference: Mapped[str | None] = mapped_column(String(32), index=True, default=None)
    before: Mapped[dict[str, Any] | None] = mapped_column(default=None)
    after: Mapped[dict[str, Any] | None] = mapped_column(default=None)


class PostcodeEntry(Base):
    """One row of the imported full-postcode table (ONS Postcode Directory columns)."""

    __tablename__ = "postcodes"

    postcode: Mapped[str] = mapped_column(String(8), primary_key=True)
    local_authority: Mapped[str] = mapped_column(String(9))
    ward: Mapped[str] = mapped_column(String(9))


class MailboxStatus(Base):
    """Each mailbox's last contact, for `frontdoor health` and the engineer on call."""

    __tablename__ = "mailbox_status"

    mailbox: Mapped[str] = mapped_column(String(64), primary_key=True)
    last_success_at: Mapped[dt.datetime | None] = mapped_column(default=None)
    last_error_at: Mapped[dt.datetime | None] = mapped_column(default=None)
    last_error: Mapped[str | None] = mapped_column(Text, default=None)
    backlog: Mapped[int] = mapped_column(default=0)  # messages left in the inbox after a pass


class Screening(Base):
    """A decision at a stage not held at a meeting: screening (Dudley), triage (Doncaster)."""

    __tablename__ = "screenings"

    id: Mapped[int] = mapped_column(primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("cases.id"), index=True)
    resource_needed: Mapped[bool]
    close_reason: Mapped[str | None] = mapped_column(Text, default=None)
    screened_by: Mapped[str] = mapped_column(String(128))
    screened_at: Mapped[dt.datetime]
    stage: Mapped[str | None] = mapped_column(String(64), default=None)  # pathway stage
    outcome: Mapped[str | None] = mapped_column(String(64), default=None)  # outcome id


class AllocationDecision(Base):
    """What a meeting (or the step-down fast track) decided for one case."""

    __tablename__ = "allocation_decisions"

    id: Mapped[int] = mapped_column(primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("cases.id"), index=True)
    meeting_date: Mapped[dt.date | None] = mapped_column(default=None)  # None: fast track
    allocated: Mapped[bool]
    resource: Mapped[str] = mapped_column(Text, default="")
    agency: Mapped[str] = mapped_column(String(255), default="")
    worker: Mapped[str] = mapped_column(String(255), default="")
    multi_agency: Mapped[bool] = mapped_column(default=False)
    notes: Mapped[str] = mapped_column(Text, default="")
    recorded_by: Mapped[str] = mapped_column(String(128))
    recorded_at: Mapped[dt.datetime]
    stage: Mapped[str | None] = mapped_column(String(64), default=None)  # pathway stage
    outcome: Mapped[str | None] = mapped_column(String(64), default=None)  # outcome id
    allocation_type: Mapped[str | None] = mapped_column(String(64), default=None)
    contact: Mapped[str] = mapped_column(Text, default="", server_default="")  # who delivers


class Review(Base):
    """A lead professional's request for review of an outcome, and each stage's result."""

    __tablename__ = "reviews"

    id: Mapped[int] = mapped_column(primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("cases.id"), index=True)
    stage: Mapped[str] = mapped_column(String(32))  # family_centre_manager | service_manager
    requested_at: Mapped[dt.datetime]
    requested_via: Mapped[str] = mapped_column(String(32))  # email_reply | admin
    grounds: Mapped[str] = mapped_column(Text, default="")
    result: Mapped[str | None] = mapped_column(String(32), default=None)  # upheld | changed
    result_notes: Mapped[str] = mapped_column(Text, default="")
    decided_by: Mapped[str | None] = mapped_column(String(128), default=None)
    decided_at: Mapped[dt.datetime | None] = mapped_column(default=None)


class AgendaSent(Base):
    """One row per area and meeting once its agenda has been queued (sent once only)."""

    __tablename__ = "agendas_sent"
    __table_args__ = (UniqueConstraint("area", "meeting_date", name="uq_agenda_area_meeting"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    area: Mapped[str] = mapped_column(String(64))
    meeting_date: Mapped[dt.date]
    queued_at: Mapped[dt.datetime]
    case_count: Mapped[int]


class MailboxLease(Base):
    """Which worker polls a mailbox: one at a time, for `ttl` after each renewal."""

    __tablename__ = "mailbox_leases"

    mailbox: Mapped[str] = mapped_column(String(64), primary_key=True)
    holder: Mapped[str] = mapped_column(String(128))
    expires_at: Mapped[dt.datetime]


class WebAccount(Base):
    """A person who signs in to the admin pages (`frontdoor users`), by role and areas."""

    __tablename__ = "web_accounts"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(128), unique=True)
    role: Mapped[str] = mapped_column(String(32))  # admin | manager | service_manager | auditor
    areas: Mapped[list[Any]]  # area ids (admin, manager); all-area roles keep []
    password_hash: Mapped[str] = mapped_column(Text)  # argon2id, PHC string
    active: Mapped[bool] = mapped_column(default=True)
    created_at: Mapped[dt.datetime]
    disabled_at: Mapped[dt.datetime | None] = mapped_column(default=None)
