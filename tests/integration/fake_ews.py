"""A FAKE Exchange EWS endpoint for tests: an HTTP server on 127.0.0.1 that answers the
SOAP operations our EWS backend sends (logged from exchangelib 5.6 and shaped after
Microsoft's EWS reference): GetFolder (DistinguishedFolderId or FolderId), FindFolder
(Shallow, DisplayName restriction), CreateFolder, FindItem (Shallow, IndexedPageItemView
paging, SortOrder on DateTimeReceived, InternetMessageId restriction), GetItem (MimeContent)
and MoveItem (a moved item gets a new id, as on Exchange). Errors come back as Exchange
sends them: ResponseClass="Error" response messages (ErrorItemNotFound, ...), SOAP faults
(ErrorServerBusy) with HTTP 500, 401 for wrong credentials (basic auth, or the NTLM
handshake checked by pyspnego's acceptor). Folders and messages live in memory; every
request is recorded.

It is not Exchange: it checks only what our backend relies on, and ignores shapes and
property lists beyond the ids, sizes and MIME content it returns.
"""

from __future__ import annotations

import base64
import datetime as dt
import itertools
import ssl
import threading
import uuid
import xml.etree.ElementTree as ET
from dataclasses import dataclass, field
from email.parser import BytesHeaderParser
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from xml.sax.saxutils import escape

import spnego
import spnego.exceptions

SOAP = "http://schemas.xmlsoap.org/soap/envelope/"
M = "http://schemas.microsoft.com/exchange/services/2006/messages"
T = "http://schemas.microsoft.com/exchange/services/2006/types"
ERRORS = "http://schemas.microsoft.com/exchange/services/2006/errors"
# What Exchange 2016 CU23 reports in every response header.
SERVER_VERSION = ('<h:ServerVersionInfo MajorVersion="15" MinorVersion="1" '
                  'MajorBuildNumber="2507" MinorBuildNumber="6" Version="V2017_07_11" '
                  f'xmlns:h="{T}" xmlns="{T}"/>')
NOT_FOUND_TEXT = "The specified object was not found in the store."


@dataclass
class FakeFolder:
    folder_id: str
    name: str
    parent_id: str | None
    mailbox: str
    distinguished: str | None = None


@dataclass
class FakeItem:
    item_id: str
    folder_id: str
    mime: bytes
    received: dt.datetime
    changekey: str = "CQAAABYAAAA"

    @property
    def message_id(self) -> str:
        return str(BytesHeaderParser().parsebytes(self.mime).get("Message-ID", "")).strip()


@dataclass
class Recorded:
    operation: str
    body: bytes = field(repr=False)


