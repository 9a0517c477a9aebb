"""The `frontdoor` command line."""

from __future__ import annotations

import argparse
import datetime as dt
import getpass
import json
import logging
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from inbox_worker.settings import Settings, SettingsError, load_settings

Handler = Callable[[argparse.Namespace], int]


def main(argv: Sequence[str] | None = None) -> int:
    parser = _parser()
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.DEBUG if args.verbose else logging.INFO,
                        format="%(asctime)s %(levelname)s %(name)s: %(message)s", stream=sys.stderr)
    handler: Handler = args.handler
    try:
        return handler(args)
    except SettingsError as err:
        print(f"configuration error: {err}", file=sys.stderr)
        return 2


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="frontdoor", description=__doc__)
    parser.add_argument("-v", "--verbose", action="store_true", help="debug logging")
    commands = parser.add_subparsers(required=True, metavar="COMMAND")
    _add_check_config(commands)
    _add_extract(commands)
    _add_route(commands)
    _add_run(commands)
    _add_demo(commands)
    _add_queue(commands)
    _add_postcodes(commands)
    _add_health(commands)
    from inbox_worker.cli_casework import add_casework_commands

    add_casework_commands(commands, _command, _config_arg)
    return parser


def _command(commands: Any, name: str, handler: Handler, help_text: str) -> argparse.ArgumentParser:
    sub: argparse.ArgumentParser = commands.add_parser(name, help=help_text, description=help_text)
    sub.set_defaults(handler=handler)
    return sub


def _config_arg(sub: argparse.ArgumentParser, *, positional: bool = False) -> None:
    if positional:
        sub.add_argument("config", type=Path, help="configuration YAML file")
    else:
        sub.add_argument("--config", "-c", type=Path, required=True, help="configuration YAML")


def _add_check_config(commands: Any) -> None:
    sub = _command(commands, "check-config", _check_config,
                   "validate a configuration file and print what was understood")
    _config_arg(sub, positional=True)


def _check_config(args: argparse.Namespace) -> int:
    from inbox_worker.notify.templates import load_templates

    settings = load_settings(args.config)
    load_templates(settings.templates_dir)
    print(_describe(settings))
    return 0


