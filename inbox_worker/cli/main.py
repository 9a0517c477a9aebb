"""The `frontdoor` command line."""

from __future__ import annotations

import argparse
import datetime as dt
import getpass
import importlib
import logging
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from inbox_worker.settings import SettingsError

Handler = Callable[[argparse.Namespace], int]


class CommandError(Exception):
    """The command cannot run as asked (a file missing, not an email, …): `main` prints the
    message, which names the file or value and what to do, and exits with status 2."""


def reference(value: str) -> str:
    """A case or item reference as typed: `eh-2026-000042` is `EH-2026-000042`."""
    return value.strip().upper()


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    configure_logging(verbose=args.verbose, json_lines=args.log_format == "json")
    if args.handler in READS_MAIL:
        from inbox_worker.reading.forkserver import start_forkserver

        # Its imports overlap the command's (about 0.5 s sooner); the worker's, every format's.
        start_forkserver(every_format=args.handler == "worker:run_worker")
    try:
        return load_handler(args.handler)(args)
    except SettingsError as err:
        print(f"configuration error: {err}", file=sys.stderr)
        return 2
    except CommandError as err:
        print(f"frontdoor: {err}", file=sys.stderr)
        return 2


# Libraries that log at INFO what is no news: alembic nine lines at every command (its
# plugins and each migration checked), APScheduler two lines at every run of a job. Their
# warnings and errors still show; --verbose brings back everything, at DEBUG.
QUIET_LIBRARIES = ("alembic", "apscheduler")


# Commands that read mail in reader processes: their forkserver starts before the
# command's module is imported.
READS_MAIL = frozenset({"reading:extract", "decision:route", "worker:run_worker", "demo:demo"})


def configure_logging(*, verbose: bool, json_lines: bool = False) -> None:
    """Our INFO (DEBUG with --verbose) on standard error; the quiet libraries' from WARNING.
    `json_lines`: one JSON object a line, with case references only (`cli/logs.py`)."""
    logging.basicConfig(level=logging.DEBUG if verbose else logging.INFO,
                        format="%(asctime)s %(levelname)s %(name)s: %(message)s", stream=sys.stderr)
    if json_lines:
        from inbox_worker.cli.logs import JsonLines

        for handler in logging.getLogger().handlers:
            handler.setFormatter(JsonLines())
    for name in QUIET_LIBRARIES:
        logging.getLogger(name).setLevel(logging.NOTSET if verbose else logging.WARNING)


def load_handler(spec: str) -> Handler:
    """`"queue:list_queue"` is `list_queue` of `inbox_worker.cli.queue`: a command's module
    is imported only when the command runs, so `frontdoor --help` loads none of them."""
    module_name, _, function = spec.partition(":")
    module = importlib.import_module(f"inbox_worker.cli.{module_name}")
    handler: Handler = getattr(module, function)
    return handler


def build_parser() -> argparse.ArgumentParser:
    """The one table of commands; each names its handler as "module:function"."""
    parser = argparse.ArgumentParser(prog="frontdoor", description=__doc__)
    parser.add_argument("-v", "--verbose", action="store_true",
                        help="debug logging, and the INFO of alembic and APScheduler")
    parser.add_argument("--log-format", choices=("text", "json"), default="text",
                        help="json: one object a line, case references only, a library's "
                             "messages withheld")
    commands = parser.add_subparsers(required=True, metavar="COMMAND")
    for add in (_add_check_config, _add_extract, _add_route, _add_run, _add_demo, _add_queue,
                _add_postcodes, _add_health, _add_case, _add_meetings, _add_agenda, _add_report,
                _add_web, _add_users):
        add(commands)
    return parser


def _command(commands: Any, name: str, handler: str | None, help_text: str
             ) -> argparse.ArgumentParser:
    sub: argparse.ArgumentParser = commands.add_parser(name, help=help_text, description=help_text)
    if handler is not None:
        sub.set_defaults(handler=handler)
    return sub


def _config_arg(sub: argparse.ArgumentParser, *, positional: bool = False) -> None:
    if positional:
        sub.add_argument("config", type=Path, help="configuration YAML file")
    else:
        sub.add_argument("--config", "-c", type=Path, required=True, help="configuration YAML")


def _reference_arg(sub: argparse.ArgumentParser) -> None:
    sub.add_argument("reference", type=reference, help="e.g. EH-2026-000042 (any case)")


def _actor_arg(sub: argparse.ArgumentParser) -> None:
    sub.add_argument("--actor", default=getpass.getuser(), help="who is acting")


# The worker: cli/worker.py

def _add_check_config(commands: Any) -> None:
    sub = _command(commands, "check-config", "worker:check_config",
                   "validate a configuration file and print what was understood")
    _config_arg(sub, positional=True)


