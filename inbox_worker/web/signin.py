"""Sign-in and sign-out with local accounts; failures are rate-limited."""

from __future__ import annotations

import logging

from flask import Blueprint, redirect, render_template, request, session, url_for
from werkzeug.wrappers import Response as BaseResponse

from inbox_worker.casework.audit import record_audit
from inbox_worker.web.accounts import check_password
from inbox_worker.web.context import web_context

pages = Blueprint("signin", __name__)
log = logging.getLogger(__name__)
Page = str | tuple[str, int] | BaseResponse


@pages.route("/sign-in", methods=["GET", "POST"])
def sign_in() -> Page:
    if request.method == "GET":
        return render_template("sign_in.html", error=None, name="")
    web, now = web_context(), web_context().now()
    name, password = request.form.get("name", "").strip(), request.form.get("password", "")
    address = request.remote_addr or "-"
    if not web.limiter.allowed(name, address, now):
        log.warning("sign-in refused: too many failures")  # never the name or the address
        return render_template("sign_in.html", error="too_many", name=name), 429
    account = check_password(web.sessions, name, password) if name and password else None
    if account is None:
        web.limiter.failed(name, address, now)
        return render_template("sign_in.html", error="wrong", name=name), 200
    session.clear()
    session.permanent = True
    session.update(account=account.name, signed_in=now.isoformat(), seen=now.isoformat())
    with web.sessions.begin() as db:
        record_audit(db, now=now, actor=account.name, action="account:sign_in", reference=None)
    return redirect(url_for("queue.queue_list"))


@pages.route("/sign-out", methods=["POST"])
def sign_out() -> BaseResponse:
    session.clear()
    return redirect(url_for("signin.signed_out", why="signed_out"))


@pages.route("/signed-out")
def signed_out() -> str:
    why = "timeout" if request.args.get("why") == "timeout" else "signed_out"
    return render_template("signed_out.html", why=why)
