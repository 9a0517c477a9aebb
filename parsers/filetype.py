"""A file's real type from its bytes (magic numbers), never from its declared MIME type.

Also the zip-bomb guard that must run before any zip-based format is opened.
"""

from __future__ import annotations

import io
import re
import zipfile
import zlib
from enum import StrEnum

import olefile

OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
TNEF_MAGIC = b"\x78\x9f\x3e\x22"  # winmail.dat: Outlook's own wrapping of attachments

# A Word form is a few MB at most; 100 MB inflated or a ratio over 100 is a bomb, not a form
# (measured: python-docx holds every part in memory, 300 MiB part -> 627 MB peak).
MAX_UNCOMPRESSED = 100 * 1024 * 1024
MAX_RATIO = 100
MAX_MEMBERS = 2000  # real .docx files have a few dozen parts

_HEADER_LINE = re.compile(rb"^[A-Za-z][A-Za-z0-9-]{1,40}:[ \t]", re.MULTILINE)
_MAIL_HEADERS = (b"from:", b"received:", b"message-id:", b"mime-version:", b"subject:")


_ZIP_ERRORS = (zipfile.BadZipFile, zlib.error, OSError, ValueError, RuntimeError, EOFError)


class FileType(StrEnum):
    EMPTY = "empty"
    PDF = "pdf"
    DOCX = "docx"
    DOCM = "docm"
    ZIP = "zip"
    LEGACY_DOC = "legacy_doc"
    OUTLOOK_MSG = "outlook_msg"
    ENCRYPTED_OFFICE = "encrypted_office"  # password-protected .docx/.xlsx: OLE + EncryptionInfo
    OLE_OTHER = "ole_other"
    EML = "eml"
    PNG = "png"
    JPEG = "jpeg"
    GIF = "gif"
    TEXT = "text"
    HTML = "html"  # a web page (often a phishing page named .pdf)
    EXECUTABLE = "executable"  # a Windows or Linux program
    TNEF = "tnef"  # winmail.dat
    ODT = "odt"  # OpenDocument text (LibreOffice)
    RTF = "rtf"
    SMIME_SIGNATURE = "smime_signature"  # a .p7s beside the signed content
    SMIME_ENCRYPTED = "smime_encrypted"  # an encrypted message (.p7m enveloped data)
    UNKNOWN = "unknown"


def detect(data: bytes) -> FileType:
    """The type of `data` by content. Never raises."""
    if not data:
        return FileType.EMPTY
    if b"%PDF-" in data[:1024]:
        return FileType.PDF
    if data.startswith((b"PK\x03\x04", b"PK\x05\x06")):
        return _zip_kind(data)
    if data.startswith(OLE_MAGIC):
        return _ole_kind(data)
    if data.lstrip()[:5] == b"{\\rtf":
        return FileType.RTF
    return _pkcs7_kind(data) or _image_kind(data) or _program_kind(data) or _text_kind(data)


# PKCS #7 content types (RFC 5652), DER-encoded near the start of a .p7s / .p7m.
_SIGNED_DATA = bytes.fromhex("06092a864886f70d010702")
_ENVELOPED_DATA = bytes.fromhex("06092a864886f70d010703")
_AUTH_ENVELOPED = bytes.fromhex("060b2a864886f70d0109100117")


def _pkcs7_kind(data: bytes) -> FileType | None:
    if not data.startswith(b"\x30"):
        return None
    head = data[:40]
    if _SIGNED_DATA in head:
        return FileType.SMIME_SIGNATURE
    if _ENVELOPED_DATA in head or _AUTH_ENVELOPED in head:
        return FileType.SMIME_ENCRYPTED
    return None


def _program_kind(data: bytes) -> FileType | None:
    if data.startswith((b"MZ", b"\x7fELF")):
        return FileType.EXECUTABLE
    if data.startswith(TNEF_MAGIC):
        return FileType.TNEF
    return None


def _image_kind(data: bytes) -> FileType | None:
    if data.startswith(b"\x89PNG\r\n\x1a\n"):
        return FileType.PNG
    if data.startswith(b"\xff\xd8\xff"):
        return FileType.JPEG
    if data.startswith((b"GIF87a", b"GIF89a")):
        return FileType.GIF
    return None


