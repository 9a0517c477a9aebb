"""A hypothesis strategy for whole messages: valid, broken and hostile MIME.

Charsets and transfer encodings (real, wrong and unknown), multiparts nested and broken
(missing, mismatched or absent boundaries), forwarded messages, header sizes and
characters (NUL, controls, bidi overrides, raw 8-bit, encoded words hiding line breaks),
addresses (display names that look like addresses, raw UTF-8, groups, no-reply senders
with Reply-To, our own mailboxes), attachments of every kind the reader knows (good and
damaged Word, PDF, zip, Outlook, winmail.dat, RTF, ODT, images, programs) under hostile
names, and garbage: cut short, spliced with noise, or noise alone.

`Fuzzed.automatic` is true when the message carries a mark of automatic mail in a header
that no damage can reach (the marks come first, and garbage is never marked): the worker
must ignore it and never answer it.
"""

from __future__ import annotations

import base64
import functools
import io
import quopri
import zipfile
from dataclasses import dataclass

from hypothesis import strategies as st

from frontdoor_demo.samples.forms import make_docx, make_pdf, sample_specs

TO = "earlyhelp.brierleyhill@dudley.gov.uk"
CRLF = b"\r\n"


@dataclass(frozen=True)
class Fuzzed:
    raw: bytes
    automatic: bool
    shape: str  # what kind of message, for the summary: "mime", "damaged", "garbage"


@functools.cache
def good_docx() -> bytes:
    return make_docx(sample_specs()[0])


@functools.cache
def good_pdf() -> bytes:
    return make_pdf(sample_specs()[0])


def _zip(name: str, data: bytes) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr(name, data)
    return buffer.getvalue()


# Characters that have broken mail software: NUL, controls, bidi overrides and isolates,
# invisible marks, line and paragraph separators, noncharacters, astral and combining.
HOSTILE_CHARS = "\x00\x01\x07\x1b\x7f\x85\u200b\u200e\u200f\u202a\u202e\u2066\u2069" \
                "\u2028\u2029\ufeff\ufffd\uffff\U0001f600\u0301é€ж中ـ"
text = st.text(alphabet=st.characters(codec="utf-8", exclude_characters="\r\n")
               | st.sampled_from(HOSTILE_CHARS), max_size=120)
header_text = text.map(lambda t: t.encode("utf-8")) | st.binary(max_size=80).map(
    lambda b: b.replace(b"\r", b"").replace(b"\n", b""))

ADDRESSES = [
    b"p.shah@hillcrest.dudley.sch.uk", b"Priya Shah <p.shah@hillcrest.dudley.sch.uk>",
    b'"alice@example.com" <bob@example.com>', b"alice@example.com <bob@example.com>",
    "José Núñez <josé@exämple.org>".encode(), b"=?utf-8?q?alice=40example.com?= <bob@x.org>",
    b"=?utf-8?b?Sm8NCkJjYzogdmljdGltQGV4YW1wbGUub3Jn?= <jo@school.example.org>",
    b"undisclosed-recipients:;", b"", b"garbage", b"<>", b"a@b.example, c@d.example",
    b"no-reply@securemail.example", b"notifications@egress.example",
    b"earlyhelp.brierleyhill@dudley.gov.uk", b"earlyhelp.frontdoor@dudley.gov.uk",
    b"MAILER-DAEMON@mx.example.org", b"x" * 400 + b"@school.example.org",
    b"Jo \x00 <jo@school.example.org>", b"Jo\xff\xfe <jo@school.example.org>",
    "\u202eJo <jo@school.example.org>".encode(),
]
address = st.sampled_from(ADDRESSES) | header_text
MESSAGE_IDS = [b"<fuzz@hillcrest.example>", b"<" + b"x" * 10_000 + b"@hillcrest.example>",
               b"", b"not-a-msg-id", b"<a\x00b@c>", b"<ack1@frontdoor.dudley.gov.uk>",
               "<é@x.example>".encode()]
