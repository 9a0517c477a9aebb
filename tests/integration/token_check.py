"""A token-checking endpoint for Dovecot's oauth2 passdb: a fake identity provider.

Exchange Online validates the XOAUTH2 bearer token itself; a loopback Dovecot asks an HTTP
endpoint instead (introspection_mode = auth: GET with "Authorization: Bearer <token>").
This fake answers like Microsoft Graph's /me ({"mail": ...}) for the tokens it was given,
and 401 for any other. Dovecot, the IMAP server, is real.
"""

from __future__ import annotations

import json
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer


@dataclass
class TokenCheck:
    """Tokens accepted (token -> username) and the bearer tokens Dovecot asked about."""

    accepted: dict[str, str] = field(default_factory=dict)
    asked: list[str] = field(default_factory=list)
    url: str = ""


def _handler(check: TokenCheck) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            token = self.headers.get("Authorization", "").removeprefix("Bearer ").strip()
            check.asked.append(token)
            user = check.accepted.get(token)
            body = json.dumps({"mail": user} if user else
                              {"error": {"code": "InvalidAuthenticationToken"}}).encode()
            self.send_response(200 if user else 401)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, format: str, *args: object) -> None:
            """Quiet: tests read `asked` instead."""

    return Handler


@contextmanager
def running_token_check() -> Iterator[TokenCheck]:
    """Serves on 127.0.0.1 (a free port) until the block ends."""
    check = TokenCheck()
    server = ThreadingHTTPServer(("127.0.0.1", 0), _handler(check))
    check.url = f"http://127.0.0.1:{server.server_address[1]}/v1.0/me"
    with serving(server):
        yield check


@contextmanager
def serving(server: ThreadingHTTPServer) -> Iterator[None]:
    """Runs `server` in a thread until the block ends, then closes it."""
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield
    finally:
        server.shutdown()
        server.server_close()
