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
from dataclasses import dataclass
from pathlib import PurePosixPath

from parsers.converters import NO_CONVERTERS, Converters
from parsers.filetype import FileType, detect, zip_limit_problem
from parsers.form import Form, FormType
from parsers.layout import Content
from parsers.limits import DEFAULT_LIMITS, ParseLimits, Stop
from parsers.mail.html import html_content
from parsers.mail.message import ParsedMail
from parsers.mail.mime import parse_mail
from parsers.mail.text_tables import body_blocks
from parsers.meaning.interpret import build_form, content_text, has_form_fields
from parsers.meaning.labels import form_type_of, mentions_plan
from parsers.meaning.people.names import looks_like_a_name, name_words
from parsers.meaning.values import find_postcode
from parsers.results import Document, DocumentKind, MailExtraction, UnreadableFile
from parsers.seen import seen_in

Result = Form | UnreadableFile | Document

MAX_DEPTH = 3  # a zip in an email in a zip; deeper nesting is not how referrals arrive
MAX_ZIP_MEMBERS = 30  # a pack holds a few forms and plans
MAX_FILE_BYTES = 30 * 1024 * 1024  # larger than any form; mail servers refuse more anyway
_FORM_ORDER = {FormType.EARLY_HELP_ASSESSMENT: 0, FormType.INTERNAL_REQUEST: 1,
               FormType.STEP_DOWN: 2, FormType.UNKNOWN: 3}
_SIMPLE_REASONS = {
    FileType.EMPTY: "empty file",
    FileType.ENCRYPTED_OFFICE: "password protected",
    FileType.EXECUTABLE: "a program, not a document",
}
# What a file's name claims it is; a name that claims a document we read must hold one.
ENCRYPTED_MESSAGE = ("encrypted email (S/MIME): it cannot be read here; ask the sender to "
                     "send the form to the secure mailbox without encrypting it")
_CLAIMED = {".pdf": "a PDF", ".docx": "a Word", ".docm": "a Word", ".doc": "a Word",
            ".msg": "an Outlook", ".zip": "a zip", ".odt": "an OpenDocument", ".rtf": "an RTF"}


def extract_document(filename: str, data: bytes, limits: ParseLimits = DEFAULT_LIMITS,
                     converters: Converters = NO_CONVERTERS) -> Result:
    """The main result for one file: its form, else a document, else why it is unreadable."""
    return main_result(filename, read_file(filename, data, limits, converters=converters))


def extract_mail(mail: ParsedMail, limits: ParseLimits = DEFAULT_LIMITS,
                 converters: Converters = NO_CONVERTERS) -> MailExtraction:
    """Forms (main first), documents and unreadable files of a message and its forwards.

    In this process: the worker reads mail in a child process (`inbox_worker.reading.server`),
    one attachment per request, and combines the results the same way.
    """
    results = [r for a in mail.all_attachments()
               for r in read_file(a.filename, a.data, limits, depth=1, converters=converters)]
    if not any(isinstance(r, Form) for r in results):  # a form typed in, beside a logo
        results.extend(body_results(mail))
    return combine(results)


def read_file(filename: str, data: bytes, limits: ParseLimits, *, depth: int = 0,
              converters: Converters = NO_CONVERTERS) -> list[Result]:
    """Everything in one file (a zip or a message gives several); never raises."""
    return _extract_all(filename, data, depth, _Reading(limits, converters))


def combine(results: list[Result]) -> MailExtraction:
    """The results of a message's files as one extraction, main form first."""
    forms = sorted((r for r in results if isinstance(r, Form)),
                   key=lambda f: _FORM_ORDER[f.form_type])
    documents = tuple(r for r in results if isinstance(r, Document))
    extraction = MailExtraction(tuple(forms), documents,
                                tuple(r for r in results if isinstance(r, UnreadableFile)))
    if forms and extraction.has_step_down_plan:
        main = dataclasses.replace(forms[0], form_type=FormType.STEP_DOWN)
        extraction = dataclasses.replace(extraction, forms=(main, *forms[1:]))
    elif forms and forms[0].form_type is FormType.UNKNOWN and forms[0].people and (
            forms[0].address.postcode or forms[0].address.lines):  # a service's own form
        # ("Supporting Change Team – Referral", "Family Wellbeing Service – request from
        # primary care"), with a family and a home (or "address to follow"): every external
        # referral is an assessment for the service, whatever its name
        main = dataclasses.replace(forms[0], form_type=FormType.EARLY_HELP_ASSESSMENT)
        extraction = dataclasses.replace(extraction, forms=(main, *forms[1:]))
    return extraction


