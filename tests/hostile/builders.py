"""Generators of hostile and broken files and messages: code, not committed binaries.

Every builder is deterministic (fixed seeds), so a failing case can be rebuilt exactly.
"""

from __future__ import annotations

import io
import random
import zipfile
import zlib
from collections.abc import Iterable
from email.message import EmailMessage

from msoffcrypto.format.ooxml import OOXMLFile
from pypdf import PdfReader, PdfWriter
from reportlab.pdfgen import canvas

from frontdoor_demo.samples.forms import make_docx, make_pdf, sample_specs
from frontdoor_demo.samples.referrals import DOCX_TYPE

MIB = 1024 * 1024
SENDER = "p.shah@hillcrest.dudley.sch.uk"
TO = "earlyhelp.dudleycentral@dudley.gov.uk"
OUR_ADDRESS = "earlyhelp.frontdoor@dudley.gov.uk"  # outbound.from_address of the Dudley example
OUR_MESSAGE_ID_DOMAIN = "frontdoor.dudley.gov.uk"


def good_docx() -> bytes:
    return make_docx(sample_specs()[0])


def good_pdf() -> bytes:
    return make_pdf(sample_specs()[0])


def noise(size: int, seed: int = 1) -> bytes:
    """Incompressible bytes."""
    return random.Random(seed).randbytes(size)


# --- mail -------------------------------------------------------------------------------

def message(*files: tuple[str, bytes, str], subject: str = "Early Help referral",
            headers: Iterable[tuple[str, str]] = (), body: str = "Please find attached.",
            message_id: str = "<hostile@hillcrest.dudley.sch.uk>") -> bytes:
    """A well-formed message from a school to a cluster mailbox with these attachments."""
    mail = EmailMessage()
    mail["From"] = SENDER
    mail["To"] = TO
    mail["Subject"] = subject
    mail["Date"] = "Fri, 20 Nov 2026 09:30:00 +0000"
    mail["Message-ID"] = message_id
    for name, value in headers:
        mail[name] = value
    mail.set_content(body)
    for filename, data, mime_type in files:
        maintype, _, subtype = mime_type.partition("/")
        mail.add_attachment(data, maintype=maintype, subtype=subtype, filename=filename)
    return mail.as_bytes()


def with_file(filename: str, data: bytes, mime_type: str = "application/octet-stream") -> bytes:
    return message((filename, data, mime_type))


def raw_message(head: str, body: bytes) -> bytes:
    """A message written by hand (for MIME no library would produce)."""
    return head.replace("\n", "\r\n").encode() + b"\r\n" + body


def plain_head(content_type: str, *, extra: str = "") -> str:
    return (f"From: {SENDER}\nTo: {TO}\nSubject: Early Help referral\n"
            f"Date: Fri, 20 Nov 2026 09:30:00 +0000\nMessage-ID: <raw@hillcrest.dudley.sch.uk>\n"
            f"MIME-Version: 1.0\n{extra}Content-Type: {content_type}\n")


def forwarded(depth: int, inner: bytes) -> bytes:
    """`inner` forwarded `depth` times, each forward a 7bit message/rfc822 part (written by
    hand: EmailMessage would base64 each level, growing the message by 4/3 per level)."""
    raw = inner
    for level in range(depth):
        boundary = f"fw{level}"
        head = (f"From: {SENDER}\r\nTo: {TO}\r\nSubject: Fw: level {level}\r\n"
                f"Message-ID: <fw{level}@hillcrest.dudley.sch.uk>\r\nMIME-Version: 1.0\r\n"
                f'Content-Type: multipart/mixed; boundary="{boundary}"\r\n\r\n'
                f"--{boundary}\r\nContent-Type: text/plain\r\n\r\nForwarding.\r\n"
                f"--{boundary}\r\nContent-Type: message/rfc822\r\n\r\n")
        raw = head.encode() + raw + f"\r\n--{boundary}--\r\n".encode()
    return raw


def nested_multipart(depth: int) -> bytes:
    """multipart/mixed inside multipart/mixed, `depth` levels, a form at the bottom."""
    body = b"Content-Type: text/plain\r\n\r\nDate of birth 01/01/2016 postcode DY1 1AA\r\n"
    for level in reversed(range(depth)):
        boundary = f"b{level}".encode()
        body = (b"Content-Type: multipart/mixed; boundary=\"" + boundary + b"\"\r\n\r\n--"
                + boundary + b"\r\n" + body + b"\r\n--" + boundary + b"--\r\n")
    head = (f"From: {SENDER}\r\nTo: {TO}\r\nSubject: nested\r\nMIME-Version: 1.0\r\n"
            "Message-ID: <nested@hillcrest.dudley.sch.uk>\r\n").encode()
    return head + body


