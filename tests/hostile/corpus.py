"""The hostile corpus: each case a generated message and where it must end.

`detail` is a piece of the reason a person reads in the queue (or of the ignore
reason for loops); `code` is the stable reason code.
"""

from __future__ import annotations

import base64
from collections.abc import Callable
from dataclasses import dataclass

from tests.hostile import builders as b
from tests.hostile.builders import MIB

PDF = "application/pdf"
BIG = 300 * MIB  # measured: this much inflated takes pdfminer/python-docx past 600 MB


@dataclass(frozen=True)
class Case:
    name: str
    build: Callable[[], bytes]
    code: str
    detail: str
    outcome: str = "exception"
    cluster: str | None = None  # set when a good form in the message still routes the item


def _file(name: str, data: Callable[[], bytes], mime: str = "application/octet-stream"
          ) -> Callable[[], bytes]:
    return lambda: b.with_file(name, data(), mime)


def _docx(data: Callable[[], bytes]) -> Callable[[], bytes]:
    return _file("referral.docx", data, b.docx_type())


def _pdf(data: Callable[[], bytes]) -> Callable[[], bytes]:
    return _file("referral.pdf", data, PDF)


def _unreadable(name: str, build: Callable[[], bytes], detail: str) -> Case:
    return Case(name, build, "unreadable_attachment", detail)


def _loop(name: str, headers: list[tuple[str, str]], detail: str) -> Case:
    return Case(name, lambda: b.message(("referral.docx", b.good_docx(), b.docx_type()),
                                        headers=headers), "mail_loop", detail, "ignored")


BOMB = "expands to more than 100 MB (possible zip bomb)"
XML_ENTITIES = "its XML declares entities"
CORRUPT_WORD = "corrupt Word document"
CORRUPT_PDF = "corrupt or truncated PDF"

DOCX_CASES = [
    _unreadable("docx_300mb_part", _docx(lambda: b.zip_with_zeros(
        b.docx_parts(b.good_docx()), "word/media/image1.bin", BIG)), BOMB),
    _unreadable("docx_high_ratio_part", _docx(lambda: b.docx_with(
        {}, [("word/media/pad.bin", b"\0" * (20 * MIB))])), "expands more than 100 times"),
    _unreadable("docx_3000_parts", _docx(lambda: b.docx_with(
        {}, [(f"word/media/p{n}.xml", b"<a/>") for n in range(3000)])),
        "files, more than 2000 (possible zip bomb)"),
    _unreadable("docx_no_content_types", _docx(lambda: b.docx_with(
        {"[Content_Types].xml": None})), CORRUPT_WORD),
    _unreadable("docx_xxe_document", _docx(lambda: b.docx_with(
        {"word/document.xml": b.xxe_document()})), XML_ENTITIES),
    _unreadable("docx_billion_laughs", _docx(lambda: b.docx_with(
        {"word/document.xml": b.billion_laughs_document()})), XML_ENTITIES),
    _unreadable("docx_xxe_in_relationships", _docx(lambda: b.docx_with(
        {"_rels/.rels": b'<?xml version="1.0"?><!DOCTYPE r [<!ENTITY x SYSTEM '
                        b'"http://127.0.0.1:1/x">]><Relationships/>'})), XML_ENTITIES),
    _unreadable("docx_password_protected", _docx(b.encrypted_docx), "password protected"),
    _unreadable("docx_truncated", _docx(lambda: b.good_docx()[:4000]),
                "corrupt or truncated file"),
    _unreadable("docx_broken_xml", _docx(lambda: b.docx_with(
        {"word/document.xml": b"<w:document xmlns:w='x'><w:body><w:p>"})), CORRUPT_WORD),
    _unreadable("docx_xml_nested_100000_deep", _docx(lambda: b.docx_with(
        {"word/document.xml": b.deep_xml_document(100_000)}, stored=["word/document.xml"])),
        CORRUPT_WORD),
    _unreadable("docx_that_is_plain_text", _docx(lambda: b"Early Help Assessment\n" * 50),
                "named .docx but is not a Word file (plain text)"),
    _unreadable("legacy_doc", _file("referral.doc", lambda: b.ole_with("WordDocument")),
                "legacy Word .doc"),
]