def main_result(filename: str, results: list[Result]) -> Result:
    """The one result that stands for a file: its main form, else a plan or document,
    else why it is unreadable."""
    extraction = combine(results)
    if extraction.forms:
        return extraction.forms[0]
    plans = [d for d in extraction.documents if d.kind is DocumentKind.STEP_DOWN_PLAN]
    if plans or (extraction.documents and not extraction.unreadable):
        return (plans or list(extraction.documents))[0]
    if extraction.unreadable:
        return extraction.unreadable[0]
    return Document(filename, DocumentKind.SUPPORTING)


def body_results(mail: ParsedMail) -> list[Result]:
    """The message body as a form, only when it clearly is one: its text part, or its
    HTML part when that reads better (a text part that only says "see the HTML version")."""
    text = mail.all_text()
    html = "\n".join(m.html_body for m in _with_forwards(mail) if m.html_body)
    both = f"{text}\n{html}"
    if not ((_FORM_WORDS_DOB.search(both) or _PERSON_LINE.search(both))
            and (_FORM_WORDS_POSTCODE.search(both) or find_postcode(both))):
        return []
    readings = [_form(Content(body_blocks(text)), "message body")]
    if html:
        readings.append(_form(html_content(html), "message body (HTML)"))
    best = max(readings, key=_fields_read)
    if not has_form_fields(best):
        return []
    lead = best.lead_professional
    if not (lead.name or lead.email) and looks_like_a_name(mail.sender_name) and "@" in (
            mail.sender):  # a form typed into a message and signed off by its sender
        best = dataclasses.replace(best, lead_professional=dataclasses.replace(
            lead, name=mail.sender_name, email=mail.sender))
    elif lead.name and not lead.email and "@" in mail.sender and name_words(
            lead.name) == name_words(mail.sender_name):  # the lead the message names sent it
        best = dataclasses.replace(best, lead_professional=dataclasses.replace(
            lead, email=mail.sender))
    return [best]


_FORM_WORDS_DOB = re.compile(r"date of birth|\bdob\b|d\.o\.b", re.IGNORECASE)
_FORM_WORDS_POSTCODE = re.compile(r"post ?code", re.IGNORECASE)
# "Mia Lloyd, 14/06/2013, daughter", "Jessica Hamon (mother), 22/12/1999": a person written
# with a date on a line of their own, as a form typed into a message lists the family.
# "- Bronagh Murray, 14/03/1984, mother", "Child: Harris Kennedy, born 22/05/2019", "mum
# Shona Kennedy (born 08/01/1990)"; "  PATEL, Nisha - 11/01/1986 - mother".
_PERSON_LINE = re.compile(r"^(?:[-–•*]\s*|[A-Za-z ()/]{2,30}:\s*)?[A-Z][\w'’-]+(?: [A-Z][\w'’-]+)"
                          r"{1,3}(?: \([a-z -]{2,30}\))?,(?: born)? \d{1,2}[./-]\d{1,2}[./-]"
                          r"\d{2,4}\b|\b[A-Z][\w'’-]+ [A-Z][\w'’-]+ \(born \d{1,2}[./-]\d{1,2}"
                          r"[./-]\d{2,4}\)|^\s*[A-Z][A-Z'’-]+, [A-Z][\w'’-]+(?: [A-Z][\w'’-]+)?"
                          r"\s*[-–,]\s*\d{1,2}[./-]\d{1,2}[./-]\d{2,4}\b", re.MULTILINE)


def _with_forwards(mail: ParsedMail) -> list[ParsedMail]:
    return [mail, *(m for f in mail.forwarded for m in _with_forwards(f))]


