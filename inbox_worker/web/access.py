"""Who may see and do what on the admin pages: the one place access is decided.

Every page goes through `install`'s hooks (signed in, session not expired, the account
still active; an auditor changes nothing), and every page that names a reference gets its
record through `queue_item_for` or `case_for`, which answer 404 for an item of an area the
person was not granted, whether they followed a link or typed the address.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Any

from flask import Flask, abort, g, redirect, request, session, url_for
from werkzeug.wrappers import Response as BaseResponse

from inbox_worker.casework.queue import QueueError, QueueItem, show
from inbox_worker.casework.view import case_view
from inbox_worker.web.accounts import ALL_AREA_ROLES, Role, find_account
from inbox_worker.web.context import WebContext

# Endpoints open without signing in: the sign-in page and the GOV.UK assets.
PUBLIC_ENDPOINTS = frozenset({"signin.sign_in", "static", "assets", "signin.signed_out",
                              "oidc.start", "oidc.callback"})
# What each role may do beyond looking (an auditor only looks).
ACTIONS: dict[str, frozenset[Role]] = {
    "queue": frozenset({Role.ADMIN, Role.MANAGER, Role.SERVICE_MANAGER}),
    "casework": frozenset({Role.ADMIN, Role.MANAGER, Role.SERVICE_MANAGER}),
    "review": frozenset({Role.MANAGER, Role.SERVICE_MANAGER}),
}


@dataclass(frozen=True)
class Principal:
    """The signed-in person, read again from the store on every request."""

    name: str
    role: Role
    areas: frozenset[str]

    @property
    def sees_all(self) -> bool:
        return self.role in ALL_AREA_ROLES

    def sees(self, area: str | None) -> bool:
        return self.sees_all or (area is not None and area in self.areas)

    def may(self, action: str) -> bool:
        return self.role in ACTIONS[action]


def install(app: Flask, web: WebContext) -> None:
    """The hooks every request passes."""
    app.before_request(lambda: _admit(web))


def _admit(web: WebContext) -> BaseResponse | None:
    if request.endpoint in PUBLIC_ENDPOINTS or request.endpoint is None:
        return None
    principal = _principal(web)
    if principal is None:
        session.clear()
        return redirect(url_for("signin.sign_in"))
    if _expired(web):
        session.clear()
        return redirect(url_for("signin.signed_out", why="timeout"))
    session["seen"] = web.now().isoformat()
    g.principal = principal
    if request.method == "POST" and principal.role is Role.AUDITOR \
            and request.endpoint != "signin.sign_out":
        abort(403)
    return None


def _principal(web: WebContext) -> Principal | None:
    name = session.get("account")
    if not isinstance(name, str):
        return None
    account = find_account(web.sessions, name)
    if account is None:  # disabled since signing in
        return None
    return Principal(account.name, account.role, frozenset(account.areas))


def _expired(web: WebContext) -> bool:
    """Idle for longer than the timeout, or signed in for longer than a working day."""
    seen, signed_in = session.get("seen"), session.get("signed_in")
    if not isinstance(seen, str) or not isinstance(signed_in, str):
        return True
    now = web.now()
    return (now - dt.datetime.fromisoformat(seen) > web.idle_timeout
            or now - dt.datetime.fromisoformat(signed_in) > web.session_lifetime)


def principal() -> Principal:
    """The signed-in person of this request (pages behind `install` only)."""
    person: Principal = g.principal
    return person


def require(action: str) -> None:
    if not principal().may(action):
        abort(403)


def area_of_item(item: QueueItem, web: WebContext) -> str | None:
    """An item belongs to its cluster or, before it has one, to the area whose mailbox it
    came to; an item of the secure mailbox with no cluster is for all-area roles only."""
    return item.cluster or web.mailbox_areas.get(item.received_in)


def visible_items(items: Iterable[QueueItem], web: WebContext) -> list[QueueItem]:
    person = principal()
    return [i for i in items if person.sees(area_of_item(i, web))]


def visible_areas(web: WebContext) -> list[tuple[str, str]]:
    """(id, name) of the areas the person works in, in configuration order."""
    person = principal()
    return [(a.id, a.name) for a in web.settings.areas if person.sees(a.id)]


def queue_item_for(reference: str, web: WebContext) -> QueueItem:
    """The item, or 404 when there is none or it is of another area."""
    try:
        item = show(web.sessions, reference)
    except QueueError:
        abort(404)
    if not principal().sees(area_of_item(item, web)):
        abort(404)
    return item


def case_for(reference: str, web: WebContext) -> dict[str, Any]:
    """The case view, or 404 when there is none or it is of another area."""
    view = case_view(web.sessions, reference)
    if view is None or not principal().sees(view["cluster"]):
        abort(404)
    return view


def visible(rows: Iterable[Any], area: Callable[[Any], str | None]) -> list[Any]:
    person = principal()
    return [r for r in rows if person.sees(area(r))]