@dataclass
class FakeExchange:
    """The server's state: mailboxes by SMTP address, folders and items by id."""

    username: str
    password: str
    # "basic", or "ntlm": the NTLM handshake per connection, checked by pyspnego's NTLM
    # acceptor against the file named by NTLM_USER_FILE (DOMAIN:user:password lines).
    auth: str = "basic"
    folders: dict[str, FakeFolder] = field(default_factory=dict)
    items: dict[str, FakeItem] = field(default_factory=dict)
    requests: list[Recorded] = field(default_factory=list)
    # Scripted failures: operation name -> "error" (ResponseClass Error), "busy" (SOAP
    # fault, HTTP 500), "garbage" (HTTP 500, not XML) or "drop" (connection closed).
    failures: dict[str, str] = field(default_factory=dict)
    lock: threading.Lock = field(default_factory=threading.Lock)
    _clock: itertools.count[int] = field(default_factory=itertools.count)

    def add_mailbox(self, address: str) -> None:
        root = self._new_folder("root", None, address, "root")
        top = self._new_folder("Top of Information Store", root, address, "msgfolderroot")
        self._new_folder("Inbox", top, address, "inbox")

    def deliver(self, address: str, mime: bytes) -> str:
        """Puts a message in the mailbox's inbox, received a second after the previous."""
        with self.lock:
            item = FakeItem(_new_id("AAMkAGI"), self.distinguished(address, "inbox").folder_id,
                            mime, dt.datetime(2026, 11, 23, 9, 0, tzinfo=dt.UTC)
                            + dt.timedelta(seconds=next(self._clock)))
            self.items[item.item_id] = item
            return item.item_id

    def distinguished(self, address: str, name: str) -> FakeFolder:
        return next(f for f in self.folders.values()
                    if f.mailbox == address.lower() and f.distinguished == name)

    def folder_at(self, address: str, path: str) -> FakeFolder | None:
        """The folder at `path` ("Exceptions/consent_missing") under msgfolderroot."""
        folder: FakeFolder | None = self.distinguished(address, "msgfolderroot")
        for name in path.split("/"):
            assert folder is not None
            folder = self.child(folder.folder_id, name)
            if folder is None:
                return None
        return folder

    def child(self, parent_id: str, name: str) -> FakeFolder | None:
        return next((f for f in self.folders.values()
                     if f.parent_id == parent_id and f.name.lower() == name.lower()), None)

    def messages_in(self, address: str, path: str) -> list[bytes]:
        folder = (self.distinguished(address, "inbox") if path.lower() == "inbox"
                  else self.folder_at(address, path))
        if folder is None:
            return []
        return [i.mime for i in self._items_in(folder.folder_id)]

    def move(self, item_id: str, folder: FakeFolder) -> str:
        """MoveItem's effect: the item is in `folder` under a new id."""
        item = self.items.pop(item_id)
        moved = FakeItem(_new_id("AAMkAGI"), folder.folder_id, item.mime, item.received)
        self.items[moved.item_id] = moved
        return moved.item_id

    def operations(self) -> list[str]:
        return [r.operation for r in self.requests]

    def _items_in(self, folder_id: str) -> list[FakeItem]:
        return [i for i in self.items.values() if i.folder_id == folder_id]

    def _new_folder(self, name: str, parent: FakeFolder | None, address: str,
                    distinguished: str | None = None) -> FakeFolder:
        folder = FakeFolder(_new_id("AQMkAD"), name, parent.folder_id if parent else None,
                            address.lower(), distinguished)
        self.folders[folder.folder_id] = folder
        return folder


def _new_id(prefix: str) -> str:
    return prefix + base64.b64encode(uuid.uuid4().bytes * 2).decode()


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    server: _Server

    def do_POST(self) -> None:
        body = self.rfile.read(int(self.headers.get("Content-Length", "0")))
        if self.path.lower() != "/ews/exchange.asmx":
            self._send(404, b"", "text/plain")
            return
        if not self._authorised():
            return
        request = ET.fromstring(body)
        operation = _operation(request)
        exchange = self.server.exchange
        with exchange.lock:
            exchange.requests.append(Recorded(operation, body))
            failure = exchange.failures.pop(operation, None)
            if failure is None:
                answer = _answer(exchange, operation, request)
        if failure is not None:
            self._fail(failure, operation)
            return
        self._send(200, _envelope(answer).encode(), "text/xml; charset=utf-8")

    def log_message(self, format: str, *args: object) -> None:
        pass  # quiet: the test output should show assertions, not access logs

    def _authorised(self) -> bool:
        """True when the request may proceed; else the 401 (or NTLM challenge) is sent."""
        if self.server.exchange.auth == "ntlm":
            return self._ntlm()
        header = self.headers.get("Authorization", "")
        expected = f"{self.server.exchange.username}:{self.server.exchange.password}"
        if header.startswith("Basic ") and base64.b64decode(header[6:]).decode() == expected:
            return True
        self._send(401, b"", "text/plain", {"WWW-Authenticate": 'Basic realm="fake"'})
        return False

    def _ntlm(self) -> bool:
        """NTLM authenticates the connection (as IIS does): negotiate, challenge, then
        authenticate; later requests on the connection carry no header."""
        header = self.headers.get("Authorization", "")
        if not header.startswith("NTLM "):
            if getattr(self, "ntlm_done", False):
                return True
            self._send(401, b"", "text/plain", {"WWW-Authenticate": "NTLM"})
            return False
        token = base64.b64decode(header[5:])
        if token[8:12] == b"\x01\x00\x00\x00":  # NEGOTIATE_MESSAGE: a new handshake
            self.ntlm = spnego.server(protocol="ntlm")
            self.ntlm_done = False
        try:
            reply = self.ntlm.step(token)
        except (spnego.exceptions.SpnegoError, AttributeError):
            self._send(401, b"", "text/plain", {"WWW-Authenticate": "NTLM"})
            return False
        if reply is not None:
            self._send(401, b"", "text/plain",
                       {"WWW-Authenticate": "NTLM " + base64.b64encode(reply).decode()})
            return False
        self.ntlm_done = self.ntlm.complete
        return self.ntlm_done

    def _fail(self, failure: str, operation: str) -> None:
        if failure == "drop":
            self.close_connection = True
            self.connection.close()
        elif failure == "busy":
            self._send(500, _fault().encode(), "text/xml; charset=utf-8")
        elif failure == "garbage":
            self._send(500, b"Service Unavailable", "text/html")
        else:
            body = _envelope(_response(operation, [_error("ErrorInternalServerError",
                             "An internal server error occurred. The operation failed.")]))
            self._send(200, body.encode(), "text/xml; charset=utf-8")

    def _send(self, status: int, body: bytes, content_type: str,
              headers: dict[str, str] | None = None) -> None:
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body)))
        for name, value in (headers or {}).items():
            self.send_header(name, value)
        self.end_headers()
        self.wfile.write(body)


