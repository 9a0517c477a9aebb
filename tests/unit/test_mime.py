"""Parsing raw messages: headers, bodies, attachments, forwards, and hostile bytes."""

from __future__ import annotations

from email.message import EmailMessage

import pytest

from parsers.mail.mime import MAX_FORWARD_DEPTH, html_to_text, parse_mail


def _message(body: str = "Please find attached.", **headers: str) -> EmailMessage:
    message = EmailMessage()
    message["From"] = headers.get("sender", "Priya Shah <P.Shah@school.example>")
    message["To"] = headers.get("to", "earlyhelp@dudley.example, admin@dudley.example")
    message["Subject"] = headers.get("subject", "EHA referral")
    message["Message-ID"] = "<m1@school.example>"
    message.set_content(body)
    return message


def test_headers_sender_and_recipients() -> None:
    mail = parse_mail(_message(subject="Référence école").as_bytes())
    assert mail.subject == "Référence école"
    assert mail.sender == "p.shah@school.example"
    assert mail.sender_name == "Priya Shah"
    assert mail.to == ("earlyhelp@dudley.example", "admin@dudley.example")
    assert mail.message_id == "<m1@school.example>"
    assert mail.text_body.strip() == "Please find attached."
    assert mail.problems == ()


def test_rfc2047_encoded_subject() -> None:
    raw = (b"From: a@b.example\r\nSubject: =?utf-8?b?Wm/DqyBPJ0JyaWVu?=\r\n\r\nbody\r\n")
    assert parse_mail(raw).subject == "Zoë O'Brien"


def test_octet_stream_pdf_attachment_is_kept_with_its_bytes() -> None:
    message = _message()
    message.add_attachment(b"%PDF-1.4 fake", maintype="application", subtype="octet-stream",
                           filename="EHA form.pdf")
    mail = parse_mail(message.as_bytes())
    assert [(a.filename, a.declared_type, a.data) for a in mail.attachments] == [
        ("EHA form.pdf", "application/octet-stream", b"%PDF-1.4 fake")]


def test_inline_image_with_filename_is_an_attachment() -> None:
    message = _message()
    message.add_related(b"\x89PNG\r\n\x1a\n", maintype="image", subtype="png",
                        filename="image001.png", disposition="inline")
    assert [a.filename for a in parse_mail(message.as_bytes()).attachments] == ["image001.png"]


def test_nested_forward_is_parsed_recursively() -> None:
    inner = _message(body="Original referral", subject="Inner", sender="sw@council.example")
    inner.add_attachment(b"%PDF-1.4 x", maintype="application", subtype="pdf",
                         filename="plan.pdf")
    outer = _message(body="FYI, forwarding.", subject="Fwd: Inner")
    outer.add_attachment(inner)
    mail = parse_mail(outer.as_bytes())
    assert mail.attachments == ()
    assert [f.subject for f in mail.forwarded] == ["Inner"]
    assert mail.forwarded[0].sender == "sw@council.example"
    assert [a.filename for a in mail.all_attachments()] == ["plan.pdf"]
    assert "Original referral" in mail.all_text()


def test_forwards_nested_too_deep_become_a_problem() -> None:
    message = _message(subject="level 0")
    for level in range(1, MAX_FORWARD_DEPTH + 3):
        outer = _message(subject=f"level {level}")
        outer.add_attachment(message)
        message = outer
    mail = parse_mail(message.as_bytes())
    depth = 0
    while mail.forwarded:
        mail, depth = mail.forwarded[0], depth + 1
    assert depth == MAX_FORWARD_DEPTH
    assert any("deeper than" in p for p in mail.problems)


def test_html_only_body_gives_text_too() -> None:
    message = EmailMessage()
    message["From"] = "a@b.example"
    message.set_content("<html><style>p{}</style><body><p>Child&#39;s name: Zoë</p>"
                        "<p>Postcode:&nbsp;DY5 1AB</p><script>x()</script></body></html>",
                        subtype="html")
    mail = parse_mail(message.as_bytes())
    assert mail.html_body.startswith("<html>")
    assert mail.text_body == "Child's name: Zoë\nPostcode: DY5 1AB"


@pytest.mark.parametrize(("charset", "body", "expected"), [
    (b"iso-8859-1", "Zo\xeb".encode("latin-1"), "Zoë"),
    (b"x-no-such-charset", b"Zo\xc3\xab", "Zoë"),
    (b"utf-8", b"Zo\xff", "Zo\ufffd"),
])
def test_charsets_are_decoded_or_replaced(charset: bytes, body: bytes, expected: str) -> None:
    raw = (b"From: a@b.example\r\nSubject: s\r\nMIME-Version: 1.0\r\n"
           b"Content-Type: text/plain; charset=" + charset + b"\r\n"
           b"Content-Transfer-Encoding: 8bit\r\n\r\n" + body + b"\r\n")
    assert parse_mail(raw).text_body.strip() == expected


def test_missing_boundary_is_a_problem_not_a_crash() -> None:
    raw = (b"From: a@b.example\r\nSubject: s\r\nMIME-Version: 1.0\r\n"
           b"Content-Type: multipart/mixed; boundary=\"nope\"\r\n\r\n"
           b"just text, no parts at all\r\n")
    mail = parse_mail(raw)
    assert mail.subject == "s"
    assert "StartBoundaryNotFoundDefect" in mail.problems


def test_bad_address_header_still_parses() -> None:
    raw = (b"From: \"unclosed <a@b.example\r\nTo: ,,,@@@\r\nSubject: =?bad?q?x?=\r\n\r\nhello\r\n")
    mail = parse_mail(raw)
    assert "hello" in mail.text_body
    assert "unparseable" not in mail.problems


@pytest.mark.parametrize("raw", [
    b"", b"\x00\xff\xfe garbage \x89PNG", bytes(range(256)) * 40, b"\r\n\r\n\r\n",
    b"Content-Type: multipart/mixed; boundary=a\r\n\r\n" + b"--a\r\n" * 5000,
])
def test_any_bytes_parse_without_raising(raw: bytes) -> None:
    mail = parse_mail(raw)
    assert isinstance(mail.problems, tuple)


def test_html_to_text_keeps_table_cells_apart() -> None:
    html = "<table><tr><td>Postcode</td><td>DY5 1AB</td></tr></table>"
    assert html_to_text(html) == "Postcode DY5 1AB"


def test_the_sender_is_the_addr_spec_never_the_display_name() -> None:
    from parsers.mail.mime import sender_of
    assert sender_of('"alice@example.com" <bob@example.com>') == ("alice@example.com",
                                                                 "bob@example.com")
    assert sender_of("Jo Bell <jo.bell@school.example>") == ("Jo Bell", "jo.bell@school.example")
    assert sender_of("not an address") == ("", "")
