"""A FAKE of Microsoft's sign-in service and of Microsoft Graph's mail API, on 127.0.0.1.

Microsoft 365 cannot run here, so this small HTTPS server (self-signed certificate:
MSAL only signs in to https authorities) replays the documented protocol:

- sign-in (login.microsoftonline.com): `/{tenant}/v2.0/.well-known/openid-configuration`
  and the token endpoint `/{tenant}/oauth2/v2.0/token` for the client_credentials grant
  (`{"token_type": "Bearer", "expires_in": N, "access_token": ...}`; errors as
  `{"error": "invalid_client", "error_description": "AADSTS7000215: ...", ...}`);
- Graph v1.0 under `/v1.0/users/{user}/`: `mailFolders/{id}`, `.../childFolders` (GET,
  POST), `.../messages/delta` (pages with @odata.nextLink, a final @odata.deltaLink,
  `@removed` for messages that left, 410 once its state is expired), `messages/{id}`,
  `messages/{id}/$value`, `messages/{id}/move`, `sendMail` (base64 MIME); errors as
  `{"error": {"code", "message"}}`; 401 without a valid bearer token; 429 with
  Retry-After when told to throttle.

Messages live in memory per user and folder, with ids that survive moves (immutable
ids). Every request is recorded for tests to assert on.
"""

from __future__ import annotations

import base64
import datetime as dt
import itertools
import json
import ssl
import threading
import time
import uuid
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, unquote, urlsplit

from .dovecot import make_certificate
from .token_check import serving

TENANT = "dudley.example"
CLIENT_ID = "00000000-1111-2222-3333-444444444444"
CLIENT_SECRET = "fake-client-secret"  # a made-up secret the fake accepts
ROOT, INBOX = "msgfolderroot", "inbox"  # Graph's well-known folder names


@dataclass(frozen=True)
class Recorded:
    method: str
    path: str  # unquoted, without the query
    query: dict[str, list[str]]
    headers: dict[str, str]
    body: bytes
    at: float  # time.monotonic() when it arrived


@dataclass
class Folder:
    id: str
    name: str
    parent: str | None


@dataclass
class Mail:
    id: str
    folder: str
    raw: bytes
    received: str  # ISO 8601, as Graph's receivedDateTime
    changed: int  # change number of its last arrival in a folder


@dataclass
class Mailbox:
    folders: dict[str, Folder] = field(default_factory=dict)
    mails: dict[str, Mail] = field(default_factory=dict)
    left: list[tuple[str, str, int]] = field(default_factory=list)  # (mail, folder, change)


@dataclass
class FakeGraph:
    """The fake's state; tests change the knobs and read `requests`, `sent`, `tokens`."""

    base_url: str = ""
    ca_file: Path | None = None
    expires_in: int = 3600  # lifetime of the tokens it issues
    page_size: int = 100  # delta page size (nextLink beyond it)
    fail_sign_in: str | None = None  # an AADSTS code to refuse sign-in with
    throttle_next: int = 0  # this many Graph requests answered 429
    retry_after: int = 1  # seconds, sent with each 429
    expire_delta_state: bool = False  # the next deltatoken request gets 410
    refuse_send: tuple[int, str] | None = None  # sendMail answers this status and code
    token_listeners: list[Callable[[str], None]] = field(default_factory=list)  # told each
    mailboxes: dict[str, Mailbox] = field(default_factory=dict)
    tokens: dict[str, float] = field(default_factory=dict)  # token -> expiry (time.time)
    requests: list[Recorded] = field(default_factory=list)
    sent: list[tuple[str, bytes]] = field(default_factory=list)  # (sender, MIME)
    pages: dict[str, tuple[list[dict[str, Any]], int]] = field(default_factory=dict)
    change: itertools.count[int] = field(default_factory=lambda: itertools.count(1))
    lock: threading.RLock = field(default_factory=threading.RLock)

    @property
    def authority_url(self) -> str:
        return self.base_url

    @property
    def graph_url(self) -> str:
        return f"{self.base_url}/v1.0"

    def deliver(self, user: str, raw: bytes, received: dt.datetime | None = None) -> str:
        """Puts a message in the user's inbox; returns its (immutable) id."""
        with self.lock:
            box = self.mailbox(user)
            when = (received or dt.datetime.now(dt.UTC)).strftime("%Y-%m-%dT%H:%M:%SZ")
            mail = Mail(f"AAkALg-{uuid.uuid4().hex}", _inbox_id(user), raw, when,
                        next(self.change))
            box.mails[mail.id] = mail
            return mail.id

    def mailbox(self, user: str) -> Mailbox:
        key = user.lower()
        if key not in self.mailboxes:
            root, inbox = f"{ROOT}-{key}", _inbox_id(key)
            self.mailboxes[key] = Mailbox({root: Folder(root, "Top of Information Store", None),
                                           inbox: Folder(inbox, "Inbox", root)})
        return self.mailboxes[key]

    def folder_path(self, user: str, folder_id: str) -> str:
        box = self.mailbox(user)
        names: list[str] = []
        while (folder := box.folders[folder_id]).parent is not None:
            names.insert(0, folder.name)
            folder_id = folder.parent
        return "/".join(names)

    def contents(self, user: str) -> dict[str, list[bytes]]:
        """Folder path ("Inbox", "Exceptions/consent_missing") -> raw messages in it."""
        with self.lock:
            found: dict[str, list[bytes]] = {}
            for mail in self.mailbox(user).mails.values():
                found.setdefault(self.folder_path(user, mail.folder), []).append(mail.raw)
            return found

    def graph_requests(self, method: str = "", contains: str = "") -> list[Recorded]:
        return [r for r in self.requests if r.path.startswith("/v1.0/")
                and r.method.startswith(method) and contains in r.path]