class _Server(ThreadingHTTPServer):
    daemon_threads = True
    exchange: FakeExchange


@dataclass
class FakeEws:
    exchange: FakeExchange
    server: _Server
    thread: threading.Thread
    tls: bool = False

    @property
    def url(self) -> str:
        scheme = "https" if self.tls else "http"
        return f"{scheme}://127.0.0.1:{self.server.server_address[1]}/EWS/Exchange.asmx"

    def stop(self) -> None:
        self.server.shutdown()
        self.server.server_close()
        self.thread.join(timeout=10)


def start_fake_ews(exchange: FakeExchange, *,
                   certificate: tuple[Path, Path] | None = None) -> FakeEws:
    """Serves `exchange` on 127.0.0.1; over TLS with (certificate, key) PEM files if given."""
    server = _Server(("127.0.0.1", 0), _Handler)
    server.exchange = exchange
    if certificate is not None:
        context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
        context.load_cert_chain(*certificate)
        server.socket = context.wrap_socket(server.socket, server_side=True)
    thread = threading.Thread(target=server.serve_forever, name="fake-ews", daemon=True)
    thread.start()
    return FakeEws(exchange, server, thread, tls=certificate is not None)


# --- the operations -----------------------------------------------------------------------

def _operation(envelope: ET.Element) -> str:
    body = envelope.find(f"{{{SOAP}}}Body")
    assert body is not None, "SOAP request without a body"
    assert len(body), "SOAP body without an operation"
    return body[0].tag.removeprefix(f"{{{M}}}")


def _answer(exchange: FakeExchange, operation: str, envelope: ET.Element) -> str:
    request = envelope.find(f"{{{SOAP}}}Body/{{{M}}}{operation}")
    assert request is not None
    handler = _OPERATIONS.get(operation)
    if handler is None:
        return _fault_body("ErrorInvalidRequest", f"The fake does not implement {operation}.")
    return _response(operation, handler(exchange, request))


def _get_folder(exchange: FakeExchange, request: ET.Element) -> list[str]:
    messages = []
    for ref in _children(request, f"{{{M}}}FolderIds"):
        folder = _resolve_folder(exchange, ref)
        messages.append(_error("ErrorFolderNotFound", "The specified folder could not be found "
                               "in the store.", "Folders") if folder is None
                        else _success(f"<m:Folders>{_folder_xml(exchange, folder)}</m:Folders>"))
    return messages


def _find_folder(exchange: FakeExchange, request: ET.Element) -> list[str]:
    wanted = _restricted_value(request, "folder:DisplayName")
    messages = []
    for ref in _children(request, f"{{{M}}}ParentFolderIds"):
        parent = _resolve_folder(exchange, ref)
        if parent is None:
            messages.append(_error("ErrorFolderNotFound", "The specified folder could not be "
                                   "found in the store."))
            continue
        found = [f for f in exchange.folders.values() if f.parent_id == parent.folder_id
                 and (wanted is None or f.name.lower() == wanted.lower())]
        folders = "".join(_folder_xml(exchange, f) for f in found)
        messages.append(_success(f'<m:RootFolder TotalItemsInView="{len(found)}" '
                                 f'IncludesLastItemInRange="true"><t:Folders>{folders}'
                                 f'</t:Folders></m:RootFolder>'))
    return messages


