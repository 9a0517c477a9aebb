"""What the admin pages are given: the worker's composition root and the web's own limits."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from flask import current_app
from sqlalchemy.orm import Session, sessionmaker

from inbox_worker.casework.actions import CaseworkContext
from inbox_worker.settings import Settings
from inbox_worker.web.limits import SignInLimiter
from inbox_worker.web.preview import Previewer
from inbox_worker.worker.app import App

IDLE_TIMEOUT = dt.timedelta(minutes=30)  # NCSC / GDS: end an idle session within 30 minutes
SESSION_LIFETIME = dt.timedelta(hours=10)  # one working day, then sign in again


@dataclass(frozen=True)
class WebOptions:
    secret_key: bytes
    idle_timeout: dt.timedelta = IDLE_TIMEOUT
    session_lifetime: dt.timedelta = SESSION_LIFETIME
    secure_cookies: bool = True  # False only for the plain-HTTP tests of a loopback app
    warm_previews: bool = False  # a preview child kept ready (`frontdoor web`, the bench)


@dataclass
class WebContext:
    app: App
    options: WebOptions
    limiter: SignInLimiter = field(default_factory=SignInLimiter)
    previewer: Previewer = field(default_factory=Previewer)

    @property
    def settings(self) -> Settings:
        return self.app.settings

    @property
    def sessions(self) -> sessionmaker[Session]:
        return self.app.sessions

    @property
    def casework(self) -> CaseworkContext:
        assert self.app.pipeline.casework is not None  # build_app always gives it
        return self.app.pipeline.casework

    @property
    def idle_timeout(self) -> dt.timedelta:
        return self.options.idle_timeout

    @property
    def session_lifetime(self) -> dt.timedelta:
        return self.options.session_lifetime

    @property
    def mailbox_areas(self) -> dict[str, str]:
        """Mailbox id -> the area it belongs to (the secure mailbox belongs to none)."""
        return {a.mailbox: a.id for a in self.settings.areas}

    def now(self) -> dt.datetime:
        return self.app.clock.now()

    def area_name(self, area_id: str | None) -> str:
        return next((a.name for a in self.settings.areas if a.id == area_id), area_id or "-")


def web_context() -> WebContext:
    """The context of the app handling this request."""
    context: WebContext = current_app.extensions["frontdoor"]
    return context