# --- zip and docx -----------------------------------------------------------------------

def zipped(members: Iterable[tuple[str, bytes]], *, stored: Iterable[str] = ()) -> bytes:
    """A zip of the members, deflated except those named in `stored`."""
    keep = set(stored)
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, body in members:
            info = zipfile.ZipInfo(name, date_time=(2026, 11, 20, 9, 30, 0))
            info.compress_type = zipfile.ZIP_STORED if name in keep else zipfile.ZIP_DEFLATED
            archive.writestr(info, body)
    return out.getvalue()


def flagged_encrypted(archive: bytes) -> bytes:
    """Every member marked encrypted (general purpose bit 0), as a password-protected zip is;
    zipfile cannot write encryption, and readers must refuse on the flag alone."""
    data = bytearray(archive)
    for signature, flag_at in ((b"PK\x03\x04", 6), (b"PK\x01\x02", 8)):
        start = data.find(signature)
        while start >= 0:
            data[start + flag_at] |= 0x1
            start = data.find(signature, start + 4)
    return bytes(data)


def docx_parts(docx: bytes) -> dict[str, bytes]:
    with zipfile.ZipFile(io.BytesIO(docx)) as archive:
        return {name: archive.read(name) for name in archive.namelist()}


def docx_with(replace: dict[str, bytes | None], extra: Iterable[tuple[str, bytes]] = (),
              *, stored: Iterable[str] = ()) -> bytes:
    """The good form with parts replaced (None: removed) and extra parts added."""
    parts = docx_parts(good_docx())
    for name, body in replace.items():
        if body is None:
            parts.pop(name, None)
        else:
            parts[name] = body
    return zipped([*parts.items(), *extra], stored=stored)


def zeros_member(name: str, size: int) -> zipfile.ZipInfo:
    info = zipfile.ZipInfo(name, date_time=(2026, 11, 20, 9, 30, 0))
    info.compress_type = zipfile.ZIP_DEFLATED
    info.file_size = size
    return info