AUTOMATIC_HEADERS = [
    b"Auto-Submitted: auto-replied", b"Auto-Submitted: auto-generated",
    b"Precedence: auto_reply", b"Precedence: bulk", b"List-Id: <parents.example.org>",
    b"List-Unsubscribe: <mailto:x@list.example>", b"X-Auto-Response-Suppress: All",
    b"X-MS-Exchange-Message-Is-Ndr:", b"Return-Path: <>", b"X-Autoreply: yes",
    b"X-Failed-Recipients: jo@school.example.org",
]
AUTOMATIC_SUBJECTS = ["Automatic reply: ", "Auto-Reply: ", "Automatische Antwort: ",
                      "Réponse automatique : ", "Out of Office: ", "Undeliverable: ",
                      "Read: ", "Delivery Status Notification (Failure) "]
CHARSETS = ["utf-8", "iso-8859-1", "windows-1252", "utf-16", "us-ascii", "x-bogus-9",
            "utf-7", ""]
ENCODINGS = ["7bit", "8bit", "binary", "base64", "quoted-printable", "x-uuencode", ""]
FILENAMES = ["EHA.docx", "referral.pdf", "plan\u202efdp.exe", "a\x00b.docx",
             "=?utf-8?q?r=C3=A9f=C3=A9rence.docx?=", "x" * 600 + ".pdf", "../../etc/passwd",
             "", "winmail.dat", "forms.zip", "message.msg", "form.rtf", "form.odt", "a.doc",
             "photo.jpg", "\u2066名前\u2069.pdf"]
TYPES = ["application/octet-stream", "application/pdf", "application/msword",
         "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
         "application/zip", "application/ms-tnef", "application/vnd.ms-outlook",
         "text/rtf", "image/jpeg", "message/delivery-status", "bogus", ""]


@st.composite
def payloads(draw: st.DrawFn) -> bytes:
    """Bytes of a file: good forms, damaged ones, containers, and noise."""
    kind = draw(st.sampled_from(["docx", "pdf", "cut_docx", "cut_pdf", "zip", "noise",
                                 "empty", "ole", "rtf", "html"]))
    if kind == "docx":
        return good_docx()
    if kind == "pdf":
        return good_pdf()
    if kind == "cut_docx":
        return good_docx()[:draw(st.integers(0, len(good_docx())))]
    if kind == "cut_pdf":
        return good_pdf()[:draw(st.integers(0, len(good_pdf())))]
    if kind == "zip":
        return _zip(draw(st.sampled_from(["EHA.docx", "../x.docx", "a.zip"])), good_docx())
    if kind == "ole":
        return b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + draw(st.binary(max_size=600))
    if kind == "rtf":
        return b"{\\rtf1\\ansi " + draw(text).encode("utf-8") + b"}"
    if kind == "html":
        return b"<html><body><table><tr><td>" + draw(text).encode("utf-8") + b"</table>"
    return b"" if kind == "empty" else draw(st.binary(max_size=2000))


def _encode(data: bytes, encoding: str) -> bytes:
    if encoding == "base64":
        return base64.encodebytes(data)
    if encoding == "quoted-printable":
        return quopri.encodestring(data)
    return data


@st.composite
def leaf(draw: st.DrawFn) -> bytes:
    encoding = draw(st.sampled_from(ENCODINGS))
    if draw(st.booleans()):
        charset = draw(st.sampled_from(CHARSETS))
        subtype = draw(st.sampled_from(["plain", "html", "calendar"]))
        body = draw(text).encode(charset if _known(charset) else "utf-8", "replace")
        head = b"Content-Type: text/%s; charset=\"%s\"" % (subtype.encode(), charset.encode())
    else:
        name = draw(st.sampled_from(FILENAMES)).encode("utf-8")
        body = draw(payloads())
        head = (b"Content-Type: %s; name=\"%s\"\r\nContent-Disposition: attachment; "
                b"filename=\"%s\"" % (draw(st.sampled_from(TYPES)).encode(), name, name))
    return (head + b"\r\nContent-Transfer-Encoding: " + encoding.encode() + CRLF + CRLF
            + _encode(body, encoding))


