"""winmail.dat (application/ms-tnef): the attachments Outlook wraps in its own format."""

from __future__ import annotations

import struct
import time

import pytest
import tnefparse

from frontdoor_demo.samples.forms import make_docx, sample_specs
from frontdoor_demo.samples.referrals import SampleFile, referral_email
from parsers.files import extract_document, extract_mail
from parsers.filetype import FileType, detect
from parsers.form import Form, FormType
from parsers.mail.mime import parse_mail
from parsers.mail.tnef import read_winmail
from parsers.results import Document, DocumentKind, UnreadableFile
from tests.corpus.tnef_writer import TnefFile, TnefSpec, write_tnef

EHA = sample_specs()[0]  # Zoë O'Brien's family, DY5 1AB, level 2
DOCX = make_docx(EHA)
NAME = "Early Help Assessment – Zoë.docx"
WINMAIL = write_tnef(TnefSpec(files=(TnefFile(NAME, DOCX, "EARLYH~1.DOC"),)))
CUT = "Outlook winmail.dat is damaged or cut short"


def _form(result: object) -> Form:
    assert isinstance(result, Form), result
    return result


def test_the_writer_agrees_with_another_reader() -> None:
    """tnefparse, written by others from the same specification, reads what the writer made."""
    parsed = tnefparse.TNEF(WINMAIL)
    assert [(a.long_filename(), a.data) for a in parsed.attachments] == [(NAME, DOCX)]
    assert detect(WINMAIL) is FileType.TNEF


def test_winmail_dat_gives_the_word_form_inside() -> None:
    form = _form(extract_document("winmail.dat", WINMAIL))
    assert form == extract_document(NAME, DOCX)
    assert form.source_name == NAME
    assert (form.address.postcode, form.level_of_need) == ("DY5 1AB", 2)
    assert [p.name for p in form.people] == [p.name for p in EHA.people]


def test_winmail_dat_attached_to_an_email_is_unwrapped() -> None:
    raw = referral_email(sender="jo@school.example", to="earlyhelp@dudley.example",
                         subject="Referral", files=(SampleFile("winmail.dat", WINMAIL,
                                                               "application/ms-tnef"),))
    extraction = extract_mail(parse_mail(raw))
    assert [f.source_name for f in extraction.forms] == [NAME]
    assert extraction.unreadable == ()


def test_an_outlook_item_inside_winmail_dat_is_read() -> None:
    inner = TnefSpec(subject="FW: EHA", files=(TnefFile("EHA.docx", DOCX),))
    logo = TnefFile("logo.png", b"\x89PNG\r\n\x1a\n")
    outer = write_tnef(TnefSpec(items=(inner,), files=(logo,)))
    mail = read_winmail("winmail.dat", outer)
    assert not isinstance(mail, UnreadableFile)
    assert [a.filename for a in mail.attachments] == ["logo.png", "attached message.dat"]
    assert _form(extract_document("winmail.dat", outer)).source_name == "EHA.docx"


def test_items_nested_past_the_depth_limit_are_refused() -> None:
    spec = TnefSpec(files=(TnefFile("EHA.docx", DOCX),))
    for _ in range(4):
        spec = TnefSpec(items=(spec,))
    assert extract_document("winmail.dat", write_tnef(spec)) == UnreadableFile(
        "attached message.dat", "files nested too deep")


def test_the_form_typed_in_the_body_of_a_winmail_dat() -> None:
    body = ("Early Help Assessment\r\nChild's name: Zoe Brown\r\nDate of birth: 03/06/2015\r\n"
            "Postcode: DY5 1AB\r\nLevel of need: Level 3\r\n")
    form = _form(extract_document("winmail.dat", write_tnef(TnefSpec(body=body))))
    assert (form.form_type, form.address.postcode, form.level_of_need) == (
        FormType.EARLY_HELP_ASSESSMENT, "DY5 1AB", 3)


def test_a_winmail_dat_with_nothing_in_it_is_not_a_form() -> None:
    assert extract_document("winmail.dat", write_tnef(TnefSpec())) == Document(
        "winmail.dat", DocumentKind.SUPPORTING)


@pytest.mark.parametrize("cut", [7, 41, len(WINMAIL) // 2, len(WINMAIL) - 1])
def test_a_cut_winmail_dat_is_unreadable_with_a_plain_reason(cut: int) -> None:
    """Cut inside an attribute. (TNEF has no trailer: a file cut exactly between two
    attributes reads as a shorter message, as it would in Outlook.)"""
    assert extract_document("winmail.dat", WINMAIL[:cut]) == UnreadableFile("winmail.dat", CUT)


def test_a_damaged_winmail_dat_is_unreadable_with_a_plain_reason() -> None:
    damaged = bytearray(WINMAIL)
    damaged[len(damaged) // 2] ^= 0xFF  # one byte of the form changed: the checksum fails
    assert extract_document("winmail.dat", bytes(damaged)) == UnreadableFile("winmail.dat", CUT)
    garbage = WINMAIL[:6] + bytes(range(256)) * 4
    assert extract_document("winmail.dat", garbage) == UnreadableFile("winmail.dat", CUT)


def test_a_property_count_past_the_data_does_not_hang() -> None:
    """A file claiming 4 billion MAPI properties is read in a moment, named by its title."""
    props = struct.pack("<I", 0xFFFFFFFF) + bytes(8)
    attribute = struct.pack("<BII", 2, 0x00069005, len(props)) + props + struct.pack(
        "<H", sum(props) & 0xFFFF)
    hostile = WINMAIL.replace(WINMAIL[WINMAIL.rindex(b"\x02\x05\x90\x06\x00"):], attribute)
    started = time.monotonic()
    mail = read_winmail("winmail.dat", hostile)
    assert time.monotonic() - started < 1
    assert not isinstance(mail, UnreadableFile)
    assert [(a.filename, a.data) for a in mail.attachments] == [("EARLYH~1.DOC", DOCX)]