def _inbox_id(user: str) -> str:
    return f"{INBOX}-{user.lower()}"


class _AnswerError(Exception):
    """Ends a request with this status, JSON body and headers."""

    def __init__(self, status: int, body: object = None,
                 headers: dict[str, str] | None = None) -> None:
        super().__init__(status)
        self.status, self.body, self.headers = status, body, headers or {}


def _graph_error(status: int, code: str, message: str) -> _AnswerError:
    return _AnswerError(status, {"error": {"code": code, "message": message}})


def _handler(fake: FakeGraph) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            self._serve("GET")

        def do_POST(self) -> None:
            self._serve("POST")

        def _serve(self, method: str) -> None:
            parts = urlsplit(self.path)
            length = int(self.headers.get("Content-Length") or 0)
            request = Recorded(method, unquote(parts.path), parse_qs(parts.query),
                               dict(self.headers.items()), self.rfile.read(length),
                               time.monotonic())
            with fake.lock:
                fake.requests.append(request)
            try:
                _route(fake, request)
                raise _AnswerError(500, {"error": {"code": "fake", "message": "no answer"}})
            except _AnswerError as answer:
                self._reply(answer)

        def _reply(self, answer: _AnswerError) -> None:
            body = answer.body if isinstance(answer.body, bytes) else (
                b"" if answer.body is None else json.dumps(answer.body).encode())
            self.send_response(answer.status)
            kind = "text/plain" if isinstance(answer.body, bytes) else "application/json"
            self.send_header("Content-Type", kind)
            self.send_header("Content-Length", str(len(body)))
            for name, value in answer.headers.items():
                self.send_header(name, value)
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, format: str, *args: object) -> None:
            """Quiet: tests read `fake.requests` instead."""

    return Handler


def _route(fake: FakeGraph, request: Recorded) -> None:
    path = request.path
    if path.endswith("/v2.0/.well-known/openid-configuration"):
        _openid_configuration(fake, path.split("/")[1])
    if path.endswith("/oauth2/v2.0/token") and request.method == "POST":
        _token(fake, request)
    if path.startswith("/v1.0/users/"):
        with fake.lock:
            _check_bearer(fake, request)
            _graph(fake, request, path.removeprefix("/v1.0/users/").split("/"))
    raise _AnswerError(404, {"error": {"code": "fake", "message": f"not served: {path}"}})


def _openid_configuration(fake: FakeGraph, tenant: str) -> None:
    base = f"{fake.base_url}/{tenant}"
    raise _AnswerError(200, {
        "token_endpoint": f"{base}/oauth2/v2.0/token",
        "authorization_endpoint": f"{base}/oauth2/v2.0/authorize",
        "device_authorization_endpoint": f"{base}/oauth2/v2.0/devicecode",
        "issuer": f"{base}/v2.0",
        "token_endpoint_auth_methods_supported": ["client_secret_post",
                                                  "private_key_jwt", "client_secret_basic"],
        "response_types_supported": ["code", "id_token", "code id_token", "id_token token"],
        "tenant_region_scope": "EU",
    })


