"""The worker's metrics on a loopback port (`metrics:` in the configuration): each
mailbox's last contact, backlog and errors; the open queue by reason; the outbox's pending,
retrying and failed emails and the oldest one's age; reader restarts and unreadable files.

Values are read from the store when scraped, so they are the same in every worker process
and after a restart; labels are mailbox ids and reason codes only.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass
from wsgiref.simple_server import WSGIServer

from prometheus_client import CollectorRegistry, Metric, start_http_server
from prometheus_client.core import GaugeMetricFamily
from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from inbox_worker.clock import Clock
from inbox_worker.reading.pool import READER_RESTARTS, UNREADABLE_FILES
from inbox_worker.settings.parsing import MetricsSettings
from inbox_worker.store.models import ExceptionItem, ExceptionStatus
from inbox_worker.worker.health import Health, read_health


@dataclass(frozen=True, eq=False)  # a registry keys collectors by identity
class StoreCollector:
    """A prometheus_client collector: the store's figures at each scrape."""

    sessions: sessionmaker[Session]
    mailbox_ids: tuple[str, ...]
    clock: Clock

    def collect(self) -> Iterator[Metric]:
        health = read_health(self.sessions, self.mailbox_ids, self.clock.now())
        yield from _mailboxes(health)
        yield from _outbox(health, _unix(self.clock.now()))
        yield _gauge("frontdoor_messages_undecided", "messages stored, not yet decided",
                     health.undecided_messages)
        yield _queue_by_reason(self.sessions)
        yield from READER_RESTARTS.collect()
        yield from UNREADABLE_FILES.collect()


@dataclass(frozen=True)
class MetricsServer:
    server: WSGIServer

    def stop(self) -> None:
        """Stops serving and closes the listening socket."""
        self.server.shutdown()
        self.server.server_close()


def serve_metrics(settings: MetricsSettings, collector: StoreCollector) -> MetricsServer:
    """Serves /metrics on the configured loopback address, in a thread of its own."""
    registry = CollectorRegistry(auto_describe=False)
    registry.register(collector)
    server, _thread = start_http_server(settings.port, addr=settings.host, registry=registry)
    return MetricsServer(server)


def _mailboxes(health: Health) -> Iterator[Metric]:
    last = _per_mailbox("frontdoor_mailbox_last_contact_timestamp_seconds",
                        "the mailbox's last successful contact (Unix time)")
    backlog = _per_mailbox("frontdoor_mailbox_backlog", "messages waiting in the inbox")
    failing = _per_mailbox("frontdoor_mailbox_failing", "1 when its latest contact failed")
    errors = _per_mailbox("frontdoor_mailbox_last_error_timestamp_seconds",
                          "the mailbox's latest failed contact (Unix time)")
    for box in health.mailboxes:
        if box.last_success_at is not None:
            last.add_metric([box.mailbox], _unix(box.last_success_at))
        if box.last_error_at is not None:
            errors.add_metric([box.mailbox], _unix(box.last_error_at))
        backlog.add_metric([box.mailbox], box.backlog)
        failing.add_metric([box.mailbox], int(box.failing))
    yield from (last, backlog, failing, errors)


def _outbox(health: Health, now: float) -> Iterator[Metric]:
    oldest = health.outbox.oldest_waiting_at
    yield _gauge("frontdoor_outbox_pending", "emails waiting to be sent", health.outbox_pending)
    yield _gauge("frontdoor_outbox_retrying", "waiting emails whose send has failed",
                 health.outbox.retrying)
    yield _gauge("frontdoor_outbox_failed", "emails that failed for good", health.outbox_failed)
    yield _gauge("frontdoor_outbox_oldest_pending_age_seconds",
                 "how long the oldest waiting email has waited (0: none waits)",
                 max(now - _unix(oldest), 0.0) if oldest is not None else 0.0)


def _queue_by_reason(sessions: sessionmaker[Session]) -> Metric:
    with sessions() as session:
        codes = session.scalars(select(ExceptionItem.reason_codes)
                                .where(ExceptionItem.status == ExceptionStatus.OPEN)).all()
    counts = Counter(str(code) for item in codes for code in item)
    family = GaugeMetricFamily("frontdoor_queue_open_items", "open queue items by reason code",
                               labels=["reason"])
    for reason, count in sorted(counts.items()):
        family.add_metric([reason], count)
    return family


def _per_mailbox(name: str, documentation: str) -> GaugeMetricFamily:
    return GaugeMetricFamily(name, documentation, labels=["mailbox"])


def _unix(moment: dt.datetime) -> float:
    """Unix time of the store's naive UTC (`Clock.now`)."""
    return moment.replace(tzinfo=dt.UTC).timestamp()


def _gauge(name: str, documentation: str, value: float) -> Metric:
    return GaugeMetricFamily(name, documentation, value=value)
