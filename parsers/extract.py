"""Files and messages to forms, documents and unreadable files.

Dispatch is by the type detected from the bytes. Every failure of a third-party
parser on hostile bytes becomes an UnreadableFile with a plain reason.
"""

from __future__ import annotations

import dataclasses
import io
import re
import zipfile
import zlib
from pathlib import Path, PurePosixPath

from parsers.docx_form import read_docx
from parsers.extraction import Document, DocumentKind, MailExtraction, UnreadableFile
from parsers.fields import Content, build_form, content_text, has_form_fields
from parsers.filetype import FileType, detect, zip_limit_problem
from parsers.form import Form, FormType
from parsers.labels import form_type_of, mentions_plan
from parsers.legacy_doc import mark_converted, read_legacy_doc
from parsers.mail import ParsedMail
from parsers.mime import parse_mail
from parsers.outlook import parse_msg
from parsers.pdf_form import read_pdf
from parsers.tnef import read_winmail

Result = Form | UnreadableFile | Document

MAX_DEPTH = 3  # a zip in an email in a zip; deeper nesting is not how referrals arrive
MAX_ZIP_MEMBERS = 30  # a pack holds a few forms and plans
MAX_FILE_BYTES = 30 * 1024 * 1024  # larger than any form; mail servers refuse more anyway
_FORM_ORDER = {FormType.EARLY_HELP_ASSESSMENT: 0, FormType.INTERNAL_REQUEST: 1,
               FormType.STEP_DOWN: 2, FormType.UNKNOWN: 3}
_SIMPLE_REASONS = {
    FileType.EMPTY: "empty file",
    FileType.ENCRYPTED_OFFICE: "password protected",
}


def extract_document(filename: str, data: bytes) -> Result:
    """The main result for one file: its form, else a document, else why it is unreadable."""
    return _main(filename, _extract_all(filename, data, 0))


def extract_path(path: Path) -> Result:
    """`extract_document` for a file on disk (the CLI's `frontdoor extract`)."""
    try:
        if path.stat().st_size > MAX_FILE_BYTES:
            return UnreadableFile(path.name, "over size limit")
        data = path.read_bytes()
    except OSError:
        return UnreadableFile(path.name, "could not open file")
    return extract_document(path.name, data)


def extract_mail(mail: ParsedMail) -> MailExtraction:
    """Forms (main first), documents and unreadable files of a message and its forwards."""
    results = [r for a in mail.all_attachments() for r in _extract_all(a.filename, a.data, 1)]
    if not mail.all_attachments():
        results.extend(_body_form(mail))
    return _combine(results)


def _combine(results: list[Result]) -> MailExtraction:
    forms = sorted((r for r in results if isinstance(r, Form)),
                   key=lambda f: _FORM_ORDER[f.form_type])
    documents = tuple(r for r in results if isinstance(r, Document))
    extraction = MailExtraction(tuple(forms), documents,
                                tuple(r for r in results if isinstance(r, UnreadableFile)))
    if forms and extraction.has_step_down_plan:
        main = dataclasses.replace(forms[0], form_type=FormType.STEP_DOWN)
        extraction = dataclasses.replace(extraction, forms=(main, *forms[1:]))
    return extraction


def _main(filename: str, results: list[Result]) -> Result:
    extraction = _combine(results)
    if extraction.forms:
        return extraction.forms[0]
    plans = [d for d in extraction.documents if d.kind is DocumentKind.STEP_DOWN_PLAN]
    if plans or (extraction.documents and not extraction.unreadable):
        return (plans or list(extraction.documents))[0]
    if extraction.unreadable:
        return extraction.unreadable[0]
    return Document(filename, DocumentKind.SUPPORTING)


def _body_form(mail: ParsedMail) -> list[Result]:
    """The message body as a form, only when it clearly is one."""
    text = mail.all_text()
    if not (re.search(r"date of birth|\bdob\b", text, re.IGNORECASE)
            and re.search(r"post ?code", text, re.IGNORECASE)):
        return []
    form = build_form(Content(tuple(text.splitlines())), source_name="message body")
    return [form] if has_form_fields(form) else []