def _add_run(commands: Any) -> None:
    sub = _command(commands, "run", "worker:run_worker", "run the worker over every mailbox")
    _config_arg(sub)
    sub.add_argument("--once", action="store_true", help="one pass, then exit")


def _add_postcodes(commands: Any) -> None:
    sub = _command(commands, "postcodes", "worker:import_postcode_table",
                   "import an ONS Postcode Directory CSV (postcodes import FILE)")
    sub.add_argument("action", choices=["import"])
    sub.add_argument("file", type=Path)
    _config_arg(sub)


def _add_health(commands: Any) -> None:
    sub = _command(commands, "health", "worker:print_health",
                   "each mailbox's last contact and backlog, the outbox and the queue; "
                   "exit status 1 when something needs attention")
    _config_arg(sub)
    sub.add_argument("--stale-minutes", type=float, default=15.0,
                     help="a mailbox not reached for this long is a problem")


# Reading one file: cli/reading.py; the decision for one message: cli/decision.py

def _add_extract(commands: Any) -> None:
    sub = _command(commands, "extract", "reading:extract",
                   "print the form read from one file (.docx, .docm, .doc, .pdf, .eml, .msg, "
                   "winmail.dat, .zip)")
    sub.add_argument("file", type=Path)
    sub.add_argument("--json", action="store_true", help="print the form contract's JSON")
    sub.add_argument("--config", "-c", type=Path, default=None,
                     help="configuration YAML whose parsing limits apply (default: built-in)")


def _add_route(commands: Any) -> None:
    sub = _command(commands, "route", "decision:route",
                   "print the decision for one message, with no side effects")
    sub.add_argument("mail", type=Path, help=".eml file")
    _config_arg(sub)
    sub.add_argument("--mailbox", help="mailbox it arrived in (default: from its To header)")
    sub.add_argument("--today", type=dt.date.fromisoformat, default=None, help="YYYY-MM-DD")
    sub.add_argument("--json", action="store_true", help="print the decision contract's JSON")


# The demo: cli/demo.py (frontdoor_demo, with the demo extra)

def _add_demo(commands: Any) -> None:
    sub = _command(commands, "demo", "demo:demo",
                   "make a demo store and mailboxes with sample referrals, run one pass, report")
    sub.add_argument("--workdir", type=Path, default=Path("demo-work"),
                     help="folder for the demo's store, mailboxes and outbound mail")


# The exception queue: cli/queue.py

def _add_queue(commands: Any) -> None:
    sub = _command(commands, "queue", None, "the exception queue")
    actions = sub.add_subparsers(required=True, metavar="ACTION")
    listing = _command(actions, "list", "queue:list_queue", "list open items")
    listing.add_argument("--cluster", help="only this cluster's items")
    listing.add_argument("--all", action="store_true", help="include resolved and dismissed")
    showing = _command(actions, "show", "queue:show_item", "show one item")
    _reference_arg(showing)
    resolving = _command(actions, "resolve", "queue:resolve_item",
                         "route an item to a cluster (or --dismiss it)")
    _reference_arg(resolving)
    target = resolving.add_mutually_exclusive_group(required=True)
    target.add_argument("--cluster", help="the cluster to route it to")
    target.add_argument("--dismiss", metavar="REASON", help="close it without a case")
    for action in (listing, showing, resolving):
        _config_arg(action)
        _actor_arg(action)


# Casework, meetings and figures: cli/casework.py

def _add_case(commands: Any) -> None:
    case = _command(commands, "case", None,
                    "casework: list, and on one case show, decide, screen, allocate, review")
    actions = case.add_subparsers(required=True, metavar="ACTION")
    listing = _command(actions, "list", "casework:list_case_summaries",
                       "cases, oldest first: area, status, meeting, open review")
    listing.add_argument("--area", help="only this area's cases")
    listing.add_argument("--status", help="only cases with this status, e.g. awaiting_screening")
    _reference_arg(_command(actions, "show", "casework:show_case",
                            "a case: status, meeting, decisions, reviews"))
    _add_decide(actions)
    _add_screen(actions)
    _add_allocate(actions)
    _add_review(actions)
    _add_review_decide(actions)
    for action in actions.choices.values():
        _config_arg(action)
        _actor_arg(action)


def _add_decide(actions: Any) -> None:
    sub = _command(actions, "decide", "casework:decide_case",
                   "record an outcome of the case's stage, by its id in the pathway "
                   "(check-config lists them), e.g. progress, step_up, signpost, enhanced")
    _reference_arg(sub)
    sub.add_argument("outcome", help="the outcome's id")
    sub.add_argument("--reason", default="", help="why (a step up, signpost or close needs it)")
    _allocation_args(sub)


