"""Builds the worker's parts from validated settings: the one place that wires I/O.

A command imports only what it uses: each mail backend (exchangelib, MSAL, IMAPClient),
Graph sendMail and the reader pool (every form reader's library) are imported when they
are opened, never at the top, so `frontdoor queue list` never loads exchangelib, and
Maildir mailboxes never load any of them.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from typing import TYPE_CHECKING

from inbox_worker.casework.pathway import check_pathway, pathway_of
from inbox_worker.clock import Clock, SystemClock
from inbox_worker.mailboxes.base import MailboxBackend, MailboxError
from inbox_worker.notify.compose import Sender
from inbox_worker.notify.transports import Transport, make_transport
from inbox_worker.settings import Settings, SettingsError
from inbox_worker.settings.mailboxes import (
    EwsMailboxSettings,
    GraphMailboxSettings,
    ImapMailboxSettings,
    MailboxSettings,
)
from inbox_worker.settings.outbound import GraphTransport
from routing.policy import Area, PostcodeDirectory, PostcodeRule, RoutingPolicy

if TYPE_CHECKING:  # the store, the pipeline and casework: imported by build_app
    from sqlalchemy.orm import Session, sessionmaker

    from inbox_worker.notify.outbox import RetryPolicy
    from inbox_worker.worker.pipeline import Pipeline

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class App:
    settings: Settings
    sessions: sessionmaker[Session]
    policy: RoutingPolicy
    pipeline: Pipeline
    clock: Clock
    retry: RetryPolicy


def open_store(settings: Settings) -> sessionmaker[Session]:
    """Connects to the store and brings its schema up to date."""
    from inbox_worker.store.database import open_store as open_url

    return open_url(settings.store_url)


def build_app(settings: Settings, clock: Clock | None = None) -> App:
    """The worker's parts, imported here (`route` and `check-config` need none of them)."""
    from inbox_worker.casework.actions import CaseworkContext
    from inbox_worker.notify.outbox import RetryPolicy
    from inbox_worker.notify.templates import load_templates
    from inbox_worker.reading.pool import reader_pool
    from inbox_worker.worker.pipeline import Pipeline
    from inbox_worker.worker.postcodes import StorePostcodeDirectory
    from inbox_worker.worker.recording import RecordingContext

    clock = clock or SystemClock()
    check_pathway(settings)  # at start: a pathway that cannot be completed never runs
    sessions = open_store(settings)
    _load_postcode_table(settings, sessions)
    policy = build_policy(settings, StorePostcodeDirectory(sessions))
    context = RecordingContext(policy=policy, templates=load_templates(settings.templates_dir),
                               sender=build_sender(settings),
                               area_admins={a.id: a.admin_contacts for a in settings.areas})
    casework = CaseworkContext(settings, context.templates, context.sender)
    pipeline = Pipeline(sessions, context, clock, reader_pool(settings.parsing),
                        reference_prefix=settings.reference_prefix,
                        max_message_bytes=settings.max_message_bytes, casework=casework)
    retry = RetryPolicy(settings.outbound.max_attempts, settings.outbound.retry_base_seconds,
                        settings.outbound.claim_seconds)
    return App(settings, sessions, policy, pipeline, clock, retry)


def send_promptly(app: App, *, wait: bool) -> App:
    """The app, its emails sent by this process once their transaction commits
    (`notify.prompt`): for the web pages (`wait=False`: a thread sends) and the command
    line's casework (`wait=True`: sent before the command returns). The worker sends its
    own from its outbox thread."""
    from inbox_worker.notify.prompt import PromptSender

    PromptSender(app.sessions, lambda: build_transport(app.settings), app.clock, app.retry,
                 wait=wait).watch()
    return app


