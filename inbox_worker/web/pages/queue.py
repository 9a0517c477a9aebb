"""`/queue` and `/queue/REF`: the exception queue, one item, and its actions.

The actions call `casework.queue.resolve` and `dismiss`, as `frontdoor queue resolve` does.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from flask import Blueprint, flash, redirect, render_template, request, url_for
from werkzeug.wrappers import Response as BaseResponse

from inbox_worker.casework.item_actions import answer_address
from inbox_worker.casework.learning import notes_for, read_by_learned, rules_for
from inbox_worker.casework.queue import QueueError, QueueItem, dismiss, resolve
from inbox_worker.casework.queue_list import NO_AREA as NO_AREA_YET
from inbox_worker.casework.queue_list import QueueQuery, queue_page
from inbox_worker.web import access
from inbox_worker.web.context import WebContext, web_context
from inbox_worker.web.pages.files import audit_view, shown
from inbox_worker.web.pages.item_actions import correction_fields, told
from inbox_worker.web.pages.learned import rule_does, where_read
from inbox_worker.web.pages.originals import messages_of
from inbox_worker.web.pages.present import REASON_LABELS, form_rows, people_rows
from routing.decision import ReasonCode
from routing.learned import field_name

pages = Blueprint("queue", __name__)
NO_AREA = "none"  # the filter value for items that have no area yet (secure mailbox)


# Items listed per page, oldest first (the counts cover them all): 50, as GOV.UK's lists
# page, and half the rows of 100 to draw (the page's largest cost, bench/web_pages.py).
PAGE_SIZE = 50


@dataclass(frozen=True)
class Filters:
    area: str
    reason: str
    reference: str
    page: int

    def query(self, web: WebContext) -> QueueQuery:
        person = access.principal()
        area = None if not self.area else (NO_AREA_YET if self.area == NO_AREA else self.area)
        return QueueQuery(web.mailbox_areas, None if person.sees_all else person.areas,
                          area, self.reason, self.reference)

    def at(self, page: int) -> str:
        """This list's address at another page."""
        values: dict[str, Any] = {k: v for k, v in (
            ("area", self.area), ("reason", self.reason), ("reference", self.reference),
            ("page", str(page))) if v}
        return url_for("queue.queue_list", **values)


@pages.route("/queue")
def queue_list() -> str:
    web = web_context()
    filters = Filters(request.args.get("area", ""), request.args.get("reason", "")[:32],
                      request.args.get("reference", "").strip()[:32],
                      max(1, request.args.get("page", 1, type=int) or 1))
    found = queue_page(web.sessions, filters.query(web), offset=(filters.page - 1) * PAGE_SIZE,
                       limit=PAGE_SIZE)
    counts = {area or NO_AREA: reasons for area, reasons in found.counts.items()}
    return render_template(
        "queue.html", counts=counts, filters=filters, urgent=found.urgent, others=found.items,
        total=found.total, pages=max(1, -(-found.total // PAGE_SIZE)),
        areas=access.visible_areas(web), reasons=REASON_LABELS, no_area=NO_AREA,
        area_of=lambda i: access.area_of_item(i, web),
        item_at=url_for("queue.queue_item", reference="_")[:-1])  # + a reference


@pages.route("/queue/<reference>")
def queue_item(reference: str) -> str:
    web = web_context()
    item = access.queue_item_for(reference, web)
    messages = [shown(m, web.previewer) for m in messages_of(web.sessions, reference)]
    audit_view(web, "view:queue_item", reference)
    return render_template(
        "queue_item.html", item=item, area=access.area_of_item(item, web),
        rows=form_rows(item.form), people=people_rows(item.form), messages=messages,
        guidance=_guidance(item, web), all_areas=[(a.id, a.name) for a in web.settings.areas],
        told=told(item, web, answer_address(web.sessions, reference)),
        fields=correction_fields(item.form), learned=notes_for(web.sessions, item.form),
        read_by_rules=read_by_learned(item.form), rules=rules_for(web.sessions, item.form),
        rule_does=rule_does, where_read=where_read, may_remove=access.principal().may("review"),
        field_name=field_name,
        may_act=access.principal().may("queue") and item.status == "open")


def _guidance(item: QueueItem, web: WebContext) -> list[tuple[str, str, str]]:
    """(label, detail, what the sender was told) for each reason."""
    out = []
    for reason in item.reasons:
        code, _, detail = reason.partition(":")
        try:
            told = web.casework.templates.guide(ReasonCode(code), detail)
        except (ValueError, KeyError):
            told = ""
        out.append((REASON_LABELS.get(code, code), detail, told))
    return out


@pages.route("/queue/<reference>/route", methods=["POST"])
def route_item(reference: str) -> BaseResponse:
    web = web_context()
    access.require("queue")
    access.queue_item_for(reference, web)
    area = request.form.get("area", "")
    if area not in {a.id for a in web.settings.areas}:
        flash("Choose the area to route the referral to", "error")
        return redirect(url_for("queue.queue_item", reference=reference))
    return _done(lambda: resolve(web.sessions, reference, cluster=area,
                                 actor=access.principal().name, ctx=web.app.pipeline.context,
                                 now=web.now()),
                 reference, f"{reference} routed to {web.area_name(area)}; the sender is told")


@pages.route("/queue/<reference>/dismiss", methods=["POST"])
def dismiss_item(reference: str) -> BaseResponse:
    web = web_context()
    access.require("queue")
    access.queue_item_for(reference, web)
    reason = request.form.get("reason", "").strip()[:500]
    if not reason:
        flash("Enter why the item is dismissed", "error")
        return redirect(url_for("queue.queue_item", reference=reference))
    return _done(lambda: dismiss(web.sessions, reference, reason=reason,
                                 actor=access.principal().name, now=web.now()),
                 reference, f"{reference} dismissed")


def _done(action: Callable[[], None], reference: str, message: str) -> BaseResponse:
    try:
        action()
    except QueueError as err:
        flash(str(err), "error")
        return redirect(url_for("queue.queue_item", reference=reference))
    flash(message, "success")
    return redirect(url_for("queue.queue_list"))
