"""`/learned`: what admins' corrections taught (`casework.learning`): each reading admins
corrected, on forms laid out alike, how often, and whether it holds such forms in the
queue; a manager removes a rule that is wrong."""

from __future__ import annotations

from flask import Blueprint, flash, redirect, render_template, request, url_for
from werkzeug.wrappers import Response as BaseResponse

from inbox_worker.casework.learning import LEARNED_AFTER, Rule, list_rules, remove_rule
from inbox_worker.web import access
from inbox_worker.web.context import web_context
from routing.learned import Reading, field_name

pages = Blueprint("learned", __name__)
_READS: dict[str, str] = {
    Reading.DAY_MONTH_SWAPPED: "reads the date with its day and month swapped",
    Reading.SURNAME_LAST: "reads the name with the surname moved last"}


def rule_does(rule: Rule) -> str:
    """What a rule does now, in words: for `/learned` and the item page."""
    if not rule.active:
        return "removed"
    if not rule.learned:
        return f"counting ({rule.corrections} of {LEARNED_AFTER})"
    if rule.reading == Reading.READ_ELSEWHERE:
        return f"reads it from {' or '.join(rule.places)}"
    return _READS.get(rule.reading or "", "holds such forms in the queue")


def where_read(rule: Rule) -> str:
    return rule.read_from or "not read"


@pages.route("/learned")
def rule_list() -> str:
    return render_template("learned.html", rules=list_rules(web_context().sessions),
                           learned_after=LEARNED_AFTER, field_name=field_name,
                           rule_does=rule_does, where_read=where_read,
                           may_remove=access.principal().may("review"))


@pages.route("/learned/<int:rule_id>/remove", methods=["POST"])
def remove(rule_id: int) -> BaseResponse:
    web = web_context()
    access.require("review")
    rule = remove_rule(web.sessions, rule_id, actor=access.principal().name, now=web.now())
    if rule is None:
        flash("That rule is already removed", "error")
    else:
        flash(f"Removed: forms read like this are routed again ({field_name(rule.field)} "
              f"read at {where_read(rule)})", "success")
    back = request.form.get("back", "")  # the item page it was removed from
    if back:
        return redirect(url_for("queue.queue_item", reference=back))
    return redirect(url_for("learned.rule_list"))