def build_policy(settings: Settings, directory: PostcodeDirectory) -> RoutingPolicy:
    return RoutingPolicy(
        authority=settings.authority,
        areas=tuple(Area(a.id, a.name, a.mailbox) for a in settings.areas),
        secure_mailbox=settings.secure_mailbox,
        secure_domains=settings.secure_domains,
        local_authority_codes=settings.local_authority_codes,
        ward_areas=dict(settings.postcodes.wards),
        postcode_rules=tuple(PostcodeRule(r.prefix, r.area, r.certain)
                             for r in settings.postcodes.rules),
        postcode_directory=directory,
        consent_age=settings.consent_age,
        cluster_levels=settings.cluster_levels,
        safeguarding_level=settings.safeguarding_level,
        safeguarding_phrases=settings.safeguarding_phrases,
        own_addresses=(settings.outbound.from_address.lower(),),
        mailbox_addresses=tuple(m.address.lower() for m in settings.mailboxes),
        own_message_id_domain=settings.outbound.own_message_id_domain,
    )


def build_sender(settings: Settings) -> Sender:
    secure = settings.mailbox(settings.secure_mailbox)
    mailboxes = {m.id: m.address for m in settings.mailboxes}
    return Sender(address=settings.outbound.from_address, name=settings.outbound.from_name,
                  authority=settings.authority, secure_address=secure.address,
                  message_id_domain=settings.outbound.own_message_id_domain,
                  mash_contact=settings.mash_contact,
                  redirect_all_to=settings.outbound.redirect_all_to,
                  area_addresses={a.id: mailboxes[a.mailbox] for a in settings.areas},
                  mailbox_addresses=mailboxes, secure_domains=settings.secure_domains,
                  first_step=first_step(settings))


def first_step(settings: Settings) -> str:
    """What the acknowledgement says happens next: the pathway's first stage, who acts."""
    first = pathway_of(settings).first
    return (f"The {first.actor} will look at it next ({first.name}) and tell you the "
            "outcome by email.")


def build_transport(settings: Settings) -> Transport:
    delivery = settings.outbound.delivery
    if isinstance(delivery, GraphTransport):
        from inbox_worker.microsoft.sendmail import graph_transport

        return graph_transport(delivery)
    return make_transport(delivery)


def open_mailbox(mailbox: MailboxSettings) -> MailboxBackend:
    """Connects to the mailbox; a missing secret is a MailboxError that names it (the
    worker records it for `frontdoor health` and retries, so a fixed secret is picked up)."""
    try:
        return _open_mailbox(mailbox)
    except SettingsError as err:
        raise MailboxError(f"mailbox {mailbox.id}: {err}") from err


def _open_mailbox(mailbox: MailboxSettings) -> MailboxBackend:
    """Each backend's module (and its library) is imported when a mailbox of it opens."""
    if isinstance(mailbox, ImapMailboxSettings):
        from inbox_worker.mailboxes.imap import ImapMailbox, login_secret

        return ImapMailbox(mailbox, login_secret(mailbox))
    if isinstance(mailbox, GraphMailboxSettings):
        from inbox_worker.mailboxes.graph import open_graph_mailbox

        return open_graph_mailbox(mailbox)
    if isinstance(mailbox, EwsMailboxSettings):
        from inbox_worker.mailboxes.ews import EwsMailbox

        return EwsMailbox(mailbox, mailbox.password.read())
    from inbox_worker.mailboxes.maildir import MaildirMailbox

    return MaildirMailbox(mailbox.id, mailbox.path)


def _load_postcode_table(settings: Settings, sessions: sessionmaker[Session]) -> None:
    """Imports the configured table into an empty store (re-import: `frontdoor postcodes`)."""
    from inbox_worker.worker.postcodes import check_table, import_postcodes, table_size

    check_table(settings)  # at start-up, not at the first referral
    table = settings.postcodes.table
    if table is not None and table_size(sessions) == 0:
        kept = import_postcodes(sessions, table, settings.local_authority_codes)
        log.info("imported %d postcodes from %s", kept, table)
