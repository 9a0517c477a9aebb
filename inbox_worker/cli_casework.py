"""`frontdoor case …`, `frontdoor meetings`, `frontdoor agenda`: casework on the command line.

The admin web pages will call the same functions in `inbox_worker.casework`.
"""

from __future__ import annotations

import argparse
import datetime as dt
import getpass
import json
import sys
from typing import Any

from inbox_worker.settings import load_settings
from routing.casework import CaseworkError, ReviewResult


def add_casework_commands(commands: Any, command: Any, config_arg: Any) -> None:
    case = command(commands, "case", _usage, "casework on one case: show, screen, allocate, review")
    actions = case.add_subparsers(required=True, metavar="ACTION")
    _add_show(actions, command)
    _add_screen(actions, command)
    _add_allocate(actions, command)
    _add_review(actions, command)
    _add_review_decide(actions, command)
    for action in actions.choices.values():
        config_arg(action)
        action.add_argument("--actor", default=getpass.getuser(), help="who is acting")
    _add_meetings(commands, command, config_arg)
    _add_agenda(commands, command, config_arg)
    _add_report(commands, command, config_arg)


def _usage(args: argparse.Namespace) -> int:
    return 2


def _add_show(actions: Any, command: Any) -> None:
    sub = command(actions, "show", _show, "a case: status, meeting, decisions, reviews")
    sub.add_argument("reference")


def _show(args: argparse.Namespace) -> int:
    from inbox_worker.app import open_store
    from inbox_worker.casework_view import case_view

    view = case_view(open_store(load_settings(args.config)), args.reference)
    if view is None:
        print(f"no case with reference {args.reference}", file=sys.stderr)
        return 1
    print(json.dumps(view, indent=2, ensure_ascii=False, default=str))
    return 0


def _add_screen(actions: Any, command: Any) -> None:
    sub = command(actions, "screen", _screen,
                  "record screening: --needed (goes to the next meeting) or --close REASON")
    sub.add_argument("reference")
    choice = sub.add_mutually_exclusive_group(required=True)
    choice.add_argument("--needed", action="store_true", help="a resource is needed")
    choice.add_argument("--close", metavar="REASON",
                        help="no resource needed: why (e.g. 'signposted to universal services')")


def _screen(args: argparse.Namespace) -> int:
    from inbox_worker.casework import screen

    app, ctx = _context(args)
    case = _act(lambda: screen(app.sessions, args.reference, resource_needed=args.needed,
                               close_reason=args.close, actor=args.actor, ctx=ctx,
                               now=app.clock.now()))
    if case is None:
        return 1
    where = f"on the agenda of the meeting of {case.meeting_date}" if case.meeting_date \
        else "closed; the lead professional will be told"
    print(f"{args.reference}: {where}")
    return 0


def _allocation_args(sub: argparse.ArgumentParser) -> None:
    sub.add_argument("--resource", default="", help="what is allocated")
    sub.add_argument("--agency", default="", help="who delivers: agency")
    sub.add_argument("--worker", default="", help="who delivers: worker")
    sub.add_argument("--multi-agency", action="store_true", help="multi-agency support")
    sub.add_argument("--notes", default="")


def _add_allocate(actions: Any, command: Any) -> None:
    sub = command(actions, "allocate", _allocate,
                  "record the meeting's decision (step-down: at once); the outcome is emailed")
    sub.add_argument("reference")
    sub.add_argument("--none", action="store_true", help="no resource allocated")
    _allocation_args(sub)


def _allocation(args: argparse.Namespace, *, allocated: bool) -> Any:
    from inbox_worker.casework import Allocation

    return Allocation(allocated=allocated, resource=args.resource, agency=args.agency,
                      worker=args.worker, multi_agency=args.multi_agency, notes=args.notes)


def _allocate(args: argparse.Namespace) -> int:
    from inbox_worker.casework import allocate

    if not args.none and not args.resource:
        print("give --resource (and --agency/--worker), or --none", file=sys.stderr)
        return 2
    app, ctx = _context(args)
    case = _act(lambda: allocate(app.sessions, args.reference,
                                 _allocation(args, allocated=not args.none), actor=args.actor,
                                 ctx=ctx, now=app.clock.now()))
    if case is None:
        return 1
    print(f"{args.reference}: {case.status.value}; outcome email queued")
    return 0


def _add_review(actions: Any, command: Any) -> None:
    sub = command(actions, "review", _review, "record a lead professional's request for review")
    sub.add_argument("reference")
    sub.add_argument("--grounds", required=True, help="why they disagree")


