"""The worker's Prometheus metrics, scraped over HTTP on loopback after a pass: each
mailbox's contact and backlog, the queue by reason, the outbox, the readers' counts."""

from __future__ import annotations

import datetime as dt
import socket
import urllib.request

import pytest
from prometheus_client.parser import text_string_to_metric_families
from pydantic import ValidationError

from frontdoor_demo.samples.scenarios import scenarios
from inbox_worker.metrics.exporter import StoreCollector, serve_metrics
from inbox_worker.settings.parsing import MetricsSettings

from .conftest import World

ROUTED = next(s for s in scenarios() if s.name == "PDF form to the right cluster")
OUT_OF_AREA = next(s for s in scenarios() if s.reason == "postcode_out_of_area")


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


Samples = dict[tuple[str, tuple[tuple[str, str], ...]], float]  # (name, labels): value


@pytest.fixture
def scraped(world: World) -> Samples:
    world.deliver(ROUTED.mailbox, ROUTED.raw, "routed")
    world.deliver(OUT_OF_AREA.mailbox, OUT_OF_AREA.raw, "out-of-area")
    runner = world.runner()
    runner.run_once()
    app = runner.app
    settings = MetricsSettings(port=_free_port())
    server = serve_metrics(settings, StoreCollector(
        app.sessions, tuple(m.id for m in app.settings.mailboxes), world.clock))
    try:
        with urllib.request.urlopen(f"http://127.0.0.1:{settings.port}/metrics", timeout=30) as r:
            text = r.read().decode()
    finally:
        server.stop()
    return {(s.name, tuple(sorted(s.labels.items()))): s.value
           for family in text_string_to_metric_families(text) for s in family.samples}


def test_each_mailbox_its_last_contact_and_backlog(
        scraped: Samples, world: World) -> None:
    for mailbox in ("halesowen", "secure"):
        label = (("mailbox", mailbox),)
        assert scraped[("frontdoor_mailbox_last_contact_timestamp_seconds", label)] == (
            world.clock.now().replace(tzinfo=dt.UTC).timestamp())
        assert scraped[("frontdoor_mailbox_backlog", label)] == 0
        assert scraped[("frontdoor_mailbox_failing", label)] == 0


def test_the_queue_by_reason_and_the_outbox(scraped: Samples) -> None:
    assert scraped[("frontdoor_queue_open_items", (("reason", "postcode_out_of_area"),))] == 1
    assert scraped[("frontdoor_outbox_pending", ())] == 0  # both acknowledgements sent
    assert scraped[("frontdoor_outbox_failed", ())] == 0
    assert scraped[("frontdoor_outbox_oldest_pending_age_seconds", ())] == 0
    assert scraped[("frontdoor_messages_undecided", ())] == 0
    assert ("frontdoor_unreadable_files_total", ()) in scraped


def test_metrics_are_served_on_loopback_only() -> None:
    with pytest.raises(ValidationError, match="loopback only"):
        MetricsSettings(port=9464, host="0.0.0.0")
