"""`frontdoor case …`, `frontdoor meetings`, `frontdoor agenda`, `frontdoor report`:
casework on the command line.

The admin web pages will call the same functions in `inbox_worker.casework`.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
from collections.abc import Callable
from typing import TypeVar

from inbox_worker.casework.actions import (
    CaseworkContext,
    allocate,
    decide,
    decide_review,
    request_review,
    screen,
)
from inbox_worker.casework.agenda import agenda_lines, meeting_name
from inbox_worker.casework.pathway import pathway_of, status_words
from inbox_worker.casework.report import ReportWords, figures, load_referrals, render
from inbox_worker.casework.schedule import calendar_for, london
from inbox_worker.casework.view import case_view, list_cases
from inbox_worker.notify.casework_mail import reviewer
from inbox_worker.settings import load_settings
from inbox_worker.worker.app import App, build_app, open_store, send_promptly
from routing.casework import Allocation, CaseStatus, CaseworkError, ReviewResult, ReviewStage

T = TypeVar("T")


def show_case(args: argparse.Namespace) -> int:
    view = case_view(open_store(load_settings(args.config)), args.reference)
    if view is None:
        print(f"no case with reference {args.reference}", file=sys.stderr)
        return 1
    print(json.dumps(view, indent=2, ensure_ascii=False, default=str))
    return 0


def list_case_summaries(args: argparse.Namespace) -> int:
    cases = [c for c in list_cases(open_store(load_settings(args.config)))
             if args.area in (None, c.cluster) and args.status in (None, c.status)]
    print(f"{'reference':16} {'area':15} {'status':19} {'priority':9} {'received (UK time)':18} "
          f"{'meeting':11} review")
    for c in cases:
        print(f"{c.reference:16} {c.cluster:15} {c.status:19} {c.priority:9} "
              f"{london(c.received):%d %b %Y %H:%M}  {c.meeting_date or '-'!s:11} "
              f"{'open' if c.open_review else '-'}")
    print(f"{len(cases)} case(s)")
    return 0


def screen_case(args: argparse.Namespace) -> int:
    app, ctx = _context(args)
    case = _act(lambda: screen(app.sessions, args.reference, resource_needed=args.needed,
                               close_reason=args.close, actor=args.actor, ctx=ctx,
                               now=app.clock.now()))
    if case is None:
        return 1
    print(_where(ctx, case.reference, case.status, case.stage, case.meeting_date))
    return 0


def decide_case(args: argparse.Namespace) -> int:
    app, ctx = _context(args)
    allocation = _allocation(args, allocated=True)
    case = _act(lambda: decide(app.sessions, args.reference, args.outcome, reason=args.reason,
                               allocation=allocation, actor=args.actor, ctx=ctx,
                               now=app.clock.now()))
    if case is None:
        return 1
    print(_where(ctx, case.reference, case.status, case.stage, case.meeting_date))
    return 0


def _where(ctx: CaseworkContext, reference: str, status: CaseStatus, stage: str | None,
           meeting: dt.date | None) -> str:
    """'EH-…: on the agenda of the APM of 2026-11-24', 'DEH-…: stepped up to …; … told'."""
    words = status_words(ctx.pathway, status, stage)
    if meeting and status is CaseStatus.AWAITING_MEETING:
        return f"{reference}: {words} of {meeting}"
    told = "" if status in (CaseStatus.AWAITING_SCREENING, CaseStatus.AWAITING_MEETING) \
        else "; the lead professional will be told"
    return f"{reference}: {words}{told}"


def _allocation(args: argparse.Namespace, *, allocated: bool) -> Allocation:
    return Allocation(allocated=allocated, resource=args.resource, agency=args.agency,
                      worker=args.worker, multi_agency=args.multi_agency, notes=args.notes,
                      contact=args.contact)


def allocate_case(args: argparse.Namespace) -> int:
    if not args.none and not args.resource:
        print("give --resource (and --agency/--worker), or --none", file=sys.stderr)
        return 2
    app, ctx = _context(args)
    case = _act(lambda: allocate(app.sessions, args.reference,
                                 _allocation(args, allocated=not args.none), actor=args.actor,
                                 ctx=ctx, now=app.clock.now()))
    if case is None:
        return 1
    print(f"{args.reference}: {status_words(ctx.pathway, case.status, case.stage)}; "
          "outcome email queued")
    return 0


def record_review(args: argparse.Namespace) -> int:
    app, ctx = _context(args)
    stage = _act(lambda: request_review(app.sessions, args.reference, grounds=args.grounds,
                                        via="admin", actor=args.actor, ctx=ctx,
                                        now=app.clock.now()))
    if stage is None:
        return 1
    print(f"{args.reference}: review opened with the {reviewer(ctx.pathway.words, stage)}")
    return 0


def record_review_result(args: argparse.Namespace) -> int:
    app, ctx = _context(args)
    result = ReviewResult.CHANGED if args.changed else ReviewResult.UPHELD
    allocation = _allocation(args, allocated=not args.none) if args.changed else None
    review = _act(lambda: decide_review(app.sessions, args.reference, result=result,
                                        notes=args.notes, allocation=allocation,
                                        actor=args.actor, ctx=ctx, now=app.clock.now()))
    if review is None:
        return 1
    print(f"{args.reference}: {reviewer(ctx.pathway.words, ReviewStage(review.stage))} review "
          f"{result.value}; "
          "the lead professional will be told")
    return 0


def list_meetings(args: argparse.Namespace) -> int:
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


def show_agenda(args: argparse.Namespace) -> int:
    settings = load_settings(args.config)
    upcoming = calendar_for(settings, args.area).meetings_from(dt.date.today(), 1)
    if args.meeting is None and not upcoming:
        print("no meeting is listed from today: give --meeting DATE", file=sys.stderr)
        return 1
    meeting = args.meeting or upcoming[0].date
    with open_store(settings)() as session:
        lines = agenda_lines(session, args.area, meeting, need=pathway_of(settings).words.need)
    print(f"{meeting_name(settings)}, {args.area}, {meeting:%A %d %B %Y}: "
          f"{len(lines)} case(s)")
    for line in lines:
        print(line.text)
    return 0


def print_report(args: argparse.Namespace) -> int:
    settings = load_settings(args.config)
    referrals = load_referrals(open_store(settings), args.start, args.end)
    print(render(figures(referrals), as_csv=args.csv,
                 words=ReportWords.of(pathway_of(settings))))
    return 0


def _context(args: argparse.Namespace) -> tuple[App, CaseworkContext]:
    app = send_promptly(build_app(load_settings(args.config)), wait=True)
    assert app.pipeline.casework is not None  # build_app always gives the pipeline casework
    return app, app.pipeline.casework


def _act(action: Callable[[], T]) -> T | None:
    try:
        return action()
    except CaseworkError as err:
        print(err, file=sys.stderr)
        return None