def _add_screen(actions: Any) -> None:
    sub = _command(actions, "screen", "casework:screen_case",
                   "record screening: --needed (goes to the next meeting) or --close REASON")
    _reference_arg(sub)
    choice = sub.add_mutually_exclusive_group(required=True)
    choice.add_argument("--needed", action="store_true", help="a resource is needed")
    choice.add_argument("--close", metavar="REASON",
                        help="no resource needed: why (e.g. 'signposted to universal services')")


def _allocation_args(sub: argparse.ArgumentParser) -> None:
    sub.add_argument("--resource", default="", help="what is allocated")
    sub.add_argument("--agency", default="", help="who delivers: agency")
    sub.add_argument("--worker", default="", help="who delivers: worker")
    sub.add_argument("--contact", default="", help="how to reach who delivers (email, phone)")
    sub.add_argument("--multi-agency", action="store_true", help="multi-agency support")
    sub.add_argument("--notes", default="")


def _add_allocate(actions: Any) -> None:
    sub = _command(actions, "allocate", "casework:allocate_case",
                   "record the meeting's decision (step-down: at once); the outcome is emailed")
    _reference_arg(sub)
    sub.add_argument("--none", action="store_true", help="no resource allocated")
    _allocation_args(sub)


def _add_review(actions: Any) -> None:
    sub = _command(actions, "review", "casework:record_review",
                   "record a lead professional's request for review")
    _reference_arg(sub)
    sub.add_argument("--grounds", required=True, help="why they disagree")


def _add_review_decide(actions: Any) -> None:
    sub = _command(actions, "review-decide", "casework:record_review_result",
                   "record the open review's result: --upheld, or --changed with the new "
                   "allocation (--resource … or --none)")
    _reference_arg(sub)
    result = sub.add_mutually_exclusive_group(required=True)
    result.add_argument("--upheld", action="store_true")
    result.add_argument("--changed", action="store_true")
    sub.add_argument("--none", action="store_true", help="changed to: no resource")
    _allocation_args(sub)


def _add_meetings(commands: Any) -> None:
    sub = _command(commands, "meetings", "casework:list_meetings",
                   "list an area's meetings (APM, MMT: the pathway's) and agenda deadlines")
    _config_arg(sub)
    sub.add_argument("--area", required=True)
    sub.add_argument("--from", dest="start", type=dt.date.fromisoformat, default=None,
                     help="YYYY-MM-DD (default today)")
    sub.add_argument("--count", type=int, default=10)
    sub.add_argument("--json", action="store_true")


def _add_agenda(commands: Any) -> None:
    sub = _command(commands, "agenda", "casework:show_agenda",
                   "show an area's agenda for a meeting")
    _config_arg(sub)
    sub.add_argument("--area", required=True)
    sub.add_argument("--meeting", type=dt.date.fromisoformat, default=None,
                     help="meeting date (default: the next meeting)")


def _add_report(commands: Any) -> None:
    sub = _command(commands, "report", "casework:print_report",
                   "figures per cluster and month: referrals, exceptions, times, reviews")
    _config_arg(sub)
    sub.add_argument("--from", dest="start", type=dt.date.fromisoformat, default=None)
    sub.add_argument("--to", dest="end", type=dt.date.fromisoformat, default=None)
    sub.add_argument("--csv", action="store_true", help="CSV for a spreadsheet")


# The admin pages and their accounts: cli/web.py

def _add_web(commands: Any) -> None:
    sub = _command(commands, "web", "web:serve_web",
                   "serve the admin pages (GOV.UK Frontend) with gunicorn")
    _config_arg(sub)
    sub.add_argument("--host", default="127.0.0.1", help="address to listen on")
    sub.add_argument("--port", type=int, default=8080)


def _add_users(commands: Any) -> None:
    sub = _command(commands, "users", None, "accounts of the admin pages")
    actions = sub.add_subparsers(required=True, metavar="ACTION")
    adding = _command(actions, "add", "web:add_user",
                      "add an account; the password is read from standard input")
    adding.add_argument("name")
    adding.add_argument("--role", required=True,
                        choices=["admin", "manager", "service_manager", "auditor"])
    adding.add_argument("--area", action="append", metavar="ID",
                        help="an area the admin or manager works in (repeat for more)")
    adding.add_argument("--password-stdin", action="store_true", required=True,
                        help="read the password from standard input")
    _command(actions, "list", "web:list_users", "list the accounts")
    disabling = _command(actions, "disable", "web:disable_user", "disable an account")
    disabling.add_argument("name")
    for action in actions.choices.values():
        _config_arg(action)
        _actor_arg(action)
