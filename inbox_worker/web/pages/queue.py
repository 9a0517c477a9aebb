"""`/queue` and `/queue/REF`: the exception queue, one item, and its actions.

The actions call `casework.queue.resolve` and `dismiss`, as `frontdoor queue resolve` does.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Callable
from dataclasses import dataclass

from flask import (
    Blueprint,
    Response,
    abort,
    flash,
    redirect,
    render_template,
    request,
    url_for,
)
from werkzeug.wrappers import Response as BaseResponse

from inbox_worker.casework.audit import record_audit
from inbox_worker.casework.queue import QueueError, QueueItem, dismiss, list_items, resolve
from inbox_worker.web import access
from inbox_worker.web.context import WebContext, web_context
from inbox_worker.web.pages.originals import OriginalMail, original_of
from inbox_worker.web.pages.present import REASON_LABELS, form_rows, people_rows, reason_code
from routing.decision import ReasonCode

pages = Blueprint("queue", __name__)
NO_AREA = "none"  # the filter value for items that have no area yet (secure mailbox)


@dataclass(frozen=True)
class Filters:
    area: str
    reason: str
    reference: str

    def keep(self, item: QueueItem, web: WebContext) -> bool:
        area = access.area_of_item(item, web) or NO_AREA
        return ((not self.area or area == self.area)
                and (not self.reason or self.reason in {reason_code(r) for r in item.reasons})
                and (not self.reference or self.reference.upper() in item.reference.upper()))


@pages.route("/queue")
def queue_list() -> str:
    web = web_context()
    items = access.visible_items(list_items(web.sessions), web)
    filters = Filters(request.args.get("area", ""), request.args.get("reason", ""),
                      request.args.get("reference", "").strip()[:32])
    shown = [i for i in items if filters.keep(i, web)]
    return render_template(
        "queue.html", counts=_counts(items, web), filters=filters,
        urgent=[i for i in shown if i.priority == "urgent"],
        others=sorted((i for i in shown if i.priority != "urgent"), key=lambda i: i.created_at),
        areas=access.visible_areas(web), reasons=REASON_LABELS, no_area=NO_AREA,
        area_of=lambda i: access.area_of_item(i, web))


def _counts(items: list[QueueItem], web: WebContext) -> dict[str, Counter[str]]:
    """Open items per area (or NO_AREA) and reason code."""
    counts: dict[str, Counter[str]] = defaultdict(Counter)
    for item in items:
        counts[access.area_of_item(item, web) or NO_AREA].update(
            {reason_code(r) for r in item.reasons})
    return dict(counts)


@pages.route("/queue/<reference>")
def queue_item(reference: str) -> str:
    web = web_context()
    item = access.queue_item_for(reference, web)
    original = original_of(web.sessions, reference)
    _audit_view(web, "view:queue_item", reference)
    return render_template(
        "queue_item.html", item=item, area=access.area_of_item(item, web),
        rows=form_rows(item.form), people=people_rows(item.form), original=original,
        guidance=_guidance(item, web), all_areas=[(a.id, a.name) for a in web.settings.areas],
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


@pages.route("/queue/<reference>/original")
def original_email(reference: str) -> Response:
    web = web_context()
    access.queue_item_for(reference, web)
    original = _original(web, reference)
    _audit_view(web, "view:original", reference)
    return _download(original.raw, f"{reference}.eml")


@pages.route("/queue/<reference>/attachments/<int:number>")
def attachment(reference: str, number: int) -> Response:
    web = web_context()
    access.queue_item_for(reference, web)
    files = _original(web, reference).attachments
    if not 1 <= number <= len(files):
        abort(404)
    _audit_view(web, "view:attachment", reference, number=number)
    return _download(files[number - 1].data, files[number - 1].filename or f"file-{number}")


def _original(web: WebContext, reference: str) -> OriginalMail:
    original = original_of(web.sessions, reference)
    if original is None:
        abort(404)
    return original


def _download(data: bytes, filename: str) -> Response:
    """Always a download, never shown in our origin: the bytes came from outside."""
    response = Response(data, mimetype="application/octet-stream")
    safe = "".join(c for c in filename if c.isalnum() or c in "._- ")[:120] or "file"
    response.headers["Content-Disposition"] = f'attachment; filename="{safe}"'
    return response


def _audit_view(web: WebContext, action: str, reference: str, **after: object) -> None:
    with web.sessions.begin() as session:
        record_audit(session, now=web.now(), actor=access.principal().name, action=action,
                     reference=reference, after=dict(after) or None)
