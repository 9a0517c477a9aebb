"""The item page's actions besides routing and dismissing (`pages/queue.py`): correct a
field, not for Early Help (signpost, or step up to MASH / social care), decide again,
reply to the sender from a template; and what the sender will be told by each.

Thin handlers over `casework.item_actions` and the worker's `Pipeline.reprocess`.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from flask import Blueprint, flash, redirect, request, url_for
from werkzeug.wrappers import Response as BaseResponse

from inbox_worker.casework.item_actions import (
    correct,
    not_for_early_help,
    reply_to_sender,
)
from inbox_worker.casework.queue import QueueError, QueueItem
from inbox_worker.notify.compose import acknowledgement
from inbox_worker.notify.queue_mail import NotForEarlyHelp, reply_text
from inbox_worker.web import access
from inbox_worker.web.context import WebContext, web_context
from routing.corrections import CorrectionError
from routing.decision import Decision, Outcome

pages = Blueprint("item", __name__)
YOUR_REASON = "(the reason you give below)"
CHOSEN_AREA = "the area you choose"


@dataclass(frozen=True)
class Told:
    """What the sender will be told by each action: an email's text, or why none."""

    route: str
    signpost: str
    step_up: str
    reprocess: str
    replies: list[tuple[str, str, str]]  # (id, title, text)
    no_address: bool  # the sender cannot be emailed at all


def told(item: QueueItem, web: WebContext, answer_to: str | None) -> Told:
    templates, authority = web.casework.templates, web.settings.authority
    routed = _routed_text(item, web, answer_to)

    def closed(where: NotForEarlyHelp) -> str:
        return templates.render("not_for_early_help", reference=item.reference,
                                outcome=where.outcome, reason=YOUR_REASON, authority=authority)

    return Told(
        route=routed, signpost=closed(NotForEarlyHelp.SIGNPOST),
        step_up=closed(NotForEarlyHelp.STEP_UP), reprocess=routed,
        replies=[(name, reply.title, reply_text(templates, name, item.reference, authority))
                 for name, reply in templates.replies.items()],
        no_address=not answer_to)


def _routed_text(item: QueueItem, web: WebContext, answer_to: str | None) -> str:
    """The acknowledgement the worker sends when the item becomes a case, as it composes it."""
    decision = Decision(Outcome.ROUTED, item.received_in, cluster=item.cluster)
    email = acknowledgement(decision, answer_to or "sender@example.invalid", in_reply_to="",
                            reference=item.reference, area_name=CHOSEN_AREA,
                            templates=web.casework.templates, sender=web.casework.sender,
                            now=web.now())
    assert email is not None  # a routed decision with a recipient is always answered
    body = email.message.get_body(("plain",))
    return body.get_content() if body is not None else ""


def correction_fields(form: dict[str, Any] | None) -> list[tuple[str, str]]:
    """(field, label) of what may be corrected, person by person, then the postcode."""
    fields = []
    for i, person in enumerate((form or {}).get("people") or []):
        who = person.get("name") or f"person {i + 1}"
        fields += [(f"people.{i}.name", f"{who}: name"),
                   (f"people.{i}.date_of_birth", f"{who}: date of birth"),
                   (f"people.{i}.consent", f"{who}: consent seen (signed)")]
    return [*fields, ("address.postcode", "Home postcode")]


@pages.route("/queue/<reference>/correct", methods=["POST"])
def correct_field(reference: str) -> BaseResponse:
    web = _acting(reference)
    field, typed = request.form.get("field", ""), request.form.get("value", "")[:200]
    if field.endswith(".consent"):
        typed = "yes"
    return _done(lambda: correct(web.sessions, reference, field=field, typed=typed,
                                 actor=access.principal().name, now=web.now()),
                 reference, "Corrected. Decide again to use the correction", stay=True)


@pages.route("/queue/<reference>/not-for-early-help", methods=["POST"])
def not_for_eh(reference: str) -> BaseResponse:
    web = _acting(reference)
    try:
        where = NotForEarlyHelp(request.form.get("where", ""))
    except ValueError:
        flash("Choose signpost or step up", "error")
        return _back(reference)
    return _done(lambda: not_for_early_help(
        web.sessions, reference, where, reason=request.form.get("reason", ""),
        actor=access.principal().name, ctx=web.app.pipeline.context, now=web.now()),
        reference, f"{reference} closed: " + ("signposted" if where is NotForEarlyHelp.SIGNPOST
                                              else "stepped up to MASH / social care"))


@pages.route("/queue/<reference>/reprocess", methods=["POST"])
def reprocess(reference: str) -> BaseResponse:
    web = _acting(reference)
    try:
        decision, sender_told = web.app.pipeline.reprocess(reference,
                                                           actor=access.principal().name)
    except QueueError as err:
        flash(str(err), "error")
        return _back(reference)
    if decision.outcome is Outcome.ROUTED:
        flash(f"{reference} decided again: routed to {web.area_name(decision.cluster)}; "
              "the sender is told", "success")
        return redirect(url_for("queue.queue_list"))
    flash("Decided again: it stays in the queue" + (
        "; the sender is told what is still needed" if sender_told else
        " for the same reasons; nothing was sent"), "success")
    return _back(reference)


@pages.route("/queue/<reference>/reply", methods=["POST"])
def reply(reference: str) -> BaseResponse:
    web = _acting(reference)
    chosen = request.form.get("reply", "")
    return _done(lambda: reply_to_sender(web.sessions, reference, chosen,
                                         actor=access.principal().name,
                                         ctx=web.app.pipeline.context, now=web.now()),
                 reference, "Reply sent; their answer will be shown here", stay=True)


def _acting(reference: str) -> WebContext:
    web = web_context()
    access.require("queue")
    access.queue_item_for(reference, web)
    return web


def _done(action: Callable[[], object], reference: str, message: str, *,
          stay: bool = False) -> BaseResponse:
    try:
        action()
    except (QueueError, CorrectionError) as err:
        flash(str(err), "error")
        return _back(reference)
    flash(message, "success")
    return _back(reference) if stay else redirect(url_for("queue.queue_list"))


def _back(reference: str) -> BaseResponse:
    return redirect(url_for("queue.queue_item", reference=reference))