def _extract_all(filename: str, data: bytes, depth: int) -> list[Result]:
    try:
        return _dispatch(filename, data, depth)
    except Exception:  # a parser failed on hostile bytes: the file, not the worker, fails
        return [UnreadableFile(filename, "could not be read")]


def _dispatch(filename: str, data: bytes, depth: int) -> list[Result]:
    kind = detect(data)
    if kind in _SIMPLE_REASONS:
        return [UnreadableFile(filename, _SIMPLE_REASONS[kind])]
    if len(data) > MAX_FILE_BYTES:
        return [UnreadableFile(filename, "over size limit")]
    if kind is FileType.PDF:
        return [_classify(filename, read_pdf(filename, data))]
    if kind in (FileType.DOCX, FileType.DOCM):
        return [_classify(filename, read_docx(filename, data))]
    if kind is FileType.LEGACY_DOC:
        return [mark_converted(_classify(filename, read_legacy_doc(filename, data)))]
    if kind in (FileType.PNG, FileType.JPEG, FileType.GIF, FileType.TEXT):
        return [Document(filename, DocumentKind.SUPPORTING)]
    return _container(filename, data, depth, kind)


def _container(filename: str, data: bytes, depth: int, kind: FileType) -> list[Result]:
    if kind not in (FileType.ZIP, FileType.EML, FileType.OUTLOOK_MSG, FileType.TNEF):
        return [UnreadableFile(filename, f"unsupported file type ({_extension(filename)})")]
    if depth >= MAX_DEPTH:
        return [UnreadableFile(filename, "files nested too deep")]
    if kind is FileType.ZIP:
        return _zip_members(filename, data, depth)
    mail = _message(filename, data, kind)
    if isinstance(mail, UnreadableFile):
        return [mail]
    if not mail.all_attachments():  # a saved message with the form typed in its body
        return _body_form(mail)
    return [r for a in mail.all_attachments() for r in _extract_all(a.filename, a.data, depth + 1)]


def _message(filename: str, data: bytes, kind: FileType) -> ParsedMail | UnreadableFile:
    """A message file (.eml, Outlook .msg, winmail.dat) as a parsed message."""
    if kind is FileType.EML:
        return parse_mail(data)
    if kind is FileType.TNEF:
        return read_winmail(filename, data)
    return parse_msg(data) or UnreadableFile(filename, "Outlook .msg could not be read")


def _extension(filename: str) -> str:
    suffix = PurePosixPath(filename).suffix.lower()
    return suffix if suffix and len(suffix) <= 8 else "no extension"


def _zip_members(filename: str, data: bytes, depth: int) -> list[Result]:
    problem = zip_limit_problem(data)
    if problem:
        return [UnreadableFile(filename, problem)]
    results: list[Result] = []
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        members = [i for i in archive.infolist() if not i.is_dir()
                   and not i.filename.startswith("__MACOSX/")]
        for info in members[:MAX_ZIP_MEMBERS]:
            results.extend(_zip_member(archive, info, depth))
    return results


def _zip_member(archive: zipfile.ZipFile, info: zipfile.ZipInfo, depth: int) -> list[Result]:
    name = PurePosixPath(info.filename).name
    if info.flag_bits & 0x1:
        return [UnreadableFile(name, "password protected")]
    try:
        data = archive.read(info)
    except (zipfile.BadZipFile, zlib.error, OSError, ValueError, EOFError):
        return [UnreadableFile(name, "corrupt or truncated file")]
    return _extract_all(name, data, depth + 1)


def _classify(filename: str, content: Content | UnreadableFile) -> Result:
    """A form, a step-down/CIN/CP plan, or a supporting document (a letter)."""
    if isinstance(content, UnreadableFile):
        return content
    form = build_form(content, source_name=filename)
    has_fields = has_form_fields(form)
    if mentions_plan(content.title) or (not has_fields and mentions_plan(content_text(content))):
        return Document(filename, DocumentKind.STEP_DOWN_PLAN)
    if not has_fields and form_type_of(content.title, "") is FormType.UNKNOWN:
        return Document(filename, DocumentKind.SUPPORTING)
    return form
