"""The messages behind a queue item: the original and each reply, their attachments as
downloads, and shown in the page (a PDF's pages as images, a Word file as HTML).

Message 0 is the original; 1, 2, ... the replies to its acknowledgement. Every view is
audited, and access is the item's (`access.queue_item_for`).
"""

from __future__ import annotations

from dataclasses import dataclass

from flask import Blueprint, Response, abort

from inbox_worker.casework.audit import record_audit
from inbox_worker.web import access
from inbox_worker.web.context import WebContext, web_context
from inbox_worker.web.pages.originals import OriginalMail, messages_of
from inbox_worker.web.preview import WORD_CSP, Preview, Previewer, preview_kind
from parsers.mail.message import Attachment

pages = Blueprint("files", __name__)


@dataclass(frozen=True)
class ShownFile:
    """One attachment as the item page shows it: in the page when it can, else a link."""

    number: int  # 1-based, as in the URLs
    name: str
    size_kb: float
    preview: Preview
    pages: int  # of a PDF, up to preview.MAX_PAGES


@dataclass(frozen=True)
class ShownMessage:
    mail: OriginalMail
    files: tuple[ShownFile, ...]


def shown(message: OriginalMail, previewer: Previewer) -> ShownMessage:
    return ShownMessage(message, tuple(_shown_file(n, f, previewer) for n, f in
                                       enumerate(message.attachments, start=1)))


def _shown_file(number: int, file: Attachment, previewer: Previewer) -> ShownFile:
    kind = preview_kind(file.data)
    pages = previewer.page_count(file.data) if kind is Preview.PDF else 0
    if kind is Preview.WORD:
        previewer.prefetch_word_html(file.data)
    return ShownFile(number, file.filename or f"attachment {number}", round(file.size / 1024, 1),
                     kind, pages)


@pages.route("/queue/<reference>/original", defaults={"n": 0})
@pages.route("/queue/<reference>/messages/<int:n>/original")
def original_email(reference: str, n: int) -> Response:
    web = web_context()
    message = _message(web, reference, n)
    audit_view(web, "view:original", reference, message=n)
    return _download(message.raw, f"{message.reference or reference}.eml")


@pages.route("/queue/<reference>/attachments/<int:number>", defaults={"n": 0})
@pages.route("/queue/<reference>/messages/<int:n>/attachments/<int:number>")
def attachment(reference: str, n: int, number: int) -> Response:
    web = web_context()
    file = _attachment(web, reference, n, number)
    audit_view(web, "view:attachment", reference, message=n, number=number)
    return _download(file.data, file.filename or f"file-{number}")


@pages.route("/queue/<reference>/messages/<int:n>/attachments/<int:number>/pages/<int:page>")
def pdf_page(reference: str, n: int, number: int, page: int) -> Response:
    web = web_context()
    file = _attachment(web, reference, n, number)
    png = web.previewer.page_png(file.data, page) if preview_kind(
        file.data) is Preview.PDF else None
    if png is None:
        abort(404)
    audit_view(web, "view:attachment_page", reference, message=n, number=number, page=page)
    return Response(png, mimetype="image/png")  # drawn by us from the file, never the file


@pages.route("/queue/<reference>/messages/<int:n>/attachments/<int:number>/as-html")
def word_html(reference: str, n: int, number: int) -> Response:
    web = web_context()
    file = _attachment(web, reference, n, number)
    shown = web.previewer.word_html(file.data) if preview_kind(
        file.data) is Preview.WORD else None
    if shown is None:
        abort(404)
    audit_view(web, "view:attachment_html", reference, message=n, number=number)
    response = Response(shown, mimetype="text/html")
    # Shown in a sandboxed frame of the item page, under a policy of its own.
    response.headers["Content-Security-Policy"] = WORD_CSP
    response.headers["X-Frame-Options"] = "SAMEORIGIN"
    return response


def _message(web: WebContext, reference: str, n: int) -> OriginalMail:
    access.queue_item_for(reference, web)
    found = messages_of(web.sessions, reference)
    if not 0 <= n < len(found):
        abort(404)
    return found[n]


def _attachment(web: WebContext, reference: str, n: int, number: int) -> Attachment:
    files = _message(web, reference, n).attachments
    if not 1 <= number <= len(files):
        abort(404)
    return files[number - 1]


def _download(data: bytes, filename: str) -> Response:
    """Always a download, never shown in our origin: the bytes came from outside."""
    response = Response(data, mimetype="application/octet-stream")
    safe = "".join(c for c in filename if c.isalnum() or c in "._- ")[:120] or "file"
    response.headers["Content-Disposition"] = f'attachment; filename="{safe}"'
    return response


def audit_view(web: WebContext, action: str, reference: str | None, **after: object) -> None:
    with web.sessions.begin() as session:
        record_audit(session, now=web.now(), actor=access.principal().name, action=action,
                     reference=reference, after=dict(after) or None)