def _describe(settings: Settings) -> str:
    lines = [f"authority: {settings.authority} ({', '.join(settings.local_authority_codes)})",
             f"store: {settings.store_url}", "areas:"]
    lines += [f"  {a.id}: {a.name}, mailbox {a.mailbox}, meetings every "
              f"{a.meetings.cadence_working_days} working days from {a.meetings.anchor}"
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


def _add_extract(commands: Any) -> None:
    sub = _command(commands, "extract", _extract,
                   "print the form read from one file (.docx, .docm, .doc, .pdf, .eml, .msg, "
                   "winmail.dat, .zip)")
    sub.add_argument("file", type=Path)
    sub.add_argument("--json", action="store_true", help="print the form contract's JSON")
    sub.add_argument("--config", "-c", type=Path, default=None,
                     help="configuration YAML whose parsing limits apply (default: built-in)")


def _extract(args: argparse.Namespace) -> int:
    from inbox_worker.isolation import reader_pool
    from inbox_worker.settings import ParsingSettings
    from parsers.extraction import Document, UnreadableFile

    limits = load_settings(args.config).parsing if args.config else ParsingSettings()
    with reader_pool(limits) as reader:
        result = reader.read_file(args.file)
    if isinstance(result, UnreadableFile):
        print(f"unreadable: {result.filename}: {result.reason}", file=sys.stderr)
        return 1
    if isinstance(result, Document):
        print(f"{result.filename}: not a referral form ({result.kind.value})", file=sys.stderr)
        return 1
    print(json.dumps(result.to_json(), indent=2, ensure_ascii=False))
    return 0


def _add_route(commands: Any) -> None:
    sub = _command(commands, "route", _route,
                   "print the decision for one message, with no side effects")
    sub.add_argument("mail", type=Path, help=".eml file")
    _config_arg(sub)
    sub.add_argument("--mailbox", help="mailbox it arrived in (default: from its To header)")
    sub.add_argument("--today", type=dt.date.fromisoformat, default=None, help="YYYY-MM-DD")
    sub.add_argument("--json", action="store_true", help="print the decision contract's JSON")


def _route(args: argparse.Namespace) -> int:
    from inbox_worker.routecmd import route_file

    decision = route_file(args.mail, load_settings(args.config), mailbox=args.mailbox,
                          today=args.today or dt.date.today())
    if args.json:
        print(json.dumps(decision.to_json(), indent=2, ensure_ascii=False))
    else:
        from routing.decide import decision_summary

        print(decision_summary(decision))
    return 0


def _add_run(commands: Any) -> None:
    sub = _command(commands, "run", _run, "run the worker over every mailbox")
    _config_arg(sub)
    sub.add_argument("--once", action="store_true", help="one pass, then exit")


def _run(args: argparse.Namespace) -> int:
    from inbox_worker.app import build_app
    from inbox_worker.daemon import Daemon
    from inbox_worker.runner import Runner

    app = build_app(load_settings(args.config))
    runner = Runner(app)
    if args.once:
        report = runner.run_once()
        return 1 if report.failed_mailboxes else 0
    Daemon(app, runner).run()
    return 0


def _add_demo(commands: Any) -> None:
    sub = _command(commands, "demo", _demo,
                   "make a demo store and mailboxes with sample referrals, run one pass, report")
    sub.add_argument("--workdir", type=Path, default=Path("demo-work"),
                     help="folder for the demo's store, mailboxes and outbound mail")


def _demo(args: argparse.Namespace) -> int:
    from inbox_worker.demo import run_demo

    print(run_demo(args.workdir))
    return 0


def _add_queue(commands: Any) -> None:
    sub = _command(commands, "queue", _queue_help, "the exception queue")
    actions = sub.add_subparsers(required=True, metavar="ACTION")
    listing = _command(actions, "list", _queue_list, "list open items")
    listing.add_argument("--cluster", help="only this cluster's items")
    listing.add_argument("--all", action="store_true", help="include resolved and dismissed")
    showing = _command(actions, "show", _queue_show, "show one item")
    showing.add_argument("reference")
    resolving = _command(actions, "resolve", _queue_resolve,
                         "route an item to a cluster (or --dismiss it)")
    resolving.add_argument("reference")
    target = resolving.add_mutually_exclusive_group(required=True)
    target.add_argument("--cluster", help="the cluster to route it to")
    target.add_argument("--dismiss", metavar="REASON", help="close it without a case")
    for action in (listing, showing, resolving):
        _config_arg(action)
        action.add_argument("--actor", default=getpass.getuser(), help="who is acting")


def _queue_help(args: argparse.Namespace) -> int:
    return 2


def _queue_list(args: argparse.Namespace) -> int:
    from inbox_worker.app import open_store
    from inbox_worker.exception_queue import list_items

    items = list_items(open_store(load_settings(args.config)), cluster=args.cluster,
                       include_closed=args.all)
    for item in items:
        print(f"{item.reference}  {item.priority:8} {item.cluster or '-':15} "
              f"{item.status:9} {', '.join(item.reasons)}")
    print(f"{len(items)} item(s)")
    return 0


def _queue_show(args: argparse.Namespace) -> int:
    from inbox_worker.app import open_store
    from inbox_worker.exception_queue import QueueError, show

    try:
        item = show(open_store(load_settings(args.config)), args.reference)
    except QueueError as err:
        print(err, file=sys.stderr)
        return 1
    print(json.dumps(_item_json(item), indent=2, ensure_ascii=False, default=str))
    return 0


def _item_json(item: Any) -> dict[str, Any]:
    from dataclasses import asdict

    return asdict(item)


def _queue_resolve(args: argparse.Namespace) -> int:
    from inbox_worker.app import build_app
    from inbox_worker.exception_queue import QueueError, dismiss, resolve

    app = build_app(load_settings(args.config))
    now = app.clock.now()
    try:
        if args.dismiss is not None:
            dismiss(app.sessions, args.reference, reason=args.dismiss, actor=args.actor, now=now)
        else:
            resolve(app.sessions, args.reference, cluster=args.cluster, actor=args.actor,
                    ctx=app.pipeline.context, now=now)
    except QueueError as err:
        print(err, file=sys.stderr)
        return 1
    print(f"{args.reference}: " + ("dismissed" if args.dismiss is not None
                                   else f"routed to {args.cluster}"))
    return 0


def _add_postcodes(commands: Any) -> None:
    sub = _command(commands, "postcodes", _postcodes_import,
                   "import an ONS Postcode Directory CSV (postcodes import FILE)")
    sub.add_argument("action", choices=["import"])
    sub.add_argument("file", type=Path)
    _config_arg(sub)


def _postcodes_import(args: argparse.Namespace) -> int:
    from inbox_worker.app import open_store
    from inbox_worker.postcodes import import_postcodes

    settings = load_settings(args.config)
    kept = import_postcodes(open_store(settings), args.file, settings.local_authority_codes)
    print(f"imported {kept} postcodes")
    return 0


def _add_health(commands: Any) -> None:
    sub = _command(commands, "health", _health,
                   "each mailbox's last contact and backlog, the outbox and the queue; "
                   "exit status 1 when something needs attention")
    _config_arg(sub)
    sub.add_argument("--stale-minutes", type=float, default=15.0,
                     help="a mailbox not reached for this long is a problem")


def _health(args: argparse.Namespace) -> int:
    from inbox_worker.app import open_store
    from inbox_worker.clock import SystemClock
    from inbox_worker.health import read_health

    settings = load_settings(args.config)
    health = read_health(open_store(settings), tuple(m.id for m in settings.mailboxes))
    for box in health.mailboxes:
        error = f", last error {box.last_error_at}: {box.last_error}" if box.last_error else ""
        print(f"mailbox {box.mailbox}: last contact {box.last_success_at or 'never'}, "
              f"backlog {box.backlog}{error}")
    print(f"outbox: {health.outbox_pending} pending, {health.outbox_failed} failed")
    print(f"exception queue: {health.open_exceptions} open; "
          f"{health.undecided_messages} message(s) waiting to be retried")
    problems = health.problems(SystemClock().now(), dt.timedelta(minutes=args.stale_minutes))
    for problem in problems:
        print(f"PROBLEM: {problem}")
    return 1 if problems else 0
