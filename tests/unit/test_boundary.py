"""The one boundary (inbox_worker.worker.boundary): text any store, log and email can
carry, made from whatever a message held."""

from __future__ import annotations

import dataclasses

import pytest

from inbox_worker.worker.boundary import HEADER_LIMIT, NAME_LIMIT, made_safe, safe_text
from parsers.form import Form, FormType, Person, Role
from parsers.mail.message import Attachment, ParsedMail
from parsers.mail.mime import parse_mail
from parsers.results import MailExtraction, UnreadableFile


@pytest.mark.parametrize(("text", "safe"), [
    ("plain text", "plain text"),
    ("Zoë Ñúñez", "Zoë Ñúñez"),
    ("a\x00b", "ab"),  # PostgreSQL text cannot hold NUL
    ("a\x07b\x1bc\x7fd\x85e", "abcd\ne"),  # control characters; NEL is a line break
    ("line one\r\nline two\rthree\u2028four", "line one\nline two\nthree\nfour"),
    ("tab\there", "tab here"),
    ("form\u202eexe.pdf", "form[U+202E]exe.pdf"),  # a right-to-left override, shown
    ("\u2066isolate\u2069", "[U+2066]isolate[U+2069]"),
    ("mark\u200fed", "marked"),  # invisible direction marks dropped
    ("jos\udcc3\udca9", "josé"),  # surrogate escapes of raw UTF-8 bytes
    ("bad\udcff byte", "bad\ufffd byte"),  # an escape of a byte that is not UTF-8
    ("lone \ud800 surrogate", "lone \ufffd surrogate"),
    ("\ufffe\uffff", ""),  # noncharacters
])
def test_safe_text(text: str, safe: str) -> None:
    assert safe_text(text) == safe
    safe.encode("utf-8")  # always encodable


def test_one_line_text_loses_its_line_breaks_and_is_bounded() -> None:
    assert safe_text("a\nb", lines=False) == "a b"
    long = safe_text("x" * 5000, limit=HEADER_LIMIT, lines=False)
    assert len(long) == HEADER_LIMIT
    assert long.endswith("…")


def test_a_raw_utf8_from_is_made_safe_everywhere_in_the_mail() -> None:
    raw = ("From: José <josé@exämple.org>\r\nTo: a@b.example\r\nSubject: Zoë\x00\u202e\r\n"
           "Message-ID: <" + "m" * 10_000 + "@x.example>\r\n\r\nbody\r\n").encode()
    mail = made_safe(parse_mail(raw))
    assert mail.sender_name == "José"
    assert mail.subject == "Zoë[U+202E]"
    assert len(mail.message_id) == HEADER_LIMIT
    assert dict(mail.headers)["From"] == "José <josé@exämple.org>"
    for value in _strings(mail):
        value.encode("utf-8")
        assert "\x00" not in value


def test_forms_and_unreadable_files_are_made_safe_and_bytes_are_kept() -> None:
    data = b"\x00\xff raw bytes"
    mail = ParsedMail("<a@b>", "s", "a@b", "", (), "", (), "", "",
                      attachments=(Attachment("x\u202egpj.exe" + "n" * 400, "a/b", data),))
    form = Form(form_type=FormType.EARLY_HELP_ASSESSMENT,
                people=(Person("Sam\x00 Example", role=Role.CHILD, relationship="son\udcff"),))
    extraction = MailExtraction(forms=(form,), unreadable=(UnreadableFile("n\u202efdp.exe", "x"),))
    safe_mail, safe_extraction = made_safe((mail, extraction))
    assert safe_mail.attachments[0].data == data
    assert safe_mail.attachments[0].filename.startswith("x[U+202E]gpj.exe")
    assert len(safe_mail.attachments[0].filename) == NAME_LIMIT
    person = safe_extraction.forms[0].people[0]
    assert (person.name, person.relationship, person.role) == ("Sam Example", "son\ufffd",
                                                               Role.CHILD)
    assert safe_extraction.unreadable[0].filename == "n[U+202E]fdp.exe"


def _strings(value: object) -> list[str]:
    if isinstance(value, str):
        return [value]
    if isinstance(value, tuple):
        return [s for v in value for s in _strings(v)]
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return [s for f in dataclasses.fields(value) for s in _strings(getattr(value, f.name))]
    return []