def _ole_kind(data: bytes) -> FileType:
    """OLE2 compound file, by the names at its root: a .msg carries attached files (a .doc,
    an encrypted .docx) whose own names lie deeper and must not decide. Where the directory
    cannot be read, by the UTF-16LE names anywhere in the bytes."""
    names = _ole_root_names(data)

    def has(name: str) -> bool:
        if names is None:
            return name.encode("utf-16-le") in data
        return any(entry.startswith(name) for entry in names)

    if has("EncryptionInfo") or has("EncryptedPackage"):
        return FileType.ENCRYPTED_OFFICE
    if has("WordDocument"):
        return FileType.LEGACY_DOC
    if has("__substg1.0_") or has("__properties_version1.0"):
        return FileType.OUTLOOK_MSG
    return FileType.OLE_OTHER


def _ole_root_names(data: bytes) -> set[str] | None:
    try:
        with olefile.OleFileIO(io.BytesIO(data)) as compound:
            paths = compound.listdir(streams=True, storages=True)
    except Exception:  # olefile raises many types on damaged files
        return None
    return {path[0] for path in paths if len(path) == 1}


def _zip_kind(data: bytes) -> FileType:
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            names = set(archive.namelist())
            if "content.xml" in names and _is_odt(archive):
                return FileType.ODT
            if "word/document.xml" not in names:
                return FileType.ZIP
            if "word/vbaProject.bin" in names or _macro_content_type(archive):
                return FileType.DOCM
            return FileType.DOCX
    except _ZIP_ERRORS:
        return FileType.ZIP


def _is_odt(archive: zipfile.ZipFile) -> bool:
    try:
        info = archive.getinfo("mimetype")
        return info.file_size < 200 and archive.read(info).strip() == (
            b"application/vnd.oasis.opendocument.text")
    except (KeyError, *_ZIP_ERRORS):
        return False


def _macro_content_type(archive: zipfile.ZipFile) -> bool:
    try:
        info = archive.getinfo("[Content_Types].xml")
    except KeyError:
        return False
    if info.file_size > 1024 * 1024:
        return False
    try:
        return b"macroEnabled" in archive.read(info)
    except _ZIP_ERRORS:
        return False  # a damaged part: python-docx will report the file as corrupt


def _text_kind(data: bytes) -> FileType:
    head = data[:8192]
    if b"\x00" in head:
        return FileType.UNKNOWN
    try:
        head.decode("utf-8")
    except UnicodeDecodeError as error:
        if error.start < len(head) - 4:  # a cut multibyte character at the end is fine
            return FileType.UNKNOWN
    if _looks_like_mail(head):
        return FileType.EML
    start = head.lstrip()[:256].lower()
    return FileType.HTML if start.startswith((b"<!doctype html", b"<html")) else FileType.TEXT


def _looks_like_mail(head: bytes) -> bool:
    header_block = re.split(rb"\r?\n\r?\n", head, maxsplit=1)[0]
    if not _HEADER_LINE.match(header_block.lstrip(b"\r\n")):
        return False
    lowered = header_block.lower()
    return sum(1 for name in _MAIL_HEADERS if name in lowered) >= 2


def zip_limit_problem(data: bytes, max_bytes: int = MAX_UNCOMPRESSED) -> str | None:
    """A reason to refuse a zip (bomb, too many parts, unsafe names, corrupt), or None when
    it is safe to open.

    Uses only the declared sizes in the central directory; nothing is inflated.
    (zipfile never inflates a member past its declared size, so they bound the cost.)
    """
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            infos = archive.infolist()
    except _ZIP_ERRORS:
        return "corrupt or truncated file"
    total = sum(info.file_size for info in infos)
    compressed = max(1, sum(info.compress_size for info in infos))
    if len(infos) > MAX_MEMBERS:
        return f"holds {len(infos)} files, more than {MAX_MEMBERS} (possible zip bomb)"
    if total > max_bytes:
        return f"expands to more than {max_bytes // (1024 * 1024)} MB (possible zip bomb)"
    if total / compressed > MAX_RATIO:
        return f"expands more than {MAX_RATIO} times (possible zip bomb)"
    if any(_unsafe_name(info.filename) for info in infos):
        return "holds a file whose path leads outside the zip (possible attack)"
    return None


def _unsafe_name(name: str) -> bool:
    """'../x', '/etc/x', 'C:\\x': names that would escape a folder if unpacked."""
    parts = name.replace("\\", "/").split("/")
    return name.startswith(("/", "\\")) or ".." in parts or bool(re.match(r"[A-Za-z]:", name))
