"""`/learned`: what admins' corrections taught (`casework.learning`): each reading admins
corrected, on forms laid out alike, how often, and whether it holds such forms in the
queue; a manager removes a rule that is wrong."""

from __future__ import annotations

from flask import Blueprint, flash, redirect, render_template, url_for
from werkzeug.wrappers import Response as BaseResponse

from inbox_worker.casework.learning import LEARNED_AFTER, list_rules, remove_rule
from inbox_worker.web import access
from inbox_worker.web.context import web_context
from routing.learned import field_name

pages = Blueprint("learned", __name__)


@pages.route("/learned")
def rule_list() -> str:
    return render_template("learned.html", rules=list_rules(web_context().sessions),
                           learned_after=LEARNED_AFTER, field_name=field_name,
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
              f"read at {rule.read_from})", "success")
    return redirect(url_for("learned.rule_list"))