def _create_folder(exchange: FakeExchange, request: ET.Element) -> list[str]:
    parent = _single_folder(exchange, request, "ParentFolderId")
    messages = []
    for new in _children(request, f"{{{M}}}Folders"):
        name = new.findtext(f"{{{T}}}DisplayName") or ""
        if exchange.child(parent.folder_id, name) is not None:
            messages.append(_error("ErrorFolderExists", "A folder with the specified name "
                                   "already exists.", "Folders"))
            continue
        folder = exchange._new_folder(name, parent, parent.mailbox)
        messages.append(_success(f'<m:Folders><t:Folder><t:FolderId Id="{folder.folder_id}" '
                                 f'ChangeKey="AQAAABYAAAA"/></t:Folder></m:Folders>'))
    return messages


def _find_item(exchange: FakeExchange, request: ET.Element) -> list[str]:
    view = request.find(f"{{{M}}}IndexedPageItemView")
    limit = int(view.get("MaxEntriesReturned", "1000")) if view is not None else 1000
    offset = int(view.get("Offset", "0")) if view is not None else 0
    wanted = _restricted_value(request, "message:InternetMessageId")
    descending = request.find(f"{{{M}}}SortOrder/{{{T}}}FieldOrder[@Order='Descending']")
    messages = []
    for ref in _children(request, f"{{{M}}}ParentFolderIds"):
        folder = _resolve_folder(exchange, ref)
        assert folder is not None
        found = sorted((i for i in exchange._items_in(folder.folder_id)
                        if wanted is None or i.message_id == wanted),
                       key=lambda i: i.received, reverse=descending is not None)
        page = found[offset:offset + limit]
        last = offset + len(page) >= len(found)
        items = "".join(_item_xml(i, mime=False) for i in page)
        messages.append(_success(
            f'<m:RootFolder IndexedPagingOffset="{offset + len(page)}" '
            f'TotalItemsInView="{len(found)}" IncludesLastItemInRange="{str(last).lower()}">'
            f'<t:Items>{items}</t:Items></m:RootFolder>'))
    return messages


def _get_item(exchange: FakeExchange, request: ET.Element) -> list[str]:
    mime = request.find(f".//{{{T}}}FieldURI[@FieldURI='item:MimeContent']") is not None
    messages = []
    for ref in _children(request, f"{{{M}}}ItemIds"):
        item = exchange.items.get(ref.get("Id", ""))
        messages.append(_error("ErrorItemNotFound", NOT_FOUND_TEXT, "Items") if item is None
                        else _success(f"<m:Items>{_item_xml(item, mime=mime)}</m:Items>"))
    return messages


def _move_item(exchange: FakeExchange, request: ET.Element) -> list[str]:
    target = _single_folder(exchange, request, "ToFolderId")
    messages = []
    for ref in _children(request, f"{{{M}}}ItemIds"):
        item_id = ref.get("Id", "")
        if item_id not in exchange.items:
            messages.append(_error("ErrorItemNotFound", NOT_FOUND_TEXT, "Items"))
            continue
        new_id = exchange.move(item_id, target)
        messages.append(_success(f'<m:Items><t:Message><t:ItemId Id="{new_id}" '
                                 f'ChangeKey="CQAAABYAAAA"/></t:Message></m:Items>'))
    return messages


_OPERATIONS = {
    "GetFolder": _get_folder,
    "FindFolder": _find_folder,
    "CreateFolder": _create_folder,
    "FindItem": _find_item,
    "GetItem": _get_item,
    "MoveItem": _move_item,
}


# --- XML ----------------------------------------------------------------------------------

def _children(request: ET.Element, tag: str) -> list[ET.Element]:
    container = request.find(tag)
    return list(container) if container is not None else []


def _resolve_folder(exchange: FakeExchange, ref: ET.Element) -> FakeFolder | None:
    if ref.tag == f"{{{T}}}DistinguishedFolderId":
        address = ref.findtext(f"{{{T}}}Mailbox/{{{T}}}EmailAddress") or ""
        name = ref.get("Id", "")
        return next((f for f in exchange.folders.values()
                     if f.mailbox == address.lower() and f.distinguished == name), None)
    return exchange.folders.get(ref.get("Id", ""))


def _single_folder(exchange: FakeExchange, request: ET.Element, tag: str) -> FakeFolder:
    """The folder named by a one-folder element such as ParentFolderId or ToFolderId."""
    folder = _resolve_folder(exchange, _children(request, f"{{{M}}}{tag}")[0])
    assert folder is not None, f"{tag} names no folder of the fake"
    return folder


