"""Sign-in by OpenID Connect (Microsoft Entra ID, or any provider): the authorization code
flow with PKCE, by Authlib. The ID token's claims, or the configuration's `people`, give
the person's role and areas (`grant`); the account is kept in the store like a local one,
so `users disable` and the audit log work the same."""

from __future__ import annotations

import logging
from collections.abc import Mapping
from typing import Any

from authlib.integrations.base_client import OAuthError
from authlib.integrations.flask_client import OAuth
from flask import Blueprint, Flask, redirect, render_template, request, session, url_for
from werkzeug.wrappers import Response as BaseResponse

from inbox_worker.settings.web import OidcSettings
from inbox_worker.web.accounts import Role, signed_in_by_provider
from inbox_worker.web.context import WebContext, web_context

pages = Blueprint("oidc", __name__)
log = logging.getLogger(__name__)
CLIENT = "council"  # the Authlib client's name (and its state's key in the session)


def install(app: Flask, web: WebContext) -> None:
    """Registers the provider's client when the configuration names one."""
    settings = web.settings.web.oidc
    if settings is None:
        return
    oauth = OAuth(app)
    oauth.register(CLIENT, client_id=settings.client_id,
                   client_secret=settings.client_secret.read(),
                   server_metadata_url=settings.metadata_url,
                   client_kwargs={"scope": " ".join(settings.scopes),
                                  "code_challenge_method": "S256"})
    app.extensions["frontdoor_oidc"] = oauth


@pages.route("/sign-in/oidc")
def start() -> BaseResponse:
    oauth = _oauth()
    if oauth is None:
        return redirect(url_for("signin.sign_in"))
    client: Any = oauth.create_client(CLIENT)
    answer: BaseResponse = client.authorize_redirect(url_for("oidc.callback", _external=True))
    return answer


@pages.route("/sign-in/oidc/callback")
def callback() -> str | tuple[str, int] | BaseResponse:
    web, oauth = web_context(), _oauth()
    settings = web.settings.web.oidc
    if oauth is None or settings is None:
        return redirect(url_for("signin.sign_in"))
    now, address = web.now(), request.remote_addr or "-"
    if not web.limiter.allowed("", address, now):
        return render_template("sign_in.html", error="too_many", name=""), 429
    try:
        token = oauth.create_client(CLIENT).authorize_access_token()
    except OAuthError:
        log.warning("OpenID Connect sign-in refused by the provider or not valid")
        web.limiter.failed("", address, now)
        return render_template("sign_in.html", error="oidc", name=""), 200
    claims: Mapping[str, Any] = token.get("userinfo") or {}
    granted = grant(claims, settings, frozenset(a.id for a in web.settings.areas))
    account = None if granted is None else signed_in_by_provider(
        web.sessions, granted[0], role=granted[1], areas=granted[2], now=now)
    if account is None:
        return render_template("sign_in.html", error="no_role", name=""), 403
    session.clear()
    session.permanent = True
    session.update(account=account.name, signed_in=now.isoformat(), seen=now.isoformat())
    return redirect(url_for("queue.queue_list"))


def grant(claims: Mapping[str, Any], settings: OidcSettings,
          known_areas: frozenset[str]) -> tuple[str, Role, tuple[str, ...]] | None:
    """(account name, role, areas) for these claims, or None when they give no role (or
    an admin or manager no area)."""
    name = str(claims.get(settings.name_claim) or claims.get("email") or "").strip()[:128]
    if not name:
        return None
    if name in settings.people:
        person = settings.people[name]
        return name, Role(person.role), tuple(a for a in person.areas if a in known_areas)
    role = next((r for r in (_role(v, settings) for v in _values(claims, settings.roles_claim))
                 if r is not None), None)
    areas = tuple(dict.fromkeys(a for a in (settings.areas.get(v, v) for v in _values(
        claims, settings.areas_claim)) if a in known_areas))
    if role is None or (role in (Role.ADMIN, Role.MANAGER) and not areas):
        return None
    return name, role, areas


def _role(value: str, settings: OidcSettings) -> Role | None:
    mapped = settings.roles.get(value, value if not settings.roles else "")
    try:
        return Role(mapped)
    except ValueError:
        return None


def _values(claims: Mapping[str, Any], claim: str) -> list[str]:
    value = claims.get(claim)
    if isinstance(value, str):
        return [value]
    return [str(v) for v in value] if isinstance(value, list) else []


def _oauth() -> OAuth | None:
    from flask import current_app

    oauth: OAuth | None = current_app.extensions.get("frontdoor_oidc")
    return oauth