def _token(fake: FakeGraph, request: Recorded) -> None:
    form = {k: v[0] for k, v in parse_qs(request.body.decode()).items()}
    if form.get("client_secret") != CLIENT_SECRET and not fake.fail_sign_in:
        _refuse_sign_in("invalid_client", "AADSTS7000215",
                        "Invalid client secret provided. Ensure the secret being sent in the "
                        "request is the client secret value, not the client secret ID, for a "
                        f"secret added to app '{form.get('client_id')}'.")
    if fake.fail_sign_in:
        _refuse_sign_in("unauthorized_client", fake.fail_sign_in,
                        "The client is not authorized in this tenant.")
    if form.get("grant_type") != "client_credentials" or form.get("client_id") != CLIENT_ID:
        _refuse_sign_in("unauthorized_client", "AADSTS700016",
                        f"Application with identifier '{form.get('client_id')}' was not found "
                        "in the directory.")
    token = f"fake-token-{uuid.uuid4().hex}"
    with fake.lock:
        fake.tokens[token] = time.time() + fake.expires_in
        for listener in fake.token_listeners:
            listener(token)
    raise _AnswerError(200, {"token_type": "Bearer", "expires_in": fake.expires_in,
                        "ext_expires_in": fake.expires_in, "access_token": token})


def _refuse_sign_in(error: str, code: str, text: str) -> None:
    stamp = dt.datetime.now(dt.UTC).strftime("%Y-%m-%d %H:%M:%SZ")
    raise _AnswerError(401, {
        "error": error,
        "error_description": f"{code}: {text} Trace ID: {uuid.uuid4()} Correlation ID: "
                             f"{uuid.uuid4()} Timestamp: {stamp}",
        "error_codes": [int(code.removeprefix("AADSTS"))],
        "timestamp": stamp, "trace_id": str(uuid.uuid4()),
        "correlation_id": str(uuid.uuid4()),
    })


def _check_bearer(fake: FakeGraph, request: Recorded) -> None:
    token = request.headers.get("Authorization", "").removeprefix("Bearer ")
    if fake.tokens.get(token, 0.0) < time.time():
        raise _graph_error(401, "InvalidAuthenticationToken",
                           "Access token has expired or is not yet valid.")
    if fake.throttle_next > 0:
        fake.throttle_next -= 1
        raise _AnswerError(429, {"error": {"code": "ApplicationThrottled",
                                      "message": "Application is over its MailboxConcurrency "
                                                 "limit."}},
                      {"Retry-After": str(fake.retry_after)})


def _graph(fake: FakeGraph, request: Recorded, parts: list[str]) -> None:
    user, rest = parts[0], parts[1:]
    box = fake.mailbox(user)
    match request.method, rest:
        case "POST", ["sendMail"]:
            _send_mail(fake, user, request)
        case "GET", ["mailFolders", folder]:
            raise _AnswerError(200, _folder_json(fake, user, _folder(box, user, folder)))
        case "GET", ["mailFolders", folder, "childFolders"]:
            _child_folders(fake, user, _folder(box, user, folder))
        case "POST", ["mailFolders", folder, "childFolders"]:
            _create_folder(fake, user, _folder(box, user, folder), request)
        case "GET", ["mailFolders", folder, "messages", "delta"]:
            _delta(fake, user, _folder(box, user, folder), request)
        case "GET", ["messages", mail_id]:
            mail = _mail(box, mail_id)
            raise _AnswerError(200, {"@odata.context": f"{fake.graph_url}/$metadata#users('{user}')"
                                                  "/messages(parentFolderId)/$entity",
                                "id": mail.id, "parentFolderId": mail.folder})
        case "GET", ["messages", mail_id, "$value"]:
            raise _AnswerError(200, _mail(box, mail_id).raw)
        case "POST", ["messages", mail_id, "move"]:
            _move(fake, box, user, _mail(box, mail_id), request)
    raise _graph_error(400, "BadRequest", "Unsupported request in the fake.")


def _folder(box: Mailbox, user: str, name_or_id: str) -> Folder:
    key = {ROOT: f"{ROOT}-{user.lower()}", INBOX: _inbox_id(user)}.get(name_or_id.lower(),
                                                                        name_or_id)
    if key not in box.folders:
        raise _graph_error(404, "ErrorItemNotFound",
                           "The specified object was not found in the store.")
    return box.folders[key]


def _mail(box: Mailbox, mail_id: str) -> Mail:
    if mail_id not in box.mails:
        raise _graph_error(404, "ErrorItemNotFound",
                           "The specified object was not found in the store.")
    return box.mails[mail_id]


def _folder_json(fake: FakeGraph, user: str, folder: Folder) -> dict[str, object]:
    box = fake.mailbox(user)
    return {"id": folder.id, "displayName": folder.name, "parentFolderId": folder.parent,
            "childFolderCount": sum(f.parent == folder.id for f in box.folders.values()),
            "totalItemCount": sum(m.folder == folder.id for m in box.mails.values()),
            "isHidden": False}