def _fields_read(form: Form) -> int:
    return (len(form.people) + sum(p.date_of_birth is not None for p in form.people)
            + bool(form.address.postcode) + bool(form.lead_professional.name)
            + (form.level_of_need is not None))


@dataclass(frozen=True)
class _Reading:
    """What every nested read carries: the limits and the converters."""

    limits: ParseLimits
    converters: Converters


def _extract_all(filename: str, data: bytes, depth: int, reading: _Reading) -> list[Result]:
    try:
        return _dispatch(filename, data, depth, reading)
    except MemoryError:  # the child's address-space limit: contained, and said plainly
        return [UnreadableFile(filename, reading.limits.reason(Stop.MEMORY))]
    except RecursionError:
        return [UnreadableFile(filename, "nested too deeply to read (a malformed file)")]
    except Exception:  # a parser failed on hostile bytes: the file, not the worker, fails
        return [UnreadableFile(filename, "could not be read")]


def _dispatch(filename: str, data: bytes, depth: int, reading: _Reading) -> list[Result]:
    # Each format's reader (and its library) is imported when a file of that kind comes:
    # the worker's own process, which only combines results, never loads them.
    from parsers.guards import docx_problem, pdf_problem
    from parsers.pdf.reader import embedded_files, read_pdf
    from parsers.word.docx import read_docx
    from parsers.word.legacy_doc import read_legacy_doc
    from parsers.word.odt import read_odt
    from parsers.word.rtf import read_rtf

    limits = reading.limits
    kind = detect(data)
    problem = _SIMPLE_REASONS.get(kind) or _misnamed(filename, kind)
    if problem is None and len(data) > MAX_FILE_BYTES:
        problem = over_size()
    guard = {FileType.PDF: pdf_problem, FileType.DOCX: docx_problem,
             FileType.DOCM: docx_problem}.get(kind)
    if problem is None and guard is not None:
        problem = guard(data, limits)
    if problem is not None:
        return [UnreadableFile(filename, problem)]
    if kind is FileType.PDF:
        inside = embedded_files(data) if depth < MAX_DEPTH else []
        embedded = [r for name, inner in inside for r in _extract_all(name, inner, depth + 1,
                                                                       reading)]
        content = read_pdf(filename, data, limits, reading.converters.page_to_tsv)
        return [_classify(filename, content), *embedded]
    if kind in (FileType.DOCX, FileType.DOCM):
        return [_classify(filename, read_docx(filename, data))]
    if kind is FileType.LEGACY_DOC:
        return [_classify(filename, read_legacy_doc(filename, data,
                                                    reading.converters.doc_to_text))]
    if kind is FileType.ODT:
        return [_classify(filename, read_odt(filename, data))]
    if kind is FileType.RTF:
        return [_classify(filename, read_rtf(filename, data))]
    if kind is FileType.SMIME_SIGNATURE:
        return []  # the signature of a signed message: its content is read as usual
    if kind is FileType.SMIME_ENCRYPTED:
        return [UnreadableFile(filename, ENCRYPTED_MESSAGE)]
    if kind in (FileType.PNG, FileType.JPEG, FileType.GIF, FileType.TEXT, FileType.HTML):
        return [Document(filename, DocumentKind.SUPPORTING)]
    return _container(filename, data, depth, kind, reading)


def over_size() -> str:
    """Why a file larger than any form was not read."""
    return f"over the {MAX_FILE_BYTES // (1024 * 1024)} MB size limit for one file"


_NOT_WHAT_IT_SAYS = {FileType.HTML: "a web page", FileType.TEXT: "plain text",
                     FileType.UNKNOWN: "damaged, or another kind of file",
                     FileType.PNG: "a picture", FileType.JPEG: "a picture",
                     FileType.GIF: "a picture"}


def _misnamed(filename: str, kind: FileType) -> str | None:
    """A file named as a document we read that holds text, a web page, a picture (a
    photo of a form named .pdf) or unknown bytes."""
    extension = _extension(filename)
    claimed = _CLAIMED.get(extension)
    found = _NOT_WHAT_IT_SAYS.get(kind)
    if claimed is None or found is None:
        return None
    return f"named {extension} but is not {claimed} file ({found})"


