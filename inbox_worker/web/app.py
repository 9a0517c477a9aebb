"""The admin pages' Flask app, built on the same composition root as the command line."""

from __future__ import annotations

from flask import Flask, redirect, url_for
from flask_wtf.csrf import CSRFProtect
from jinja2 import ChoiceLoader, PackageLoader, PrefixLoader
from werkzeug.wrappers import Response as BaseResponse

from inbox_worker.web import access, oidc, security, signin
from inbox_worker.web.context import WebContext, WebOptions
from inbox_worker.web.pages import (
    cases,
    figures,
    files,
    item_actions,
    learned,
    meetings,
    queue,
)
from inbox_worker.web.pages.present import install_filters
from inbox_worker.web.preview import Previewer
from inbox_worker.worker.app import App

SERVICE_NAME = "Early Help Front Door"


def create_app(worker: App, options: WebOptions) -> Flask:
    """One Flask app per `frontdoor web`: pages, sign-in, CSRF, headers, access checks."""
    app = Flask(__name__, static_folder="static", static_url_path="/static")
    app.config.update(_config(options))
    app.jinja_loader = ChoiceLoader([  # our templates, then the GOV.UK macros
        PackageLoader("inbox_worker.web"),
        PrefixLoader({"govuk_frontend_jinja": PackageLoader("govuk_frontend_jinja")}),
    ])
    web = WebContext(worker, options, previewer=Previewer(warm=options.warm_previews))
    app.extensions["frontdoor"] = web
    CSRFProtect(app)
    security.install(app)
    access.install(app, web)
    install_filters(app, web)
    oidc.install(app, web)
    for blueprint in (signin.pages, oidc.pages, queue.pages, item_actions.pages, files.pages,
                      cases.pages, meetings.pages, figures.pages, learned.pages):
        app.register_blueprint(blueprint)
    app.add_url_rule("/", "home", _home)
    return app


def _home() -> BaseResponse:
    return redirect(url_for("queue.queue_list"))


def _config(options: WebOptions) -> dict[str, object]:
    return {
        "SECRET_KEY": options.secret_key,
        "SESSION_COOKIE_NAME": "__Host-frontdoor" if options.secure_cookies else "frontdoor",
        "SESSION_COOKIE_SECURE": options.secure_cookies,
        "SESSION_COOKIE_HTTPONLY": True,
        "SESSION_COOKIE_SAMESITE": "Lax",
        "PERMANENT_SESSION_LIFETIME": options.idle_timeout,
        "WTF_CSRF_TIME_LIMIT": int(options.session_lifetime.total_seconds()),
        "WTF_CSRF_SSL_STRICT": options.secure_cookies,
        "MAX_CONTENT_LENGTH": 64 * 1024,  # forms only: no uploads
        "TEMPLATES_AUTO_RELOAD": False,
    }