def _child_folders(fake: FakeGraph, user: str, parent: Folder) -> None:
    children = [_folder_json(fake, user, f) for f in fake.mailbox(user).folders.values()
                if f.parent == parent.id]
    raise _AnswerError(200, {"@odata.context": f"{fake.graph_url}/$metadata#users('{user}')"
                                          f"/mailFolders('{parent.id}')/childFolders",
                        "value": children})


def _create_folder(fake: FakeGraph, user: str, parent: Folder, request: Recorded) -> None:
    name = str(json.loads(request.body)["displayName"])
    box = fake.mailbox(user)
    if any(f.parent == parent.id and f.name.casefold() == name.casefold()
           for f in box.folders.values()):
        raise _graph_error(409, "ErrorFolderExists",
                           "A folder with the specified name already exists.")
    folder = Folder(f"AAMkFolder-{uuid.uuid4().hex}", name, parent.id)
    box.folders[folder.id] = folder
    raise _AnswerError(201, _folder_json(fake, user, folder))


def _move(fake: FakeGraph, box: Mailbox, user: str, mail: Mail, request: Recorded) -> None:
    target = _folder(box, user, str(json.loads(request.body)["destinationId"]))
    if target.id != mail.folder:
        box.left.append((mail.id, mail.folder, next(fake.change)))
        mail.folder, mail.changed = target.id, next(fake.change)
    raise _AnswerError(201, {"id": mail.id, "parentFolderId": mail.folder})


def _send_mail(fake: FakeGraph, user: str, request: Recorded) -> None:
    if not request.headers.get("Content-Type", "").startswith("text/plain"):
        raise _graph_error(415, "ErrorInvalidContentType", "Expected text/plain MIME.")
    if fake.refuse_send is not None:
        raise _graph_error(*fake.refuse_send, "Refused by the fake, as told.")
    try:
        mime = base64.b64decode(request.body, validate=True)
    except ValueError:
        raise _graph_error(400, "ErrorMimeContentInvalidBase64String",
                           "Invalid base64 string for MIME content.") from None
    fake.sent.append((user, mime))
    raise _AnswerError(202)


def _delta(fake: FakeGraph, user: str, folder: Folder, request: Recorded) -> None:
    query = {k: v[0] for k, v in request.query.items()}
    if "$skiptoken" in query:
        _delta_page(fake, user, folder, query["$skiptoken"])
    since = int(query.get("$deltatoken", "0"))
    if since and fake.expire_delta_state:
        fake.expire_delta_state = False
        raise _graph_error(410, "SyncStateNotFound",
                           "The sync state generation is not found.")
    box = fake.mailbox(user)
    items: list[dict[str, Any]] = [
        {"@odata.type": "#microsoft.graph.message", "id": m.id, "receivedDateTime": m.received}
        for m in box.mails.values() if m.folder == folder.id and m.changed > since]
    items += [{"id": mail_id, "@removed": {"reason": "deleted"}}
              for mail_id, left, when in box.left if left == folder.id and since < when]
    key = uuid.uuid4().hex
    fake.pages[key] = (items, next(fake.change))
    _delta_page(fake, user, folder, key)


def _delta_page(fake: FakeGraph, user: str, folder: Folder, key: str) -> None:
    items, state = fake.pages.pop(key)
    page, rest = items[:fake.page_size], items[fake.page_size:]
    link = f"{fake.graph_url}/users/{user}/mailFolders/{folder.id}/messages/delta"
    body: dict[str, Any] = {"@odata.context": f"{fake.graph_url}/$metadata#Collection(message)",
                            "value": page}
    if rest:
        next_key = uuid.uuid4().hex
        fake.pages[next_key] = (rest, state)
        body["@odata.nextLink"] = f"{link}?$skiptoken={next_key}"
    else:
        body["@odata.deltaLink"] = f"{link}?$deltatoken={state}"
    raise _AnswerError(200, body)


@contextmanager
def running_fake_graph(workdir: Path) -> Iterator[FakeGraph]:
    """Serves the fake over HTTPS on 127.0.0.1 (a free port) until the block ends."""
    workdir.mkdir(parents=True, exist_ok=True)
    fake = FakeGraph(ca_file=make_certificate(workdir))
    server = ThreadingHTTPServer(("127.0.0.1", 0), _handler(fake))
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    context.load_cert_chain(workdir / "cert.pem", workdir / "key.pem")
    server.socket = context.wrap_socket(server.socket, server_side=True)
    fake.base_url = f"https://127.0.0.1:{server.server_address[1]}"
    with serving(server):
        yield fake