def _review(args: argparse.Namespace) -> int:
    from inbox_worker.casework import request_review

    app, ctx = _context(args)
    stage = _act(lambda: request_review(app.sessions, args.reference, grounds=args.grounds,
                                        via="admin", actor=args.actor, ctx=ctx,
                                        now=app.clock.now()))
    if stage is None:
        return 1
    print(f"{args.reference}: review opened with the {stage.value.replace('_', ' ')}")
    return 0


def _add_review_decide(actions: Any, command: Any) -> None:
    sub = command(actions, "review-decide", _review_decide,
                  "record the open review's result: --upheld, or --changed with the new "
                  "allocation (--resource … or --none)")
    sub.add_argument("reference")
    result = sub.add_mutually_exclusive_group(required=True)
    result.add_argument("--upheld", action="store_true")
    result.add_argument("--changed", action="store_true")
    sub.add_argument("--none", action="store_true", help="changed to: no resource")
    _allocation_args(sub)


def _review_decide(args: argparse.Namespace) -> int:
    from inbox_worker.casework import decide_review

    app, ctx = _context(args)
    result = ReviewResult.CHANGED if args.changed else ReviewResult.UPHELD
    allocation = _allocation(args, allocated=not args.none) if args.changed else None
    review = _act(lambda: decide_review(app.sessions, args.reference, result=result,
                                        notes=args.notes, allocation=allocation,
                                        actor=args.actor, ctx=ctx, now=app.clock.now()))
    if review is None:
        return 1
    print(f"{args.reference}: {review.stage.replace('_', ' ')} review {result.value}; "
          "the lead professional will be told")
    return 0


def _add_meetings(commands: Any, command: Any, config_arg: Any) -> None:
    sub = command(commands, "meetings", _meetings,
                  "list an area's Allocation Partnership Meetings and agenda deadlines")
    config_arg(sub)
    sub.add_argument("--area", required=True)
    sub.add_argument("--from", dest="start", type=dt.date.fromisoformat, default=None,
                     help="YYYY-MM-DD (default today)")
    sub.add_argument("--count", type=int, default=10)
    sub.add_argument("--json", action="store_true")


def _meetings(args: argparse.Namespace) -> int:
    from inbox_worker.schedule import calendar_for

    calendar = calendar_for(load_settings(args.config), args.area)
    meetings = calendar.meetings_from(args.start or dt.date.today(), args.count)
    rows = [{"date": m.date.isoformat(), "agenda_deadline": m.agenda_deadline.isoformat()}
            for m in meetings]
    if args.json:
        print(json.dumps({"area": args.area, "meetings": rows}, indent=2))
    else:
        for m in meetings:
            print(f"{m.date:%a %d %b %Y}   agenda by {m.agenda_deadline:%H:%M %a %d %b %Y}")
    return 0


def _add_agenda(commands: Any, command: Any, config_arg: Any) -> None:
    sub = command(commands, "agenda", _agenda, "show an area's agenda for a meeting")
    config_arg(sub)
    sub.add_argument("--area", required=True)
    sub.add_argument("--meeting", type=dt.date.fromisoformat, default=None,
                     help="meeting date (default: the next meeting)")


def _agenda(args: argparse.Namespace) -> int:
    from inbox_worker.agenda import agenda_lines
    from inbox_worker.app import open_store
    from inbox_worker.schedule import calendar_for

    settings = load_settings(args.config)
    meeting = args.meeting or calendar_for(settings, args.area).meetings_from(
        dt.date.today(), 1)[0].date
    with open_store(settings)() as session:
        lines = agenda_lines(session, args.area, meeting)
    print(f"Allocation Partnership Meeting, {args.area}, {meeting:%A %d %B %Y}: "
          f"{len(lines)} case(s)")
    for line in lines:
        print(line.text)
    return 0


def _context(args: argparse.Namespace) -> tuple[Any, Any]:
    from inbox_worker.app import build_app

    app = build_app(load_settings(args.config))
    return app, app.pipeline.casework


def _act(action: Any) -> Any:
    try:
        return action()
    except CaseworkError as err:
        print(err, file=sys.stderr)
        return None


def _add_report(commands: Any, command: Any, config_arg: Any) -> None:
    sub = command(commands, "report", _report,
                  "figures per cluster and month: referrals, exceptions, times, reviews")
    config_arg(sub)
    sub.add_argument("--from", dest="start", type=dt.date.fromisoformat, default=None)
    sub.add_argument("--to", dest="end", type=dt.date.fromisoformat, default=None)
    sub.add_argument("--csv", action="store_true", help="CSV for a spreadsheet")


def _report(args: argparse.Namespace) -> int:
    from inbox_worker.app import open_store
    from inbox_worker.report import figures, load_referrals, render

    referrals = load_referrals(open_store(load_settings(args.config)), args.start, args.end)
    print(render(figures(referrals), as_csv=args.csv))
    return 0
