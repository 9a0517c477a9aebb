"""`/cases` and `/cases/REF`: screening, the meeting's decision and reviews.

Thin handlers over `casework.actions`, as `frontdoor case screen|allocate|review|
review-decide` use them.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

from flask import Blueprint, flash, redirect, render_template, request, url_for
from werkzeug.wrappers import Response as BaseResponse

from inbox_worker.casework.actions import allocate, decide_review, request_review, screen
from inbox_worker.casework.audit import record_audit
from inbox_worker.casework.view import CaseSummary, list_cases
from inbox_worker.web import access
from inbox_worker.web.context import web_context
from inbox_worker.web.pages.present import form_rows, people_rows
from routing.casework import Allocation, CaseStatus, CaseworkError, ReviewResult
from routing.decision import Priority
from routing.pathway.model import Pathway

pages = Blueprint("cases", __name__)
LIMIT = 500  # characters kept of a reason, grounds or notes typed in a page
DONE = (CaseStatus.ALLOCATED.value, CaseStatus.NOT_ALLOCATED.value,
        CaseStatus.CLOSED_AT_SCREENING.value)


WAITING = (CaseStatus.AWAITING_SCREENING.value, CaseStatus.AWAITING_MEETING.value)


@pages.route("/cases")
def case_list() -> str:
    web = web_context()
    cases = access.visible(list_cases(web.sessions), lambda c: c.cluster)
    pathway = web.casework.pathway
    return render_template("cases.html", sections=_sections(cases),
                           next_steps={c.reference: next_step(c, pathway) for c in cases
                                       if _waiting_step_down(c)})


def _sections(cases: list[CaseSummary]) -> list[tuple[str, str, list[CaseSummary]]]:
    """(id, heading, cases) in the order the work is done: step-downs from social care
    first (they do not wait for a meeting where the pathway says so), then the others
    awaiting their first stage, those by meeting, open reviews, and the decided."""
    waiting = [c for c in cases if not _waiting_step_down(c)]

    def status(*names: str) -> list[CaseSummary]:
        return [c for c in waiting if c.status in names]

    return [
        ("step-downs", "Step-downs from social care", [c for c in cases
                                                       if _waiting_step_down(c)]),
        ("screening", "Awaiting screening", status(CaseStatus.AWAITING_SCREENING.value)),
        ("meeting", "By meeting", sorted(
            status(CaseStatus.AWAITING_MEETING.value),
            key=lambda c: (c.meeting_date is None, c.meeting_date))),
        ("reviews", "Reviews open", [c for c in cases if c.open_review]),
        ("decided", "Decided or closed", status(*DONE)),
    ]


def _waiting_step_down(case: CaseSummary) -> bool:
    return case.priority == Priority.STEP_DOWN.value and case.status in WAITING


def next_step(case: CaseSummary, pathway: Pathway) -> str:
    """What happens next to a waiting step-down, in the pathway's words: its first stage
    now, then allocated at once or at the meeting (`step_down_at_once`)."""
    stage = pathway.stage(case.stage)
    body = pathway.body_of(stage)
    if body is None:
        meeting = pathway.meeting_stage()
        later = pathway.body_of(meeting) if meeting else None
        then = "" if later is None else (
            f", then allocated at once, without waiting for the {later.short_name}"
            if pathway.step_down_at_once else f", then to the {later.short_name}")
        return f"{stage.name.capitalize()} now{then}"
    if pathway.step_down_at_once:
        return f"Allocate now: no need to wait for the {body.short_name}"
    when = f" of {case.meeting_date:%-d %B %Y}" if case.meeting_date else ""
    return f"Awaiting the {body.short_name}{when}, which approves each step-down"


@pages.route("/cases/<reference>")
def case_page(reference: str) -> str:
    web = web_context()
    view = access.case_for(reference, web)
    with web.sessions.begin() as session:
        record_audit(session, now=web.now(), actor=access.principal().name,
                     action="view:case", reference=reference)
    person = access.principal()
    return render_template(
        "case.html", case=view, rows=form_rows(view["form"]), people=people_rows(view["form"]),
        open_review=any(r["result"] is None for r in view["reviews"]), done=DONE,
        may_act=person.may("casework"), may_review=person.may("review"))


@pages.route("/cases/<reference>/screen", methods=["POST"])
def screen_case(reference: str) -> BaseResponse:
    web = web_context()
    access.require("casework")
    access.case_for(reference, web)
    needed = request.form.get("decision") == "needed"
    reason = _field("reason")
    if request.form.get("decision") not in ("needed", "close"):
        return _refuse(reference, "Choose whether a resource is needed")
    return _act(reference, "Screening recorded", lambda: screen(
        web.sessions, reference, resource_needed=needed, close_reason=None if needed else reason,
        actor=access.principal().name, ctx=web.casework, now=web.now()))


@pages.route("/cases/<reference>/allocate", methods=["POST"])
def allocate_case(reference: str) -> BaseResponse:
    web = web_context()
    access.require("casework")
    access.case_for(reference, web)
    allocation = _allocation()
    if allocation is None:
        return _refuse(reference, "Choose whether a resource is allocated, and what")
    return _act(reference, "Decision recorded; the outcome email is queued", lambda: allocate(
        web.sessions, reference, allocation, actor=access.principal().name, ctx=web.casework,
        now=web.now()))


@pages.route("/cases/<reference>/review", methods=["POST"])
def review_case(reference: str) -> BaseResponse:
    web = web_context()
    access.require("casework")
    access.case_for(reference, web)
    grounds = _field("grounds")
    if not grounds:
        return _refuse(reference, "Enter why the lead professional disagrees")
    return _act(reference, "Review request recorded; the reviewer is told", lambda: (
        request_review(web.sessions, reference, grounds=grounds, via="admin",
                       actor=access.principal().name, ctx=web.casework, now=web.now())))


@pages.route("/cases/<reference>/review-decide", methods=["POST"])
def decide_case_review(reference: str) -> BaseResponse:
    web = web_context()
    access.require("review")
    access.case_for(reference, web)
    if request.form.get("result") not in ("upheld", "changed"):
        return _refuse(reference, "Choose whether the decision is upheld or changed")
    result = ReviewResult(request.form["result"])
    allocation = _allocation() if result is ReviewResult.CHANGED else None
    if result is ReviewResult.CHANGED and allocation is None:
        return _refuse(reference, "Give the changed decision: allocated or not, and what")
    return _act(reference, "Review result recorded; the lead professional is told", lambda: (
        decide_review(web.sessions, reference, result=result, notes=_field("notes"),
                      allocation=allocation, actor=access.principal().name, ctx=web.casework,
                      now=web.now())))


def _allocation() -> Allocation | None:
    return allocation_from(request.form)


def allocation_from(form: Mapping[str, str], prefix: str = "") -> Allocation | None:
    """The allocation typed in a form (fields named `prefix` + allocated, resource, ...),
    or None when it is not chosen or a resource allocated is not named."""
    def field(name: str) -> str:
        return form.get(prefix + name, "").strip()[:LIMIT]

    choice = field("allocated")
    if choice not in ("yes", "no") or (choice == "yes" and not field("resource")):
        return None
    return Allocation(allocated=choice == "yes", resource=field("resource"),
                      agency=field("agency"), worker=field("worker"),
                      multi_agency=field("multi_agency") == "yes", notes=field("notes"))


def _field(name: str) -> str:
    return request.form.get(name, "").strip()[:LIMIT]


def _act(reference: str, message: str, action: Callable[[], Any]) -> BaseResponse:
    try:
        action()
    except CaseworkError as err:
        return _refuse(reference, str(err))
    flash(f"{reference}: {message}", "success")
    return redirect(url_for("cases.case_page", reference=reference))


def _refuse(reference: str, message: str) -> BaseResponse:
    flash(message, "error")
    return redirect(url_for("cases.case_page", reference=reference))
