"""Security headers on every answer, the GOV.UK assets, and the error pages."""

from __future__ import annotations

from pathlib import Path

from flask import Flask, Response, render_template, request, send_from_directory
from flask_wtf.csrf import CSRFError
from werkzeug.exceptions import HTTPException

ASSETS = Path(__file__).parent / "static" / "govuk" / "assets"
# No inline script or style anywhere: GOV.UK's own `js-enabled` line is static/init.js.
CSP = ("default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self'; "
       "font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'none'; "
       "form-action 'self'; frame-ancestors 'none'")
HEADERS = {
    "Content-Security-Policy": CSP,
    "X-Content-Type-Options": "nosniff",
    "X-Frame-Options": "DENY",
    "Referrer-Policy": "same-origin",
    "Permissions-Policy": "camera=(), microphone=(), geolocation=(), payment=()",
    "Cross-Origin-Opener-Policy": "same-origin",
    "Strict-Transport-Security": "max-age=31536000; includeSubDomains",
}
ERROR_TITLES = {400: "The form had expired or was not sent from this site",
                403: "You cannot do that with your account",
                404: "Page not found", 405: "Page not found",
                429: "Too many tries: wait 15 minutes and try again"}


def install(app: Flask) -> None:
    app.after_request(_headers)
    # GOV.UK Frontend's stylesheet asks for its fonts and images under /assets/.
    app.add_url_rule("/assets/<path:filename>", "assets", _asset)
    app.register_error_handler(CSRFError, _csrf_refused)
    app.register_error_handler(HTTPException, _error_page)


def _headers(response: Response) -> Response:
    for name, value in HEADERS.items():  # a page may set a stricter policy of its own
        response.headers.setdefault(name, value)
    if not request.path.startswith(("/static/", "/assets/")):
        response.headers["Cache-Control"] = "no-store"  # family records stay off disk caches
    return response


def _asset(filename: str) -> Response:
    return send_from_directory(ASSETS, filename, max_age=86400)


def _csrf_refused(_error: CSRFError) -> tuple[str, int]:
    return _render(400)


def _error_page(error: HTTPException) -> tuple[str, int] | HTTPException:
    code = error.code or 500
    return _render(code) if code in ERROR_TITLES else error


def _render(code: int) -> tuple[str, int]:
    return render_template("error.html", title=ERROR_TITLES[code], code=code), code
