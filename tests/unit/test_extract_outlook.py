"""Outlook .msg files as professionals send them: saved from Outlook, or attached to a mail."""

from __future__ import annotations

import io
import json
import subprocess
import sys
from pathlib import Path

import extract_msg
import olefile

from frontdoor_demo.samples.forms import make_docx, make_pdf, sample_specs
from frontdoor_demo.samples.referrals import SampleFile, referral_email
from parsers.files import extract_document, extract_mail
from parsers.filetype import FileType, detect
from parsers.form import Form, FormType
from parsers.mail.mime import parse_mail
from parsers.mail.outlook import parse_msg
from parsers.results import UnreadableFile
from tests.corpus.cfb import write_cfb
from tests.corpus.msg_writer import MsgFile, MsgSpec, write_msg

SPECS = sample_specs()
EHA = SPECS[0]  # Zoë O'Brien's family, DY5 1AB, level 2
BODY_FORM = ("Early Help Assessment\r\nChild's name: Zoë O'Brien\r\nDate of birth: 03/06/2015\r\n"
             "Address: 14 Cedar Road\r\nPostcode: DY5 1AB\r\nLevel of need: Level 2\r\n")


def _form(result: object) -> Form:
    assert isinstance(result, Form), result
    return result


def _same_form_as(name: str, data: bytes, result: object) -> None:
    """The form read through the container equals the form read from the file alone."""
    alone = _form(extract_document(name, data))
    assert _form(result) == alone
    assert alone.address.postcode == EHA.postcode
    assert [p.name for p in alone.people] == [p.name for p in EHA.people]


def test_the_writer_makes_a_file_both_readers_accept() -> None:
    docx = make_docx(EHA)  # made once: python-docx stamps the time it saves at
    data = write_msg(MsgSpec(files=(MsgFile("EHA.docx", docx),)))
    ole = olefile.OleFileIO(io.BytesIO(data), raise_defects=olefile.DEFECT_INCORRECT)
    assert ole.parsing_issues == []
    assert ["__substg1.0_0037001F"] in ole.listdir()
    message = extract_msg.openMsg(data)
    try:
        assert message.subject == "Referral"
        assert [a.longFilename for a in message.attachments] == ["EHA.docx"]
        assert message.attachments[0].data == docx
    finally:
        message.close()
    assert detect(data) is FileType.OUTLOOK_MSG


def test_msg_header_fields_are_read() -> None:
    mail = parse_msg(write_msg(MsgSpec(subject="EHA for Z", body="See attached.")))
    assert mail is not None
    assert (mail.subject, mail.sender, mail.to) == (
        "EHA for Z", "jo.teacher@school.dudley.example", ("earlyhelp@dudley.example",))
    assert mail.text_body == "See attached."
    assert mail.date == "Fri, 20 Nov 2026 09:30:00 +0000"


def test_msg_with_a_word_form_gives_the_form() -> None:
    docx = make_docx(EHA)
    msg = write_msg(MsgSpec(files=(MsgFile("EHA.docx", docx),)))
    result = extract_document("referral.msg", msg)
    _same_form_as("EHA.docx", docx, result)
    assert _form(result).source_name == "EHA.docx"


def test_msg_with_a_pdf_form_gives_the_form() -> None:
    pdf = make_pdf(EHA)
    logo = MsgFile("image001.png", b"\x89PNG\r\n\x1a\n\0")
    result = extract_document("referral.msg", write_msg(MsgSpec(files=(logo, MsgFile("EHA.pdf",
                                                                                      pdf)))))
    _same_form_as("EHA.pdf", pdf, result)


def test_msg_with_the_form_typed_in_the_body() -> None:
    form = _form(extract_document("referral.msg", write_msg(MsgSpec(body=BODY_FORM))))
    assert (form.form_type, form.address.postcode, form.level_of_need) == (
        FormType.EARLY_HELP_ASSESSMENT, "DY5 1AB", 2)
    assert [p.name for p in form.people] == ["Zoë O'Brien"]