def _container(filename: str, data: bytes, depth: int, kind: FileType,
               reading: _Reading) -> list[Result]:
    if kind not in (FileType.ZIP, FileType.EML, FileType.OUTLOOK_MSG, FileType.TNEF):
        return [UnreadableFile(filename, f"unsupported file type ({_extension(filename)})")]
    if depth >= MAX_DEPTH:
        return [UnreadableFile(filename, "files nested too deep")]
    if kind is FileType.ZIP:
        return _zip_members(filename, data, depth, reading)
    mail = _message(filename, data, kind)
    if isinstance(mail, UnreadableFile):
        return [mail]
    results = [r for a in mail.all_attachments()
               for r in _extract_all(a.filename, a.data, depth + 1, reading)]
    if not any(isinstance(r, Form) for r in results):  # the form typed in its body
        results.extend(body_results(mail))
    return results


def _message(filename: str, data: bytes, kind: FileType) -> ParsedMail | UnreadableFile:
    """A message file (.eml, Outlook .msg, winmail.dat) as a parsed message."""
    from parsers.mail.outlook import parse_msg
    from parsers.mail.tnef import read_winmail

    if kind is FileType.EML:
        return parse_mail(data)
    if kind is FileType.TNEF:
        return read_winmail(filename, data)
    return parse_msg(data) or UnreadableFile(filename, "Outlook .msg could not be read")


def _extension(filename: str) -> str:
    suffix = PurePosixPath(filename).suffix.lower()
    return suffix if suffix and len(suffix) <= 8 else "no extension"


def _zip_members(filename: str, data: bytes, depth: int, reading: _Reading) -> list[Result]:
    problem = zip_limit_problem(data, reading.limits.max_decompressed_bytes)
    if problem:
        return [UnreadableFile(filename, problem)]
    results: list[Result] = []
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        members = [i for i in archive.infolist() if not i.is_dir() and not _junk(i.filename)]
        for info in members[:MAX_ZIP_MEMBERS]:
            results.extend(_zip_member(archive, info, depth, reading))
    return results


_JUNK = frozenset({".ds_store", "thumbs.db", "desktop.ini", "ehthumbs.db"})


def _junk(path: str) -> bool:
    """Files an operating system leaves in a zip (a Mac's __MACOSX copies and .DS_Store,
    Windows' Thumbs.db): not attachments anyone sent."""
    name = PurePosixPath(path.replace("\\", "/")).name
    return (path.startswith("__MACOSX/") or "/__MACOSX/" in path or name.lower() in _JUNK
            or name.startswith("._"))


def _zip_member(archive: zipfile.ZipFile, info: zipfile.ZipInfo, depth: int,
                reading: _Reading) -> list[Result]:
    name = PurePosixPath(info.filename).name
    if info.flag_bits & 0x1:
        return [UnreadableFile(name, "password protected")]
    try:
        data = archive.read(info)
    except (zipfile.BadZipFile, zlib.error, OSError, ValueError, EOFError):
        return [UnreadableFile(name, "corrupt or truncated file")]
    return _extract_all(name, data, depth + 1, reading)


def _form(content: Content, source_name: str) -> Form:
    """The form as read, with what is written where on it (`seen.seen_in`)."""
    return dataclasses.replace(build_form(content, source_name=source_name),
                               seen=seen_in(content))


def _classify(filename: str, content: Content | UnreadableFile) -> Result:
    """A form, a step-down/CIN/CP plan, or a supporting document (a letter)."""
    if isinstance(content, UnreadableFile):
        return content
    form = _form(content, filename)
    has_fields = has_form_fields(form)
    if has_fields and form.form_type is FormType.STEP_DOWN and form.people and (
            form.address.postcode):
        return form  # "Step Down Plan – Children's Social Care to Early Intervention" with
        # the family's details: the step-down form itself (Rutland)
    if mentions_plan(content.title) or (not has_fields and mentions_plan(content_text(content))):
        return Document(filename, DocumentKind.STEP_DOWN_PLAN)
    if not has_fields and form_type_of(content.title, "") is FormType.UNKNOWN:
        return Document(filename, DocumentKind.SUPPORTING)
    return form
