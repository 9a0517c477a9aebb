"""`frontdoor check-config`, `run`, `postcodes import`, `health`: the worker itself."""

from __future__ import annotations

import argparse
import datetime as dt
from typing import TYPE_CHECKING

from inbox_worker.casework.pathway import check_pathway, pathway_of
from inbox_worker.casework.schedule import area_cadence
from inbox_worker.cli.main import CommandError
from inbox_worker.clock import SystemClock
from inbox_worker.notify.templates import load_templates
from inbox_worker.settings import Settings, load_settings
from inbox_worker.worker.app import App, build_app, open_store
from inbox_worker.worker.daemon import Daemon
from inbox_worker.worker.health import read_health
from inbox_worker.worker.postcodes import PostcodeImportError, check_table, import_postcodes
from inbox_worker.worker.recording import ANSWER_BUDGET
from inbox_worker.worker.runner import Runner
from routing.pathway.check import describe

if TYPE_CHECKING:
    from inbox_worker.metrics.exporter import MetricsServer


def check_config(args: argparse.Namespace) -> int:
    settings = load_settings(args.config)
    load_templates(settings.templates_dir)
    check_table(settings)
    pathway = check_pathway(settings)
    unread = settings.unread_from_address()
    if unread:
        raise CommandError(unread)
    print(_describe(settings))
    print("\n".join(describe(pathway)))
    return 0


def _describe(settings: Settings) -> str:
    lines = [f"authority: {settings.authority} ({', '.join(settings.local_authority_codes)})",
             f"store: {settings.store_url}", "areas:"]
    lines += [f"  {a.id}: {a.name}, mailbox {a.mailbox}{_meets(settings, a.id)}"
              for a in settings.areas]
    lines.append("mailboxes:")
    lines += [f"  {m.id}: {m.address} ({m.backend})"
              + (" [secure]" if m.id == settings.secure_mailbox else "")
              for m in settings.mailboxes]
    lines.append(f"secure sender domains: {', '.join(settings.secure_domains)}")
    lines.append(f"consent age: {settings.consent_age}")
    pc = settings.postcodes
    lines.append(f"postcodes: table {pc.table or 'none'}, {len(pc.wards)} wards mapped, "
                 f"{len(pc.rules)} sector/district rules")
    out = settings.outbound
    lines.append(f"outbound: from {out.from_address} by {out.delivery.transport}"
                 + (f", ALL MAIL REDIRECTED TO {out.redirect_all_to}" if out.redirect_all_to
                    else ""))
    return "\n".join(lines)


def _meets(settings: Settings, area_id: str) -> str:
    """', MMT every Tuesday that is a working day' (none when the pathway has no meeting)."""
    pathway = pathway_of(settings)
    stage = pathway.meeting_stage()
    body = pathway.body_of(stage) if stage else None
    if body is None:
        return ""
    return f", {body.short_name} {area_cadence(settings, area_id).describe()}"


def run_worker(args: argparse.Namespace) -> int:
    app = build_app(load_settings(args.config))
    runner = Runner(app)
    if args.once:
        report = runner.run_once()
        return 1 if report.failed_mailboxes else 0
    metrics = _serve_metrics(app)
    try:
        Daemon(app, runner).run()
    finally:
        if metrics is not None:
            metrics.stop()
    return 0


def _serve_metrics(app: App) -> MetricsServer | None:
    """The Prometheus endpoint, when configured (`metrics:`)."""
    if app.settings.metrics is None:
        return None
    from inbox_worker.metrics.exporter import StoreCollector, serve_metrics

    collector = StoreCollector(app.sessions, tuple(m.id for m in app.settings.mailboxes), app.clock)
    return serve_metrics(app.settings.metrics, collector)


def import_postcode_table(args: argparse.Namespace) -> int:
    settings = load_settings(args.config)
    try:
        kept = import_postcodes(open_store(settings), args.file, settings.local_authority_codes)
    except PostcodeImportError as err:
        raise CommandError(str(err)) from err
    print(f"imported {kept} postcodes")
    return 0


def print_health(args: argparse.Namespace) -> int:
    settings = load_settings(args.config)
    now = SystemClock().now()
    health = read_health(open_store(settings), tuple(m.id for m in settings.mailboxes), now)
    for box in health.mailboxes:
        error = f", last error {box.last_error_at}: {box.last_error}" if box.last_error else ""
        print(f"mailbox {box.mailbox}: last contact {box.last_success_at or 'never'}, "
              f"backlog {box.backlog}{error}")
    oldest = health.outbox.oldest_waiting_at
    print(f"outbox: {health.outbox_pending} pending (oldest queued {oldest or '-'}), "
          f"{health.outbox.retrying} after a failed send, {health.outbox_failed} failed"
          + (f"; last send error: {health.outbox.last_error}" if health.outbox.last_error
             else ""))
    print(f"exception queue: {health.open_exceptions} open; "
          f"{health.undecided_messages} message(s) waiting to be retried")
    print(f"answers withheld in the last 24 hours (sender over {ANSWER_BUDGET} a day): "
          f"{health.over_budget}")
    problems = health.problems(now, dt.timedelta(minutes=args.stale_minutes))
    for problem in problems:
        print(f"PROBLEM: {problem}")
    return 1 if problems else 0