PDF_CASES = [
    _unreadable("pdf_flate_bomb_300mb", _pdf(lambda: b.flate_bomb_pdf(BIG)), BOMB),
    _unreadable("pdf_double_flate_bomb", _pdf(lambda: b.double_flate_bomb_pdf(BIG)), BOMB),
    _unreadable("pdf_bomb_in_unused_image", _pdf(lambda: b.hidden_bomb_pdf(BIG)), BOMB),
    _unreadable("pdf_10000_nested_arrays", _pdf(lambda: b.nested_pdf(10_000, b"[", b"]")),
                "nested hundreds deep"),
    _unreadable("pdf_10000_nested_dictionaries", _pdf(lambda: b.nested_pdf(
        10_000, b"<< /A ", b" >>")), "nested hundreds deep"),
    _unreadable("pdf_circular_page_tree", _pdf(b.circular_pages_pdf),
                "its list of pages is broken"),
    _unreadable("pdf_2000_pages", _pdf(lambda: b.many_pages_pdf(2000)),
                "has 2000 pages, more than the 50 a form can have"),
    _unreadable("pdf_2000_pages_locked_against_editing", _pdf(lambda: b.encrypted_pdf(
        user_password="", pdf=b.many_pages_pdf(2000))),
        "has 2000 pages, more than the 50 a form can have"),
    _unreadable("pdf_user_password", _pdf(lambda: b.encrypted_pdf(user_password="secret")),
                "password protected"),
    _unreadable("pdf_truncated", _pdf(lambda: b.good_pdf()[: len(b.good_pdf()) * 2 // 3]),
                CORRUPT_PDF),
    _unreadable("pdf_garbage_after_header", _pdf(
        lambda: b"%PDF-1.7\n" + b.noise(20_000) + b"\n%%EOF\n"), CORRUPT_PDF),
    _unreadable("pdf_scanned_no_text", _pdf(lambda: b.scanned_pdf(300_000)), "scanned"),
    _unreadable("pdf_that_is_an_exe", _pdf(lambda: b"MZ\x90\x00" + b.noise(5000)),
                "a program, not a document"),
    _unreadable("pdf_that_is_a_web_page", _pdf(
        lambda: b"<!DOCTYPE html><html><body><form>Sign in</form></body></html>"),
        "named .pdf but is not a PDF file (a web page)"),
    _unreadable("pdf_that_is_random_bytes", _pdf(lambda: b"\0" + b.noise(10_000)),
                "named .pdf but is not a PDF file (damaged, or another kind of file)"),
    _unreadable("attachment_25mb_scan", _pdf(lambda: b.scanned_pdf(25 * MIB)), "scanned"),
    Case("pdf_bomb_beside_a_good_form", lambda: b.message(
        ("plan.pdf", b.flate_bomb_pdf(BIG), PDF), ("eha.docx", b.good_docx(), b.docx_type())),
        "unreadable_attachment", "plan.pdf: " + BOMB, cluster="brierley_hill"),
]

ZIP_CASES = [
    _unreadable("zip_10000_members", _file("forms.zip", lambda: b.zipped(
        (f"f{n}.txt", b"x") for n in range(10_000))), "holds 10000 files"),
    _unreadable("zip_nested_5_deep", _file("forms.zip", lambda: _nest_zips(5)),
                "files nested too deep"),
    _unreadable("zip_slip_names", _file("forms.zip", lambda: b.zipped(
        [("../../etc/cron.d/evil", b"* * * * * root sh"), ("eha.docx", b.good_docx())])),
        "path leads outside the zip"),
    _unreadable("zip_bomb_200mb", _file("forms.zip", lambda: b.zip_with_zeros(
        {}, "big.bin", 200 * MIB)), BOMB),
    _unreadable("zip_password_protected_member", _file("forms.zip", lambda: b.flagged_encrypted(
        b.zipped([("eha.docx", b.good_docx())]))), "password protected"),
    _unreadable("zip_truncated", _file("forms.zip", lambda: b.zipped(
        [("eha.docx", b.good_docx())])[:3000]), "corrupt or truncated file"),
    _unreadable("winmail_dat_tnef", _file("winmail.dat", b.tnef, "application/ms-tnef"),
                "winmail.dat"),
    _unreadable("msg_garbage", _file("referral.msg", lambda: b.ole_with("__substg1.0_0037001F")),
                "Outlook .msg could not be read"),
    _unreadable("msg_random_bytes", _file("referral.msg", lambda: b"\0" + b.noise(3000)),
                "named .msg but is not an Outlook file"),
]


def _nest_zips(depth: int) -> bytes:
    data = b.good_docx()
    name = "eha.docx"
    for level in range(depth):
        data, name = b.zipped([(name, data)]), f"level{level}.zip"
    return data


SIZE_CASES = [
    _unreadable("empty_docx", _docx(lambda: b""), "empty file"),
    _unreadable("zero_byte_unnamed_attachment", lambda: b.raw_message(
        b.plain_head('multipart/mixed; boundary="x"'),
        b"--x\r\nContent-Type: text/plain\r\n\r\nSee attached.\r\n--x\r\n"
        b"Content-Type: application/octet-stream\r\nContent-Disposition: attachment\r\n"
        b"Content-Transfer-Encoding: base64\r\n\r\n\r\n--x--\r\n"), "empty file"),
    _unreadable("message_over_size_limit", _file("scan.pdf", lambda: b.noise(32 * MIB)),
                "MB is over the 41.9 MB limit"),
    _unreadable("attachment_25mb_random_docx", _docx(lambda: b"\0" + b.noise(25 * MIB)),
                "named .docx but is not a Word file"),
]

DAMAGED = "the message is damaged"
_INJECTED_NAME = base64.b64encode(b"Jo\r\nBcc: victim@example.org").decode()
_DOCX_B64 = base64.encodebytes(b"PK\x03\x04" + b.noise(3000, seed=5))


def _mime(content_type: str, body: bytes, extra: str = "") -> Callable[[], bytes]:
    return lambda: b.raw_message(b.plain_head(content_type, extra=extra), body)


MIME_CASES = [
    Case("mime_missing_boundary", _mime("multipart/mixed",
         b"--x\r\nContent-Type: text/plain\r\n\r\nHello\r\n--x--\r\n"),
         "no_form_found", "a multipart part has no boundary"),
    Case("mime_boundary_never_appears", _mime('multipart/mixed; boundary="expected"',
         b"--other\r\nContent-Type: text/plain\r\n\r\nHello\r\n--other--\r\n"),
         "no_form_found", "its MIME boundary never appears"),
    Case("mime_unterminated_multipart", _mime('multipart/mixed; boundary="x"',
         b"--x\r\nContent-Type: text/plain\r\n\r\nPlease see the form.\r\n--x\r\n"
         b"Content-Type: text/plain\r\n\r\ncut off here"),
         "no_form_found", "a closing MIME boundary is missing"),
    _unreadable("mime_invalid_base64", _mime('multipart/mixed; boundary="x"',
                b"--x\r\nContent-Type: text/plain\r\n\r\nForm attached.\r\n--x\r\n"
                b"Content-Type: application/pdf; name=\"eha.pdf\"\r\n"
                b"Content-Disposition: attachment; filename=\"eha.pdf\"\r\n"
                b"Content-Transfer-Encoding: base64\r\n\r\n"
                b"JVBERi0xLjcK!!!!****$$$$not base64 at all ~~~\r\n--x--\r\n"),
                CORRUPT_PDF),
    Case("mime_unknown_charset", _mime('text/plain; charset="x-klingon-9"',
         b"Hello, this is about a family.\r\n"), "no_form_found",
         "unknown character set"),
    _unreadable("mime_unknown_transfer_encoding", _mime('multipart/mixed; boundary="x"',
                b"--x\r\nContent-Type: text/plain\r\n\r\nForm attached.\r\n--x\r\n"
                b"Content-Type: application/octet-stream; name=\"eha.docx\"\r\n"
                b"Content-Disposition: attachment; filename=\"eha.docx\"\r\n"
                b"Content-Transfer-Encoding: x-bogus\r\n\r\n" + _DOCX_B64 + b"\r\n--x--\r\n"),
                "named .docx but is not a Word file (plain text)"),
    Case("header_injection_subject", lambda: b.raw_message(
         b.plain_head("text/plain").replace(
             "Subject: Early Help referral",
             "Subject: =?utf-8?q?Referral=0D=0ABcc:_victim@example.org=0D=0A?="), b"Hi\r\n"),
         "no_form_found", "possible header injection"),
    Case("header_injection_from_name", lambda: b.raw_message(
         b.plain_head("text/plain").replace(
             f"From: {b.SENDER}",
             f"From: =?utf-8?b?{_INJECTED_NAME}?= <{b.SENDER}>"), b"Hi\r\n"),
         "no_form_found", "possible header injection"),
    Case("header_bad_encoded_words", lambda: b.raw_message(
         b.plain_head("text/plain").replace(
             "Subject: Early Help referral", "Subject: =?x-bogus?q?=FF=FE?= =?utf-8?b?!!!?="),
         b"Hi\r\n"), "no_form_found", "the message text is not a form"),
    Case("multipart_nested_2000_deep", lambda: b.nested_multipart(2000), "no_form_found",
         DAMAGED),
    Case("forwards_nested_50_deep", lambda: b.forwarded(50, b.message(
         ("eha.docx", b.good_docx(), b.docx_type()))), "no_form_found",
         "forwarded messages are nested more than 10 deep"),
    Case("rfc822_part_that_is_garbage", _mime('multipart/mixed; boundary="x"',
         b"--x\r\nContent-Type: text/plain\r\n\r\nForwarded.\r\n--x\r\n"
         b"Content-Type: message/rfc822\r\n\r\n" + b.noise(4000).replace(b"\r", b"")
         + b"\r\n--x--\r\n"), "no_form_found", "not a form"),
    Case("whole_message_is_binary_noise", lambda: b.noise(50_000, seed=11), "no_form_found",
         "not a form"),
    Case("only_an_image", _file("photo.jpg", lambda: b"\xff\xd8\xff\xe0" + b.noise(5000),
                                "image/jpeg"), "no_form_found", "1 file read, none of them"),
]

LOOP_CASES = [
    _loop("loop_x_loop_to_us", [("X-Loop", b.OUR_ADDRESS)], "X-Loop names our address"),
    _loop("loop_31_received_headers",
          [("Received", f"from hop{n}.example.org by mx.example.org; "
                        "Fri, 20 Nov 2026 09:30:00 +0000") for n in range(31)],
          "31 Received headers (over 30)"),
    _loop("loop_our_ids_in_references",
          [("References", " ".join(f"<ack{n}@{b.OUR_MESSAGE_ID_DOMAIN}>" for n in range(6)))],
          "6 of our own messages in References"),
]

CASES = DOCX_CASES + PDF_CASES + ZIP_CASES + SIZE_CASES + MIME_CASES + LOOP_CASES