def test_msg_with_the_form_typed_in_an_html_only_body() -> None:
    rows = "".join(f"<tr><td>{label}</td><td>{value}</td></tr>" for label, value in (
        ("Child's name", "Zoë O'Brien"), ("Date of birth", "03/06/2015"),
        ("Postcode", "DY5 1AB"), ("Level of need", "Level 2")))
    html = f"<html><body><p>Early Help Assessment</p><table>{rows}</table></body></html>"
    mail = parse_msg(write_msg(MsgSpec(body="", html=html)))
    assert mail is not None
    assert "<td>" not in mail.all_text()
    form = _form(extract_document("referral.msg", write_msg(MsgSpec(body="", html=html))))
    assert (form.address.postcode, form.level_of_need) == ("DY5 1AB", 2)
    assert [p.name for p in form.people] == ["Zoë O'Brien"]


def test_msg_inside_a_msg_is_read_for_its_form() -> None:
    docx = make_docx(EHA)
    inner = MsgSpec(subject="EHA", files=(MsgFile("EHA.docx", docx),))
    outer = write_msg(MsgSpec(subject="FW: EHA", body="Forwarding.", items=(inner,)))
    mail = parse_msg(outer)
    assert mail is not None
    assert [f.subject for f in mail.forwarded] == ["EHA"]
    _same_form_as("EHA.docx", docx, extract_document("forward.msg", outer))


def test_msg_attached_to_an_email_is_found() -> None:
    docx = make_docx(SPECS[1], layout="paragraphs")
    msg = write_msg(MsgSpec(files=(MsgFile("internal request.docx", docx),)))
    raw = referral_email(sender="duty@school.example", to="earlyhelp@dudley.example",
                         subject="FW: referral", files=(SampleFile("referral.msg", msg,
                                                                   "application/vnd.ms-outlook"),))
    extraction = extract_mail(parse_mail(raw))
    assert [f.form_type for f in extraction.forms] == [FormType.INTERNAL_REQUEST]
    alone = extract_document("internal request.docx", docx)
    assert extraction.forms[0] == alone


def test_a_locked_file_in_a_msg_does_not_hide_the_form_beside_it() -> None:
    """The encrypted .docx's stream names lie inside the .msg: the .msg is still a .msg."""
    locked = write_cfb({"EncryptionInfo": b"\x04\x00\x04\x00" + bytes(60),
                        "EncryptedPackage": bytes(600)})
    docx = make_docx(EHA)
    msg = write_msg(MsgSpec(files=(MsgFile("locked.docx", locked), MsgFile("EHA.docx", docx))))
    assert detect(msg) is FileType.OUTLOOK_MSG
    raw = referral_email(sender="jo@school.example", to="earlyhelp@dudley.example",
                         subject="FW: referral", files=(SampleFile("referral.msg", msg),))
    extraction = extract_mail(parse_mail(raw))
    assert extraction.forms == (extract_document("EHA.docx", docx),)
    assert extraction.unreadable == (UnreadableFile("locked.docx", "password protected"),)


def test_a_damaged_msg_is_unreadable_with_a_plain_reason() -> None:
    whole = write_msg(MsgSpec(files=(MsgFile("EHA.docx", make_docx(EHA)),)))
    cut = whole[: len(whole) // 3]
    assert detect(cut) is FileType.OUTLOOK_MSG
    assert extract_document("referral.msg", cut) == UnreadableFile(
        "referral.msg", "Outlook .msg could not be read")


def test_extract_command_prints_the_form_of_a_msg(tmp_path: Path) -> None:
    path = tmp_path / "referral.msg"
    path.write_bytes(write_msg(MsgSpec(files=(MsgFile("EHA.docx", make_docx(EHA)),))))
    result = subprocess.run([sys.executable, "-m", "inbox_worker", "extract", str(path), "--json"],
                            capture_output=True, text=True, check=False, timeout=120)
    assert result.returncode == 0, result.stderr
    printed = json.loads(result.stdout)
    expected = _form(extract_document("EHA.docx", make_docx(EHA)))
    assert printed == expected.to_json()
    assert printed["address"]["postcode"] == "DY5 1AB"
    assert printed["people"][0]["date_of_birth"] == "2015-06-03"
