"""`/meetings` and `/meetings/AREA/DATE`: each area's meetings and one meeting's agenda,
with every case's decision recorded in the meeting, in one form, outcome emails queued on
save. Thin handlers over `casework.agenda.agenda_lines`, `casework.schedule.calendar_for`
and `casework.actions.allocate`, as `frontdoor agenda` and `case allocate` use them.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from flask import Blueprint, abort, flash, redirect, render_template, request, url_for
from sqlalchemy import func, select
from werkzeug.wrappers import Response as BaseResponse

from inbox_worker.casework.actions import allocate
from inbox_worker.casework.agenda import AgendaLine, agenda_lines, meeting_name
from inbox_worker.casework.schedule import calendar_for, london
from inbox_worker.store.models import Case
from inbox_worker.web import access
from inbox_worker.web.context import WebContext, web_context
from inbox_worker.web.pages.cases import allocation_from
from inbox_worker.web.pages.files import audit_view
from routing.casework import CaseStatus, CaseworkError

pages = Blueprint("meetings", __name__)
AHEAD = 3  # meetings shown per area from today


@dataclass(frozen=True)
class MeetingRow:
    area: str
    date: dt.date
    waiting: int  # cases on its agenda still to be decided


@dataclass(frozen=True)
class AgendaCase:
    line: AgendaLine
    status: str
    to_decide: bool


@pages.route("/meetings")
def meeting_list() -> str:
    web = web_context()
    today = london(web.now()).date()
    waiting = _waiting(web)
    rows = [MeetingRow(area, date, n) for (area, date), n in sorted(waiting.items())
            if date < today and access.principal().sees(area)]  # past, still undecided
    for area, _name in access.visible_areas(web):
        rows += [MeetingRow(area, m.date, waiting.get((area, m.date), 0))
                 for m in calendar_for(web.settings, area).meetings_from(today, AHEAD)]
    return render_template("meetings.html", rows=rows, today=today,
                           meeting=meeting_name(web.settings))


def _waiting(web: WebContext) -> dict[tuple[str, dt.date], int]:
    with web.sessions() as session:
        found = session.execute(select(Case.cluster, Case.meeting_date, func.count()).where(
            Case.status == CaseStatus.AWAITING_MEETING, Case.meeting_date.is_not(None))
            .group_by(Case.cluster, Case.meeting_date))
        return {(area, date): n for area, date, n in found if date is not None}


@pages.route("/meetings/<area>/<date>")
def meeting_page(area: str, date: str) -> str:
    web, day = _meeting(area, date)
    with web.sessions() as session:
        lines = agenda_lines(session, area, day)
        rows = session.execute(select(Case.reference, Case.status).where(
            Case.reference.in_([line.reference for line in lines]))).all()
        statuses = {row.reference: row.status for row in rows}
    audit_view(web, "view:meeting", None, area=area, date=date)
    held = day <= london(web.now()).date()
    cases = [AgendaCase(line, statuses[line.reference].value,
                        held and statuses[line.reference] is CaseStatus.AWAITING_MEETING)
             for line in lines]
    return render_template("meeting.html", area=area, day=day, cases=cases, held=held,
                           meeting=meeting_name(web.settings),
                           may_act=access.principal().may("casework"))


@pages.route("/meetings/<area>/<date>", methods=["POST"])
def record_decisions(area: str, date: str) -> BaseResponse:
    web, day = _meeting(area, date)
    access.require("casework")
    with web.sessions() as session:
        references = [line.reference for line in agenda_lines(session, area, day)]
    recorded, refused = 0, []
    for reference in references:
        allocation = allocation_from(request.form, f"{reference}-")
        if allocation is None:
            if request.form.get(f"{reference}-allocated"):
                refused.append(f"{reference}: name what is allocated")
            continue
        try:
            allocate(web.sessions, reference, allocation, actor=access.principal().name,
                     ctx=web.casework, now=web.now())
            recorded += 1
        except CaseworkError as err:
            refused.append(f"{reference}: {err}")
    if recorded:
        flash(f"{recorded} decision{'s' if recorded != 1 else ''} recorded; the outcome "
              f"email{'s are' if recorded != 1 else ' is'} queued", "success")
    for problem in refused:
        flash(problem, "error")
    return redirect(url_for("meetings.meeting_page", area=area, date=date))


def _meeting(area: str, date: str) -> tuple[WebContext, dt.date]:
    """The web context and the meeting's day; 404 for an area not the person's or a day
    that is not one of its meetings."""
    web = web_context()
    if area not in {a.id for a in web.settings.areas} or not access.principal().sees(area):
        abort(404)
    try:
        day = dt.date.fromisoformat(date)
    except ValueError:
        abort(404)
    if calendar_for(web.settings, area).meetings_from(day, 1)[0].date != day:
        abort(404)
    return web, day


@pages.route("/meetings/<area>/<date>/<reference>", methods=["POST"])
def record_one(area: str, date: str, reference: str) -> BaseResponse | str:
    """One case's decision. With htmx (`HX-Request`), the answer replaces the case's part
    of the page by what was recorded (or the fields again, with what is wrong); without
    it, the meeting's page again with the message."""
    web, day = _meeting(area, date)
    access.require("casework")
    with web.sessions() as session:
        line = next((x for x in agenda_lines(session, area, day) if x.reference == reference),
                    None)
    if line is None:
        abort(404)
    said, recorded = _record(web, reference)
    if request.headers.get("HX-Request") != "true":
        flash(f"{reference}: {said}", "success" if recorded else "error")
        return redirect(url_for("meetings.meeting_page", area=area, date=date))
    with web.sessions() as session:
        status = session.scalars(select(Case.status).where(Case.reference == reference)).one()
    case = AgendaCase(line, status.value, not recorded)
    return render_template("decision_answer.html", case=case, area=area, day=day,
                           recorded=recorded, said=said, values=request.form)


def _record(web: WebContext, reference: str) -> tuple[str, bool]:
    """(what to say, whether it was recorded) for the case's decision typed in the form."""
    allocation = allocation_from(request.form, f"{reference}-")
    if allocation is None:
        return ("Name what is allocated" if request.form.get(f"{reference}-allocated")
                else "Choose whether a resource is allocated"), False
    try:
        allocate(web.sessions, reference, allocation, actor=access.principal().name,
                 ctx=web.casework, now=web.now())
    except CaseworkError as err:
        return str(err), False
    what = f"allocated: {allocation.resource}" if allocation.allocated else "no resource allocated"
    return f"Recorded, {what}; the outcome email is queued", True
