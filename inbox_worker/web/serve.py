"""`frontdoor web`: the admin pages served by gunicorn, one process with threads.

One process, so the sign-in limiter (in memory) sees every attempt; threads, so a slow
page does not hold up the others.
"""

from __future__ import annotations

import os
import secrets
from collections.abc import Callable
from pathlib import Path

from flask import Flask
from gunicorn.app.base import BaseApplication

from inbox_worker.settings import SettingsError

THREADS = 8
SECRET_ENV = "FRONTDOOR_WEB_SECRET_FILE"  # a file holding the session-signing key


class WebServer(BaseApplication):  # type: ignore[misc]  # gunicorn is untyped
    """gunicorn with the app built in its worker process (`load`, after the fork), so the
    reader pool's forkserver and the store's connections belong to the process using them."""

    def __init__(self, make_app: Callable[[], Flask], bind: str) -> None:
        self._make_app, self._bind = make_app, bind
        super().__init__()

    def load_config(self) -> None:
        for key, value in {"bind": self._bind, "workers": 1, "threads": THREADS,
                           "worker_class": "gthread", "accesslog": "-",
                           "access_log_format": '%(h)s "%(m)s %(U)s" %(s)s %(L)ss',
                           "timeout": 60, "graceful_timeout": 20,
                           # no control socket in the home folder (systemd: ProtectHome)
                           "control_socket_disable": True}.items():
            self.cfg.set(key, value)

    def load(self) -> Flask:
        return self._make_app()


def secret_key() -> bytes:
    """The key that signs session cookies: from FRONTDOOR_WEB_SECRET_FILE, else a new one
    each start (everyone signs in again after a restart)."""
    path = os.environ.get(SECRET_ENV)
    if not path:
        return secrets.token_bytes(32)
    key = Path(path).read_bytes().strip()
    if len(key) < 32:
        raise SettingsError(f"{SECRET_ENV}: the key in {path} is shorter than 32 bytes")
    return key


def serve(make_app: Callable[[], Flask], host: str, port: int) -> None:
    """Serves until stopped; the access log has method, path (references, never names),
    status and time only."""
    bind = f"[{host}]:{port}" if ":" in host else f"{host}:{port}"
    WebServer(make_app, bind).run()