def zip_with_zeros(base: dict[str, bytes], name: str, size: int) -> bytes:
    """A zip of `base` plus one member of `size` zero bytes, written 1 MiB at a time."""
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        for member, body in base.items():
            archive.writestr(member, body)
        with archive.open(zeros_member(name, size), "w", force_zip64=True) as target:
            chunk = b"\0" * MIB
            for _ in range(size // MIB):
                target.write(chunk)
    return out.getvalue()


def xxe_document() -> bytes:
    return (b'<?xml version="1.0" encoding="UTF-8" standalone="no"?>\n'
            b'<!DOCTYPE w:document [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>\n'
            b'<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
            b"<w:body><w:p><w:r><w:t>&xxe;</w:t></w:r></w:p></w:body></w:document>")


def billion_laughs_document() -> bytes:
    entities = '<!ENTITY l0 "lol">' + "".join(
        f'<!ENTITY l{n} "{("&l" + str(n - 1) + ";") * 10}">' for n in range(1, 10))
    return (f'<?xml version="1.0"?>\n<!DOCTYPE lolz [{entities}]>\n'
            '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
            "<w:body><w:p><w:r><w:t>&l9;</w:t></w:r></w:p></w:body></w:document>").encode()


def deep_xml_document(depth: int) -> bytes:
    ns = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
    return (f"<w:document {ns}><w:body>".encode() + b"<w:sdt><w:sdtContent>" * depth
            + b"</w:sdtContent></w:sdt>" * depth + b"</w:body></w:document>")


def encrypted_docx() -> bytes:
    """A password-protected .docx as Word writes it: an OLE file holding the encrypted zip."""
    source = OOXMLFile(io.BytesIO(good_docx()))
    out = io.BytesIO()
    source.encrypt("secret", out)
    return out.getvalue()


# --- pdf --------------------------------------------------------------------------------

def raw_pdf(objects: list[bytes], *, root: int = 1) -> bytes:
    """A PDF from object bodies (object n is objects[n-1]), with a correct xref table."""
    out = bytearray(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    for offset in offsets:
        out += b"%010d 00000 n \n" % offset
    out += (b"trailer\n<< /Size %d /Root %d 0 R >>\nstartxref\n%d\n%%%%EOF\n"
            % (len(objects) + 1, root, xref))
    return bytes(out)


def stream(data: bytes, extra: bytes = b"") -> bytes:
    return b"<< /Length %d %s >>\nstream\n" % (len(data), extra) + data + b"\nendstream"


TEXT = b"BT /F1 12 Tf 72 720 Td (Early Help Assessment) Tj ET"
FONT = b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"


def one_page_pdf(contents: bytes, *, more: tuple[bytes, ...] = ()) -> bytes:
    """A one-page PDF whose page content stream object is `contents` (a whole object)."""
    return raw_pdf([
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R "
        b"/Resources << /Font << /F1 5 0 R >> >> >>",
        contents, FONT, *more])


def deflated_zeros(size: int) -> bytes:
    compressor = zlib.compressobj(9)
    chunk = b" " * MIB
    parts = [compressor.compress(chunk) for _ in range(size // MIB)]
    return b"".join(parts) + compressor.flush()


def flate_bomb_pdf(size: int) -> bytes:
    return one_page_pdf(stream(deflated_zeros(size), b"/Filter /FlateDecode"))


def double_flate_bomb_pdf(size: int) -> bytes:
    twice = zlib.compress(deflated_zeros(size), 9)
    return one_page_pdf(stream(twice, b"/Filter [/FlateDecode /FlateDecode]"))


def hidden_bomb_pdf(size: int) -> bytes:
    """A bomb in an object no page uses (an unused image): readers that scan still meet it."""
    image = stream(deflated_zeros(size), b"/Type /XObject /Subtype /Image /Width 1 /Height 1 "
                   b"/ColorSpace /DeviceGray /BitsPerComponent 8 /Filter /FlateDecode")
    return one_page_pdf(stream(TEXT), more=(image,))


def nested_pdf(depth: int, opener: bytes, closer: bytes) -> bytes:
    deep = opener * depth + closer * depth
    return one_page_pdf(stream(TEXT), more=(b"<< /Deep " + deep + b" >>",))


def circular_pages_pdf() -> bytes:
    return raw_pdf([
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [2 0 R 3 0 R] /Count 2 >>",
        b"<< /Type /Pages /Parent 2 0 R /Kids [2 0 R] /Count 1 >>",
    ])


def many_pages_pdf(pages: int) -> bytes:
    out = io.BytesIO()
    page = canvas.Canvas(out)
    for number in range(pages):
        page.drawString(72, 720, f"Early Help Assessment page {number + 1}")
        page.showPage()
    page.save()
    return out.getvalue()


def encrypted_pdf(*, user_password: str, pdf: bytes | None = None) -> bytes:
    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(pdf or good_pdf())))
    writer.encrypt(user_password=user_password, owner_password="owner", algorithm="AES-256")
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def scanned_pdf(image_bytes: int) -> bytes:
    """A page holding only an image (raw RGB noise of about `image_bytes`): a scan."""
    side = int((image_bytes / 3) ** 0.5)
    image = stream(noise(side * side * 3, seed=7),
                   b"/Type /XObject /Subtype /Image /Width %d /Height %d "
                   b"/ColorSpace /DeviceRGB /BitsPerComponent 8" % (side, side))
    return raw_pdf([
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R "
        b"/Resources << /XObject << /Im1 5 0 R >> >> >>",
        stream(b"q 612 0 0 792 0 0 cm /Im1 Do Q"), image])


def tnef() -> bytes:
    """The start of a winmail.dat: TNEF signature, key, and a truncated attribute."""
    return b"\x78\x9f\x3e\x22" + b"\x01\x00" + b"\x01\x06\x90\x08\x00" + noise(200)


def ole_with(name: str) -> bytes:
    """An OLE2 header followed by junk and one directory name (as detection reads it)."""
    from parsers.filetype import OLE_MAGIC

    return OLE_MAGIC + noise(504, seed=3) + name.encode("utf-16-le") + noise(600, seed=4)


def docx_type() -> str:
    return DOCX_TYPE


def dense_pdf(pages: int, *, lines: int = 90) -> bytes:
    """Pages full of small text: slow for pdfplumber (about 0.1 s a page), not hostile."""
    out = io.BytesIO()
    page = canvas.Canvas(out)
    page.setFont("Helvetica", 6)
    for number in range(pages):
        for line in range(lines):
            page.drawString(20, 800 - line * 8.5, f"Page {number} line {line} " + "text " * 30)
        page.showPage()
    page.save()
    return out.getvalue()