def _restricted_value(request: ET.Element, field_uri: str) -> str | None:
    """The constant of an IsEqualTo restriction on `field_uri`, if there is one."""
    for equal in request.iterfind(f"{{{M}}}Restriction//{{{T}}}IsEqualTo"):
        uri = equal.find(f"{{{T}}}FieldURI")
        constant = equal.find(f"{{{T}}}FieldURIOrConstant/{{{T}}}Constant")
        if uri is not None and uri.get("FieldURI") == field_uri and constant is not None:
            return constant.get("Value")
    return None


def _folder_xml(exchange: FakeExchange, folder: FakeFolder) -> str:
    children = sum(1 for f in exchange.folders.values() if f.parent_id == folder.folder_id)
    total = len(exchange._items_in(folder.folder_id))
    parent = (f'<t:ParentFolderId Id="{folder.parent_id}" ChangeKey="AQAAAA=="/>'
              if folder.parent_id else "")
    return (f'<t:Folder><t:FolderId Id="{folder.folder_id}" ChangeKey="AQAAABYAAAA"/>{parent}'
            f'<t:FolderClass>IPF.Note</t:FolderClass>'
            f'<t:DisplayName>{escape(folder.name)}</t:DisplayName>'
            f'<t:TotalCount>{total}</t:TotalCount><t:ChildFolderCount>{children}'
            f'</t:ChildFolderCount><t:UnreadCount>{total}</t:UnreadCount></t:Folder>')


def _item_xml(item: FakeItem, *, mime: bool) -> str:
    content = (f'<t:MimeContent CharacterSet="UTF-8">{base64.b64encode(item.mime).decode()}'
               f'</t:MimeContent>' if mime else "")
    received = item.received.strftime("%Y-%m-%dT%H:%M:%SZ")
    return (f'<t:Message>{content}<t:ItemId Id="{item.item_id}" ChangeKey="{item.changekey}"/>'
            f'<t:DateTimeReceived>{received}</t:DateTimeReceived>'
            f'<t:Size>{len(item.mime)}</t:Size></t:Message>')


def _success(content: str) -> str:
    return ('<ResponseMessage ResponseClass="Success"><m:ResponseCode>NoError</m:ResponseCode>'
            + content)


def _error(code: str, text: str, container: str = "") -> str:
    empty = f"<m:{container}/>" if container else ""
    return (f'<ResponseMessage ResponseClass="Error"><m:MessageText>{escape(text)}</m:MessageText>'
            f'<m:ResponseCode>{code}</m:ResponseCode>'
            f'<m:DescriptiveLinkKey>0</m:DescriptiveLinkKey>{empty}')


def _response(operation: str, messages: list[str]) -> str:
    if messages and messages[0].startswith("<s:Fault>"):
        return messages[0]
    tag = f"m:{operation}ResponseMessage"
    body = "".join(m.replace("<ResponseMessage ", f"<{tag} ", 1) + f"</{tag}>"
                   for m in messages)
    return (f'<m:{operation}Response xmlns:m="{M}" xmlns:t="{T}">'
            f'<m:ResponseMessages>{body}</m:ResponseMessages></m:{operation}Response>')


def _envelope(body: str) -> str:
    return (f'<?xml version="1.0" encoding="utf-8"?><s:Envelope xmlns:s="{SOAP}">'
            f'<s:Header>{SERVER_VERSION}</s:Header><s:Body>{body}</s:Body></s:Envelope>')


def _fault_body(code: str, text: str) -> str:
    return (f'<s:Fault><faultcode xmlns:a="{T}">a:{code}</faultcode>'
            f'<faultstring xml:lang="en-US">{escape(text)}</faultstring><detail>'
            f'<e:ResponseCode xmlns:e="{ERRORS}">{code}</e:ResponseCode>'
            f'<e:Message xmlns:e="{ERRORS}">{escape(text)}</e:Message></detail></s:Fault>')


def _fault() -> str:
    text = "The server cannot service this request right now. Try again later."
    return (f'<?xml version="1.0" encoding="utf-8"?><s:Envelope xmlns:s="{SOAP}"><s:Body>'
            f'{_fault_body("ErrorServerBusy", text)}</s:Body></s:Envelope>')


__all__ = ["FakeEws", "FakeExchange", "start_fake_ews"]