def _known(charset: str) -> bool:
    try:
        "".encode(charset)
    except LookupError:
        return False
    return bool(charset)


def parts(depth: int = 3) -> st.SearchStrategy[bytes]:
    if depth == 0:
        return leaf()
    return st.one_of(leaf(), multipart(depth), forwarded(depth))


@st.composite
def multipart(draw: st.DrawFn, depth: int) -> bytes:
    subtype = draw(st.sampled_from(["mixed", "alternative", "related", "signed", "report"]))
    boundary = draw(st.sampled_from([b"b1", b"=_Part_0_123", b"", b"x" * 200]))
    declared = draw(st.sampled_from([boundary, boundary, b"other", None]))
    children = draw(st.lists(parts(depth - 1), max_size=4))
    param = b"" if declared is None else b'; boundary="' + declared + b'"'
    body = b"".join(b"--" + boundary + CRLF + child + CRLF for child in children)
    if draw(st.booleans()):
        body += b"--" + boundary + b"--" + CRLF
    return b"Content-Type: multipart/" + subtype.encode() + param + CRLF + CRLF + body


@st.composite
def forwarded(draw: st.DrawFn, depth: int) -> bytes:
    inner = draw(head_lines()) + draw(parts(depth - 1))
    return b"Content-Type: message/rfc822" + CRLF + CRLF + inner


@st.composite
def head_lines(draw: st.DrawFn) -> bytes:
    """From, Subject, Message-ID and random extra headers (the part's own Content-Type
    follows, from the body)."""
    lines = [b"From: " + draw(address), b"To: " + TO.encode(),
             b"Subject: " + draw(header_text), b"Date: Fri, 20 Nov 2026 09:30:00 +0000"]
    extra = draw(st.lists(st.tuples(st.sampled_from(
        [b"X-Note", b"Reply-To", b"References", b"Received", b"Bad Name", b"X-\xff", b""]),
        header_text), max_size=4))
    lines += [name + b": " + value for name, value in extra]
    if draw(st.integers(0, 9)) == 0:  # a very large header
        lines.append(b"X-Large: " + b"y" * draw(st.integers(1000, 70_000)))
    return CRLF.join(lines) + CRLF + b"MIME-Version: 1.0" + CRLF


@st.composite
def messages(draw: st.DrawFn) -> Fuzzed:
    """One whole message (see the module's docstring)."""
    roll = draw(st.integers(0, 8))
    shape = "garbage" if roll == 0 else "damaged" if roll < 3 else "mime"
    if shape == "garbage":
        return Fuzzed(draw(st.binary(max_size=3000)), automatic=False, shape=shape)
    marked = draw(st.integers(0, 4)) == 0  # one message in five carries a header mark
    marks = draw(st.lists(st.sampled_from(AUTOMATIC_HEADERS), min_size=1, max_size=2)
                 ) if marked else []
    prefix = draw(st.sampled_from([""] * 4 * len(AUTOMATIC_SUBJECTS) + AUTOMATIC_SUBJECTS))
    subject = b"Subject: " + prefix.encode() + draw(header_text)
    message_id = b"Message-ID: " + draw(st.sampled_from(MESSAGE_IDS))
    head = CRLF.join([*marks, subject, message_id]) + CRLF + draw(head_lines())
    raw = head + draw(parts())
    if shape == "damaged":  # damage after the marks: cut short, or noise spliced in
        start = len(CRLF.join([*marks, subject])) + 2
        cut = draw(st.integers(start, len(raw)))
        raw = raw[:cut] + (draw(st.binary(max_size=500)) if draw(st.booleans()) else b"")
    return Fuzzed(raw, automatic=bool(marks) or bool(prefix), shape=shape)
